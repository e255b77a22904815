/* test-ui-training.c
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
#include <string.h>
#include <sys/wait.h>

#include "hearth-test-tmpdir.h"

/*
 * `hearth --training`, the installed-style binary, beside a real Hearth:
 * it registers as an instance of its own (…Hearth.Training), offers Reset
 * Training Data, draws the banner across its window, fills the training
 * database, and leaves the real database byte for byte as it was; and the
 * real Hearth's Open Training Mode starts it.
 */

#define REAL_ID APPLICATION_ID
#define REAL_PATH "/io/github/hearthapp/Hearth"
#define TRAINING_ID APPLICATION_ID ".Training"
#define TRAINING_PATH "/io/github/hearthapp/Hearth/Training"

/* A small real family for the real database. */
static const char real_family[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<hearth-family format=\"1\">\n"
  "  <family reference=\"HX-REAL-1\" name=\"Oakfoot household\" archived=\"false\""
  " created=\"2026-01-05T09:00:00Z\" updated=\"2026-01-05T09:00:00Z\"/>\n"
  "  <people>\n"
  "    <person id=\"p1\" kind=\"child\" name=\"Bramble Oakfoot\" born=\"2019-02-28\""
  " sex=\"female\" send=\"false\" role=\"parent\" lives-in-home=\"true\""
  " created=\"2026-01-05T09:00:00Z\" updated=\"2026-01-05T09:00:00Z\"/>\n"
  "  </people>\n"
  "  <visits/>\n  <assessments/>\n  <chronology/>\n  <periods/>\n  <supervisions/>\n"
  "  <audit/>\n"
  "</hearth-family>\n";

typedef struct
{
  char            *dir;
  char            *data_home;
  GPid             real_pid;
  GPid             training_pid;
  GDBusConnection *bus;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->data_home = g_build_filename (fixture->dir, "data", NULL);
  fixture->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
}

static void
stop (GPid *pid)
{
  int status;

  if (*pid <= 0)
    return;
  kill (*pid, SIGKILL);
  waitpid (*pid, &status, 0);
  *pid = 0;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  stop (&fixture->real_pid);
  stop (&fixture->training_pid);
  g_clear_object (&fixture->bus);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->data_home);
  g_free (fixture->dir);
}

static char **
make_env (Fixture *fixture)
{
  char **env = g_get_environ ();

  return g_environ_setenv (env, "XDG_DATA_HOME", fixture->data_home, TRUE);
}

static GPid
spawn (Fixture    *fixture,
       const char *option)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = make_env (fixture);
  const char *argv[] = { g_getenv ("HEARTH_GUI"), option, NULL };
  GPid pid = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* Runs hearth-cli with the test's data folder; returns its standard output. */
