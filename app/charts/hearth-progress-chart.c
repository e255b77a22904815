/* hearth-progress-chart.c
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

/* Each child over time: small multiples, one panel per child on the same
 * time axis and scale, so that scores that do not improve ("start again"
 * syndrome, DESIGN.md) show as flat lines, and siblings can be compared
 * panel to panel. */

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hearth-comparison-chart-private.h"
#include "hearth-time-scale.h"

#define PANEL_GAP 18.0

typedef struct
{
  HearthComparisonFrame *frame;
  HearthValueAxis        axis;
  HearthTimeScale        scale;
  guint                  series;
} Panel;

/* Several categories often share a value at one date: each category is
 * nudged sideways by its own amount, so every marker stays visible. */
static double
nudge (guint category,
       guint n_categories)
{
  return (category - (n_categories - 1) / 2.0) * 3.5;
}

static void
draw_lines (Panel *panel)
{
  HearthComparisonFrame *frame = panel->frame;
  HearthComparisonData *data = frame->data;
  cairo_t *cr = frame->cr;
  guint n_points = hearth_comparison_data_get_n_points (data, panel->series);
  guint n_categories = hearth_comparison_data_get_n_categories (data);

  for (guint c = 0; c < n_categories; c++)
    {
      const HearthChartColor *color = hearth_comparison_get_category_color (frame, c);
      gboolean drawing = FALSE;

      /* The line breaks where a score is missing rather than bridging the
       * gap as if the value were known. */
      cairo_new_path (cr);
      for (guint p = 0; p < n_points; p++)
        {
          const HearthChartValue *value
              = hearth_comparison_data_get_value (data, panel->series, p, c);
          double x = hearth_time_scale_day_to_x (
                         &panel->scale,
                         hearth_comparison_data_get_point_day (data, panel->series, p) + 0.5)
                     + nudge (c, n_categories);

          if (value->state != HEARTH_CHART_VALUE_SCORED)
            {
              drawing = FALSE;
              continue;
            }
          if (drawing)
            cairo_line_to (cr, x, hearth_value_axis_to_y (&panel->axis, value->value));
          else
            cairo_move_to (cr, x, hearth_value_axis_to_y (&panel->axis, value->value));
          drawing = TRUE;
        }
      hearth_chart_color_set_source (color, cr);
      cairo_set_line_width (cr, 2.0);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
    }

  for (guint c = 0; c < n_categories; c++)
    for (guint p = 0; p < n_points; p++)
      {
        const HearthChartValue *value
            = hearth_comparison_data_get_value (data, panel->series, p, c);
        double x = hearth_time_scale_day_to_x (
                       &panel->scale,
                       hearth_comparison_data_get_point_day (data, panel->series, p) + 0.5)
                   + nudge (c, n_categories);
        double y;

        switch (value->state)
          {
          case HEARTH_CHART_VALUE_SCORED:
            y = hearth_value_axis_to_y (&panel->axis, value->value);
            hearth_chart_draw_marker (cr, frame->palette, hearth_comparison_get_category_shape (c),
                                      HEARTH_CHART_FILL_FULL,
                                      hearth_comparison_get_category_color (frame, c), x, y, 4.5);
            hearth_comparison_add_mark (frame, panel->series, p, c, value, x - 4.5, y - 4.5, 9.0,
                                        9.0);
            break;

          case HEARTH_CHART_VALUE_INSUFFICIENT:
          case HEARTH_CHART_VALUE_NOT_SEEN:
            /* No point on the scale: a hatched "?" badge below the lowest
             * value, in the category's column. */
            y = panel->axis.y_bottom - 8.0 - c * 13.0;
            hearth_comparison_draw_level_badge (frame, 0, x, y);
            hearth_comparison_add_mark (frame, panel->series, p, c, value, x - 6.0, y - 6.0, 12.0,
                                        12.0);
            break;

          case HEARTH_CHART_VALUE_NONE:
          default:
            break;
          }
      }
}

static void
draw_time_axis (Panel *panel)
{
  HearthComparisonFrame *frame = panel->frame;
  g_autoptr(GArray) ticks = hearth_time_scale_ticks (&panel->scale, 64.0, NULL, NULL);
  cairo_t *cr = frame->cr;
  double right_of_last = -INFINITY;

  hearth_chart_color_set_source (&frame->palette->muted, cr);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < ticks->len; i++)
    {
      const HearthTimeTick *tick = &g_array_index (ticks, HearthTimeTick, i);
      double x = floor (tick->x) + 0.5, width;

      cairo_move_to (cr, x, panel->axis.y_bottom);
      cairo_line_to (cr, x, panel->axis.y_bottom + 4.0);
      cairo_stroke (cr);

      hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, tick->label, &width, NULL);
      x = CLAMP (tick->x - width / 2.0, panel->scale.x0, panel->scale.x1 - width);
      if (x < right_of_last + 4.0)
        continue;
      hearth_chart_text_draw (frame->text, cr, HEARTH_CHART_FONT_SMALL, tick->label, x,
                              panel->axis.y_bottom + 5.0);
      right_of_last = x + width;
    }
}

