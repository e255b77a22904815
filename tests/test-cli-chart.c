/* test-cli-chart.c — hearth-cli chart on a real database
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

#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "charts/hearth-chart-draw.h"

#include "hearth-test-chart-family.h"
#include "hearth-test-tmpdir.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autofree char *extra = NULL;
  HearthTestChartFamily family;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
  extra = g_build_filename (fixture->dir, "instruments", NULL);
  store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  registry = hearth_instrument_registry_new (extra, &error);
  g_assert_no_error (error);
  hearth_test_chart_fill (store, registry, &family);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Where a chart goes: the fixture's folder, or HEARTH_TEST_DUMP_DIR when
 * set, to look at by eye. */
static char *
build_out_path (Fixture    *fixture,
                const char *name)
{
  const char *dump = g_getenv ("HEARTH_TEST_DUMP_DIR");

  return g_build_filename (dump != NULL ? dump : fixture->dir, name, NULL);
}

static void
run_cli (Fixture    *fixture,
         Result     *result,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("HEARTH_CLI");
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "TZ", "UTC", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  /* No instruments or level names of the user's own. */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", fixture->dir, TRUE);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (child, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  result->status = g_subprocess_get_exit_status (child);
}

/* One sentence: the program's name, one full stop at the end, one line. */
static void
assert_one_sentence (const char *err)
{
  g_assert_true (g_str_has_prefix (err, "hearth-cli: "));
  g_assert_true (g_str_has_suffix (err, ".\n"));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  g_autoptr(cairo_surface_t) image = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
}

static void
test_timeline_png (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *out = build_out_path (fixture, "cli-timeline.png");
  g_autofree char *window = build_out_path (fixture, "cli-window.png");
  g_auto(Result) result = { 0 };
  g_auto(Result) windowed = { 0 };

  run_cli (fixture, &result, "--database", fixture->path, "chart", "timeline",
           HEARTH_TEST_CHART_REFERENCE, "--out", out, "--width", "1000", "--height", "420", NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  assert_png_size (out, 1000, 420);

  /* Options in any order, with "=", and a window of days. */
  run_cli (fixture, &windowed, "--database", fixture->path, "chart", "timeline",
           "--from=2023-05-01", "--to", "2023-07-31", "--out=", NULL);
  g_assert_cmpint (windowed.status, ==, 2);
  result_clear (&windowed);
  run_cli (fixture, &windowed, "--database", fixture->path, "chart", "timeline",
           "--from=2023-05-01", "--to", "2023-07-31", "--out", window, HEARTH_TEST_CHART_REFERENCE,
           NULL);
  g_assert_cmpint (windowed.status, ==, 0);
  assert_png_size (window, 1200, 600);
}

static void
test_comparisons (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *svg = build_out_path (fixture, "cli-siblings.svg");
  g_autofree char *pdf = build_out_path (fixture, "cli-progress.pdf");
  g_autofree char *png = build_out_path (fixture, "cli-home.png");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_auto(Result) siblings = { 0 };
  g_auto(Result) progress = { 0 };
  g_auto(Result) home = { 0 };
  xmlDoc *doc;
  xmlChar *width;

  run_cli (fixture, &siblings, "--database", fixture->path, "chart", "siblings",
           HEARTH_TEST_CHART_REFERENCE, "--out", svg, "--width", "700", "--height", "450", NULL);
  g_assert_cmpint (siblings.status, ==, 0);
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  width = xmlGetProp (xmlDocGetRootElement (doc), (const xmlChar *) "width");
  g_assert_cmpstr ((const char *) width, ==, "700px");
  xmlFree (width);
  xmlFreeDoc (doc);

  run_cli (fixture, &progress, "--database", fixture->path, "chart", "progress",
           HEARTH_TEST_CHART_REFERENCE, "--out", pdf, "--width", "842", "--height", "595", NULL);
  g_assert_cmpint (progress.status, ==, 0);
  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, pdf, NULL };
      g_autofree char *info = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &info, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_nonnull (strstr (info, "Page size:       842 x 595 pts"));
    }

  run_cli (fixture, &home, "--database", fixture->path, "chart", "home",
           HEARTH_TEST_CHART_REFERENCE, "--out", png, NULL);
  g_assert_cmpint (home.status, ==, 0);
  assert_png_size (png, 1200, 600);
}

