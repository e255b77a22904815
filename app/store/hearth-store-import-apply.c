/* hearth-store-import-apply.c
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

#include "hearth-store-exchange-private.h"

/*
 * Applying a checked exchange document: every record is inserted in one
 * transaction, in document order, keeping its timestamps; links are
 * mapped from document positions to the new row ids. The usual save
 * functions are not used, because they stamp records with the current
 * time and write an audit row per record: an import keeps the family's own
 * audit trail as history and adds one row saying it was imported.
 *
 * The new family's id is above every family id the audit trail has ever
 * named, so the trail of a family deleted (or replaced) earlier never
 * shows up as the imported family's history.
 */

typedef struct
{
  HearthStore      *store;                      /* borrowed */
  ExchangeDocument *document;                   /* borrowed */
  gint64            family_id;
  GArray           *row_ids[EXCHANGE_N_KINDS];  /* gint64, by document position - 1 */
  const char       *what;
} Apply;

static void
apply_clear (Apply *apply)
{
  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    g_clear_pointer (&apply->row_ids[k], g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Apply, apply_clear)

/* The row id of the record at document @position, or 0 for no link. */
static gint64
map_id (Apply        *apply,
        ExchangeKind  kind,
        gint64        position)
{
  if (position == 0)
    return 0;

  return g_array_index (apply->row_ids[kind], gint64, position - 1);
}

static gboolean
finish_insert (Apply         *apply,
               HearthStmt    *stmt,
               ExchangeKind   kind,
               GError       **error)
{
  gint64 id;

  if (!hearth_store_step_done (apply->store, stmt, apply->what, error))
    return FALSE;

  id = sqlite3_last_insert_rowid (apply->store->db);
  g_array_append_val (apply->row_ids[kind], id);
  return TRUE;
}

static gboolean
find_family (Apply       *apply,
             const char  *case_reference,
             gint64      *family_id,
             GError     **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  stmt = hearth_store_prepare (apply->store, "SELECT id FROM families WHERE case_reference = ?",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  hearth_store_bind_text (stmt, 1, case_reference);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hearth_store_set_error (apply->store, rc, apply->what, error);
      return FALSE;
    }

  *family_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static gboolean
remove_family (Apply   *apply,
               gint64   family_id,
               GError **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (apply->store, "DELETE FROM families WHERE id = ?", apply->what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, family_id);
  if (!hearth_store_step_done (apply->store, stmt, apply->what, error))
    return FALSE;

  return hearth_store_audit (apply->store, family_id, "family", family_id,
                             HEARTH_AUDIT_ACTION_DELETE,
                             "Deleted family and its records to replace them with an import",
                             apply->what, error);
}

static gboolean
insert_family (Apply   *apply,
               GError **error)
{
  const HearthFamily *family = apply->document->family;
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO families (id, case_reference, display_name, created_at,"
                               " updated_at, archived) VALUES (1 + max ("
                               " coalesce ((SELECT max (id) FROM families), 0),"
                               " coalesce ((SELECT max (family_id) FROM audit), 0)),"
                               " ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  hearth_store_bind_text (stmt, 1, family->case_reference);
  hearth_store_bind_text (stmt, 2, family->display_name);
  sqlite3_bind_int64 (stmt, 3, family->created_at);
  sqlite3_bind_int64 (stmt, 4, family->updated_at);
  sqlite3_bind_int (stmt, 5, family->archived);
  if (!hearth_store_step_done (apply->store, stmt, apply->what, error))
    return FALSE;

  apply->family_id = sqlite3_last_insert_rowid (apply->store->db);
  return TRUE;
}

static gboolean
insert_person (Apply              *apply,
               const HearthPerson *person,
               GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO people (family_id, kind, name, date_of_birth, sex, send,"
                               " role, lives_in_home, created_at, updated_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, apply->family_id);
  hearth_store_bind_text (stmt, 2, hearth_person_kind_to_string (person->kind));
  hearth_store_bind_text (stmt, 3, person->name);
  hearth_store_bind_text (stmt, 4, person->date_of_birth);
  hearth_store_bind_text (stmt, 5, hearth_sex_to_string (person->sex));
  sqlite3_bind_int (stmt, 6, person->send);
  hearth_store_bind_text (stmt, 7, hearth_adult_role_to_string (person->role));
  sqlite3_bind_int (stmt, 8, person->lives_in_home);
  sqlite3_bind_int64 (stmt, 9, person->created_at);
  sqlite3_bind_int64 (stmt, 10, person->updated_at);

  return finish_insert (apply, stmt, EXCHANGE_PERSON, error);
}

static gboolean
insert_visit_people (Apply             *apply,
                     const HearthVisit *visit,
                     gint64             visit_id,
                     GError           **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO visit_present (visit_id, person_id, position)"
                               " VALUES (?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < visit->present_ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, visit_id);
      sqlite3_bind_int64 (stmt, 2, map_id (apply, EXCHANGE_PERSON,
                                           g_array_index (visit->present_ids, gint64, i)));
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!hearth_store_step_done (apply->store, stmt, apply->what, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO visit_children (visit_id, person_id, position, seen,"
                               " seen_alone) VALUES (?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < visit->children->len; i++)
    {
      const HearthVisitChild *child = &g_array_index (visit->children, HearthVisitChild, i);

      sqlite3_bind_int64 (stmt, 1, visit_id);
      sqlite3_bind_int64 (stmt, 2, map_id (apply, EXCHANGE_PERSON, child->person_id));
      sqlite3_bind_int (stmt, 3, (int) i);
      sqlite3_bind_int (stmt, 4, child->seen);
      sqlite3_bind_int (stmt, 5, child->seen_alone);
      if (!hearth_store_step_done (apply->store, stmt, apply->what, error))
        return FALSE;
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gboolean
insert_visit (Apply             *apply,
              const HearthVisit *visit,
              GError           **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO visits (family_id, visited_at, practitioner, announced,"
                               " others_present, notes, created_at, updated_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, apply->family_id);
  sqlite3_bind_int64 (stmt, 2, visit->visited_at);
  hearth_store_bind_text (stmt, 3, visit->practitioner);
  sqlite3_bind_int (stmt, 4, visit->announced);
  hearth_store_bind_text (stmt, 5, visit->others_present);
  hearth_store_bind_text (stmt, 6, visit->notes);
  sqlite3_bind_int64 (stmt, 7, visit->created_at);
  sqlite3_bind_int64 (stmt, 8, visit->updated_at);

  if (!finish_insert (apply, stmt, EXCHANGE_VISIT, error))
    return FALSE;

  return insert_visit_people (apply, visit, map_id (apply, EXCHANGE_VISIT, visit->id), error);
}

static gboolean
insert_responses (Apply                  *apply,
                  const HearthAssessment *assessment,
                  gint64                  assessment_id,
                  GError                **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO responses (assessment_id, item_id, level, not_known,"
                               " note, value) VALUES (?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < assessment->responses->len; i++)
    {
      const HearthResponse *response = g_ptr_array_index (assessment->responses, i);
      g_autofree char *child_value = NULL;

      /* A named child is stored the way the form stores it: its row id. */
      if (g_hash_table_contains (apply->document->child_responses, response))
        child_value = g_strdup_printf ("%" G_GINT64_FORMAT,
                                       map_id (apply, EXCHANGE_PERSON,
                                               g_ascii_strtoll (response->value, NULL, 10)));

      sqlite3_bind_int64 (stmt, 1, assessment_id);
      hearth_store_bind_text (stmt, 2, response->item_id);
      sqlite3_bind_int (stmt, 3, response->level);
      sqlite3_bind_int (stmt, 4, response->not_known);
      hearth_store_bind_text (stmt, 5, response->note);
      hearth_store_bind_text (stmt, 6, child_value != NULL ? child_value : response->value);
      if (!hearth_store_step_done (apply->store, stmt, apply->what, error))
        return FALSE;
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gboolean
insert_assessment (Apply                  *apply,
                   const HearthAssessment *assessment,
                   GError                **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO assessments (family_id, scope, child_id, instrument_id,"
                               " instrument_version, visit_id, status, created_at, updated_at,"
                               " finalised_at, finalised_by, supersedes_id, amend_reason)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, apply->family_id);
  hearth_store_bind_text (stmt, 2, hearth_assessment_scope_to_string (assessment->scope));
  hearth_store_bind_id (stmt, 3, map_id (apply, EXCHANGE_PERSON, assessment->child_id));
  hearth_store_bind_text (stmt, 4, assessment->instrument_id);
  hearth_store_bind_text (stmt, 5, assessment->instrument_version);
  hearth_store_bind_id (stmt, 6, map_id (apply, EXCHANGE_VISIT, assessment->visit_id));
  hearth_store_bind_text (stmt, 7, hearth_assessment_status_to_string (assessment->status));
  sqlite3_bind_int64 (stmt, 8, assessment->created_at);
  sqlite3_bind_int64 (stmt, 9, assessment->updated_at);
  if (assessment->finalised_at != 0)
    sqlite3_bind_int64 (stmt, 10, assessment->finalised_at);
  else
    sqlite3_bind_null (stmt, 10);
  hearth_store_bind_text (stmt, 11, assessment->finalised_by);
  hearth_store_bind_id (stmt, 12, map_id (apply, EXCHANGE_ASSESSMENT, assessment->supersedes_id));
  hearth_store_bind_text (stmt, 13, assessment->amend_reason);

  if (!finish_insert (apply, stmt, EXCHANGE_ASSESSMENT, error))
    return FALSE;

  return insert_responses (apply, assessment,
                           map_id (apply, EXCHANGE_ASSESSMENT, assessment->id), error);
}

static gboolean
insert_event (Apply             *apply,
              const HearthEvent *event,
              GError           **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  gint64 event_id;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO events (family_id, event_date, precision, category,"
                               " source_agency, what_happened, impact, impact_text, action_taken,"
                               " analysis, significance, visit_id, assessment_id, created_at,"
                               " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, apply->family_id);
  hearth_store_bind_text (stmt, 2, event->date);
  hearth_store_bind_text (stmt, 3, hearth_date_precision_to_string (event->precision));
  hearth_store_bind_text (stmt, 4, hearth_event_category_to_string (event->category));
  hearth_store_bind_text (stmt, 5, event->source_agency);
  hearth_store_bind_text (stmt, 6, event->what_happened);
  hearth_store_bind_text (stmt, 7, hearth_event_impact_to_string (event->impact));
  hearth_store_bind_text (stmt, 8, event->impact_text);
  hearth_store_bind_text (stmt, 9, event->action_taken);
  hearth_store_bind_text (stmt, 10, event->analysis);
  hearth_store_bind_text (stmt, 11, hearth_significance_to_string (event->significance));
  hearth_store_bind_id (stmt, 12, map_id (apply, EXCHANGE_VISIT, event->visit_id));
  hearth_store_bind_id (stmt, 13, map_id (apply, EXCHANGE_ASSESSMENT, event->assessment_id));
  sqlite3_bind_int64 (stmt, 14, event->created_at);
  sqlite3_bind_int64 (stmt, 15, event->updated_at);

  if (!finish_insert (apply, stmt, EXCHANGE_EVENT, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  event_id = map_id (apply, EXCHANGE_EVENT, event->id);
  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO event_children (event_id, person_id, position)"
                               " VALUES (?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < event->child_ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, event_id);
      sqlite3_bind_int64 (stmt, 2, map_id (apply, EXCHANGE_PERSON,
                                           g_array_index (event->child_ids, gint64, i)));
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!hearth_store_step_done (apply->store, stmt, apply->what, error))
        return FALSE;
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gboolean
insert_period (Apply              *apply,
               const HearthPeriod *period,
               GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO periods (family_id, person_id, kind, start_date,"
                               " end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, apply->family_id);
  sqlite3_bind_int64 (stmt, 2, map_id (apply, EXCHANGE_PERSON, period->person_id));
  hearth_store_bind_text (stmt, 3, hearth_period_kind_to_string (period->kind));
  hearth_store_bind_text (stmt, 4, period->start_date);
  hearth_store_bind_text (stmt, 5, period->end_date);
  sqlite3_bind_int64 (stmt, 6, period->created_at);
  sqlite3_bind_int64 (stmt, 7, period->updated_at);

  return finish_insert (apply, stmt, EXCHANGE_PERIOD, error);
}

static gboolean
insert_supervision (Apply                   *apply,
                    const HearthSupervision *supervision,
                    GError                 **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  gint64 supervision_id;

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO supervisions (family_id, held_on, supervisor,"
                               " practitioner, reflection, decisions, next_review, status,"
                               " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, apply->family_id);
  hearth_store_bind_text (stmt, 2, supervision->date);
  hearth_store_bind_text (stmt, 3, supervision->supervisor);
  hearth_store_bind_text (stmt, 4, supervision->practitioner);
  hearth_store_bind_text (stmt, 5, supervision->reflection);
  hearth_store_bind_text (stmt, 6, supervision->decisions);
  hearth_store_bind_text (stmt, 7, supervision->next_review);
  hearth_store_bind_text (stmt, 8, hearth_supervision_status_to_string (supervision->status));
  sqlite3_bind_int64 (stmt, 9, supervision->created_at);
  sqlite3_bind_int64 (stmt, 10, supervision->updated_at);

  if (!finish_insert (apply, stmt, EXCHANGE_SUPERVISION, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  supervision_id = map_id (apply, EXCHANGE_SUPERVISION, supervision->id);
  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO supervision_actions (supervision_id, position, text,"
                               " owner, due_date, done) VALUES (?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < supervision->actions->len; i++)
    {
      const HearthSupervisionAction *action = g_ptr_array_index (supervision->actions, i);

      sqlite3_bind_int64 (stmt, 1, supervision_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      hearth_store_bind_text (stmt, 3, action->text);
      hearth_store_bind_text (stmt, 4, action->owner);
      hearth_store_bind_text (stmt, 5, action->due_date);
      sqlite3_bind_int (stmt, 6, action->done);
      if (!hearth_store_step_done (apply->store, stmt, apply->what, error))
        return FALSE;
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gboolean
insert_audit_entry (Apply                  *apply,
                    const HearthAuditEntry *entry,
                    GError                **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  ExchangeKind kind;
  gint64 entity_id = 0;

  /* The family is itself; records map to their new ids; rows about
   * records deleted before the export keep no id. */
  if (g_strcmp0 (entry->entity_type, "family") == 0)
    entity_id = apply->family_id;
  else if (hearth_exchange_kind_from_entity (entry->entity_type, &kind))
    entity_id = map_id (apply, kind, entry->entity_id);

  stmt = hearth_store_prepare (apply->store,
                               "INSERT INTO audit (at, actor, family_id, entity_type, entity_id,"
                               " action, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               apply->what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, entry->at);
  hearth_store_bind_text (stmt, 2, entry->actor);
  sqlite3_bind_int64 (stmt, 3, apply->family_id);
  hearth_store_bind_text (stmt, 4, entry->entity_type);
  sqlite3_bind_int64 (stmt, 5, entity_id);
  hearth_store_bind_text (stmt, 6, hearth_audit_action_to_string (entry->action));
  hearth_store_bind_text (stmt, 7, entry->summary);

  return hearth_store_step_done (apply->store, stmt, apply->what, error);
}

static gboolean
insert_records (Apply   *apply,
                GError **error)
{
  ExchangeDocument *document = apply->document;

  if (!insert_family (apply, error))
    return FALSE;

  for (guint i = 0; i < document->records[EXCHANGE_PERSON]->len; i++)
    if (!insert_person (apply, g_ptr_array_index (document->records[EXCHANGE_PERSON], i), error))
      return FALSE;

  for (guint i = 0; i < document->records[EXCHANGE_VISIT]->len; i++)
    if (!insert_visit (apply, g_ptr_array_index (document->records[EXCHANGE_VISIT], i), error))
      return FALSE;

  for (guint i = 0; i < document->records[EXCHANGE_ASSESSMENT]->len; i++)
    if (!insert_assessment (apply, g_ptr_array_index (document->records[EXCHANGE_ASSESSMENT], i),
                            error))
      return FALSE;

  for (guint i = 0; i < document->records[EXCHANGE_EVENT]->len; i++)
    if (!insert_event (apply, g_ptr_array_index (document->records[EXCHANGE_EVENT], i), error))
      return FALSE;

  for (guint i = 0; i < document->records[EXCHANGE_PERIOD]->len; i++)
    if (!insert_period (apply, g_ptr_array_index (document->records[EXCHANGE_PERIOD], i), error))
      return FALSE;

  for (guint i = 0; i < document->records[EXCHANGE_SUPERVISION]->len; i++)
    if (!insert_supervision (apply,
                             g_ptr_array_index (document->records[EXCHANGE_SUPERVISION], i),
                             error))
      return FALSE;

  for (guint i = 0; i < document->audit->len; i++)
    if (!insert_audit_entry (apply, g_ptr_array_index (document->audit, i), error))
      return FALSE;

  return hearth_store_audit (apply->store, apply->family_id, "family", apply->family_id,
                             HEARTH_AUDIT_ACTION_IMPORT, "Imported family from an exchange file",
                             apply->what, error);
}

/*
 * hearth_exchange_apply_document:
 * @document: a checked document
 * @replace: whether a family with the same case reference is replaced
 * @family_id: (out) (optional): the new family's row id
 *
 * Writes @document in one transaction (a savepoint inside a running one):
 * on any failure nothing changes.
 *
 * Returns: %TRUE on success; %FALSE with %HEARTH_EXCHANGE_ERROR_EXISTS or
 *   a %HEARTH_STORE_ERROR
 */
gboolean
hearth_exchange_apply_document (HearthStore       *self,
                                ExchangeDocument  *document,
                                gboolean           replace,
                                gint64            *family_id,
                                GError           **error)
{
  g_auto(Apply) apply = { self, document, 0, { NULL }, _("Could not import the family") };
  gint64 existing = 0;

  for (guint k = 0; k < EXCHANGE_N_KINDS; k++)
    apply.row_ids[k] = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!hearth_store_begin (self, apply.what, error))
    return FALSE;

  if (!find_family (&apply, document->family->case_reference, &existing, error))
    goto fail;

  if (existing != 0 && !replace)
    {
      g_set_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_EXISTS,
                   /* Translators: %s is a file name */
                   _("The database already has a family with the case reference in %s, so "
                     "nothing was imported; ask to replace it to import the file."),
                   document->display_name);
      goto fail;
    }

  if (existing != 0 && !remove_family (&apply, existing, error))
    goto fail;

  if (!insert_records (&apply, error))
    goto fail;

  if (!hearth_store_commit (self, apply.what, error))
    return FALSE;

  if (family_id != NULL)
    *family_id = apply.family_id;

  return TRUE;

fail:
  hearth_store_rollback (self);
  return FALSE;
}
