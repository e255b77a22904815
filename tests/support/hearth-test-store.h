/* hearth-test-store.h
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

#include <sqlite3.h>

#include "hearth-test-tmpdir.h"
#include "store/hearth-store-private.h"

G_BEGIN_DECLS

/* Store test helpers: a fresh database in a fresh directory per test, and
 * quick ways to add records. Header-only, like hearth-test-tmpdir.h. */

typedef struct
{
  char        *dir;
  char        *path;
  HearthStore *store;
} Fixture;

static inline void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
  hearth_store_set_actor (fixture->store, "test-actor");
}

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Counts rows with a query on the store's own connection. */
static inline gint64
count_rows (HearthStore *store,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static inline HearthFamily *
add_family (HearthStore *store,
            const char  *reference,
            const char  *name)
{
  g_autoptr(HearthFamily) family = hearth_family_new (reference, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_store_save_family (store, family, &error));
  g_assert_no_error (error);
  g_assert_cmpint (family->id, >, 0);
  return g_steal_pointer (&family);
}

static inline HearthPerson *
add_child (HearthStore *store,
           gint64       family_id,
           const char  *name,
           const char  *born)
{
  g_autoptr(HearthPerson) child = hearth_person_new_child (name, born);
  g_autoptr(GError) error = NULL;

  child->family_id = family_id;
  g_assert_true (hearth_store_save_person (store, child, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&child);
}

/* The audit actions recorded for one record, as a comma-separated list. */
static inline char *
audit_actions (HearthStore *store,
               const char  *entity_type,
               gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = hearth_store_list_audit (store, entity_type, id, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      const HearthAuditEntry *entry = g_ptr_array_index (entries, i);

      g_assert_cmpstr (entry->actor, ==, "test-actor");
      g_assert_cmpstr (entry->entity_type, ==, entity_type);
      g_assert_cmpint (entry->entity_id, ==, id);
      g_assert_cmpint (entry->at, >, 0);
      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", hearth_audit_action_to_string (entry->action));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

G_END_DECLS
