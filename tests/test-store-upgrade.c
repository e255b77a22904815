/* test-store-upgrade.c
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
#include <string.h>

#include "hearth-test-upgrade.h"

/*
 * Upgrading a version 2 database: in a worker thread with progress, the
 * same result as the synchronous upgrade; refused before anything is
 * written when the caller asks (HEARTH_STORE_OPEN_NO_UPGRADE); cancelled
 * or killed part-way, the version 2 file is left exactly as it was.
 */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

typedef struct
{
  GThread *main_thread;
  guint    n_calls;
  gint64   last_done;
  gint64   total;
  gboolean wrong_thread;
  gboolean went_back;
} ProgressRecord;

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
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* Writes a version 2 database as the earlier Hearth did, through the
 * store's own saves (so each change has its audit row), then, in one
 * transaction, @n_bulk more audit rows of the same shape, with a few rows
 * removed so the ids have gaps. Returns the number of audit rows. */
static gint64
make_v2_database (const char *path,
                  guint       n_events,
                  guint       n_bulk)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open_at_version (path, 2, &error);
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-UP-1", "Ashdown household");
  g_autoptr(HearthPerson) child = hearth_person_new_child ("Wren Ashdown", "2016-03-02");
  gint64 n_audit;

  g_assert_no_error (error);
  hearth_store_set_actor (store, "earlier-hearth");
  g_assert_true (hearth_store_save_family (store, family, &error));
  child->family_id = family->id;
  g_assert_true (hearth_store_save_person (store, child, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(HearthEvent) event = hearth_event_new (family->id, "2023-04-05",
                                                       HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT,
                                                       "Health visitor", "Missed the check.");

      g_assert_true (hearth_store_save_event (store, event, &error));
      if (i % 7 == 3)
        g_assert_true (hearth_store_delete_event (store, event->id, &error));
      g_assert_no_error (error);
    }

  /* And a long trail, with gaps in its ids where rows were removed. */
  if (n_bulk > 0)
    {
      hearth_test_add_audit_rows (store->db, n_bulk, 1);
      exec_sql (store->db, "DELETE FROM audit WHERE id % 97 = 5");
    }

  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA user_version"), ==, 2);
  n_audit = hearth_test_query_int (store->db, "SELECT count(*) FROM audit");
  g_assert_finalize_object (g_steal_pointer (&store));

  /* Closed cleanly: the log was folded into the file, so copying the file
   * copies the database. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  return n_audit;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_copy (source, destination, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_chmod (to, 0600);
}

static void
append_value (GString      *out,
              sqlite3_stmt *stmt,
              int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_NULL:
      g_string_append (out, "NULL");
      break;
    case SQLITE_INTEGER:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, column));
      break;
    case SQLITE_FLOAT:
      g_string_append_printf (out, "%.17g", sqlite3_column_double (stmt, column));
      break;
    default:
      g_string_append_printf (out, "'%s'", (const char *) sqlite3_column_text (stmt, column));
      break;
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* Fails at the first line where @actual and @expected differ, quoting only
 * that line: a dump runs to megabytes. */
static void
assert_same_dump (const char *actual,
                  const char *expected)
{
  g_auto(GStrv) actual_lines = g_strsplit (actual, "\n", -1);
  g_auto(GStrv) expected_lines = g_strsplit (expected, "\n", -1);
  guint i;

  for (i = 0; actual_lines[i] != NULL && expected_lines[i] != NULL; i++)
    if (!g_str_equal (actual_lines[i], expected_lines[i]))
      break;

  if (actual_lines[i] != NULL || expected_lines[i] != NULL)
    g_test_message ("line %u differs: %s\nexpected: %s", i + 1,
                    actual_lines[i] != NULL ? actual_lines[i] : "(end)",
                    expected_lines[i] != NULL ? expected_lines[i] : "(end)");
  g_assert_null (actual_lines[i]);
  g_assert_null (expected_lines[i]);
}

/* Everything a database holds, as text: its header fields, its schema and
 * every row of every table, each table's rows sorted. */
static char *
dump_database (const char *path)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_string_append_printf (out, "user_version %" G_GINT64_FORMAT "\napplication_id %" G_GINT64_FORMAT "\n",
                          hearth_test_query_int (db, "PRAGMA user_version"),
                          hearth_test_query_int (db, "PRAGMA application_id"));

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM sqlite_master"
                                           " ORDER BY type, name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_string_append_printf (out, "%s %s %s: %s\n", sqlite3_column_text (stmt, 0),
                              sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2),
                              sqlite3_column_text (stmt, 3));
      if (g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "table"))
        g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[t]);
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              g_string_append (row, c > 0 ? "|" : "");
              append_value (row, stmt, c);
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);

      g_ptr_array_sort (rows, compare_rows);
      g_string_append_printf (out, "table %s: %u rows\n", (char *) tables->pdata[t], rows->len);
      for (guint r = 0; r < rows->len; r++)
        g_string_append_printf (out, "%s\n", (char *) rows->pdata[r]);
    }

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Opens @path (at the current version already) and runs every check. */
static void
assert_sound (const char *path,
              gint64      n_audit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open_full (path, HEARTH_STORE_OPEN_NO_UPGRADE, &error);
  gint64 n_entries = 0, broken = -1;

  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_store_verify_audit (store, &n_entries, &broken, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_entries, ==, n_audit);
  g_assert_cmpint (broken, ==, 0);
}

