/* test-store-open.c
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

#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-test-upgrade.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

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

/* Runs SQL on a raw connection of its own, as another program would. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static void
make_database_with_data (const char *path,
                         guint       n_events)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (path, &error);
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-1", "Oakfoot household");

  g_assert_no_error (error);
  g_assert_true (hearth_store_save_family (store, family, &error));
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(HearthEvent) event = hearth_event_new (family->id, "2024-01-01", HEARTH_EVENT_CATEGORY_OTHER,
                                                       "School", "An event long enough to fill pages "
                                                       "of the database file quickly enough.");

      g_assert_true (hearth_store_save_event (store, event, &error));
    }
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autofree char *before = hearth_test_checksum_file (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, HEARTH_STORE_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("refused: %s", error->message);

  after = hearth_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (fixture->dir, "data", "hearth", NULL);
  g_autofree char *path = g_build_filename (nested, "hearth.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-1", "Oakfoot household");
  g_autoptr(GError) error = NULL;
  mode_t old_umask;
  struct stat st;

  /* A common, permissive umask: the store must not depend on it. */
  old_umask = umask (022);
  store = hearth_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_save_family (store, family, &error));
  umask (old_umask);

  g_assert_cmpstr (hearth_store_get_path (store), ==, path);

  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (shm, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_default_path (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "hearth", "hearth.db", NULL);
  g_autofree char *path = hearth_store_dup_default_path ();

  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_str_has_prefix (path, g_getenv ("XDG_DATA_HOME")));
}

static void
test_connection_settings (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (fixture->path, &error);
  g_autofree char *mode = NULL;

  g_assert_no_error (error);
  mode = query_text (store->db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA synchronous"), ==, 2);   /* FULL */
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA busy_timeout"), ==, 5000);
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA user_version"), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA application_id"), ==,
                   HEARTH_STORE_APPLICATION_ID);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

