/* test-data-install.c — meson install into a DESTDIR, then start what was installed
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
#include <string.h>
#include <sys/wait.h>

/* One temporary DESTDIR for the whole program: installing takes a few
 * seconds, and every test below looks at the same installation. */
static char *destdir;

static char *
installed (const char *variable,
           const char *first,
           ...)
{
  const char *dir = g_getenv (variable);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (dir);
  g_ptr_array_add (parts, destdir);
  g_ptr_array_add (parts, (gpointer) dir);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static char *
run (const char * const *argv,
     const char * const *envp,
     int                *exit_status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, (char **) envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (err != NULL && err[0] != '\0')
    g_test_message ("%s: %s", argv[0], err);
  *exit_status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;

  return out;
}

static void
install_into_destdir (void)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = {
    g_getenv ("HEARTH_MESON"), "install", "-C", g_getenv ("HEARTH_BUILD_ROOT"),
    "--no-rebuild", "--quiet", "--destdir", NULL, NULL
  };
  g_autofree char *out = NULL;
  int status;

  destdir = g_dir_make_tmp ("hearth-install-XXXXXX", &error);
  g_assert_no_error (error);

  argv[7] = destdir;
  g_assert_nonnull (argv[0]);
  g_assert_nonnull (argv[3]);
  out = run (argv, NULL, &status);
  g_assert_cmpint (status, ==, 0);
}

