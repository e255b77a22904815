/* hearth-chart-draw.c
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

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hearth-chart-day.h"
#include "hearth-chart-draw.h"

#define LEGEND_SYMBOL   14.0
#define LEGEND_GAP       5.0
#define LEGEND_SPACING  16.0
#define LEGEND_ROW_GAP   5.0

/**
 * hearth_chart_path_rounded_rectangle:
 * @cr: a Cairo context
 * @x: the left edge
 * @y: the top edge
 * @width: the width
 * @height: the height
 * @radius: the corners' radius, reduced to fit
 *
 * Adds a rounded rectangle to the current path of @cr.
 */
void
hearth_chart_path_rounded_rectangle (cairo_t *cr,
                                     double   x,
                                     double   y,
                                     double   width,
                                     double   height,
                                     double   radius)
{
  g_return_if_fail (cr != NULL);

  radius = MIN (radius, MIN (width, height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2.0, 0.0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0.0, G_PI / 2.0);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2.0, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3.0 * G_PI / 2.0);
  cairo_close_path (cr);
}

static void
add_polygon (cairo_t      *cr,
             const double *points,
             guint         n_points,
             double        cx,
             double        cy,
             double        radius)
{
  cairo_new_sub_path (cr);
  for (guint i = 0; i < n_points; i++)
    cairo_line_to (cr, cx + points[2 * i] * radius, cy + points[2 * i + 1] * radius);
  cairo_close_path (cr);
}

/**
 * hearth_chart_path_shape:
 * @cr: a Cairo context
 * @shape: the shape
 * @cx: the centre's x
 * @cy: the centre's y
 * @radius: about half the shape's size
 *
 * Adds a marker shape to the current path of @cr. Shapes are sized to
 * look about as heavy as one another at the same @radius.
 */
void
hearth_chart_path_shape (cairo_t          *cr,
                         HearthChartShape  shape,
                         double            cx,
                         double            cy,
                         double            radius)
{
  static const double triangle_up[] = { 0.0, -1.15, 1.1, 0.8, -1.1, 0.8 };
  static const double triangle_down[] = { 0.0, 1.15, 1.1, -0.8, -1.1, -0.8 };
  static const double diamond[] = { 0.0, -1.2, 1.1, 0.0, 0.0, 1.2, -1.1, 0.0 };
  static const double plus[] = {
    -0.36, -1.1, 0.36, -1.1, 0.36, -0.36, 1.1, -0.36, 1.1, 0.36, 0.36, 0.36,
    0.36, 1.1, -0.36, 1.1, -0.36, 0.36, -1.1, 0.36, -1.1, -0.36, -0.36, -0.36,
  };
  double star[20];

  g_return_if_fail (cr != NULL);

  switch (shape)
    {
    case HEARTH_CHART_SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius, 0.0, 2.0 * G_PI);
      cairo_close_path (cr);
      break;

    case HEARTH_CHART_SHAPE_SQUARE:
      cairo_rectangle (cr, cx - radius * 0.9, cy - radius * 0.9, radius * 1.8, radius * 1.8);
      break;

    case HEARTH_CHART_SHAPE_TRIANGLE_UP:
      add_polygon (cr, triangle_up, 3, cx, cy, radius);
      break;

    case HEARTH_CHART_SHAPE_TRIANGLE_DOWN:
      add_polygon (cr, triangle_down, 3, cx, cy, radius);
      break;

    case HEARTH_CHART_SHAPE_DIAMOND:
      add_polygon (cr, diamond, 4, cx, cy, radius);
      break;

    case HEARTH_CHART_SHAPE_PLUS:
      add_polygon (cr, plus, 12, cx, cy, radius);
      break;

    case HEARTH_CHART_SHAPE_STAR:
      for (guint i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2.0 + i * G_PI / 5.0;
          double r = (i % 2 == 0) ? 1.25 : 0.55;

          star[2 * i] = cos (angle) * r;
          star[2 * i + 1] = sin (angle) * r;
        }
      add_polygon (cr, star, 10, cx, cy, radius);
      break;

    case HEARTH_CHART_SHAPE_BADGE:
      hearth_chart_path_rounded_rectangle (cr, cx - radius * 1.2, cy - radius * 1.2,
                                           radius * 2.4, radius * 2.4, radius * 0.5);
      break;

    default:
      g_return_if_reached ();
    }
}

