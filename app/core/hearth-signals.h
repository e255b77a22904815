/* hearth-signals.h
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

#include <glib-object.h>

#include "hearth-assessment.h"
#include "hearth-family.h"
#include "hearth-instrument-registry.h"

G_BEGIN_DECLS

/**
 * HearthSignalKind:
 * @HEARTH_SIGNAL_DRIFT: no visit or assessment for longer than the drift
 *   threshold
 * @HEARTH_SIGNAL_NOT_IMPROVING: a child's category score has not improved
 *   across several finalised screenings
 * @HEARTH_SIGNAL_START_AGAIN: repeated referrals, new assessments or
 *   re-opened plans within a year, none building on the last
 * @HEARTH_SIGNAL_MISSED_APPOINTMENTS: missed appointments in recent months
 * @HEARTH_SIGNAL_HOME_FELL_BACK: home conditions improved and then fell back
 * @HEARTH_SIGNAL_CHILD_NOT_SEEN: a child not seen, or not seen alone, at the
 *   last visits
 * @HEARTH_SIGNAL_OVERDUE_ACTIONS: actions from the last supervision are
 *   overdue
 *
 * The signals of drift and cumulative harm (DESIGN.md, "Drift, delay and
 * 'start again' syndrome").
 */
typedef enum
{
  HEARTH_SIGNAL_DRIFT,
  HEARTH_SIGNAL_NOT_IMPROVING,
  HEARTH_SIGNAL_START_AGAIN,
  HEARTH_SIGNAL_MISSED_APPOINTMENTS,
  HEARTH_SIGNAL_HOME_FELL_BACK,
  HEARTH_SIGNAL_CHILD_NOT_SEEN,
  HEARTH_SIGNAL_OVERDUE_ACTIONS,
} HearthSignalKind;

#define HEARTH_SIGNAL_N_KINDS (HEARTH_SIGNAL_OVERDUE_ACTIONS + 1)

/**
 * HearthSignalSeverity:
 * @HEARTH_SIGNAL_SEVERITY_NOTICE: worth a look
 * @HEARTH_SIGNAL_SEVERITY_CONCERN: to discuss in supervision
 * @HEARTH_SIGNAL_SEVERITY_SERIOUS: to act on
 */
typedef enum
{
  HEARTH_SIGNAL_SEVERITY_NOTICE,
  HEARTH_SIGNAL_SEVERITY_CONCERN,
  HEARTH_SIGNAL_SEVERITY_SERIOUS,
} HearthSignalSeverity;

/**
 * HearthEvidenceKind:
 * @HEARTH_EVIDENCE_VISIT: a visit
 * @HEARTH_EVIDENCE_ASSESSMENT: an assessment
 * @HEARTH_EVIDENCE_EVENT: a chronology event
 * @HEARTH_EVIDENCE_PERIOD: a period of involvement
 * @HEARTH_EVIDENCE_SUPERVISION: a supervision record
 * @HEARTH_EVIDENCE_SUPERVISION_ACTION: an action agreed in supervision
 */
typedef enum
{
  HEARTH_EVIDENCE_VISIT,
  HEARTH_EVIDENCE_ASSESSMENT,
  HEARTH_EVIDENCE_EVENT,
  HEARTH_EVIDENCE_PERIOD,
  HEARTH_EVIDENCE_SUPERVISION,
  HEARTH_EVIDENCE_SUPERVISION_ACTION,
} HearthEvidenceKind;

/**
 * HearthSignalEvidence:
 * @kind: what kind of record it is
 * @id: the record's row id
 * @date: the record's date, "YYYY-MM-DD" (an action's due date)
 * @subject: (owned) (nullable): the category or item of an instrument the
 *   value belongs to ("overall" for the whole instrument), or %NULL
 * @value: a score or rating on the instrument's scale, or NAN
 *
 * One record a signal rests on. It names the record and never copies its
 * content, so a signal can be logged or printed without names or notes.
 */
typedef struct
{
  HearthEvidenceKind  kind;
  gint64              id;
  char                date[11];
  char               *subject;
  double              value;
} HearthSignalEvidence;

/**
 * HearthSignal:
 * @kind: which signal
 * @child_id: the child it is about, or 0 for the household
 * @severity: how much it matters
 * @explanation: (owned): one sentence that says what was found, without
 *   record content
 * @evidence: (owned) (element-type HearthSignalEvidence): the records it
 *   rests on, oldest first
 *
 * One signal of drift or cumulative harm. Refcounted.
 */
