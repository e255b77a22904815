/* hearth-comparison-chart.c
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

/* What the three comparison charts share: the frame (title, legend, the
 * explained empty chart), the value axis with its bands of level of need,
 * and category colours and shapes. Their words (the summaries read by
 * screen readers and the tooltips) are in hearth-comparison-chart-text.c. */

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hearth-comparison-chart-private.h"

/* Categories take hues in this order (Okabe–Ito indices): blue,
 * vermillion, bluish green, reddish purple, orange, sky blue, yellow,
 * grey; each also has its own shape. */
static const guint category_hues[] = { 0, 1, 2, 4, 3, 5, 6, 7 };
static const HearthChartShape category_shapes[] = {
  HEARTH_CHART_SHAPE_CIRCLE, HEARTH_CHART_SHAPE_SQUARE, HEARTH_CHART_SHAPE_TRIANGLE_UP,
  HEARTH_CHART_SHAPE_DIAMOND, HEARTH_CHART_SHAPE_TRIANGLE_DOWN, HEARTH_CHART_SHAPE_STAR,
  HEARTH_CHART_SHAPE_PLUS, HEARTH_CHART_SHAPE_BADGE,
};

G_DEFINE_ENUM_TYPE (HearthComparisonKind, hearth_comparison_kind,
                    G_DEFINE_ENUM_VALUE (HEARTH_COMPARISON_SIBLINGS, "siblings"),
                    G_DEFINE_ENUM_VALUE (HEARTH_COMPARISON_PROGRESS, "progress"),
                    G_DEFINE_ENUM_VALUE (HEARTH_COMPARISON_HOME, "home"))

/**
 * hearth_comparison_has_points:
 * @kind: which chart
 * @data: its data
 *
 * Returns: %TRUE when the chart has a value to show; %FALSE when it is
 *   drawn (and summarised) as an explained empty chart
 */
gboolean
hearth_comparison_has_points (HearthComparisonKind  kind,
                              HearthComparisonData *data)
{
  guint n_series = hearth_comparison_data_get_n_series (data);

  if (hearth_comparison_data_get_n_categories (data) == 0)
    return FALSE;
  if (kind == HEARTH_COMPARISON_HOME)
    return n_series > 0 && hearth_comparison_data_get_n_points (data, 0) > 0;

  for (guint s = 0; s < n_series; s++)
    if (hearth_comparison_data_get_n_points (data, s) > 0)
      return TRUE;
  return FALSE;
}

static char *
dup_subtitle (HearthComparisonKind  kind,
              HearthComparisonData *data)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gint32 first_day, last_day;

  if (kind == HEARTH_COMPARISON_SIBLINGS)
    return g_strdup (_("Latest finalised assessment of each child"));

  if (!hearth_comparison_data_get_day_range (data, &first_day, &last_day))
    return NULL;

  first = hearth_chart_format_day (first_day);
  last = hearth_chart_format_day (last_day);
  if (kind == HEARTH_COMPARISON_PROGRESS)
    /* Translators: the subtitle of the chart of each child over time. */
    return g_strdup_printf (_("Each child’s scores at every finalised assessment, %s – %s"), first,
                            last);

  /* Translators: the subtitle of the home conditions grid. */
  return g_strdup_printf (_("Each area of the home at every assessment, %s – %s"), first, last);
}

static void
add_item (HearthChartLegendItem  *items,
          guint                  *n_items,
          HearthChartLegendKind   kind,
          HearthChartShape        shape,
          const HearthChartColor *color,
          const char             *badge,
          const char             *label)
{
  if (*n_items >= HEARTH_COMPARISON_MAX_ITEMS)
    return;

  items[*n_items]
      = (HearthChartLegendItem){ kind, shape, HEARTH_CHART_FILL_FULL, color, badge, label };
  (*n_items)++;
}

