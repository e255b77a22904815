/* test-store-backup.c
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
#include <string.h>
#include <sys/stat.h>

#include "hearth-test-store.h"

/* Backup, restore and the audit trail's hash chain, on real files. */

static void
fill (HearthStore *store,
      guint        n_events)
{
  g_autoptr(HearthFamily) family = add_family (store, "BK-1", "Oakfoot household");
  g_autoptr(HearthPerson) child = add_child (store, family->id, "Bramble Oakfoot", "2015-04-01");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(HearthEvent) event = hearth_event_new (family->id, "2024-02-03",
                                                       HEARTH_EVENT_CATEGORY_EDUCATION, "School",
                                                       "Late for school again.");

      hearth_event_add_child (event, child->id);
      g_assert_true (hearth_store_save_event (store, event, &error));
      g_assert_no_error (error);
    }
}

static void
copy_file_bytes (const char *from,
                 const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The files in @dir, sorted, as one string: shows leftovers. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (handle);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

static void
assert_one_sentence (const GError *error)
{
  gsize length;

  g_assert_nonnull (error);
  length = strlen (error->message);
  g_assert_cmpuint (length, >, 10);
  g_assert_cmpint (error->message[length - 1], ==, '.');
  g_assert_null (strchr (error->message, '\n'));
  g_assert_null (strstr (error->message, "Oakfoot"));
  g_assert_null (strstr (error->message, "Bramble"));
}

static void
test_backup_while_open (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *restored = g_build_filename (fixture->dir, "restored", "hearth.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = NULL;
  sqlite3 *other = NULL;
  mode_t old_umask;

  fill (fixture->store, 50);

  /* Another connection (the GUI) is mid-write: its change is not
   * committed, so it must not be in the backup, and the backup must not
   * wait for it. */
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  hearth_store_chain_register (other);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE;"
                                        "INSERT INTO families (case_reference, display_name,"
                                        " created_at, updated_at) VALUES ('BK-2', 'Uncommitted', 1, 1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  old_umask = umask (022);
  g_assert_true (hearth_store_backup (fixture->store, out, &error));
  umask (old_umask);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  assert_mode (out, 0600);
  {
    g_autofree char *files = list_dir (fixture->dir);

    /* No partial file or journal is left; the store's own WAL stays. */
    g_assert_cmpstr (files, ==, "backup.db hearth.db hearth.db-shm hearth.db-wal");
  }

  /* The backup restores to the records as they were committed. */
  g_assert_true (hearth_store_restore (out, restored, &error));
  g_assert_no_error (error);
  assert_mode (restored, 0600);
  {
    g_autofree char *dir = g_path_get_dirname (restored);

    assert_mode (dir, 0700);
  }

  store = hearth_store_open (restored, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);
  family = hearth_store_load_family_by_reference (store, "BK-1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_count_events (store, family->id, &error), ==, 50);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM families WHERE case_reference = 'BK-2'"),
                   ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit"),
                   ==, count_rows (fixture->store, "SELECT count(*) FROM audit"));
}

static void
test_backup_refuses_existing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "backup.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  fill (fixture->store, 1);
  g_assert_true (g_file_set_contents (out, "Keep me.", -1, NULL));
  before = hearth_test_checksum_file (out);

  g_assert_false (hearth_store_backup (fixture->store, out, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_DUPLICATE);
  assert_one_sentence (error);
  g_clear_error (&error);
  after = hearth_test_checksum_file (out);
  g_assert_cmpstr (before, ==, after);

  g_assert_false (hearth_store_backup (fixture->store, missing, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN);
  assert_one_sentence (error);
  {
    g_autofree char *files = list_dir (fixture->dir);

    g_assert_cmpstr (files, ==, "backup.db hearth.db hearth.db-shm hearth.db-wal");
  }
}

/* Builds a backup at @out and lets @damage change it. */
typedef void (*DamageFunc) (const char *path);

static void
damage_text (const char *path)
{
  g_assert_true (g_file_set_contents (path, "These are notes, not a database.\n", -1, NULL));
}

static void
damage_other_program (const char *path)
{
  g_unlink (path);
  raw_exec (path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
}

static void
damage_truncate (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) (length / 2 / 4096 * 4096), NULL));
}

static void
damage_too_new (const char *path)
{
  raw_exec (path, "PRAGMA user_version = 99");
}

static void
damage_dangling_link (const char *path)
{
  raw_exec (path, "PRAGMA foreign_keys = OFF;"
                  "UPDATE events SET family_id = 999 WHERE id = 3");
}

static void
damage_audit_row (const char *path)
{
  raw_exec (path, "UPDATE audit SET actor = 'someone else' WHERE id = 4");
}

