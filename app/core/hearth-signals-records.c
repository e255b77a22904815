/* hearth-signals-records.c
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

#define G_LOG_DOMAIN "hearth-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hearth-date.h"
#include "hearth-event.h"
#include "hearth-period.h"
#include "hearth-signals-private.h"
#include "hearth-supervision.h"
#include "hearth-visit.h"

/* Signals read from the records themselves: visits, the chronology,
 * periods of involvement and supervision actions. */

/* A visit with its day, for the most recent visits first. */
typedef struct
{
  const HearthVisit *visit;  /* borrowed */
  guint32            day;
  char               date[11];
} DatedVisit;

/* One record that starts the work again, for "start again" syndrome. */
typedef struct
{
  HearthEvidenceKind kind;
  gint64             id;
  guint32            day;
} Restart;

static int
compare_visits_newest_first (gconstpointer a,
                             gconstpointer b)
{
  const DatedVisit *x = a;
  const DatedVisit *y = b;

  if (x->visit->visited_at != y->visit->visited_at)
    return x->visit->visited_at > y->visit->visited_at ? -1 : 1;
  if (x->visit->id != y->visit->id)
    return x->visit->id > y->visit->id ? -1 : 1;
  return 0;
}

static int
compare_restarts (gconstpointer a,
                  gconstpointer b)
{
  const Restart *x = a;
  const Restart *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  return 0;
}

/* Visits on or before today, most recent first. */
static GArray *
dated_visits (HearthSignalContext *context)
{
  GPtrArray *visits = context->input->visits;
  GArray *dated = g_array_new (FALSE, TRUE, sizeof (DatedVisit));

  for (guint i = 0; visits != NULL && i < visits->len; i++)
    {
      const HearthVisit *visit = g_ptr_array_index (visits, i);
      g_autofree char *date = hearth_date_from_unix (visit->visited_at);
      DatedVisit entry = { visit, 0, { 0 } };

      if (!hearth_signals_parse_day (date, &entry.day) || entry.day > context->today)
        continue;
      g_strlcpy (entry.date, date, sizeof entry.date);
      g_array_append_val (dated, entry);
    }

  g_array_sort (dated, compare_visits_newest_first);
  return dated;
}

/**
 * hearth_signals_find_drift: (skip)
 *
 * No visit or assessment for longer than the drift threshold, up to today.
 * An amendment is not contact with the family, so only original
 * assessments count. With no contact at all, the gap runs from the day
 * the family was added.
 */
void
hearth_signals_find_drift (HearthSignalContext *context)
{
  g_autoptr(GArray) visits = dated_visits (context);
  g_autoptr(GArray) assessments = hearth_signals_dated_assessments (context, FALSE);
  const DatedVisit *last_visit = visits->len > 0 ? &g_array_index (visits, DatedVisit, 0) : NULL;
  const HearthDatedAssessment *last_assessment = NULL;
  guint threshold = context->options.drift_weeks * 7;
  guint32 last_day = 0;
  guint gap;
  g_autoptr(HearthSignal) signal = NULL;
  g_autofree char *explanation = NULL;
  HearthSignalSeverity severity;

  for (guint i = 0; i < assessments->len; i++)
    {
      const HearthDatedAssessment *entry = &g_array_index (assessments, HearthDatedAssessment, i);

      if (entry->assessment->supersedes_id == 0 && entry->day <= context->today)
        last_assessment = entry;
    }

  if (last_visit != NULL)
    last_day = last_visit->day;
  if (last_assessment != NULL)
    last_day = MAX (last_day, last_assessment->day);

  if (last_day == 0)
    {
      g_autofree char *added = NULL;

      if (context->input->family == NULL || context->input->family->created_at <= 0)
        return;
      added = hearth_date_from_unix (context->input->family->created_at);
      if (!hearth_signals_parse_day (added, &last_day) || last_day > context->today)
        return;
    }

  gap = context->today - last_day;
  if (gap <= threshold)
    return;

  severity = gap > 2 * threshold ? HEARTH_SIGNAL_SEVERITY_SERIOUS : HEARTH_SIGNAL_SEVERITY_CONCERN;
  if (last_visit == NULL && last_assessment == NULL)
    explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "No visit or assessment has been recorded in the "
                                                "%u day since the family was added; "
                                                "the drift threshold is %u weeks.",
                                                "No visit or assessment has been recorded in the "
                                                "%u days since the family was added; "
                                                "the drift threshold is %u weeks.",
                                                gap),
                                   gap, context->options.drift_weeks);
  else
    explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "No visit or assessment for %u day; "
                                                "the drift threshold is %u weeks.",
                                                "No visit or assessment for %u days; "
                                                "the drift threshold is %u weeks.",
                                                gap),
                                   gap, context->options.drift_weeks);

  signal = hearth_signal_new (HEARTH_SIGNAL_DRIFT, 0, severity, explanation);
  if (last_visit != NULL)
    hearth_signal_add_evidence (signal, HEARTH_EVIDENCE_VISIT, last_visit->visit->id,
                                last_visit->date, NULL, NAN);
  if (last_assessment != NULL)
    hearth_signal_add_evidence (signal, HEARTH_EVIDENCE_ASSESSMENT, last_assessment->assessment->id,
                                last_assessment->date, NULL, NAN);
  hearth_signals_take (context, g_steal_pointer (&signal));
}

