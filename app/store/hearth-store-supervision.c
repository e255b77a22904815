/* hearth-store-supervision.c
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

#define SUPERVISION_COLUMNS "id, family_id, held_on, supervisor, practitioner, reflection, decisions," \
                            " next_review, status, created_at, updated_at"

static gpointer
supervision_from_row (HearthStmt  *stmt,
                      const char  *what,
                      GError     **error)
{
  g_autoptr(HearthSupervision) supervision = NULL;

  supervision = hearth_supervision_new (sqlite3_column_int64 (stmt, 1),
                                        (const char *) sqlite3_column_text (stmt, 2),
                                        (const char *) sqlite3_column_text (stmt, 3),
                                        (const char *) sqlite3_column_text (stmt, 4));
  supervision->id = sqlite3_column_int64 (stmt, 0);
  supervision->reflection = hearth_store_column_dup_text (stmt, 5);
  supervision->decisions = hearth_store_column_dup_text (stmt, 6);
  supervision->next_review = hearth_store_column_dup_text (stmt, 7);
  supervision->created_at = sqlite3_column_int64 (stmt, 9);
  supervision->updated_at = sqlite3_column_int64 (stmt, 10);

  if (!hearth_supervision_status_from_string ((const char *) sqlite3_column_text (stmt, 8),
                                              &supervision->status))
    {
      hearth_store_set_corrupt_row (what, error);
      return NULL;
    }

  return g_steal_pointer (&supervision);
}

/* Adds a row of (supervision_id, id, text, owner, due_date, done) to its
 * record in @user_data, the records by id. */
static gboolean
add_action (HearthStmt  *stmt,
            gpointer     user_data,
            const char  *what,
            GError     **error)
{
  HearthSupervision *supervision = g_hash_table_lookup (user_data,
                                                        &(gint64) { sqlite3_column_int64 (stmt, 0) });
  HearthSupervisionAction *action;

  if (supervision == NULL)
    return TRUE;

  action = hearth_supervision_add_action (supervision,
                                          (const char *) sqlite3_column_text (stmt, 2),
                                          (const char *) sqlite3_column_text (stmt, 3),
                                          (const char *) sqlite3_column_text (stmt, 4));
  action->id = sqlite3_column_int64 (stmt, 1);
  action->done = sqlite3_column_int (stmt, 5) != 0;

  return TRUE;
}

/* Replaces the stored actions by @supervision's, keeping the ids of those
 * already stored so that links to them stay valid. */