static void
test_migrate_v1_to_v2 (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-OLD-1", "Oakfoot household");
  g_autoptr(HearthPerson) child = hearth_person_new_child ("Bramble Oakfoot", "2014-02-28");
  g_autoptr(HearthEvent) event = NULL;
  g_autoptr(HearthVisit) visit = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *insert_visit = NULL;
  gint64 audit_rows;

  /* Build a version 1 database with the version 1 code path only. */
  store = hearth_store_open_at_version (fixture->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM pragma_table_info ('visits')"
                                         " WHERE name = 'notes'"), ==, 0);

  g_assert_true (hearth_store_save_family (store, family, &error));
  child->family_id = family->id;
  g_assert_true (hearth_store_save_person (store, child, &error));
  event = hearth_event_new (family->id, "2023-05-06", HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT,
                            "Health visitor", "Missed the two-year check.");
  hearth_event_add_child (event, child->id);
  g_assert_true (hearth_store_save_event (store, event, &error));
  g_assert_no_error (error);

  /* Visits had no notes column in version 1: write one as v1 code did. */
  insert_visit = g_strdup_printf ("INSERT INTO visits (family_id, visited_at, practitioner, announced,"
                                  " others_present, created_at, updated_at)"
                                  " VALUES (%" G_GINT64_FORMAT ", 1700000000, 'Jo Practitioner', 1,"
                                  " NULL, 1700000000, 1700000000)", family->id);
  g_assert_cmpint (sqlite3_exec (store->db, insert_visit, NULL, NULL, NULL), ==, SQLITE_OK);
  audit_rows = hearth_test_query_int (store->db, "SELECT count(*) FROM audit");
  g_assert_finalize_object (g_steal_pointer (&store));

  /* The version 2 step upgrades it, keeping every record. */
  store = hearth_store_open_at_version (fixture->path, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, 2);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                         " AND name = 'events_by_family_date'"), ==, 1);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                         " AND name = 'events_by_family'"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM audit"), ==, audit_rows);

  {
    g_autoptr(HearthFamily) loaded = hearth_store_load_family_by_reference (store, "HX-OLD-1", &error);

    g_assert_no_error (error);
    g_assert_cmpint (loaded->id, ==, family->id);
    g_assert_cmpstr (loaded->display_name, ==, "Oakfoot household");
  }

  events = hearth_store_list_events (store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (((HearthEvent *) g_ptr_array_index (events, 0))->what_happened, ==,
                   "Missed the two-year check.");
  g_assert_cmpint (g_array_index (((HearthEvent *) g_ptr_array_index (events, 0))->child_ids, gint64, 0),
                   ==, child->id);

  {
    g_autoptr(GPtrArray) visits = hearth_store_list_visits (store, family->id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (visits->len, ==, 1);
    visit = hearth_visit_ref (g_ptr_array_index (visits, 0));
  }
  g_assert_null (visit->notes);
  g_assert_cmpstr (visit->practitioner, ==, "Jo Practitioner");

  /* And the new column works. */
  visit->notes = g_strdup ("Added after the upgrade.");
  g_assert_true (hearth_store_save_visit (store, visit, &error));
  g_assert_no_error (error);
  g_clear_pointer (&visit, hearth_visit_unref);
  {
    g_autoptr(GPtrArray) visits = hearth_store_list_visits (store, family->id, &error);

    g_assert_cmpstr (((HearthVisit *) g_ptr_array_index (visits, 0))->notes, ==, "Added after the upgrade.");
  }

  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

/* The hash a version 3 database gives an audit row, recomputed here from
 * the row and the previous hash, as documented in hearth-store-chain.c. */
static char *
expected_hash (sqlite3    *db,
               gint64      id,
               const char *previous)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id, at, actor, family_id, entity_type, entity_id,"
                                           " action, summary FROM audit WHERE id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  g_checksum_update (checksum, (const guchar *) "hearth-audit-1;", -1);
  if (previous != NULL)
    g_checksum_update (checksum, (const guchar *) previous, -1);
  g_checksum_update (checksum, (const guchar *) ";", 1);
  for (int i = 0; i < 8; i++)
    {
      g_autofree char *part = NULL;

      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_NULL:
          part = g_strdup ("N;");
          break;
        case SQLITE_INTEGER:
          part = g_strdup_printf ("I%" G_GINT64_FORMAT ";", (gint64) sqlite3_column_int64 (stmt, i));
          break;
        default:
          part = g_strdup_printf ("T%d:%s", sqlite3_column_bytes (stmt, i),
                                  (const char *) sqlite3_column_text (stmt, i));
          break;
        }
      g_checksum_update (checksum, (const guchar *) part, -1);
    }
  sqlite3_finalize (stmt);

  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_migrate_v2_to_v3 (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-OLD-2", "Oakfoot household");
  g_autoptr(HearthPerson) child = hearth_person_new_child ("Bramble Oakfoot", "2014-02-28");
  g_autoptr(HearthEvent) event = NULL;
  g_autofree char *previous = NULL;
  gint64 audit_rows, n_entries = -1, broken = -1;
  sqlite3_stmt *stmt = NULL;

  /* A version 2 database with an audit trail and no hashes. */
  store = hearth_store_open_at_version (fixture->path, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM pragma_table_info ('audit')"
                                         " WHERE name = 'hash'"), ==, 0);
  g_assert_true (hearth_store_save_family (store, family, &error));
  child->family_id = family->id;
  g_assert_true (hearth_store_save_person (store, child, &error));
  event = hearth_event_new (family->id, "2023-05-06", HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT,
                            "Health visitor", "Missed the two-year check.");
  g_assert_true (hearth_store_save_event (store, event, &error));
  g_assert_true (hearth_store_delete_event (store, event->id, &error));
  g_assert_no_error (error);
  audit_rows = hearth_test_query_int (store->db, "SELECT count(*) FROM audit");
  g_assert_cmpint (audit_rows, ==, 4);
  g_assert_finalize_object (g_steal_pointer (&store));

  /* The version 3 step hashes the existing rows in order. */
  store = hearth_store_open_at_version (fixture->path, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, 3);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM audit"), ==, audit_rows);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM audit WHERE hash IS NULL"), ==, 0);

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, "SELECT id, hash FROM audit ORDER BY id", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *expected = expected_hash (store->db, sqlite3_column_int64 (stmt, 0), previous);

      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, expected);
      g_free (previous);
      previous = g_steal_pointer (&expected);
    }
  sqlite3_finalize (stmt);

  /* New rows join the chain, and the whole trail verifies. */
  g_free (family->display_name);
  family->display_name = g_strdup ("Oakfoot family");
  g_assert_true (hearth_store_save_family (store, family, &error));
  g_assert_no_error (error);
  {
    g_autofree char *last = query_text (store->db, "SELECT hash FROM audit ORDER BY id DESC LIMIT 1");
    g_autofree char *expected = expected_hash (store->db, audit_rows + 1, previous);

    g_assert_cmpstr (last, ==, expected);
  }

  g_assert_true (hearth_store_verify_audit (store, &n_entries, &broken, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_entries, ==, audit_rows + 1);
  g_assert_cmpint (broken, ==, 0);
  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);

  {
    g_autoptr(HearthFamily) loaded = hearth_store_load_family_by_reference (store, "HX-OLD-2", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (loaded->display_name, ==, "Oakfoot family");
  }
}

