/* test-ui-lock-throttle.c
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
#include "windows/hearth-lock-throttle-private.h"
#include "windows/hearth-lock-throttle.h"

/*
 * Wrong passphrases at the idle lock: the delay after each (a table), the
 * throttle's count and wait on a clock the test moves, and real locked
 * windows where, after the third wrong passphrase, Unlock waits and says
 * how long, the records stay hidden, the right passphrase after the wait
 * opens them and the count starts again. Nothing logged holds a
 * passphrase. The count and the wait outlive the throttle in an
 * owner-only state file that a new one reads back; a damaged file counts
 * as three wrong passphrases and a wait of five seconds.
 */

#define PASSPHRASE "kettle on the hob"
#define WRONG      "kettle on the hog"

/* Every message logged in the process, whatever its level. */
static GString *logged;

static gint64 fake_now_us = 1000 * G_USEC_PER_SEC;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now_us;
}

static GLogWriterOutput
capture_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  const char *domain = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        g_string_append_printf (logged, "%s\n", (const char *) fields[i].value);
      else if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
    }

  /* Our debug messages are kept here, off the test's output. */
  if (level & G_LOG_LEVEL_DEBUG && g_strcmp0 (domain, "hearth-lock") == 0)
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
test_delay_table (void)
{
  const struct {
    guint failures;
    guint seconds;
  } cases[] = {
    { 0, 0 },
    { 1, 0 },
    { 2, 0 },
    { 3, 5 },
    { 4, 10 },
    { 5, 20 },
    { 6, 40 },
    { 7, 80 },
    { 8, 160 },
    { 9, 300 },
    { 10, 300 },
    { 64, 300 },
    { G_MAXUINT, 300 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%u wrong passphrases", cases[i].failures);
      g_assert_cmpuint (hearth_lock_throttle_delay_seconds (cases[i].failures), ==,
                        cases[i].seconds);
    }
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The count and the wait on their own, on the test's clock. */
static void
test_throttle_counts_and_waits (void)
{
  g_autoptr(HearthLockThrottle) throttle = hearth_lock_throttle_new ();
  guint failures_notified = 0;

  hearth_lock_throttle_set_clock (throttle, fake_clock, NULL);
  g_signal_connect (throttle, "notify::failures", G_CALLBACK (count_notify_cb), &failures_notified);

  hearth_lock_throttle_add_failure (throttle);
  hearth_lock_throttle_add_failure (throttle);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, 2);
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (throttle), ==, 0);

  hearth_lock_throttle_add_failure (throttle);
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (throttle), ==, 5);

  /* Rounded up: half a second left is still a second to wait. */
  fake_now_us += 4 * G_USEC_PER_SEC + G_USEC_PER_SEC / 2;
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (throttle), ==, 1);
  fake_now_us += G_USEC_PER_SEC / 2;
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (throttle), ==, 0);

  hearth_lock_throttle_add_failure (throttle);
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (throttle), ==, 10);

  hearth_lock_throttle_reset (throttle);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, 0);
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (throttle), ==, 0);
  g_assert_cmpuint (failures_notified, ==, 5);

  g_assert_finalize_object (g_steal_pointer (&throttle));
}

static void
assert_state_file (const char *path,
                   guint       failures,
                   guint       wait_seconds)
{
  guint read_failures = G_MAXUINT;
  gint64 wait_ends_us = -1;
  gint64 now_us = g_get_real_time ();
  GStatBuf st;

  g_assert_cmpint (hearth_lock_throttle_state_read (path, &read_failures, &wait_ends_us), ==,
                   HEARTH_LOCK_THROTTLE_STATE_READ);
  g_assert_cmpuint (read_failures, ==, failures);
  if (wait_seconds == 0)
    g_assert_cmpint (wait_ends_us, ==, 0);
  else
    {
      /* Within a second of the wait's end, as the test takes time too. */
      g_assert_cmpint (wait_ends_us, >, now_us + ((gint64) wait_seconds - 1) * G_USEC_PER_SEC);
      g_assert_cmpint (wait_ends_us, <=, now_us + (gint64) wait_seconds * G_USEC_PER_SEC);
    }

  /* Owner-only, whatever the umask (main() sets a loose one). */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
}

