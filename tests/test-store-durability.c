/* test-store-durability.c
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
#include <signal.h>
#include <stdlib.h>

#include "hearth-test-tmpdir.h"
#include "store/hearth-store-private.h"

/* At least this many kills, each at a random moment of the writer's life:
 * while opening or creating the database, mid-transaction, mid-commit. */
#define N_KILLS 200

/* Opens the database as the GUI would after a crash, and runs the full
 * check: SQLite's integrity check, the foreign key check and the audit
 * trail's hash chain. */
static void
assert_check_clean (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
}

typedef struct
{
  GArray     *events;      /* gint64 ids acknowledged */
  GHashTable *responses;   /* "assessment item" → level, acknowledged */
  guint       n_lines;
} Acknowledged;

static void
record_line (const char   *line,
             Acknowledged *acked)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);

  if (g_strcmp0 (words[0], "event") == 0)
    {
      gint64 id = g_ascii_strtoll (words[1], NULL, 10);

      g_assert_cmpint (id, >, 0);
      g_array_append_val (acked->events, id);
    }
  else
    {
      g_assert_cmpstr (words[0], ==, "response");
      g_assert_cmpuint (g_strv_length (words), ==, 4);
      g_hash_table_insert (acked->responses, g_strconcat (words[1], " ", words[2], NULL),
                           GINT_TO_POINTER (atoi (words[3])));
    }
  acked->n_lines++;
}

/* Reads what the killed writer printed. A last piece without a newline is
 * a line cut short by the kill: it was never acknowledged. */
static void
read_acknowledgements (GDataInputStream *input,
                       Acknowledged     *acked)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint8 buffer[4096];
  gssize n;

  while ((n = g_input_stream_read (G_INPUT_STREAM (input), buffer, sizeof buffer, NULL, &error)) > 0)
    g_byte_array_append (bytes, buffer, (guint) n);
  g_assert_no_error (error);

  text = g_strndup (bytes->len > 0 ? (const char *) bytes->data : "", bytes->len);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    record_line (lines[i], acked);
}

/* How many of the acknowledged responses the database holds with the
 * acknowledged level and note. */
static guint
count_responses (HearthStore *store,
                 GHashTable  *responses)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  g_hash_table_iter_init (&iter, responses);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, " ", 2);
      g_autoptr(GError) error = NULL;
      g_autoptr(HearthAssessment) assessment = NULL;
      const HearthResponse *response;

      assessment = hearth_store_load_assessment (store, g_ascii_strtoll (parts[0], NULL, 10), &error);
      g_assert_no_error (error);
      response = hearth_assessment_lookup_response (assessment, parts[1]);
      if (response != NULL && response->level == GPOINTER_TO_INT (value)
          && g_strcmp0 (response->note, "Seen at the visit; a note that must survive.") == 0)
        n++;
    }

  return n;
}

static void
test_kill_writer (void)
{
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "hearth.db", NULL);
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "durability-writer", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  Acknowledged acked = { NULL };
  GHashTableIter iter;
  gpointer key, value;
  guint n_kills = 0;

  acked.events = g_array_new (FALSE, FALSE, sizeof (gint64));
  acked.responses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint run = 0; run < N_KILLS; run++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GDataInputStream) input = NULL;
      const char *argv[] = { writer, path, NULL };
      /* Every fourth kill counts from the start, so it may land while the
       * database is opened or created; the others count from the first
       * acknowledged write, so they land among commits. */
      gboolean from_start = run % 4 == 0;
      gulong delay_us = (gulong) g_test_rand_int_range (0, from_start ? 40000 : 20000);

      child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
      g_assert_no_error (error);
      input = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

      if (!from_start)
        {
          g_autofree char *line = g_data_input_stream_read_line (input, NULL, NULL, &error);

          g_assert_no_error (error);
          g_assert_nonnull (line);
          record_line (line, &acked);
        }

      g_usleep (delay_us);
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);

      /* A writer that exited on its own reported an error: fail. */
      g_assert_true (g_subprocess_get_if_signaled (child));
      g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
      n_kills++;

      read_acknowledgements (input, &acked);

      /* Every crash leaves a database that passes the check. */
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        assert_check_clean (path);
    }

  g_test_message ("%u kills, %u acknowledged writes (%u events, %u responses)",
                  n_kills, acked.n_lines, acked.events->len, g_hash_table_size (acked.responses));
  g_assert_cmpuint (n_kills, >=, 200);
  /* The test proves nothing unless the writer got writes acknowledged. */
  g_assert_cmpuint (acked.events->len, >=, 20);
  g_assert_cmpuint (g_hash_table_size (acked.responses), >=, 20);

  store = hearth_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < acked.events->len; i++)
    {
      g_autoptr(HearthEvent) event = hearth_store_load_event (store, g_array_index (acked.events, gint64, i),
                                                              &error);

      g_assert_no_error (error);
      g_assert_cmpstr (event->what_happened, ==, "A write that must survive.");
    }

  g_hash_table_iter_init (&iter, acked.responses);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, " ", 2);
      g_autoptr(HearthAssessment) assessment = NULL;
      const HearthResponse *response;

      assessment = hearth_store_load_assessment (store, g_ascii_strtoll (parts[0], NULL, 10), &error);
      g_assert_no_error (error);
      response = hearth_assessment_lookup_response (assessment, parts[1]);
      g_assert_nonnull (response);
      g_assert_cmpint (response->level, ==, GPOINTER_TO_INT (value));
      g_assert_cmpstr (response->note, ==, "Seen at the visit; a note that must survive.");
    }

  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (store->db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
    sqlite3_finalize (stmt);
  }

  g_array_unref (acked.events);
  g_hash_table_unref (acked.responses);
  g_assert_finalize_object (g_steal_pointer (&store));
  hearth_test_remove_tree (dir);
}