static char *
run_cli (Fixture    *fixture,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = make_env (fixture);
  char *out = NULL;
  int status = -1;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("HEARTH_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* GtkApplication exports each window as a child of PATH/window. */
static int
count_windows (Fixture    *fixture,
               const char *name,
               const char *path)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autofree char *window_path = g_strconcat (path, "/window", NULL);
  const char *xml = NULL;
  int n = 0;

  reply = g_dbus_connection_call_sync (fixture->bus, name, window_path,
                                       "org.freedesktop.DBus.Introspectable", "Introspect", NULL,
                                       G_VARIANT_TYPE ("(s)"), G_DBUS_CALL_FLAGS_NONE, 2000,
                                       NULL, NULL);
  if (reply == NULL)
    return -1;
  g_variant_get (reply, "(&s)", &xml);
  info = g_dbus_node_info_new_for_xml (xml, NULL);
  for (GDBusNodeInfo **node = info != NULL ? info->nodes : NULL; node != NULL && *node != NULL; node++)
    n++;
  return n;
}

static void
wait_for_window (Fixture    *fixture,
                 const char *name,
                 const char *path)
{
  for (int waited = 0; waited < 30000; waited += 100)
    {
      if (count_windows (fixture, name, path) == 1)
        {
          /* Exported before it is first drawn: give it a moment. */
          g_usleep (1500 * 1000);
          return;
        }
      g_usleep (100 * 1000);
    }
  g_assert_not_reached ();
}

static gboolean
has_action (Fixture    *fixture,
            const char *name,
            const char *path,
            const char *action)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **actions = NULL;

  reply = g_dbus_connection_call_sync (fixture->bus, name, path, "org.gtk.Actions", "List", NULL,
                                       G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, 2000,
                                       NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(^a&s)", &actions);
  return g_strv_contains (actions, action);
}

static void
quit (Fixture    *fixture,
      const char *name,
      const char *path,
      GPid       *pid)
{
  g_autoptr(GError) error = NULL;
  int status = -1;

  /* Through the application, as a session manager would: no window
   * manager runs here to close the window. */
  g_dbus_connection_call (fixture->bus, name, path, "org.gtk.Actions", "Activate",
                          g_variant_new ("(sava{sv})", "quit", NULL, NULL), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL, NULL);
  g_dbus_connection_flush_sync (fixture->bus, NULL, &error);
  g_assert_no_error (error);

  for (int waited = 0; waited < 10000 && waitpid (*pid, &status, WNOHANG) != *pid; waited += 50)
    g_usleep (50 * 1000);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  *pid = 0;
}

/* The share of amber pixels (the banner's colour) in a band along the top
 * of the screen, where the windows sit without a window manager; -1 when
 * the screen cannot be grabbed here. */
static double
amber_share_at_top (const char *dir)
{
  g_autofree char *import = g_find_program_in_path ("import");
  g_autofree char *path = g_build_filename (dir, "top.ppm", NULL);
  g_autofree char *ppm = NULL;
  gsize length = 0;
  int width, height, max, offset = 0, n = 0, amber = 0;
  int status = -1;

  if (import == NULL)
    return -1;

  {
    const char *argv[] = { import, "-window", "root", "-crop", "1000x20+8+8", "+repage",
                           "-depth", "8", path, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL
                       | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, NULL)
        || !g_spawn_check_wait_status (status, NULL)
        || !g_file_get_contents (path, &ppm, &length, NULL))
      return -1;
  }

  /* Binary PPM: "P6", width, height, maximum, one white space, then RGB. */
  if (sscanf (ppm, "P6 %d %d %d%n", &width, &height, &max, &offset) != 3 || max != 255
      || (gsize) offset + 1 + (gsize) width * height * 3 > length)
    return -1;
  offset++;

  for (gsize i = offset; i + 2 < (gsize) offset + (gsize) width * height * 3; i += 3)
    {
      guchar r = ppm[i], g = ppm[i + 1], b = ppm[i + 2];

      n++;
      if (r > 180 && g > 120 && b < 120)
        amber++;
    }

  return n > 0 ? (double) amber / n : 0;
}

