/* hearth-signals.c
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
#include "hearth-entities-private.h"
#include "hearth-signals.h"
#include "hearth-signals-private.h"
#include "hearth-visit.h"

/*
 * Signals of drift and cumulative harm (DESIGN.md, "Neglect is cumulative
 * and persistent" and "Drift, delay and 'start again' syndrome"): single
 * records look small, and these name the patterns a supervisor should
 * test. Each signal is a pure function of the family's records and today's
 * date, carries the records it rests on, and explains itself in one
 * sentence that never quotes a record, so it can reach a log or a printed
 * pack safely.
 */

G_DEFINE_BOXED_TYPE (HearthSignal, hearth_signal, hearth_signal_ref, hearth_signal_unref)

static const char * const kind_names[] = {
  [HEARTH_SIGNAL_DRIFT] = "drift",
  [HEARTH_SIGNAL_NOT_IMPROVING] = "not-improving",
  [HEARTH_SIGNAL_START_AGAIN] = "start-again",
  [HEARTH_SIGNAL_MISSED_APPOINTMENTS] = "missed-appointments",
  [HEARTH_SIGNAL_HOME_FELL_BACK] = "home-fell-back",
  [HEARTH_SIGNAL_CHILD_NOT_SEEN] = "child-not-seen",
  [HEARTH_SIGNAL_OVERDUE_ACTIONS] = "overdue-actions",
};

static const char * const severity_names[] = {
  [HEARTH_SIGNAL_SEVERITY_NOTICE] = "notice",
  [HEARTH_SIGNAL_SEVERITY_CONCERN] = "concern",
  [HEARTH_SIGNAL_SEVERITY_SERIOUS] = "serious",
};

/* hearth_signal_kind_to_string() and _from_string(). */
HEARTH_DEFINE_ENUM_STRINGS (HearthSignalKind, hearth_signal_kind, kind_names)

static void
evidence_clear (gpointer data)
{
  HearthSignalEvidence *evidence = data;

  g_clear_pointer (&evidence->subject, g_free);
}

static void
signal_clear (gpointer data)
{
  HearthSignal *self = data;

  g_clear_pointer (&self->explanation, g_free);
  g_clear_pointer (&self->evidence, g_array_unref);
}

static int
compare_evidence (gconstpointer a,
                  gconstpointer b)
{
  const HearthSignalEvidence *x = a;
  const HearthSignalEvidence *y = b;
  int by_date = strcmp (x->date, y->date);

  if (by_date != 0)
    return by_date;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  return g_strcmp0 (x->subject, y->subject);
}

/* Most severe first, then in the order of HearthSignalKind, then by child,
 * so the same records always list the same way. */
static int
compare_signals (gconstpointer a,
                 gconstpointer b)
{
  const HearthSignal *x = *(HearthSignal * const *) a;
  const HearthSignal *y = *(HearthSignal * const *) b;

  if (x->severity != y->severity)
    return x->severity > y->severity ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->child_id != y->child_id)
    return x->child_id < y->child_id ? -1 : 1;
  return g_strcmp0 (x->explanation, y->explanation);
}

static int
compare_dated_assessments (gconstpointer a,
                           gconstpointer b)
{
  const HearthDatedAssessment *x = a;
  const HearthDatedAssessment *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->assessment->id != y->assessment->id)
    return x->assessment->id < y->assessment->id ? -1 : 1;
  return 0;
}

static const HearthAssessment *
lookup_assessment (GPtrArray *assessments,
                   gint64     id)
{
  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    {
      const HearthAssessment *assessment = g_ptr_array_index (assessments, i);

      if (assessment->id == id)
        return assessment;
    }
  return NULL;
}

static char *
dup_assessment_date (const HearthAssessment *assessment,
                     GPtrArray              *assessments,
                     GPtrArray              *visits,
                     guint                   depth)
{
  if (assessment->visit_id != 0)
    for (guint i = 0; visits != NULL && i < visits->len; i++)
      {
        const HearthVisit *visit = g_ptr_array_index (visits, i);

        if (visit->id == assessment->visit_id)
          return hearth_date_from_unix (visit->visited_at);
      }

  /* An amendment describes the same visit as the record it replaces. The
   * depth guards against a loop of amendments in a damaged file. */
  if (assessment->supersedes_id != 0 && assessments != NULL && depth < assessments->len)
    {
      const HearthAssessment *earlier = lookup_assessment (assessments, assessment->supersedes_id);

      if (earlier != NULL)
        return dup_assessment_date (earlier, assessments, visits, depth + 1);
    }

  return hearth_date_from_unix (assessment->created_at);
}

