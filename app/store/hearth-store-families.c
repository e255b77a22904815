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

static gpointer
family_from_row (HearthStmt  *stmt,
                 const char  *what,
                 GError     **error)
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

static gpointer
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

static gboolean
write_family (HearthStore      *self,
              HearthStoreSave  *save,
              gpointer          record,
              const char       *what,
              GError          **error)
{
  HearthFamily *family = record;
  g_autoptr(HearthStmt) stmt = NULL;

  if (save->insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO families (case_reference, display_name, created_at,"
                                   " updated_at, archived) VALUES (?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      hearth_store_bind_text (stmt, 1, family->case_reference);
      hearth_store_bind_text (stmt, 2, family->display_name);
      sqlite3_bind_int64 (stmt, 3, save->now);
      sqlite3_bind_int64 (stmt, 4, save->now);
      sqlite3_bind_int (stmt, 5, family->archived);
    }
  else
    {
      stmt = hearth_store_prepare (self,
                                   "UPDATE families SET case_reference = ?, display_name = ?,"
                                   " updated_at = ? WHERE id = ?",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      hearth_store_bind_text (stmt, 1, family->case_reference);
      hearth_store_bind_text (stmt, 2, family->display_name);
      sqlite3_bind_int64 (stmt, 3, save->now);
      sqlite3_bind_int64 (stmt, 4, family->id);
    }

  if (!hearth_store_step_save (self, stmt, save, what, error))
    return FALSE;

  /* A family's audit rows belong to the family itself. */
  hearth_store_save_set_audit (save, save->id, "family", "Created family", "Updated family");
  return TRUE;
}

static gboolean
write_archived (HearthStore        *self,
                HearthStoreChange  *change,
                gpointer            user_data,
                const char         *what,
                GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (self, "UPDATE families SET archived = ?, updated_at = ? WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, GPOINTER_TO_INT (user_data));
  sqlite3_bind_int64 (stmt, 2, hearth_store_now (self));
  sqlite3_bind_int64 (stmt, 3, change->entity_id);

  return hearth_store_step_done (self, stmt, what, error)
         && hearth_store_check_changed (self, what, error);
}

static gboolean
write_family_deletion (HearthStore        *self,
                       HearthStoreChange  *change,
                       gpointer            user_data,
                       const char         *what,
                       GError            **error)
{
  return hearth_store_exec_id (self, "DELETE FROM families WHERE id = ?", change->entity_id,
                               what, error)
         && hearth_store_check_changed (self, what, error);
}

static gboolean
write_person (HearthStore      *self,
              HearthStoreSave  *save,
              gpointer          record,
              const char       *what,
              GError          **error)
{
  HearthPerson *person = record;
  gboolean child = person->kind == HEARTH_PERSON_KIND_CHILD;
  g_autoptr(HearthStmt) stmt = NULL;

  if (!hearth_store_check_owned (self, "SELECT id FROM families WHERE id = ?",
                                 person->family_id, person->family_id, what, error))
    return FALSE;

  if (save->insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO people (kind, name, date_of_birth, sex, send, role,"
                                   " lives_in_home, family_id, created_at, updated_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 9, save->now);
      sqlite3_bind_int64 (stmt, 10, save->now);
    }
  else
    {
      stmt = hearth_store_prepare (self,
                                   "UPDATE people SET kind = ?, name = ?, date_of_birth = ?, sex = ?,"
                                   " send = ?, role = ?, lives_in_home = ?, updated_at = ?9"
                                   " WHERE family_id = ?8 AND id = ?10",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 9, save->now);
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

  if (!hearth_store_step_save (self, stmt, save, what, error))
    return FALSE;

  hearth_store_save_set_audit (save, person->family_id, "person",
                               child ? "Added child" : "Added adult",
                               child ? "Updated child" : "Updated adult");
  return TRUE;
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
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (family != NULL, FALSE);

  if (!hearth_family_validate (family, error))
    return FALSE;

  return hearth_store_save (self, family, &family->id, &family->created_at, &family->updated_at,
                            write_family, _("Could not save the family"), error);
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

  return hearth_store_load_row (self, "SELECT " FAMILY_COLUMNS " FROM families WHERE id = ?",
                                family_id, family_from_row, _("Could not load the family"), error);
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
  const char *what = _("Could not load the family");
  g_autoptr(HearthStmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);
  g_return_val_if_fail (case_reference != NULL, NULL);

  stmt = hearth_store_prepare (self,
                               "SELECT " FAMILY_COLUMNS " FROM families WHERE case_reference = ?",
                               what, error);
  if (stmt == NULL)
    return NULL;

  hearth_store_bind_text (stmt, 1, case_reference);
  if (!hearth_store_step_row (self, stmt, what, error))
    return NULL;

  return family_from_row (stmt, what, error);
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
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return hearth_store_load_rows (self,
                                 "SELECT " FAMILY_COLUMNS " FROM families"
                                 " WHERE archived = 0 OR ? ORDER BY case_reference",
                                 include_archived, family_from_row,
                                 (GDestroyNotify) hearth_family_unref,
                                 _("Could not list the families"), error);
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
  HearthStoreChange change = {
    family_id, "family", family_id, HEARTH_AUDIT_ACTION_ARCHIVE,
    archived ? "Archived family" : "Brought family back from archive",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_write (self, &change, write_archived, GINT_TO_POINTER (archived), what, error);
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
  HearthStoreChange change = {
    family_id, "family", family_id, HEARTH_AUDIT_ACTION_DELETE, "Deleted family and its records",
  };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_write (self, &change, write_family_deletion, NULL,
                             _("Could not delete the family"), error);
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
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (person != NULL, FALSE);

  if (!hearth_person_validate (person, error))
    return FALSE;

  return hearth_store_save (self, person, &person->id, &person->created_at, &person->updated_at,
                            write_person, _("Could not save the person"), error);
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
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return hearth_store_load_row (self, "SELECT " PERSON_COLUMNS " FROM people WHERE id = ?",
                                person_id, person_from_row, _("Could not load the person"), error);
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
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return hearth_store_load_rows (self,
                                 "SELECT " PERSON_COLUMNS " FROM people WHERE family_id = ?"
                                 " ORDER BY kind <> 'child', CASE WHEN kind = 'child'"
                                 " THEN date_of_birth END, id",
                                 family_id, person_from_row, (GDestroyNotify) hearth_person_unref,
                                 _("Could not list the people of the family"), error);
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