static gboolean
write_actions (HearthStore        *self,
               HearthSupervision  *supervision,
               gint64              supervision_id,
               const char         *what,
               GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  g_autoptr(GString) keep = g_string_new (NULL);

  for (guint i = 0; i < supervision->actions->len; i++)
    {
      HearthSupervisionAction *action = g_ptr_array_index (supervision->actions, i);
      gboolean insert = action->id == 0;

      if (insert)
        stmt = hearth_store_prepare (self,
                                     "INSERT INTO supervision_actions (position, text, owner, due_date,"
                                     " done, supervision_id) VALUES (?, ?, ?, ?, ?, ?)",
                                     what, error);
      else
        stmt = hearth_store_prepare (self,
                                     "UPDATE supervision_actions SET position = ?, text = ?, owner = ?,"
                                     " due_date = ?, done = ? WHERE supervision_id = ? AND id = ?",
                                     what, error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int (stmt, 1, (int) i);
      hearth_store_bind_text (stmt, 2, action->text);
      hearth_store_bind_text (stmt, 3, action->owner);
      hearth_store_bind_text (stmt, 4, action->due_date);
      sqlite3_bind_int (stmt, 5, action->done);
      sqlite3_bind_int64 (stmt, 6, supervision_id);
      if (!insert)
        sqlite3_bind_int64 (stmt, 7, action->id);

      if (!hearth_store_step_done (self, stmt, what, error)
          || (!insert && !hearth_store_check_changed (self, what, error)))
        return FALSE;

      if (insert)
        action->id = sqlite3_last_insert_rowid (self->db);
      g_string_append_printf (keep, "%s%" G_GINT64_FORMAT, keep->len > 0 ? "," : "", action->id);
      g_clear_pointer (&stmt, hearth_store_stmt_release);
    }

  /* The ids kept go in as one bound text value, split by SQLite's JSON
   * functions, so the statement stays prepared and parameterised. */
  stmt = hearth_store_prepare (self,
                               "DELETE FROM supervision_actions WHERE supervision_id = ?"
                               " AND id NOT IN (SELECT value FROM json_each ('[' || ? || ']'))",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, supervision_id);
  hearth_store_bind_text (stmt, 2, keep->str);
  return hearth_store_step_done (self, stmt, what, error);
}

static gboolean
lookup_status (HearthStore              *self,
               gint64                    supervision_id,
               HearthSupervisionStatus  *status,
               gint64                   *family_id,
               const char               *what,
               GError                  **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (self, "SELECT status, family_id FROM supervisions WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, supervision_id);
  if (!hearth_store_step_row (self, stmt, what, error))
    return FALSE;

  if (!hearth_supervision_status_from_string ((const char *) sqlite3_column_text (stmt, 0), status))
    {
      hearth_store_set_corrupt_row (what, error);
      return FALSE;
    }

  *family_id = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

static gboolean
require_draft (HearthSupervisionStatus   status,
               const char               *what,
               GError                  **error)
{
  if (status == HEARTH_SUPERVISION_STATUS_DRAFT)
    return TRUE;

  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED,
               /* Translators: %s is an action such as "Could not save the supervision record" */
               _("%s because the record is finalised; the stored records are safe."), what);
  return FALSE;
}

static gboolean
write_supervision (HearthStore      *self,
                   HearthStoreSave  *save,
                   gpointer          record,
                   const char       *what,
                   GError          **error)
{
  HearthSupervision *supervision = record;
  g_autoptr(HearthStmt) stmt = NULL;
  HearthSupervisionStatus stored_status;
  gint64 stored_family;

  if (!hearth_store_check_owned (self, "SELECT id FROM families WHERE id = ?",
                                 supervision->family_id, supervision->family_id, what, error))
    return FALSE;

  if (save->insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO supervisions (held_on, supervisor, practitioner,"
                                   " reflection, decisions, next_review, status, family_id,"
                                   " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      hearth_store_bind_text (stmt, 7, hearth_supervision_status_to_string (supervision->status));
      sqlite3_bind_int64 (stmt, 9, save->now);
      sqlite3_bind_int64 (stmt, 10, save->now);
    }
  else
    {
      if (!lookup_status (self, supervision->id, &stored_status, &stored_family, what, error)
          || !require_draft (stored_status, what, error))
        return FALSE;

      /* The status changes only through hearth_store_finalise_supervision(). */
      stmt = hearth_store_prepare (self,
                                   "UPDATE supervisions SET held_on = ?, supervisor = ?,"
                                   " practitioner = ?, reflection = ?, decisions = ?,"
                                   " next_review = ?, updated_at = ?9"
                                   " WHERE family_id = ?8 AND id = ?10",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 9, save->now);
      sqlite3_bind_int64 (stmt, 10, supervision->id);
    }

  hearth_store_bind_text (stmt, 1, supervision->date);
  hearth_store_bind_text (stmt, 2, supervision->supervisor);
  hearth_store_bind_text (stmt, 3, supervision->practitioner);
  hearth_store_bind_text (stmt, 4, supervision->reflection);
  hearth_store_bind_text (stmt, 5, supervision->decisions);
  hearth_store_bind_text (stmt, 6, supervision->next_review);
  sqlite3_bind_int64 (stmt, 8, supervision->family_id);

  if (!hearth_store_step_save (self, stmt, save, what, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  if (!write_actions (self, supervision, save->id, what, error))
    return FALSE;

  hearth_store_save_set_audit (save, supervision->family_id, "supervision",
                               "Recorded supervision", "Updated supervision record");
  return TRUE;
}

/* Checks that the record @change names is a draft, and finds its family. */
static gboolean
check_draft (HearthStore        *self,
             HearthStoreChange  *change,
             const char         *what,
             GError            **error)
{
  HearthSupervisionStatus status;

  return lookup_status (self, change->entity_id, &status, &change->family_id, what, error)
         && require_draft (status, what, error);
}

static gboolean
write_supervision_deletion (HearthStore        *self,
                            HearthStoreChange  *change,
                            gpointer            user_data,
                            const char         *what,
                            GError            **error)
{
  return check_draft (self, change, what, error)
         && hearth_store_exec_id (self, "DELETE FROM supervisions WHERE id = ?", change->entity_id,
                                  what, error);
}

static gboolean
write_finalised (HearthStore        *self,
                 HearthStoreChange  *change,
                 gpointer            user_data,
                 const char         *what,
                 GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  if (!check_draft (self, change, what, error))
    return FALSE;

  stmt = hearth_store_prepare (self,
                               "UPDATE supervisions SET status = 'final', updated_at = ? WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, hearth_store_now (self));
  sqlite3_bind_int64 (stmt, 2, change->entity_id);
  return hearth_store_step_done (self, stmt, what, error);
}

typedef struct
{
  gint64   action_id;
  gboolean done;
} ActionDone;

static gboolean
write_action_done (HearthStore        *self,
                   HearthStoreChange  *change,
                   gpointer            user_data,
                   const char         *what,
                   GError            **error)
{
  const ActionDone *action = user_data;
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (self,
                               "UPDATE supervision_actions SET done = ? WHERE id = ?"
                               " RETURNING supervision_id,"
                               " (SELECT family_id FROM supervisions WHERE id = supervision_id)",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, action->done);
  sqlite3_bind_int64 (stmt, 2, action->action_id);
  if (!hearth_store_step_row (self, stmt, what, error))
    return FALSE;

  change->entity_id = sqlite3_column_int64 (stmt, 0);
  change->family_id = sqlite3_column_int64 (stmt, 1);
  return hearth_store_step_done (self, stmt, what, error);
}

/**
 * hearth_store_save_supervision:
 * @self: a store
 * @supervision: a supervision record; its id, its actions' ids and its
 *   timestamps are set on success
 *
 * Inserts @supervision when its id is 0 (in any status, for imports), else
 * updates a draft with its actions, with an audit row, in one transaction.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_ENTITY_ERROR when the
 *   record is invalid, or a %HEARTH_STORE_ERROR: REFUSED when the stored
 *   record is final
 */
gboolean
hearth_store_save_supervision (HearthStore        *self,
                               HearthSupervision  *supervision,
                               GError            **error)
{
  g_autoptr(HearthSupervision) saved = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (supervision != NULL, FALSE);

  if (!hearth_supervision_validate (supervision, error))
    return FALSE;

  /* Write a copy, whose actions get the new ids, so a failure leaves the
   * caller's action ids alone. */
  saved = hearth_supervision_copy (supervision);
  if (!hearth_store_save (self, saved, &supervision->id, &supervision->created_at,
                          &supervision->updated_at, write_supervision,
                          _("Could not save the supervision record"), error))
    return FALSE;

  for (guint i = 0; i < supervision->actions->len; i++)
    ((HearthSupervisionAction *) g_ptr_array_index (supervision->actions, i))->id =
      ((HearthSupervisionAction *) g_ptr_array_index (saved->actions, i))->id;
  return TRUE;
}

/**
 * hearth_store_load_supervision:
 * @self: a store
 * @supervision_id: a supervision record's row id
 *
 * Returns: (transfer full): the record with its actions in order, or
 *   %NULL with a %HEARTH_STORE_ERROR
 */
HearthSupervision *
hearth_store_load_supervision (HearthStore  *self,
                               gint64        supervision_id,
                               GError      **error)
{
  const char *what = _("Could not load the supervision record");
  g_autoptr(HearthSupervision) supervision = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  supervision = hearth_store_load_row (self,
                                       "SELECT " SUPERVISION_COLUMNS " FROM supervisions WHERE id = ?",
                                       supervision_id, supervision_from_row, what, error);
  if (supervision == NULL)
    return NULL;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_hash_table_insert (by_id, &supervision->id, supervision);
  if (!hearth_store_each_row (self,
                              "SELECT supervision_id, id, text, owner, due_date, done"
                              " FROM supervision_actions WHERE supervision_id = ? ORDER BY position",
                              supervision_id, add_action, by_id, what, error))
    return NULL;

  return g_steal_pointer (&supervision);
}

/**
 * hearth_store_list_supervisions:
 * @self: a store
 * @family_id: a family's row id
 *
 * Returns: (transfer container) (element-type HearthSupervision): the
 *   family's supervision records with their actions, oldest first, or
 *   %NULL with a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_supervisions (HearthStore  *self,
                                gint64        family_id,
                                GError      **error)
{
  const char *what = _("Could not list the supervision records");
  g_autoptr(GPtrArray) supervisions = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  supervisions = hearth_store_load_rows (self,
                                         "SELECT " SUPERVISION_COLUMNS " FROM supervisions"
                                         " WHERE family_id = ? ORDER BY held_on, id",
                                         family_id, supervision_from_row,
                                         (GDestroyNotify) hearth_supervision_unref, what, error);
  if (supervisions == NULL)
    return NULL;

  by_id = hearth_store_index_records (supervisions, G_STRUCT_OFFSET (HearthSupervision, id));
  if (!hearth_store_each_row (self,
                              "SELECT a.supervision_id, a.id, a.text, a.owner, a.due_date, a.done"
                              " FROM supervision_actions a JOIN supervisions s ON s.id = a.supervision_id"
                              " WHERE s.family_id = ? ORDER BY a.supervision_id, a.position",
                              family_id, add_action, by_id, what, error))
    return NULL;

  return g_steal_pointer (&supervisions);
}

/**
 * hearth_store_delete_supervision:
 * @self: a store
 * @supervision_id: a draft supervision record's row id
 *
 * Deletes a draft supervision record and its actions.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR: REFUSED
 *   for a final record
 */
gboolean
hearth_store_delete_supervision (HearthStore  *self,
                                 gint64        supervision_id,
                                 GError      **error)
{
  HearthStoreChange change = {
    0, "supervision", supervision_id, HEARTH_AUDIT_ACTION_DELETE, "Deleted supervision record",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_write (self, &change, write_supervision_deletion, NULL,
                             _("Could not delete the supervision record"), error);
}

/**
 * hearth_store_finalise_supervision:
 * @self: a store
 * @supervision_id: a draft supervision record's row id
 *
 * Finalises a supervision record; afterwards only its actions' done flags
 * may change.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR: REFUSED
 *   when already final
 */
gboolean
hearth_store_finalise_supervision (HearthStore  *self,
                                   gint64        supervision_id,
                                   GError      **error)
{
  HearthStoreChange change = {
    0, "supervision", supervision_id, HEARTH_AUDIT_ACTION_FINALISE, "Finalised supervision record",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_write (self, &change, write_finalised, NULL,
                             _("Could not finalise the supervision record"), error);
}

/**
 * hearth_store_set_supervision_action_done:
 * @self: a store
 * @action_id: a supervision action's row id
 * @done: whether the action is done
 *
 * Marks an agreed action done or not done; allowed on final records too,
 * since actions are followed up after supervision.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_set_supervision_action_done (HearthStore  *self,
                                          gint64        action_id,
                                          gboolean      done,
                                          GError      **error)
{
  ActionDone action = { action_id, done };
  HearthStoreChange change = {
    0, "supervision", 0, HEARTH_AUDIT_ACTION_UPDATE,
    done ? "Marked an action done" : "Marked an action not done",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_write (self, &change, write_action_done, &action,
                             _("Could not update the supervision action"), error);
}
