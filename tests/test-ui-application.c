/* test-ui-application.c — the real `hearth` binary: window, database, single instance
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
#include <signal.h>
#include <sys/stat.h>
#include <string.h>
#include <sys/wait.h>

#define OBJECT_PATH "/io/github/hearthapp/Hearth"

typedef struct
{
  char            *tmpdir;
  char            *db_path;
  GPid             pid;
  GDBusConnection *bus;
} Fixture;

static char *
introspect (GDBusConnection *bus,
            const char      *path)
{
  g_autoptr(GVariant) reply = NULL;
  char *xml = NULL;

  reply = g_dbus_connection_call_sync (bus, APPLICATION_ID, path,
                                       "org.freedesktop.DBus.Introspectable", "Introspect",
                                       NULL, G_VARIANT_TYPE ("(s)"),
                                       G_DBUS_CALL_FLAGS_NONE, 2000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(s)", &xml);
  return xml;
}

/* GtkApplication exports each of its windows as a child node of
 * OBJECT_PATH/window; counting the nodes counts the windows. */
static int
count_windows (GDBusConnection *bus)
{
  g_autofree char *xml = introspect (bus, OBJECT_PATH "/window");
  g_autoptr(GDBusNodeInfo) info = NULL;
  int n = 0;

  if (xml == NULL)
    return -1;
  info = g_dbus_node_info_new_for_xml (xml, NULL);
  if (info == NULL)
    return -1;
  for (GDBusNodeInfo **node = info->nodes; node != NULL && *node != NULL; node++)
    n++;
  return n;
}

static gboolean
wait_for_windows (GDBusConnection *bus,
                  int              expected,
                  int              timeout_ms)
{
  for (int waited = 0; waited < timeout_ms; waited += 100)
    {
      if (count_windows (bus) == expected)
        return TRUE;
      g_usleep (100 * 1000);
    }
  return FALSE;
}

static gboolean
wait_for_exit (GPid  pid,
               int   timeout_ms,
               int  *status)
{
  for (int waited = 0; waited < timeout_ms; waited += 50)
    {
      if (waitpid (pid, status, WNOHANG) == pid)
        return TRUE;
      g_usleep (50 * 1000);
    }
  return FALSE;
}

static void
screenshot (const char *name)
{
  const char *dir = g_getenv ("HEARTH_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autofree char *import = g_find_program_in_path ("import");
  int status = 0;

  if (dir == NULL || import == NULL)
    return;

  /* The window is exported before it is first drawn: give it a moment. */
  g_usleep (1500 * 1000);
  g_mkdir_with_parents (dir, 0755);
  path = g_build_filename (dir, name, NULL);
  {
    const char *argv[] = { import, "-window", "root", path, NULL };
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, NULL);
  }
  g_test_message ("screenshot: %s", path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->tmpdir = g_dir_make_tmp ("hearth-ui-XXXXXX", &error);
  g_assert_no_error (error);
  /* A nested, not-yet-existing directory: Hearth must create it owner-only. */
  fixture->db_path = g_build_filename (fixture->tmpdir, "data", "hearth", "hearth.db", NULL);
  fixture->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
}

static void
remove_tmpdir (const char *dir)
{
  g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", dir);

  g_assert_true (g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->pid > 0)
    {
      int status;

      kill (fixture->pid, SIGKILL);
      waitpid (fixture->pid, &status, 0);
    }
  g_clear_object (&fixture->bus);
  if (fixture->tmpdir != NULL)
    remove_tmpdir (fixture->tmpdir);
  g_free (fixture->db_path);
  g_free (fixture->tmpdir);
}

static void
start_hearth (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("HEARTH_GUI"), "--database", fixture->db_path, NULL };

  g_assert_nonnull (argv[0]);
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                 &fixture->pid, &error);
  g_assert_no_error (error);
  g_assert_true (wait_for_windows (fixture->bus, 1, 30000));
}

