/* hearth-chart-text.c
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

#include "hearth-chart-text.h"

/* Past this many cached layouts per font the cache starts again: charts
 * show a few hundred distinct strings at most, so only a caller feeding
 * ever-new text (a counter) would reach it. */
#define MAX_CACHED_LAYOUTS 4096

struct _HearthChartText
{
  PangoContext         *context;                       /* owned */
  PangoFontDescription *fonts[HEARTH_CHART_N_FONTS];   /* owned */
  GHashTable           *layouts[HEARTH_CHART_N_FONTS]; /* owned; text → PangoLayout */
  double                line_heights[HEARTH_CHART_N_FONTS];
};

static const char *font_descriptions[HEARTH_CHART_N_FONTS] = {
  "Cantarell, Sans 9",
  "Cantarell, Sans 8",
  "Cantarell, Sans Bold 9",
  "Cantarell, Sans Bold 12",
};

/**
 * hearth_chart_text_new:
 *
 * Creates a text cache with its own Pango context, at 96 dots per inch,
 * so a point of text is 4/3 of a chart unit everywhere.
 *
 * Returns: (transfer full): the cache
 */
HearthChartText *
hearth_chart_text_new (void)
{
  HearthChartText *self = g_new0 (HearthChartText, 1);
  cairo_font_options_t *options;

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 96.0);

  /* Unhinted metrics keep widths proportional to the size, so what was
   * measured for the screen holds for a PDF. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < HEARTH_CHART_N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (font_descriptions[i]);
      self->layouts[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      self->line_heights[i] = -1.0;
    }

  return self;
}

/**
 * hearth_chart_text_free:
 * @self: (transfer full): a text cache
 *
 * Frees @self and its layouts.
 */
void
hearth_chart_text_free (HearthChartText *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < HEARTH_CHART_N_FONTS; i++)
    {
      g_clear_pointer (&self->layouts[i], g_hash_table_unref);
      g_clear_pointer (&self->fonts[i], pango_font_description_free);
    }
  g_clear_object (&self->context);
  g_free (self);
}

/**
 * hearth_chart_text_new_layout:
 * @self: a text cache
 * @font: the text style
 * @text: UTF-8 text
 * @max_width: the widest the text may be, ellipsised past it; 0 or less
 *   for no limit
 *
 * Returns: (transfer full): a new layout of @text, not cached
 */
PangoLayout *
hearth_chart_text_new_layout (HearthChartText *self,
                              HearthChartFont  font,
                              const char      *text,
                              double           max_width)
{
  PangoLayout *layout;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (font < HEARTH_CHART_N_FONTS, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->fonts[font]);
  pango_layout_set_text (layout, text, -1);
  if (max_width > 0.0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (layout, TRUE);
    }

  return layout;
}

/**
 * hearth_chart_text_get_layout:
 * @self: a text cache
 * @font: the text style
 * @text: UTF-8 text
 *
 * Returns: (transfer none): the cached layout of @text in @font, which
 *   lives as long as @self (or until the cache fills and starts again,
 *   so do not keep it across calls)
 */
PangoLayout *
hearth_chart_text_get_layout (HearthChartText *self,
                              HearthChartFont  font,
                              const char      *text)
{
  PangoLayout *layout;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (font < HEARTH_CHART_N_FONTS, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  layout = g_hash_table_lookup (self->layouts[font], text);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (self->layouts[font]) >= MAX_CACHED_LAYOUTS)
    g_hash_table_remove_all (self->layouts[font]);

  layout = hearth_chart_text_new_layout (self, font, text, 0.0);
  g_hash_table_insert (self->layouts[font], g_strdup (text), layout);
  return layout;
}

/**
 * hearth_chart_text_measure:
 * @self: a text cache
 * @font: the text style
 * @text: UTF-8 text
 * @width: (out) (optional): the logical width in chart units
 * @height: (out) (optional): the logical height in chart units
 *
 * Measures @text as hearth_chart_text_draw() draws it.
 */
void
hearth_chart_text_measure (HearthChartText *self,
                           HearthChartFont  font,
                           const char      *text,
                           double          *width,
                           double          *height)
{
  PangoRectangle logical;

  g_return_if_fail (self != NULL);

  pango_layout_get_extents (hearth_chart_text_get_layout (self, font, text), NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/**
 * hearth_chart_text_get_line_height:
 * @self: a text cache
 * @font: the text style
 *
 * Returns: the height of one line of text in @font, in chart units
 */
double
hearth_chart_text_get_line_height (HearthChartText *self,
                                   HearthChartFont  font)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (font < HEARTH_CHART_N_FONTS, 0.0);

  if (self->line_heights[font] < 0.0)
    hearth_chart_text_measure (self, font, "Ag", NULL, &self->line_heights[font]);

  return self->line_heights[font];
}

/**
 * hearth_chart_text_draw:
 * @self: a text cache
 * @cr: a Cairo context whose source is the text colour
 * @font: the text style
 * @text: UTF-8 text
 * @x: the left edge
 * @y: the top edge
 *
 * Draws one line of text with its top-left corner at (@x, @y).
 */
void
hearth_chart_text_draw (HearthChartText *self,
                        cairo_t         *cr,
                        HearthChartFont  font,
                        const char      *text,
                        double           x,
                        double           y)
{
  g_return_if_fail (self != NULL && cr != NULL);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, hearth_chart_text_get_layout (self, font, text));
}

/**
 * hearth_chart_text_draw_fitted:
 * @self: a text cache
 * @cr: a Cairo context whose source is the text colour
 * @font: the text style
 * @text: UTF-8 text
 * @x: the left edge
 * @y: the top edge
 * @max_width: the widest the text may be
 *
 * Draws one line of text, ellipsised to @max_width if it is wider, and
 * nothing when @max_width has no room for even an ellipsis.
 */
void
hearth_chart_text_draw_fitted (HearthChartText *self,
                               cairo_t         *cr,
                               HearthChartFont  font,
                               const char      *text,
                               double           x,
                               double           y,
                               double           max_width)
{
  g_autoptr(PangoLayout) layout = NULL;
  double width;

  g_return_if_fail (self != NULL && cr != NULL);

  hearth_chart_text_measure (self, font, text, &width, NULL);
  if (width <= max_width)
    {
      hearth_chart_text_draw (self, cr, font, text, x, y);
      return;
    }

  hearth_chart_text_measure (self, font, "…", &width, NULL);
  if (max_width < width * 2.0)
    return;

  layout = hearth_chart_text_new_layout (self, font, text, max_width);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}