static guint
build_legend (HearthComparisonFrame *frame,
              HearthComparisonKind   kind,
              HearthChartLegendItem *items,
              GPtrArray             *strings)
{
  static const char *digits[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };
  HearthComparisonData *data = frame->data;
  guint n = 0;

  if (kind == HEARTH_COMPARISON_HOME)
    {
      double scale_min, scale_max;

      hearth_comparison_data_get_scale (data, &scale_min, &scale_max, NULL);
      for (int value = (int) ceil (scale_min); value <= (int) floor (scale_max) && value < 10;
           value++)
        {
          const char *label = hearth_comparison_data_get_scale_label (data, value);

          add_item (items, &n, HEARTH_CHART_LEGEND_SWATCH, HEARTH_CHART_SHAPE_SQUARE,
                    &frame->palette->scale_steps[hearth_comparison_get_step (data, value)],
                    digits[value], label != NULL ? label : digits[value]);
        }
      add_item (items, &n, HEARTH_CHART_LEGEND_HATCH, HEARTH_CHART_SHAPE_SQUARE, NULL, NULL,
                C_("home conditions", "Not seen"));
      add_item (items, &n, HEARTH_CHART_LEGEND_SWATCH, HEARTH_CHART_SHAPE_SQUARE,
                &frame->palette->background, NULL, C_("home conditions", "Not rated"));
      return n;
    }

  for (guint c = 0; c < hearth_comparison_data_get_n_categories (data); c++)
    add_item (
        items, &n,
        kind == HEARTH_COMPARISON_PROGRESS ? HEARTH_CHART_LEGEND_LINE : HEARTH_CHART_LEGEND_SWATCH,
        hearth_comparison_get_category_shape (c), hearth_comparison_get_category_color (frame, c),
        NULL, hearth_comparison_data_get_category_label (data, c));

  for (int level = 1; level < HEARTH_CHART_N_LEVELS; level++)
    {
      char *label = g_strdup (hearth_comparison_data_get_level_name (data, level));

      g_ptr_array_add (strings, label);
      add_item (items, &n, HEARTH_CHART_LEGEND_SWATCH, HEARTH_CHART_SHAPE_BADGE,
                &frame->palette->levels[level], digits[level], label);
    }
  add_item (items, &n, HEARTH_CHART_LEGEND_HATCH, HEARTH_CHART_SHAPE_SQUARE, NULL, NULL,
            _("Insufficient information (no score)"));
  return n;
}

/**
 * hearth_comparison_frame_begin:
 * @frame: (out caller-allocates): the frame to fill
 * @kind: which chart
 * @data: its data
 * @cr: where to draw
 * @width: the width
 * @height: the height
 * @palette: the colours
 * @marks: (nullable) (element-type HearthChartMark): where to report
 *   what is drawn
 *
 * Starts a comparison chart: paints the background, the title and the
 * legend, and leaves @frame->top and @frame->bottom around the room left.
 * With nothing to show it draws an explained empty chart instead.
 *
 * Returns: %TRUE if the chart has data to draw in the room left; %FALSE
 *   when it was drawn empty. Either way, call
 *   hearth_comparison_frame_end().
 */
gboolean
hearth_comparison_frame_begin (HearthComparisonFrame    *frame,
                               HearthComparisonKind      kind,
                               HearthComparisonData     *data,
                               cairo_t                  *cr,
                               double                    width,
                               double                    height,
                               const HearthChartPalette *palette,
                               GArray                   *marks)
{
  HearthChartLegendItem items[HEARTH_COMPARISON_MAX_ITEMS];
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  double legend_height;
  guint n_items;

  frame->data = data;
  frame->cr = cr;
  frame->palette = palette;
  frame->text = hearth_chart_text_new ();
  frame->marks = marks;
  frame->width = width;
  frame->height = height;
  if (marks != NULL)
    g_array_set_size (marks, 0);

  cairo_save (cr);
  cairo_rectangle (cr, 0.0, 0.0, width, height);
  cairo_clip (cr);
  if (palette->background.alpha > 0.0)
    {
      hearth_chart_color_set_source (&palette->background, cr);
      cairo_paint (cr);
    }

  subtitle = dup_subtitle (kind, data);
  frame->top = HEARTH_COMPARISON_MARGIN
               + hearth_chart_draw_title (cr, frame->text, palette,
                                          hearth_comparison_data_get_title (data), subtitle,
                                          HEARTH_COMPARISON_MARGIN, HEARTH_COMPARISON_MARGIN,
                                          width - 2.0 * HEARTH_COMPARISON_MARGIN);
  frame->bottom = height - HEARTH_COMPARISON_MARGIN;

  if (!hearth_comparison_has_points (kind, data))
    {
      const char *heading, *explanation;

      hearth_comparison_data_get_empty_text (data, &heading, &explanation);
      hearth_chart_draw_message (
          cr, frame->text, palette, heading, explanation, HEARTH_COMPARISON_MARGIN, frame->top,
          width - 2.0 * HEARTH_COMPARISON_MARGIN, frame->bottom - frame->top);
      return FALSE;
    }

  n_items = build_legend (frame, kind, items, strings);
  legend_height = hearth_chart_measure_legend (frame->text, items, n_items,
                                               width - 2.0 * HEARTH_COMPARISON_MARGIN);
  if (legend_height < (height - frame->top) * 0.35)
    {
      hearth_chart_draw_legend (cr, frame->text, palette, items, n_items, HEARTH_COMPARISON_MARGIN,
                                frame->bottom - legend_height,
                                width - 2.0 * HEARTH_COMPARISON_MARGIN);
      frame->bottom -= legend_height + 10.0;
    }

  return TRUE;
}

