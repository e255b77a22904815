/* test-cli-maintenance.c
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
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "hearth-test-store.h"

/* `hearth-cli check`, `backup` and `restore`, end to end. */

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
run_cli (Result     *result,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("HEARTH_CLI"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  result->status = g_subprocess_get_exit_status (child);
}

static void
test_backup_restore_check (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *restored = g_build_filename (fixture->dir, "new", "hearth.db", NULL);
  g_autoptr(HearthFamily) family = add_family (fixture->store, "HX-CLI-1", "Oakfoot household");
  g_autoptr(HearthPerson) child = add_child (fixture->store, family->id, "Bramble Oakfoot", "2015-04-01");
  g_autofree char *before = NULL;
  struct stat st;

  /* The store stays open, as the GUI would be, through the backup. */
  {
    g_auto(Result) result = { 0 };

    run_cli (&result, "--database", fixture->path, "check", NULL);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_cmpstr (result.out, ==, "The database is sound: the integrity and link checks passed, "
                                     "and all 2 audit trail entries verify.\n");
    g_assert_cmpstr (result.err, ==, "");
  }
  {
    g_auto(Result) result = { 0 };

    run_cli (&result, "--database", fixture->path, "backup", backup, NULL);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_cmpstr (result.err, ==, "");
    g_assert_cmpint (g_stat (backup, &st), ==, 0);
    g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  }
  {
    g_auto(Result) result = { 0 };

    run_cli (&result, "--database", restored, "restore", backup, NULL);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_cmpstr (result.err, ==, "");
  }
  {
    g_auto(Result) result = { 0 };

    run_cli (&result, "--database", restored, "family", "HX-CLI-1", NULL);
    g_assert_cmpint (result.status, ==, 0);
    g_assert_nonnull (strstr (result.out, "Bramble Oakfoot"));
  }

  /* A second restore onto the same path is refused, leaving it as it is. */
  before = hearth_test_checksum_file (restored);
  {
    g_auto(Result) result = { 0 };
    g_autofree char *after = NULL;

    run_cli (&result, "--database", restored, "restore", backup, NULL);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_cmpstr (result.err, ==, "hearth-cli: Could not restore the backup because a file "
                                     "already exists at the path given; nothing was changed.\n");
    after = hearth_test_checksum_file (restored);
    g_assert_cmpstr (before, ==, after);
  }

  /* check never creates a database where there was none. */
  {
    g_auto(Result) result = { 0 };
    g_autofree char *nowhere = g_build_filename (fixture->dir, "nowhere.db", NULL);

    run_cli (&result, "--database", nowhere, "check", NULL);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/maintenance/backup-restore-check", Fixture, NULL, fixture_set_up,
              test_backup_restore_check, fixture_tear_down);

  return g_test_run ();
}