static void
add_restart (GArray             *restarts,
             HearthEvidenceKind  kind,
             gint64              id,
             guint32             day)
{
  Restart restart = { kind, id, day };

  g_array_append_val (restarts, restart);
}

/* Referrals, and assessments by any agency recorded in the chronology
 * without a link to one made in Hearth. */
static void
collect_event_restarts (HearthSignalContext *context,
                        GArray              *restarts)
{
  GPtrArray *events = context->input->events;

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const HearthEvent *event = g_ptr_array_index (events, i);
      guint32 day;

      if (event->category != HEARTH_EVENT_CATEGORY_REFERRAL
          && !(event->category == HEARTH_EVENT_CATEGORY_ASSESSMENT && event->assessment_id == 0))
        continue;
      if (hearth_signals_parse_day (event->date, &day) && day <= context->today)
        add_restart (restarts, HEARTH_EVIDENCE_EVENT, event->id, day);
    }
}

/* A new assessment that does not build on the last one of the same
 * instrument for the same child: the last was left unfinished, neither
 * finalised nor amended, and work began again beside it. A review that
 * follows a finalised assessment builds on it and is not counted, or every
 * family reviewed on schedule would look like it was starting again. */
static void
collect_assessment_restarts (HearthSignalContext *context,
                             GArray              *restarts)
{
  g_autoptr(GArray) dated = hearth_signals_dated_assessments (context, FALSE);

  for (guint i = 0; i < dated->len; i++)
    {
      const HearthDatedAssessment *entry = &g_array_index (dated, HearthDatedAssessment, i);
      const HearthAssessment *previous = NULL;

      if (entry->assessment->supersedes_id != 0 || entry->day > context->today)
        continue;

      for (guint j = i; j > 0; j--)
        {
          const HearthAssessment *earlier;

          earlier = g_array_index (dated, HearthDatedAssessment, j - 1).assessment;

          if (earlier->supersedes_id == 0
              && earlier->child_id == entry->assessment->child_id
              && earlier->scope == entry->assessment->scope
              && g_strcmp0 (earlier->instrument_id, entry->assessment->instrument_id) == 0)
            {
              previous = earlier;
              break;
            }
        }

      if (previous != NULL && previous->status == HEARTH_ASSESSMENT_STATUS_DRAFT)
        add_restart (restarts, HEARTH_EVIDENCE_ASSESSMENT, entry->assessment->id, entry->day);
    }
}

/* A plan for a child that opens after the child's earlier plan had closed:
 * the case closed and opened again. A plan that follows another on the
 * same day or the next is a step up or down, not a restart. */
