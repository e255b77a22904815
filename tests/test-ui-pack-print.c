/* test-ui-pack-print.c — printing the supervision pack
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

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sys/stat.h>

#include "windows/hearth-family-page.h"
#include "windows/hearth-pack-print.h"

#include "hearth-test-chart-family.h"
#include "hearth-test-pack.h"
#include "hearth-test-tmpdir.h"

/* What GtkPrintOperation prints is the pack's own drawing: GTK's export
 * of the print operation and the pack's PDF hold the same words at the
 * same places, page for page. */

typedef struct
{
  char                     *dir;
  HearthStore              *store;
  HearthInstrumentRegistry *registry;
  HearthFamily             *family;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *extra = NULL;
  HearthTestChartFamily family;

  fixture->dir = hearth_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "hearth.db", NULL);
  extra = g_build_filename (fixture->dir, "instruments", NULL);
  fixture->store = hearth_store_open (path, &error);
  g_assert_no_error (error);
  fixture->registry = hearth_instrument_registry_new (extra, &error);
  g_assert_no_error (error);
  hearth_test_chart_fill (fixture->store, fixture->registry, &family);
  fixture->family = hearth_store_load_family (fixture->store, family.family_id, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_pointer (&fixture->family, hearth_family_unref);
  g_clear_object (&fixture->registry);
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_same_drawing (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *own = g_build_filename (fixture->dir, "own.pdf", NULL);
  g_autofree char *printed = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(HearthPackPrint) print = NULL;
  g_autoptr(HearthTestPdf) own_pdf = NULL;
  g_autoptr(HearthTestPdf) printed_pdf = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  guint n_pages;

  print = hearth_pack_print_new_for_family (fixture->store, fixture->registry, NULL,
                                            fixture->family, &error);
  g_assert_no_error (error);
  n_pages = hearth_pack_document_get_n_pages (hearth_pack_print_get_document (print));
  g_assert_true (hearth_pack_document_write_pdf (hearth_pack_print_get_document (print), own,
                                                 &error));
  g_assert_no_error (error);

  /* GTK's own rendering of the print job, to a file. */
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), FALSE);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), printed);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  own_pdf = hearth_test_pdf_load (own);
  printed_pdf = hearth_test_pdf_load (printed);
  if (own_pdf == NULL || printed_pdf == NULL)
    return;

  hearth_test_pack_check_pages (own_pdf, n_pages, HEARTH_TEST_CHART_REFERENCE);
  g_assert_cmpuint (hearth_test_pdf_get_n_pages (printed_pdf), ==, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      HearthTestPdfPage *a = hearth_test_pdf_get_page (own_pdf, p);
      HearthTestPdfPage *b = hearth_test_pdf_get_page (printed_pdf, p);

      /* GTK's A4 is 595.28 × 841.89 points, the pack's 595 × 842: the
       * page is scaled by less than a thousandth and centred. */
      g_assert_cmpfloat (fabs (b->width - HEARTH_PACK_PAGE_WIDTH), <, 1.0);
      g_assert_cmpfloat (fabs (b->height - HEARTH_PACK_PAGE_HEIGHT), <, 1.0);
      g_assert_cmpuint (a->words->len, ==, b->words->len);
      for (guint w = 0; w < a->words->len; w++)
        {
          const HearthTestPdfWord *wa = &g_array_index (a->words, HearthTestPdfWord, w);
          const HearthTestPdfWord *wb = &g_array_index (b->words, HearthTestPdfWord, w);

          g_assert_cmpstr (wa->text, ==, wb->text);
          g_assert_cmpfloat (fabs (wa->x_min - wb->x_min), <, 1.0);
          g_assert_cmpfloat (fabs (wa->y_min - wb->y_min), <, 1.0);
        }
    }
}

static void
test_export (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "exported.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) remote = g_file_new_for_uri ("resource:///io/github/hearthapp/Hearth/pack.pdf");
  g_autoptr(HearthFamily) odd = hearth_family_new ("HTC/2023:0001", "The Oakfoot family");
  g_autoptr(HearthTestPdf) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GStatBuf buf;

  g_assert_true (hearth_pack_print_export (fixture->store, fixture->registry, NULL,
                                           fixture->family, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  pdf = hearth_test_pdf_load (path);
  if (pdf != NULL)
    g_assert_cmpint (hearth_test_pdf_find (pdf, "The McTestface family"), ==, 0);

  /* Only a local file can be kept private: anything else is refused. */
  g_assert_false (hearth_pack_print_export (fixture->store, fixture->registry, NULL,
                                            fixture->family, remote, &error));
  g_assert_error (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_WRITE);

  name = hearth_pack_print_dup_file_name (odd);
  g_assert_cmpstr (name, ==, "HTC-2023-0001 supervision pack.pdf");
}

static void
test_family_page_actions (void)
{
  GtkWidgetClass *klass = g_type_class_ref (HEARTH_TYPE_FAMILY_PAGE);
  gboolean print = FALSE, export = FALSE;
  const GVariantType *parameter;
  const char *name, *property;
  GType owner;

  /* GTK fills every out argument: none may be NULL. */
  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &name, &parameter, &property); i++)
    {
      print = print || g_str_equal (name, "page.print-pack");
      export = export || g_str_equal (name, "page.export-pack");
    }
  g_assert_true (print);
  g_assert_true (export);
  g_type_class_unref (klass);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/pack-print/same-drawing", Fixture, NULL, fixture_set_up, test_same_drawing,
              fixture_tear_down);
  g_test_add ("/ui/pack-print/export", Fixture, NULL, fixture_set_up, test_export,
              fixture_tear_down);
  g_test_add_func ("/ui/pack-print/family-page-actions", test_family_page_actions);

  return g_test_run ();
}
