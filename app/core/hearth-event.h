/* hearth-event.h
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

#include "hearth-date.h"

G_BEGIN_DECLS

/**
 * HearthEventCategory:
 * @HEARTH_EVENT_CATEGORY_HOUSEHOLD_CHANGE: a change in who lives in the home
 * @HEARTH_EVENT_CATEGORY_NEW_ADULT: a new adult in the child's life
 * @HEARTH_EVENT_CATEGORY_MOVE: a move of home
 * @HEARTH_EVENT_CATEGORY_SCHOOL_CHANGE: a change of school or nursery
 * @HEARTH_EVENT_CATEGORY_EXCLUSION: an exclusion from school
 * @HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT: a missed appointment
 * @HEARTH_EVENT_CATEGORY_AE_ATTENDANCE: an attendance at A&E
 * @HEARTH_EVENT_CATEGORY_HEALTH: another health matter
 * @HEARTH_EVENT_CATEGORY_EDUCATION: another education matter
 * @HEARTH_EVENT_CATEGORY_DOMESTIC_ABUSE: a domestic abuse incident
 * @HEARTH_EVENT_CATEGORY_SUBSTANCE_MISUSE: substance misuse
 * @HEARTH_EVENT_CATEGORY_POLICE: police involvement
 * @HEARTH_EVENT_CATEGORY_MISSING_EPISODE: a child missing from home or care
 * @HEARTH_EVENT_CATEGORY_REFERRAL: a referral
 * @HEARTH_EVENT_CATEGORY_ASSESSMENT: an assessment
 * @HEARTH_EVENT_CATEGORY_PLAN_OR_MEETING: a plan, review or meeting
 * @HEARTH_EVENT_CATEGORY_SUPPORT_GIVEN: support offered or given
 * @HEARTH_EVENT_CATEGORY_POSITIVE: a positive event
 * @HEARTH_EVENT_CATEGORY_VISIT: a visit
 * @HEARTH_EVENT_CATEGORY_OTHER: anything else
 *
 * The fixed vocabulary of chronology categories (DESIGN.md, "Chronology").
 */
typedef enum
{
  HEARTH_EVENT_CATEGORY_HOUSEHOLD_CHANGE,
  HEARTH_EVENT_CATEGORY_NEW_ADULT,
  HEARTH_EVENT_CATEGORY_MOVE,
  HEARTH_EVENT_CATEGORY_SCHOOL_CHANGE,
  HEARTH_EVENT_CATEGORY_EXCLUSION,
  HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT,
  HEARTH_EVENT_CATEGORY_AE_ATTENDANCE,
  HEARTH_EVENT_CATEGORY_HEALTH,
  HEARTH_EVENT_CATEGORY_EDUCATION,
  HEARTH_EVENT_CATEGORY_DOMESTIC_ABUSE,
  HEARTH_EVENT_CATEGORY_SUBSTANCE_MISUSE,
  HEARTH_EVENT_CATEGORY_POLICE,
  HEARTH_EVENT_CATEGORY_MISSING_EPISODE,
  HEARTH_EVENT_CATEGORY_REFERRAL,
  HEARTH_EVENT_CATEGORY_ASSESSMENT,
  HEARTH_EVENT_CATEGORY_PLAN_OR_MEETING,
  HEARTH_EVENT_CATEGORY_SUPPORT_GIVEN,
  HEARTH_EVENT_CATEGORY_POSITIVE,
  HEARTH_EVENT_CATEGORY_VISIT,
  HEARTH_EVENT_CATEGORY_OTHER,
} HearthEventCategory;

#define HEARTH_EVENT_N_CATEGORIES (HEARTH_EVENT_CATEGORY_OTHER + 1)

/**
 * HearthEventImpact:
 * @HEARTH_EVENT_IMPACT_UNKNOWN: the impact on the child is not known
 * @HEARTH_EVENT_IMPACT_POSITIVE: good for the child
 * @HEARTH_EVENT_IMPACT_NEGATIVE: harmful to the child
 * @HEARTH_EVENT_IMPACT_NEUTRAL: neither
 */