/**
 * hearth_progress_chart_draw:
 * @data: comparison data, a series per child
 * @cr: where to draw
 * @width: the width
 * @height: the height
 * @palette: the colours
 * @marks: (nullable) (element-type HearthChartMark): where to report the
 *   points drawn
 *
 * Draws each child over time: a panel per child, all on the same time
 * axis and scale, each with a line per category across the assessment
 * dates over the bands of the scale. Lines break at insufficient
 * information, which is marked under the scale with a hatched "?".
 *
 * Returns: %TRUE if data was drawn; %FALSE for an explained empty chart
 */
gboolean
hearth_progress_chart_draw (HearthComparisonData     *data,
                            cairo_t                  *cr,
                            double                    width,
                            double                    height,
                            const HearthChartPalette *palette,
                            GArray                   *marks)
{
  HearthComparisonFrame frame;
  guint n_series, n_columns, n_rows, n_categories;
  double axis_width, panel_width, panel_height, name_height, small_height, from, to;
  gint32 first_day, last_day;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (cr != NULL && palette != NULL, FALSE);

  if (!hearth_comparison_frame_begin (&frame, HEARTH_COMPARISON_PROGRESS, data, cr, width, height,
                                      palette, marks))
    {
      hearth_comparison_frame_end (&frame);
      return FALSE;
    }

  n_series = hearth_comparison_data_get_n_series (data);
  n_categories = hearth_comparison_data_get_n_categories (data);
  n_columns = n_series <= 3 ? n_series : n_series == 4 ? 2 : 3;
  n_rows = (n_series + n_columns - 1) / n_columns;
  axis_width = hearth_comparison_measure_axis (&frame);
  panel_width = (width - 2.0 * HEARTH_COMPARISON_MARGIN - (n_columns - 1) * PANEL_GAP) / n_columns;
  panel_height = (frame.bottom - frame.top - (n_rows - 1) * PANEL_GAP) / n_rows;
  name_height = hearth_chart_text_get_line_height (frame.text, HEARTH_CHART_FONT_BOLD) + 4.0;
  small_height = hearth_chart_text_get_line_height (frame.text, HEARTH_CHART_FONT_SMALL);

  /* One time axis for every panel, a month either side of the dates. */
  hearth_comparison_data_get_day_range (data, &first_day, &last_day);
  from = first_day - MAX (30.0, (last_day - first_day) * 0.06);
  to = last_day + 1.0 + MAX (30.0, (last_day - first_day) * 0.06);

  for (guint s = 0; s < n_series; s++)
    {
      Panel panel = { &frame, { 0 }, { 0 }, s };
      double left = HEARTH_COMPARISON_MARGIN + (s % n_columns) * (panel_width + PANEL_GAP);
      double top = frame.top + (s / n_columns) * (panel_height + PANEL_GAP);
      double x0 = left + axis_width, x1 = left + panel_width;
      double y_top = top + name_height + 4.0;
      double y_bottom = top + panel_height - small_height - 6.0;
      double y_floor;

      hearth_chart_color_set_source (&palette->foreground, cr);
      hearth_chart_text_draw_fitted (frame.text, cr, HEARTH_CHART_FONT_BOLD,
                                     hearth_comparison_data_get_series_label (data, s), left, top,
                                     panel_width);

      if (y_bottom - y_top < 30.0 || x1 - x0 < 30.0)
        continue;

      /* Room under the scale for the "?" badges of each category. */
      y_floor = y_bottom - n_categories * 13.0 - 4.0;
      hearth_value_axis_init (&panel.axis, data, y_bottom, y_top);
      hearth_time_scale_init (&panel.scale, from, to, x0, x1);

      /* The scale's minimum sits just above the badges' room. */
      {
        double scale_min, scale_max;

        hearth_comparison_data_get_scale (data, &scale_min, &scale_max, NULL);
        panel.axis.bottom_value
            = scale_min - (scale_max - scale_min) * (y_bottom - y_floor) / (y_floor - y_top);
      }

      hearth_comparison_draw_bands (&frame, &panel.axis, x0, x1, 0.0);
      hearth_comparison_draw_axis (&frame, &panel.axis, x0, x1, TRUE);
      draw_time_axis (&panel);

      if (hearth_comparison_data_get_n_points (data, s) == 0)
        {
          hearth_chart_color_set_source (&palette->muted, cr);
          hearth_chart_text_draw_fitted (frame.text, cr, HEARTH_CHART_FONT_SMALL,
                                         _("No finalised assessment"), x0 + 6.0,
                                         (y_top + y_bottom - small_height) / 2.0, x1 - x0 - 12.0);
          continue;
        }

      cairo_save (cr);
      cairo_rectangle (cr, x0, y_top - 8.0, x1 - x0, y_bottom - y_top + 16.0);
      cairo_clip (cr);
      draw_lines (&panel);
      cairo_restore (cr);
    }

  hearth_comparison_frame_end (&frame);
  return TRUE;
}
