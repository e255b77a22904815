/* hearth-home-chart.c
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

/* Home conditions over time: improvements to home conditions must be
 * sustained (DESIGN.md), so each area of the home gets a row and each
 * assessment a column; reading along a row shows whether a change
 * lasted. */

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hearth-comparison-chart-private.h"

#define MAX_COLUMN_WIDTH 96.0
#define MAX_ROW_HEIGHT   30.0
#define CELL_GAP          2.0

static void
draw_cell (HearthComparisonFrame  *frame,
           const HearthChartValue *value,
           double                  x,
           double                  y,
           double                  width,
           double                  height)
{
  cairo_t *cr = frame->cr;
  const HearthChartColor *fill;
  char number[16];
  double text_width, text_height;

  switch (value->state)
    {
    case HEARTH_CHART_VALUE_SCORED:
      fill = &frame->palette->scale_steps[hearth_comparison_get_step (frame->data, value->value)];
      cairo_rectangle (cr, x, y, width, height);
      hearth_chart_color_set_source (fill, cr);
      cairo_fill (cr);

      /* The rating's number, so the colour is never read alone. */
      g_snprintf (number, sizeof number, "%g", value->value);
      hearth_chart_text_measure (frame->text, HEARTH_CHART_FONT_SMALL, number, &text_width,
                                 &text_height);
      if (text_width < width - 2.0 && text_height < height)
        {
          hearth_chart_color_set_source (hearth_chart_palette_get_text_on (frame->palette, fill),
                                         cr);
          hearth_chart_text_draw (frame->text, cr, HEARTH_CHART_FONT_SMALL, number,
                                  x + (width - text_width) / 2.0, y + (height - text_height) / 2.0);
        }
      break;

    case HEARTH_CHART_VALUE_NOT_SEEN:
    case HEARTH_CHART_VALUE_INSUFFICIENT:
      hearth_chart_draw_hatch (cr, &frame->palette->hatch, x, y, width, height, 4.0);
      cairo_rectangle (cr, x + 0.5, y + 0.5, width - 1.0, height - 1.0);
      hearth_chart_color_set_source (&frame->palette->muted, cr);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      break;

    case HEARTH_CHART_VALUE_NONE:
    default:
      cairo_rectangle (cr, x + 0.5, y + 0.5, width - 1.0, height - 1.0);
      hearth_chart_color_set_source (&frame->palette->grid, cr);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      break;
    }
}

/**
 * hearth_home_chart_draw:
 * @data: comparison data: categories are the areas of the home, and the
 *   first series' points are the assessments
 * @cr: where to draw
 * @width: the width
 * @height: the height
 * @palette: the colours
 * @marks: (nullable) (element-type HearthChartMark): where to report the
 *   cells drawn
 *
 * Draws home conditions over time: a grid of areas by assessment date,
 * each cell coloured by its rating and showing its number, "not seen"
 * hatched, areas not rated left open.
 *
 * Returns: %TRUE if data was drawn; %FALSE for an explained empty chart
 */
