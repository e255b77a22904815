/* hearth-chart-export.h
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

#define HEARTH_CHART_ERROR (hearth_chart_error_quark ())

/**
 * HearthChartError:
 * @HEARTH_CHART_ERROR_FORMAT: the file name has no extension Hearth can
 *   write (.png, .svg, .pdf)
 * @HEARTH_CHART_ERROR_SIZE: the size asked for is out of range
 * @HEARTH_CHART_ERROR_WRITE: the file could not be written
 *
 * Errors from exporting charts.
 */
typedef enum
{
  HEARTH_CHART_ERROR_FORMAT,
  HEARTH_CHART_ERROR_SIZE,
  HEARTH_CHART_ERROR_WRITE,
} HearthChartError;

/**
 * HearthChartFormat:
 * @HEARTH_CHART_FORMAT_PNG: a PNG image, one pixel per unit
 * @HEARTH_CHART_FORMAT_SVG: an SVG drawing, sized in pixels
 * @HEARTH_CHART_FORMAT_PDF: a one-page PDF, one point per unit
 *
 * The formats charts export to.
 */
typedef enum
{
  HEARTH_CHART_FORMAT_PNG,
  HEARTH_CHART_FORMAT_SVG,
  HEARTH_CHART_FORMAT_PDF,
} HearthChartFormat;

/* Sizes exports accept, in pixels (PNG, SVG) or points (PDF). */
#define HEARTH_CHART_MIN_SIZE 16
#define HEARTH_CHART_MAX_SIZE 20000

/**
 * HearthChartDrawFunc:
 * @cr: where to draw
 * @width: the width to fill
 * @height: the height to fill
 * @user_data: the data passed to hearth_chart_export()
 *
 * Draws a chart for an export.
 */
typedef void (*HearthChartDrawFunc) (cairo_t  *cr,
                                     double    width,
                                     double    height,
                                     gpointer  user_data);

GQuark   hearth_chart_error_quark      (void);
gboolean hearth_chart_format_from_path (const char           *path,
                                        HearthChartFormat    *format,
                                        GError              **error);
gboolean hearth_chart_export           (const char           *path,
                                        HearthChartFormat     format,
                                        int                   width,
                                        int                   height,
                                        HearthChartDrawFunc   draw,
                                        gpointer              user_data,
                                        GError              **error);

G_END_DECLS
