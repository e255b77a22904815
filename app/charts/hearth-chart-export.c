/* hearth-chart-export.c
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

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hearth-chart-draw.h"
#include "hearth-chart-export.h"

G_DEFINE_QUARK (hearth-chart-error-quark, hearth_chart_error)

static cairo_status_t
append_to_bytes_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError **error,
                 GError  *file_error)
{
  const char *message;

  /* The file's name is left out: it may hold a family's name, and errors
   * reach logs (STYLE.md, "Errors"). */
  switch (file_error != NULL && file_error->domain == G_FILE_ERROR ? file_error->code
                                                                   : G_FILE_ERROR_FAILED)
    {
    case G_FILE_ERROR_ACCES:
    case G_FILE_ERROR_PERM:
    case G_FILE_ERROR_ROFS:
      message = _("The chart could not be saved because that folder may not be written to.");
      break;
    case G_FILE_ERROR_NOENT:
    case G_FILE_ERROR_NOTDIR:
      message = _("The chart could not be saved because that folder does not exist.");
      break;
    case G_FILE_ERROR_NOSPC:
      message = _("The chart could not be saved because the disk is full.");
      break;
    case G_FILE_ERROR_ISDIR:
      message = _("The chart could not be saved because a folder has that name.");
      break;
    default:
      message = _("The chart could not be saved to that file.");
      break;
    }

  g_set_error_literal (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_WRITE, message);
}

/**
 * hearth_chart_format_from_path:
 * @path: a file name
 * @format: (out): the format its extension names
 * @error: return location for a %HEARTH_CHART_ERROR_FORMAT error
 *
 * Chooses the export format from a file name's extension, in any case:
 * .png, .svg or .pdf.
 *
 * Returns: %TRUE on success
 */
gboolean
hearth_chart_format_from_path (const char         *path,
                               HearthChartFormat  *format,
                               GError            **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = HEARTH_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = HEARTH_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = HEARTH_CHART_FORMAT_PDF;
  else
    {
      g_set_error_literal (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_FORMAT,
                           _("Charts can be saved only as .png, .svg or .pdf files."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_chart_export:
 * @path: the file to write; replaced whole or left as it was
 * @format: the format
 * @width: the width, in pixels (points for PDF)
 * @height: the height
 * @draw: (scope call): draws the chart
 * @user_data: data for @draw
 * @error: return location for a #HearthChartError
 *
 * Draws a chart into a PNG, SVG or PDF file of the size asked for. The
 * chart is drawn in memory first and the file replaced in one step,
 * readable by its owner only (records are sensitive), so a failure never
 * leaves half a file.
 *
 * Returns: %TRUE on success
 */
gboolean
hearth_chart_export (const char           *path,
                     HearthChartFormat     format,
                     int                   width,
                     int                   height,
                     HearthChartDrawFunc   draw,
                     gpointer              user_data,
                     GError              **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(GError) file_error = NULL;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width < HEARTH_CHART_MIN_SIZE || width > HEARTH_CHART_MAX_SIZE
      || height < HEARTH_CHART_MIN_SIZE || height > HEARTH_CHART_MAX_SIZE)
    {
      g_set_error (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_SIZE,
                   _("A chart must be between %d and %d pixels wide and high."),
                   HEARTH_CHART_MIN_SIZE, HEARTH_CHART_MAX_SIZE);
      return FALSE;
    }

  bytes = g_byte_array_new ();

  switch (format)
    {
    case HEARTH_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    case HEARTH_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_bytes_cb, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case HEARTH_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_to_bytes_cb, bytes, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hearth");
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  {
    g_autoptr(cairo_t) cr = cairo_create (surface);

    draw (cr, width, height, user_data);
    status = cairo_status (cr);
  }

  if (status == CAIRO_STATUS_SUCCESS && format == HEARTH_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_bytes_cb, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_WRITE,
                           _("The chart could not be drawn."));
      return FALSE;
    }

  if (!g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &file_error))
    {
      set_write_error (error, file_error);
      return FALSE;
    }

  return TRUE;
}