static void
collect_period_restarts (HearthSignalContext *context,
                         GArray              *restarts)
{
  GPtrArray *periods = context->input->periods;

  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      const HearthPeriod *period = g_ptr_array_index (periods, i);
      guint32 start;
      gboolean reopened = FALSE;
      gboolean covered = FALSE;

      if (!hearth_signals_parse_day (period->start_date, &start) || start > context->today)
        continue;

      for (guint j = 0; j < periods->len; j++)
        {
          const HearthPeriod *other = g_ptr_array_index (periods, j);
          guint32 other_start, other_end;

          if (j == i || other->person_id != period->person_id
              || !hearth_signals_parse_day (other->start_date, &other_start)
              || other_start > start || (other_start == start && other->id >= period->id))
            continue;

          if (other->end_date == NULL || !hearth_signals_parse_day (other->end_date, &other_end)
              || other_end + 1 >= start)
            covered = TRUE;
          else
            reopened = TRUE;
        }

      if (reopened && !covered)
        add_restart (restarts, HEARTH_EVIDENCE_PERIOD, period->id, start);
    }
}

/**
 * hearth_signals_find_start_again: (skip)
 *
 * "Start again" syndrome: within any window of the threshold's months,
 * at least the threshold's number of restarts on different days (a
 * referral, an assessment recorded in the chronology, a new assessment
 * beside an unfinished one, a plan re-opened after closing). Records of
 * one day count as one restart: a referral for three children is one.
 * The most recent such window is reported.
 */
void
hearth_signals_find_start_again (HearthSignalContext *context)
{
  g_autoptr(GArray) restarts = g_array_new (FALSE, TRUE, sizeof (Restart));
  g_autoptr(HearthSignal) signal = NULL;
  g_autofree char *explanation = NULL;
  guint found_first = 0, found_last = 0, found_days = 0;

  collect_event_restarts (context, restarts);
  collect_assessment_restarts (context, restarts);
  collect_period_restarts (context, restarts);
  g_array_sort (restarts, compare_restarts);

  for (guint last = restarts->len; last > 0 && found_days == 0; last--)
    {
      guint32 end = g_array_index (restarts, Restart, last - 1).day;
      guint32 start = hearth_signals_months_before (end, context->options.start_again_months);
      guint first = last - 1;
      guint days = 1;

      while (first > 0 && g_array_index (restarts, Restart, first - 1).day >= start)
        {
          guint32 day = g_array_index (restarts, Restart, first - 1).day;

          if (day != g_array_index (restarts, Restart, first).day)
            days++;
          first--;
        }

      if (days >= context->options.start_again_count)
        {
          found_first = first;
          found_last = last - 1;
          found_days = days;
        }
    }

  if (found_days == 0)
    return;

  explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u referral, new assessment or re-opened plan "
                                              "within %u months, none building on the last.",
                                              "%u referrals, new assessments or re-opened plans "
                                              "within %u months, none building on the last.",
                                              found_days),
                                 found_days, context->options.start_again_months);
  signal = hearth_signal_new (HEARTH_SIGNAL_START_AGAIN, 0,
                              found_days >= 2 * context->options.start_again_count
                              ? HEARTH_SIGNAL_SEVERITY_SERIOUS : HEARTH_SIGNAL_SEVERITY_CONCERN,
                              explanation);
  for (guint i = found_first; i <= found_last; i++)
    {
      const Restart *restart = &g_array_index (restarts, Restart, i);
      char date[11];

      hearth_signals_format_day (restart->day, date);
      hearth_signal_add_evidence (signal, restart->kind, restart->id, date, NULL, NAN);
    }
  hearth_signals_take (context, g_steal_pointer (&signal));
}

/**
 * hearth_signals_find_missed_appointments: (skip)
 *
 * Missed appointments of any kind (health, school or other) dated from the
 * threshold's months before today up to today, both days included.
 */