gboolean
hearth_home_chart_draw (HearthComparisonData     *data,
                        cairo_t                  *cr,
                        double                    width,
                        double                    height,
                        const HearthChartPalette *palette,
                        GArray                   *marks)
{
  HearthComparisonFrame frame;
  guint n_rows, n_columns;
  double row_label_width = 0.0, header_height, column_width, row_height, x0, y0;
  double widest_date = 0.0, small_height;
  gboolean slanted;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (cr != NULL && palette != NULL, FALSE);

  if (!hearth_comparison_frame_begin (&frame, HEARTH_COMPARISON_HOME, data, cr, width, height,
                                      palette, marks))
    {
      hearth_comparison_frame_end (&frame);
      return FALSE;
    }

  n_rows = hearth_comparison_data_get_n_categories (data);
  n_columns = hearth_comparison_data_get_n_points (data, 0);
  small_height = hearth_chart_text_get_line_height (frame.text, HEARTH_CHART_FONT_SMALL);

  for (guint r = 0; r < n_rows; r++)
    {
      double label_width;

      hearth_chart_text_measure (frame.text, HEARTH_CHART_FONT_NORMAL,
                                 hearth_comparison_data_get_category_label (data, r), &label_width,
                                 NULL);
      row_label_width = MAX (row_label_width, label_width + 12.0);
    }
  row_label_width = MIN (row_label_width, width * 0.35);
  x0 = HEARTH_COMPARISON_MARGIN + row_label_width;
  column_width = MIN ((width - HEARTH_COMPARISON_MARGIN - x0) / n_columns, MAX_COLUMN_WIDTH);

  for (guint p = 0; p < n_columns; p++)
    {
      g_autofree char *day
          = hearth_chart_format_day (hearth_comparison_data_get_point_day (data, 0, p));
      double date_width;

      hearth_chart_text_measure (frame.text, HEARTH_CHART_FONT_SMALL, day, &date_width, NULL);
      widest_date = MAX (widest_date, date_width);
    }

  /* Dates stand upright in narrow columns. */
  slanted = widest_date > column_width - 4.0;
  header_height = slanted ? MIN (widest_date, 90.0) + 6.0 : small_height + 6.0;
  y0 = frame.top + header_height;
  row_height = MIN ((frame.bottom - y0) / MAX (n_rows, 1), MAX_ROW_HEIGHT);

  for (guint p = 0; p < n_columns; p++)
    {
      g_autofree char *day
          = hearth_chart_format_day (hearth_comparison_data_get_point_day (data, 0, p));
      double x = x0 + p * column_width;
      double date_width;

      hearth_chart_text_measure (frame.text, HEARTH_CHART_FONT_SMALL, day, &date_width, NULL);
      hearth_chart_color_set_source (&palette->muted, cr);
      if (!slanted)
        {
          hearth_chart_text_draw (frame.text, cr, HEARTH_CHART_FONT_SMALL, day,
                                  x + (column_width - date_width) / 2.0, frame.top);
          continue;
        }

      cairo_save (cr);
      cairo_translate (cr, x + (column_width - small_height) / 2.0, y0 - 4.0);
      cairo_rotate (cr, -G_PI / 2.0);
      hearth_chart_text_draw_fitted (frame.text, cr, HEARTH_CHART_FONT_SMALL, day, 0.0, 0.0,
                                     header_height - 6.0);
      cairo_restore (cr);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      double y = y0 + r * row_height;
      double label_height
          = hearth_chart_text_get_line_height (frame.text, HEARTH_CHART_FONT_NORMAL);

      if (r % 2 == 1)
        {
          cairo_rectangle (cr, HEARTH_COMPARISON_MARGIN, y,
                           x0 + n_columns * column_width - HEARTH_COMPARISON_MARGIN, row_height);
          hearth_chart_color_set_source (&palette->stripe, cr);
          cairo_fill (cr);
        }

      hearth_chart_color_set_source (&palette->foreground, cr);
      hearth_chart_text_draw_fitted (frame.text, cr, HEARTH_CHART_FONT_NORMAL,
                                     hearth_comparison_data_get_category_label (data, r),
                                     HEARTH_COMPARISON_MARGIN,
                                     y + (row_height - label_height) / 2.0, row_label_width - 10.0);

      for (guint p = 0; p < n_columns; p++)
        {
          const HearthChartValue *value = hearth_comparison_data_get_value (data, 0, p, r);
          double x = x0 + p * column_width;

          draw_cell (&frame, value, x + CELL_GAP / 2.0, y + CELL_GAP / 2.0,
                     column_width - CELL_GAP, row_height - CELL_GAP);
          hearth_comparison_add_mark (&frame, 0, p, r, value, x + CELL_GAP / 2.0,
                                      y + CELL_GAP / 2.0, column_width - CELL_GAP,
                                      row_height - CELL_GAP);
        }
    }

  hearth_comparison_frame_end (&frame);
  return TRUE;
}
