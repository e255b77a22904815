/* test-ui-lock-start.c
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
#include "windows/hearth-application.h"
#include "windows/hearth-lock-passphrase.h"
#include "windows/hearth-lock-throttle-private.h"

/*
 * Hearth started again after its lock: the whole application, in this
 * process, on a database holding one family. Once a passphrase has been
 * chosen, every frame of the main window, from the first, shows the lock
 * screen and no record, and so does a window opened before the
 * passphrase is entered; the passphrase opens them. Without a passphrase,
 * with the lock switched off, in training mode, or with a passphrase file
 * that holds no hash, Hearth starts unlocked. Wrong passphrases and their wait survive
 * the restart; a damaged count makes the next try wait five seconds.
 */

#define PASSPHRASE "kettle on the hob"
#define WRONG      "kettle on the hog"

typedef struct
{
  char      *dir;
  char      *db_path;
  gint64     assessment_id;
  char      *passphrase_path;  /* the default one, in this process's $XDG_DATA_HOME */
  char      *state_path;
  GSettings *settings;
  const char *screenshot;      /* the name of the next screenshot */
  gboolean   training;         /* start with --training instead of the database */
} StartFixture;

typedef struct Run Run;
typedef void (*RunBody) (Run *run);

struct Run
{
  StartFixture      *fixture;
  RunBody            body;
  HearthApplication *application;
  GtkWindow         *main_window;   /* borrowed; NULL until it is added */
  gboolean           expect_locked; /* every frame while TRUE shows no record */
  guint              locked_frames; /* frames of the main window checked so */
  guint              frames;        /* frames of the main window */
  char              *first_error;   /* owned: what the first frame's lock screen said */
  gboolean           first_sensitive; /* whether its Unlock button could be pressed */
};

/* Every window's every frame, while the records should be hidden. */
static void
after_paint_cb (GdkFrameClock *frame_clock,
                GtkWindow     *window)
{
  Run *run = g_object_get_data (G_OBJECT (window), "test-run");

  if (window == run->main_window)
    run->frames++;

  if (run->expect_locked)
    {
      g_autofree char *texts = hearth_test_lock_mapped_texts (window);
      HearthLockScreen *screen = hearth_test_lock_screen (window);

      for (guint i = 0; i < G_N_ELEMENTS (hearth_test_lock_private_words); i++)
        g_assert_null (strstr (texts, hearth_test_lock_private_words[i]));
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (screen)));
      g_assert_cmpstr (gtk_window_get_title (window), ==, "Hearth — Locked");
      if (window == run->main_window)
        run->locked_frames++;
      if (window == run->main_window && run->frames == 1)
        {
          run->first_error = hearth_test_lock_shown_error (window);
          run->first_sensitive = gtk_widget_get_sensitive (hearth_test_lock_unlock_button (window));
        }
    }
}

static void
window_unrealize_cb (GtkWidget *window,
                     gpointer   user_data)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, window);
}

static void
window_realize_cb (GtkWidget *window,
                   gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), window);
  g_signal_connect (window, "unrealize", G_CALLBACK (window_unrealize_cb), NULL);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 Run            *run)
{
  if (run->main_window == NULL && HEARTH_IS_WINDOW (window))
    run->main_window = window;

  g_object_set_data (G_OBJECT (window), "test-run", run);
  g_signal_connect_after (window, "realize", G_CALLBACK (window_realize_cb), NULL);
}

