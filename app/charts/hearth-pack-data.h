/* hearth-pack-data.h
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

#include <glib.h>

#include "core/hearth-event.h"
#include "core/hearth-signals.h"
#include "hearth-comparison-data.h"
#include "hearth-timeline-data.h"

G_BEGIN_DECLS

/*
 * What a supervision pack shows, as plain values ready to print: every
 * string is owned, already worded and formatted for people to read
 * (dates, levels, scores). The data layer fills it from the store; the
 * pack (hearth-pack.h) lays it out, and never sees the store.
 */

/**
 * HearthPackPerson:
 * @name: (owned): the person's name
 * @details: (owned) (nullable): "Born 3 May 2014, aged 10", or an adult's
 *   role and whether they live in the home
 */
typedef struct
{
  char *name;
  char *details;
} HearthPackPerson;

/**
 * HearthPackSignal:
 * @severity: how much it matters
 * @title: (owned): the signal, and the child it is about
 * @explanation: (owned): what was found
 * @evidence: (owned) (element-type utf8): the records it rests on, one
 *   line each, oldest first
 */
typedef struct
{
  HearthSignalSeverity  severity;
  char                 *title;
  char                 *explanation;
  GPtrArray            *evidence;
} HearthPackSignal;

/**
 * HearthPackEvent:
 * @date: (owned): when, as precisely as it is known
 * @source: (owned): who reported it
 * @category: (owned): the kind of event
 * @children: (owned) (nullable): the children concerned; %NULL for the
 *   household
 * @what_happened: (owned): what happened
 * @impact: (owned): the impact on the child, with how it affected them
 * @action: (owned) (nullable): the action taken
 * @significance: low, medium or high
 *
 * One row of the chronology.
 */
typedef struct
{
  char               *date;
  char               *source;
  char               *category;
  char               *children;
  char               *what_happened;
  char               *impact;
  char               *action;
  HearthSignificance  significance;
} HearthPackEvent;

/**
 * HearthPackScore:
 * @label: (owned): a category of neglect, an area of the home, or
 *   "Overall"
 * @score: (owned): the score or rating, or why there is none
 * @level: (owned) (nullable): the level of need it suggests
 * @level_ordinal: that level, 1 to 4, or 0
 * @note: (owned) (nullable): the practitioner's note
 */
typedef struct
{
  char *label;
  char *score;
  char *level;
  int   level_ordinal;
  char *note;
} HearthPackScore;

/**
 * HearthPackAssessment:
 * @subject: (owned): the child's name, or the household
 * @title: (owned): the instrument's title
 * @date: (owned): when it was made
 * @practitioner: (owned) (nullable): who finalised it
 * @fields: (owned) (element-type HearthPackScore): facts shown as label
 *   and value (@label and @score): whether the child was seen, the
 *   levels suggested and decided, the reason
 * @scores: (owned) (element-type HearthPackScore): categories or areas,
 *   then overall
 * @voice: (owned) (nullable): the child's own words, as recorded
 * @analysis: (owned) (nullable): the practitioner's analysis
 *
 * The latest finalised assessment of a child, or of the home.
 */
typedef struct
{
  char      *subject;
  char      *title;
  char      *date;
  char      *practitioner;
  GPtrArray *fields;
  GPtrArray *scores;
  char      *voice;
  char      *analysis;
} HearthPackAssessment;

/**
 * HearthPackAction:
 * @text: (owned): what is to be done
 * @owner: (owned) (nullable): who is to do it
 * @due: (owned) (nullable): by when
 * @state: (owned): done, open or overdue
 * @overdue: %TRUE when past its date and not done
 */
typedef struct
{
  char     *text;
  char     *owner;
  char     *due;
  char     *state;
  gboolean  overdue;
} HearthPackAction;

/**
 * HearthPackSection:
 * @heading: (owned): a prompt for reflection, or "Decisions"
 * @text: (owned): what was written
 */
typedef struct
{
  char *heading;
  char *text;
} HearthPackSection;