typedef struct
{
  HearthSignalKind      kind;
  gint64                child_id;
  HearthSignalSeverity  severity;
  char                 *explanation;
  GArray               *evidence;
} HearthSignal;

/**
 * HearthSignalOptions:
 * @drift_weeks: weeks without a visit or assessment that count as drift
 * @not_improving_screenings: finalised screenings a category must fail to
 *   improve across
 * @start_again_months: the window within which restarts are counted
 * @start_again_count: restarts within the window that raise the signal
 * @missed_months: how far back missed appointments are counted
 * @missed_count: missed appointments that raise the signal
 * @home_change_levels: how far (in levels) home conditions must improve,
 *   and then worsen again, to count as falling back
 * @not_seen_visits: the last visits at which a child must have been
 *   unseen, or not seen alone
 *
 * The thresholds of the signals. Each is a preference; start from
 * hearth_signal_options_init().
 */
typedef struct
{
  guint  drift_weeks;
  guint  not_improving_screenings;
  guint  start_again_months;
  guint  start_again_count;
  guint  missed_months;
  guint  missed_count;
  double home_change_levels;
  guint  not_seen_visits;
} HearthSignalOptions;

/**
 * HearthSignalInput:
 * @family: (nullable): the family; its creation date stands in for the
 *   last contact when there has been none
 * @people: (element-type HearthPerson): the family's people
 * @visits: (element-type HearthVisit): the family's visits
 * @assessments: (element-type HearthAssessment): the family's assessments
 *   of every status, with their responses
 * @events: (element-type HearthEvent): the family's chronology
 * @periods: (element-type HearthPeriod): the family's periods of
 *   involvement
 * @supervisions: (element-type HearthSupervision): the family's
 *   supervision records with their actions
 * @registry: (nullable): the instruments to score assessments with;
 *   without it the score-based signals stay quiet
 * @today: the date to judge from, "YYYY-MM-DD"
 *
 * Everything the signals are computed from, borrowed for the call. Any
 * array may be %NULL when there is nothing of that kind.
 */
typedef struct
{
  const HearthFamily        *family;
  GPtrArray                 *people;
  GPtrArray                 *visits;
  GPtrArray                 *assessments;
  GPtrArray                 *events;
  GPtrArray                 *periods;
  GPtrArray                 *supervisions;
  HearthInstrumentRegistry  *registry;
  const char                *today;
} HearthSignalInput;

#define HEARTH_TYPE_SIGNAL (hearth_signal_get_type ())

GType         hearth_signal_get_type          (void) G_GNUC_CONST;
HearthSignal *hearth_signal_new               (HearthSignalKind           kind,
                                               gint64                     child_id,
                                               HearthSignalSeverity       severity,
                                               const char                *explanation);
HearthSignal *hearth_signal_ref               (HearthSignal              *signal);
void          hearth_signal_unref             (HearthSignal              *signal);
void          hearth_signal_add_evidence      (HearthSignal              *signal,
                                               HearthEvidenceKind         kind,
                                               gint64                     id,
                                               const char                *date,
                                               const char                *subject,
                                               double                     value);
guint         hearth_signal_count_evidence    (const HearthSignal        *signal,
                                               HearthEvidenceKind         kind);
gboolean      hearth_signal_has_evidence      (const HearthSignal        *signal,
                                               HearthEvidenceKind         kind,
                                               gint64                     id);

void          hearth_signal_options_init      (HearthSignalOptions       *options);

GPtrArray    *hearth_signals_compute          (const HearthSignalInput   *input,
                                               const HearthSignalOptions *options);
char         *hearth_signals_dup_assessment_date (const HearthAssessment *assessment,
                                                  GPtrArray              *assessments,
                                                  GPtrArray              *visits);

char         *hearth_signal_dup_subject_label (HearthInstrument          *instrument,
                                               const char                *subject,
                                               double                     value);

const char   *hearth_signal_kind_to_string    (HearthSignalKind           kind);
gboolean      hearth_signal_kind_from_string  (const char                *string,
                                               HearthSignalKind          *kind);
const char   *hearth_signal_kind_get_label    (HearthSignalKind           kind);
const char   *hearth_signal_severity_to_string (HearthSignalSeverity      severity);
const char   *hearth_signal_severity_get_label (HearthSignalSeverity      severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSignal, hearth_signal_unref)

G_END_DECLS
