/* hearth-store-events.c
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

#define EVENT_COLUMNS "id, family_id, event_date, precision, category, source_agency, what_happened," \
                      " impact, impact_text, action_taken, analysis, significance, visit_id," \
                      " assessment_id, created_at, updated_at"

#define PERIOD_COLUMNS "id, family_id, person_id, kind, start_date, end_date, created_at, updated_at"

static gpointer
event_from_row (HearthStmt  *stmt,
                const char  *what,
                GError     **error)
{
  g_autoptr(HearthEvent) event = hearth_event_new (sqlite3_column_int64 (stmt, 1), NULL,
                                                   HEARTH_EVENT_CATEGORY_OTHER, NULL, NULL);

  event->id = sqlite3_column_int64 (stmt, 0);
  event->date = hearth_store_column_dup_text (stmt, 2);
  event->source_agency = hearth_store_column_dup_text (stmt, 5);
  event->what_happened = hearth_store_column_dup_text (stmt, 6);
  event->impact_text = hearth_store_column_dup_text (stmt, 8);
  event->action_taken = hearth_store_column_dup_text (stmt, 9);
  event->analysis = hearth_store_column_dup_text (stmt, 10);
  event->visit_id = sqlite3_column_int64 (stmt, 12);
  event->assessment_id = sqlite3_column_int64 (stmt, 13);
  event->created_at = sqlite3_column_int64 (stmt, 14);
  event->updated_at = sqlite3_column_int64 (stmt, 15);

  if (!hearth_date_precision_from_string ((const char *) sqlite3_column_text (stmt, 3),
                                          &event->precision)
      || !hearth_event_category_from_string ((const char *) sqlite3_column_text (stmt, 4),
                                             &event->category)
      || !hearth_event_impact_from_string ((const char *) sqlite3_column_text (stmt, 7),
                                           &event->impact)
      || !hearth_significance_from_string ((const char *) sqlite3_column_text (stmt, 11),
                                           &event->significance))
    {
      hearth_store_set_corrupt_row (what, error);
      return NULL;
    }

  return g_steal_pointer (&event);
}

static gpointer
period_from_row (HearthStmt  *stmt,
                 const char  *what,
                 GError     **error)
{
  g_autoptr(HearthPeriod) period = NULL;

  period = hearth_period_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
                              HEARTH_PERIOD_KIND_EARLY_HELP,
                              (const char *) sqlite3_column_text (stmt, 4),
                              (const char *) sqlite3_column_text (stmt, 5));
  period->id = sqlite3_column_int64 (stmt, 0);
  period->created_at = sqlite3_column_int64 (stmt, 6);
  period->updated_at = sqlite3_column_int64 (stmt, 7);

  if (!hearth_period_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &period->kind))
    {
      hearth_store_set_corrupt_row (what, error);
      return NULL;
    }

  return g_steal_pointer (&period);
}

/* Adds a row of (event_id, person_id) to its event in @user_data, the
 * events by id. */
static gboolean
add_event_child (HearthStmt  *stmt,
                 gpointer     user_data,
                 const char  *what,
                 GError     **error)
{
  HearthEvent *event = g_hash_table_lookup (user_data, &(gint64) { sqlite3_column_int64 (stmt, 0) });
  gint64 person_id = sqlite3_column_int64 (stmt, 1);

  if (event != NULL)
    g_array_append_val (event->child_ids, person_id);

  return TRUE;
}

