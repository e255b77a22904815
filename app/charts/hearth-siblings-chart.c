/* hearth-siblings-chart.c
 *
 * Copyright 2026 The Hearth developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Siblings side by side: each child is assessed on their own, and
 * siblings can be treated differently (DESIGN.md), so their latest scores
 * stand next to one another, a group of bars per child. */

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hearth-comparison-chart-private.h"

#define BADGE_ROOM 18.0

/* "Insufficient information" spans the whole column, hatched, with a
 * dashed outline and its name: it has no height to read, so it cannot be
 * mistaken for a score of any size, least of all zero. */
static void
draw_insufficient (HearthComparisonFrame *frame,
                   double                 x,
                   double                 y,
                   double                 width,
                   double                 height)
{
  cairo_t *cr = frame->cr;
  static const double dash[] = { 3.0, 2.0 };
  const char *label = _("Insufficient information");
  double label_width, label_height;

  hearth_chart_draw_hatch (cr, &frame->palette->hatch, x, y, width, height, 5.0);

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0.0);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, x + 0.5, y + 0.5, width - 1.0, height - 1.0);
  hearth_chart_color_set_source (&frame->palette->muted, cr);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Written upwards along the column when it fits. */
  hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, label, &label_width,
                             &label_height);
  if (width < label_height + 2.0 || height < 40.0)
    return;

  cairo_save (cr);
  cairo_translate (cr, x + (width - label_height) / 2.0, y + height - 4.0);
  cairo_rotate (cr, -G_PI / 2.0);
  cairo_rectangle (cr, -2.0, 0.0, MIN (label_width, height - 8.0) + 4.0, label_height);
  hearth_chart_color_set_source (&frame->palette->background, cr);
  cairo_fill (cr);
  hearth_chart_color_set_source (&frame->palette->foreground, cr);
  hearth_chart_text_draw_fitted (frame->text, cr, HEARTH_CHART_FONT_SMALL, label, 0.0, 0.0,
                                 height - 8.0);
  cairo_restore (cr);
}

static void
draw_bar (HearthComparisonFrame  *frame,
          const HearthValueAxis  *axis,
          const HearthChartValue *value,
          guint                   series,
          guint                   point,
          guint                   category,
          double                  x,
          double                  width)
{
  cairo_t *cr = frame->cr;
  const HearthChartColor *color = hearth_comparison_get_category_color (frame, category);
  double y, dash_width;

  switch (value->state)
    {
    case HEARTH_CHART_VALUE_SCORED:
      y = hearth_value_axis_to_y (axis, value->value);
      cairo_rectangle (cr, x, y, width, axis->y_bottom - y);
      hearth_chart_color_set_source (color, cr);
      cairo_fill_preserve (cr);
      hearth_chart_color_set_source (&frame->palette->foreground, cr);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      hearth_comparison_draw_level_badge (frame, value->level, x + width / 2.0,
                                          y - BADGE_ROOM / 2.0);
      hearth_comparison_add_mark (frame, series, point, category, value, x, y, width,
                                  axis->y_bottom - y);
      break;

    case HEARTH_CHART_VALUE_INSUFFICIENT:
    case HEARTH_CHART_VALUE_NOT_SEEN:
      draw_insufficient (frame, x, axis->y_top, width, axis->y_bottom - axis->y_top);
      hearth_comparison_draw_level_badge (frame, 0, x + width / 2.0,
                                          axis->y_top - BADGE_ROOM / 2.0);
      hearth_comparison_add_mark (frame, series, point, category, value,
                                  x, axis->y_top, width, axis->y_bottom - axis->y_top);
      break;

    case HEARTH_CHART_VALUE_NONE:
    default:
      /* Not rated at all: a short dash on the baseline, no bar. */
      dash_width = MIN (width, 10.0);
      cairo_move_to (cr, x + (width - dash_width) / 2.0, axis->y_bottom - 3.0);
      cairo_line_to (cr, x + (width + dash_width) / 2.0, axis->y_bottom - 3.0);
      hearth_chart_color_set_source (&frame->palette->muted, cr);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      hearth_comparison_add_mark (frame, series, point, category, value, x, axis->y_bottom, width,
                                  0.0);
      break;
    }
}

/* The categories' names under the bars: across when they fit, else
 * upwards, ellipsised to @room. */
static void
draw_category_label (HearthComparisonFrame *frame,
                     const char            *label,
                     double                 x,
                     double                 width,
                     double                 y,
                     gboolean               upright,
                     double                 room)
{
  double label_width, label_height;

  hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, label, &label_width,
                             &label_height);
  hearth_chart_color_set_source (&frame->palette->muted, frame->cr);

  if (!upright)
    {
      hearth_chart_text_draw (frame->text, frame->cr, HEARTH_CHART_FONT_SMALL, label,
                              x + (width - label_width) / 2.0, y);
      return;
    }

  cairo_save (frame->cr);
  cairo_translate (frame->cr, x + (width - label_height) / 2.0, y + MIN (label_width, room));
  cairo_rotate (frame->cr, -G_PI / 2.0);
  hearth_chart_text_draw_fitted (frame->text, frame->cr, HEARTH_CHART_FONT_SMALL, label, 0.0, 0.0,
                                 room);
  cairo_restore (frame->cr);
}