/* Only the state file is left in @dir: no temporary file beside it. */
static void
assert_only_file (const char *dir,
                  const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      g_assert_cmpstr (entry, ==, name);
      n++;
    }
  g_assert_cmpuint (n, ==, 1);
}

/* A throttle forgets nothing when another takes its place, as when Hearth
 * is quit at the lock and started again. */
static void
test_throttle_survives_restart (void)
{
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *passphrase_path = g_build_filename (dir, "lock-passphrase", NULL);
  g_autofree char *state_path = hearth_lock_throttle_dup_state_path (passphrase_path);
  g_autoptr(HearthLockThrottle) before = hearth_lock_throttle_new_persistent (state_path);
  g_autoptr(HearthLockThrottle) after = NULL;

  g_assert_true (g_str_has_suffix (state_path, G_DIR_SEPARATOR_S "lock-throttle"));
  hearth_lock_throttle_set_clock (before, fake_clock, NULL);

  /* Nothing is written before a wrong passphrase. */
  hearth_lock_throttle_load (before);
  g_assert_false (g_file_test (state_path, G_FILE_TEST_EXISTS));

  hearth_lock_throttle_add_failure (before);
  assert_state_file (state_path, 1, 0);
  hearth_lock_throttle_add_failure (before);
  hearth_lock_throttle_add_failure (before);
  assert_state_file (state_path, 3, 5);
  assert_only_file (dir, "lock-throttle");
  g_assert_finalize_object (g_steal_pointer (&before));

  /* The next one reads nothing until asked, then waits out the rest. */
  after = hearth_lock_throttle_new_persistent (state_path);
  hearth_lock_throttle_set_clock (after, fake_clock, NULL);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (after), ==, 0);
  hearth_lock_throttle_load (after);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (after), ==, 3);
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (after), ==, 5);
  fake_now_us += 5 * G_USEC_PER_SEC;
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (after), ==, 0);

  /* Counting on from three: the fourth doubles the wait. */
  hearth_lock_throttle_add_failure (after);
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (after), ==, 10);
  assert_state_file (state_path, 4, 10);

  /* A count held here that is larger than the file's is kept. */
  hearth_lock_throttle_add_failure (after);
  g_assert_true (hearth_lock_throttle_state_write (state_path, 3, 0, NULL));
  hearth_lock_throttle_load (after);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (after), ==, 5);
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (after), ==, 20);

  /* The right passphrase removes the file. */
  hearth_lock_throttle_reset (after);
  g_assert_false (g_file_test (state_path, G_FILE_TEST_EXISTS));
  hearth_lock_throttle_load (after);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (after), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&after));
  hearth_test_remove_tree (dir);
}

/* What a new throttle makes of the state file it finds: a table. A
 * damaged file is three wrong passphrases and five seconds' wait, written
 * back so; a wait never runs longer than its count calls for. */
