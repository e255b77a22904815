/* hearth-chart-draw.h
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

#include "hearth-chart-palette.h"
#include "hearth-chart-text.h"

G_BEGIN_DECLS

/* Cairo handles, cleaned up here once for the whole charts layer and the
 * layers above it (STYLE.md, "Memory habits"). */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)

/**
 * HearthChartShape:
 * @HEARTH_CHART_SHAPE_CIRCLE: a circle
 * @HEARTH_CHART_SHAPE_SQUARE: a square
 * @HEARTH_CHART_SHAPE_TRIANGLE_UP: a triangle pointing up
 * @HEARTH_CHART_SHAPE_DIAMOND: a diamond
 * @HEARTH_CHART_SHAPE_PLUS: a thick plus sign
 * @HEARTH_CHART_SHAPE_STAR: a five-pointed star
 * @HEARTH_CHART_SHAPE_TRIANGLE_DOWN: a triangle pointing down
 * @HEARTH_CHART_SHAPE_BADGE: a rounded square big enough for a digit
 *
 * Marker shapes, told apart without colour.
 */
typedef enum
{
  HEARTH_CHART_SHAPE_CIRCLE,
  HEARTH_CHART_SHAPE_SQUARE,
  HEARTH_CHART_SHAPE_TRIANGLE_UP,
  HEARTH_CHART_SHAPE_DIAMOND,
  HEARTH_CHART_SHAPE_PLUS,
  HEARTH_CHART_SHAPE_STAR,
  HEARTH_CHART_SHAPE_TRIANGLE_DOWN,
  HEARTH_CHART_SHAPE_BADGE,
} HearthChartShape;

/**
 * HearthChartFill:
 * @HEARTH_CHART_FILL_HOLLOW: only the outline: low significance
 * @HEARTH_CHART_FILL_HALF: the lower half filled: medium significance
 * @HEARTH_CHART_FILL_FULL: filled: high significance
 *
 * How much of a marker is filled, which says how significant it is.
 */
typedef enum
{
  HEARTH_CHART_FILL_HOLLOW,
  HEARTH_CHART_FILL_HALF,
  HEARTH_CHART_FILL_FULL,
} HearthChartFill;

/**
 * HearthChartLegendKind:
 * @HEARTH_CHART_LEGEND_MARKER: a marker of a shape, fill and colour
 * @HEARTH_CHART_LEGEND_SWATCH: a filled square, with @badge written in it
 * @HEARTH_CHART_LEGEND_HATCH: a hatched square
 * @HEARTH_CHART_LEGEND_LINE: a short line with a marker on it
 *
 * What an entry of a legend shows before its label.
 */
typedef enum
{
  HEARTH_CHART_LEGEND_MARKER,
  HEARTH_CHART_LEGEND_SWATCH,
  HEARTH_CHART_LEGEND_HATCH,
  HEARTH_CHART_LEGEND_LINE,
} HearthChartLegendKind;

/**
 * HearthChartLegendItem:
 * @kind: what the entry shows
 * @shape: the marker's shape (markers and lines)
 * @fill: the marker's fill (markers and lines)
 * @color: the colour (borrowed)
 * @badge: (nullable): text written in a swatch, such as a level's number
 * @label: the entry's text (borrowed)
 *
 * One entry of a legend.
 */
typedef struct
{
  HearthChartLegendKind   kind;
  HearthChartShape        shape;
  HearthChartFill         fill;
  const HearthChartColor *color;
  const char             *badge;
  const char             *label;
} HearthChartLegendItem;

void   hearth_chart_path_rounded_rectangle (cairo_t                     *cr,
                                            double                       x,
                                            double                       y,
                                            double                       width,
                                            double                       height,
                                            double                       radius);
void   hearth_chart_path_shape             (cairo_t                     *cr,
                                            HearthChartShape             shape,
                                            double                       cx,
                                            double                       cy,
                                            double                       radius);
void   hearth_chart_draw_marker            (cairo_t                     *cr,
                                            const HearthChartPalette    *palette,
                                            HearthChartShape             shape,
                                            HearthChartFill              fill,
                                            const HearthChartColor      *color,
                                            double                       cx,
                                            double                       cy,
                                            double                       radius);
void   hearth_chart_draw_hatch             (cairo_t                     *cr,
                                            const HearthChartColor      *color,
                                            double                       x,
                                            double                       y,
                                            double                       width,
                                            double                       height,
                                            double                       spacing);
double hearth_chart_draw_title             (cairo_t                     *cr,
                                            HearthChartText             *text,
                                            const HearthChartPalette    *palette,
                                            const char                  *title,
                                            const char                  *subtitle,
                                            double                       x,
                                            double                       y,
                                            double                       width);
double hearth_chart_measure_legend         (HearthChartText             *text,
                                            const HearthChartLegendItem *items,
                                            guint                        n_items,
                                            double                       width);
void   hearth_chart_draw_legend            (cairo_t                     *cr,
                                            HearthChartText             *text,
                                            const HearthChartPalette    *palette,
                                            const HearthChartLegendItem *items,
                                            guint                        n_items,
                                            double                       x,
                                            double                       y,
                                            double                       width);
char  *hearth_chart_format_day             (gint32                       day);
void   hearth_chart_draw_message           (cairo_t                     *cr,
                                            HearthChartText             *text,
                                            const HearthChartPalette    *palette,
                                            const char                  *heading,
                                            const char                  *explanation,
                                            double                       x,
                                            double                       y,
                                            double                       width,
                                            double                       height);

G_END_DECLS