static void
damage_page (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  /* Scribble over an interior page, keeping the header. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 6 * 4096);
  memset (contents + 3 * 4096 + 8, 0x5a, 2048);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
}

static const struct
{
  const char *name;
  DamageFunc  damage;
  int         code;
} restore_refusals[] = {
  { "text", damage_text, HEARTH_STORE_ERROR_NOT_A_DATABASE },
  { "other-program", damage_other_program, HEARTH_STORE_ERROR_NOT_A_DATABASE },
  { "truncated", damage_truncate, HEARTH_STORE_ERROR_CORRUPT },
  { "too-new", damage_too_new, HEARTH_STORE_ERROR_TOO_NEW },
  { "dangling-link", damage_dangling_link, HEARTH_STORE_ERROR_CORRUPT },
  { "audit-edited", damage_audit_row, HEARTH_STORE_ERROR_TAMPERED },
  { "page-damaged", damage_page, HEARTH_STORE_ERROR_CORRUPT },
};

static void
test_restore_refusals (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *good = g_build_filename (fixture->dir, "good.db", NULL);
  g_autoptr(GError) error = NULL;

  fill (fixture->store, 200);
  g_assert_true (hearth_store_backup (fixture->store, good, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (restore_refusals); i++)
    {
      g_autofree char *work = g_build_filename (fixture->dir, restore_refusals[i].name, NULL);
      g_autofree char *backup = g_build_filename (work, "backup.db", NULL);
      g_autofree char *target = g_build_filename (work, "new.db", NULL);
      g_autofree char *contents = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *files = NULL;
      gsize length;

      g_test_message ("restore refusal: %s", restore_refusals[i].name);
      g_assert_cmpint (g_mkdir (work, 0700), ==, 0);
      g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (backup, contents, (gssize) length, NULL));
      restore_refusals[i].damage (backup);
      before = hearth_test_checksum_file (backup);

      g_assert_false (hearth_store_restore (backup, target, &error));
      g_assert_error (error, HEARTH_STORE_ERROR, restore_refusals[i].code);
      assert_one_sentence (error);
      g_test_message ("  %s", error->message);
      if (restore_refusals[i].code == HEARTH_STORE_ERROR_TAMPERED)
        g_assert_nonnull (strstr (error->message, "entry 4;"));
      g_clear_error (&error);

      /* The backup is only read, and nothing is left behind. */
      after = hearth_test_checksum_file (backup);
      g_assert_cmpstr (before, ==, after);
      files = list_dir (work);
      g_assert_cmpstr (files, ==, "backup.db");
    }
}