static void
record_progress_cb (gint64   done,
                    gint64   total,
                    gpointer user_data)
{
  ProgressRecord *record = user_data;

  if (g_thread_self () != record->main_thread)
    record->wrong_thread = TRUE;
  if (done < record->last_done || done > total)
    record->went_back = TRUE;
  record->n_calls++;
  record->last_done = done;
  record->total = total;
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (source);
  *out = g_object_ref (result);
}

/* Runs hearth_store_open_async() to the end in the default main context. */
static HearthStore *
open_async_and_wait (const char      *path,
                     ProgressRecord  *record,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  hearth_store_open_async (path, record != NULL ? record_progress_cb : NULL, record, cancellable,
                           opened_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* Nothing reports after the callback: the worker let go of everything. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return hearth_store_open_finish (result, error);
}

static void
test_async_matches_sync (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *sync_path = g_build_filename (fixture->dir, "sync.db", NULL);
  g_autofree char *async_path = g_build_filename (fixture->dir, "async.db", NULL);
  g_autofree char *sync_dump = NULL;
  g_autofree char *async_dump = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-UP-2", "Fernhill household");
  ProgressRecord record = { g_thread_self () };
  gint64 n_audit;

  /* Debian's SQLite is built thread-safe (serialized), which the worker
   * thread needs. */
  g_assert_cmpint (sqlite3_threadsafe (), !=, 0);

  n_audit = make_v2_database (fixture->path, 300, 20000);
  g_assert_cmpint (n_audit, >, 20000);
  copy_file (fixture->path, sync_path);
  copy_file (fixture->path, async_path);

  store = hearth_store_open (sync_path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));

  store = open_async_and_wait (async_path, &record, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);

  /* Progress came on this thread, counted the audit rows, never went
   * back. */
  g_test_message ("%u progress reports for %" G_GINT64_FORMAT " audit rows", record.n_calls, n_audit);
  g_assert_cmpuint (record.n_calls, >=, 1);
  g_assert_false (record.wrong_thread);
  g_assert_false (record.went_back);
  g_assert_cmpint (record.total, ==, n_audit);

  /* Both copies hold the same: schema, version, records, audit rows and
   * their hashes. */
  sync_dump = dump_database (sync_path);
  async_dump = dump_database (async_path);
  g_assert_cmpuint (strlen (sync_dump), >, 1000000);
  assert_same_dump (async_dump, sync_dump);

  /* The store works here, in the thread it was handed to, and its new
   * audit rows join the chain. */
  g_assert_true (hearth_store_save_family (store, family, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));

  assert_sound (sync_path, n_audit);
  assert_sound (async_path, n_audit + 1);
}

static void
test_no_upgrade_flag (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *new_path = g_build_filename (fixture->dir, "new", "hearth.db", NULL);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  gint64 n_audit;

  n_audit = make_v2_database (fixture->path, 5, 0);
  before = hearth_test_checksum_file (fixture->path);

  /* An older database: refused, untouched. */
  store = hearth_store_open_full (fixture->path, HEARTH_STORE_OPEN_NO_UPGRADE, &error);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NEEDS_UPGRADE);
  g_assert_null (store);
  g_clear_error (&error);
  hearth_test_assert_still_v2 (fixture->path, before, n_audit);

  /* Upgraded, it opens with the flag. */
  store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
  assert_sound (fixture->path, n_audit);

  /* A missing database is still created at once, at the current version. */
  store = hearth_store_open_full (new_path, HEARTH_STORE_OPEN_NO_UPGRADE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
}

