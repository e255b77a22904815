/* hearth-store-audit.c
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

#include <glib/gi18n-lib.h>

#include "hearth-store-private.h"

static gpointer
audit_entry_from_row (HearthStmt  *stmt,
                      const char  *what,
                      GError     **error)
{
  g_autoptr(HearthAuditEntry) entry = NULL;

  entry = hearth_audit_entry_new ((const char *) sqlite3_column_text (stmt, 2),
                                  (const char *) sqlite3_column_text (stmt, 4),
                                  sqlite3_column_int64 (stmt, 5),
                                  HEARTH_AUDIT_ACTION_CREATE,
                                  (const char *) sqlite3_column_text (stmt, 7));
  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->at = sqlite3_column_int64 (stmt, 1);
  entry->family_id = sqlite3_column_int64 (stmt, 3);

  if (!hearth_audit_action_from_string ((const char *) sqlite3_column_text (stmt, 6),
                                        &entry->action))
    {
      hearth_store_set_corrupt_row (what, error);
      return NULL;
    }

  return g_steal_pointer (&entry);
}

static GPtrArray *
list_audit (HearthStore  *self,
            const char   *sql,
            const char   *entity_type,
            gint64        id,
            GError      **error)
{
  const char *what = _("Could not read the audit trail");
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (self, sql, what, error);
  if (stmt == NULL)
    return NULL;

  if (entity_type != NULL)
    {
      hearth_store_bind_text (stmt, 1, entity_type);
      sqlite3_bind_int64 (stmt, 2, id);
    }
  else
    sqlite3_bind_int64 (stmt, 1, id);

  return hearth_store_read_rows (self, stmt, audit_entry_from_row,
                                 (GDestroyNotify) hearth_audit_entry_unref, what, error);
}

/**
 * hearth_store_list_audit:
 * @self: a store
 * @entity_type: a kind of record: "family", "person", "visit",
 *   "assessment", "event", "period" or "supervision"
 * @entity_id: the record's row id
 *
 * Returns: (transfer container) (element-type HearthAuditEntry): the audit
 *   rows of one record, oldest first, or %NULL with a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_audit (HearthStore  *self,
                         const char   *entity_type,
                         gint64        entity_id,
                         GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (entity_type != NULL, NULL);

  return list_audit (self,
                     "SELECT id, at, actor, family_id, entity_type, entity_id, action, summary"
                     " FROM audit WHERE entity_type = ? AND entity_id = ? ORDER BY id",
                     entity_type, entity_id, error);
}

/**
 * hearth_store_list_family_audit:
 * @self: a store
 * @family_id: a family's row id
 *
 * Returns: (transfer container) (element-type HearthAuditEntry): the audit
 *   rows of the family and all its records, oldest first, or %NULL with a
 *   %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_family_audit (HearthStore  *self,
                                gint64        family_id,
                                GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return list_audit (self,
                     "SELECT id, at, actor, family_id, entity_type, entity_id, action, summary"
                     " FROM audit WHERE family_id = ? ORDER BY id",
                     NULL, family_id, error);
}
