/* hearth-store-assessments.c
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

#define ASSESSMENT_COLUMNS "id, family_id, scope, child_id, instrument_id, instrument_version," \
                           " visit_id, status, created_at, updated_at, finalised_at, finalised_by," \
                           " supersedes_id, amend_reason"

static gpointer
assessment_from_row (HearthStmt  *stmt,
                     const char  *what,
                     GError     **error)
{
  g_autoptr(HearthAssessment) assessment = NULL;

  assessment = hearth_assessment_new (sqlite3_column_int64 (stmt, 1),
                                      HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD,
                                      sqlite3_column_int64 (stmt, 3),
                                      (const char *) sqlite3_column_text (stmt, 4),
                                      (const char *) sqlite3_column_text (stmt, 5));
  assessment->id = sqlite3_column_int64 (stmt, 0);
  assessment->visit_id = sqlite3_column_int64 (stmt, 6);
  assessment->created_at = sqlite3_column_int64 (stmt, 8);
  assessment->updated_at = sqlite3_column_int64 (stmt, 9);
  assessment->finalised_at = sqlite3_column_int64 (stmt, 10);
  assessment->finalised_by = hearth_store_column_dup_text (stmt, 11);
  assessment->supersedes_id = sqlite3_column_int64 (stmt, 12);
  assessment->amend_reason = hearth_store_column_dup_text (stmt, 13);

  if (!hearth_assessment_scope_from_string ((const char *) sqlite3_column_text (stmt, 2),
                                            &assessment->scope)
      || !hearth_assessment_status_from_string ((const char *) sqlite3_column_text (stmt, 7),
                                                &assessment->status))
    {
      hearth_store_set_corrupt_row (what, error);
      return NULL;
    }

  return g_steal_pointer (&assessment);
}

static HearthResponse *
response_from_row (HearthStmt *stmt,
                   int         first)
{
  HearthResponse *response = hearth_response_new ((const char *) sqlite3_column_text (stmt, first));

  response->level = sqlite3_column_int (stmt, first + 1);
  response->not_known = sqlite3_column_int (stmt, first + 2) != 0;
  response->note = hearth_store_column_dup_text (stmt, first + 3);
  response->value = hearth_store_column_dup_text (stmt, first + 4);

  return response;
}

/* Reads the status and family of a stored assessment. */
gboolean
hearth_store_lookup_assessment (HearthStore             *self,
                                gint64                   assessment_id,
                                HearthAssessmentStatus  *status,
                                gint64                  *family_id,
                                gint64                  *supersedes_id,
                                const char              *what,
                                GError                 **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (self,
                               "SELECT status, family_id, supersedes_id FROM assessments WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, assessment_id);
  if (!hearth_store_step_row (self, stmt, what, error))
    return FALSE;

  if (!hearth_assessment_status_from_string ((const char *) sqlite3_column_text (stmt, 0), status))
    {
      hearth_store_set_corrupt_row (what, error);
      return FALSE;
    }

  *family_id = sqlite3_column_int64 (stmt, 1);
  if (supersedes_id != NULL)
    *supersedes_id = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

/* Refuses any change to an assessment that is not a draft: a finalised
 * assessment is never edited in place (DESIGN.md, "Storage"). */
gboolean
hearth_store_require_draft_assessment (HearthAssessmentStatus   status,
                                       const char              *what,
                                       GError                 **error)
{
  if (status == HEARTH_ASSESSMENT_STATUS_DRAFT)
    return TRUE;

  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED,
               /* Translators: %s is an action such as "Could not save the response" */
               _("%s because the assessment is finalised; amend it instead. The stored records are safe."),
               what);
  return FALSE;
}

gboolean
hearth_store_write_response (HearthStore           *self,
                             gint64                 assessment_id,
                             const HearthResponse  *response,
                             const char            *what,
                             GError               **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (self,
                               "INSERT INTO responses (assessment_id, item_id, level, not_known, note,"
                               " value) VALUES (?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (assessment_id, item_id) DO UPDATE SET"
                               " level = excluded.level, not_known = excluded.not_known,"
                               " note = excluded.note, value = excluded.value",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, assessment_id);
  hearth_store_bind_text (stmt, 2, response->item_id);
  sqlite3_bind_int (stmt, 3, response->level);
  sqlite3_bind_int (stmt, 4, response->not_known);
  hearth_store_bind_text (stmt, 5, response->note);
  hearth_store_bind_text (stmt, 6, response->value);

  return hearth_store_step_done (self, stmt, what, error);
}

gboolean
hearth_store_touch_assessment (HearthStore  *self,
                               gint64        assessment_id,
                               gint64        now,
                               const char   *what,
                               GError      **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (self, "UPDATE assessments SET updated_at = ? WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, assessment_id);
  return hearth_store_step_done (self, stmt, what, error);
}

static gboolean
check_links (HearthStore             *self,
             const HearthAssessment  *assessment,
             const char              *what,
             GError                 **error)
{
  if (!hearth_store_check_owned (self, "SELECT id FROM families WHERE id = ?",
                                 assessment->family_id, assessment->family_id, what, error))
    return FALSE;

  if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD
      && !hearth_store_check_person (self, assessment->family_id, assessment->child_id, TRUE,
                                     what, error))
    return FALSE;

  if (assessment->visit_id != 0
      && !hearth_store_check_owned (self, "SELECT family_id FROM visits WHERE id = ?",
                                    assessment->family_id, assessment->visit_id, what, error))
    return FALSE;

  if (assessment->supersedes_id != 0
      && !hearth_store_check_owned (self, "SELECT family_id FROM assessments WHERE id = ?",
                                    assessment->family_id, assessment->supersedes_id, what, error))
    return FALSE;

  return TRUE;
}

static gboolean
insert_assessment (HearthStore       *self,
                   HearthAssessment  *assessment,
                   gint64             now,
                   gint64            *id,
                   const char        *what,
                   GError           **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (self,
                               "INSERT INTO assessments (family_id, scope, child_id, instrument_id,"
                               " instrument_version, visit_id, status, created_at, updated_at,"
                               " finalised_at, finalised_by, supersedes_id, amend_reason)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, assessment->family_id);
  hearth_store_bind_text (stmt, 2, hearth_assessment_scope_to_string (assessment->scope));
  hearth_store_bind_id (stmt, 3, assessment->child_id);
  hearth_store_bind_text (stmt, 4, assessment->instrument_id);
  hearth_store_bind_text (stmt, 5, assessment->instrument_version);
  hearth_store_bind_id (stmt, 6, assessment->visit_id);
  hearth_store_bind_text (stmt, 7, hearth_assessment_status_to_string (assessment->status));
  sqlite3_bind_int64 (stmt, 8, now);
  sqlite3_bind_int64 (stmt, 9, now);
  hearth_store_bind_id (stmt, 10, assessment->finalised_at);
  hearth_store_bind_text (stmt, 11, assessment->finalised_by);
  hearth_store_bind_id (stmt, 12, assessment->supersedes_id);
  hearth_store_bind_text (stmt, 13, assessment->amend_reason);

  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static gboolean
update_assessment (HearthStore       *self,
                   HearthAssessment  *assessment,
                   gint64             now,
                   const char        *what,
                   GError           **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  HearthAssessmentStatus stored_status;
  gint64 stored_family;

  if (!hearth_store_lookup_assessment (self, assessment->id, &stored_status, &stored_family, NULL,
                                       what, error)
      || !hearth_store_require_draft_assessment (stored_status, what, error))
    return FALSE;

  /* An assessment cannot move to another family, nor change its status
   * here: finalising and amending have their own calls. */
  if (stored_family != assessment->family_id
      || assessment->status != HEARTH_ASSESSMENT_STATUS_DRAFT)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED,
                   /* Translators: %s is "Could not save the assessment" */
                   _("%s because its family or status cannot change this way; the stored records are safe."),
                   what);
      return FALSE;
    }

  stmt = hearth_store_prepare (self,
                               "UPDATE assessments SET scope = ?, child_id = ?, instrument_id = ?,"
                               " instrument_version = ?, visit_id = ?, updated_at = ?,"
                               " supersedes_id = ?, amend_reason = ? WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  hearth_store_bind_text (stmt, 1, hearth_assessment_scope_to_string (assessment->scope));
  hearth_store_bind_id (stmt, 2, assessment->child_id);
  hearth_store_bind_text (stmt, 3, assessment->instrument_id);
  hearth_store_bind_text (stmt, 4, assessment->instrument_version);
  hearth_store_bind_id (stmt, 5, assessment->visit_id);
  sqlite3_bind_int64 (stmt, 6, now);
  hearth_store_bind_id (stmt, 7, assessment->supersedes_id);
  hearth_store_bind_text (stmt, 8, assessment->amend_reason);
  sqlite3_bind_int64 (stmt, 9, assessment->id);
  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;

  return hearth_store_exec_id (self, "DELETE FROM responses WHERE assessment_id = ?", assessment->id,
                               what, error);
}

/* Adds a row of (assessment_id, item_id, level, not_known, note, value) to
 * its assessment in @user_data, the assessments by id. */
static gboolean
add_response (HearthStmt  *stmt,
              gpointer     user_data,
              const char  *what,
              GError     **error)
{
  HearthAssessment *assessment = g_hash_table_lookup (user_data,
                                                      &(gint64) { sqlite3_column_int64 (stmt, 0) });

  if (assessment != NULL)
    g_ptr_array_add (assessment->responses, response_from_row (stmt, 1));

  return TRUE;
}

static gboolean
write_assessment (HearthStore      *self,
                  HearthStoreSave  *save,
                  gpointer          record,
                  const char       *what,
                  GError          **error)
{
  HearthAssessment *assessment = record;

  if (!check_links (self, assessment, what, error))
    return FALSE;

  if (save->insert ? !insert_assessment (self, assessment, save->now, &save->id, what, error)
                   : !update_assessment (self, assessment, save->now, what, error))
    return FALSE;

  for (guint i = 0; i < assessment->responses->len; i++)
    {
      if (!hearth_store_write_response (self, save->id, g_ptr_array_index (assessment->responses, i),
                                        what, error))
        return FALSE;
    }

  hearth_store_save_set_audit (save, assessment->family_id, "assessment",
                               "Created assessment", "Updated assessment");
  return TRUE;
}

static gboolean
write_assessment_deletion (HearthStore        *self,
                           HearthStoreChange  *change,
                           gpointer            user_data,
                           const char         *what,
                           GError            **error)
{
  HearthAssessmentStatus status;
  gint64 supersedes_id;

  if (!hearth_store_lookup_assessment (self, change->entity_id, &status, &change->family_id,
                                       &supersedes_id, what, error)
      || !hearth_store_require_draft_assessment (status, what, error)
      || !hearth_store_exec_id (self, "DELETE FROM assessments WHERE id = ?", change->entity_id,
                                what, error))
    return FALSE;

  /* The draft was an amendment: what it superseded is the final version again. */
  return supersedes_id == 0
         || hearth_store_exec_id (self,
                                  "UPDATE assessments SET status = 'final' WHERE id = ?"
                                  " AND status = 'superseded'",
                                  supersedes_id, what, error);
}

/**
 * hearth_store_save_assessment:
 * @self: a store
 * @assessment: an assessment; its id and timestamps are set on success
 *
 * Inserts @assessment with its responses when its id is 0 (any status, so
 * finalised records can be imported), else updates a draft and replaces
 * its responses, with an audit row, in one transaction. The child, visit
 * and superseded assessment must belong to the same family.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_ENTITY_ERROR when
 *   @assessment is invalid, or a %HEARTH_STORE_ERROR: REFUSED when the
 *   stored assessment is not a draft
 */
gboolean
hearth_store_save_assessment (HearthStore       *self,
                              HearthAssessment  *assessment,
                              GError           **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!hearth_assessment_validate (assessment, error))
    return FALSE;

  return hearth_store_save (self, assessment, &assessment->id, &assessment->created_at,
                            &assessment->updated_at, write_assessment,
                            _("Could not save the assessment"), error);
}

/**
 * hearth_store_load_assessment:
 * @self: a store
 * @assessment_id: an assessment's row id
 *
 * Returns: (transfer full): the assessment with its responses (ordered by
 *   item id), or %NULL with a %HEARTH_STORE_ERROR
 */
HearthAssessment *
hearth_store_load_assessment (HearthStore  *self,
                              gint64        assessment_id,
                              GError      **error)
{
  const char *what = _("Could not load the assessment");
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  assessment = hearth_store_load_row (self,
                                      "SELECT " ASSESSMENT_COLUMNS " FROM assessments WHERE id = ?",
                                      assessment_id, assessment_from_row, what, error);
  if (assessment == NULL)
    return NULL;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_hash_table_insert (by_id, &assessment->id, assessment);
  if (!hearth_store_each_row (self,
                              "SELECT assessment_id, item_id, level, not_known, note, value"
                              " FROM responses WHERE assessment_id = ? ORDER BY item_id",
                              assessment_id, add_response, by_id, what, error))
    return NULL;

  return g_steal_pointer (&assessment);
}

/**
 * hearth_store_list_assessments:
 * @self: a store
 * @family_id: a family's row id
 *
 * Returns: (transfer container) (element-type HearthAssessment): the
 *   family's assessments of every status with their responses, oldest
 *   first, or %NULL with a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_assessments (HearthStore  *self,
                               gint64        family_id,
                               GError      **error)
{
  const char *what = _("Could not list the assessments");
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  assessments = hearth_store_load_rows (self,
                                        "SELECT " ASSESSMENT_COLUMNS " FROM assessments"
                                        " WHERE family_id = ? ORDER BY created_at, id",
                                        family_id, assessment_from_row,
                                        (GDestroyNotify) hearth_assessment_unref, what, error);
  if (assessments == NULL)
    return NULL;

  by_id = hearth_store_index_records (assessments, G_STRUCT_OFFSET (HearthAssessment, id));
  if (!hearth_store_each_row (self,
                              "SELECT r.assessment_id, r.item_id, r.level, r.not_known, r.note, r.value"
                              " FROM responses r JOIN assessments a ON a.id = r.assessment_id"
                              " WHERE a.family_id = ? ORDER BY r.assessment_id, r.item_id",
                              family_id, add_response, by_id, what, error))
    return NULL;

  return g_steal_pointer (&assessments);
}

/**
 * hearth_store_delete_assessment:
 * @self: a store
 * @assessment_id: an assessment's row id
 *
 * Deletes a draft assessment. When the draft was an amendment, the
 * assessment it superseded becomes the final version again.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR: REFUSED for
 *   a finalised or superseded assessment
 */
gboolean
hearth_store_delete_assessment (HearthStore  *self,
                                gint64        assessment_id,
                                GError      **error)
{
  HearthStoreChange change = {
    0, "assessment", assessment_id, HEARTH_AUDIT_ACTION_DELETE, "Deleted draft assessment",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_write (self, &change, write_assessment_deletion, NULL,
                             _("Could not delete the assessment"), error);
}