static void
cancel_part_way_cb (gint64   done,
                    gint64   total,
                    gpointer user_data)
{
  if (done >= 8192)
    g_cancellable_cancel (user_data);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autofree char *before = NULL;
  HearthStoreUpgrade upgrade = { cancel_part_way_cb, NULL, NULL };
  gint64 n_audit;

  n_audit = make_v2_database (fixture->path, 20, 50000);
  before = hearth_test_checksum_file (fixture->path);

  /* Cancelled in the middle of hashing the trail (on this thread, so
   * exactly there): the upgrade rolls back. */
  upgrade.progress_data = cancellable;
  upgrade.cancellable = cancellable;
  store = hearth_store_open_upgrading (fixture->path, &upgrade, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (store);
  g_clear_error (&error);
  hearth_test_assert_still_v2 (fixture->path, before, n_audit);

  /* Through the worker thread, cancelled before it starts. */
  store = open_async_and_wait (fixture->path, NULL, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (store);
  g_clear_error (&error);
  hearth_test_assert_still_v2 (fixture->path, before, n_audit);

  /* The next open upgrades it whole. */
  store = open_async_and_wait (fixture->path, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&store));
  assert_sound (fixture->path, n_audit);
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : -1;
}

/* Runs hearth-cli on @path until it says it is upgrading; returns it
 * running. */
static GSubprocess *
start_upgrade (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) input = NULL;
  g_autofree char *line = NULL;
  const char *argv[] = { g_getenv ("HEARTH_CLI"), "--database", path, "family", "HX-UP-1", NULL };
  GSubprocess *child;

  g_assert_nonnull (argv[0]);
  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                             &error);
  g_assert_no_error (error);
  input = g_data_input_stream_new (g_subprocess_get_stderr_pipe (child));
  line = g_data_input_stream_read_line (input, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (line, "hearth-cli: Bringing the records up to date"));

  return child;
}

/* The schema version a reader sees now, log included, without changing
 * anything: a read-only connection neither upgrades nor checkpoints. */
static gint64
peek_version (const char *path)
{
  sqlite3 *db = NULL;
  gint64 version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  version = hearth_test_query_int (db, "PRAGMA user_version");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  return version;
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

static void
test_killed (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *pristine = g_build_filename (fixture->dir, "pristine.db", NULL);
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  guint n_rolled_back = 0, n_with_log = 0, n_completed = 0;
  double upgrade_s;
  gint64 n_audit;

  n_audit = make_v2_database (fixture->path, 20, 300000);
  before = hearth_test_checksum_file (fixture->path);
  copy_file (fixture->path, pristine);

  /* How long a whole upgrade takes here, on a copy. */
  {
    g_autofree char *trial = g_build_filename (fixture->dir, "trial.db", NULL);
    g_autoptr(GSubprocess) child = NULL;

    copy_file (pristine, trial);
    child = start_upgrade (trial);
    g_timer_start (timer);
    g_assert_true (g_subprocess_wait_check (child, NULL, &error));
    g_assert_no_error (error);
    upgrade_s = g_timer_elapsed (timer, NULL);
    assert_sound (trial, n_audit);
  }
  g_test_message ("a whole upgrade of %" G_GINT64_FORMAT " audit rows took %.2f s", n_audit, upgrade_s);

  /* Killed at moments spread over most of that time. Either the kill came
   * before the commit, and the file is the version 2 file, byte for byte,
   * or after it, and the database is whole at version 3: never anything
   * in between. */
  for (guint run = 0; run < 10; run++)
    {
      g_autoptr(GSubprocess) child = start_upgrade (fixture->path);
      gulong delay_us = (gulong) (upgrade_s * 1e6 * (0.05 + 0.75 * run / 9.0));
      gint64 log_size;

      g_usleep (delay_us);
      log_size = file_size (wal);
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (child) || g_subprocess_get_successful (child));

      if (peek_version (fixture->path) == 2)
        {
          hearth_test_assert_still_v2 (fixture->path, before, n_audit);
          n_rolled_back++;
          if (log_size > 32)
            n_with_log++;
          continue;
        }

      assert_sound (fixture->path, n_audit);
      n_completed++;
      remove_database (fixture->path);
      copy_file (pristine, fixture->path);
    }

  g_test_message ("%u upgrades killed and rolled back (%u with uncommitted pages in the log), "
                  "%u done before the kill", n_rolled_back, n_with_log, n_completed);
  /* The test proves nothing unless kills landed in the middle. */
  g_assert_cmpuint (n_rolled_back, >=, 4);
  g_assert_cmpuint (n_with_log, >=, 2);

  /* The next open upgrades it whole. */
  {
    g_autoptr(HearthStore) store = hearth_store_open (fixture->path, &error);

    g_assert_no_error (error);
  }
  assert_sound (fixture->path, n_audit);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/upgrade/async-matches-sync", test_async_matches_sync);
  ADD ("/store/upgrade/no-upgrade-flag", test_no_upgrade_flag);
  ADD ("/store/upgrade/cancelled", test_cancelled);
  ADD ("/store/upgrade/killed", test_killed);

#undef ADD

  return g_test_run ();
}