/**
 * hearth_comparison_frame_end:
 * @frame: a frame begun with hearth_comparison_frame_begin()
 *
 * Ends the frame, restoring the Cairo state.
 */
void
hearth_comparison_frame_end (HearthComparisonFrame *frame)
{
  cairo_restore (frame->cr);
  g_clear_pointer (&frame->text, hearth_chart_text_free);
}

/**
 * hearth_value_axis_init:
 * @axis: (out caller-allocates): the axis
 * @data: the data, giving the scale
 * @y_bottom: the y of the axis' bottom
 * @y_top: the y of its top, smaller than @y_bottom
 *
 * Sets up a value axis for the scale of @data.
 */
void
hearth_value_axis_init (HearthValueAxis      *axis,
                        HearthComparisonData *data,
                        double                y_bottom,
                        double                y_top)
{
  double scale_min, scale_max;

  hearth_comparison_data_get_scale (data, &scale_min, &scale_max, NULL);
  axis->bottom_value = scale_min - 1.0;
  axis->top_value = scale_max;
  axis->y_bottom = y_bottom;
  axis->y_top = y_top;
}

/**
 * hearth_value_axis_to_y:
 * @axis: an axis
 * @value: a value
 *
 * Returns: the y of @value
 */
double
hearth_value_axis_to_y (const HearthValueAxis *axis,
                        double                 value)
{
  return axis->y_bottom
         - (value - axis->bottom_value) / (axis->top_value - axis->bottom_value)
               * (axis->y_bottom - axis->y_top);
}

/**
 * hearth_comparison_measure_axis:
 * @frame: a frame
 *
 * Returns: the width the value axis' labels need
 */
double
hearth_comparison_measure_axis (HearthComparisonFrame *frame)
{
  double scale_min, scale_max, widest = 0.0;

  hearth_comparison_data_get_scale (frame->data, &scale_min, &scale_max, NULL);
  for (int value = (int) ceil (scale_min); value <= (int) floor (scale_max); value++)
    {
      g_autofree char *label = g_strdup_printf ("%d", value);
      double width;

      hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, label, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest + 8.0;
}

/**
 * hearth_comparison_draw_axis:
 * @frame: a frame
 * @axis: the value axis
 * @x0: the plot's left edge
 * @x1: the plot's right edge
 * @with_labels: whether to write the values left of @x0
 *
 * Draws grid lines at each whole value of the scale, the baseline, and the
 * values to the left.
 */
void
hearth_comparison_draw_axis (HearthComparisonFrame *frame,
                             const HearthValueAxis *axis,
                             double                 x0,
                             double                 x1,
                             gboolean               with_labels)
{
  cairo_t *cr = frame->cr;
  double scale_min, scale_max;

  hearth_comparison_data_get_scale (frame->data, &scale_min, &scale_max, NULL);
  cairo_set_line_width (cr, 1.0);

  for (int value = (int) ceil (scale_min); value <= (int) floor (scale_max); value++)
    {
      double y = floor (hearth_value_axis_to_y (axis, value)) + 0.5;

      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      hearth_chart_color_set_source (&frame->palette->grid, cr);
      cairo_stroke (cr);

      if (with_labels)
        {
          g_autofree char *label = g_strdup_printf ("%d", value);
          double width, height;

          hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, label, &width, &height);
          hearth_chart_color_set_source (&frame->palette->muted, cr);
          hearth_chart_text_draw (frame->text, cr, HEARTH_CHART_FONT_SMALL, label,
                                  x0 - 6.0 - width, y - height / 2.0);
        }
    }

  cairo_move_to (cr, x0, floor (axis->y_bottom) + 0.5);
  cairo_line_to (cr, x1, floor (axis->y_bottom) + 0.5);
  hearth_chart_color_set_source (&frame->palette->muted, cr);
  cairo_stroke (cr);
}

