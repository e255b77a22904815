/* hearth-signals-private.h
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

#include "hearth-person.h"
#include "hearth-signals.h"

G_BEGIN_DECLS

/* Shared by hearth-signals.c and the files that compute each group of
 * signals: the input with its dates read once, and the signals found. */
typedef struct
{
  const HearthSignalInput   *input;
  HearthSignalOptions        options;  /* clamped to sensible minimums */
  guint32                    today;    /* Julian day */
  GPtrArray                 *signals;  /* owned: HearthSignal */
} HearthSignalContext;

/* An assessment with the day it was made, for sorting into a history. */
typedef struct
{
  HearthAssessment *assessment;  /* borrowed */
  guint32           day;         /* Julian day */
  char              date[11];
} HearthDatedAssessment;

gboolean            hearth_signals_parse_day          (const char          *iso,
                                                       guint32             *day);
void                hearth_signals_format_day         (guint32              day,
                                                       char                 out[11]);
guint32             hearth_signals_months_before      (guint32              day,
                                                       guint                months);
const HearthPerson *hearth_signals_lookup_person      (HearthSignalContext *context,
                                                       gint64               person_id);
GArray             *hearth_signals_dated_assessments  (HearthSignalContext *context,
                                                       gboolean             final_only);
HearthSignal       *hearth_signals_take               (HearthSignalContext *context,
                                                       HearthSignal        *signal);

/* hearth-signals-records.c: from visits, events, periods and supervision. */
void hearth_signals_find_drift               (HearthSignalContext *context);
void hearth_signals_find_start_again         (HearthSignalContext *context);
void hearth_signals_find_missed_appointments (HearthSignalContext *context);
void hearth_signals_find_child_not_seen      (HearthSignalContext *context);
void hearth_signals_find_overdue_actions     (HearthSignalContext *context);

/* hearth-signals-scores.c: from the scores of finalised assessments. */
void hearth_signals_find_not_improving       (HearthSignalContext *context);
void hearth_signals_find_home_fell_back      (HearthSignalContext *context);

G_END_DECLS
