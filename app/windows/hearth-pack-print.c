/* hearth-pack-print.c
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

#define G_LOG_DOMAIN "hearth-pack-print"

#include "config.h"

#include <glib/gi18n.h>

#include "charts/hearth-chart-export.h"

#include "hearth-pack-print.h"

/* Printing the supervision pack: a print operation whose pages are the
 * pack document's, drawn by the same page renderer as the PDF. The pack
 * is laid out for A4; on other paper each page is scaled to fit. */
struct _HearthPackPrint
{
  GtkPrintOperation   parent_instance;

  HearthPackDocument *document;   /* owned */
};

G_DEFINE_FINAL_TYPE (HearthPackPrint, hearth_pack_print, GTK_TYPE_PRINT_OPERATION)

static guint
read_drift_weeks (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* Tests and uninstalled runs may lack the schema: then the default holds. */
  if (source == NULL)
    return 0;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "drift-threshold-weeks"))
    return 0;
  settings = g_settings_new (APPLICATION_ID);
  return g_settings_get_uint (settings, "drift-threshold-weeks");
}

static void
hearth_pack_print_begin_print (GtkPrintOperation *operation,
                               GtkPrintContext   *context)
{
  HearthPackPrint *self = HEARTH_PACK_PRINT (operation);

  gtk_print_operation_set_n_pages (operation, hearth_pack_document_paginate (self->document));
}

static void
hearth_pack_print_draw_page (GtkPrintOperation *operation,
                             GtkPrintContext   *context,
                             int                page_nr)
{
  HearthPackPrint *self = HEARTH_PACK_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (width / HEARTH_PACK_PAGE_WIDTH, height / HEARTH_PACK_PAGE_HEIGHT);

  if (page_nr < 0 || (guint) page_nr >= hearth_pack_document_get_n_pages (self->document))
    return;

  /* Centred on paper that is not A4, never cropped. */
  cairo_save (cr);
  cairo_translate (cr, (width - HEARTH_PACK_PAGE_WIDTH * scale) / 2.0,
                   (height - HEARTH_PACK_PAGE_HEIGHT * scale) / 2.0);
  cairo_scale (cr, scale, scale);
  hearth_pack_document_draw_page (self->document, cr, (guint) page_nr);
  cairo_restore (cr);
}

static void
hearth_pack_print_finalize (GObject *object)
{
  HearthPackPrint *self = HEARTH_PACK_PRINT (object);

  g_clear_pointer (&self->document, hearth_pack_document_free);

  G_OBJECT_CLASS (hearth_pack_print_parent_class)->finalize (object);
}

static void
hearth_pack_print_class_init (HearthPackPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = hearth_pack_print_finalize;
  operation_class->begin_print = hearth_pack_print_begin_print;
  operation_class->draw_page = hearth_pack_print_draw_page;
}

static void
hearth_pack_print_init (HearthPackPrint *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* The pack keeps its own margins, inside any printer's. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
}

/**
 * hearth_pack_print_new:
 * @document: (transfer full): a supervision pack
 *
 * Creates a print operation for @document: A4 portrait by default, each
 * page drawn by hearth_pack_document_draw_page().
 *
 * Returns: (transfer full): the print operation
 */
HearthPackPrint *
hearth_pack_print_new (HearthPackDocument *document)
{
  HearthPackPrint *self;

  g_return_val_if_fail (document != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_PACK_PRINT, NULL);
  self->document = document;
  /* Translators: the name of a print job. */
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), _("Supervision pack"));
  return self;
}

/**
 * hearth_pack_print_get_document:
 * @self: a print operation
 *
 * Returns: (transfer none): the pack it prints
 */
HearthPackDocument *
hearth_pack_print_get_document (HearthPackPrint *self)
{
  g_return_val_if_fail (HEARTH_IS_PACK_PRINT (self), NULL);

  return self->document;
}

/**
 * hearth_pack_print_load_document:
 * @store: the store
 * @registry: (nullable): the instruments
 * @levels: (nullable): the local names of the levels of need
 * @family: a stored family
 * @error: return location for a #HearthStoreError
 *
 * Reads a family's supervision pack, from the first record to today,
 * with the drift threshold of the preferences and prepared by the
 * store's actor, as the supervision page works the signals out.
 *
 * Returns: (transfer full): the pack, or %NULL with @error set
 */
HearthPackDocument *
hearth_pack_print_load_document (HearthStore               *store,
                                 HearthInstrumentRegistry  *registry,
                                 HearthLevelsOfNeed        *levels,
                                 HearthFamily              *family,
                                 GError                   **error)
{
  HearthPackOptions options;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (family != NULL, NULL);

  hearth_pack_options_init (&options);
  options.registry = registry;
  options.levels = levels;
  options.drift_weeks = read_drift_weeks ();
  return hearth_pack_load (store, family, &options, error);
}

/**
 * hearth_pack_print_new_for_family:
 * @store: the store
 * @registry: (nullable): the instruments
 * @levels: (nullable): the local names of the levels of need
 * @family: a stored family
 * @error: return location for a #HearthStoreError
 *
 * Reads a family's supervision pack as hearth_pack_print_load_document()
 * does, and makes a print operation of it.
 *
 * Returns: (transfer full): the print operation, or %NULL with @error set
 */
HearthPackPrint *
hearth_pack_print_new_for_family (HearthStore               *store,
                                  HearthInstrumentRegistry  *registry,
                                  HearthLevelsOfNeed        *levels,
                                  HearthFamily              *family,
                                  GError                   **error)
{
  HearthPackDocument *document;

  document = hearth_pack_print_load_document (store, registry, levels, family, error);
  return document != NULL ? hearth_pack_print_new (document) : NULL;
}

/**
 * hearth_pack_print_export:
 * @store: the store
 * @registry: (nullable): the instruments
 * @levels: (nullable): the local names of the levels of need
 * @family: a stored family
 * @file: where to write the PDF
 * @error: return location for a #HearthStoreError or #HearthChartError
 *
 * Writes a family's supervision pack, as hearth_pack_print_load_document()
 * reads it, to @file as a PDF only its owner may read.
 *
 * Returns: %TRUE on success
 */
gboolean
hearth_pack_print_export (HearthStore               *store,
                          HearthInstrumentRegistry  *registry,
                          HearthLevelsOfNeed        *levels,
                          HearthFamily              *family,
                          GFile                     *file,
                          GError                   **error)
{
  g_autoptr(HearthPackDocument) document = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The pack is written with owner-only permissions, which only a local
   * file can promise. */
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_WRITE,
                           _("The supervision pack can only be saved to a folder on this "
                             "computer."));
      return FALSE;
    }

  document = hearth_pack_print_load_document (store, registry, levels, family, error);
  return document != NULL && hearth_pack_document_write_pdf (document, path, error);
}

/**
 * hearth_pack_print_dup_file_name:
 * @family: a family
 *
 * Returns: (transfer full): a file name to suggest for the family's
 *   pack, such as "HTC-2023-0001 supervision pack.pdf"
 */
char *
hearth_pack_print_dup_file_name (HearthFamily *family)
{
  g_autofree char *reference = NULL;

  g_return_val_if_fail (family != NULL, NULL);

  /* A case reference may hold characters no file name can. */
  reference = g_strdelimit (g_strdup (family->case_reference), "/\\:*?\"<>|", '-');
  /* Translators: a file name; %s is a case reference. */
  return g_strdup_printf (_("%s supervision pack.pdf"), reference);
}
