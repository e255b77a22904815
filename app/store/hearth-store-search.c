/* hearth-store-search.c
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

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "hearth-store-private.h"

/* Adds a row of (family_id, names) to @user_data, the names by family. */
static gboolean
add_children_names (HearthStmt  *stmt,
                    gpointer     user_data,
                    const char  *what,
                    GError     **error)
{
  gint64 family_id = sqlite3_column_int64 (stmt, 0);

  g_hash_table_insert (user_data, g_memdup2 (&family_id, sizeof family_id),
                       g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  return TRUE;
}

/**
 * hearth_store_dup_children_names:
 * @self: a store
 * @error: return location for an error
 *
 * Reads, in one query, the names of every family's children, so a list of
 * thousands of families can be searched by a child's name without a query
 * per family.
 *
 * Returns: (transfer full) (element-type gint64 utf8): family row id →
 *   children's names separated by newlines; %NULL with @error set
 */
GHashTable *
hearth_store_dup_children_names (HearthStore  *self,
                                 GError      **error)
{
  const char *what = _("Could not read the children’s names");
  g_autoptr(HearthStmt) stmt = NULL;
  g_autoptr(GHashTable) names = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  stmt = hearth_store_prepare (self,
                               "SELECT family_id, group_concat (name, char (10)) FROM people"
                               " WHERE kind = ?1 GROUP BY family_id",
                               what, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, hearth_person_kind_to_string (HEARTH_PERSON_KIND_CHILD), -1, SQLITE_STATIC);

  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  if (!hearth_store_step_rows (self, stmt, add_children_names, names, what, error))
    return NULL;

  return g_steal_pointer (&names);
}
