/* test-cli-instruments.c
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

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

/* `hearth-cli instruments`, run as scripts run it: exit status, standard
 * output and standard error. Each run gets its own XDG_DATA_HOME so the
 * user's own instruments never leak in. */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (const char          *data_home,
         const char * const  *args,
         Run                 *run)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("HEARTH_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;

  return n;
}

static char *
make_data_home (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hearth-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_data_home (const char *dir)
{
  g_autofree char *hearth = g_build_filename (dir, "hearth", NULL);
  g_autofree char *instruments = g_build_filename (hearth, "instruments", NULL);
  g_autoptr(GDir) listing = g_dir_open (instruments, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (instruments, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_rmdir (instruments);
  g_rmdir (hearth);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_list (void)
{
  g_autofree char *home = make_data_home ();
  g_auto(Run) run = { 0 };

  run_cli (home, (const char *[]) { "instruments", "list", NULL }, &run);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "home-conditions\t1\thousehold\tHome conditions\n"
                   "neglect-screening\t1\tchild\tNeglect screening\n");
  g_assert_cmpstr (run.err, ==, "");

  remove_data_home (home);
}

static void
copy_fixture (const char *dir,
              const char *kind,
              const char *name,
              const char *as)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "instruments", kind,
                                                   name, NULL);
  g_autofree char *target = g_build_filename (dir, as, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (target, contents, length, &error);
  g_assert_no_error (error);
}

/* A partnership's own definitions in the user's data folder are listed;
 * a broken one is reported but does not fail the listing. */
static void
test_list_user_instruments (void)
{
  g_autofree char *home = make_data_home ();
  g_autofree char *dir = g_build_filename (home, "hearth", "instruments", NULL);
  g_auto(Run) run = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  copy_fixture (dir, "good", "minimal.xml", "ours.xml");
  copy_fixture (dir, "bad", "billion-laughs.xml", "theirs.xml");

  run_cli (home, (const char *[]) { "instruments", "list", NULL }, &run);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "home-conditions\t1\thousehold\tHome conditions\n"
                   "neglect-screening\t1\tchild\tNeglect screening\n"
                   "test-minimal\t1\tchild\tTest minimal\n");
  g_assert_cmpstr (run.err, ==,
                   "hearth-cli: theirs.xml line 2: a DOCTYPE declaration is not allowed in "
                   "this file.\n");

  remove_data_home (home);
}

static void
test_validate_good (void)
{
  g_autofree char *home = make_data_home ();
  g_autofree char *home_conditions = g_build_filename (g_getenv ("HEARTH_SOURCE_DIR"),
                                                       "resources", "instruments",
                                                       "home-conditions.xml", NULL);
  g_autofree char *neglect = g_build_filename (g_getenv ("HEARTH_SOURCE_DIR"), "resources",
                                               "instruments", "neglect-screening.xml", NULL);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "instruments", "good",
                                                    "minimal.xml", NULL);
  const char *files[] = { home_conditions, neglect, minimal };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *expected = g_strdup_printf ("%s: valid\n", files[i]);

      run_cli (home, (const char *[]) { "instruments", "validate", files[i], NULL }, &run);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, expected);
      g_assert_cmpstr (run.err, ==, "");
    }

  remove_data_home (home);
}

static void
test_validate_bad (void)
{
  static const struct { const char *name; const char *err; } cases[] = {
    { "external-entity.xml",
      "hearth-cli: external-entity.xml line 2: a DOCTYPE declaration is not allowed in this "
      "file.\n" },
    { "missing-descriptor.xml",
      "hearth-cli: missing-descriptor.xml line 26: the item “baby” has no descriptor for "
      "level 3.\n" },
    { "band-overlap.xml", NULL },
    { "not-well-formed.xml", NULL },
    { "binary-nul.xml", NULL },
    { "schema-violation.xml", NULL },
    { "no-such-file.xml",
      "hearth-cli: no-such-file.xml could not be read because it does not exist.\n" },
  };
  g_autofree char *home = make_data_home ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "instruments", "bad",
                                                     cases[i].name, NULL);
      g_autofree char *prefix = g_strdup_printf ("hearth-cli: %s line ", cases[i].name);
      g_auto(Run) run = { 0 };

      run_cli (home, (const char *[]) { "instruments", "validate", path, NULL }, &run);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpuint (count_lines (run.err), ==, 1);
      g_assert_true (g_str_has_suffix (run.err, ".\n"));
      if (cases[i].err != NULL)
        g_assert_cmpstr (run.err, ==, cases[i].err);
      else
        g_assert_true (g_str_has_prefix (run.err, prefix));
    }

  remove_data_home (home);
}

static void
test_usage (void)
{
  static const char * const cases[][4] = {
    { NULL },
    { "instruments", NULL },
    { "instruments", "validate", NULL },
    { "instruments", "validate", "", NULL },
    { "instruments", "validate", "a.xml", "b.xml" },
    { "instruments", "list", "--all", NULL },
    { "instruments", "check", NULL },
  };
  g_autofree char *home = make_data_home ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[5] = { NULL };
      g_auto(Run) run = { 0 };

      for (guint a = 0; a < 4 && cases[i][a] != NULL; a++)
        args[a] = cases[i][a];

      run_cli (home, args, &run);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, !=, "");
    }

  remove_data_home (home);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/instruments/list", test_list);
  g_test_add_func ("/cli/instruments/list-user-instruments", test_list_user_instruments);
  g_test_add_func ("/cli/instruments/validate-good", test_validate_good);
  g_test_add_func ("/cli/instruments/validate-bad", test_validate_bad);
  g_test_add_func ("/cli/instruments/usage", test_usage);

  return g_test_run ();
}
