/* hearth-timeline-data.h
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

#include "core/hearth-event.h"
#include "core/hearth-period.h"

#include "hearth-chart-draw.h"
#include "hearth-timeline-layout.h"

G_BEGIN_DECLS

/**
 * HearthTimelineGroup:
 * @HEARTH_TIMELINE_GROUP_HOUSEHOLD: who lives in the home, new adults,
 *   moves (a square)
 * @HEARTH_TIMELINE_GROUP_EDUCATION: school changes, exclusions and other
 *   education matters (a triangle)
 * @HEARTH_TIMELINE_GROUP_HEALTH: missed appointments, A&E and other health
 *   matters (a plus)
 * @HEARTH_TIMELINE_GROUP_SAFETY: domestic abuse, substance misuse, police,
 *   missing episodes (a diamond)
 * @HEARTH_TIMELINE_GROUP_INVOLVEMENT: referrals, assessments, plans and
 *   meetings, support, visits (a circle)
 * @HEARTH_TIMELINE_GROUP_POSITIVE: positive events (a star)
 * @HEARTH_TIMELINE_GROUP_OTHER: anything else (a triangle pointing down)
 * @HEARTH_TIMELINE_GROUP_ASSESSMENT: a finalised assessment, with the
 *   level of need its result suggests (a badge with the level's number)
 *
 * The groups of chronology categories the timeline tells apart by shape.
 * Twenty categories are too many shapes to learn; these groups follow the
 * questions a supervisor asks of a chronology.
 */
typedef enum
{
  HEARTH_TIMELINE_GROUP_HOUSEHOLD,
  HEARTH_TIMELINE_GROUP_EDUCATION,
  HEARTH_TIMELINE_GROUP_HEALTH,
  HEARTH_TIMELINE_GROUP_SAFETY,
  HEARTH_TIMELINE_GROUP_INVOLVEMENT,
  HEARTH_TIMELINE_GROUP_POSITIVE,
  HEARTH_TIMELINE_GROUP_OTHER,
  HEARTH_TIMELINE_GROUP_ASSESSMENT,
} HearthTimelineGroup;

#define HEARTH_TIMELINE_N_GROUPS (HEARTH_TIMELINE_GROUP_ASSESSMENT + 1)

/**
 * HearthTimelineItemKind:
 * @HEARTH_TIMELINE_ITEM_EVENT: a chronology event
 * @HEARTH_TIMELINE_ITEM_ASSESSMENT: an assessment
 * @HEARTH_TIMELINE_ITEM_VISIT: a visit that no event records
 *
 * Which kind of record a timeline item stands for.
 */
typedef enum
{
  HEARTH_TIMELINE_ITEM_EVENT,
  HEARTH_TIMELINE_ITEM_ASSESSMENT,
  HEARTH_TIMELINE_ITEM_VISIT,
} HearthTimelineItemKind;

/**
 * HearthTimelineItem:
 * @kind: the kind of record
 * @id: the record's row id
 * @label: (transfer none): a short label such as the category's name;
 *   interned
 * @summary: (owned) (nullable): a line or two for the tooltip
 *
 * What the timeline knows of an event beyond its place: enough to label
 * it, describe it and open it.
 */
typedef struct
{
  HearthTimelineItemKind  kind;
  gint64                  id;
  const char             *label;
  char                   *summary;
} HearthTimelineItem;

/**
 * HearthTimelineData:
 *
 * Everything a chronology timeline shows, independent of any store: the
 * lanes (one per child, and the household), the events and assessments,
 * the periods, the drift threshold and today. Built with the add
 * functions, then sealed (sorted and frozen) when a chart first reads it.
 * Refcounted.
 */
typedef struct _HearthTimelineData HearthTimelineData;

#define HEARTH_TYPE_TIMELINE_DATA (hearth_timeline_data_get_type ())

GType                      hearth_timeline_data_get_type            (void) G_GNUC_CONST;
HearthTimelineData        *hearth_timeline_data_new                 (const char                 *title);
HearthTimelineData        *hearth_timeline_data_ref                 (HearthTimelineData         *self);
void                       hearth_timeline_data_unref               (HearthTimelineData         *self);

guint                      hearth_timeline_data_add_lane            (HearthTimelineData         *self,
                                                                     const char                 *label);
void                       hearth_timeline_data_add_event           (HearthTimelineData         *self,
                                                                     const HearthTimelineEvent  *event,
                                                                     HearthTimelineItemKind      kind,
                                                                     gint64                      id,
                                                                     const char                 *label,
                                                                     const char                 *summary);
void                       hearth_timeline_data_add_period          (HearthTimelineData         *self,
                                                                     const HearthTimelinePeriod *period,
                                                                     HearthPeriodKind            kind);
void                       hearth_timeline_data_set_drift_threshold (HearthTimelineData         *self,
                                                                     gint32                      days);
void                       hearth_timeline_data_set_today           (HearthTimelineData         *self,
                                                                     gint32                      day);
void                       hearth_timeline_data_set_level_name      (HearthTimelineData         *self,
                                                                     int                         level,
                                                                     const char                 *name);
void                       hearth_timeline_data_seal                (HearthTimelineData         *self);

const char                *hearth_timeline_data_get_title           (HearthTimelineData         *self);
guint                      hearth_timeline_data_get_n_lanes         (HearthTimelineData         *self);
const char                *hearth_timeline_data_get_lane_label      (HearthTimelineData         *self,
                                                                     guint                       lane);
const HearthTimelineEvent *hearth_timeline_data_get_events          (HearthTimelineData         *self,
                                                                     gsize                      *n_events);
const HearthTimelineItem  *hearth_timeline_data_get_item            (HearthTimelineData         *self,
                                                                     gsize                       index);
const HearthTimelinePeriod *hearth_timeline_data_get_periods        (HearthTimelineData         *self,
                                                                     gsize                      *n_periods);
HearthPeriodKind           hearth_timeline_data_get_period_kind     (HearthTimelineData         *self,
                                                                     gsize                       index);
gint32                     hearth_timeline_data_get_drift_threshold (HearthTimelineData         *self);
gint32                     hearth_timeline_data_get_today           (HearthTimelineData         *self);
const char                *hearth_timeline_data_get_level_name      (HearthTimelineData         *self,
                                                                     int                         level);

HearthTimelineGroup        hearth_timeline_group_for_category       (HearthEventCategory         category);
gboolean                   hearth_timeline_category_is_action       (HearthEventCategory         category);
const char                *hearth_timeline_group_get_label          (HearthTimelineGroup         group);
HearthChartShape           hearth_timeline_group_get_shape          (HearthTimelineGroup         group);
guint                      hearth_timeline_group_get_hue            (HearthTimelineGroup         group);
const char                *hearth_timeline_period_kind_get_short_label
                                                                    (HearthPeriodKind            kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthTimelineData, hearth_timeline_data_unref)

G_END_DECLS