static void
assert_installed (char *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_test_message ("not installed: %s", path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_free (path);
}

static void
test_paths (void)
{
  g_autofree char *bindir = installed ("HEARTH_INSTALL_BINDIR", NULL);
  g_autofree char *instruments = installed ("HEARTH_INSTALL_PKGDATADIR", "instruments", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_instruments = 0;

  assert_installed (g_build_filename (bindir, "hearth", NULL));
  assert_installed (g_build_filename (bindir, "hearth-cli", NULL));
  g_assert_true (g_file_test (bindir, G_FILE_TEST_IS_DIR));
  {
    g_autofree char *hearth = g_build_filename (bindir, "hearth", NULL);
    g_autofree char *cli = g_build_filename (bindir, "hearth-cli", NULL);

    g_assert_true (g_file_test (hearth, G_FILE_TEST_IS_EXECUTABLE));
    g_assert_true (g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE));
  }

  assert_installed (installed ("HEARTH_INSTALL_DATADIR", "applications",
                               APPLICATION_ID ".desktop", NULL));
  assert_installed (installed ("HEARTH_INSTALL_DATADIR", "metainfo",
                               APPLICATION_ID ".metainfo.xml", NULL));
  assert_installed (installed ("HEARTH_INSTALL_DATADIR", "icons", "hicolor", "scalable", "apps",
                               APPLICATION_ID ".svg", NULL));
  assert_installed (installed ("HEARTH_INSTALL_DATADIR", "icons", "hicolor", "symbolic", "apps",
                               APPLICATION_ID "-symbolic.svg", NULL));
  assert_installed (installed ("HEARTH_INSTALL_DATADIR", "glib-2.0", "schemas",
                               APPLICATION_ID ".gschema.xml", NULL));
  assert_installed (installed ("HEARTH_INSTALL_LOCALEDIR", "cy", "LC_MESSAGES",
                               GETTEXT_PACKAGE ".mo", NULL));

  /* The instruments are installed as they are, untranslated (STYLE.md). */
  dir = g_dir_open (instruments, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_instruments += g_str_has_suffix (name, ".xml") ? 1 : 0;
  g_assert_cmpuint (n_instruments, >=, 2);
  assert_installed (g_build_filename (instruments, "instrument.rng", NULL));
}

/* The installed desktop file carries the Welsh translation merged in, and
 * still validates. */
static void
test_desktop_file (void)
{
  g_autofree char *path = installed ("HEARTH_INSTALL_DATADIR", "applications",
                                     APPLICATION_ID ".desktop", NULL);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *welsh = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "desktop-file-validate", path, NULL };
  int status;

  g_key_file_load_from_file (keyfile, path, G_KEY_FILE_KEEP_TRANSLATIONS, &error);
  g_assert_no_error (error);
  comment = g_key_file_get_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, "Comment", &error);
  g_assert_no_error (error);
  welsh = g_key_file_get_locale_string (keyfile, G_KEY_FILE_DESKTOP_GROUP, "Comment", "cy", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (welsh, !=, comment);

  out = run (argv, NULL, &status);
  g_assert_cmpint (status, ==, 0);
}

static char **
installed_environment (void)
{
  g_autofree char *schemas = installed ("HEARTH_INSTALL_DATADIR", "glib-2.0", "schemas", NULL);
  g_autofree char *out = NULL;
  char **envp = g_get_environ ();
  const char *compile_argv[] = { "glib-compile-schemas", "--strict", schemas, NULL };
  int status;

  /* What the post-install script does outside a DESTDIR. */
  out = run (compile_argv, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", schemas, TRUE);
  envp = g_environ_unsetenv (envp, "HEARTH_LOCALEDIR");
  return envp;
}

static void
test_cli (void)
{
  g_autofree char *cli = installed ("HEARTH_INSTALL_BINDIR", "hearth-cli", NULL);
  g_autofree char *database = g_build_filename (destdir, "cli.db", NULL);
  g_auto(GStrv) envp = installed_environment ();
  const char *version_argv[] = { cli, "--version", NULL };
  const char *list_argv[] = { cli, "--database", database, "instruments", "list", NULL };
  g_autofree char *version = NULL;
  g_autofree char *list = NULL;
  int status;

  version = run (version_argv, (const char * const *) envp, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (version, PACKAGE_VERSION));

  list = run (list_argv, (const char * const *) envp, &status);
  g_test_message ("instruments list: %s", list);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (list, "neglect-screening"));
  g_assert_nonnull (strstr (list, "home-conditions"));
}

/* The installed GUI starts, draws its window, prints how long that took and
 * quits by itself. Needs the display the test wrapper provides. */
static void
test_gui_bench_startup (void)
{
  g_autofree char *hearth = installed ("HEARTH_INSTALL_BINDIR", "hearth", NULL);
  g_autofree char *database = g_build_filename (destdir, "gui", "hearth.db", NULL);
  g_auto(GStrv) envp = installed_environment ();
  const char *argv[] = { hearth, "--database", database, "--bench-startup", NULL };
  g_autofree char *out = NULL;
  char *end = NULL;
  double ms;
  gint64 spawned_us;
  double lifetime_ms;
  int status;

  spawned_us = g_get_monotonic_time ();
  out = run (argv, (const char * const *) envp, &status);
  lifetime_ms = (g_get_monotonic_time () - spawned_us) / 1000.0;
  g_test_message ("hearth --bench-startup: %s", out);
  g_assert_cmpint (status, ==, 0);

  ms = g_ascii_strtod (out, &end);
  g_assert_true (end != out);
  g_assert_cmpstr (end, ==, "\n");
  g_assert_cmpfloat (ms, >, 0);
  /* Counted from the process's start, which the kernel keeps to the
   * nearest 10 ms: never longer than the process lived. */
  g_assert_cmpfloat (ms, <=, lifetime_ms + 5);
  g_assert_true (g_file_test (database, G_FILE_TEST_IS_REGULAR));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  install_into_destdir ();

  g_test_add_func ("/data/install/paths", test_paths);
  g_test_add_func ("/data/install/desktop-file", test_desktop_file);
  g_test_add_func ("/data/install/cli", test_cli);
  g_test_add_func ("/data/install/gui-bench-startup", test_gui_bench_startup);

  status = g_test_run ();

  {
    g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", destdir);

    g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL);
  }
  g_free (destdir);
  return status;
}