/**
 * hearth_comparison_measure_band_names:
 * @frame: a frame
 *
 * Returns: the width the bands' names need, as
 *   hearth_comparison_draw_bands() writes them
 */
double
hearth_comparison_measure_band_names (HearthComparisonFrame *frame)
{
  double widest = 0.0;

  for (guint i = 0; i < hearth_comparison_data_get_n_bands (frame->data); i++)
    {
      double from, to, width;
      int level;
      g_autofree char *label = NULL;

      hearth_comparison_data_get_band (frame->data, i, &from, &to, &level);
      label = g_strdup_printf ("%d %s", level,
                               hearth_comparison_data_get_level_name (frame->data, level));
      hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, label, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest;
}

/**
 * hearth_comparison_draw_bands:
 * @frame: a frame
 * @axis: the value axis
 * @x0: the plot's left edge
 * @x1: the plot's right edge
 * @label_width: the room right of @x1 for each band's number and name,
 *   or 0 to write only the number, inside the plot
 *
 * Tints the bands of level of need behind the values, each with its
 * number (and name, when there is room), never colour alone.
 */
void
hearth_comparison_draw_bands (HearthComparisonFrame *frame,
                              const HearthValueAxis *axis,
                              double                 x0,
                              double                 x1,
                              double                 label_width)
{
  cairo_t *cr = frame->cr;
  double small_height = hearth_chart_text_get_line_height (frame->text, HEARTH_CHART_FONT_SMALL);

  for (guint i = 0; i < hearth_comparison_data_get_n_bands (frame->data); i++)
    {
      double from, to, y_from, y_to, width;
      int level;
      g_autofree char *label = NULL;

      hearth_comparison_data_get_band (frame->data, i, &from, &to, &level);
      y_from = hearth_value_axis_to_y (axis, from);
      y_to = hearth_value_axis_to_y (axis, to);

      cairo_rectangle (cr, x0, y_to, x1 - x0 + (label_width > 0.0 ? label_width + 8.0 : 0.0),
                       y_from - y_to);
      hearth_chart_color_set_source_alpha (&frame->palette->levels[level],
                                           frame->palette->dark ? 0.22 : 0.16, cr);
      cairo_fill (cr);

      if (y_from - y_to < small_height)
        continue;

      hearth_chart_color_set_source (&frame->palette->muted, cr);
      if (label_width > 0.0)
        {
          label = g_strdup_printf ("%d %s", level,
                                   hearth_comparison_data_get_level_name (frame->data, level));
          hearth_chart_text_draw_fitted (frame->text, cr, HEARTH_CHART_FONT_SMALL, label, x1 + 6.0,
                                         (y_from + y_to - small_height) / 2.0, label_width);
        }
      else
        {
          label = g_strdup_printf ("%d", level);
          hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, label, &width, NULL);
          hearth_chart_text_draw (frame->text, cr, HEARTH_CHART_FONT_SMALL, label, x1 - width - 3.0,
                                  y_to + 1.0);
        }
    }
}

/**
 * hearth_comparison_draw_level_badge:
 * @frame: a frame
 * @level: a level of need, 1 to 4, or 0 for insufficient information
 * @cx: the badge's centre
 * @cy: the badge's centre
 *
 * Draws a badge with a level's number in the level's colour; insufficient
 * information is hatched with a question mark.
 */