void
hearth_signals_find_missed_appointments (HearthSignalContext *context)
{
  GPtrArray *events = context->input->events;
  guint32 start = hearth_signals_months_before (context->today, context->options.missed_months);
  g_autoptr(GPtrArray) missed = g_ptr_array_new ();
  g_autoptr(HearthSignal) signal = NULL;
  g_autofree char *explanation = NULL;

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const HearthEvent *event = g_ptr_array_index (events, i);
      guint32 day;

      if (event->category == HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT
          && hearth_signals_parse_day (event->date, &day)
          && day >= start && day <= context->today)
        g_ptr_array_add (missed, (gpointer) event);
    }

  if (missed->len < context->options.missed_count)
    return;

  explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u missed appointment in the last %u months.",
                                              "%u missed appointments in the last %u months.",
                                              missed->len),
                                 missed->len, context->options.missed_months);
  signal = hearth_signal_new (HEARTH_SIGNAL_MISSED_APPOINTMENTS, 0,
                              missed->len >= 2 * context->options.missed_count
                              ? HEARTH_SIGNAL_SEVERITY_SERIOUS : HEARTH_SIGNAL_SEVERITY_CONCERN,
                              explanation);
  for (guint i = 0; i < missed->len; i++)
    {
      const HearthEvent *event = g_ptr_array_index (missed, i);

      hearth_signal_add_evidence (signal, HEARTH_EVIDENCE_EVENT, event->id, event->date, NULL, NAN);
    }
  hearth_signals_take (context, g_steal_pointer (&signal));
}

/**
 * hearth_signals_find_child_not_seen: (skip)
 *
 * For each child, the last visits (up to today) since the child was born:
 * when the child was seen at none of them, or seen alone at none of them,
 * the child's lived experience is going unheard (DESIGN.md). A visit that
 * does not mention the child counts as the child not seen. With fewer
 * visits than the threshold there is nothing to judge.
 */
void
hearth_signals_find_child_not_seen (HearthSignalContext *context)
{
  g_autoptr(GArray) visits = dated_visits (context);
  GPtrArray *people = context->input->people;

  for (guint p = 0; people != NULL && p < people->len; p++)
    {
      const HearthPerson *child = g_ptr_array_index (people, p);
      g_autoptr(GPtrArray) last = g_ptr_array_new ();
      g_autoptr(HearthSignal) signal = NULL;
      g_autofree char *explanation = NULL;
      gboolean ever_seen = FALSE, ever_alone = FALSE;
      guint32 born = 0;
      guint n = context->options.not_seen_visits;

      if (!hearth_person_is_child (child))
        continue;
      hearth_signals_parse_day (child->date_of_birth, &born);

      for (guint v = 0; v < visits->len && last->len < n; v++)
        {
          DatedVisit *entry = &g_array_index (visits, DatedVisit, v);
          const HearthVisitChild *seen = hearth_visit_lookup_child (entry->visit, child->id);

          if (entry->day < born)
            continue;
          g_ptr_array_add (last, entry);
          ever_seen = ever_seen || (seen != NULL && seen->seen);
          ever_alone = ever_alone || (seen != NULL && seen->seen && seen->seen_alone);
        }

      if (last->len < n || ever_alone)
        continue;

      if (!ever_seen)
        explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "The child was not seen at the last visit.",
                                                    "The child was not seen at any of the last "
                                                    "%u visits.",
                                                    n),
                                       n);
      else
        explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "The child was not seen alone at the last "
                                                    "visit.",
                                                    "The child was not seen alone at any of the "
                                                    "last %u visits.",
                                                    n),
                                       n);

      signal = hearth_signal_new (HEARTH_SIGNAL_CHILD_NOT_SEEN, child->id,
                                  ever_seen ? HEARTH_SIGNAL_SEVERITY_CONCERN
                                            : HEARTH_SIGNAL_SEVERITY_SERIOUS,
                                  explanation);
      for (guint i = 0; i < last->len; i++)
        {
          const DatedVisit *entry = g_ptr_array_index (last, i);

          hearth_signal_add_evidence (signal, HEARTH_EVIDENCE_VISIT, entry->visit->id, entry->date,
                                      NULL, NAN);
        }
      hearth_signals_take (context, g_steal_pointer (&signal));
    }
}