static void
test_too_new (Fixture       *fixture,
              gconstpointer  data)
{
  make_database_with_data (fixture->path, 3);
  raw_exec (fixture->path, "PRAGMA user_version = 99");

  assert_refused_unchanged (fixture->path, HEARTH_STORE_ERROR_TOO_NEW);
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *noise = g_malloc (8192);
  GRand *rand = g_rand_new_with_seed (7);

  /* A text file. */
  g_file_set_contents (fixture->path, "These are my notes, not a database.\n", -1, &error);
  g_assert_no_error (error);
  assert_refused_unchanged (fixture->path, HEARTH_STORE_ERROR_NOT_A_DATABASE);

  /* Random bytes. */
  for (guint i = 0; i < 8192; i++)
    noise[i] = (char) g_rand_int_range (rand, 0, 256);
  g_rand_free (rand);
  g_file_set_contents (fixture->path, noise, 8192, &error);
  g_assert_no_error (error);
  assert_refused_unchanged (fixture->path, HEARTH_STORE_ERROR_NOT_A_DATABASE);

  /* A real SQLite database of another program. */
  g_unlink (fixture->path);
  raw_exec (fixture->path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
  assert_refused_unchanged (fixture->path, HEARTH_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_database_with_data (fixture->path, 200);
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 8 * 4096);

  /* Cut at a page boundary: the header says there should be more. */
  g_file_set_contents (fixture->path, contents, (gssize) (length / 2 / 4096 * 4096), &error);
  g_assert_no_error (error);
  assert_refused_unchanged (fixture->path, HEARTH_STORE_ERROR_CORRUPT);

  /* Cut mid-page. */
  g_file_set_contents (fixture->path, contents, (gssize) (length / 2 + 100), &error);
  assert_refused_unchanged (fixture->path, HEARTH_STORE_ERROR_CORRUPT);

  /* Cut inside the header. */
  g_file_set_contents (fixture->path, contents, 60, &error);
  assert_refused_unchanged (fixture->path, HEARTH_STORE_ERROR_CORRUPT);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  if (geteuid () == 0)
    {
      g_test_skip ("The superuser can write to read-only files.");
      return;
    }

  make_database_with_data (fixture->path, 1);
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);
  assert_refused_unchanged (fixture->path, HEARTH_STORE_ERROR_READ_ONLY);
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (fixture->path, &error);
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-1", "Oakfoot household");
  sqlite3 *other = NULL;

  g_assert_no_error (error);
  hearth_store_set_busy_timeout (store, 50);

  /* Another program holds the write lock. */
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (hearth_store_save_family (store, family, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "safe"));
  g_assert_null (strstr (error->message, "Oakfoot"));
  g_clear_error (&error);
  g_assert_cmpint (family->id, ==, 0);

  /* Once released, the same save works. */
  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_true (hearth_store_save_family (store, family, &error));
  g_assert_no_error (error);
}

static void
test_reopen_keeps_data (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;

  make_database_with_data (fixture->path, 5);
  store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM events"), ==, 5);
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA user_version"), ==, HEARTH_STORE_SCHEMA_VERSION);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");

  /* GLib reads XDG_DATA_HOME once: set it before anything asks. */
  data_home = hearth_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/open/owner-only-permissions", test_permissions);
  g_test_add_func ("/store/open/default-path", test_default_path);
  ADD ("/store/open/connection-settings", test_connection_settings);
  ADD ("/store/open/reopen", test_reopen_keeps_data);
  ADD ("/store/migrate/v1-to-v2", test_migrate_v1_to_v2);
  ADD ("/store/migrate/v2-to-v3", test_migrate_v2_to_v3);
  ADD ("/store/open/too-new", test_too_new);
  ADD ("/store/open/not-a-database", test_not_a_database);
  ADD ("/store/open/truncated", test_truncated);
  ADD ("/store/open/read-only", test_read_only);
  ADD ("/store/open/locked", test_locked);

#undef ADD

  status = g_test_run ();
  hearth_test_remove_tree (data_home);
  return status;
}
