/* hearth-store-changes.c
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

#include "hearth-store-private.h"

/* Every change to a record runs the same way: begin, write, add its audit
 * row, then commit, or roll back so nothing stored changes. These helpers
 * hold that shape once; each kind of record supplies only its writes. */

typedef struct
{
  HearthStoreSave      save;
  HearthStoreSaveFunc  write;
  gpointer             record;   /* borrowed */
} Saving;

static gboolean
write_saving (HearthStore        *self,
              HearthStoreChange  *change,
              gpointer            user_data,
              const char         *what,
              GError            **error)
{
  Saving *saving = user_data;

  saving->save.now = hearth_store_now (self);
  if (!saving->write (self, &saving->save, saving->record, what, error))
    return FALSE;

  /* A save function that returns TRUE has described its audit row. */
  g_assert (saving->save.change.entity_type != NULL);
  *change = saving->save.change;
  return TRUE;
}

static gboolean
write_deletion (HearthStore        *self,
                HearthStoreChange  *change,
                gpointer            user_data,
                const char         *what,
                GError            **error)
{
  const char *sql = user_data;
  g_autoptr(HearthStmt) stmt = hearth_store_prepare (self, sql, what, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, change->entity_id);
  if (!hearth_store_step_row (self, stmt, what, error))
    return FALSE;
  change->family_id = sqlite3_column_int64 (stmt, 0);

  /* Foreign keys are checked when the statement finishes. */
  return hearth_store_step_done (self, stmt, what, error);
}

/*
 * hearth_store_write:
 * @change: the change's audit row, as far as it is known beforehand
 * @write: makes the change's writes and completes @change
 * @user_data: data for @write
 * @what: the start of an error sentence, such as "Could not save the visit"
 *
 * Makes one change in one transaction (a savepoint inside a running one):
 * begins, runs @write, writes the audit row @change, and commits; or, when
 * anything fails, rolls back so nothing stored changes.
 *
 * Returns: %TRUE when committed; %FALSE with the error of @write or a
 *   %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_write (HearthStore           *self,
                    HearthStoreChange     *change,
                    HearthStoreWriteFunc   write,
                    gpointer               user_data,
                    const char            *what,
                    GError               **error)
{
  if (!hearth_store_begin (self, what, error))
    return FALSE;

  if (!write (self, change, user_data, what, error)
      || !hearth_store_audit (self, change->family_id, change->entity_type, change->entity_id,
                              change->action, change->summary, what, error))
    {
      hearth_store_rollback (self);
      return FALSE;
    }

  return hearth_store_commit (self, what, error);
}

/*
 * hearth_store_save:
 * @record: the record to save, handed to @write
 * @id: (inout): the record's row id: 0 to insert it
 * @created_at: (out): the record's creation time
 * @updated_at: (out): the record's last change time
 * @write: writes the record's rows
 *
 * Inserts a record whose id is 0, else updates it, with an audit row, in
 * one transaction, as hearth_store_write() does. Only once committed are
 * the record's id (on insert) and time stamps set, so a failure leaves the
 * caller's record as it was.
 *
 * Returns: %TRUE when committed; %FALSE with the error of @write or a
 *   %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_save (HearthStore          *self,
                   gpointer              record,
                   gint64               *id,
                   gint64               *created_at,
                   gint64               *updated_at,
                   HearthStoreSaveFunc   write,
                   const char           *what,
                   GError              **error)
{
  Saving saving = { { *id == 0, 0, *id, { 0, } }, write, record };
  HearthStoreChange change = { 0, };

  if (!hearth_store_write (self, &change, write_saving, &saving, what, error))
    return FALSE;

  if (saving.save.insert)
    {
      *id = saving.save.id;
      *created_at = saving.save.now;
    }
  *updated_at = saving.save.now;
  return TRUE;
}

/*
 * hearth_store_step_save:
 * @stmt: the INSERT or UPDATE of @save's row, its parameters bound
 * @save: the save under way
 *
 * Runs the statement that writes a saved record's own row. An update that
 * matches no row fails; an insert sets @save's id to the new row's.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR:
 *   NOT_FOUND for an update of a row that does not exist
 */
gboolean
hearth_store_step_save (HearthStore      *self,
                        HearthStmt       *stmt,
                        HearthStoreSave  *save,
                        const char       *what,
                        GError          **error)
{
  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;

  if (!save->insert)
    return hearth_store_check_changed (self, what, error);

  save->id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/*
 * hearth_store_save_set_audit:
 * @save: the save under way, its row written
 * @family_id: the family the record belongs to
 * @entity_type: a static string such as "visit"
 * @created_summary: the static audit summary of an insert
 * @updated_summary: the static audit summary of an update
 *
 * Describes the audit row of a save: a creation or an update of the row
 * @save's id names. Call it once that id is known.
 */
void
hearth_store_save_set_audit (HearthStoreSave  *save,
                             gint64            family_id,
                             const char       *entity_type,
                             const char       *created_summary,
                             const char       *updated_summary)
{
  save->change.family_id = family_id;
  save->change.entity_type = entity_type;
  save->change.entity_id = save->id;
  save->change.action = save->insert ? HEARTH_AUDIT_ACTION_CREATE : HEARTH_AUDIT_ACTION_UPDATE;
  save->change.summary = save->insert ? created_summary : updated_summary;
}

/*
 * hearth_store_delete_row:
 * @sql: a static DELETE … WHERE id = ? RETURNING family_id
 * @id: the row id
 * @entity_type: the audit entity type
 * @summary: the audit summary
 *
 * Deletes one row with its audit row, in one transaction.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR: NOT_FOUND
 *   when there is no such row, REFUSED while other rows refer to it
 */
gboolean
hearth_store_delete_row (HearthStore  *self,
                         const char   *sql,
                         gint64        id,
                         const char   *entity_type,
                         const char   *summary,
                         const char   *what,
                         GError      **error)
{
  HearthStoreChange change = { 0, entity_type, id, HEARTH_AUDIT_ACTION_DELETE, summary };

  return hearth_store_write (self, &change, write_deletion, (gpointer) sql, what, error);
}

/*
 * hearth_store_exec_id:
 * @sql: a static statement that returns no rows, with one parameter
 * @id: the value of the parameter, a row id
 *
 * Runs a statement such as "DELETE FROM responses WHERE assessment_id = ?".
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_exec_id (HearthStore  *self,
                      const char   *sql,
                      gint64        id,
                      const char   *what,
                      GError      **error)
{
  g_autoptr(HearthStmt) stmt = hearth_store_prepare (self, sql, what, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return hearth_store_step_done (self, stmt, what, error);
}

/*
 * hearth_store_check_changed:
 *
 * Checks that the statement just run (an UPDATE or DELETE by row id)
 * found its row.
 *
 * Returns: %TRUE when it changed a row; %FALSE with
 *   %HEARTH_STORE_ERROR_NOT_FOUND
 */
gboolean
hearth_store_check_changed (HearthStore  *self,
                            const char   *what,
                            GError      **error)
{
  if (sqlite3_changes (self->db) == 0)
    {
      hearth_store_set_not_found (what, error);
      return FALSE;
    }

  return TRUE;
}