/**
 * hearth_signals_find_overdue_actions: (skip)
 *
 * Actions of the last finalised supervision record that are not done and
 * were due before today. A draft record is still being agreed, so its
 * actions are not yet anyone's to be late with.
 */
void
hearth_signals_find_overdue_actions (HearthSignalContext *context)
{
  GPtrArray *supervisions = context->input->supervisions;
  const HearthSupervision *last = NULL;
  g_autoptr(HearthSignal) signal = NULL;
  g_autofree char *explanation = NULL;
  guint overdue = 0;

  for (guint i = 0; supervisions != NULL && i < supervisions->len; i++)
    {
      const HearthSupervision *record = g_ptr_array_index (supervisions, i);
      guint32 day;

      if (record->status != HEARTH_SUPERVISION_STATUS_FINAL
          || !hearth_signals_parse_day (record->date, &day) || day > context->today)
        continue;
      if (last == NULL || strcmp (record->date, last->date) > 0
          || (strcmp (record->date, last->date) == 0 && record->id > last->id))
        last = record;
    }

  if (last == NULL)
    return;

  signal = hearth_signal_new (HEARTH_SIGNAL_OVERDUE_ACTIONS, 0, HEARTH_SIGNAL_SEVERITY_CONCERN, "");
  for (guint i = 0; last->actions != NULL && i < last->actions->len; i++)
    {
      const HearthSupervisionAction *action = g_ptr_array_index (last->actions, i);
      guint32 due;

      if (action->done || !hearth_signals_parse_day (action->due_date, &due)
          || due >= context->today)
        continue;
      hearth_signal_add_evidence (signal, HEARTH_EVIDENCE_SUPERVISION_ACTION, action->id,
                                  action->due_date, NULL, NAN);
      overdue++;
    }

  if (overdue == 0)
    return;

  hearth_signal_add_evidence (signal, HEARTH_EVIDENCE_SUPERVISION, last->id, last->date, NULL, NAN);
  explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u action from the last supervision is overdue.",
                                              "%u actions from the last supervision are overdue.",
                                              overdue),
                                 overdue);
  g_free (signal->explanation);
  signal->explanation = g_steal_pointer (&explanation);
  hearth_signals_take (context, g_steal_pointer (&signal));
}

/**
 * hearth_signal_dup_subject_label:
 * @instrument: (nullable): the instrument the evidence was scored with
 * @subject: (nullable): the evidence's subject: "overall", a category id or
 *   an item id
 * @value: the score or rating; NaN when there is none
 *
 * Words for one subject of a signal's evidence, as the supervision page and
 * the pack both show them: "Overall 2.5", "Areas of the home 2.0", or an
 * item with its level, "Kitchen: Concerning". Without an instrument or a
 * value, or for a subject the instrument does not know, the subject as
 * stored.
 *
 * Returns: (transfer full) (nullable): the label; %NULL only for a %NULL
 *   @subject
 */
char *
hearth_signal_dup_subject_label (HearthInstrument *instrument,
                                 const char       *subject,
                                 double            value)
{
  const HearthInstrumentCategory *category;
  const HearthInstrumentItem *item;
  const HearthScaleLevel *level;

  if (instrument == NULL || subject == NULL || isnan (value))
    return g_strdup (subject);

  if (g_str_equal (subject, "overall"))
    return g_strdup_printf (_("Overall %.1f"), value);
  if ((category = hearth_instrument_lookup_category (instrument, subject)) != NULL)
    return g_strdup_printf ("%s %.1f", category->label, value);
  if ((item = hearth_instrument_lookup_item (instrument, subject)) != NULL)
    {
      level = hearth_instrument_lookup_level (instrument, (int) value);
      /* Translators: an area of the home and its rating, "Kitchen: Poor". */
      return g_strdup_printf (_("%s: %s"), item->label, level != NULL ? level->label : "?");
    }
  return g_strdup (subject);
}
