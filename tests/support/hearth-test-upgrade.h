/* hearth-test-upgrade.h — version 2 databases for the upgrade tests
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

#pragma once

#include "hearth-test-tmpdir.h"
#include "store/hearth-store-private.h"

G_BEGIN_DECLS

/* Helpers shared by test-store-upgrade and test-ui-upgrade. Header-only,
 * like hearth-test-tmpdir.h. */

static inline gint64
hearth_test_query_int (sqlite3    *db,
                       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Adds @n_rows audit rows of the shape Hearth writes, in one transaction,
 * spread over families 1 to @n_families (every eleventh without one): a
 * long audit trail in a second, where saving records one by one would
 * take minutes. */
static inline void
hearth_test_add_audit_rows (sqlite3 *db,
                            guint    n_rows,
                            guint    n_families)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("BEGIN;"
                         "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                         " WHERE i < %u)"
                         " INSERT INTO audit (at, actor, family_id, entity_type, entity_id,"
                         " action, summary)"
                         " SELECT 1700000000 + i, 'earlier-hearth',"
                         " CASE WHEN i %% 11 = 0 THEN NULL ELSE 1 + i %% %u END,"
                         " 'event', i, 'update', 'Changed chronology event' FROM n;"
                         "COMMIT;",
                         n_rows, n_families);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* The version 2 database at @path is as it was: the same bytes (@checksum,
 * from hearth_test_checksum_file()), still at version 2 with its
 * @n_audit audit rows and no hashes, and sound. */
static inline void
hearth_test_assert_still_v2 (const char *path,
                             const char *checksum,
                             gint64      n_audit)
{
  g_autofree char *now = hearth_test_checksum_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;

  g_assert_cmpstr (now, ==, checksum);

  store = hearth_store_open_at_version (path, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_test_query_int (store->db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM audit"), ==, n_audit);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM pragma_table_info ('audit')"
                                                     " WHERE name = 'hash'"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM sqlite_master"
                                                     " WHERE type = 'trigger'"), ==, 0);
  g_assert_cmpint (hearth_test_query_int (store->db, "SELECT count(*) FROM pragma_integrity_check"
                                                     " WHERE integrity_check <> 'ok'"), ==, 0);
}

G_END_DECLS
