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

static gpointer
visit_from_row (HearthStmt  *stmt,
                const char  *what,
                GError     **error)
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

/* Adds a row of (visit_id, person_id) to its visit in @user_data, the
 * visits by id. */
static gboolean
add_visit_present (HearthStmt  *stmt,
                   gpointer     user_data,
                   const char  *what,
                   GError     **error)
{
  HearthVisit *visit = g_hash_table_lookup (user_data, &(gint64) { sqlite3_column_int64 (stmt, 0) });
  gint64 person_id = sqlite3_column_int64 (stmt, 1);

  if (visit != NULL)
    g_array_append_val (visit->present_ids, person_id);

  return TRUE;
}

/* Adds a row of (visit_id, person_id, seen, seen_alone) to its visit in
 * @user_data, the visits by id. */
static gboolean
add_visit_child (HearthStmt  *stmt,
                 gpointer     user_data,
                 const char  *what,
                 GError     **error)
{
  HearthVisit *visit = g_hash_table_lookup (user_data, &(gint64) { sqlite3_column_int64 (stmt, 0) });
  HearthVisitChild child = {
    sqlite3_column_int64 (stmt, 1),
    sqlite3_column_int (stmt, 2) != 0,
    sqlite3_column_int (stmt, 3) != 0,
  };

  if (visit != NULL)
    g_array_append_val (visit->children, child);

  return TRUE;
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
  return hearth_store_each_row (self, present_sql, key, add_visit_present, visits, what, error)
         && hearth_store_each_row (self, children_sql, key, add_visit_child, visits, what, error);
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

  if (!hearth_store_exec_id (self, "DELETE FROM visit_present WHERE visit_id = ?", visit_id,
                             what, error)
      || !hearth_store_exec_id (self, "DELETE FROM visit_children WHERE visit_id = ?", visit_id,
                                what, error))
    return FALSE;

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

static gboolean
write_visit (HearthStore      *self,
             HearthStoreSave  *save,
             gpointer          record,
             const char       *what,
             GError          **error)
{
  HearthVisit *visit = record;
  g_autoptr(HearthStmt) stmt = NULL;

  if (!hearth_store_check_owned (self, "SELECT id FROM families WHERE id = ?",
                                 visit->family_id, visit->family_id, what, error))
    return FALSE;

  if (save->insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO visits (visited_at, practitioner, announced,"
                                   " others_present, notes, family_id, created_at, updated_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 7, save->now);
      sqlite3_bind_int64 (stmt, 8, save->now);
    }
  else
    {
      stmt = hearth_store_prepare (self,
                                   "UPDATE visits SET visited_at = ?, practitioner = ?, announced = ?,"
                                   " others_present = ?, notes = ?, updated_at = ?7"
                                   " WHERE family_id = ?6 AND id = ?8",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 7, save->now);
      sqlite3_bind_int64 (stmt, 8, visit->id);
    }

  sqlite3_bind_int64 (stmt, 1, visit->visited_at);
  hearth_store_bind_text (stmt, 2, visit->practitioner);
  sqlite3_bind_int (stmt, 3, visit->announced);
  hearth_store_bind_text (stmt, 4, visit->others_present);
  hearth_store_bind_text (stmt, 5, visit->notes);
  sqlite3_bind_int64 (stmt, 6, visit->family_id);

  if (!hearth_store_step_save (self, stmt, save, what, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  if (!write_visit_people (self, visit, save->id, what, error))
    return FALSE;

  hearth_store_save_set_audit (save, visit->family_id, "visit", "Recorded visit", "Updated visit");
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
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (visit != NULL, FALSE);

  if (!hearth_visit_validate (visit, error))
    return FALSE;

  return hearth_store_save (self, visit, &visit->id, &visit->created_at, &visit->updated_at,
                            write_visit, _("Could not save the visit"), error);
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
  g_autoptr(HearthVisit) visit = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  visit = hearth_store_load_row (self, "SELECT " VISIT_COLUMNS " FROM visits WHERE id = ?",
                                 visit_id, visit_from_row, what, error);
  if (visit == NULL)
    return NULL;

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
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  visits = hearth_store_load_rows (self,
                                   "SELECT " VISIT_COLUMNS " FROM visits WHERE family_id = ?"
                                   " ORDER BY visited_at DESC, id DESC",
                                   family_id, visit_from_row, (GDestroyNotify) hearth_visit_unref,
                                   what, error);
  if (visits == NULL)
    return NULL;

  by_id = hearth_store_index_records (visits, G_STRUCT_OFFSET (HearthVisit, id));
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