/* The outline of a marker: its hue pulled towards the text colour, so
 * pale hues (yellow, sky blue) keep an edge on a light background. */
static void
set_outline_source (cairo_t                  *cr,
                    const HearthChartPalette *palette,
                    const HearthChartColor   *color)
{
  const HearthChartColor *fg = &palette->foreground;
  double mix = palette->dark ? 0.15 : 0.35;

  cairo_set_source_rgba (cr,
                         color->red * (1.0 - mix) + fg->red * mix,
                         color->green * (1.0 - mix) + fg->green * mix,
                         color->blue * (1.0 - mix) + fg->blue * mix,
                         color->alpha);
}

/**
 * hearth_chart_draw_marker:
 * @cr: a Cairo context
 * @palette: the palette
 * @shape: the shape, which tells the kind of thing marked
 * @fill: how much is filled, which tells its significance
 * @color: the hue, repeating what the shape says
 * @cx: the centre's x
 * @cy: the centre's y
 * @radius: about half the marker's size
 *
 * Draws a marker: its inside in the background colour, then the filled
 * part in @color, then its outline.
 */
void
hearth_chart_draw_marker (cairo_t                  *cr,
                          const HearthChartPalette *palette,
                          HearthChartShape          shape,
                          HearthChartFill           fill,
                          const HearthChartColor   *color,
                          double                    cx,
                          double                    cy,
                          double                    radius)
{
  g_return_if_fail (cr != NULL && palette != NULL && color != NULL);

  cairo_new_path (cr);
  hearth_chart_path_shape (cr, shape, cx, cy, radius);

  switch (fill)
    {
    case HEARTH_CHART_FILL_FULL:
      hearth_chart_color_set_source (color, cr);
      cairo_fill_preserve (cr);
      break;

    case HEARTH_CHART_FILL_HALF:
      hearth_chart_color_set_source (&palette->background, cr);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_new_path (cr);
      cairo_rectangle (cr, cx - radius * 2.0, cy, radius * 4.0, radius * 2.0);
      hearth_chart_color_set_source (color, cr);
      cairo_fill (cr);
      cairo_restore (cr);
      /* Clipping consumed the path; the outline needs it again. */
      hearth_chart_path_shape (cr, shape, cx, cy, radius);
      break;

    case HEARTH_CHART_FILL_HOLLOW:
    default:
      hearth_chart_color_set_source (&palette->background, cr);
      cairo_fill_preserve (cr);
      break;
    }

  cairo_set_line_width (cr, fill == HEARTH_CHART_FILL_HOLLOW ? 1.6 : 1.2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_outline_source (cr, palette, color);
  cairo_stroke (cr);
}

/**
 * hearth_chart_draw_hatch:
 * @cr: a Cairo context
 * @color: the colour of the lines
 * @x: the left edge
 * @y: the top edge
 * @width: the width
 * @height: the height
 * @spacing: the distance between two lines, greater than 0
 *
 * Fills a rectangle with diagonal lines: the mark of something that has
 * no value (insufficient information, not seen), which must never look
 * like a value of zero.
 */
void
hearth_chart_draw_hatch (cairo_t                *cr,
                         const HearthChartColor *color,
                         double                  x,
                         double                  y,
                         double                  width,
                         double                  height,
                         double                  spacing)
{
  g_return_if_fail (cr != NULL && color != NULL);
  g_return_if_fail (spacing > 0.0);

  if (width <= 0.0 || height <= 0.0)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);

  /* Lines at 45°: each starts on the bottom edge (or its extension to
   * the left) and rises to the right. */
  for (double start = x - height; start < x + width; start += spacing)
    {
      cairo_move_to (cr, start, y + height);
      cairo_line_to (cr, start + height, y);
    }
  hearth_chart_color_set_source (color, cr);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * hearth_chart_draw_title:
 * @cr: a Cairo context
 * @text: the text cache
 * @palette: the palette
 * @title: the title
 * @subtitle: (nullable): a line under it, such as the period shown
 * @x: the left edge
 * @y: the top edge
 * @width: the width available
 *
 * Draws a chart's title and subtitle, ellipsised to @width.
 *
 * Returns: the height used
 */
double
hearth_chart_draw_title (cairo_t                  *cr,
                         HearthChartText          *text,
                         const HearthChartPalette *palette,
                         const char               *title,
                         const char               *subtitle,
                         double                    x,
                         double                    y,
                         double                    width)
{
  double used;

  g_return_val_if_fail (cr != NULL && text != NULL && palette != NULL, 0.0);
  g_return_val_if_fail (title != NULL, 0.0);

  hearth_chart_color_set_source (&palette->foreground, cr);
  hearth_chart_text_draw_fitted (text, cr, HEARTH_CHART_FONT_TITLE, title, x, y, width);
  used = hearth_chart_text_get_line_height (text, HEARTH_CHART_FONT_TITLE);

  if (subtitle != NULL)
    {
      hearth_chart_color_set_source (&palette->muted, cr);
      hearth_chart_text_draw_fitted (text, cr, HEARTH_CHART_FONT_NORMAL, subtitle, x, y + used,
                                     width);
      used += hearth_chart_text_get_line_height (text, HEARTH_CHART_FONT_NORMAL);
    }

  return used + 6.0;
}

static double
measure_legend_item (HearthChartText             *text,
                     const HearthChartLegendItem *item)
{
  double label_width;
  double symbol = item->kind == HEARTH_CHART_LEGEND_LINE ? LEGEND_SYMBOL * 1.8 : LEGEND_SYMBOL;

  hearth_chart_text_measure (text, HEARTH_CHART_FONT_NORMAL, item->label, &label_width, NULL);
  return symbol + LEGEND_GAP + label_width;
}

/* Lays the legend out in rows; calls @draw for each item when given. */
static double
flow_legend (cairo_t                     *cr,
             HearthChartText             *text,
             const HearthChartPalette    *palette,
             const HearthChartLegendItem *items,
             guint                        n_items,
             double                       x,
             double                       y,
             double                       width)
{
  double row_height
      = MAX (LEGEND_SYMBOL, hearth_chart_text_get_line_height (text, HEARTH_CHART_FONT_NORMAL));
  double cursor_x = x, cursor_y = y;

  if (n_items == 0)
    return 0.0;

  for (guint i = 0; i < n_items; i++)
    {
      const HearthChartLegendItem *item = &items[i];
      double item_width = measure_legend_item (text, item);

      if (cursor_x > x && cursor_x + item_width > x + width)
        {
          cursor_x = x;
          cursor_y += row_height + LEGEND_ROW_GAP;
        }

      if (cr != NULL)
        {
          double middle = cursor_y + row_height / 2.0;
          double symbol
              = item->kind == HEARTH_CHART_LEGEND_LINE ? LEGEND_SYMBOL * 1.8 : LEGEND_SYMBOL;
          double label_height;

          switch (item->kind)
            {
            case HEARTH_CHART_LEGEND_MARKER:
              hearth_chart_draw_marker (cr, palette, item->shape, item->fill, item->color,
                                        cursor_x + LEGEND_SYMBOL / 2.0, middle, 5.0);
              break;

            case HEARTH_CHART_LEGEND_LINE:
              cairo_move_to (cr, cursor_x, middle);
              cairo_line_to (cr, cursor_x + symbol, middle);
              hearth_chart_color_set_source (item->color, cr);
              cairo_set_line_width (cr, 2.0);
              cairo_stroke (cr);
              hearth_chart_draw_marker (cr, palette, item->shape, item->fill, item->color,
                                        cursor_x + symbol / 2.0, middle, 4.5);
              break;

            case HEARTH_CHART_LEGEND_SWATCH:
              cairo_rectangle (cr, cursor_x + 0.5, middle - LEGEND_SYMBOL / 2.0 + 0.5,
                               LEGEND_SYMBOL - 1.0, LEGEND_SYMBOL - 1.0);
              hearth_chart_color_set_source (item->color, cr);
              cairo_fill_preserve (cr);
              hearth_chart_color_set_source (&palette->grid, cr);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
              if (item->badge != NULL)
                {
                  double badge_width, badge_height;

                  hearth_chart_text_measure (text, HEARTH_CHART_FONT_SMALL, item->badge,
                                             &badge_width, &badge_height);
                  hearth_chart_color_set_source (
                      hearth_chart_palette_get_text_on (palette, item->color), cr);
                  hearth_chart_text_draw (text, cr, HEARTH_CHART_FONT_SMALL, item->badge,
                                          cursor_x + (LEGEND_SYMBOL - badge_width) / 2.0,
                                          middle - badge_height / 2.0);
                }
              break;

            case HEARTH_CHART_LEGEND_HATCH:
            default:
              hearth_chart_draw_hatch (cr, &palette->hatch, cursor_x, middle - LEGEND_SYMBOL / 2.0,
                                       LEGEND_SYMBOL, LEGEND_SYMBOL, 3.5);
              cairo_rectangle (cr, cursor_x + 0.5, middle - LEGEND_SYMBOL / 2.0 + 0.5,
                               LEGEND_SYMBOL - 1.0, LEGEND_SYMBOL - 1.0);
              hearth_chart_color_set_source (&palette->muted, cr);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
              break;
            }

          hearth_chart_text_measure (text, HEARTH_CHART_FONT_NORMAL, item->label, NULL,
                                     &label_height);
          hearth_chart_color_set_source (&palette->muted, cr);
          hearth_chart_text_draw (text, cr, HEARTH_CHART_FONT_NORMAL, item->label,
                                  cursor_x + symbol + LEGEND_GAP, middle - label_height / 2.0);
        }

      cursor_x += item_width + LEGEND_SPACING;
    }

  return cursor_y + row_height - y;
}

/**
 * hearth_chart_measure_legend:
 * @text: the text cache
 * @items: (array length=n_items): the entries
 * @n_items: how many
 * @width: the width available
 *
 * Returns: the height the legend needs at @width
 */
double
hearth_chart_measure_legend (HearthChartText             *text,
                             const HearthChartLegendItem *items,
                             guint                        n_items,
                             double                       width)
{
  g_return_val_if_fail (text != NULL, 0.0);
  g_return_val_if_fail (n_items == 0 || items != NULL, 0.0);

  return flow_legend (NULL, text, NULL, items, n_items, 0.0, 0.0, width);
}

/**
 * hearth_chart_draw_legend:
 * @cr: a Cairo context
 * @text: the text cache
 * @palette: the palette
 * @items: (array length=n_items): the entries
 * @n_items: how many
 * @x: the left edge
 * @y: the top edge
 * @width: the width available
 *
 * Draws a legend, its entries flowing in rows from the left.
 */
void
hearth_chart_draw_legend (cairo_t                     *cr,
                          HearthChartText             *text,
                          const HearthChartPalette    *palette,
                          const HearthChartLegendItem *items,
                          guint                        n_items,
                          double                       x,
                          double                       y,
                          double                       width)
{
  g_return_if_fail (cr != NULL && text != NULL && palette != NULL);
  g_return_if_fail (n_items == 0 || items != NULL);

  flow_legend (cr, text, palette, items, n_items, x, y, width);
}

/**
 * hearth_chart_draw_message:
 * @cr: a Cairo context
 * @text: the text cache
 * @palette: the palette
 * @heading: what is missing, in a few words
 * @explanation: (nullable): why, and what would fill the chart
 * @x: the left edge of the area
 * @y: the top edge of the area
 * @width: the area's width
 * @height: the area's height
 *
 * Draws an explained empty chart: a heading and an explanation, centred
 * in a dashed frame, so an empty chart never looks like a broken one.
 */
void
hearth_chart_draw_message (cairo_t                  *cr,
                           HearthChartText          *text,
                           const HearthChartPalette *palette,
                           const char               *heading,
                           const char               *explanation,
                           double                    x,
                           double                    y,
                           double                    width,
                           double                    height)
{
  g_autoptr(PangoLayout) heading_layout = NULL;
  g_autoptr(PangoLayout) explanation_layout = NULL;
  static const double dash[] = { 4.0, 3.0 };
  PangoRectangle heading_extents = { 0 }, explanation_extents = { 0 };
  double text_width = MAX (width - 48.0, 10.0);
  double total, top;

  g_return_if_fail (cr != NULL && text != NULL && palette != NULL && heading != NULL);

  if (width <= 8.0 || height <= 8.0)
    return;

  cairo_save (cr);
  hearth_chart_path_rounded_rectangle (cr, x + 4.5, y + 4.5, width - 9.0, height - 9.0, 8.0);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0.0);
  cairo_set_line_width (cr, 1.0);
  hearth_chart_color_set_source (&palette->grid, cr);
  cairo_stroke (cr);
  cairo_restore (cr);

  heading_layout = hearth_chart_text_new_layout (text, HEARTH_CHART_FONT_BOLD, heading, 0.0);
  pango_layout_set_width (heading_layout, (int) (text_width * PANGO_SCALE));
  pango_layout_set_alignment (heading_layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (heading_layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_extents (heading_layout, NULL, &heading_extents);
  total = heading_extents.height;

  if (explanation != NULL)
    {
      explanation_layout
          = hearth_chart_text_new_layout (text, HEARTH_CHART_FONT_NORMAL, explanation, 0.0);
      pango_layout_set_width (explanation_layout, (int) (text_width * PANGO_SCALE));
      pango_layout_set_alignment (explanation_layout, PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (explanation_layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_get_pixel_extents (explanation_layout, NULL, &explanation_extents);
      total += 6.0 + explanation_extents.height;
    }

  top = y + MAX ((height - total) / 2.0, 8.0);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  hearth_chart_color_set_source (&palette->foreground, cr);
  cairo_move_to (cr, x + (width - text_width) / 2.0, top);
  pango_cairo_show_layout (cr, heading_layout);
  if (explanation_layout != NULL)
    {
      hearth_chart_color_set_source (&palette->muted, cr);
      cairo_move_to (cr, x + (width - text_width) / 2.0, top + heading_extents.height + 6.0);
      pango_cairo_show_layout (cr, explanation_layout);
    }
  cairo_restore (cr);
}

/**
 * hearth_chart_format_day:
 * @day: a day number (see hearth-chart-day.h)
 *
 * Returns: (transfer full): @day written out in full, such as
 *   "3 Mar 2024"
 */
char *
hearth_chart_format_day (gint32 day)
{
  GDate date;
  char buffer[64];

  g_return_val_if_fail (hearth_chart_day_is_valid (day), g_strdup (""));

  hearth_chart_day_to_date (day, &date);
  /* Translators: a full date in charts, in strftime() format. */
  if (g_date_strftime (buffer, sizeof buffer, _("%-d %b %Y"), &date) == 0)
    return g_strdup ("");
  return g_strdup (buffer);
}
