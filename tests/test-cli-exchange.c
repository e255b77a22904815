/* test-cli-exchange.c
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
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "hearth-test-family.h"
#include "hearth-test-tmpdir.h"

/* hearth-cli export, import and training, run as a user would: a separate
 * process on real files, with its data directory in a fresh folder. */

typedef struct
{
  char *dir;
  char *data_home;   /* $XDG_DATA_HOME for the processes */
  char *path;        /* a database with the test family */
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
  g_free (result->out);
  g_free (result->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->data_home = g_build_filename (fixture->dir, "data", NULL);
  fixture->path = g_build_filename (fixture->dir, "family.db", NULL);

  store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  hearth_store_set_actor (store, "test-actor");
  test_family_build (store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->data_home);
  g_free (fixture->dir);
}

/* Runs hearth-cli with ARGS… and collects its exit status and output. */
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

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->data_home, TRUE);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (child, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  result->status = g_subprocess_get_exit_status (child);
}

/* A refusal: status 1 and one sentence on standard error, nothing else. */
static void
assert_refused (const Result *result,
                const char   *expect)
{
  g_test_message ("%s", result->err);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "hearth-cli: "));
  g_assert_true (g_str_has_suffix (result->err, ".\n"));
  /* One line: the only line break is the last character. */
  g_assert_cmpint (strchr (result->err, '\n') - result->err, ==, (int) strlen (result->err) - 1);
  g_assert_nonnull (strstr (result->err, expect));
  g_assert_null (strstr (result->err, "Thistlewood"));
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(Result) export = { 0 };
  g_auto(Result) import = { 0 };
  g_auto(Result) again = { 0 };
  g_auto(Result) to_stdout = { 0 };
  g_autofree char *first = g_build_filename (fixture->dir, "first.xml", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "second.xml", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  GStatBuf st;

  run_cli (fixture, &export, "--database", fixture->path, "export", TEST_FAMILY_REFERENCE,
           "--out", first, NULL);
  g_assert_cmpstr (export.err, ==, "");
  g_assert_cmpint (export.status, ==, 0);
  g_assert_cmpint (g_stat (first, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Into a database that does not exist yet. */
  run_cli (fixture, &import, "--database", empty, "import", first, NULL);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpstr (import.out, ==, "Imported " TEST_FAMILY_REFERENCE "\n");

  run_cli (fixture, &again, "--database", empty, "export", TEST_FAMILY_REFERENCE,
           "--out=" "-", NULL);
  g_assert_cmpint (again.status, ==, 0);

  run_cli (fixture, &to_stdout, "--database", empty, "export", TEST_FAMILY_REFERENCE, "--out",
           second, NULL);
  g_assert_cmpint (to_stdout.status, ==, 0);

  first_text = read_file (first);
  second_text = read_file (second);
  g_assert_cmpstr (first_text, ==, second_text);
  g_assert_cmpstr (again.out, ==, first_text);
}

static void
test_existing_and_replace (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(Result) export = { 0 };
  g_auto(Result) refused = { 0 };
  g_auto(Result) replaced = { 0 };
  g_auto(Result) again = { 0 };
  g_autofree char *file = g_build_filename (fixture->dir, "family.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *first_text = NULL;

  run_cli (fixture, &export, "--database", fixture->path, "export", TEST_FAMILY_REFERENCE,
           "--out", file, NULL);
  g_assert_cmpint (export.status, ==, 0);

  before = hearth_test_checksum_file (fixture->path);
  run_cli (fixture, &refused, "--database", fixture->path, "import", file, NULL);
  assert_refused (&refused, "already has a family with the case reference");
  after = hearth_test_checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);

  run_cli (fixture, &replaced, "--database", fixture->path, "import", "--replace", file, NULL);
  g_assert_cmpstr (replaced.err, ==, "");
  g_assert_cmpint (replaced.status, ==, 0);

  run_cli (fixture, &again, "--database", fixture->path, "export", TEST_FAMILY_REFERENCE,
           "--out", "-", NULL);
  g_assert_cmpint (again.status, ==, 0);
  first_text = read_file (file);
  g_assert_cmpstr (again.out, ==, first_text);
}

static const struct
{
  const char *name;
  const char *find;
  const char *with;
  const char *expect;
} bad_edits[] = {
  { "dangling", "<present person=\"p3\"/>", "<present person=\"p8\"/>", "does not name" },
  { "before-1900", "born=\"2015-06-01\"", "born=\"1850-06-01\"", "before 1900" },
  { "doctype", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
    "<?xml version=\"1.0\"?><!DOCTYPE hearth-family [<!ENTITY x \"x\">]>", "DOCTYPE" },
  { "schema", "<periods>", "<periods><period/>", "family exchange schema" },
  { "duplicate", "id=\"e2\"", "id=\"e1\"", "already used" },
};

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(Result) export = { 0 };
  g_autofree char *good_path = g_build_filename (fixture->dir, "good.xml", NULL);
  g_autofree char *fresh = g_build_filename (fixture->dir, "fresh.db", NULL);
  g_autofree char *good = NULL;
  g_autofree char *before = NULL;

  run_cli (fixture, &export, "--database", fixture->path, "export", TEST_FAMILY_REFERENCE,
           "--out", good_path, NULL);
  g_assert_cmpint (export.status, ==, 0);
  good = read_file (good_path);
  before = hearth_test_checksum_file (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (bad_edits); i++)
    {
      g_auto(Result) replace = { 0 };
      g_auto(Result) create = { 0 };
      g_autoptr(GString) text = g_string_new (good);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s/%s.xml", fixture->dir, bad_edits[i].name);
      g_autofree char *after = NULL;

      g_assert_nonnull (strstr (text->str, bad_edits[i].find));
      g_string_replace (text, bad_edits[i].find, bad_edits[i].with, 1);
      g_assert_true (g_file_set_contents (path, text->str, text->len, &error));

      run_cli (fixture, &replace, "--database", fixture->path, "import", "--replace", path, NULL);
      assert_refused (&replace, bad_edits[i].expect);
      after = hearth_test_checksum_file (fixture->path);
      g_assert_cmpstr (before, ==, after);

      /* A refused file does not even create the database it was meant for. */
      run_cli (fixture, &create, "--database", fresh, "import", path, NULL);
      assert_refused (&create, bad_edits[i].expect);
      g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
    }
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(Result) no_out = { 0 };
  g_auto(Result) no_ref = { 0 };
  g_auto(Result) no_file = { 0 };
  g_auto(Result) both = { 0 };
  g_auto(Result) missing_db = { 0 };
  g_auto(Result) missing_file = { 0 };
  g_auto(Result) not_found = { 0 };
  g_auto(Result) bad_training = { 0 };
  g_autofree char *nowhere = g_build_filename (fixture->dir, "nowhere.db", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "out.xml", NULL);

  run_cli (fixture, &no_out, "--database", fixture->path, "export", TEST_FAMILY_REFERENCE, NULL);
  g_assert_cmpint (no_out.status, ==, 2);
  run_cli (fixture, &no_ref, "--database", fixture->path, "export", "--out", out, NULL);
  g_assert_cmpint (no_ref.status, ==, 2);
  run_cli (fixture, &no_file, "--database", fixture->path, "import", NULL);
  g_assert_cmpint (no_file.status, ==, 2);
  run_cli (fixture, &both, "--database", fixture->path, "--training", "families", NULL);
  g_assert_cmpint (both.status, ==, 2);
  run_cli (fixture, &bad_training, "--database", fixture->path, "training", "restart", NULL);
  g_assert_cmpint (bad_training.status, ==, 2);

  run_cli (fixture, &missing_db, "--database", nowhere, "export", TEST_FAMILY_REFERENCE,
           "--out", out, NULL);
  assert_refused (&missing_db, "no database");
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  run_cli (fixture, &missing_file, "--database", fixture->path, "import", out, NULL);
  assert_refused (&missing_file, "does not exist");

  run_cli (fixture, &not_found, "--database", fixture->path, "export", "HX-NOBODY", "--out", out,
           NULL);
  assert_refused (&not_found, "not in the database");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* hearth-cli --training and training reset work on the training database
 * and never write to the real one: the real file's checksum proves it. */
static void
test_training_never_touches_real (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real_dir = g_build_filename (fixture->data_home, "hearth", NULL);
  g_autofree char *real = g_build_filename (real_dir, "hearth.db", NULL);
  g_autofree char *training = g_build_filename (real_dir, "training.db", NULL);
  g_autofree char *exported = g_build_filename (fixture->dir, "training-family.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Result) list = { 0 };
  g_auto(Result) reset = { 0 };
  g_auto(Result) export = { 0 };
  g_auto(Result) import = { 0 };
  g_auto(Result) show = { 0 };
  g_auto(Result) real_list = { 0 };

  /* The real database, with a real-looking family, where hearth-cli
   * looks by default. */
  g_assert_cmpint (g_mkdir_with_parents (real_dir, 0700), ==, 0);
  {
    g_autoptr(HearthStore) store = hearth_store_open (real, &error);

    g_assert_no_error (error);
    test_family_build (store);
  }
  before = hearth_test_checksum_file (real);

  run_cli (fixture, &list, "--training", "families", NULL);
  g_assert_cmpstr (list.err, ==, "");
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "TRN-FERNSBY-01\tThe Fernsby family\n"));
  g_assert_nonnull (strstr (list.out, "TRN-GORSEWICK-02\t"));
  g_assert_nonnull (strstr (list.out, "TRN-NETTLEBURY-03\t"));
  g_assert_null (strstr (list.out, TEST_FAMILY_REFERENCE));

  run_cli (fixture, &reset, "training", "reset", NULL);
  g_assert_cmpint (reset.status, ==, 0);
  g_assert_cmpstr (reset.out, ==, "Reset the training data: 3 fictional families\n");

  run_cli (fixture, &export, "--training", "export", "TRN-GORSEWICK-02", "--out", exported, NULL);
  g_assert_cmpint (export.status, ==, 0);
  run_cli (fixture, &import, "--training", "import", "--replace", exported, NULL);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_cmpint (import.status, ==, 0);
  run_cli (fixture, &show, "--training", "family", "TRN-GORSEWICK-02", NULL);
  g_assert_cmpint (show.status, ==, 0);
  g_assert_nonnull (strstr (show.out, "Dex Harrowby"));

  g_assert_true (g_file_test (training, G_FILE_TEST_IS_REGULAR));
  after = hearth_test_checksum_file (real);
  g_assert_cmpstr (before, ==, after);

  run_cli (fixture, &real_list, "families", NULL);
  g_assert_cmpint (real_list.status, ==, 0);
  g_assert_cmpstr (real_list.out, ==, TEST_FAMILY_REFERENCE "\t" TEST_FAMILY_NAME "\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/exchange/round-trip", test_round_trip);
  ADD ("/cli/exchange/existing-and-replace", test_existing_and_replace);
  ADD ("/cli/exchange/bad-files", test_bad_files);
  ADD ("/cli/exchange/usage", test_usage);
  ADD ("/cli/training/never-touches-real", test_training_never_touches_real);

  return g_test_run ();
}