static void
test_throttle_state_file_table (void)
{
  const struct {
    const char *name;
    const char *contents;       /* NULL: no file; "@END@": the wait's end; "@PAD@": 2,000 bytes */
    gint64      wait_ends_s;    /* from now, on the wall clock; 0: "0", no wait */
    gboolean    damaged;
    guint       failures;
    guint       remaining;
  } cases[] = {
    { "missing", NULL, 0, FALSE, 0, 0 },
    { "no wait", "[Throttle]\nFailures=4\nWaitEnds=@END@\n", 0, FALSE, 4, 0 },
    { "waiting", "[Throttle]\nFailures=5\nWaitEnds=@END@\n", 8, FALSE, 5, 8 },
    { "wait over", "[Throttle]\nFailures=9\nWaitEnds=@END@\n", -10, FALSE, 9, 0 },
    { "clock set back", "[Throttle]\nFailures=5\nWaitEnds=@END@\n", 3600, FALSE, 5, 20 },
    { "count without wait", "[Throttle]\nFailures=2\nWaitEnds=@END@\n", 60, FALSE, 2, 0 },
    { "empty", "", 0, TRUE, 3, 5 },
    { "not a key file", "\x01\x02garbage", 0, TRUE, 3, 5 },
    { "other group", "[Lock]\nFailures=1\nWaitEnds=@END@\n", 0, TRUE, 3, 5 },
    { "not a number", "[Throttle]\nFailures=many\nWaitEnds=@END@\n", 0, TRUE, 3, 5 },
    { "wait missing", "[Throttle]\nFailures=1\n", 0, TRUE, 3, 5 },
    { "negative count", "[Throttle]\nFailures=-1\nWaitEnds=@END@\n", 0, TRUE, 3, 5 },
    { "count too large", "[Throttle]\nFailures=4294967296\nWaitEnds=@END@\n", 0, TRUE, 3, 5 },
    { "negative end", "[Throttle]\nFailures=1\nWaitEnds=-5@END@\n", 0, TRUE, 3, 5 },
    { "too long", "[Throttle]\nFailures=1\nWaitEnds=@END@\n#@PAD@", 0, TRUE, 3, 5 },
  };
  g_autofree char *padding = g_strnfill (2000, 'x');

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = hearth_test_make_tmpdir ();
      g_autofree char *state_path = g_build_filename (dir, "lock-throttle", NULL);
      g_autoptr(HearthLockThrottle) throttle = hearth_lock_throttle_new_persistent (state_path);

      g_test_message ("state file: %s", cases[i].name);
      if (cases[i].contents != NULL)
        {
          g_autofree char *ends = NULL;
          g_autoptr(GString) contents = g_string_new (cases[i].contents);

          if (cases[i].wait_ends_s == 0)
            ends = g_strdup ("0");
          else
            ends = g_strdup_printf ("%" G_GINT64_FORMAT,
                                    g_get_real_time () + cases[i].wait_ends_s * G_USEC_PER_SEC);
          g_string_replace (contents, "@END@", ends, 0);
          g_string_replace (contents, "@PAD@", padding, 0);
          g_assert_true (g_file_set_contents (state_path, contents->str, -1, NULL));
        }

      hearth_lock_throttle_set_clock (throttle, fake_clock, NULL);
      hearth_lock_throttle_load (throttle);
      g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, cases[i].failures);
      g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (throttle), ==,
                        cases[i].remaining);

      if (cases[i].contents == NULL)
        g_assert_false (g_file_test (state_path, G_FILE_TEST_EXISTS));
      else if (cases[i].damaged)
        {
          /* Written again as what it counted as, owner-only. */
          assert_state_file (state_path, 3, 5);
          assert_only_file (dir, "lock-throttle");
        }

      g_assert_finalize_object (g_steal_pointer (&throttle));
      hearth_test_remove_tree (dir);
    }
}

/* A state file that cannot even be read or replaced (a folder in its
 * place) still counts as damaged, and says it could not be saved. */
static void
test_throttle_state_file_unreadable (void)
{
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *state_path = g_build_filename (dir, "lock-throttle", NULL);
  g_autoptr(HearthLockThrottle) throttle = hearth_lock_throttle_new_persistent (state_path);

  g_assert_cmpint (g_mkdir (state_path, 0700), ==, 0);
  hearth_lock_throttle_set_clock (throttle, fake_clock, NULL);

  g_test_expect_message ("hearth-lock", G_LOG_LEVEL_WARNING,
                         "The count of wrong passphrases could not be saved*");
  hearth_lock_throttle_load (throttle);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, 3);
  g_assert_cmpuint (hearth_lock_throttle_get_remaining_seconds (throttle), ==, 5);

  g_assert_finalize_object (g_steal_pointer (&throttle));
  hearth_test_remove_tree (dir);
}

