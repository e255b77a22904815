/* hearth-timeline-index.h
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

#include "hearth-timeline-layout.h"

G_BEGIN_DECLS

/**
 * HearthTimelineIndex:
 *
 * The events of a timeline folded once per day and lane, so that laying
 * out a frame reads one bucket per (day, lane) that holds events instead
 * of every event: a one-month window costs what 31 days cost, however many
 * events a day holds, and "fit all" costs the days of the history rather
 * than its events. Build it when the events or the filters change, not on
 * every frame.
 */
typedef struct _HearthTimelineIndex HearthTimelineIndex;

/**
 * HearthTimelineFilter:
 * @lanes: the lanes shown, bit i for lane i
 * @groups: the groups shown, bit g for group g
 * @first_day: the first day shown, or %HEARTH_CHART_DAY_NONE for no limit
 * @last_day: the last day shown (inclusive), or %HEARTH_CHART_DAY_NONE
 *
 * Which events an index keeps: those in one of @lanes (keeping only those
 * lanes), of one of @groups, between @first_day and @last_day.
 */
typedef struct
{
  guint64 lanes;
  guint32 groups;
  gint32  first_day;
  gint32  last_day;
} HearthTimelineFilter;

#define HEARTH_TIMELINE_FILTER_ALL \
  ((HearthTimelineFilter) { G_MAXUINT64, G_MAXUINT32, HEARTH_CHART_DAY_NONE, HEARTH_CHART_DAY_NONE })

HearthTimelineIndex *hearth_timeline_index_new            (const HearthTimelineEvent  *events,
                                                           gsize                       n_events,
                                                           guint                       n_lanes,
                                                           const HearthTimelineFilter *filter);
void                 hearth_timeline_index_free           (HearthTimelineIndex        *self);
gsize                hearth_timeline_index_get_n_events   (const HearthTimelineIndex  *self);
gsize                hearth_timeline_index_get_n_buckets  (const HearthTimelineIndex  *self);
gboolean             hearth_timeline_index_get_extent     (const HearthTimelineIndex  *self,
                                                           gint32                     *first_day,
                                                           gint32                     *last_day);
gboolean             hearth_timeline_index_keeps          (const HearthTimelineIndex  *self,
                                                           gsize                       event_index,
                                                           guint                       lane);
GArray              *hearth_timeline_index_layout_markers (const HearthTimelineIndex  *self,
                                                           const HearthTimeScale      *scale,
                                                           double                      min_distance,
                                                           gsize                      *n_visible);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthTimelineIndex, hearth_timeline_index_free)

G_END_DECLS