/**
 * hearth_signals_parse_day: (skip)
 * @iso: (nullable): "YYYY-MM-DD"
 * @day: (out): the Julian day
 *
 * Returns: %TRUE when @iso is a valid date
 */
gboolean
hearth_signals_parse_day (const char *iso,
                          guint32    *day)
{
  GDate date;

  if (iso == NULL || !hearth_date_parse (iso, &date, NULL))
    return FALSE;

  *day = g_date_get_julian (&date);
  return TRUE;
}

/**
 * hearth_signals_format_day: (skip)
 * @day: a Julian day
 * @out: (out caller-allocates): receives "YYYY-MM-DD"
 */
void
hearth_signals_format_day (guint32 day,
                           char    out[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
}

/**
 * hearth_signals_months_before: (skip)
 * @day: a Julian day
 * @months: a number of calendar months
 *
 * Returns: the Julian day @months calendar months before @day (the 31st
 *   falls back to the last day of a shorter month)
 */
guint32
hearth_signals_months_before (guint32 day,
                              guint   months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_date_subtract_months (&date, months);
  return g_date_get_julian (&date);
}

/**
 * hearth_signals_lookup_person: (skip)
 *
 * Returns: (transfer none) (nullable): the person with that id
 */
const HearthPerson *
hearth_signals_lookup_person (HearthSignalContext *context,
                              gint64               person_id)
{
  GPtrArray *people = context->input->people;

  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      const HearthPerson *person = g_ptr_array_index (people, i);

      if (person->id == person_id)
        return person;
    }
  return NULL;
}

/**
 * hearth_signals_dated_assessments: (skip)
 * @final_only: %TRUE for finalised assessments only (neither drafts nor
 *   superseded ones)
 *
 * Returns: (transfer full) (element-type HearthDatedAssessment): the
 *   assessments with a readable date, oldest first
 */
GArray *
hearth_signals_dated_assessments (HearthSignalContext *context,
                                  gboolean             final_only)
{
  GPtrArray *assessments = context->input->assessments;
  GArray *dated = g_array_new (FALSE, TRUE, sizeof (HearthDatedAssessment));

  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (assessments, i);
      g_autofree char *date = NULL;
      HearthDatedAssessment entry = { assessment, 0, { 0 } };

      if (final_only && assessment->status != HEARTH_ASSESSMENT_STATUS_FINAL)
        continue;

      date = hearth_signals_dup_assessment_date (assessment, assessments, context->input->visits);
      if (!hearth_signals_parse_day (date, &entry.day))
        continue;
      g_strlcpy (entry.date, date, sizeof entry.date);
      g_array_append_val (dated, entry);
    }

  g_array_sort (dated, compare_dated_assessments);
  return dated;
}

/**
 * hearth_signals_take: (skip)
 * @signal: (transfer full): a signal found
 *
 * Sorts @signal's evidence and adds it to the signals found.
 *
 * Returns: (transfer none): @signal
 */
HearthSignal *
hearth_signals_take (HearthSignalContext *context,
                     HearthSignal        *signal)
{
  g_array_sort (signal->evidence, compare_evidence);
  g_ptr_array_add (context->signals, signal);
  return signal;
}

/**
 * hearth_signal_new:
 * @kind: which signal
 * @child_id: the child it is about, or 0 for the household
 * @severity: how much it matters
 * @explanation: one sentence, without record content
 *
 * Returns: (transfer full): a new signal without evidence
 */
HearthSignal *
hearth_signal_new (HearthSignalKind      kind,
                   gint64                child_id,
                   HearthSignalSeverity  severity,
                   const char           *explanation)
{
  HearthSignal *self;

  g_return_val_if_fail ((guint) kind < HEARTH_SIGNAL_N_KINDS, NULL);
  g_return_val_if_fail (explanation != NULL, NULL);

  self = g_atomic_rc_box_new0 (HearthSignal);
  self->kind = kind;
  self->child_id = child_id;
  self->severity = severity;
  self->explanation = g_strdup (explanation);
  self->evidence = g_array_new (FALSE, TRUE, sizeof (HearthSignalEvidence));
  g_array_set_clear_func (self->evidence, evidence_clear);

  return self;
}