/* Both windows refuse a try now, and say so. */
static void
assert_waiting (HearthLockFixture *fixture,
                const char        *message)
{
  GtkWindow *windows[] = { fixture->main_window, fixture->assessment_window };

  g_assert_true (hearth_lock_get_locked (fixture->lock));
  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    {
      g_autofree char *shown = hearth_test_lock_shown_error (windows[i]);

      g_assert_false (gtk_widget_get_sensitive (hearth_test_lock_unlock_button (windows[i])));
      g_assert_cmpstr (shown, ==, message);
      hearth_test_lock_assert_hidden (windows[i]);
    }
}

/* Moves the test's clock on. With @by_tick, waits for the throttle's own
 * tick (once a second) to notice, as it would on the real clock;
 * otherwise asks at once. */
static void
advance_clock (HearthLockThrottle *throttle,
               guint               seconds,
               guint               expected_remaining,
               gboolean            by_tick)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  guint remaining = G_MAXUINT;

  fake_now_us += (gint64) seconds * G_USEC_PER_SEC;
  if (!by_tick)
    hearth_lock_throttle_get_remaining_seconds (throttle);
  while (g_get_monotonic_time () < deadline)
    {
      g_object_get (throttle, "remaining-seconds", &remaining, NULL);
      if (remaining == expected_remaining)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (remaining, ==, expected_remaining);
  hearth_test_lock_iterate_for (20);
}

static void
assert_error (GtkWindow  *window,
              const char *message)
{
  g_autofree char *shown = hearth_test_lock_shown_error (window);

  g_assert_cmpstr (shown, ==, message);
}

