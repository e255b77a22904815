/* hearth-store-visits.c
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

#define VISIT_COLUMNS "id, family_id, visited_at, practitioner, announced, others_present, notes," \
                      " created_at, updated_at"

static HearthVisit *
visit_from_row (HearthStmt *stmt)
{
  HearthVisit *visit = hearth_visit_new (sqlite3_column_int64 (stmt, 1),
                                         sqlite3_column_int64 (stmt, 2),
                                         NULL);

  visit->id = sqlite3_column_int64 (stmt, 0);
  visit->practitioner = hearth_store_column_dup_text (stmt, 3);
  visit->announced = sqlite3_column_int (stmt, 4) != 0;
  visit->others_present = hearth_store_column_dup_text (stmt, 5);
  visit->notes = hearth_store_column_dup_text (stmt, 6);
  visit->created_at = sqlite3_column_int64 (stmt, 7);
  visit->updated_at = sqlite3_column_int64 (stmt, 8);

  return visit;
}

/* Fills the people present and the children seen of the visits in @visits
 * (keyed by id), which all belong to one family. */
static gboolean
load_visit_people (HearthStore  *self,
                   GHashTable   *visits,
                   const char   *present_sql,
                   const char   *children_sql,
                   gint64        key,
                   const char   *what,
                   GError      **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  stmt = hearth_store_prepare (self, present_sql, what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HearthVisit *visit = g_hash_table_lookup (visits, &(gint64) { sqlite3_column_int64 (stmt, 0) });
      gint64 person_id = sqlite3_column_int64 (stmt, 1);

      if (visit != NULL)
        g_array_append_val (visit->present_ids, person_id);
    }
  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  stmt = hearth_store_prepare (self, children_sql, what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HearthVisit *visit = g_hash_table_lookup (visits, &(gint64) { sqlite3_column_int64 (stmt, 0) });
      HearthVisitChild child = {
        sqlite3_column_int64 (stmt, 1),
        sqlite3_column_int (stmt, 2) != 0,
        sqlite3_column_int (stmt, 3) != 0,
      };

      if (visit != NULL)
        g_array_append_val (visit->children, child);
    }
  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_visit_people (HearthStore        *self,
                    const HearthVisit  *visit,
                    gint64              visit_id,
                    const char         *what,
                    GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  for (guint i = 0; i < visit->present_ids->len; i++)
    {
      if (!hearth_store_check_person (self, visit->family_id,
                                      g_array_index (visit->present_ids, gint64, i),
                                      FALSE, what, error))
        return FALSE;
    }

  for (guint i = 0; i < visit->children->len; i++)
    {
      if (!hearth_store_check_person (self, visit->family_id,
                                      g_array_index (visit->children, HearthVisitChild, i).person_id,
                                      TRUE, what, error))
        return FALSE;
    }

  stmt = hearth_store_prepare (self, "DELETE FROM visit_present WHERE visit_id = ?", what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, visit_id);
  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  stmt = hearth_store_prepare (self, "DELETE FROM visit_children WHERE visit_id = ?", what, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, visit_id);
  if (!hearth_store_step_done (self, stmt, what, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  stmt = hearth_store_prepare (self,
                               "INSERT INTO visit_present (visit_id, person_id, position)"
                               " VALUES (?, ?, ?)",
                               what, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < visit->present_ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, visit_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (visit->present_ids, gint64, i));
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!hearth_store_step_done (self, stmt, what, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  stmt = hearth_store_prepare (self,
                               "INSERT INTO visit_children (visit_id, person_id, position, seen,"
                               " seen_alone) VALUES (?, ?, ?, ?, ?)",
                               what, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < visit->children->len; i++)
    {
      const HearthVisitChild *child = &g_array_index (visit->children, HearthVisitChild, i);

      sqlite3_bind_int64 (stmt, 1, visit_id);
      sqlite3_bind_int64 (stmt, 2, child->person_id);
      sqlite3_bind_int (stmt, 3, (int) i);
      sqlite3_bind_int (stmt, 4, child->seen);
      sqlite3_bind_int (stmt, 5, child->seen_alone);
      if (!hearth_store_step_done (self, stmt, what, error))
        return FALSE;
      sqlite3_reset (stmt);
    }

  return TRUE;
}

/**
 * hearth_store_save_visit:
 * @self: a store
 * @visit: a visit; its id and timestamps are set on success
 *
 * Inserts @visit when its id is 0, else updates it (with who was present
 * and which children were seen), with an audit row, in one transaction.
 * Everyone named must belong to the visit's family.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_ENTITY_ERROR when
 *   @visit is invalid, or a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_save_visit (HearthStore  *self,
                         HearthVisit  *visit,
                         GError      **error)
{
  const char *what = _("Could not save the visit");
  g_autoptr(HearthStmt) stmt = NULL;
  gint64 now, id;
  gboolean insert;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (visit != NULL, FALSE);

  if (!hearth_visit_validate (visit, error))
    return FALSE;

  if (!hearth_store_begin (self, what, error))
    return FALSE;

  if (!hearth_store_check_owned (self, "SELECT id FROM families WHERE id = ?",
                                 visit->family_id, visit->family_id, what, error))
    goto fail;

  now = hearth_store_now (self);
  insert = visit->id == 0;
  if (insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO visits (visited_at, practitioner, announced,"
                                   " others_present, notes, family_id, created_at, updated_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 7, now);
      sqlite3_bind_int64 (stmt, 8, now);
    }
  else
    {
      stmt = hearth_store_prepare (self,
                                   "UPDATE visits SET visited_at = ?, practitioner = ?, announced = ?,"
                                   " others_present = ?, notes = ?, updated_at = ?7"
                                   " WHERE family_id = ?6 AND id = ?8",
                                   what, error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 7, now);
      sqlite3_bind_int64 (stmt, 8, visit->id);
    }

  sqlite3_bind_int64 (stmt, 1, visit->visited_at);
  hearth_store_bind_text (stmt, 2, visit->practitioner);
  sqlite3_bind_int (stmt, 3, visit->announced);
  hearth_store_bind_text (stmt, 4, visit->others_present);
  hearth_store_bind_text (stmt, 5, visit->notes);
  sqlite3_bind_int64 (stmt, 6, visit->family_id);

  if (!hearth_store_step_done (self, stmt, what, error))
    goto fail;

  if (!insert && sqlite3_changes (self->db) == 0)
    {
      hearth_store_set_not_found (what, error);
      goto fail;
    }

  id = insert ? sqlite3_last_insert_rowid (self->db) : visit->id;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  if (!write_visit_people (self, visit, id, what, error)
      || !hearth_store_audit (self, visit->family_id, "visit", id,
                              insert ? HEARTH_AUDIT_ACTION_CREATE : HEARTH_AUDIT_ACTION_UPDATE,
                              insert ? "Recorded visit" : "Updated visit", what, error))
    goto fail;

  if (!hearth_store_commit (self, what, error))
    return FALSE;

  if (insert)
    {
      visit->id = id;
      visit->created_at = now;
    }
  visit->updated_at = now;
  return TRUE;

fail:
  g_clear_pointer (&stmt, hearth_store_stmt_release);
  hearth_store_rollback (self);
  return FALSE;
}

/**
 * hearth_store_load_visit:
 * @self: a store
 * @visit_id: a visit's row id
 *
 * Returns: (transfer full): the visit, or %NULL with a %HEARTH_STORE_ERROR
 */
HearthVisit *
hearth_store_load_visit (HearthStore  *self,
                         gint64        visit_id,
                         GError      **error)
{
  const char *what = _("Could not load the visit");
  g_autoptr(HearthStmt) stmt = NULL;
  g_autoptr(HearthVisit) visit = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  stmt = hearth_store_prepare (self, "SELECT " VISIT_COLUMNS " FROM visits WHERE id = ?",
                               what, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, visit_id);
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

  visit = visit_from_row (stmt);
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_hash_table_insert (by_id, &visit->id, visit);
  if (!load_visit_people (self, by_id,
                          "SELECT visit_id, person_id FROM visit_present WHERE visit_id = ?"
                          " ORDER BY position",
                          "SELECT visit_id, person_id, seen, seen_alone FROM visit_children"
                          " WHERE visit_id = ? ORDER BY position",
                          visit_id, what, error))
    return NULL;

  return g_steal_pointer (&visit);
}

/**
 * hearth_store_list_visits:
 * @self: a store
 * @family_id: a family's row id
 *
 * Returns: (transfer container) (element-type HearthVisit): the family's
 *   visits, most recent first, or %NULL with a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_visits (HearthStore  *self,
                          gint64        family_id,
                          GError      **error)
{
  const char *what = _("Could not list the visits");
  g_autoptr(HearthStmt) stmt = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  stmt = hearth_store_prepare (self,
                               "SELECT " VISIT_COLUMNS " FROM visits WHERE family_id = ?"
                               " ORDER BY visited_at DESC, id DESC",
                               what, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, family_id);
  visits = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_visit_unref);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HearthVisit *visit = visit_from_row (stmt);

      g_ptr_array_add (visits, visit);
      g_hash_table_insert (by_id, &visit->id, visit);
    }
  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return NULL;
    }
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  if (!load_visit_people (self, by_id,
                          "SELECT p.visit_id, p.person_id FROM visit_present p"
                          " JOIN visits v ON v.id = p.visit_id WHERE v.family_id = ?"
                          " ORDER BY p.visit_id, p.position",
                          "SELECT c.visit_id, c.person_id, c.seen, c.seen_alone FROM visit_children c"
                          " JOIN visits v ON v.id = c.visit_id WHERE v.family_id = ?"
                          " ORDER BY c.visit_id, c.position",
                          family_id, what, error))
    return NULL;

  return g_steal_pointer (&visits);
}

/**
 * hearth_store_delete_visit:
 * @self: a store
 * @visit_id: a visit's row id
 *
 * Deletes a visit. Chronology events linked to it lose the link.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR: REFUSED
 *   while an assessment names the visit
 */
gboolean
hearth_store_delete_visit (HearthStore  *self,
                           gint64        visit_id,
                           GError      **error)
{
  const char *what = _("Could not delete the visit");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_delete_row (self,
                                  "DELETE FROM visits WHERE id = ? RETURNING family_id",
                                  visit_id, "visit", "Deleted visit", what, error);
}
