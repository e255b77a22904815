/* hearth-signals-history.h — family histories built in memory for the signal tests
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

#pragma once

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/hearth-event.h"
#include "core/hearth-period.h"
#include "core/hearth-person.h"
#include "core/hearth-signals.h"
#include "core/hearth-supervision.h"
#include "core/hearth-visit.h"
#include "hearth-test-tmpdir.h"

G_BEGIN_DECLS

/* Every history is judged on the same day; dates in the tables are days
 * before it ("-56"), so boundaries read as numbers. */
#define TODAY "2025-06-30"

/* Short names keep the tables readable. */
#define CONCERN HEARTH_SIGNAL_SEVERITY_CONCERN
#define SERIOUS HEARTH_SIGNAL_SEVERITY_SERIOUS
#define FINAL   HEARTH_ASSESSMENT_STATUS_FINAL

static HearthInstrumentRegistry *registry;

/* One family's records, built in memory: the signals never see a store. */
typedef struct
{
  HearthFamily *family;
  GPtrArray    *people;
  GPtrArray    *visits;
  GPtrArray    *assessments;
  GPtrArray    *events;
  GPtrArray    *periods;
  GPtrArray    *supervisions;
  gint64        next_id;
} History;

static inline History *
history_new (void)
{
  History *history = g_new0 (History, 1);

  history->family = hearth_family_new ("TEST-0001", "The Oakfoot household");
  history->family->id = 1;
  history->people = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_person_unref);
  history->visits = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_visit_unref);
  history->assessments = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_assessment_unref);
  history->events = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_event_unref);
  history->periods = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_period_unref);
  history->supervisions =
    g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_supervision_unref);
  history->next_id = 100;
  return history;
}

static inline void
history_free (History *history)
{
  hearth_family_unref (history->family);
  g_ptr_array_unref (history->people);
  g_ptr_array_unref (history->visits);
  g_ptr_array_unref (history->assessments);
  g_ptr_array_unref (history->events);
  g_ptr_array_unref (history->periods);
  g_ptr_array_unref (history->supervisions);
  g_free (history);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (History, history_free)

/* "YYYY-MM-DD" for @days days before TODAY (after it when negative). */
static inline char *
days_before (int days)
{
  GDate date;

  g_assert_true (hearth_date_parse (TODAY, &date, NULL));
  if (days >= 0)
    g_date_subtract_days (&date, (guint) days);
  else
    g_date_add_days (&date, (guint) -days);
  return hearth_date_format (&date);
}

/* Noon local time on @date: hearth_date_from_unix() reads local dates. */
static inline gint64
noon (const char *date)
{
  GDate parsed;
  g_autoptr(GDateTime) moment = NULL;

  g_assert_true (hearth_date_parse (date, &parsed, NULL));
  moment = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                  g_date_get_day (&parsed), 12, 0, 0);
  return g_date_time_to_unix (moment);
}

static inline HearthPerson *
add_child (History    *history,
           const char *name,
           const char *born)
{
  HearthPerson *child = hearth_person_new_child (name, born);

  child->id = history->next_id++;
  child->family_id = history->family->id;
  g_ptr_array_add (history->people, child);
  return child;
}

static inline HearthVisit *
add_visit (History *history,
           int      days_ago)
{
  g_autofree char *date = days_before (days_ago);
  HearthVisit *visit = hearth_visit_new (history->family->id, noon (date), "Testy McTestface");

  visit->id = history->next_id++;
  g_ptr_array_add (history->visits, visit);
  return visit;
}

static inline HearthEvent *
add_event (History             *history,
           int                  days_ago,
           HearthEventCategory  category)
{
  g_autofree char *date = days_before (days_ago);
  HearthEvent *event = hearth_event_new (history->family->id, date, category, "Test agency",
                                         "Something happened");

  event->id = history->next_id++;
  g_ptr_array_add (history->events, event);
  return event;
}

/* Rates every item of @instrument_id. @spec gives levels as "key=level"
 * pairs separated by commas; a key is an item id, else a category id,
 * else "*" for the rest. */
