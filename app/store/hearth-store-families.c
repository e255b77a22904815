/* hearth-store-families.c
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

#define FAMILY_COLUMNS "id, case_reference, display_name, created_at, updated_at, archived"
#define PERSON_COLUMNS "id, family_id, kind, name, date_of_birth, sex, send, role, lives_in_home," \
                       " created_at, updated_at"

static HearthFamily *
family_from_row (HearthStmt *stmt)
{
  HearthFamily *family = hearth_family_new (NULL, NULL);

  family->id = sqlite3_column_int64 (stmt, 0);
  family->case_reference = hearth_store_column_dup_text (stmt, 1);
  family->display_name = hearth_store_column_dup_text (stmt, 2);
  family->created_at = sqlite3_column_int64 (stmt, 3);
  family->updated_at = sqlite3_column_int64 (stmt, 4);
  family->archived = sqlite3_column_int (stmt, 5) != 0;

  return family;
}

static HearthPerson *
person_from_row (HearthStmt  *stmt,
                 const char  *what,
                 GError     **error)
{
  g_autoptr(HearthPerson) person = hearth_person_new_child (NULL, NULL);

  person->id = sqlite3_column_int64 (stmt, 0);
  person->family_id = sqlite3_column_int64 (stmt, 1);
  person->name = hearth_store_column_dup_text (stmt, 3);
  person->date_of_birth = hearth_store_column_dup_text (stmt, 4);
  person->send = sqlite3_column_int (stmt, 6) != 0;
  person->lives_in_home = sqlite3_column_int (stmt, 8) != 0;
  person->created_at = sqlite3_column_int64 (stmt, 9);
  person->updated_at = sqlite3_column_int64 (stmt, 10);

  if (!hearth_person_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &person->kind)
      || !hearth_sex_from_string ((const char *) sqlite3_column_text (stmt, 5), &person->sex)
      || !hearth_adult_role_from_string ((const char *) sqlite3_column_text (stmt, 7), &person->role))
    {
      hearth_store_set_corrupt_row (what, error);
      return NULL;
    }

  return g_steal_pointer (&person);
}

/* Loads one family row with a query taking a single bound value. */
static HearthFamily *
load_family_where (HearthStore  *self,
                   const char   *sql,
                   gint64        id,
                   const char   *text,
                   GError      **error)
{
  const char *what = _("Could not load the family");
  g_autoptr(HearthStmt) stmt = hearth_store_prepare (self, sql, what, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  if (text != NULL)
    hearth_store_bind_text (stmt, 1, text);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      hearth_store_set_not_found (what, error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      hearth_store_set_error (self, rc, what, error);
      return NULL;
    }

  return family_from_row (stmt);
}

static gboolean
family_exists (HearthStore  *self,
               gint64        family_id,
               const char   *what,
               GError      **error)
{
  return hearth_store_check_owned (self, "SELECT id FROM families WHERE id = ?",
                                   family_id, family_id, what, error);
}

/**
 * hearth_store_save_family:
 * @self: a store
 * @family: a family; its id, created_at and updated_at are set on success
 *
 * Inserts @family when its id is 0, else updates it, with an audit row, in
 * one transaction. Archiving goes through hearth_store_archive_family().
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_ENTITY_ERROR when
 *   @family is invalid, or a %HEARTH_STORE_ERROR (DUPLICATE for a case
 *   reference in use, NOT_FOUND for an unknown id)
 */
gboolean
hearth_store_save_family (HearthStore   *self,
                          HearthFamily  *family,
                          GError       **error)
{
  const char *what = _("Could not save the family");
  g_autoptr(HearthStmt) stmt = NULL;
  gint64 now, id;
  gboolean insert;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (family != NULL, FALSE);

  if (!hearth_family_validate (family, error))
    return FALSE;

  if (!hearth_store_begin (self, what, error))
    return FALSE;

  now = hearth_store_now (self);
  insert = family->id == 0;
  if (insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO families (case_reference, display_name, created_at,"
                                   " updated_at, archived) VALUES (?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        goto fail;
      hearth_store_bind_text (stmt, 1, family->case_reference);
      hearth_store_bind_text (stmt, 2, family->display_name);
      sqlite3_bind_int64 (stmt, 3, now);
      sqlite3_bind_int64 (stmt, 4, now);
      sqlite3_bind_int (stmt, 5, family->archived);
    }
  else
    {
      stmt = hearth_store_prepare (self,
                                   "UPDATE families SET case_reference = ?, display_name = ?,"
                                   " updated_at = ? WHERE id = ?",
                                   what, error);
      if (stmt == NULL)
        goto fail;
      hearth_store_bind_text (stmt, 1, family->case_reference);
      hearth_store_bind_text (stmt, 2, family->display_name);
      sqlite3_bind_int64 (stmt, 3, now);
      sqlite3_bind_int64 (stmt, 4, family->id);
    }

  if (!hearth_store_step_done (self, stmt, what, error))
    goto fail;

  if (!insert && sqlite3_changes (self->db) == 0)
    {
      hearth_store_set_not_found (what, error);
      goto fail;
    }

  id = insert ? sqlite3_last_insert_rowid (self->db) : family->id;
  if (!hearth_store_audit (self, id, "family", id,
                           insert ? HEARTH_AUDIT_ACTION_CREATE : HEARTH_AUDIT_ACTION_UPDATE,
                           insert ? "Created family" : "Updated family", what, error))
    goto fail;

  g_clear_pointer (&stmt, hearth_store_stmt_release);
  if (!hearth_store_commit (self, what, error))
    return FALSE;

  if (insert)
    {
      family->id = id;
      family->created_at = now;
    }
  family->updated_at = now;
  return TRUE;

fail:
  g_clear_pointer (&stmt, hearth_store_stmt_release);
  hearth_store_rollback (self);
  return FALSE;
}

/**
 * hearth_store_load_family:
 * @self: a store
 * @family_id: a family's row id
 *
 * Returns: (transfer full): the family, or %NULL with a
 *   %HEARTH_STORE_ERROR (NOT_FOUND when there is no such family)
 */
HearthFamily *
hearth_store_load_family (HearthStore  *self,
                          gint64        family_id,
                          GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return load_family_where (self, "SELECT " FAMILY_COLUMNS " FROM families WHERE id = ?",
                            family_id, NULL, error);
}

/**
 * hearth_store_load_family_by_reference:
 * @self: a store
 * @case_reference: a case reference
 *
 * Returns: (transfer full): the family, or %NULL with a
 *   %HEARTH_STORE_ERROR (NOT_FOUND when no family has the reference)
 */
HearthFamily *
hearth_store_load_family_by_reference (HearthStore  *self,
                                       const char   *case_reference,
                                       GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (case_reference != NULL, NULL);

  return load_family_where (self,
                            "SELECT " FAMILY_COLUMNS " FROM families WHERE case_reference = ?",
                            0, case_reference, error);
}

/**
 * hearth_store_list_families:
 * @self: a store
 * @include_archived: whether to list archived families too
 *
 * Returns: (transfer container) (element-type HearthFamily): the families
 *   ordered by case reference, or %NULL with a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_families (HearthStore  *self,
                            gboolean      include_archived,
                            GError      **error)
{
  const char *what = _("Could not list the families");
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  stmt = hearth_store_prepare (self,
                               "SELECT " FAMILY_COLUMNS " FROM families"
                               " WHERE archived = 0 OR ? ORDER BY case_reference",
                               what, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_archived);
  families = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_family_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (families, family_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return NULL;
    }

  return g_steal_pointer (&families);
}

/**
 * hearth_store_archive_family:
 * @self: a store
 * @family_id: a family's row id
 * @archived: %TRUE to archive, %FALSE to bring the family back
 *
 * Archives a closed case, or brings it back, with an audit row.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_archive_family (HearthStore  *self,
                             gint64        family_id,
                             gboolean      archived,
                             GError      **error)
{
  const char *what = archived ? _("Could not archive the family")
                              : _("Could not bring the family back from the archive");
  g_autoptr(HearthStmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  if (!hearth_store_begin (self, what, error))
    return FALSE;

  stmt = hearth_store_prepare (self, "UPDATE families SET archived = ?, updated_at = ? WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int (stmt, 1, archived);
  sqlite3_bind_int64 (stmt, 2, hearth_store_now (self));
  sqlite3_bind_int64 (stmt, 3, family_id);
  if (!hearth_store_step_done (self, stmt, what, error))
    goto fail;

  if (sqlite3_changes (self->db) == 0)
    {
      hearth_store_set_not_found (what, error);
      goto fail;
    }

  if (!hearth_store_audit (self, family_id, "family", family_id, HEARTH_AUDIT_ACTION_ARCHIVE,
                           archived ? "Archived family" : "Brought family back from archive",
                           what, error))
    goto fail;

  g_clear_pointer (&stmt, hearth_store_stmt_release);
  return hearth_store_commit (self, what, error);

fail:
  g_clear_pointer (&stmt, hearth_store_stmt_release);
  hearth_store_rollback (self);
  return FALSE;
}

/**
 * hearth_store_delete_family:
 * @self: a store
 * @family_id: a family's row id
 *
 * Deletes the family and everything recorded about it (people, visits,
 * assessments, chronology, periods, supervision). The audit trail keeps
 * its rows, which hold no record content.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_delete_family (HearthStore  *self,
                            gint64        family_id,
                            GError      **error)
{
  const char *what = _("Could not delete the family");
  g_autoptr(HearthStmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  if (!hearth_store_begin (self, what, error))
    return FALSE;

  stmt = hearth_store_prepare (self, "DELETE FROM families WHERE id = ?", what, error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, family_id);
  if (!hearth_store_step_done (self, stmt, what, error))
    goto fail;

  if (sqlite3_changes (self->db) == 0)
    {
      hearth_store_set_not_found (what, error);
      goto fail;
    }

  if (!hearth_store_audit (self, family_id, "family", family_id, HEARTH_AUDIT_ACTION_DELETE,
                           "Deleted family and its records", what, error))
    goto fail;

  g_clear_pointer (&stmt, hearth_store_stmt_release);
  return hearth_store_commit (self, what, error);

fail:
  g_clear_pointer (&stmt, hearth_store_stmt_release);
  hearth_store_rollback (self);
  return FALSE;
}

/**
 * hearth_store_save_person:
 * @self: a store
 * @person: a person; its id and timestamps are set on success
 *
 * Inserts @person when its id is 0, else updates it, with an audit row.
 * A person cannot move to another family.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_ENTITY_ERROR when
 *   @person is invalid, or a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_save_person (HearthStore   *self,
                          HearthPerson  *person,
                          GError       **error)
{
  const char *what = _("Could not save the person");
  g_autoptr(HearthStmt) stmt = NULL;
  gint64 now, id;
  gboolean insert;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (person != NULL, FALSE);

  if (!hearth_person_validate (person, error))
    return FALSE;

  if (!hearth_store_begin (self, what, error))
    return FALSE;

  if (!family_exists (self, person->family_id, what, error))
    goto fail;

  now = hearth_store_now (self);
  insert = person->id == 0;
  if (insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO people (kind, name, date_of_birth, sex, send, role,"
                                   " lives_in_home, family_id, created_at, updated_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 9, now);
      sqlite3_bind_int64 (stmt, 10, now);
    }
  else
    {
      stmt = hearth_store_prepare (self,
                                   "UPDATE people SET kind = ?, name = ?, date_of_birth = ?, sex = ?,"
                                   " send = ?, role = ?, lives_in_home = ?, updated_at = ?9"
                                   " WHERE family_id = ?8 AND id = ?10",
                                   what, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 9, now);
      sqlite3_bind_int64 (stmt, 10, person->id);
    }

  hearth_store_bind_text (stmt, 1, hearth_person_kind_to_string (person->kind));
  hearth_store_bind_text (stmt, 2, person->name);
  hearth_store_bind_text (stmt, 3, person->date_of_birth);
  hearth_store_bind_text (stmt, 4, hearth_sex_to_string (person->sex));
  sqlite3_bind_int (stmt, 5, person->send);
  hearth_store_bind_text (stmt, 6, hearth_adult_role_to_string (person->role));
  sqlite3_bind_int (stmt, 7, person->lives_in_home);
  sqlite3_bind_int64 (stmt, 8, person->family_id);

  if (!hearth_store_step_done (self, stmt, what, error))
    goto fail;

  if (!insert && sqlite3_changes (self->db) == 0)
    {
      hearth_store_set_not_found (what, error);
      goto fail;
    }

  id = insert ? sqlite3_last_insert_rowid (self->db) : person->id;
  if (!hearth_store_audit (self, person->family_id, "person", id,
                           insert ? HEARTH_AUDIT_ACTION_CREATE : HEARTH_AUDIT_ACTION_UPDATE,
                           person->kind == HEARTH_PERSON_KIND_CHILD
                             ? (insert ? "Added child" : "Updated child")
                             : (insert ? "Added adult" : "Updated adult"),
                           what, error))
    goto fail;

  g_clear_pointer (&stmt, hearth_store_stmt_release);
  if (!hearth_store_commit (self, what, error))
    return FALSE;

  if (insert)
    {
      person->id = id;
      person->created_at = now;
    }
  person->updated_at = now;
  return TRUE;

fail:
  g_clear_pointer (&stmt, hearth_store_stmt_release);
  hearth_store_rollback (self);
  return FALSE;
}

/**
 * hearth_store_load_person:
 * @self: a store
 * @person_id: a person's row id
 *
 * Returns: (transfer full): the person, or %NULL with a
 *   %HEARTH_STORE_ERROR
 */
HearthPerson *
hearth_store_load_person (HearthStore  *self,
                          gint64        person_id,
                          GError      **error)
{
  const char *what = _("Could not load the person");
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  stmt = hearth_store_prepare (self, "SELECT " PERSON_COLUMNS " FROM people WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      hearth_store_set_not_found (what, error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      hearth_store_set_error (self, rc, what, error);
      return NULL;
    }

  return person_from_row (stmt, what, error);
}

/**
 * hearth_store_list_people:
 * @self: a store
 * @family_id: a family's row id
 *
 * Returns: (transfer container) (element-type HearthPerson): the family's
 *   children (oldest first) then adults (in the order added), or %NULL
 *   with a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_people (HearthStore  *self,
                          gint64        family_id,
                          GError      **error)
{
  const char *what = _("Could not list the people of the family");
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  stmt = hearth_store_prepare (self,
                               "SELECT " PERSON_COLUMNS " FROM people WHERE family_id = ?"
                               " ORDER BY kind <> 'child', CASE WHEN kind = 'child'"
                               " THEN date_of_birth END, id",
                               what, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, family_id);
  people = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_person_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HearthPerson *person = person_from_row (stmt, what, error);

      if (person == NULL)
        return NULL;
      g_ptr_array_add (people, person);
    }

  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return NULL;
    }

  return g_steal_pointer (&people);
}

/**
 * hearth_store_delete_person:
 * @self: a store
 * @person_id: a person's row id
 *
 * Deletes a person whom no other record names.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR: REFUSED
 *   while a visit, assessment, event or period names the person
 */
gboolean
hearth_store_delete_person (HearthStore  *self,
                            gint64        person_id,
                            GError      **error)
{
  const char *what = _("Could not delete the person");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_delete_row (self,
                                  "DELETE FROM people WHERE id = ? RETURNING family_id",
                                  person_id, "person", "Deleted person", what, error);
}