static void
test_wrong_passphrases_wait (HearthLockFixture *fixture,
                             gconstpointer      data)
{
  HearthLockThrottle *throttle = hearth_lock_get_throttle (fixture->lock);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  g_autofree char *texts = NULL;

  g_assert_true (hearth_lock_passphrase_set (fixture->passphrase_path, PASSPHRASE, &error));
  g_assert_no_error (error);
  hearth_lock_throttle_set_clock (throttle, fake_clock, NULL);

  /* Locked by hand, with the idle timer off, so that it does not come
   * back between the steps. */
  g_settings_set_boolean (fixture->settings, "idle-lock-enabled", FALSE);
  hearth_lock_lock (fixture->lock);
  hearth_test_lock_iterate_for (50);

  /* Two wrong passphrases: refused, no wait. */
  for (guint i = 0; i < 2; i++)
    {
      hearth_test_lock_enter_passphrase (fixture->main_window, WRONG, NULL);
      assert_error (fixture->main_window, "That is not the passphrase; try again.");
      g_assert_true (gtk_widget_get_sensitive (
        hearth_test_lock_unlock_button (fixture->main_window)));
    }
  g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, 2);

  /* The third, in the other window: both wait five seconds. */
  hearth_test_lock_enter_passphrase (fixture->assessment_window, WRONG, NULL);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, 3);
  assert_waiting (fixture, "Too many wrong passphrases; try again in 5 seconds.");

  hearth_gui_test_show_and_wait (fixture->assessment_window);
  shot = hearth_gui_test_screenshot (fixture->assessment_window, "lock-screen-wait.png");
  g_clear_object (&shot);

  /* Even the right passphrase is not checked during the wait. */
  hearth_test_lock_enter_passphrase (fixture->main_window, PASSPHRASE, NULL);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, 3);
  assert_waiting (fixture, "Too many wrong passphrases; try again in 5 seconds.");

  /* The message counts down, then says the wait is over. */
  advance_clock (throttle, 3, 2, TRUE);
  assert_waiting (fixture, "Too many wrong passphrases; try again in 2 seconds.");
  advance_clock (throttle, 2, 0, TRUE);
  g_assert_true (gtk_widget_get_sensitive (hearth_test_lock_unlock_button (fixture->main_window)));
  g_assert_true (gtk_widget_get_sensitive (
    hearth_test_lock_unlock_button (fixture->assessment_window)));
  assert_error (fixture->main_window, "You can try the passphrase again now.");
  g_assert_true (hearth_lock_get_locked (fixture->lock));

  /* Each wrong one after doubles the wait. */
  hearth_test_lock_enter_passphrase (fixture->main_window, WRONG, NULL);
  assert_waiting (fixture, "Too many wrong passphrases; try again in 10 seconds.");
  advance_clock (throttle, 10, 0, FALSE);
  hearth_test_lock_enter_passphrase (fixture->main_window, WRONG, NULL);
  advance_clock (throttle, 20, 0, FALSE);
  hearth_test_lock_enter_passphrase (fixture->main_window, WRONG, NULL);
  advance_clock (throttle, 40, 0, FALSE);
  hearth_test_lock_enter_passphrase (fixture->main_window, WRONG, NULL);
  g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, 7);

  /* A wait of a minute or more is said in minutes, rounded up. */
  assert_waiting (fixture, "Too many wrong passphrases; try again in 2 minutes.");
  advance_clock (throttle, 20, 60, FALSE);
  assert_waiting (fixture, "Too many wrong passphrases; try again in 1 minute.");
  advance_clock (throttle, 1, 59, FALSE);
  assert_waiting (fixture, "Too many wrong passphrases; try again in 59 seconds.");
  advance_clock (throttle, 59, 0, FALSE);

  /* After the wait, the right passphrase opens every window and the
   * count starts again. */
  hearth_test_lock_enter_passphrase (fixture->assessment_window, PASSPHRASE, NULL);
  g_assert_false (hearth_lock_get_locked (fixture->lock));
  g_assert_cmpuint (hearth_lock_throttle_get_failures (throttle), ==, 0);
  texts = hearth_test_lock_window_texts (fixture->assessment_window);
  g_assert_nonnull (strstr (texts, "Bramble"));

  /* Next time, the screens start clear, and one wrong passphrase is just
   * one. */
  hearth_lock_lock (fixture->lock);
  hearth_test_lock_iterate_for (50);
  g_assert_null (hearth_test_lock_shown_error (fixture->main_window));
  g_assert_true (gtk_widget_get_sensitive (hearth_test_lock_unlock_button (fixture->main_window)));
  hearth_test_lock_enter_passphrase (fixture->main_window, WRONG, NULL);
  assert_error (fixture->main_window, "That is not the passphrase; try again.");
  g_assert_true (gtk_widget_get_sensitive (hearth_test_lock_unlock_button (fixture->main_window)));
  hearth_test_lock_enter_passphrase (fixture->main_window, PASSPHRASE, NULL);
  g_assert_false (hearth_lock_get_locked (fixture->lock));

  /* The log has the count, never a passphrase. */
  g_assert_nonnull (strstr (logged->str, "7 wrong passphrases in a row; the next try waits 80 s"));
  g_assert_null (strstr (logged->str, "kettle"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  /* Catches every message, debug included, from the start. */
  logged = g_string_new (NULL);
  g_setenv ("G_MESSAGES_DEBUG", "hearth-lock", TRUE);
  g_log_set_writer_func (capture_writer, NULL, NULL);

  g_setenv ("HEARTH_IDLE_LOCK_SECONDS_PER_MINUTE", "1", TRUE);
  /* A loose umask, so owner-only files are owner-only by Hearth's doing. */
  umask (022);
  data_home = hearth_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/lock/throttle/delay-table", test_delay_table);
  g_test_add_func ("/ui/lock/throttle/counts-and-waits", test_throttle_counts_and_waits);
  g_test_add_func ("/ui/lock/throttle/survives-restart", test_throttle_survives_restart);
  g_test_add_func ("/ui/lock/throttle/state-file-table", test_throttle_state_file_table);
  g_test_add_func ("/ui/lock/throttle/state-file-unreadable", test_throttle_state_file_unreadable);
  g_test_add ("/ui/lock/throttle/wrong-passphrases-wait", HearthLockFixture, NULL,
              hearth_test_lock_set_up, test_wrong_passphrases_wait, hearth_test_lock_tear_down);

  status = g_test_run ();
  hearth_test_remove_tree (data_home);
  g_string_free (logged, TRUE);
  return status;
}