static gboolean
body_idle_cb (gpointer user_data)
{
  Run *run = user_data;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_assert_nonnull (run->main_window);

  /* Two frames, and the families read just after the first. */
  while (run->frames < 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (run->frames, >=, 2);
  hearth_test_lock_iterate_for (300);

  run->body (run);

  g_action_group_activate_action (G_ACTION_GROUP (run->application), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *application,
             Run          *run)
{
  g_idle_add (body_idle_cb, run);
}

/* Starts a new Hearth on the fixture's database, runs @body once its main
 * window has drawn, and quits it. */
static void
run_hearth (StartFixture *fixture,
            gboolean      expect_locked,
            RunBody       body)
{
  Run run = { fixture, body, NULL, NULL, expect_locked, 0, 0, NULL, FALSE };
  char *argv[] = { (char *) "hearth", (char *) "--database", fixture->db_path, NULL };
  char *training_argv[] = { (char *) "hearth", (char *) "--training", NULL };

  run.application = hearth_application_new ();
  /* Each test starts a Hearth of its own, one after another. */
  g_application_set_flags (G_APPLICATION (run.application), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (run.application, "window-added", G_CALLBACK (window_added_cb), &run);
  g_signal_connect_after (run.application, "activate", G_CALLBACK (activate_cb), &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (run.application),
                                      fixture->training ? 2 : 3,
                                      fixture->training ? training_argv : argv),
                   ==, 0);
  if (expect_locked)
    g_assert_cmpuint (run.locked_frames, >=, 2);

  hearth_test_lock_iterate_for (100);
  g_assert_finalize_object (run.application);
  g_free (run.first_error);
}

static void
start_set_up (StartFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->db_path = g_build_filename (fixture->dir, "hearth.db", NULL);
  store = hearth_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  fixture->assessment_id = hearth_test_lock_fill_store (store);
  g_clear_object (&store);

  fixture->passphrase_path = hearth_lock_passphrase_dup_default_path ();
  fixture->state_path = hearth_lock_throttle_dup_state_path (fixture->passphrase_path);
  fixture->settings = g_settings_new (APPLICATION_ID);
}

static void
start_tear_down (StartFixture  *fixture,
                 gconstpointer  data)
{
  g_autofree char *data_dir = g_path_get_dirname (fixture->passphrase_path);

  g_settings_reset (fixture->settings, "idle-lock-enabled");
  g_clear_object (&fixture->settings);
  hearth_test_remove_tree (data_dir);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->state_path);
  g_free (fixture->passphrase_path);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static void
choose_passphrase (StartFixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_lock_passphrase_set (fixture->passphrase_path, PASSPHRASE, &error));
  g_assert_no_error (error);
}

static void
assert_shows_records (GtkWindow *window)
{
  g_autofree char *texts = hearth_test_lock_mapped_texts (window);
  g_autoptr(GPtrArray) screens = g_ptr_array_new ();

  g_assert_nonnull (strstr (texts, "Oakfoot"));
  hearth_test_lock_find_widgets (GTK_WIDGET (window), HEARTH_TYPE_LOCK_SCREEN, screens);
  g_assert_cmpuint (screens->len, ==, 0);
  g_assert_cmpstr (gtk_window_get_title (window), !=, "Hearth — Locked");
}

/* The five seconds' wait, some of which may have passed. */
static void
assert_wait_message (const char *shown)
{
  const char *prefix = "Too many wrong passphrases; try again in ";
  guint64 seconds = 0;
  g_auto(GStrv) words = NULL;

  g_assert_nonnull (shown);
  g_assert_true (g_str_has_prefix (shown, prefix));
  words = g_strsplit (shown + strlen (prefix), " ", 2);
  /* Five seconds after three wrong passphrases; ten after four (see
   * test_wait_survives_restart). */
  g_assert_true (g_ascii_string_to_unsigned (words[0], 10, 1, 10, &seconds, NULL));
  g_assert_cmpstr (words[1], ==, seconds == 1 ? "second." : "seconds.");
}

static void
assert_waiting (GtkWindow *window)
{
  g_autofree char *shown = hearth_test_lock_shown_error (window);

  g_assert_false (gtk_widget_get_sensitive (hearth_test_lock_unlock_button (window)));
  assert_wait_message (shown);
}

static void
starts_locked_body (Run *run)
{
  GtkWindow *window = run->main_window;
  HearthLockScreen *screen = hearth_test_lock_screen (window);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr(GdkTexture) shot = NULL;
  g_autofree char *error_text = NULL;
  GtkWindow *assessment;

  /* No wrong passphrase yet: nothing to wait for, from the first frame. */
  g_assert_null (run->first_error);
  g_assert_true (run->first_sensitive);

  /* The families were read behind the lock screen, and none shows. */
  hearth_test_lock_assert_hidden (window);
  g_assert_false (hearth_lock_screen_get_choosing (screen));
  g_assert_null (hearth_test_lock_shown_error (window));
  g_assert_true (gtk_widget_get_sensitive (hearth_test_lock_unlock_button (window)));

  /* Ready for the passphrase, keyboard first. */
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (screen)));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_PASSWORD_ENTRY));

  shot = hearth_gui_test_screenshot (window, run->fixture->screenshot);
  g_clear_object (&shot);

  /* A window opened before the passphrase is entered is locked too. */
  assessment = GTK_WINDOW (hearth_window_open_assessment (HEARTH_WINDOW (window),
                                                          run->fixture->assessment_id));
  g_assert_nonnull (assessment);
  hearth_gui_test_show_and_wait (assessment);
  hearth_test_lock_assert_hidden (assessment);

  hearth_test_lock_enter_passphrase (window, WRONG, NULL);
  error_text = hearth_test_lock_shown_error (window);
  g_assert_cmpstr (error_text, ==, "That is not the passphrase; try again.");
  hearth_test_lock_assert_hidden (window);
  hearth_test_lock_assert_hidden (assessment);

  /* The right one shows the records in both. */
  run->expect_locked = FALSE;
  hearth_test_lock_enter_passphrase (assessment, PASSPHRASE, NULL);
  hearth_gui_test_show_and_wait (window);
  assert_shows_records (window);
  {
    g_autofree char *texts = hearth_test_lock_mapped_texts (assessment);

    g_assert_nonnull (strstr (texts, "Bramble"));
  }

  /* The right passphrase leaves no count behind. */
  g_assert_false (g_file_test (run->fixture->state_path, G_FILE_TEST_EXISTS));
}