/* The family's record counts, or NULL when the database has no family
 * with @reference: "people visits assessments responses events periods
 * supervisions audit". */
static char *
family_counts (HearthStore *store,
               const char  *reference)
{
  sqlite3_stmt *stmt = NULL;
  char *counts = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db,
                                       "SELECT (SELECT count(*) FROM people WHERE family_id = f.id),"
                                       " (SELECT count(*) FROM visits WHERE family_id = f.id),"
                                       " (SELECT count(*) FROM assessments WHERE family_id = f.id),"
                                       " (SELECT count(*) FROM responses JOIN assessments a"
                                       "   ON a.id = responses.assessment_id WHERE a.family_id = f.id),"
                                       " (SELECT count(*) FROM events WHERE family_id = f.id),"
                                       " (SELECT count(*) FROM periods WHERE family_id = f.id),"
                                       " (SELECT count(*) FROM supervisions WHERE family_id = f.id),"
                                       " (SELECT count(*) FROM audit WHERE family_id = f.id)"
                                       " FROM families f WHERE case_reference = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, reference, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      counts = g_strdup_printf ("%d %d %d %d %d %d %d %d",
                                sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1),
                                sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3),
                                sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5),
                                sqlite3_column_int (stmt, 6), sqlite3_column_int (stmt, 7));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    }
  else
    g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return counts;
}

static GSubprocess *
spawn_import (const char *database,
              const char *file)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("HEARTH_CLI"), "--database", database, "import", file, "--replace", NULL };
  GSubprocess *child;

  g_assert_nonnull (argv[0]);
  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);
  return child;
}

#define N_REFERENCES 5

/*
 * Kills `hearth-cli import --replace` at random moments. Five case
 * references take turns, so imports both add families and replace them.
 * After every kill the database passes the check, and each reference is
 * either absent (never imported) or there with every one of its records:
 * an import is never half visible, and an acknowledged one never lost.
 */
