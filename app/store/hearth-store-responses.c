/* hearth-store-responses.c
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

#include "core/hearth-entities.h"
#include "hearth-store-private.h"

/* Autosave of single responses, finalising, and amendments: the life of an
 * assessment after it is created (DESIGN.md, "Storage"). */

/* Checks that the assessment @change names is a draft, and finds its
 * family. */
static gboolean
check_draft (HearthStore        *self,
             HearthStoreChange  *change,
             const char         *what,
             GError            **error)
{
  HearthAssessmentStatus status;

  return hearth_store_lookup_assessment (self, change->entity_id, &status, &change->family_id, NULL,
                                         what, error)
         && hearth_store_require_draft_assessment (status, what, error);
}

static gboolean
write_saved_response (HearthStore        *self,
                      HearthStoreChange  *change,
                      gpointer            user_data,
                      const char         *what,
                      GError            **error)
{
  const HearthResponse *response = user_data;

  return check_draft (self, change, what, error)
         && hearth_store_write_response (self, change->entity_id, response, what, error)
         && hearth_store_touch_assessment (self, change->entity_id, hearth_store_now (self),
                                           what, error);
}

static gboolean
write_cleared_response (HearthStore        *self,
                        HearthStoreChange  *change,
                        gpointer            user_data,
                        const char         *what,
                        GError            **error)
{
  const char *item_id = user_data;
  g_autoptr(HearthStmt) stmt = NULL;

  if (!check_draft (self, change, what, error))
    return FALSE;

  stmt = hearth_store_prepare (self, "DELETE FROM responses WHERE assessment_id = ? AND item_id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, change->entity_id);
  hearth_store_bind_text (stmt, 2, item_id);
  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  return hearth_store_touch_assessment (self, change->entity_id, hearth_store_now (self), what, error);
}

static gboolean
write_finalised (HearthStore        *self,
                 HearthStoreChange  *change,
                 gpointer            user_data,
                 const char         *what,
                 GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  gint64 now;

  if (!check_draft (self, change, what, error))
    return FALSE;

  now = hearth_store_now (self);
  stmt = hearth_store_prepare (self,
                               "UPDATE assessments SET status = 'final', finalised_at = ?,"
                               " finalised_by = ?, updated_at = ? WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  hearth_store_bind_text (stmt, 2, hearth_store_get_actor (self));
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, change->entity_id);
  return hearth_store_step_done (self, stmt, what, error);
}

/* Copies the final assessment @change names into a new draft, which
 * @change then names: hearth_store_write() writes the draft's audit row
 * after this one writes the old version's. */
static gboolean
write_amendment (HearthStore        *self,
                 HearthStoreChange  *change,
                 gpointer            user_data,
                 const char         *what,
                 GError            **error)
{
  const char *reason = user_data;
  g_autoptr(HearthStmt) stmt = NULL;
  HearthAssessmentStatus status;
  gint64 assessment_id = change->entity_id;
  gint64 now, new_id;

  if (!hearth_store_lookup_assessment (self, assessment_id, &status, &change->family_id, NULL,
                                       what, error))
    return FALSE;

  if (status != HEARTH_ASSESSMENT_STATUS_FINAL)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED,
                   /* Translators: %s is "Could not amend the assessment" */
                   _("%s because only the current final version can be amended; "
                     "the stored records are safe."),
                   what);
      return FALSE;
    }

  now = hearth_store_now (self);
  stmt = hearth_store_prepare (self,
                               "INSERT INTO assessments (family_id, scope, child_id, instrument_id,"
                               " instrument_version, visit_id, status, created_at, updated_at,"
                               " supersedes_id, amend_reason)"
                               " SELECT family_id, scope, child_id, instrument_id, instrument_version,"
                               " visit_id, 'draft', ?1, ?1, id, ?2 FROM assessments WHERE id = ?3",
                               what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  hearth_store_bind_text (stmt, 2, reason);
  sqlite3_bind_int64 (stmt, 3, assessment_id);
  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;
  new_id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  stmt = hearth_store_prepare (self,
                               "INSERT INTO responses (assessment_id, item_id, level, not_known, note,"
                               " value) SELECT ?, item_id, level, not_known, note, value"
                               " FROM responses WHERE assessment_id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, new_id);
  sqlite3_bind_int64 (stmt, 2, assessment_id);
  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  stmt = hearth_store_prepare (self,
                               "UPDATE assessments SET status = 'superseded', updated_at = ?"
                               " WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, assessment_id);
  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  if (!hearth_store_audit (self, change->family_id, "assessment", assessment_id,
                           HEARTH_AUDIT_ACTION_AMEND, "Amended; superseded by a new version",
                           what, error))
    return FALSE;

  change->entity_id = new_id;
  return TRUE;
}

/**
 * hearth_store_save_response:
 * @self: a store
 * @assessment_id: a draft assessment's row id
 * @response: the response to write
 *
 * Writes one response durably (the autosave path): inserts or replaces the
 * response to its item, touches the assessment and writes an audit row, in
 * one transaction. When this returns %TRUE the response survives a crash.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_ENTITY_ERROR for an
 *   invalid response, or a %HEARTH_STORE_ERROR: REFUSED for a finalised or
 *   superseded assessment
 */
gboolean
hearth_store_save_response (HearthStore           *self,
                            gint64                 assessment_id,
                            const HearthResponse  *response,
                            GError               **error)
{
  HearthStoreChange change = {
    0, "assessment", assessment_id, HEARTH_AUDIT_ACTION_UPDATE, "Saved a response",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (response != NULL, FALSE);

  if (!hearth_assessment_validate_response (response, error))
    return FALSE;

  return hearth_store_write (self, &change, write_saved_response, (gpointer) response,
                             _("Could not save the response"), error);
}

/**
 * hearth_store_delete_response:
 * @self: a store
 * @assessment_id: a draft assessment's row id
 * @item_id: the item whose response to remove
 *
 * Removes the response to @item_id, so the item is unanswered again.
 * Removing a response that does not exist succeeds.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR: REFUSED for
 *   a finalised or superseded assessment
 */
gboolean
hearth_store_delete_response (HearthStore  *self,
                              gint64        assessment_id,
                              const char   *item_id,
                              GError      **error)
{
  HearthStoreChange change = {
    0, "assessment", assessment_id, HEARTH_AUDIT_ACTION_UPDATE, "Cleared a response",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return hearth_store_write (self, &change, write_cleared_response, (gpointer) item_id,
                             _("Could not clear the response"), error);
}

/**
 * hearth_store_finalise_assessment:
 * @self: a store
 * @assessment_id: a draft assessment's row id
 *
 * Finalises a draft: records when and by whom (the store's actor). From
 * then on its responses cannot change; amend it instead.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR: REFUSED
 *   when the assessment is not a draft
 */
gboolean
hearth_store_finalise_assessment (HearthStore  *self,
                                  gint64        assessment_id,
                                  GError      **error)
{
  HearthStoreChange change = {
    0, "assessment", assessment_id, HEARTH_AUDIT_ACTION_FINALISE, "Finalised assessment",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_write (self, &change, write_finalised, NULL,
                             _("Could not finalise the assessment"), error);
}

/**
 * hearth_store_amend_assessment:
 * @self: a store
 * @assessment_id: a final assessment's row id
 * @reason: why it is amended; required
 *
 * Starts an amendment: creates a new draft that copies the assessment and
 * its responses, records @reason and what it supersedes, and marks the old
 * version superseded, in one transaction with audit rows for both.
 *
 * Returns: (transfer full): the new draft, or %NULL with a
 *   %HEARTH_ENTITY_ERROR for a blank reason, or a %HEARTH_STORE_ERROR:
 *   REFUSED when the assessment is not final
 */
HearthAssessment *
hearth_store_amend_assessment (HearthStore  *self,
                               gint64        assessment_id,
                               const char   *reason,
                               GError      **error)
{
  /* The audit row of the new draft, whose id write_amendment() fills in
   * once it has read the old version's from @change. */
  HearthStoreChange change = {
    0, "assessment", assessment_id, HEARTH_AUDIT_ACTION_CREATE, "Created as an amendment",
  };
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("An amended assessment needs the reason for the amendment."));
      return NULL;
    }

  if (!hearth_store_write (self, &change, write_amendment, (gpointer) reason,
                           _("Could not amend the assessment"), error))
    return NULL;

  return hearth_store_load_assessment (self, change.entity_id, error);
}