/**
 * hearth_signal_ref:
 * @signal: a signal
 *
 * Returns: (transfer full): @signal, with one more reference
 */
HearthSignal *
hearth_signal_ref (HearthSignal *signal)
{
  g_return_val_if_fail (signal != NULL, NULL);

  return g_atomic_rc_box_acquire (signal);
}

/**
 * hearth_signal_unref:
 * @signal: (nullable): a signal
 *
 * Drops a reference, freeing @signal when it was the last.
 */
void
hearth_signal_unref (HearthSignal *signal)
{
  if (signal != NULL)
    g_atomic_rc_box_release_full (signal, signal_clear);
}

/**
 * hearth_signal_add_evidence:
 * @signal: a signal
 * @kind: what kind of record
 * @id: the record's row id
 * @date: the record's date, "YYYY-MM-DD"
 * @subject: (nullable): the category or item the value belongs to
 * @value: a score or rating, or NAN
 *
 * Adds one record @signal rests on, unless it is there already.
 */
void
hearth_signal_add_evidence (HearthSignal       *signal,
                            HearthEvidenceKind  kind,
                            gint64              id,
                            const char         *date,
                            const char         *subject,
                            double              value)
{
  HearthSignalEvidence evidence = { kind, id, { 0 }, NULL, value };

  g_return_if_fail (signal != NULL);
  g_return_if_fail (date != NULL);

  for (guint i = 0; i < signal->evidence->len; i++)
    {
      const HearthSignalEvidence *known;

      known = &g_array_index (signal->evidence, HearthSignalEvidence, i);

      if (known->kind == kind && known->id == id && g_strcmp0 (known->subject, subject) == 0)
        return;
    }

  g_strlcpy (evidence.date, date, sizeof evidence.date);
  evidence.subject = g_strdup (subject);
  g_array_append_val (signal->evidence, evidence);
}

/**
 * hearth_signal_count_evidence:
 * @signal: a signal
 * @kind: a kind of record
 *
 * Returns: how many distinct records of @kind @signal rests on (a record
 *   cited for several subjects counts once)
 */
guint
hearth_signal_count_evidence (const HearthSignal *signal,
                              HearthEvidenceKind  kind)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_return_val_if_fail (signal != NULL, 0);

  for (guint i = 0; i < signal->evidence->len; i++)
    {
      HearthSignalEvidence *evidence = &g_array_index (signal->evidence, HearthSignalEvidence, i);

      if (evidence->kind == kind)
        g_hash_table_add (seen, &evidence->id);
    }
  return g_hash_table_size (seen);
}

/**
 * hearth_signal_has_evidence:
 * @signal: a signal
 * @kind: a kind of record
 * @id: a row id
 *
 * Returns: %TRUE when @signal rests on that record
 */
gboolean
hearth_signal_has_evidence (const HearthSignal *signal,
                            HearthEvidenceKind  kind,
                            gint64              id)
{
  g_return_val_if_fail (signal != NULL, FALSE);

  for (guint i = 0; i < signal->evidence->len; i++)
    {
      const HearthSignalEvidence *evidence;

      evidence = &g_array_index (signal->evidence, HearthSignalEvidence, i);
      if (evidence->kind == kind && evidence->id == id)
        return TRUE;
    }
  return FALSE;
}

/**
 * hearth_signal_options_init:
 * @options: (out caller-allocates): options to fill
 *
 * Fills @options with the default thresholds: drift after 8 weeks; no
 * improvement across 3 screenings; 2 restarts within 12 months; 2 missed
 * appointments in 6 months; home conditions that move 1 level; a child
 * unseen at the last 2 visits.
 */
void
hearth_signal_options_init (HearthSignalOptions *options)
{
  g_return_if_fail (options != NULL);

  options->drift_weeks = 8;
  options->not_improving_screenings = 3;
  options->start_again_months = 12;
  options->start_again_count = 2;
  options->missed_months = 6;
  options->missed_count = 2;
  options->home_change_levels = 1.0;
  options->not_seen_visits = 2;
}

/**
 * hearth_signals_compute:
 * @input: the family's records and today's date
 * @options: (nullable): thresholds, or %NULL for the defaults
 *
 * Computes every signal of drift and cumulative harm for one family.
 * Records with unreadable dates and assessments whose instrument is not
 * installed are left out rather than guessed at. Thresholds below their
 * meaningful minimum are raised to it (a run of screenings needs two, a
 * count needs one, a change needs more than nothing).
 *
 * Returns: (transfer container) (element-type HearthSignal): the signals
 *   found, most severe first; empty when none
 */