static void
test_kill_import (void)
{
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "hearth.db", NULL);
  g_autofree char *reference_db = g_build_filename (dir, "reference.db", NULL);
  g_autofree char *source = g_build_filename (g_getenv ("HEARTH_SOURCE_DIR"), "resources", "training",
                                              "nettlebury.xml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  gboolean acked[N_REFERENCES] = { FALSE };
  guint n_killed = 0, n_completed = 0;
  gint64 duration_us;

  g_assert_true (g_file_get_contents (source, &contents, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < N_REFERENCES; i++)
    {
      g_autofree char *name = g_strdup_printf ("family-%u.xml", i);
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_autofree char *reference = g_strdup_printf ("reference=\"KILL-%u\"", i);
      g_auto(GStrv) parts = g_strsplit (contents, "reference=\"TRN-NETTLEBURY-03\"", 2);
      g_autofree char *text = NULL;

      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      text = g_strjoin (reference, parts[0], parts[1], NULL);
      g_assert_true (g_file_set_contents (file, text, -1, &error));
    }

  /* One import run to the end gives the counts to expect and its time. */
  {
    g_autofree char *file = g_build_filename (dir, "family-0.xml", NULL);
    g_autoptr(GSubprocess) child = NULL;
    g_autoptr(HearthStore) store = NULL;
    gint64 start = g_get_monotonic_time ();

    child = spawn_import (reference_db, file);
    g_assert_true (g_subprocess_wait_check (child, NULL, &error));
    g_assert_no_error (error);
    duration_us = g_get_monotonic_time () - start;

    store = hearth_store_open (reference_db, &error);
    g_assert_no_error (error);
    expected = family_counts (store, "KILL-0");
    g_assert_nonnull (expected);
    g_test_message ("an import takes %" G_GINT64_FORMAT " ms; its family: %s",
                    duration_us / 1000, expected);
  }

  for (guint run = 0; run < N_KILLS; run++)
    {
      guint which = run % N_REFERENCES;
      g_autofree char *name = g_strdup_printf ("family-%u.xml", which);
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_autoptr(GSubprocess) child = spawn_import (path, file);
      g_autoptr(HearthStore) store = NULL;

      /* Anywhere from start-up to just after the commit. */
      g_usleep ((gulong) g_test_rand_int_range (0, (gint32) MAX (duration_us * 12 / 10, 1000)));
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);

      if (g_subprocess_get_if_signaled (child))
        n_killed++;
      else
        {
          /* It finished first: it must have succeeded. */
          g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);
          acked[which] = TRUE;
          n_completed++;
        }

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;

      assert_check_clean (path);

      store = hearth_store_open (path, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < N_REFERENCES; i++)
        {
          g_autofree char *ref = g_strdup_printf ("KILL-%u", i);
          g_autofree char *found = family_counts (store, ref);

          if (found != NULL)
            g_assert_cmpstr (found, ==, expected);
          else
            g_assert_false (acked[i]);
        }
      g_assert_finalize_object (g_steal_pointer (&store));
    }

  g_test_message ("%u imports killed, %u finished first", n_killed, n_completed);
  g_assert_cmpuint (n_killed + n_completed, >=, 200);
  /* The test proves nothing unless kills landed and imports landed. */
  g_assert_cmpuint (n_killed, >=, 50);
  g_assert_cmpuint (n_completed, >=, 10);

  hearth_test_remove_tree (dir);
}

/*
 * Two processes write to one database at the same time: each waits for
 * the other's write lock, neither fails, and the result holds every
 * write both acknowledged and passes the check.
 */
static void
test_two_writers (void)
{
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "hearth.db", NULL);
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "durability-writer", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  GSubprocess *children[2];
  GDataInputStream *inputs[2];
  Acknowledged acked[2] = { { NULL }, { NULL } };

  /* The family exists first, so the writers never race to create it. */
  store = hearth_store_open (path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(HearthFamily) family = hearth_family_new ("DUR-1", "Durability household");

    g_assert_true (hearth_store_save_family (store, family, &error));
    g_assert_no_error (error);
  }
  g_assert_finalize_object (g_steal_pointer (&store));

  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { writer, path, "2000", NULL };

      acked[i].events = g_array_new (FALSE, FALSE, sizeof (gint64));
      acked[i].responses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      children[i] = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                                       &error);
      g_assert_no_error (error);
      inputs[i] = g_data_input_stream_new (g_subprocess_get_stdout_pipe (children[i]));
    }

  g_usleep (1500 * 1000);

  for (guint i = 0; i < 2; i++)
    {
      g_subprocess_send_signal (children[i], SIGKILL);
      g_subprocess_wait (children[i], NULL, &error);
      g_assert_no_error (error);
      /* Neither gave up with an error while the other held the lock. */
      g_assert_true (g_subprocess_get_if_signaled (children[i]));
      read_acknowledgements (inputs[i], &acked[i]);
      g_test_message ("writer %u: %u writes acknowledged", i, acked[i].n_lines);
      g_assert_cmpuint (acked[i].n_lines, >=, 10);
    }

  assert_check_clean (path);
  store = hearth_store_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      for (guint j = 0; j < acked[i].events->len; j++)
        {
          g_autoptr(HearthEvent) event = hearth_store_load_event (store, g_array_index (acked[i].events, gint64, j),
                                                                  &error);

          g_assert_no_error (error);
          g_assert_cmpstr (event->what_happened, ==, "A write that must survive.");
        }
      g_assert_cmpint (count_responses (store, acked[i].responses), ==, g_hash_table_size (acked[i].responses));

      g_array_unref (acked[i].events);
      g_hash_table_unref (acked[i].responses);
      g_object_unref (inputs[i]);
      g_object_unref (children[i]);
    }
  g_assert_finalize_object (g_steal_pointer (&store));
  hearth_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/durability/kill-writer", test_kill_writer);
  g_test_add_func ("/store/durability/kill-import", test_kill_import);
  g_test_add_func ("/store/durability/two-writers", test_two_writers);

  return g_test_run ();
}