static void
quit_hearth (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  int status = -1;

  /* Quit through the application's own exported action, as a session
   * manager would: there is no window manager to close the window. The
   * application is gone before it could answer, so expect no reply. */
  g_dbus_connection_call (fixture->bus, APPLICATION_ID, OBJECT_PATH,
                          "org.gtk.Actions", "Activate",
                          g_variant_new ("(sava{sv})", "quit", NULL, NULL),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL, NULL);
  g_dbus_connection_flush_sync (fixture->bus, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (wait_for_exit (fixture->pid, 10000, &status));
  fixture->pid = 0;
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static void
test_opens_window_and_database (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->db_path);
  GStatBuf st;

  start_hearth (fixture);
  screenshot ("main-window-empty.png");

  /* The default-style database was created, owner-only. */
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (fixture->db_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  quit_hearth (fixture);
}

static void
test_single_instance (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("HEARTH_GUI"), "--database", fixture->db_path, NULL };
  int status = -1;

  start_hearth (fixture);

  /* The second launch hands over to the first and leaves at once. */
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* Still one process, one window. */
  g_assert_cmpint (kill (fixture->pid, 0), ==, 0);
  g_assert_cmpint (count_windows (fixture->bus), ==, 1);

  quit_hearth (fixture);
}

/* The start-up benchmark's path, with no passphrase chosen: the idle lock
 * costs one look for the passphrase file, before the first frame (the
 * time printed), and nothing of the lock is read or written at all. */
static void
test_bench_startup_lock_files (void)
{
  g_autofree char *strace = g_find_program_in_path ("strace");
  g_autofree char *tmpdir = NULL;
  g_autofree char *trace_path = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *trace = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) envp = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  gboolean frame_reported = FALSE;
  guint lookups = 0;
  int status = -1;

  if (strace == NULL)
    {
      g_test_skip ("strace is not installed");
      return;
    }

  tmpdir = g_dir_make_tmp ("hearth-ui-XXXXXX", &error);
  g_assert_no_error (error);
  trace_path = g_build_filename (tmpdir, "trace.txt", NULL);
  data_home = g_build_filename (tmpdir, "data", NULL);
  envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", data_home, TRUE);
  /* LeakSanitizer cannot run under ptrace and fails the process at exit;
   * the sanitizer pass checks leaks everywhere else. */
  {
    g_autofree char *asan = g_strconcat (g_environ_getenv (envp, "ASAN_OPTIONS") != NULL
                                           ? g_environ_getenv (envp, "ASAN_OPTIONS") : "",
                                         ":detect_leaks=0", NULL);

    envp = g_environ_setenv (envp, "ASAN_OPTIONS", asan, TRUE);
  }

  {
    const char *argv[] = { strace, "-f", "-qq", "-e", "trace=%file,write", "-o", trace_path,
                           g_getenv ("HEARTH_GUI"), "--bench-startup", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &out, NULL, &status, &error));
    g_assert_no_error (error);
  }
  if (!g_file_get_contents (trace_path, &trace, NULL, NULL) || trace[0] == '\0')
    {
      /* No ptrace here (a confined container): nothing to check. */
      g_test_skip ("strace could not trace hearth here");
      remove_tmpdir (tmpdir);
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  lines = g_strsplit (trace, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (strstr (line, "write(1, ") != NULL)
        frame_reported = TRUE;

      g_assert_null (strstr (line, "lock-throttle"));
      if (strstr (line, "lock-passphrase") == NULL)
        continue;

      /* Its existence only (a stat of some kind, not an open), and
       * before the first frame. */
      g_test_message ("%s", line);
      g_assert_false (frame_reported);
      g_assert_true (strstr (line, "stat") != NULL || strstr (line, "access") != NULL);
      g_assert_null (strstr (line, "open"));
      lookups++;
    }
  g_assert_true (frame_reported);
  g_assert_cmpuint (lookups, ==, 1);
  remove_tmpdir (tmpdir);
}

static void
test_version_and_bad_option (void)
{
  const char *version_argv[] = { g_getenv ("HEARTH_GUI"), "--version", NULL };
  const char *bad_argv[] = { g_getenv ("HEARTH_GUI"), "--no-such-option", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) version_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "hearth " PACKAGE_VERSION "\n");

  g_assert_true (g_spawn_sync (NULL, (char **) bad_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, &err, &status, NULL));
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "no-such-option"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ui/application/opens-window-and-database", Fixture, NULL,
              fixture_set_up, test_opens_window_and_database, fixture_tear_down);
  g_test_add ("/ui/application/single-instance", Fixture, NULL,
              fixture_set_up, test_single_instance, fixture_tear_down);
  g_test_add_func ("/ui/application/version-and-bad-option", test_version_and_bad_option);
  g_test_add_func ("/ui/application/bench-startup-lock-files", test_bench_startup_lock_files);

  return g_test_run ();
}
