/* hearth-comparison-chart-private.h
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

#include "hearth-chart-draw.h"
#include "hearth-comparison-chart.h"

G_BEGIN_DECLS

#define HEARTH_COMPARISON_MARGIN    12.0
#define HEARTH_COMPARISON_MAX_ITEMS 32

/* A vertical value axis: @bottom_value at @y_bottom, @top_value at
 * @y_top (smaller y). The bottom sits one step below the scale's
 * minimum, so the best score still has a bar: a bar of no height would
 * read as "nothing". */
typedef struct
{
  double bottom_value;
  double top_value;
  double y_bottom;
  double y_top;
} HearthValueAxis;

/* Everything a comparison chart shares while drawing one frame. */
typedef struct
{
  HearthComparisonData     *data;
  cairo_t                  *cr;
  const HearthChartPalette *palette;
  HearthChartText          *text;
  GArray                   *marks;    /* nullable */
  double                    width;
  double                    height;
  double                    top;      /* below the title */
  double                    bottom;   /* above the legend */
} HearthComparisonFrame;

gboolean          hearth_comparison_has_points         (HearthComparisonKind      kind,
                                                        HearthComparisonData     *data);
gboolean          hearth_comparison_frame_begin        (HearthComparisonFrame    *frame,
                                                        HearthComparisonKind      kind,
                                                        HearthComparisonData     *data,
                                                        cairo_t                  *cr,
                                                        double                    width,
                                                        double                    height,
                                                        const HearthChartPalette *palette,
                                                        GArray                   *marks);
void              hearth_comparison_frame_end          (HearthComparisonFrame    *frame);
void              hearth_value_axis_init               (HearthValueAxis          *axis,
                                                        HearthComparisonData     *data,
                                                        double                    y_bottom,
                                                        double                    y_top);
double            hearth_value_axis_to_y               (const HearthValueAxis    *axis,
                                                        double                    value);
double            hearth_comparison_measure_axis       (HearthComparisonFrame    *frame);
void              hearth_comparison_draw_axis          (HearthComparisonFrame    *frame,
                                                        const HearthValueAxis    *axis,
                                                        double                    x0,
                                                        double                    x1,
                                                        gboolean                  with_labels);
double            hearth_comparison_measure_band_names (HearthComparisonFrame    *frame);
void              hearth_comparison_draw_bands         (HearthComparisonFrame    *frame,
                                                        const HearthValueAxis    *axis,
                                                        double                    x0,
                                                        double                    x1,
                                                        double                    label_width);
void              hearth_comparison_draw_level_badge   (HearthComparisonFrame    *frame,
                                                        int                       level,
                                                        double                    cx,
                                                        double                    cy);
const HearthChartColor *
                  hearth_comparison_get_category_color (HearthComparisonFrame    *frame,
                                                        guint                     category);
HearthChartShape  hearth_comparison_get_category_shape (guint                     category);
int               hearth_comparison_get_step           (HearthComparisonData     *data,
                                                        double                    value);
void              hearth_comparison_add_mark           (HearthComparisonFrame    *frame,
                                                        guint                     series,
                                                        guint                     point,
                                                        guint                     category,
                                                        const HearthChartValue   *value,
                                                        double                    x,
                                                        double                    y,
                                                        double                    width,
                                                        double                    height);

G_END_DECLS