/**
 * hearth_siblings_chart_draw:
 * @data: comparison data, a series per child
 * @cr: where to draw
 * @width: the width
 * @height: the height
 * @palette: the colours
 * @marks: (nullable) (element-type HearthChartMark): where to report the
 *   bars drawn
 *
 * Draws siblings side by side: for each child, the latest point's value
 * in every category as a bar with the number of its level of need, over
 * the bands of the scale; "insufficient information" as a hatched,
 * labelled column that has no height to read, never as a bar.
 *
 * Returns: %TRUE if data was drawn; %FALSE for an explained empty chart
 */
gboolean
hearth_siblings_chart_draw (HearthComparisonData     *data,
                            cairo_t                  *cr,
                            double                    width,
                            double                    height,
                            const HearthChartPalette *palette,
                            GArray                   *marks)
{
  HearthComparisonFrame frame;
  HearthValueAxis axis;
  guint n_series, n_categories;
  double x0, x1, group_width, slot, label_height, name_height, small_height, band_names;
  double widest_category = 0.0;
  gboolean upright;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (cr != NULL && palette != NULL, FALSE);

  if (!hearth_comparison_frame_begin (&frame, HEARTH_COMPARISON_SIBLINGS, data, cr, width, height,
                                      palette, marks))
    {
      hearth_comparison_frame_end (&frame);
      return FALSE;
    }

  n_series = hearth_comparison_data_get_n_series (data);
  n_categories = hearth_comparison_data_get_n_categories (data);
  small_height = hearth_chart_text_get_line_height (frame.text, HEARTH_CHART_FONT_SMALL);
  name_height
      = hearth_chart_text_get_line_height (frame.text, HEARTH_CHART_FONT_BOLD) + small_height + 6.0;

  band_names = MIN (hearth_comparison_measure_band_names (&frame), width * 0.2);
  x0 = HEARTH_COMPARISON_MARGIN + hearth_comparison_measure_axis (&frame);
  x1 = width - HEARTH_COMPARISON_MARGIN - band_names - 8.0;
  group_width = (x1 - x0) / MAX (n_series, 1);
  slot = group_width * 0.84 / MAX (n_categories, 1);

  for (guint c = 0; c < n_categories; c++)
    {
      double category_width;

      hearth_chart_text_measure (frame.text, HEARTH_CHART_FONT_SMALL,
                                 hearth_comparison_data_get_category_label (data, c),
                                 &category_width, NULL);
      widest_category = MAX (widest_category, category_width);
    }
  upright = widest_category > slot - 2.0;
  label_height = upright ? MIN (widest_category, 90.0) + 4.0 : small_height + 4.0;

  hearth_value_axis_init (&axis, data, frame.bottom - label_height - name_height,
                          frame.top + BADGE_ROOM + 2.0);
  hearth_comparison_draw_bands (&frame, &axis, x0, x1, band_names);
  hearth_comparison_draw_axis (&frame, &axis, x0, x1, TRUE);

  for (guint s = 0; s < n_series; s++)
    {
      guint n_points = hearth_comparison_data_get_n_points (data, s);
      double group_x = x0 + s * group_width + group_width * 0.08;
      double name_y = axis.y_bottom + label_height + 4.0;
      g_autofree char *day = NULL;

      hearth_chart_color_set_source (&palette->foreground, cr);
      hearth_chart_text_draw_fitted (frame.text, cr, HEARTH_CHART_FONT_BOLD,
                                     hearth_comparison_data_get_series_label (data, s),
                                     group_x, name_y, group_width * 0.84);

      if (n_points == 0)
        {
          hearth_chart_color_set_source (&palette->muted, cr);
          hearth_chart_text_draw_fitted (
              frame.text, cr, HEARTH_CHART_FONT_SMALL, _("No finalised assessment"), group_x,
              (axis.y_top + axis.y_bottom - small_height) / 2.0, group_width * 0.84);
          continue;
        }

      day = hearth_chart_format_day (hearth_comparison_data_get_point_day (data, s, n_points - 1));
      hearth_chart_color_set_source (&palette->muted, cr);
      hearth_chart_text_draw_fitted (
          frame.text, cr, HEARTH_CHART_FONT_SMALL, day, group_x,
          name_y + hearth_chart_text_get_line_height (frame.text, HEARTH_CHART_FONT_BOLD),
          group_width * 0.84);

      for (guint c = 0; c < n_categories; c++)
        {
          double bar_x = group_x + c * slot + slot * 0.1;

          draw_bar (&frame, &axis, hearth_comparison_data_get_value (data, s, n_points - 1, c),
                    s, n_points - 1, c, bar_x, slot * 0.8);
          draw_category_label (&frame, hearth_comparison_data_get_category_label (data, c),
                               group_x + c * slot, slot, axis.y_bottom + 3.0, upright,
                               label_height - 4.0);
        }
    }

  hearth_comparison_frame_end (&frame);
  return TRUE;
}
