/* hearth-comparison-chart.h
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
#include <glib-object.h>

#include "hearth-chart-palette.h"
#include "hearth-comparison-data.h"

G_BEGIN_DECLS

/**
 * HearthComparisonKind:
 * @HEARTH_COMPARISON_SIBLINGS: siblings side by side: each child's latest
 *   scores as grouped bars
 * @HEARTH_COMPARISON_PROGRESS: each child over time: small multiples, a
 *   line per category
 * @HEARTH_COMPARISON_HOME: home conditions over time: a grid of areas by
 *   assessment date
 *
 * The three comparison charts.
 */
typedef enum
{
  HEARTH_COMPARISON_SIBLINGS,
  HEARTH_COMPARISON_PROGRESS,
  HEARTH_COMPARISON_HOME,
} HearthComparisonKind;

#define HEARTH_TYPE_COMPARISON_KIND (hearth_comparison_kind_get_type ())

GType    hearth_comparison_kind_get_type     (void) G_GNUC_CONST;

gboolean hearth_comparison_chart_draw        (HearthComparisonKind      kind,
                                              HearthComparisonData     *data,
                                              cairo_t                  *cr,
                                              double                    width,
                                              double                    height,
                                              const HearthChartPalette *palette,
                                              GArray                   *marks);
gboolean hearth_siblings_chart_draw          (HearthComparisonData     *data,
                                              cairo_t                  *cr,
                                              double                    width,
                                              double                    height,
                                              const HearthChartPalette *palette,
                                              GArray                   *marks);
gboolean hearth_progress_chart_draw          (HearthComparisonData     *data,
                                              cairo_t                  *cr,
                                              double                    width,
                                              double                    height,
                                              const HearthChartPalette *palette,
                                              GArray                   *marks);
gboolean hearth_home_chart_draw              (HearthComparisonData     *data,
                                              cairo_t                  *cr,
                                              double                    width,
                                              double                    height,
                                              const HearthChartPalette *palette,
                                              GArray                   *marks);
char    *hearth_comparison_chart_dup_summary (HearthComparisonKind      kind,
                                              HearthComparisonData     *data);
const HearthChartMark *
         hearth_comparison_chart_find_mark   (GArray                   *marks,
                                              double                    x,
                                              double                    y);
char    *hearth_comparison_chart_dup_mark_text
                                             (HearthComparisonKind      kind,
                                              HearthComparisonData     *data,
                                              const HearthChartMark    *mark);

G_END_DECLS
