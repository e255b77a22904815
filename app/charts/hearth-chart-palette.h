/* hearth-chart-palette.h
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

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Eight hues that colour-blind readers still tell apart (Okabe and Ito,
 * "Color Universal Design", 2008). Charts never rely on them alone: every
 * hue comes with a shape, a pattern or a label. */
#define HEARTH_CHART_N_HUES 8

/* Levels of need are ordinals 1 to 4 (see core/hearth-levels.h); slot 0
 * stands for "insufficient information". */
#define HEARTH_CHART_N_LEVELS 5

/* Home-conditions style scales have up to five values. */
#define HEARTH_CHART_N_SCALE_STEPS 5

/* Kinds of period (see core/hearth-period.h). */
#define HEARTH_CHART_N_PERIOD_KINDS 4

/**
 * HearthChartColor:
 * @red: 0 to 1
 * @green: 0 to 1
 * @blue: 0 to 1
 * @alpha: 0 (transparent) to 1
 *
 * A colour, as Cairo takes it. Charts do not use GTK, so not a GdkRGBA,
 * though the fields are laid out the same.
 */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} HearthChartColor;

/**
 * HearthChartPalette:
 * @dark: %TRUE for the dark variant
 * @background: behind everything; also the inside of hollow markers
 * @foreground: text and outlines
 * @muted: secondary text: axis labels, lane names, the legend
 * @grid: grid lines and lane separators
 * @stripe: every other lane
 * @hues: the colour-blind-safe hues, in a fixed order
 * @levels: level of need 1 to 4, and slot 0 for insufficient information
 * @scale_steps: the steps of a rating scale, best first
 * @periods: the shading of each kind of period
 * @drift: the highlight of a gap that may be drift
 * @hatch: the lines of hatched areas (insufficient information, not seen)
 * @accent: today's line and the keyboard focus
 *
 * The colours of every chart, passed in by the caller: the widgets fill it
 * from the theme, exports use hearth_chart_palette_init().
 */
typedef struct
{
  gboolean         dark;
  HearthChartColor background;
  HearthChartColor foreground;
  HearthChartColor muted;
  HearthChartColor grid;
  HearthChartColor stripe;
  HearthChartColor hues[HEARTH_CHART_N_HUES];
  HearthChartColor levels[HEARTH_CHART_N_LEVELS];
  HearthChartColor scale_steps[HEARTH_CHART_N_SCALE_STEPS];
  HearthChartColor periods[HEARTH_CHART_N_PERIOD_KINDS];
  HearthChartColor drift;
  HearthChartColor hatch;
  HearthChartColor accent;
} HearthChartPalette;

void     hearth_chart_palette_init            (HearthChartPalette       *self,
                                               gboolean                  dark);
void     hearth_chart_palette_set_text_colors (HearthChartPalette       *self,
                                               const HearthChartColor   *foreground,
                                               const HearthChartColor   *background);
void     hearth_chart_color_set_source        (const HearthChartColor   *color,
                                               cairo_t                  *cr);
void     hearth_chart_color_set_source_alpha  (const HearthChartColor   *color,
                                               double                    alpha,
                                               cairo_t                  *cr);
double   hearth_chart_color_get_luminance     (const HearthChartColor   *color);
const HearthChartColor *
         hearth_chart_palette_get_text_on     (const HearthChartPalette *self,
                                               const HearthChartColor   *fill);

G_END_DECLS
