/* test-ui-upgrade.c
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
#include <gio/gio.h>
#include <string.h>

#include "hearth-gui-test.h"
#include "hearth-test-lock.h"
#include "hearth-test-upgrade.h"
#include "windows/hearth-application.h"
#include "windows/hearth-lock-passphrase.h"
#include "windows/hearth-upgrade-page.h"
#include "windows/hearth-window.h"

/*
 * Hearth started, in this process, on a database written by the earlier
 * version 2: the main window appears at once with the upgrade page and its
 * progress bar, then shows the families. Quitting in the middle of an
 * upgrade rolls it back: the version 2 file is left as it was. A failed
 * upgrade shows the open-error page. With a passphrase chosen, Hearth
 * starts locked and upgrades behind the lock screen.
 */

#define N_FAMILIES 30
#define N_EVENTS   100

static char *data_home;

typedef struct Fixture Fixture;

/* Runs once the main window is up; returns TRUE to quit Hearth at once. */
typedef gboolean (*Check) (Fixture      *fixture,
                           HearthWindow *window);

struct Fixture
{
  Check     check;
  char     *dir;
  char     *path;
  sqlite3  *blocker;     /* holds the write lock, so the upgrade waits */
  gboolean  saw_upgrade;
  gboolean  saw_families;
  gboolean  quit_mid_way;
  double    fraction;
};

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = hearth_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->blocker != NULL)
    sqlite3_close (fixture->blocker);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
add_families_cb (HearthStore  *store,
                 gpointer      user_data,
                 GError      **error)
{
  for (guint f = 0; f < N_FAMILIES; f++)
    {
      g_autofree char *reference = g_strdup_printf ("HX-UP-%02u", f + 1);
      g_autoptr(HearthFamily) family = hearth_family_new (reference, "Upgrade household");

      if (!hearth_store_save_family (store, family, error))
        return FALSE;

      for (guint e = 0; e < N_EVENTS; e++)
        {
          g_autoptr(HearthEvent) event = hearth_event_new (family->id, "2022-09-01",
                                                           HEARTH_EVENT_CATEGORY_OTHER, "School",
                                                           "Arrived late and hungry.");

          if (!hearth_store_save_event (store, event, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* A version 2 database, as the earlier Hearth wrote it, with its families
 * and, for a longer upgrade, @n_bulk more audit rows. Returns the number of
 * audit rows. */
static gint64
make_v2_database (const char *path,
                  guint       n_bulk)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open_at_version (path, 2, &error);
  gint64 n_audit;

  g_assert_no_error (error);
  g_assert_true (hearth_store_transaction (store, add_families_cb, NULL, &error));
  g_assert_no_error (error);

  if (n_bulk > 0)
    hearth_test_add_audit_rows (store->db, n_bulk, N_FAMILIES);

  n_audit = hearth_test_query_int (store->db, "SELECT count(*) FROM audit");
  g_assert_finalize_object (g_steal_pointer (&store));
  return n_audit;
}

static gboolean
timed_out_cb (gpointer user_data)
{
  g_error ("Timed out: %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop until @done is TRUE, for at most 60 seconds. */
static void
wait_for (gboolean   *done,
          const char *what)
{
  guint timeout = g_timeout_add_seconds (60, timed_out_cb, (gpointer) what);

  while (!*done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static HearthUpgradePage *
find_upgrade_page (GtkWidget *widget)
{
  if (HEARTH_IS_UPGRADE_PAGE (widget))
    return HEARTH_UPGRADE_PAGE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      HearthUpgradePage *found = find_upgrade_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_listed_families (HearthWindow *window)
{
  GtkListView *view = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                    HEARTH_TYPE_WINDOW,
                                                                    "families_view"));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view)));
}

/* Whether the sidebar shows its page @name ("families", "error"). */
static gboolean
sidebar_shows (HearthWindow *window,
               const char   *name)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), HEARTH_TYPE_WINDOW,
                                                              "sidebar_stack"));

  return gtk_widget_get_mapped (GTK_WIDGET (stack))
         && g_strcmp0 (gtk_stack_get_visible_child_name (stack), name) == 0;
}

static void
wait_for_families (HearthWindow *window)
{
  while (!sidebar_shows (window, "families") || count_listed_families (window) != N_FAMILIES)
    g_main_context_iteration (NULL, TRUE);
}

static void
store_notify_cb (HearthWindow *window,
                 GParamSpec   *pspec,
                 gboolean     *has_store)
{
  *has_store = hearth_window_get_store (window) != NULL;
}

