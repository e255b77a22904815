/* hearth-pack-pdf.c
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
#include <glib/gi18n-lib.h>

#include "hearth-chart-draw.h"
#include "hearth-pack-document-private.h"

/* A document as a PDF: every page drawn in turn, the title and creator
 * in its properties, and an outline of its sections. */

static cairo_status_t
append_to_bytes_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The PDF's outline: a bookmark per section heading, at its place. */
static void
add_outline (HearthPackDocument *self,
             cairo_surface_t    *surface)
{
  for (guint i = 0; i < self->headings->len; i++)
    {
      const HearthPackHeading *heading = &g_array_index (self->headings, HearthPackHeading, i);
      const HearthPackBlock *block = &g_array_index (self->blocks, HearthPackBlock, heading->block);
      g_autofree char *link = NULL;

      link = g_strdup_printf ("page=%u pos=[%g %g]", heading->page + 1, HEARTH_PACK_CONTENT_LEFT,
                              heading->y);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                     pango_layout_get_text (block->text.layout), link, 0);
    }
}

/**
 * hearth_pack_document_to_pdf_bytes:
 * @self: a document
 * @error: return location for a #HearthChartError
 *
 * Lays the document out if it has changed and draws every page into a
 * PDF, with an outline of its section headings.
 *
 * Returns: (transfer full): the PDF, or %NULL with
 *   %HEARTH_CHART_ERROR_WRITE when Cairo fails
 */
GBytes *
hearth_pack_document_to_pdf_bytes (HearthPackDocument  *self,
                                   GError             **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *created = NULL;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_pages = hearth_pack_document_paginate (self);
  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_to_bytes_cb, bytes,
                                                 HEARTH_PACK_PAGE_WIDTH, HEARTH_PACK_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hearth");
  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  now = g_date_time_new_now_utc ();
  created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      hearth_pack_document_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  add_outline (self, surface);
  status = cairo_status (cr);
  g_clear_pointer (&cr, cairo_destroy);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_WRITE,
                           _("The supervision pack could not be drawn."));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * hearth_pack_document_write_pdf:
 * @self: a document
 * @path: the file to write; replaced whole if it exists
 * @error: return location for a #HearthChartError
 *
 * Writes the document as a PDF that only its owner may read (mode
 * 0600): it holds records about children.
 *
 * Returns: %TRUE on success; %FALSE with %HEARTH_CHART_ERROR_WRITE
 */
gboolean
hearth_pack_document_write_pdf (HearthPackDocument  *self,
                                const char          *path,
                                GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) file_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = hearth_pack_document_to_pdf_bytes (self, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 &file_error))
    {
      g_set_error_literal (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_WRITE,
                           g_error_matches (file_error, G_FILE_ERROR, G_FILE_ERROR_NOSPC)
                           ? _("The supervision pack could not be saved because the disk is full.")
                           : _("The supervision pack could not be saved to the file chosen."));
      return FALSE;
    }

  return TRUE;
}