static void
test_empty_family (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *out = build_out_path (fixture, "cli-empty.png");
  g_auto(Result) result = { 0 };

  /* A family with nothing recorded still gets a chart: an explained one. */
  run_cli (fixture, &result, "--database", fixture->path, "chart", "timeline",
           HEARTH_TEST_CHART_EMPTY_REFERENCE, "--out", out, "--width", "600", "--height", "300",
           NULL);
  g_assert_cmpint (result.status, ==, 0);
  assert_png_size (out, 600, 300);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *jpg = g_build_filename (fixture->dir, "chart.jpg", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "chart.png", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autofree char *before = hearth_test_checksum_file (fixture->path);
  g_autofree char *after = NULL;
  const struct
  {
    const char *args[10];
    int         status;
  } cases[] = {
    /* Usage errors: exit 2. */
    { { "chart", NULL }, 2 },
    { { "chart", "pie", HEARTH_TEST_CHART_REFERENCE, "--out", png, NULL }, 2 },
    { { "chart", "timeline", HEARTH_TEST_CHART_REFERENCE, NULL }, 2 },
    { { "chart", "timeline", "--out", png, NULL }, 2 },
    { { "chart", "timeline", HEARTH_TEST_CHART_REFERENCE, "--out", png, "--width", "wide", NULL },
      2 },
    { { "chart", "timeline", HEARTH_TEST_CHART_REFERENCE, "--out", png, "--height", "5", NULL },
      2 },
    { { "chart", "timeline", HEARTH_TEST_CHART_REFERENCE, "--out", png, "--from", "2024-13-01",
        NULL },
      2 },
    { { "chart", "timeline", HEARTH_TEST_CHART_REFERENCE, "--out", png, "--from", "2024-05-01",
        "--to", "2024-04-01" },
      2 },
    /* Errors: exit 1. */
    { { "chart", "timeline", HEARTH_TEST_CHART_REFERENCE, "--out", jpg, NULL }, 1 },
    { { "chart", "timeline", "HTC-NO-SUCH-CASE", "--out", png, NULL }, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) result = { 0 };

      run_cli (fixture, &result, "--database", fixture->path, cases[i].args[0], cases[i].args[1],
               cases[i].args[2], cases[i].args[3], cases[i].args[4], cases[i].args[5],
               cases[i].args[6], cases[i].args[7], cases[i].args[8], NULL);
      g_assert_cmpint (result.status, ==, cases[i].status);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_true (g_str_has_prefix (result.err, "hearth-cli: "));
      if (cases[i].status == 1)
        assert_one_sentence (result.err);
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));
    }

  /* A database that is not there is not created. */
  {
    g_auto(Result) result = { 0 };

    run_cli (fixture, &result, "--database", missing, "chart", "timeline",
             HEARTH_TEST_CHART_REFERENCE, "--out", png, NULL);
    g_assert_cmpint (result.status, ==, 1);
    assert_one_sentence (result.err);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  /* Drawing reads only: the database is unchanged. */
  after = hearth_test_checksum_file (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/chart/timeline-png", Fixture, NULL, fixture_set_up, test_timeline_png,
              fixture_tear_down);
  g_test_add ("/cli/chart/comparisons", Fixture, NULL, fixture_set_up, test_comparisons,
              fixture_tear_down);
  g_test_add ("/cli/chart/empty-family", Fixture, NULL, fixture_set_up, test_empty_family,
              fixture_tear_down);
  g_test_add ("/cli/chart/refusals", Fixture, NULL, fixture_set_up, test_refusals,
              fixture_tear_down);

  return g_test_run ();
}
