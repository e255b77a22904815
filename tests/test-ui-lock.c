/* test-ui-lock.c
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
#include <string.h>
#include <sys/stat.h>

#include "core/hearth-instrument-registry.h"
#include "hearth-gui-test.h"
#include "hearth-test-tmpdir.h"
#include "store/hearth-store.h"
#include "windows/hearth-assessment-window.h"
#include "windows/hearth-lock-passphrase.h"
#include "windows/hearth-lock-screen.h"
#include "windows/hearth-lock.h"
#include "windows/hearth-window.h"

/*
 * The idle lock on real windows: the main window and an assessment window
 * lock after the idle time (a "minute" is one second here, through the
 * test hook), hide every name and title, ask for a passphrase on first
 * use, refuse a wrong one and open for the right one.
 */

static const char *const private_words[] = { "Oakfoot", "Bramble" };

typedef struct
{
  char                     *dir;
  char                     *passphrase_path;
  HearthStore              *store;
  HearthInstrumentRegistry *registry;
  GSettings                *settings;
  GtkWindow                *main_window;
  GtkWindow                *assessment_window;
  HearthLock               *lock;
} Fixture;

static void
iterate_for (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_for_lock (HearthLock *lock,
               gboolean    locked)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (hearth_lock_get_locked (lock) != locked && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (hearth_lock_get_locked (lock), ==, locked);
  iterate_for (50);
}

/* Every text a window shows: labels, entries, titles. */
static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_EDITABLE (widget))
    g_string_append_printf (texts, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (ADW_IS_WINDOW_TITLE (widget))
    g_string_append_printf (texts, "%s\n%s\n", adw_window_title_get_title (ADW_WINDOW_TITLE (widget)),
                            adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static char *
window_texts (GtkWindow *window)
{
  GString *texts = g_string_new (gtk_window_get_title (window));

  g_string_append_c (texts, '\n');
  collect_texts (GTK_WIDGET (window), texts);
  return g_string_free (texts, FALSE);
}

static void
assert_hidden (GtkWindow *window)
{
  g_autofree char *texts = window_texts (window);

  for (guint i = 0; i < G_N_ELEMENTS (private_words); i++)
    g_assert_null (strstr (texts, private_words[i]));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Hearth — Locked");
}

static void
find_widgets (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_widgets (child, type, found);
}

static HearthLockScreen *
lock_screen (GtkWindow *window)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_widgets (GTK_WIDGET (window), HEARTH_TYPE_LOCK_SCREEN, found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* Types @first (and @second, when the screen asks twice) and presses
 * Enter, as a person would. */
static void
enter_passphrase (GtkWindow  *window,
                  const char *first,
                  const char *second)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  find_widgets (GTK_WIDGET (lock_screen (window)), GTK_TYPE_PASSWORD_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, second != NULL ? 2 : 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), first);
  if (second != NULL)
    gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 1)), second);
  g_signal_emit_by_name (g_ptr_array_index (entries, entries->len - 1), "activate");
  iterate_for (50);
}

static char *
shown_error (GtkWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  find_widgets (GTK_WIDGET (lock_screen (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "error"))
      return g_strdup (gtk_label_get_text (g_ptr_array_index (labels, i)));
  return NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-LOCK-1", "Oakfoot household");
  g_autoptr(HearthPerson) child = hearth_person_new_child ("Bramble Oakfoot", "2015-04-01");
  g_autoptr(HearthAssessment) assessment = NULL;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->passphrase_path = g_build_filename (fixture->dir, "data", "lock-passphrase", NULL);
  db = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_save_family (fixture->store, family, &error));
  child->family_id = family->id;
  g_assert_true (hearth_store_save_person (fixture->store, child, &error));
  assessment = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_CHILD, child->id,
                                      "neglect-screening", "1");
  g_assert_true (hearth_store_save_assessment (fixture->store, assessment, &error));
  g_assert_no_error (error);

  fixture->registry = hearth_instrument_registry_new (NULL, &error);
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_uint (fixture->settings, "idle-lock-minutes", 1);

  fixture->main_window = g_object_new (HEARTH_TYPE_WINDOW,
                                       "store", fixture->store,
                                       "database-path", db,
                                       "default-width", 900,
                                       "default-height", 640,
                                       NULL);
  fixture->assessment_window = GTK_WINDOW (hearth_assessment_window_new (NULL, fixture->store,
                                                                         fixture->registry, NULL,
                                                                         assessment->id, &error));
  g_assert_no_error (error);
  hearth_gui_test_show_and_wait (fixture->main_window);
  hearth_gui_test_show_and_wait (fixture->assessment_window);

  fixture->lock = hearth_lock_new (NULL, fixture->settings, fixture->passphrase_path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->lock);
  gtk_window_destroy (fixture->assessment_window);
  gtk_window_destroy (fixture->main_window);
  iterate_for (100);
  g_settings_reset (fixture->settings, "idle-lock-minutes");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->registry);
  g_clear_object (&fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->passphrase_path);
  g_free (fixture->dir);
}

