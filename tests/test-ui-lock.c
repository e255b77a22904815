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

#include "hearth-test-lock.h"
#include "windows/hearth-lock-passphrase.h"

/*
 * The idle lock on real windows: the main window and an assessment window
 * lock after the idle time (a "minute" is one second here, through the
 * test hook), hide every name and title, ask for a passphrase on first
 * use, refuse a wrong one and open for the right one. Switched off in
 * the settings (idle-lock-enabled), it never comes; switched on again, it
 * does.
 */

static void
test_lock_choose_wrong_right (HearthLockFixture *fixture,
                              gconstpointer      data)
{
  g_autofree char *main_title = g_strdup (gtk_window_get_title (fixture->main_window));
  g_autofree char *assessment_title = g_strdup (gtk_window_get_title (fixture->assessment_window));
  g_autofree char *assessment_texts = hearth_test_lock_window_texts (fixture->assessment_window);
  g_autofree char *stored = NULL;
  g_autofree char *error_text = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  HearthLockScreen *screen;
  GtkWindow *late;
  GtkWindow *dialog;
  struct stat st;

  /* The records are on screen before the lock. */
  g_assert_nonnull (strstr (assessment_texts, "Bramble"));
  g_assert_false (hearth_lock_get_locked (fixture->lock));

  /* One idle "minute" (a second here) later, every window is locked. */
  hearth_test_lock_wait_for (fixture->lock, TRUE);
  hearth_test_lock_assert_hidden (fixture->main_window);
  hearth_test_lock_assert_hidden (fixture->assessment_window);

  /* First use: no passphrase yet, so the screen asks for one, twice. */
  g_assert_false (hearth_lock_passphrase_is_set (fixture->passphrase_path));
  g_assert_true (hearth_lock_screen_get_choosing (hearth_test_lock_screen (fixture->main_window)));
  hearth_gui_test_show_and_wait (fixture->main_window);
  shot = hearth_gui_test_screenshot (fixture->main_window, "lock-screen-choose.png");
  g_clear_object (&shot);

  hearth_test_lock_enter_passphrase (fixture->main_window, "short", "short");
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  error_text = hearth_test_lock_shown_error (fixture->main_window);
  g_assert_nonnull (strstr (error_text, "at least 8"));
  g_clear_pointer (&error_text, g_free);

  hearth_test_lock_enter_passphrase (fixture->main_window, "kettle on the hob", "kettle on the hog");
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  error_text = hearth_test_lock_shown_error (fixture->main_window);
  g_assert_nonnull (strstr (error_text, "differ"));
  g_clear_pointer (&error_text, g_free);
  g_assert_false (hearth_lock_passphrase_is_set (fixture->passphrase_path));

  hearth_test_lock_enter_passphrase (fixture->main_window, "kettle on the hob", "kettle on the hob");
  g_assert_false (hearth_lock_get_locked (fixture->lock));
  g_assert_cmpstr (gtk_window_get_title (fixture->main_window), ==, main_title);
  g_assert_cmpstr (gtk_window_get_title (fixture->assessment_window), ==, assessment_title);
  {
    g_autofree char *texts = hearth_test_lock_window_texts (fixture->assessment_window);

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
  hearth_test_lock_wait_for (fixture->lock, TRUE);
  hearth_test_lock_assert_hidden (fixture->main_window);
  hearth_test_lock_assert_hidden (fixture->assessment_window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  screen = hearth_test_lock_screen (fixture->assessment_window);
  g_assert_false (hearth_lock_screen_get_choosing (screen));

  /* A window opened while locked is locked as it appears. */
  late = GTK_WINDOW (adw_window_new ());
  adw_window_set_content (ADW_WINDOW (late), gtk_label_new ("Notes about Bramble"));
  gtk_window_set_title (late, "Bramble Oakfoot");
  hearth_gui_test_show_and_wait (late);
  hearth_test_lock_assert_hidden (late);

  /* A wrong passphrase is refused, in the assessment window too. */
  hearth_test_lock_enter_passphrase (fixture->assessment_window, "kettle on the hog", NULL);
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  error_text = hearth_test_lock_shown_error (fixture->assessment_window);
  g_assert_nonnull (strstr (error_text, "not the passphrase"));
  hearth_test_lock_assert_hidden (fixture->assessment_window);

  hearth_gui_test_show_and_wait (fixture->assessment_window);
  shot = hearth_gui_test_screenshot (fixture->assessment_window, "lock-screen.png");
  g_clear_object (&shot);

  /* The right one opens every window. */
  hearth_test_lock_enter_passphrase (fixture->assessment_window, "kettle on the hob", NULL);
  g_assert_false (hearth_lock_get_locked (fixture->lock));
  g_assert_cmpstr (gtk_window_get_title (fixture->assessment_window), ==, assessment_title);
  g_assert_cmpstr (gtk_window_get_title (late), ==, "Bramble Oakfoot");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  {
    g_autofree char *texts = hearth_test_lock_window_texts (fixture->assessment_window);

    g_assert_nonnull (strstr (texts, "Bramble"));
  }

  gtk_window_destroy (late);
  gtk_window_destroy (dialog);
}

/* Off before the idle time is up: the pending check is dropped, and the
 * records stay on screen however long nobody touches them. On again: the
 * lock comes after the idle time. */
static void
test_lock_switched_off (HearthLockFixture *fixture,
                        gconstpointer      data)
{
  g_autofree char *texts = NULL;

  g_assert_true (g_settings_get_boolean (fixture->settings, "idle-lock-enabled"));
  g_settings_set_boolean (fixture->settings, "idle-lock-enabled", FALSE);

  /* Three idle "minutes", where one would lock. */
  hearth_test_lock_iterate_for (3000);
  g_assert_false (hearth_lock_get_locked (fixture->lock));
  texts = hearth_test_lock_window_texts (fixture->assessment_window);
  g_assert_nonnull (strstr (texts, "Bramble"));

  /* A new idle time does not bring it back either. */
  g_settings_set_uint (fixture->settings, "idle-lock-minutes", 2);
  g_settings_set_uint (fixture->settings, "idle-lock-minutes", 1);
  hearth_test_lock_iterate_for (1500);
  g_assert_false (hearth_lock_get_locked (fixture->lock));

  g_settings_set_boolean (fixture->settings, "idle-lock-enabled", TRUE);
  hearth_test_lock_wait_for (fixture->lock, TRUE);
  hearth_test_lock_assert_hidden (fixture->main_window);
  hearth_test_lock_assert_hidden (fixture->assessment_window);
}

/* Off while the records are hidden: they stay hidden until the
 * passphrase is entered, and then no lock follows. */
static void
test_lock_switched_off_while_locked (HearthLockFixture *fixture,
                                     gconstpointer      data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_lock_passphrase_set (fixture->passphrase_path, "kettle on the hob",
                                             &error));
  g_assert_no_error (error);

  hearth_test_lock_wait_for (fixture->lock, TRUE);
  g_settings_set_boolean (fixture->settings, "idle-lock-enabled", FALSE);
  hearth_test_lock_iterate_for (200);
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  hearth_test_lock_assert_hidden (fixture->main_window);
  hearth_test_lock_assert_hidden (fixture->assessment_window);

  hearth_test_lock_enter_passphrase (fixture->main_window, "kettle on the hob", NULL);
  g_assert_false (hearth_lock_get_locked (fixture->lock));

  hearth_test_lock_iterate_for (3000);
  g_assert_false (hearth_lock_get_locked (fixture->lock));
}

/* A passphrase file that holds no hash (cut short, overwritten) would
 * match no passphrase: the lock screen treats it as none, as a start does,
 * says so, and lets the practitioner choose a new one instead of shutting
 * them out until Hearth restarts. The new one then works as any other. */
static void
test_lock_damaged_passphrase_file (HearthLockFixture *fixture,
                                   gconstpointer      data)
{
  g_autofree char *texts = NULL;
  g_autofree char *error_text = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->passphrase_path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (fixture->passphrase_path, "$argon2id$v=19$m=19456", -1, NULL));
  g_assert_true (hearth_lock_passphrase_is_set (fixture->passphrase_path));
  g_assert_false (hearth_lock_passphrase_is_valid (fixture->passphrase_path));

  hearth_test_lock_wait_for (fixture->lock, TRUE);
  hearth_test_lock_assert_hidden (fixture->main_window);
  hearth_test_lock_assert_hidden (fixture->assessment_window);
  g_assert_true (hearth_lock_screen_get_choosing (hearth_test_lock_screen (fixture->main_window)));
  g_assert_true (hearth_lock_screen_get_choosing (hearth_test_lock_screen (fixture->assessment_window)));
  texts = hearth_test_lock_window_texts (fixture->main_window);
  g_assert_nonnull (strstr (texts, "the saved passphrase is damaged"));
  hearth_gui_test_show_and_wait (fixture->main_window);
  shot = hearth_gui_test_screenshot (fixture->main_window, "lock-screen-damaged-passphrase.png");

  /* Choosing still asks twice and still needs eight characters. */
  hearth_test_lock_enter_passphrase (fixture->main_window, "kettle on the hob", "kettle on the hog");
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  error_text = hearth_test_lock_shown_error (fixture->main_window);
  g_assert_nonnull (strstr (error_text, "differ"));
  g_assert_false (hearth_lock_passphrase_is_valid (fixture->passphrase_path));

  hearth_test_lock_enter_passphrase (fixture->main_window, "kettle on the hob", "kettle on the hob");
  g_assert_false (hearth_lock_get_locked (fixture->lock));
  g_assert_true (hearth_lock_passphrase_is_valid (fixture->passphrase_path));
  g_clear_pointer (&texts, g_free);
  texts = hearth_test_lock_window_texts (fixture->assessment_window);
  g_assert_nonnull (strstr (texts, "Bramble"));

  /* The next lock asks for the new passphrase, and only it opens. */
  hearth_test_lock_wait_for (fixture->lock, TRUE);
  g_assert_false (hearth_lock_screen_get_choosing (hearth_test_lock_screen (fixture->main_window)));
  hearth_test_lock_enter_passphrase (fixture->main_window, "kettle on the hog", NULL);
  g_assert_true (hearth_lock_get_locked (fixture->lock));
  hearth_test_lock_enter_passphrase (fixture->main_window, "kettle on the hob", NULL);
  g_assert_false (hearth_lock_get_locked (fixture->lock));
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

  g_test_add ("/ui/lock/choose-wrong-right", HearthLockFixture, NULL, hearth_test_lock_set_up,
              test_lock_choose_wrong_right, hearth_test_lock_tear_down);
  g_test_add ("/ui/lock/damaged-passphrase-file", HearthLockFixture, NULL, hearth_test_lock_set_up,
              test_lock_damaged_passphrase_file, hearth_test_lock_tear_down);
  g_test_add ("/ui/lock/enabled/switched-off", HearthLockFixture, NULL, hearth_test_lock_set_up,
              test_lock_switched_off, hearth_test_lock_tear_down);
  g_test_add ("/ui/lock/enabled/switched-off-while-locked", HearthLockFixture, NULL,
              hearth_test_lock_set_up, test_lock_switched_off_while_locked,
              hearth_test_lock_tear_down);

  status = g_test_run ();
  hearth_test_remove_tree (data_home);
  return status;
}