static void
test_beside_the_real_one (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (fixture->dir, "real.xml", NULL);
  g_autofree char *real = g_build_filename (fixture->data_home, "hearth", "hearth.db", NULL);
  g_autofree char *training = g_build_filename (fixture->data_home, "hearth", "training.db", NULL);
  g_autofree char *imported = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *families = NULL;
  double with_banner, without_banner;

  /* The real database, with a real-looking family. */
  g_assert_true (g_file_set_contents (file, real_family, -1, &error));
  imported = run_cli (fixture, "import", file, NULL);
  g_assert_cmpstr (imported, ==, "Imported HX-REAL-1\n");
  before = hearth_test_checksum_file (real);

  /* The real Hearth first, then training beside it, on top. */
  fixture->real_pid = spawn (fixture, NULL);
  wait_for_window (fixture, REAL_ID, REAL_PATH);
  fixture->training_pid = spawn (fixture, "--training");
  wait_for_window (fixture, TRAINING_ID, TRAINING_PATH);

  g_assert_cmpint (count_windows (fixture, REAL_ID, REAL_PATH), ==, 1);
  g_assert_cmpint (count_windows (fixture, TRAINING_ID, TRAINING_PATH), ==, 1);
  g_assert_true (has_action (fixture, TRAINING_ID, TRAINING_PATH, "reset-training"));
  g_assert_false (has_action (fixture, REAL_ID, REAL_PATH, "reset-training"));

  with_banner = amber_share_at_top (fixture->dir);
  quit (fixture, TRAINING_ID, TRAINING_PATH, &fixture->training_pid);
  g_usleep (1000 * 1000);
  without_banner = amber_share_at_top (fixture->dir);
  quit (fixture, REAL_ID, REAL_PATH, &fixture->real_pid);

  if (with_banner < 0 || without_banner < 0)
    g_test_message ("ImageMagick's import is missing: the banner's pixels were not checked");
  else
    {
      g_test_message ("amber along the top: %.2f with training, %.2f without", with_banner,
                      without_banner);
      g_assert_cmpfloat (with_banner, >, 0.5);
      g_assert_cmpfloat (without_banner, <, 0.05);
    }

  /* Training filled its own database and never wrote to the real one. */
  g_assert_true (g_file_test (training, G_FILE_TEST_IS_REGULAR));
  after = hearth_test_checksum_file (real);
  g_assert_cmpstr (before, ==, after);
  families = run_cli (fixture, "--training", "families", NULL);
  g_assert_nonnull (strstr (families, "TRN-FERNSBY-01\t"));
  g_assert_null (strstr (families, "HX-REAL-1"));
}

static gboolean
name_has_owner (Fixture    *fixture,
                const char *name)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (fixture->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, 2000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* The real Hearth's menu entry Open Training Mode starts training mode as
 * a process of its own, beside it. */
static void
test_menu_opens_training (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->real_pid = spawn (fixture, NULL);
  wait_for_window (fixture, REAL_ID, REAL_PATH);
  g_assert_true (has_action (fixture, REAL_ID, REAL_PATH, "open-training"));
  g_assert_false (name_has_owner (fixture, TRAINING_ID));

  g_dbus_connection_call_sync (fixture->bus, REAL_ID, REAL_PATH, "org.gtk.Actions", "Activate",
                               g_variant_new ("(sava{sv})", "open-training", NULL, NULL), NULL,
                               G_DBUS_CALL_FLAGS_NONE, 5000, NULL, &error);
  g_assert_no_error (error);
  wait_for_window (fixture, TRAINING_ID, TRAINING_PATH);
  g_assert_false (has_action (fixture, TRAINING_ID, TRAINING_PATH, "open-training"));
  g_assert_cmpint (count_windows (fixture, REAL_ID, REAL_PATH), ==, 1);

  /* Training quits on its own; the real one carries on. */
  g_dbus_connection_call_sync (fixture->bus, TRAINING_ID, TRAINING_PATH, "org.gtk.Actions",
                               "Activate", g_variant_new ("(sava{sv})", "quit", NULL, NULL), NULL,
                               G_DBUS_CALL_FLAGS_NONE, 5000, NULL, NULL);
  for (int waited = 0; waited < 10000 && name_has_owner (fixture, TRAINING_ID); waited += 100)
    g_usleep (100 * 1000);
  g_assert_false (name_has_owner (fixture, TRAINING_ID));
  g_assert_cmpint (count_windows (fixture, REAL_ID, REAL_PATH), ==, 1);

  quit (fixture, REAL_ID, REAL_PATH, &fixture->real_pid);
}

static void
test_refuses_database_with_training (void)
{
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  const char *argv[] = { g_getenv ("HEARTH_GUI"), "--training", "--database", path, NULL };
  g_autofree char *err = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err,
                               &status, NULL));
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "cannot be used together"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  hearth_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ui/training/beside-the-real-one", Fixture, NULL, fixture_set_up,
              test_beside_the_real_one, fixture_tear_down);
  g_test_add ("/ui/training/menu-opens-training", Fixture, NULL, fixture_set_up,
              test_menu_opens_training, fixture_tear_down);
  g_test_add_func ("/ui/training/refuses-database-with-training",
                   test_refuses_database_with_training);

  return g_test_run ();
}