/**
 * HearthPackSupervision:
 * @date: (owned): when it took place
 * @fields: (owned) (element-type HearthPackScore): supervisor,
 *   practitioner, status and next review, as label and value
 * @sections: (owned) (element-type HearthPackSection): the reflection,
 *   prompt by prompt, and the decisions
 * @actions: (owned) (element-type HearthPackAction): the actions agreed
 */
typedef struct
{
  char      *date;
  GPtrArray *fields;
  GPtrArray *sections;
  GPtrArray *actions;
} HearthPackSupervision;

/**
 * HearthPackData:
 * @case_reference: (owned): the family's case reference
 * @family_name: (owned): the family's display name
 * @period: (owned): the period covered, in words
 * @prepared_by: (owned): who prepared the pack
 * @prepared_on: (owned): the date it was prepared
 * @as_of: (owned): the date the signals and ages are worked out at
 * @children: (owned) (element-type HearthPackPerson): the children
 * @adults: (owned) (element-type HearthPackPerson): the adults, in the
 *   home and outside it
 * @signals: (owned) (element-type HearthPackSignal): most severe first
 * @timeline: (owned) (nullable): the chronology timeline's data
 * @first_day: the timeline's first day, or %HEARTH_CHART_DAY_NONE to
 *   fit the whole history
 * @last_day: and its last day
 * @screening: (owned) (nullable): the neglect screenings compared
 * @home: (owned) (nullable): the home conditions assessments compared
 * @events: (owned) (element-type HearthPackEvent): the chronology of the
 *   period, oldest first
 * @screenings: (owned) (element-type HearthPackAssessment): the latest
 *   finalised screening of each child that has one
 * @unscreened: (owned) (element-type utf8): the children without one
 * @home_conditions: (owned) (nullable): the latest finalised home
 *   conditions assessment
 * @supervisions: (owned) (element-type HearthPackSupervision): the
 *   supervision records of the period, latest first
 *
 * Everything a supervision pack shows. Start from hearth_pack_data_new(),
 * which makes every array.
 */
typedef struct
{
  char                  *case_reference;
  char                  *family_name;
  char                  *period;
  char                  *prepared_by;
  char                  *prepared_on;
  char                  *as_of;
  GPtrArray             *children;
  GPtrArray             *adults;
  GPtrArray             *signals;
  HearthTimelineData    *timeline;
  gint32                 first_day;
  gint32                 last_day;
  HearthComparisonData  *screening;
  HearthComparisonData  *home;
  GPtrArray             *events;
  GPtrArray             *screenings;
  GPtrArray             *unscreened;
  HearthPackAssessment  *home_conditions;
  GPtrArray             *supervisions;
} HearthPackData;

HearthPackData        *hearth_pack_data_new              (void);
void                   hearth_pack_data_free             (HearthPackData        *self);
HearthPackPerson      *hearth_pack_person_new            (const char            *name,
                                                          const char            *details);
HearthPackSignal      *hearth_pack_signal_new            (HearthSignalSeverity   severity,
                                                          const char            *title,
                                                          const char            *explanation);
HearthPackEvent       *hearth_pack_event_new             (const char            *date,
                                                          const char            *source,
                                                          const char            *category,
                                                          const char            *what_happened);
HearthPackScore       *hearth_pack_score_new             (const char            *label,
                                                          const char            *score,
                                                          const char            *level,
                                                          int                    level_ordinal,
                                                          const char            *note);
HearthPackAssessment  *hearth_pack_assessment_new        (const char            *subject,
                                                          const char            *title,
                                                          const char            *date);
void                   hearth_pack_assessment_free       (HearthPackAssessment  *assessment);
HearthPackSupervision *hearth_pack_supervision_new       (const char            *date);
void                   hearth_pack_supervision_add_field (HearthPackSupervision *supervision,
                                                          const char            *label,
                                                          const char            *value);
void                   hearth_pack_supervision_add_section
                                                         (HearthPackSupervision *supervision,
                                                          const char            *heading,
                                                          const char            *text);
void                   hearth_pack_supervision_add_action
                                                         (HearthPackSupervision *supervision,
                                                          const char            *text,
                                                          const char            *owner,
                                                          const char            *due,
                                                          const char            *state,
                                                          gboolean               overdue);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthPackData, hearth_pack_data_free)

G_END_DECLS
