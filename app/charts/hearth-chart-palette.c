/* hearth-chart-palette.c
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

#include <math.h>
#include <string.h>

#include "hearth-chart-palette.h"

#define RGB(hex)                                                                                   \
  {                                                                                                \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex)&0xff) / 255.0, 1.0           \
  }
#define RGBA(hex, a)                                                                               \
  {                                                                                                \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex)&0xff) / 255.0, (a)           \
  }

/* Okabe–Ito, in the order the charts hand them out: blue, vermillion,
 * bluish green, orange, reddish purple, sky blue, yellow, grey. Grey
 * stands in for black, which would vanish on a dark background. */
static const HearthChartColor okabe_ito[HEARTH_CHART_N_HUES] = {
  RGB (0x0072b2), RGB (0xd55e00), RGB (0x009e73), RGB (0xe69f00),
  RGB (0xcc79a7), RGB (0x56b4e9), RGB (0xf0e442), RGB (0x8c8c8c),
};

/* Levels of need, least to most: sky blue, yellow, orange, vermillion,
 * each also written as its number wherever it is drawn. Slot 0 is the
 * grey of insufficient information, which is always hatched too. */
static const HearthChartColor levels_light[HEARTH_CHART_N_LEVELS] = {
  RGB (0xbdbdbd), RGB (0x56b4e9), RGB (0xf0e442), RGB (0xe69f00), RGB (0xd55e00),
};
static const HearthChartColor levels_dark[HEARTH_CHART_N_LEVELS] = {
  RGB (0x5e5e5e), RGB (0x4a9fd0), RGB (0xd9cd3c), RGB (0xd69100), RGB (0xe0691a),
};

/* A rating scale from best to worst: one hue family getting darker, so it
 * reads in greyscale too; every cell also carries its number. */
static const HearthChartColor steps_light[HEARTH_CHART_N_SCALE_STEPS] = {
  RGB (0xf4f1de), RGB (0xf6d49a), RGB (0xeea25a), RGB (0xcf5f2a), RGB (0x8f2a0e),
};
static const HearthChartColor steps_dark[HEARTH_CHART_N_SCALE_STEPS] = {
  RGB (0x3d3b33), RGB (0x7a6436), RGB (0xb3742f), RGB (0xd8652a), RGB (0xf08a5d),
};

/**
 * hearth_chart_palette_init:
 * @self: (out caller-allocates): the palette to fill
 * @dark: %TRUE for the dark variant
 *
 * Fills @self with Hearth's chart colours for a light or a dark
 * background, as exports use them. Widgets then replace the text and
 * background colours with the theme's, see
 * hearth_chart_palette_set_text_colors().
 */
void
hearth_chart_palette_init (HearthChartPalette *self,
                           gboolean            dark)
{
  static const HearthChartColor light_periods[HEARTH_CHART_N_PERIOD_KINDS] = {
    RGBA (0x009e73, 0.14), RGBA (0x0072b2, 0.13), RGBA (0xd55e00, 0.14), RGBA (0xcc79a7, 0.18),
  };
  static const HearthChartColor dark_periods[HEARTH_CHART_N_PERIOD_KINDS] = {
    RGBA (0x009e73, 0.26), RGBA (0x3b8fd1, 0.26), RGBA (0xe0691a, 0.26), RGBA (0xcc79a7, 0.30),
  };
  HearthChartColor foreground = dark ? (HearthChartColor) RGB (0xffffff)
                                     : (HearthChartColor) RGBA (0x000000, 0.8);
  HearthChartColor background = dark ? (HearthChartColor) RGB (0x1e1e1e)
                                     : (HearthChartColor) RGB (0xffffff);

  g_return_if_fail (self != NULL);

  self->dark = dark;
  memcpy (self->hues, okabe_ito, sizeof self->hues);
  memcpy (self->levels, dark ? levels_dark : levels_light, sizeof self->levels);
  memcpy (self->scale_steps, dark ? steps_dark : steps_light, sizeof self->scale_steps);
  memcpy (self->periods, dark ? dark_periods : light_periods, sizeof self->periods);
  self->drift
      = dark ? (HearthChartColor)RGBA (0xe69f00, 0.20) : (HearthChartColor)RGBA (0xe69f00, 0.13);
  self->accent = dark ? (HearthChartColor) RGB (0x78aeed) : (HearthChartColor) RGB (0x1c71d8);

  hearth_chart_palette_set_text_colors (self, &foreground, &background);
}

/**
 * hearth_chart_palette_set_text_colors:
 * @self: a palette
 * @foreground: the colour of text, as the theme gives it
 * @background: the colour behind the chart, as the theme gives it
 *
 * Takes the theme's text and background colours and derives the muted
 * text, grid, lane stripe and hatch colours from them.
 */
void
hearth_chart_palette_set_text_colors (HearthChartPalette     *self,
                                      const HearthChartColor *foreground,
                                      const HearthChartColor *background)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (foreground != NULL && background != NULL);

  self->foreground = *foreground;
  self->background = *background;

  self->muted = *foreground;
  self->muted.alpha = foreground->alpha * 0.7;
  self->grid = *foreground;
  self->grid.alpha = foreground->alpha * 0.14;
  self->stripe = *foreground;
  self->stripe.alpha = foreground->alpha * 0.035;
  self->hatch = *foreground;
  self->hatch.alpha = foreground->alpha * 0.45;
}

/**
 * hearth_chart_color_set_source:
 * @color: a colour
 * @cr: a Cairo context
 *
 * Makes @color the source of @cr.
 */
void
hearth_chart_color_set_source (const HearthChartColor *color,
                               cairo_t                *cr)
{
  g_return_if_fail (color != NULL && cr != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/**
 * hearth_chart_color_set_source_alpha:
 * @color: a colour
 * @alpha: a factor applied to its alpha, 0 to 1
 * @cr: a Cairo context
 *
 * Makes @color, made more transparent by @alpha, the source of @cr.
 */
void
hearth_chart_color_set_source_alpha (const HearthChartColor *color,
                                     double                  alpha,
                                     cairo_t                *cr)
{
  g_return_if_fail (color != NULL && cr != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static double
linearise (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/**
 * hearth_chart_color_get_luminance:
 * @color: an opaque colour
 *
 * Returns: the relative luminance of @color (WCAG 2), 0 for black to 1
 *   for white
 */
double
hearth_chart_color_get_luminance (const HearthChartColor *color)
{
  g_return_val_if_fail (color != NULL, 0.0);

  return 0.2126 * linearise (color->red)
         + 0.7152 * linearise (color->green)
         + 0.0722 * linearise (color->blue);
}

/**
 * hearth_chart_palette_get_text_on:
 * @self: a palette
 * @fill: an opaque fill colour
 *
 * Chooses the colour for text written on @fill: near-black or white,
 * whichever contrasts more.
 *
 * Returns: (transfer none): a colour that lives as long as the program
 */
const HearthChartColor *
hearth_chart_palette_get_text_on (const HearthChartPalette *self,
                                  const HearthChartColor   *fill)
{
  static const HearthChartColor black = RGB (0x1a1a1a);
  static const HearthChartColor white = RGB (0xffffff);
  double luminance;

  g_return_val_if_fail (self != NULL && fill != NULL, &black);

  /* Contrast ratios against black and white cross at a luminance of
   * about 0.18. */
  luminance = hearth_chart_color_get_luminance (fill);
  return luminance > 0.18 ? &black : &white;
}