static void
test_starts_locked (StartFixture  *fixture,
                    gconstpointer  data)
{
  choose_passphrase (fixture);
  fixture->screenshot = "lock-start.png";
  run_hearth (fixture, TRUE, starts_locked_body);
}

static void
starts_unlocked_body (Run *run)
{
  assert_shows_records (run->main_window);
}

/* No passphrase chosen: as before, the first idle lock asks for one.
 * Nothing of the lock's is written. */
static void
test_no_passphrase (StartFixture  *fixture,
                    gconstpointer  data)
{
  run_hearth (fixture, FALSE, starts_unlocked_body);
  g_assert_false (g_file_test (fixture->passphrase_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->state_path, G_FILE_TEST_EXISTS));
}

static void
test_switched_off (StartFixture  *fixture,
                   gconstpointer  data)
{
  choose_passphrase (fixture);
  g_settings_set_boolean (fixture->settings, "idle-lock-enabled", FALSE);
  run_hearth (fixture, FALSE, starts_unlocked_body);
}

static void
training_unlocked_body (Run *run)
{
  g_autoptr(GPtrArray) screens = g_ptr_array_new ();

  hearth_test_lock_find_widgets (GTK_WIDGET (run->main_window), HEARTH_TYPE_LOCK_SCREEN, screens);
  g_assert_cmpuint (screens->len, ==, 0);
  g_assert_cmpstr (gtk_window_get_title (run->main_window), !=, "Hearth — Locked");
}

/* Training mode holds only fictional families: it starts unlocked even
 * with a passphrase chosen. */
static void
test_training_unlocked (StartFixture  *fixture,
                        gconstpointer  data)
{
  choose_passphrase (fixture);
  fixture->training = TRUE;
  run_hearth (fixture, FALSE, training_unlocked_body);
}

/* A file that holds no hash could never be matched: it counts as no
 * passphrase, as a deleted one does (README, "Privacy"). */
static void
test_passphrase_not_a_hash (StartFixture  *fixture,
                            gconstpointer  data)
{
  const char *damaged[] = {
    "",
    "kettle on the hob",
    "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=19456,t=2$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=19456,t=2,p=1$c2Fs$aGFzaGhhc2hoYXNo",
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFz*GhhYXNo",
  };

  /* What hearth_lock_passphrase_set() stores is a hash. */
  choose_passphrase (fixture);
  g_assert_true (hearth_lock_passphrase_is_valid (fixture->passphrase_path));

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_test_message ("passphrase file: \"%s\"", damaged[i]);
      g_assert_true (g_file_set_contents (fixture->passphrase_path, damaged[i], -1, NULL));
      g_assert_false (hearth_lock_passphrase_is_valid (fixture->passphrase_path));
    }

  run_hearth (fixture, FALSE, starts_unlocked_body);

  /* A folder in its place is no hash either. */
  g_assert_cmpint (g_unlink (fixture->passphrase_path), ==, 0);
  g_assert_cmpint (g_mkdir (fixture->passphrase_path, 0700), ==, 0);
  g_assert_false (hearth_lock_passphrase_is_valid (fixture->passphrase_path));
  g_assert_cmpint (g_rmdir (fixture->passphrase_path), ==, 0);
  g_assert_false (hearth_lock_passphrase_is_valid (fixture->passphrase_path));
}