static inline HearthAssessment *
add_assessment (History                *history,
                const char             *instrument_id,
                gint64                  child_id,
                int                     days_ago,
                HearthAssessmentStatus  status,
                const char             *spec)
{
  g_autoptr(HearthInstrument) instrument = NULL;
  g_auto(GStrv) pairs = g_strsplit (spec, ",", -1);
  g_autofree char *date = days_before (days_ago);
  HearthAssessment *assessment;

  instrument = hearth_instrument_registry_lookup (registry, instrument_id, 0, NULL);
  g_assert_nonnull (instrument);
  assessment = hearth_assessment_new (history->family->id,
                                      child_id != 0 ? HEARTH_ASSESSMENT_SCOPE_CHILD
                                                    : HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD,
                                      child_id, instrument_id, "1");
  assessment->id = history->next_id++;
  assessment->status = status;
  assessment->created_at = noon (date);

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
      g_autoptr(HearthResponse) response = hearth_response_new (item->id);
      int by_item = 0, by_category = 0, by_default = 0;

      for (guint p = 0; pairs[p] != NULL; p++)
        {
          g_auto(GStrv) kv = g_strsplit (pairs[p], "=", 2);

          g_assert_nonnull (kv[1]);
          if (g_str_equal (kv[0], item->id))
            by_item = atoi (kv[1]);
          else if (g_str_equal (kv[0], item->category))
            by_category = atoi (kv[1]);
          else if (g_str_equal (kv[0], "*"))
            by_default = atoi (kv[1]);
        }
      response->level = by_item != 0 ? by_item : by_category != 0 ? by_category : by_default;
      g_assert_cmpint (response->level, >, 0);
      hearth_assessment_set_response (assessment, response);
    }

  g_ptr_array_add (history->assessments, assessment);
  return assessment;
}

static inline HearthSupervision *
add_supervision (History                 *history,
                 int                      days_ago,
                 HearthSupervisionStatus  status)
{
  g_autofree char *date = days_before (days_ago);
  HearthSupervision *record = hearth_supervision_new (history->family->id, date, "Bramble Oakfoot",
                                                      "Testy McTestface");

  record->id = history->next_id++;
  record->status = status;
  g_ptr_array_add (history->supervisions, record);
  return record;
}

static inline GPtrArray *
compute (History                   *history,
         const HearthSignalOptions *options)
{
  HearthSignalInput input = {
    .family = history->family,
    .people = history->people,
    .visits = history->visits,
    .assessments = history->assessments,
    .events = history->events,
    .periods = history->periods,
    .supervisions = history->supervisions,
    .registry = registry,
    .today = TODAY,
  };
  GPtrArray *signals = hearth_signals_compute (&input, options);

  g_assert_nonnull (signals);
  /* No signal ever quotes a record: names and notes stay out. */
  for (guint i = 0; i < signals->len; i++)
    {
      const HearthSignal *signal = g_ptr_array_index (signals, i);

      g_assert_cmpstr (signal->explanation, !=, "");
      g_assert_null (strstr (signal->explanation, "Oakfoot"));
      g_assert_null (strstr (signal->explanation, "McTestface"));
      g_assert_null (strstr (signal->explanation, "Something happened"));
      if (i > 0)
        g_assert_cmpint (signal->severity, <=,
                         ((HearthSignal *) g_ptr_array_index (signals, i - 1))->severity);
    }
  return signals;
}

/* Returns: (transfer none) (nullable): the only signal of @kind (for
 * @child_id, or any child when -1) */
static inline HearthSignal *
find_signal (GPtrArray        *signals,
             HearthSignalKind  kind,
             gint64            child_id)
{
  HearthSignal *found = NULL;

  for (guint i = 0; i < signals->len; i++)
    {
      HearthSignal *signal = g_ptr_array_index (signals, i);

      if (signal->kind != kind || (child_id >= 0 && signal->child_id != child_id))
        continue;
      g_assert_null (found);
      found = signal;
    }
  return found;
}

static inline guint
count_kind (GPtrArray        *signals,
            HearthSignalKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < signals->len; i++)
    n += ((HearthSignal *) g_ptr_array_index (signals, i))->kind == kind ? 1 : 0;
  return n;
}

static inline HearthAssessmentStatus
status_from_char (char c)
{
  switch (c)
    {
    case 'F':
      return HEARTH_ASSESSMENT_STATUS_FINAL;
    case 'S':
      return HEARTH_ASSESSMENT_STATUS_SUPERSEDED;
    case 'D':
      return HEARTH_ASSESSMENT_STATUS_DRAFT;
    default:
      g_assert_not_reached ();
    }
}

static inline void
add_table (const char    *prefix,
           gconstpointer  rows,
           gsize          row_size,
           guint          n_rows,
           GTestDataFunc  func)
{
  for (guint i = 0; i < n_rows; i++)
    {
      gconstpointer row = (const char *) rows + i * row_size;
      const char *name = *(const char * const *) row;
      g_autofree char *path = g_strdup_printf ("%s/%s", prefix, name);

      g_strdelimit (path, " ,'", '-');
      g_test_add_data_func (path, row, func);
    }
}

#define ADD_TABLE(prefix, rows, func) \
  add_table (prefix, rows, sizeof rows[0], G_N_ELEMENTS (rows), func)

G_END_DECLS