/* 1. The progress page at once, then the families. */
static gboolean
check_progress_then_families (Fixture      *fixture,
                             HearthWindow *window)
{
  HearthUpgradePage *page;
  g_autoptr(GdkTexture) texture = NULL;
  gboolean has_store = FALSE;

  /* The window is up while the upgrade waits for the lock this test
   * holds: the page, its words and bar, and not the records. */
  g_assert_nonnull (window);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  page = find_upgrade_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_null (hearth_window_get_store (window));
  g_assert_null (hearth_application_get_store (HEARTH_APPLICATION (g_application_get_default ())));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                    HEARTH_TYPE_WINDOW,
                                                                                    "families_view"))));
  texture = hearth_gui_test_screenshot (GTK_WINDOW (window), "upgrade-page-waiting.png");
  g_assert_cmpfloat (hearth_gui_test_mean_luminance (texture), >, 0.5);
  fixture->saw_upgrade = TRUE;

  /* Let the upgrade have the database: the window gets the store, puts
   * the records back and lists the families. */
  g_signal_connect (window, "notify::store", G_CALLBACK (store_notify_cb), &has_store);
  g_assert_cmpint (sqlite3_exec (fixture->blocker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  wait_for (&has_store, "the window to get its store");
  g_assert_null (find_upgrade_page (GTK_WIDGET (window)));
  wait_for_families (window);
  g_assert_true (hearth_application_get_store (HEARTH_APPLICATION (g_application_get_default ()))
                 == hearth_window_get_store (window));
  g_assert_cmpint (hearth_store_get_schema_version (hearth_window_get_store (window)), ==,
                   HEARTH_STORE_SCHEMA_VERSION);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), HEARTH_TYPE_WINDOW,
                                                                                   "choose_family_page"))));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), HEARTH_TYPE_WINDOW,
                                                                                     "search_entry"))));
  g_clear_object (&texture);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  texture = hearth_gui_test_screenshot (GTK_WINDOW (window), "upgrade-done-families.png");
  fixture->saw_families = TRUE;

  return TRUE;
}

static gboolean
run_check_cb (gpointer user_data)
{
  Fixture *fixture = user_data;
  GApplication *app = g_application_get_default ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (HEARTH_IS_WINDOW (window));
  if (fixture->check (fixture, HEARTH_WINDOW (window)))
    g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app,
             Fixture      *fixture)
{
  g_idle_add (run_check_cb, fixture);
}

static int
run_hearth (Fixture *fixture,
            Check    check)
{
  g_autoptr(HearthApplication) app = hearth_application_new ();
  char *argv[] = { (char *) "hearth", (char *) "--database", fixture->path, NULL };

  /* One test process runs Hearth twice: never hand over to an instance
   * still registered on the bus. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  fixture->check = check;
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), fixture);
  return g_application_run (G_APPLICATION (app), 3, argv);
}

static void
test_progress_then_families (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 n_audit, n_entries = 0, broken = -1;

  n_audit = make_v2_database (fixture->path, 0);
  g_assert_cmpint (n_audit, >=, N_FAMILIES * N_EVENTS);

  /* Another connection holds the write lock; the upgrade waits for it (up
   * to the store's five seconds), long enough to see the page. */
  g_assert_cmpint (sqlite3_open (fixture->path, &fixture->blocker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (fixture->blocker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (run_hearth (fixture, check_progress_then_families), ==, 0);
  g_assert_true (fixture->saw_upgrade);
  g_assert_true (fixture->saw_families);

  {
    g_autoptr(HearthStore) store = hearth_store_open_full (fixture->path, HEARTH_STORE_OPEN_NO_UPGRADE,
                                                          &error);

    g_assert_no_error (error);
    g_assert_true (hearth_store_check_integrity (store, &error));
    g_assert_no_error (error);
    g_assert_true (hearth_store_verify_audit (store, &n_entries, &broken, &error));
    g_assert_cmpint (n_entries, ==, n_audit);
    g_assert_cmpint (broken, ==, 0);
  }
}

/* 2. Quit once the bar has moved. */
static gboolean
screenshot_and_quit_cb (gpointer user_data)
{
  GApplication *app = g_application_get_default ();
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GdkTexture) texture = NULL;

  /* Drawn with the bar moved, then Ctrl+Q: the windows close, the upgrade
   * is cancelled and rolls back, and the application stays until it
   * has. */
  hearth_gui_test_show_and_wait (window);
  texture = hearth_gui_test_screenshot (window, "upgrade-page.png");
  g_assert_cmpfloat (hearth_gui_test_mean_luminance (texture), >, 0.5);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
fraction_cb (HearthUpgradePage *page,
             GParamSpec        *pspec,
             Fixture           *fixture)
{
  if (fixture->quit_mid_way || hearth_upgrade_page_get_fraction (page) <= 0.0)
    return;

  /* Once this notification is over. */
  fixture->fraction = hearth_upgrade_page_get_fraction (page);
  fixture->quit_mid_way = TRUE;
  g_idle_add_full (G_PRIORITY_HIGH, screenshot_and_quit_cb, NULL, NULL);
}

static gboolean
check_quit (Fixture      *fixture,
            HearthWindow *window)
{
  HearthUpgradePage *page;

  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  page = find_upgrade_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  g_signal_connect (page, "notify::fraction", G_CALLBACK (fraction_cb), fixture);
  return FALSE;
}

static void
test_quit_during_upgrade (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *before = NULL;
  gint64 n_audit;

  n_audit = make_v2_database (fixture->path, 400000);
  before = hearth_test_checksum_file (fixture->path);

  g_assert_cmpint (run_hearth (fixture, check_quit), ==, 0);
  g_assert_true (fixture->quit_mid_way);
  g_test_message ("quit at %.1f %% of the upgrade", fixture->fraction * 100);
  g_assert_cmpfloat (fixture->fraction, <, 1.0);

  /* Rolled back: the file is as it was, at version 2, and opens. */
  hearth_test_assert_still_v2 (fixture->path, before, n_audit);
}

/* 3. An upgrade that fails shows the open-error page. */
static gboolean
check_failure (Fixture      *fixture,
              HearthWindow *window)
{
  AdwStatusPage *error_page;
  g_autoptr(GdkTexture) texture = NULL;
  const char *message;

  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  while (!sidebar_shows (window, "error"))
    g_main_context_iteration (NULL, TRUE);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));

  /* One sentence that says the records are safe; no upgrade page left. */
  error_page = ADW_STATUS_PAGE (gtk_stack_get_visible_child (
    GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), HEARTH_TYPE_WINDOW, "sidebar_stack"))));
  message = adw_status_page_get_description (error_page);
  g_test_message ("%s", message);
  g_assert_true (g_str_has_prefix (message, "Could not upgrade the database"));
  g_assert_true (g_str_has_suffix (message, "the stored records are safe."));
  g_assert_null (strchr (message, '\n'));
  g_assert_null (find_upgrade_page (GTK_WIDGET (window)));
  g_assert_null (hearth_window_get_store (window));
  /* Nothing to choose from, so nothing points at the list. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), HEARTH_TYPE_WINDOW,
                                                                                    "choose_family_page"))));
  texture = hearth_gui_test_screenshot (GTK_WINDOW (window), "upgrade-failed.png");
  fixture->saw_upgrade = TRUE;

  return TRUE;
}

static void
test_failure_shows_error (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db = NULL;

  /* Something other than Hearth added the version 3 column already: the
   * version 3 step cannot add it, and the upgrade fails at once. */
  make_v2_database (fixture->path, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "ALTER TABLE audit ADD COLUMN hash TEXT", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  before = hearth_test_checksum_file (fixture->path);

  g_assert_cmpint (run_hearth (fixture, check_failure), ==, 0);
  g_assert_true (fixture->saw_upgrade);

  /* Rolled back: not a byte changed. */
  after = hearth_test_checksum_file (fixture->path);
  g_assert_cmpstr (after, ==, before);
}