static void
test_lock_choose_wrong_right (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *main_title = g_strdup (gtk_window_get_title (fixture->main_window));
  g_autofree char *assessment_title = g_strdup (gtk_window_get_title (fixture->assessment_window));
  g_autofree char *assessment_texts = window_texts (fixture->assessment_window);
  g_autofree char *stored = NULL;
  g_autofree char *error_text = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  GtkWindow *late;
  GtkWindow *dialog;
  struct stat st;

  /* The records are on screen before the lock. */
  g_assert_nonnull (strstr (assessment_texts, "Bramble"));
  g_assert_false (hearth_lock_get_locked (fixture->lock));

  /* One idle "minute" (a second here) later, every window is locked. */
  wait_for_lock (fixture->lock, TRUE);
  assert_hidden (fixture->main_window);
  assert_hidden (fixture->assessment_window);

  /* First use: no passphrase yet, so the screen asks for one, twice. */
  g_assert_false (hearth_lock_passphrase_is_set (fixture->passphrase_path));
  g_assert_true (hearth_lock_screen_get_choosing (lock_screen (fixture->main_window)));
  hearth_gui_test_show_and_wait (fixture->main_window);
  shot = hearth_gui_test_screenshot (fixture->main_window, "lock-screen-choose.png");
  g_clear_object (&shot);

  enter_passphrase (fixture->main_window, "short", "short");
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  error_text = shown_error (fixture->main_window);
  g_assert_nonnull (strstr (error_text, "at least 8"));
  g_clear_pointer (&error_text, g_free);

  enter_passphrase (fixture->main_window, "kettle on the hob", "kettle on the hog");
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  error_text = shown_error (fixture->main_window);
  g_assert_nonnull (strstr (error_text, "differ"));
  g_clear_pointer (&error_text, g_free);
  g_assert_false (hearth_lock_passphrase_is_set (fixture->passphrase_path));

  enter_passphrase (fixture->main_window, "kettle on the hob", "kettle on the hob");
  g_assert_false (hearth_lock_get_locked (fixture->lock));
  g_assert_cmpstr (gtk_window_get_title (fixture->main_window), ==, main_title);
  g_assert_cmpstr (gtk_window_get_title (fixture->assessment_window), ==, assessment_title);
  {
    g_autofree char *texts = window_texts (fixture->assessment_window);

    g_assert_nonnull (strstr (texts, "Bramble"));
  }

  /* Only a salted Argon2id hash is stored, owner-only. */
  g_assert_true (g_file_get_contents (fixture->passphrase_path, &stored, NULL, NULL));
  g_assert_true (g_str_has_prefix (stored, "$argon2id$v=19$m=19456,t=2,p=1$"));
  g_assert_null (strstr (stored, "kettle"));
  g_assert_cmpint (g_stat (fixture->passphrase_path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *folder = g_path_get_dirname (fixture->passphrase_path);

    g_assert_cmpint (g_stat (folder, &st), ==, 0);
    g_assert_cmpuint (st.st_mode & 0777, ==, 0700);
  }

  /* A message dialog naming someone is open when the lock comes. */
  dialog = GTK_WINDOW (adw_message_dialog_new (fixture->main_window, "Delete Bramble Oakfoot?",
                                               "Their records go too."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", "Cancel");
  hearth_gui_test_show_and_wait (dialog);

  /* Idle again: locked again, now asking for the passphrase. */
  wait_for_lock (fixture->lock, TRUE);
  assert_hidden (fixture->main_window);
  assert_hidden (fixture->assessment_window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_false (hearth_lock_screen_get_choosing (lock_screen (fixture->assessment_window)));

  /* A window opened while locked is locked as it appears. */
  late = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (late), gtk_label_new ("Notes about Bramble"));
  gtk_window_set_title (late, "Bramble Oakfoot");
  hearth_gui_test_show_and_wait (late);
  assert_hidden (late);

  /* A wrong passphrase is refused, in the assessment window too. */
  enter_passphrase (fixture->assessment_window, "kettle on the hog", NULL);
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  error_text = shown_error (fixture->assessment_window);
  g_assert_nonnull (strstr (error_text, "not the passphrase"));
  assert_hidden (fixture->assessment_window);

  hearth_gui_test_show_and_wait (fixture->assessment_window);
  shot = hearth_gui_test_screenshot (fixture->assessment_window, "lock-screen.png");
  g_clear_object (&shot);

  /* The right one opens every window. */
  enter_passphrase (fixture->assessment_window, "kettle on the hob", NULL);
  g_assert_false (hearth_lock_get_locked (fixture->lock));
  g_assert_cmpstr (gtk_window_get_title (fixture->assessment_window), ==, assessment_title);
  g_assert_cmpstr (gtk_window_get_title (late), ==, "Bramble Oakfoot");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  {
    g_autofree char *texts = window_texts (fixture->assessment_window);

    g_assert_nonnull (strstr (texts, "Bramble"));
  }

  gtk_window_destroy (late);
  gtk_window_destroy (dialog);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* A "minute" of idle time is one second. */
  g_setenv ("HEARTH_IDLE_LOCK_SECONDS_PER_MINUTE", "1", TRUE);
  data_home = hearth_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/lock/choose-wrong-right", Fixture, NULL, fixture_set_up,
              test_lock_choose_wrong_right, fixture_tear_down);

  status = g_test_run ();
  hearth_test_remove_tree (data_home);
  return status;
}