GPtrArray *
hearth_signals_compute (const HearthSignalInput   *input,
                        const HearthSignalOptions *options)
{
  HearthSignalContext context = { 0 };

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (hearth_date_validate (input->today, NULL), NULL);

  context.input = input;
  if (options != NULL)
    context.options = *options;
  else
    hearth_signal_options_init (&context.options);
  context.options.not_improving_screenings = MAX (context.options.not_improving_screenings, 2);
  context.options.start_again_months = MAX (context.options.start_again_months, 1);
  context.options.start_again_count = MAX (context.options.start_again_count, 1);
  context.options.missed_months = MAX (context.options.missed_months, 1);
  context.options.missed_count = MAX (context.options.missed_count, 1);
  context.options.not_seen_visits = MAX (context.options.not_seen_visits, 1);
  if (!(context.options.home_change_levels > 0))
    context.options.home_change_levels = 1.0;
  hearth_signals_parse_day (input->today, &context.today);
  context.signals = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_signal_unref);

  hearth_signals_find_drift (&context);
  hearth_signals_find_not_improving (&context);
  hearth_signals_find_start_again (&context);
  hearth_signals_find_missed_appointments (&context);
  hearth_signals_find_home_fell_back (&context);
  hearth_signals_find_child_not_seen (&context);
  hearth_signals_find_overdue_actions (&context);

  g_ptr_array_sort (context.signals, compare_signals);
  return context.signals;
}

/**
 * hearth_signals_dup_assessment_date:
 * @assessment: an assessment
 * @assessments: (nullable) (element-type HearthAssessment): the family's
 *   assessments, to date amendments by
 * @visits: (nullable) (element-type HearthVisit): the family's visits
 *
 * The date an assessment describes: the day of the visit it was made on,
 * or else the day it was started. An amendment made without a visit
 * describes the same visit as the record it replaces, so takes its date.
 *
 * Returns: (transfer full): "YYYY-MM-DD"
 */
char *
hearth_signals_dup_assessment_date (const HearthAssessment *assessment,
                                    GPtrArray              *assessments,
                                    GPtrArray              *visits)
{
  g_return_val_if_fail (assessment != NULL, NULL);

  return dup_assessment_date (assessment, assessments, visits, 0);
}

/**
 * hearth_signal_kind_get_label:
 * @kind: a kind of signal
 *
 * Returns: (transfer none): a short translated title for @kind
 */
const char *
hearth_signal_kind_get_label (HearthSignalKind kind)
{
  switch (kind)
    {
    case HEARTH_SIGNAL_DRIFT:
      return _("Drift");
    case HEARTH_SIGNAL_NOT_IMPROVING:
      return _("Not improving");
    case HEARTH_SIGNAL_START_AGAIN:
      /* Translators: "start again" syndrome: repeated referrals and
       * assessments that each begin from nothing. */
      return _("Starting again");
    case HEARTH_SIGNAL_MISSED_APPOINTMENTS:
      return _("Missed appointments");
    case HEARTH_SIGNAL_HOME_FELL_BACK:
      return _("Improvement not sustained");
    case HEARTH_SIGNAL_CHILD_NOT_SEEN:
      return _("Child not seen");
    case HEARTH_SIGNAL_OVERDUE_ACTIONS:
      return _("Overdue actions");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * hearth_signal_severity_to_string:
 * @severity: a severity
 *
 * Returns: (transfer none): a stable name for @severity
 */
const char *
hearth_signal_severity_to_string (HearthSignalSeverity severity)
{
  const char *name = hearth_entities_enum_to_string (severity_names, G_N_ELEMENTS (severity_names),
                                                     (int) severity);

  g_return_val_if_fail (name != NULL, NULL);
  return name;
}

/**
 * hearth_signal_severity_get_label:
 * @severity: a severity
 *
 * Returns: (transfer none): a translated word for @severity
 */
const char *
hearth_signal_severity_get_label (HearthSignalSeverity severity)
{
  switch (severity)
    {
    case HEARTH_SIGNAL_SEVERITY_NOTICE:
      return _("Notice");
    case HEARTH_SIGNAL_SEVERITY_CONCERN:
      return _("Concern");
    case HEARTH_SIGNAL_SEVERITY_SERIOUS:
      return _("Serious");
    default:
      g_return_val_if_reached (NULL);
    }
}
