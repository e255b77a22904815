/* hearth-chart-text.h
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
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/**
 * HearthChartFont:
 * @HEARTH_CHART_FONT_NORMAL: labels and the legend
 * @HEARTH_CHART_FONT_SMALL: tick labels, counts, period names
 * @HEARTH_CHART_FONT_BOLD: lane names and headings
 * @HEARTH_CHART_FONT_TITLE: the chart's title
 *
 * The few text styles charts use.
 */
typedef enum
{
  HEARTH_CHART_FONT_NORMAL,
  HEARTH_CHART_FONT_SMALL,
  HEARTH_CHART_FONT_BOLD,
  HEARTH_CHART_FONT_TITLE,
} HearthChartFont;

#define HEARTH_CHART_N_FONTS (HEARTH_CHART_FONT_TITLE + 1)

/**
 * HearthChartText:
 *
 * Pango layouts for chart text, kept between frames: the same tick
 * label, category name or count is shaped once and drawn many times. The
 * layouts ignore hinting so that text measures the same on screen, in PNG,
 * SVG and PDF.
 */
typedef struct _HearthChartText HearthChartText;

HearthChartText *hearth_chart_text_new        (void);
void             hearth_chart_text_free       (HearthChartText *self);
PangoLayout     *hearth_chart_text_get_layout (HearthChartText *self,
                                               HearthChartFont  font,
                                               const char      *text);
PangoLayout     *hearth_chart_text_new_layout (HearthChartText *self,
                                               HearthChartFont  font,
                                               const char      *text,
                                               double           max_width);
void             hearth_chart_text_measure    (HearthChartText *self,
                                               HearthChartFont  font,
                                               const char      *text,
                                               double          *width,
                                               double          *height);
double           hearth_chart_text_get_line_height
                                              (HearthChartText *self,
                                               HearthChartFont  font);
void             hearth_chart_text_draw       (HearthChartText *self,
                                               cairo_t         *cr,
                                               HearthChartFont  font,
                                               const char      *text,
                                               double           x,
                                               double           y);
void             hearth_chart_text_draw_fitted
                                              (HearthChartText *self,
                                               cairo_t         *cr,
                                               HearthChartFont  font,
                                               const char      *text,
                                               double           x,
                                               double           y,
                                               double           max_width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthChartText, hearth_chart_text_free)

G_END_DECLS
