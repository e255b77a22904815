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
#define N_KILLS 120

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
    }

  g_test_message ("%u kills, %u acknowledged writes (%u events, %u responses)",
                  n_kills, acked.n_lines, acked.events->len, g_hash_table_size (acked.responses));
  g_assert_cmpuint (n_kills, >=, 100);
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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/durability/kill-writer", test_kill_writer);

  return g_test_run ();
}
