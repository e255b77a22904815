/* hearth-timeline-layout.h
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

#include "hearth-chart-day.h"
#include "hearth-time-scale.h"

G_BEGIN_DECLS

/* One lane per child plus one for the household; 64 is far more than any
 * family needs and keeps the lanes of an event in one integer. */
#define HEARTH_TIMELINE_MAX_LANES 64

/* Groups are numbered 0 to 31 by the caller (a category group, or
 * "assessment"); a marker folding several groups reports this one. */
#define HEARTH_TIMELINE_MAX_GROUPS  32
#define HEARTH_TIMELINE_GROUP_MIXED G_MAXUINT8

/**
 * HearthTimelineEventFlags:
 * @HEARTH_TIMELINE_EVENT_NONE: no flags
 * @HEARTH_TIMELINE_EVENT_ACTION: the event is an action taken (a visit, a
 *   plan, a referral made), which ends a gap for drift detection
 */
typedef enum
{
  HEARTH_TIMELINE_EVENT_NONE   = 0,
  HEARTH_TIMELINE_EVENT_ACTION = 1 << 0,
} HearthTimelineEventFlags;

/**
 * HearthTimelineEvent:
 * @day: the day number (days since 1970-01-01, see hearth-chart-day.h)
 * @group: the group, below %HEARTH_TIMELINE_MAX_GROUPS; decides the
 *   marker's shape
 * @significance: how significant the event is, higher being more; decides
 *   the marker's fill
 * @flags: #HearthTimelineEventFlags
 * @lanes: the lanes the event appears in: bit i for lane i, so an event
 *   concerning two children sets two bits
 *
 * One chronology event or assessment as the timeline sees it: 16 bytes,
 * so a million fit in 16 MB. Arrays of events are sorted by @day.
 */
typedef struct
{
  gint32  day;
  guint8  group;
  guint8  significance;
  guint16 flags;
  guint64 lanes;
} HearthTimelineEvent;

/**
 * HearthTimelineMarker:
 * @lane: the lane the marker is drawn in
 * @x: the x of the first event folded into it, the middle of its day
 * @x_end: the x of the last event folded into it (equal to @x for a
 *   single event)
 * @first_day: the day of the first event folded
 * @last_day: the day of the last event folded
 * @first: the index in the event array of the first event folded
 * @last: the index of the last event folded; those between that are not
 *   in @lane are not part of the marker
 * @count: how many events of @lane it folds; 1 for a single event
 * @groups: bit g set for each group among them
 * @group: their group if they all share one, else
 *   %HEARTH_TIMELINE_GROUP_MIXED
 * @significance: the highest significance among them
 *
 * A marker on the timeline: one event, or a cluster of events too close
 * to tell apart at this zoom.
 */
typedef struct
{
  guint   lane;
  double  x;
  double  x_end;
  gint32  first_day;
  gint32  last_day;
  gsize   first;
  gsize   last;
  gsize   count;
  guint32 groups;
  guint8  group;
  guint8  significance;
} HearthTimelineMarker;

/**
 * HearthTimelinePeriod:
 * @first_day: the first day of the period
 * @last_day: the last day of the period (inclusive), or
 *   %HEARTH_CHART_DAY_NONE while it is still open
 * @lanes: the lanes it is shaded in, bit i for lane i
 *
 * A period (a plan, a placement, an open case) drawn as a shaded span.
 */
typedef struct
{
  gint32  first_day;
  gint32  last_day;
  guint64 lanes;
} HearthTimelinePeriod;

/**
 * HearthTimelineSpan:
 * @lane: the lane to shade
 * @index: the index of the period in the input array
 * @x0: the left edge, clipped to the scale
 * @x1: the right edge, clipped to the scale
 *
 * The visible part of a period in one lane.
 */
typedef struct
{
  guint  lane;
  gsize  index;
  double x0;
  double x1;
} HearthTimelineSpan;

/**
 * HearthDayRange:
 * @from: the first day
 * @to: the last day
 *
 * A range of days; for a gap, from the last action before it to the first
 * action after it (or the day it was measured to).
 */
typedef struct
{
  gint32 from;
  gint32 to;
} HearthDayRange;

void    hearth_timeline_visible_range  (const HearthTimelineEvent  *events,
                                        gsize                       n_events,
                                        const HearthTimeScale      *scale,
                                        gsize                      *first,
                                        gsize                      *end);
GArray *hearth_timeline_layout_markers (const HearthTimelineEvent  *events,
                                        gsize                       n_events,
                                        guint                       n_lanes,
                                        const HearthTimeScale      *scale,
                                        double                      min_distance,
                                        gsize                      *n_visible);
GArray *hearth_timeline_layout_spans   (const HearthTimelinePeriod *periods,
                                        gsize                       n_periods,
                                        guint                       n_lanes,
                                        const HearthTimeScale      *scale);
GArray *hearth_timeline_find_gaps      (const HearthTimelineEvent  *events,
                                        gsize                       n_events,
                                        guint64                     lanes,
                                        gint32                      threshold_days,
                                        gint32                      until_day);

G_END_DECLS