typedef enum
{
  HEARTH_EVENT_IMPACT_UNKNOWN,
  HEARTH_EVENT_IMPACT_POSITIVE,
  HEARTH_EVENT_IMPACT_NEGATIVE,
  HEARTH_EVENT_IMPACT_NEUTRAL,
} HearthEventImpact;

/**
 * HearthSignificance:
 * @HEARTH_SIGNIFICANCE_LOW: low
 * @HEARTH_SIGNIFICANCE_MEDIUM: medium
 * @HEARTH_SIGNIFICANCE_HIGH: high
 */
typedef enum
{
  HEARTH_SIGNIFICANCE_LOW,
  HEARTH_SIGNIFICANCE_MEDIUM,
  HEARTH_SIGNIFICANCE_HIGH,
} HearthSignificance;

/**
 * HearthEvent:
 * @id: the row id, or 0 when not yet stored
 * @family_id: the family's row id
 * @date: (owned): "YYYY-MM-DD"; read with @precision
 * @precision: how far @date can be trusted
 * @child_ids: (owned) (element-type gint64): the children concerned; empty
 *   means the whole household
 * @category: what kind of event it was
 * @source_agency: (owned): who reported it; required
 * @what_happened: (owned): what happened; required
 * @impact: the impact on the child
 * @impact_text: (owned) (nullable): how it affected the child
 * @action_taken: (owned) (nullable): the action taken, or why none was
 * @analysis: (owned) (nullable): the practitioner's analysis
 * @significance: low, medium or high
 * @visit_id: a linked visit, or 0
 * @assessment_id: a linked assessment, or 0
 * @created_at: when first stored, seconds since 1970 UTC
 * @updated_at: when last changed, seconds since 1970 UTC
 *
 * One entry in a family's chronology. Refcounted.
 */
typedef struct
{
  gint64               id;
  gint64               family_id;
  char                *date;
  HearthDatePrecision  precision;
  GArray              *child_ids;
  HearthEventCategory  category;
  char                *source_agency;
  char                *what_happened;
  HearthEventImpact    impact;
  char                *impact_text;
  char                *action_taken;
  char                *analysis;
  HearthSignificance   significance;
  gint64               visit_id;
  gint64               assessment_id;
  gint64               created_at;
  gint64               updated_at;
} HearthEvent;

#define HEARTH_TYPE_EVENT (hearth_event_get_type ())

GType        hearth_event_get_type              (void) G_GNUC_CONST;
HearthEvent *hearth_event_new                   (gint64               family_id,
                                                 const char          *date,
                                                 HearthEventCategory  category,
                                                 const char          *source_agency,
                                                 const char          *what_happened);
HearthEvent *hearth_event_ref                   (HearthEvent         *event);
void         hearth_event_unref                 (HearthEvent         *event);
HearthEvent *hearth_event_copy                  (const HearthEvent   *event);
void         hearth_event_add_child             (HearthEvent         *event,
                                                 gint64               person_id);
gboolean     hearth_event_concerns_child        (const HearthEvent   *event,
                                                 gint64               person_id);
gboolean     hearth_event_is_household          (const HearthEvent   *event);
gboolean     hearth_event_validate              (const HearthEvent   *event,
                                                 GError             **error);

const char  *hearth_event_category_to_string    (HearthEventCategory  category);
gboolean     hearth_event_category_from_string  (const char          *string,
                                                 HearthEventCategory *category);
const char  *hearth_event_category_get_label    (HearthEventCategory  category);
const char  *hearth_event_impact_to_string      (HearthEventImpact    impact);
gboolean     hearth_event_impact_from_string    (const char          *string,
                                                 HearthEventImpact   *impact);
const char  *hearth_significance_to_string      (HearthSignificance   significance);
gboolean     hearth_significance_from_string    (const char          *string,
                                                 HearthSignificance  *significance);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthEvent, hearth_event_unref)

G_END_DECLS