static void
test_restore_refuses_existing (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *wal_only = g_build_filename (fixture->dir, "crashed.db", NULL);
  g_autofree char *wal = g_strconcat (wal_only, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  fill (fixture->store, 3);
  g_assert_true (hearth_store_backup (fixture->store, backup, &error));
  g_assert_no_error (error);

  /* The live database. */
  before = hearth_test_checksum_file (fixture->path);
  g_assert_false (hearth_store_restore (backup, fixture->path, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_DUPLICATE);
  assert_one_sentence (error);
  g_clear_error (&error);
  after = hearth_test_checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* A database a crash left as its write-ahead log alone. */
  g_assert_true (g_file_set_contents (wal, "log", -1, NULL));
  g_assert_false (hearth_store_restore (backup, wal_only, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (g_file_test (wal_only, G_FILE_TEST_EXISTS));

  /* A live database copied with its write-ahead log beside it. */
  {
    g_autofree char *copy = g_build_filename (fixture->dir, "copied.db", NULL);
    g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
    g_autofree char *target = g_build_filename (fixture->dir, "new.db", NULL);

    copy_file_bytes (backup, copy);
    g_assert_true (g_file_set_contents (copy_wal, "frames", -1, NULL));
    g_assert_false (hearth_store_restore (copy, target, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
    assert_one_sentence (error);
    g_clear_error (&error);
    g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  }

  /* No backup at all. */
  {
    g_autofree char *nowhere = g_build_filename (fixture->dir, "nowhere.db", NULL);
    g_autofree char *target = g_build_filename (fixture->dir, "new.db", NULL);

    g_assert_false (hearth_store_restore (nowhere, target, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN);
    assert_one_sentence (error);
    g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  }
}

static void
test_restore_old_version (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *old = g_build_filename (fixture->dir, "old.db", NULL);
  g_autofree char *target = g_build_filename (fixture->dir, "new.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  gint64 n_entries = 0;

  /* A version 2 backup has no hashes yet; restoring upgrades it. */
  store = hearth_store_open_at_version (old, 2, &error);
  g_assert_no_error (error);
  fill (store, 4);
  g_assert_finalize_object (g_steal_pointer (&store));

  g_assert_true (hearth_store_restore (old, target, &error));
  g_assert_no_error (error);
  store = hearth_store_open (target, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
  g_assert_true (hearth_store_verify_audit (store, &n_entries, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_entries, ==, 6);
}

static void
test_tamper_edit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 n_entries = 0, broken = -1;

  fill (fixture->store, 8);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM audit"), ==, 10);
  g_assert_true (hearth_store_verify_audit (fixture->store, &n_entries, &broken, &error));
  g_assert_cmpint (n_entries, ==, 10);
  g_assert_cmpint (broken, ==, 0);

  /* Behind the store's back, through SQLite itself: each kind of column. */
  raw_exec (fixture->path, "UPDATE audit SET summary = 'Nothing to see' WHERE id = 6");
  g_assert_false (hearth_store_verify_audit (fixture->store, &n_entries, &broken, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TAMPERED);
  assert_one_sentence (error);
  g_assert_nonnull (strstr (error->message, "entry 6,"));
  g_assert_cmpint (broken, ==, 6);
  g_assert_cmpint (n_entries, ==, 6);
  g_clear_error (&error);

  /* The full check reports it too. */
  g_assert_false (hearth_store_check_integrity (fixture->store, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TAMPERED);
  g_clear_error (&error);

  /* Putting the text back restores the chain: the hash covers content. */
  raw_exec (fixture->path, "UPDATE audit SET summary = (SELECT summary FROM audit WHERE id = 5)"
                           " WHERE id = 6");
  g_assert_true (hearth_store_verify_audit (fixture->store, NULL, &broken, &error));
  g_assert_no_error (error);

  raw_exec (fixture->path, "UPDATE audit SET at = at - 86400 WHERE id = 3");
  g_assert_false (hearth_store_verify_audit (fixture->store, NULL, &broken, &error));
  g_assert_cmpint (broken, ==, 3);
  g_clear_error (&error);
  raw_exec (fixture->path, "UPDATE audit SET at = at + 86400 WHERE id = 3");

  raw_exec (fixture->path, "UPDATE audit SET family_id = NULL WHERE id = 9");
  g_assert_false (hearth_store_verify_audit (fixture->store, NULL, &broken, &error));
  g_assert_cmpint (broken, ==, 9);
  g_clear_error (&error);
}

static void
test_tamper_delete (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 broken = -1;

  fill (fixture->store, 8);

  /* Removing a row breaks the chain at the row after it. */
  raw_exec (fixture->path, "DELETE FROM audit WHERE id = 4");
  g_assert_false (hearth_store_verify_audit (fixture->store, NULL, &broken, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TAMPERED);
  g_assert_nonnull (strstr (error->message, "entry 5,"));
  g_assert_cmpint (broken, ==, 5);
  g_clear_error (&error);

  /* So does removing the first. */
  raw_exec (fixture->path, "DELETE FROM audit WHERE id = 1");
  g_assert_false (hearth_store_verify_audit (fixture->store, NULL, &broken, &error));
  g_assert_cmpint (broken, ==, 2);
  g_clear_error (&error);
}

static void
test_tamper_forged_row (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  gint64 broken = -1;

  fill (fixture->store, 2);

  /* A program without Hearth's hash function cannot append at all. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO audit (at, actor, entity_type, entity_id, action,"
                                     " summary) VALUES (1, 'x', 'family', 1, 'create', 'Forged')",
                                 NULL, NULL, NULL), ==, SQLITE_ERROR);

  /* One that drops the trigger first leaves a row without a valid hash. */
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_chain;"
                                     "INSERT INTO audit (at, actor, entity_type, entity_id, action,"
                                     " summary, hash) VALUES (1, 'x', 'family', 1, 'create', 'Forged',"
                                     " 'ab')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_false (hearth_store_verify_audit (fixture->store, NULL, &broken, &error));
  g_assert_cmpint (broken, ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/backup/while-open", test_backup_while_open);
  ADD ("/store/backup/refuses-existing", test_backup_refuses_existing);
  ADD ("/store/restore/refusals", test_restore_refusals);
  ADD ("/store/restore/refuses-existing", test_restore_refuses_existing);
  ADD ("/store/restore/old-version", test_restore_old_version);
  ADD ("/store/audit-chain/edited-row", test_tamper_edit);
  ADD ("/store/audit-chain/deleted-row", test_tamper_delete);
  ADD ("/store/audit-chain/forged-row", test_tamper_forged_row);

#undef ADD

  return g_test_run ();
}