/* 4. Locked at start: the upgrade runs behind the lock screen. */
#define PASSPHRASE "kettle on the hob"

static gboolean
check_locked (Fixture      *fixture,
             HearthWindow *window)
{
  HearthUpgradePage *page;
  gboolean has_store = FALSE;

  /* The lock screen; the upgrade page waits behind it, with the records. */
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (hearth_test_lock_screen (GTK_WINDOW (window)))));
  page = find_upgrade_page (GTK_WIDGET (window));
  g_assert_null (page);
  fixture->saw_upgrade = TRUE;

  /* The upgrade finishes behind it; the records stay hidden. */
  g_signal_connect (window, "notify::store", G_CALLBACK (store_notify_cb), &has_store);
  g_assert_cmpint (sqlite3_exec (fixture->blocker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  wait_for (&has_store, "the window to get its store");
  hearth_test_lock_iterate_for (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (hearth_test_lock_screen (GTK_WINDOW (window)))));
  g_assert_false (sidebar_shows (window, "families"));

  /* The passphrase shows the families. */
  hearth_test_lock_enter_passphrase (GTK_WINDOW (window), PASSPHRASE, NULL);
  wait_for_families (window);
  g_assert_null (find_upgrade_page (GTK_WIDGET (window)));
  fixture->saw_families = TRUE;

  return TRUE;
}

static void
test_locked_at_start (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *passphrase_path = hearth_lock_passphrase_dup_default_path ();
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_lock_passphrase_set (passphrase_path, PASSPHRASE, &error));
  g_assert_no_error (error);
  make_v2_database (fixture->path, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &fixture->blocker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (fixture->blocker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (run_hearth (fixture, check_locked), ==, 0);
  g_assert_true (fixture->saw_upgrade);
  g_assert_true (fixture->saw_families);

  /* Later tests start unlocked. */
  {
    g_autofree char *data_dir = g_path_get_dirname (passphrase_path);

    hearth_test_remove_tree (data_dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib reads it: the lock's passphrase file and any default
   * database live in a fresh folder. */
  data_home = hearth_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_add ("/ui/upgrade/progress-then-families", Fixture, NULL, fixture_set_up,
              test_progress_then_families, fixture_tear_down);
  g_test_add ("/ui/upgrade/quit-during-upgrade", Fixture, NULL, fixture_set_up,
              test_quit_during_upgrade, fixture_tear_down);
  g_test_add ("/ui/upgrade/failure-shows-error", Fixture, NULL, fixture_set_up,
              test_failure_shows_error, fixture_tear_down);
  g_test_add ("/ui/upgrade/locked-at-start", Fixture, NULL, fixture_set_up,
              test_locked_at_start, fixture_tear_down);

  status = g_test_run ();
  hearth_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