void
hearth_comparison_draw_level_badge (HearthComparisonFrame *frame,
                                    int                    level,
                                    double                 cx,
                                    double                 cy)
{
  cairo_t *cr = frame->cr;
  const HearthChartColor *fill
      = &frame->palette->levels[CLAMP (level, 0, HEARTH_CHART_N_LEVELS - 1)];
  char digit[2] = { '?', '\0' };
  double radius = 6.0, width, height;

  cairo_new_path (cr);
  hearth_chart_path_shape (cr, HEARTH_CHART_SHAPE_BADGE, cx, cy, radius);
  hearth_chart_color_set_source (level > 0 ? fill : &frame->palette->background, cr);
  cairo_fill_preserve (cr);
  if (level <= 0)
    {
      cairo_save (cr);
      cairo_clip_preserve (cr);
      hearth_chart_draw_hatch (cr, &frame->palette->hatch, cx - 2.0 * radius, cy - 2.0 * radius,
                               4.0 * radius, 4.0 * radius, 3.0);
      cairo_restore (cr);
    }
  hearth_chart_color_set_source (&frame->palette->foreground, cr);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  if (level > 0 && level < 10)
    digit[0] = (char) ('0' + level);
  hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, digit, &width, &height);
  hearth_chart_color_set_source (level > 0 ? hearth_chart_palette_get_text_on (frame->palette, fill)
                                           : &frame->palette->foreground, cr);
  hearth_chart_text_draw (frame->text, cr, HEARTH_CHART_FONT_SMALL, digit, cx - width / 2.0,
                          cy - height / 2.0);
}

/**
 * hearth_comparison_get_category_color:
 * @frame: a frame
 * @category: a category
 *
 * Returns: (transfer none): the category's hue
 */
const HearthChartColor *
hearth_comparison_get_category_color (HearthComparisonFrame *frame,
                                      guint                  category)
{
  return &frame->palette->hues[category_hues[category % G_N_ELEMENTS (category_hues)]];
}

/**
 * hearth_comparison_get_category_shape:
 * @category: a category
 *
 * Returns: the category's marker shape
 */
HearthChartShape
hearth_comparison_get_category_shape (guint category)
{
  return category_shapes[category % G_N_ELEMENTS (category_shapes)];
}

/**
 * hearth_comparison_get_step:
 * @data: comparison data
 * @value: a value of its scale
 *
 * Returns: the step of the palette's scale for @value: 0 for the best
 *   value, up to 4 for the worst, whichever way the scale runs
 */
int
hearth_comparison_get_step (HearthComparisonData *data,
                            double                value)
{
  double scale_min, scale_max, fraction;
  gboolean higher_is_worse;

  hearth_comparison_data_get_scale (data, &scale_min, &scale_max, &higher_is_worse);
  fraction = (value - scale_min) / (scale_max - scale_min);
  if (!higher_is_worse)
    fraction = 1.0 - fraction;

  return (int) CLAMP (round (fraction * (HEARTH_CHART_N_SCALE_STEPS - 1)), 0,
                     HEARTH_CHART_N_SCALE_STEPS - 1);
}

/**
 * hearth_comparison_add_mark:
 * @frame: a frame
 * @series: the series
 * @point: the point
 * @category: the category
 * @value: the value drawn
 * @x: the left edge of what was drawn
 * @y: the top edge
 * @width: the width
 * @height: the height
 *
 * Reports a bar, point or cell drawn, when the caller asked for marks.
 */
void
hearth_comparison_add_mark (HearthComparisonFrame  *frame,
                            guint                   series,
                            guint                   point,
                            guint                   category,
                            const HearthChartValue *value,
                            double                  x,
                            double                  y,
                            double                  width,
                            double                  height)
{
  HearthChartMark mark = {
    series, point, category, value->state, value->value, value->level, x, y, width, height,
  };

  if (frame->marks != NULL)
    g_array_append_val (frame->marks, mark);
}

/**
 * hearth_comparison_chart_draw:
 * @kind: which chart
 * @data: its data
 * @cr: where to draw
 * @width: the width
 * @height: the height
 * @palette: the colours
 * @marks: (nullable) (element-type HearthChartMark): where to report the
 *   bars, points or cells drawn
 *
 * Draws one of the three comparison charts.
 *
 * Returns: %TRUE if data was drawn; %FALSE for an explained empty chart
 */
gboolean
hearth_comparison_chart_draw (HearthComparisonKind      kind,
                              HearthComparisonData     *data,
                              cairo_t                  *cr,
                              double                    width,
                              double                    height,
                              const HearthChartPalette *palette,
                              GArray                   *marks)
{
  switch (kind)
    {
    case HEARTH_COMPARISON_SIBLINGS:
      return hearth_siblings_chart_draw (data, cr, width, height, palette, marks);
    case HEARTH_COMPARISON_PROGRESS:
      return hearth_progress_chart_draw (data, cr, width, height, palette, marks);
    case HEARTH_COMPARISON_HOME:
      return hearth_home_chart_draw (data, cr, width, height, palette, marks);
    default:
      g_return_val_if_reached (FALSE);
    }
}