static gboolean
write_event_children (HearthStore        *self,
                      const HearthEvent  *event,
                      gint64              event_id,
                      gboolean            replace,
                      const char         *what,
                      GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  for (guint i = 0; i < event->child_ids->len; i++)
    {
      if (!hearth_store_check_person (self, event->family_id,
                                      g_array_index (event->child_ids, gint64, i),
                                      TRUE, what, error))
        return FALSE;
    }

  if (replace
      && !hearth_store_exec_id (self, "DELETE FROM event_children WHERE event_id = ?", event_id,
                                what, error))
    return FALSE;

  if (event->child_ids->len == 0)
    return TRUE;

  stmt = hearth_store_prepare (self,
                               "INSERT INTO event_children (event_id, person_id, position)"
                               " VALUES (?, ?, ?)",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < event->child_ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, event_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (event->child_ids, gint64, i));
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!hearth_store_step_done (self, stmt, what, error))
        return FALSE;
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gboolean
write_event (HearthStore      *self,
             HearthStoreSave  *save,
             gpointer          record,
             const char       *what,
             GError          **error)
{
  HearthEvent *event = record;
  g_autoptr(HearthStmt) stmt = NULL;

  if (!hearth_store_check_owned (self, "SELECT id FROM families WHERE id = ?",
                                 event->family_id, event->family_id, what, error)
      || (event->visit_id != 0
          && !hearth_store_check_owned (self, "SELECT family_id FROM visits WHERE id = ?",
                                        event->family_id, event->visit_id, what, error))
      || (event->assessment_id != 0
          && !hearth_store_check_owned (self, "SELECT family_id FROM assessments WHERE id = ?",
                                        event->family_id, event->assessment_id, what, error)))
    return FALSE;

  if (save->insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO events (event_date, precision, category, source_agency,"
                                   " what_happened, impact, impact_text, action_taken, analysis,"
                                   " significance, visit_id, assessment_id, family_id, created_at,"
                                   " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 14, save->now);
      sqlite3_bind_int64 (stmt, 15, save->now);
    }
  else
    {
      stmt = hearth_store_prepare (self,
                                   "UPDATE events SET event_date = ?, precision = ?, category = ?,"
                                   " source_agency = ?, what_happened = ?, impact = ?, impact_text = ?,"
                                   " action_taken = ?, analysis = ?, significance = ?, visit_id = ?,"
                                   " assessment_id = ?, updated_at = ?14 WHERE family_id = ?13"
                                   " AND id = ?15",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 14, save->now);
      sqlite3_bind_int64 (stmt, 15, event->id);
    }

  hearth_store_bind_text (stmt, 1, event->date);
  hearth_store_bind_text (stmt, 2, hearth_date_precision_to_string (event->precision));
  hearth_store_bind_text (stmt, 3, hearth_event_category_to_string (event->category));
  hearth_store_bind_text (stmt, 4, event->source_agency);
  hearth_store_bind_text (stmt, 5, event->what_happened);
  hearth_store_bind_text (stmt, 6, hearth_event_impact_to_string (event->impact));
  hearth_store_bind_text (stmt, 7, event->impact_text);
  hearth_store_bind_text (stmt, 8, event->action_taken);
  hearth_store_bind_text (stmt, 9, event->analysis);
  hearth_store_bind_text (stmt, 10, hearth_significance_to_string (event->significance));
  hearth_store_bind_id (stmt, 11, event->visit_id);
  hearth_store_bind_id (stmt, 12, event->assessment_id);
  sqlite3_bind_int64 (stmt, 13, event->family_id);

  if (!hearth_store_step_save (self, stmt, save, what, error))
    return FALSE;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  if (!write_event_children (self, event, save->id, !save->insert, what, error))
    return FALSE;

  hearth_store_save_set_audit (save, event->family_id, "event",
                               "Added chronology event", "Updated chronology event");
  return TRUE;
}

static gboolean
write_period (HearthStore      *self,
              HearthStoreSave  *save,
              gpointer          record,
              const char       *what,
              GError          **error)
{
  HearthPeriod *period = record;
  g_autoptr(HearthStmt) stmt = NULL;

  if (!hearth_store_check_person (self, period->family_id, period->person_id, TRUE, what, error))
    return FALSE;

  if (save->insert)
    {
      stmt = hearth_store_prepare (self,
                                   "INSERT INTO periods (person_id, kind, start_date, end_date,"
                                   " family_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 6, save->now);
      sqlite3_bind_int64 (stmt, 7, save->now);
    }
  else
    {
      stmt = hearth_store_prepare (self,
                                   "UPDATE periods SET person_id = ?, kind = ?, start_date = ?,"
                                   " end_date = ?, updated_at = ?6 WHERE family_id = ?5 AND id = ?7",
                                   what, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 6, save->now);
      sqlite3_bind_int64 (stmt, 7, period->id);
    }

  sqlite3_bind_int64 (stmt, 1, period->person_id);
  hearth_store_bind_text (stmt, 2, hearth_period_kind_to_string (period->kind));
  hearth_store_bind_text (stmt, 3, period->start_date);
  hearth_store_bind_text (stmt, 4, period->end_date);
  sqlite3_bind_int64 (stmt, 5, period->family_id);

  if (!hearth_store_step_save (self, stmt, save, what, error))
    return FALSE;

  hearth_store_save_set_audit (save, period->family_id, "period",
                               "Added period of involvement", "Updated period of involvement");
  return TRUE;
}

/**
 * hearth_store_save_event:
 * @self: a store
 * @event: a chronology event; its id and timestamps are set on success
 *
 * Inserts @event when its id is 0, else updates it, with the children it
 * concerns and an audit row, in one transaction. The children, visit and
 * assessment must belong to the event's family.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_ENTITY_ERROR when
 *   @event is invalid (such as a missing source agency), or a
 *   %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_save_event (HearthStore  *self,
                         HearthEvent  *event,
                         GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);

  if (!hearth_event_validate (event, error))
    return FALSE;

  return hearth_store_save (self, event, &event->id, &event->created_at, &event->updated_at,
                            write_event, _("Could not save the chronology event"), error);
}

/**
 * hearth_store_load_event:
 * @self: a store
 * @event_id: an event's row id
 *
 * Returns: (transfer full): the event, or %NULL with a %HEARTH_STORE_ERROR
 */
HearthEvent *
hearth_store_load_event (HearthStore  *self,
                         gint64        event_id,
                         GError      **error)
{
  const char *what = _("Could not load the chronology event");
  g_autoptr(HearthEvent) event = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  event = hearth_store_load_row (self, "SELECT " EVENT_COLUMNS " FROM events WHERE id = ?",
                                 event_id, event_from_row, what, error);
  if (event == NULL)
    return NULL;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_hash_table_insert (by_id, &event->id, event);
  if (!hearth_store_each_row (self,
                              "SELECT event_id, person_id FROM event_children WHERE event_id = ?"
                              " ORDER BY position",
                              event_id, add_event_child, by_id, what, error))
    return NULL;

  return g_steal_pointer (&event);
}

/**
 * hearth_store_list_events:
 * @self: a store
 * @family_id: a family's row id
 *
 * Loads a family's whole chronology, as the family page and the timeline
 * need it.
 *
 * Returns: (transfer container) (element-type HearthEvent): the events
 *   in date order (ties in the order entered), or %NULL with a
 *   %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_events (HearthStore  *self,
                          gint64        family_id,
                          GError      **error)
{
  const char *what = _("Could not load the chronology");
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  events = hearth_store_load_rows (self,
                                   "SELECT " EVENT_COLUMNS " FROM events WHERE family_id = ?"
                                   " ORDER BY event_date, id",
                                   family_id, event_from_row, (GDestroyNotify) hearth_event_unref,
                                   what, error);
  if (events == NULL)
    return NULL;

  by_id = hearth_store_index_records (events, G_STRUCT_OFFSET (HearthEvent, id));
  if (!hearth_store_each_row (self,
                              "SELECT c.event_id, c.person_id FROM events e"
                              " JOIN event_children c ON c.event_id = e.id"
                              " WHERE e.family_id = ? ORDER BY c.event_id, c.position",
                              family_id, add_event_child, by_id, what, error))
    return NULL;

  return g_steal_pointer (&events);
}

/**
 * hearth_store_count_events:
 * @self: a store
 * @family_id: a family's row id
 *
 * Returns: the number of chronology events of the family, or -1 with a
 *   %HEARTH_STORE_ERROR
 */
gint64
hearth_store_count_events (HearthStore  *self,
                           gint64        family_id,
                           GError      **error)
{
  const char *what = _("Could not count the chronology events");
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), -1);

  stmt = hearth_store_prepare (self, "SELECT count(*) FROM events WHERE family_id = ?", what, error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, family_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      hearth_store_set_error (self, rc, what, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * hearth_store_delete_event:
 * @self: a store
 * @event_id: an event's row id
 *
 * Deletes a chronology event, with an audit row.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_delete_event (HearthStore  *self,
                           gint64        event_id,
                           GError      **error)
{
  const char *what = _("Could not delete the chronology event");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_delete_row (self,
                                  "DELETE FROM events WHERE id = ? RETURNING family_id",
                                  event_id, "event", "Deleted chronology event", what, error);
}

/**
 * hearth_store_save_period:
 * @self: a store
 * @period: a period of involvement; its id and timestamps are set on
 *   success
 *
 * Inserts @period when its id is 0, else updates it, with an audit row.
 * The period's child must belong to its family.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_ENTITY_ERROR when
 *   @period is invalid, or a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_save_period (HearthStore   *self,
                          HearthPeriod  *period,
                          GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (!hearth_period_validate (period, error))
    return FALSE;

  return hearth_store_save (self, period, &period->id, &period->created_at, &period->updated_at,
                            write_period, _("Could not save the period of involvement"), error);
}

/**
 * hearth_store_load_period:
 * @self: a store
 * @period_id: a period's row id
 *
 * Returns: (transfer full): the period, or %NULL with a
 *   %HEARTH_STORE_ERROR
 */
HearthPeriod *
hearth_store_load_period (HearthStore  *self,
                          gint64        period_id,
                          GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return hearth_store_load_row (self, "SELECT " PERIOD_COLUMNS " FROM periods WHERE id = ?",
                                period_id, period_from_row,
                                _("Could not load the period of involvement"), error);
}

/**
 * hearth_store_list_periods:
 * @self: a store
 * @family_id: a family's row id
 *
 * Returns: (transfer container) (element-type HearthPeriod): the periods
 *   of involvement of the family's children, by start date, or %NULL with
 *   a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_list_periods (HearthStore  *self,
                           gint64        family_id,
                           GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return hearth_store_load_rows (self,
                                 "SELECT " PERIOD_COLUMNS " FROM periods WHERE family_id = ?"
                                 " ORDER BY start_date, id",
                                 family_id, period_from_row, (GDestroyNotify) hearth_period_unref,
                                 _("Could not list the periods of involvement"), error);
}

/**
 * hearth_store_delete_period:
 * @self: a store
 * @period_id: a period's row id
 *
 * Deletes a period of involvement, with an audit row.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_delete_period (HearthStore  *self,
                            gint64        period_id,
                            GError      **error)
{
  const char *what = _("Could not delete the period of involvement");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  return hearth_store_delete_row (self,
                                  "DELETE FROM periods WHERE id = ? RETURNING family_id",
                                  period_id, "period", "Deleted period of involvement", what, error);
}