static void
three_wrong_body (Run *run)
{
  GStatBuf st;
  guint failures = 0;
  gint64 wait_ends_us = 0;

  for (guint i = 0; i < 3; i++)
    hearth_test_lock_enter_passphrase (run->main_window, WRONG, NULL);
  assert_waiting (run->main_window);

  g_assert_cmpint (hearth_lock_throttle_state_read (run->fixture->state_path, &failures,
                                                    &wait_ends_us),
                   ==, HEARTH_LOCK_THROTTLE_STATE_READ);
  g_assert_cmpuint (failures, ==, 3);
  g_assert_cmpint (wait_ends_us, >, g_get_real_time ());
  g_assert_cmpint (g_stat (run->fixture->state_path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
}

/* Started again during the wait, Hearth still waits: the screen says so
 * from its first frame, and not even the right passphrase is checked. */
static void
still_waiting_body (Run *run)
{
  g_autoptr(GdkTexture) shot = NULL;

  assert_wait_message (run->first_error);
  g_assert_false (run->first_sensitive);

  assert_waiting (run->main_window);
  hearth_test_lock_assert_hidden (run->main_window);
  shot = hearth_gui_test_screenshot (run->main_window, run->fixture->screenshot);

  hearth_test_lock_enter_passphrase (run->main_window, PASSPHRASE, NULL);
  assert_waiting (run->main_window);
  hearth_test_lock_assert_hidden (run->main_window);
}

static void
test_wait_survives_restart (StartFixture  *fixture,
                            gconstpointer  data)
{
  guint failures = 0;
  gint64 wait_ends_us = 0;

  choose_passphrase (fixture);
  run_hearth (fixture, TRUE, three_wrong_body);

  /* On a slow machine (the sanitizer pass) most of the five seconds may be
   * gone before Hearth is up again. Then the file is given the next wait of
   * the same kind, four wrong passphrases and ten seconds, so what is
   * checked is still that a restarted Hearth keeps the wait on disk. */
  g_assert_cmpint (hearth_lock_throttle_state_read (fixture->state_path, &failures, &wait_ends_us),
                   ==, HEARTH_LOCK_THROTTLE_STATE_READ);
  if (wait_ends_us - g_get_real_time () < 3 * G_USEC_PER_SEC)
    g_assert_true (hearth_lock_throttle_state_write (fixture->state_path, 4,
                                                     g_get_real_time () + 10 * G_USEC_PER_SEC,
                                                     NULL));

  fixture->screenshot = "lock-start-wait.png";
  run_hearth (fixture, TRUE, still_waiting_body);
}

/* A damaged count is three wrong passphrases and five seconds' wait,
 * written back so, owner-only. */
static void
test_damaged_count (StartFixture  *fixture,
                    gconstpointer  data)
{
  guint failures = 0;
  gint64 wait_ends_us = 0;
  GStatBuf st;

  choose_passphrase (fixture);
  g_assert_true (g_file_set_contents (fixture->state_path, "[Throttle]\nFailures=", -1, NULL));
  fixture->screenshot = "lock-start-damaged.png";
  run_hearth (fixture, TRUE, still_waiting_body);

  g_assert_cmpint (hearth_lock_throttle_state_read (fixture->state_path, &failures, &wait_ends_us),
                   ==, HEARTH_LOCK_THROTTLE_STATE_READ);
  g_assert_cmpuint (failures, ==, 3);
  g_assert_cmpint (g_stat (fixture->state_path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* Hearth's own data folder, fresh: the passphrase file is looked for in
   * $XDG_DATA_HOME/hearth, as in use. */
  data_home = hearth_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* A loose umask, so owner-only files are owner-only by Hearth's doing. */
  umask (022);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/lock/start/locked", StartFixture, NULL, start_set_up, test_starts_locked,
              start_tear_down);
  g_test_add ("/ui/lock/start/no-passphrase", StartFixture, NULL, start_set_up,
              test_no_passphrase, start_tear_down);
  g_test_add ("/ui/lock/start/switched-off", StartFixture, NULL, start_set_up, test_switched_off,
              start_tear_down);
  g_test_add ("/ui/lock/start/training-unlocked", StartFixture, NULL, start_set_up,
              test_training_unlocked, start_tear_down);
  g_test_add ("/ui/lock/start/passphrase-not-a-hash", StartFixture, NULL, start_set_up,
              test_passphrase_not_a_hash, start_tear_down);
  g_test_add ("/ui/lock/start/wait-survives-restart", StartFixture, NULL, start_set_up,
              test_wait_survives_restart, start_tear_down);
  g_test_add ("/ui/lock/start/damaged-count", StartFixture, NULL, start_set_up,
              test_damaged_count, start_tear_down);

  status = g_test_run ();
  hearth_test_remove_tree (data_home);
  return status;
}
