/* hearth-timeline-index.c
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

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <math.h>

#include "hearth-timeline-index.h"

/* The events of one lane on one day. */
typedef struct
{
  gint32  day;
  guint8  lane;
  guint8  group;
  guint8  significance;
  guint32 groups;
  gsize   count;
  gsize   first;
  gsize   last;
} Bucket;

/* One day that holds kept events: its buckets start at @first_bucket, and
 * @events_before kept events come before it. A last entry with day
 * G_MAXINT32 closes the array, so every day has an end. */
typedef struct
{
  gint32 day;
  gsize  first_bucket;
  gsize  events_before;
} DayEntry;

struct _HearthTimelineIndex
{
  const HearthTimelineEvent *events;   /* borrowed; the caller keeps it alive */
  gsize                      n_events;
  guint                      n_lanes;
  HearthTimelineFilter       filter;
  GArray                    *buckets;  /* owned; Bucket, by day then lane */
  GArray                    *days;     /* owned; DayEntry, by day */
  gsize                      n_kept;
};

static guint64
make_lane_mask (guint n_lanes)
{
  g_assert (n_lanes >= 1 && n_lanes <= HEARTH_TIMELINE_MAX_LANES);

  return n_lanes == 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << n_lanes) - 1;
}

static gboolean
filter_keeps_day (const HearthTimelineFilter *filter,
                  gint32                      day)
{
  if (filter->first_day != HEARTH_CHART_DAY_NONE && day < filter->first_day)
    return FALSE;
  if (filter->last_day != HEARTH_CHART_DAY_NONE && day > filter->last_day)
    return FALSE;
  return TRUE;
}

/* The lanes of @event that the index keeps: none if its group or day is
 * filtered out. */
static guint64
find_kept_lanes (const HearthTimelineIndex *self,
                 const HearthTimelineEvent *event)
{
  if ((self->filter.groups & (1u << event->group)) == 0)
    return 0;
  if (!filter_keeps_day (&self->filter, event->day))
    return 0;
  return event->lanes & self->filter.lanes & make_lane_mask (self->n_lanes);
}

/* Appends the buckets of one finished day, in lane order. */
static void
close_day (HearthTimelineIndex *self,
           Bucket              *open,
           guint64              used_lanes,
           gsize                events_before)
{
  DayEntry entry;

  if (used_lanes == 0)
    return;

  entry.day = open[__builtin_ctzll (used_lanes)].day;
  entry.first_bucket = self->buckets->len;
  entry.events_before = events_before;
  g_array_append_val (self->days, entry);

  while (used_lanes != 0)
    {
      guint lane = (guint) __builtin_ctzll (used_lanes);

      used_lanes &= used_lanes - 1;
      g_array_append_val (self->buckets, open[lane]);
    }
}

static gsize
find_first_day_entry (const HearthTimelineIndex *self,
                      double                     day)
{
  const DayEntry *days = (const DayEntry *) (gpointer) self->days->data;
  gsize low = 0, high = self->days->len - 1;   /* the closing entry is never searched */

  while (low < high)
    {
      gsize middle = low + (high - low) / 2;

      if ((double) days[middle].day < day)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/**
 * hearth_timeline_index_new:
 * @events: (array length=n_events): events sorted by day; borrowed, and
 *   kept alive and unchanged by the caller as long as the index lives
 * @n_events: the number of events
 * @n_lanes: the number of lanes, 1 to %HEARTH_TIMELINE_MAX_LANES
 * @filter: (nullable): which events to keep, or %NULL for all
 *
 * Folds the events that @filter keeps into one bucket per day and lane.
 * This reads every event once, O(n).
 *
 * Returns: (transfer full): the index; %NULL if @events is not sorted by
 *   day (a programmer error, reported as a critical)
 */
HearthTimelineIndex *
hearth_timeline_index_new (const HearthTimelineEvent  *events,
                           gsize                       n_events,
                           guint                       n_lanes,
                           const HearthTimelineFilter *filter)
{
  g_autoptr(HearthTimelineIndex) self = NULL;
  Bucket open[HEARTH_TIMELINE_MAX_LANES];
  guint64 used_lanes = 0;
  gsize events_before_day = 0;
  gint32 current_day = 0;
  DayEntry closing;

  g_return_val_if_fail (n_events == 0 || events != NULL, NULL);
  g_return_val_if_fail (n_lanes >= 1 && n_lanes <= HEARTH_TIMELINE_MAX_LANES, NULL);

  self = g_new0 (HearthTimelineIndex, 1);
  self->events = events;
  self->n_events = n_events;
  self->n_lanes = n_lanes;
  self->filter = filter != NULL ? *filter : HEARTH_TIMELINE_FILTER_ALL;
  self->buckets = g_array_new (FALSE, FALSE, sizeof (Bucket));
  self->days = g_array_new (FALSE, FALSE, sizeof (DayEntry));

  for (gsize i = 0; i < n_events; i++)
    {
      const HearthTimelineEvent *event = &events[i];
      guint64 lanes;

      g_return_val_if_fail (i == 0 || events[i - 1].day <= event->day, NULL);
      g_return_val_if_fail (event->group < HEARTH_TIMELINE_MAX_GROUPS, NULL);

      lanes = find_kept_lanes (self, event);
      if (lanes == 0)
        continue;

      if (used_lanes != 0 && event->day != current_day)
        {
          close_day (self, open, used_lanes, events_before_day);
          used_lanes = 0;
          events_before_day = self->n_kept;
        }
      current_day = event->day;
      self->n_kept++;

      while (lanes != 0)
        {
          guint lane = (guint) __builtin_ctzll (lanes);
          guint64 bit = G_GUINT64_CONSTANT (1) << lane;
          Bucket *bucket = &open[lane];

          lanes &= lanes - 1;

          if ((used_lanes & bit) == 0)
            {
              bucket->day = event->day;
              bucket->lane = (guint8) lane;
              bucket->group = event->group;
              bucket->significance = event->significance;
              bucket->groups = 1u << event->group;
              bucket->count = 1;
              bucket->first = i;
              bucket->last = i;
              used_lanes |= bit;
              continue;
            }

          bucket->count++;
          bucket->last = i;
          bucket->groups |= 1u << event->group;
          if (bucket->group != event->group)
            bucket->group = HEARTH_TIMELINE_GROUP_MIXED;
          bucket->significance = MAX (bucket->significance, event->significance);
        }
    }

  close_day (self, open, used_lanes, events_before_day);

  closing.day = G_MAXINT32;
  closing.first_bucket = self->buckets->len;
  closing.events_before = self->n_kept;
  g_array_append_val (self->days, closing);

  return g_steal_pointer (&self);
}

/**
 * hearth_timeline_index_free:
 * @self: (transfer full): an index
 *
 * Frees @self; the events it was built from are not touched.
 */
void
hearth_timeline_index_free (HearthTimelineIndex *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->buckets, g_array_unref);
  g_clear_pointer (&self->days, g_array_unref);
  g_free (self);
}

/**
 * hearth_timeline_index_get_n_events:
 * @self: an index
 *
 * Returns: how many events the filter kept
 */
gsize
hearth_timeline_index_get_n_events (const HearthTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_kept;
}

/**
 * hearth_timeline_index_get_n_buckets:
 * @self: an index
 *
 * Returns: how many (day, lane) buckets hold the kept events: what laying
 *   out "fit all" reads
 */
gsize
hearth_timeline_index_get_n_buckets (const HearthTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->buckets->len;
}

/**
 * hearth_timeline_index_get_extent:
 * @self: an index
 * @first_day: (out) (optional): the day of the first kept event
 * @last_day: (out) (optional): the day of the last kept event
 *
 * Returns: %TRUE if any event was kept; %FALSE (leaving the days unset)
 *   otherwise
 */
gboolean
hearth_timeline_index_get_extent (const HearthTimelineIndex *self,
                                  gint32                    *first_day,
                                  gint32                    *last_day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->n_kept == 0)
    return FALSE;

  if (first_day != NULL)
    *first_day = g_array_index (self->days, DayEntry, 0).day;
  if (last_day != NULL)
    *last_day = g_array_index (self->days, DayEntry, self->days->len - 2).day;
  return TRUE;
}

/**
 * hearth_timeline_index_keeps:
 * @self: an index
 * @event_index: an index into the events the index was built from
 * @lane: a lane
 *
 * Tells whether an event between a marker's first and last belongs to the
 * marker: whether the filter kept it, in @lane.
 *
 * Returns: %TRUE if the event is kept in @lane
 */
gboolean
hearth_timeline_index_keeps (const HearthTimelineIndex *self,
                             gsize                      event_index,
                             guint                      lane)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (event_index < self->n_events, FALSE);
  g_return_val_if_fail (lane < self->n_lanes, FALSE);

  return (find_kept_lanes (self, &self->events[event_index]) & (G_GUINT64_CONSTANT (1) << lane)) != 0;
}

/**
 * hearth_timeline_index_layout_markers:
 * @self: an index
 * @scale: the time scale, giving the window and the width
 * @min_distance: the least distance in pixels between two markers in a
 *   lane; greater than 0
 * @n_visible: (out) (optional): how many kept events were visible
 *
 * Lays out the same markers as hearth_timeline_layout_markers() would for
 * the kept events and lanes, but reads only the buckets of the visible
 * days: events of one day in one lane share their x, so they always fold
 * into one marker when @min_distance is greater than 0. Markers of lanes
 * the filter hides are not laid out.
 *
 * Returns: (transfer full) (element-type HearthTimelineMarker): the
 *   markers, ordered by lane and then by x
 */
GArray *
hearth_timeline_index_layout_markers (const HearthTimelineIndex *self,
                                      const HearthTimeScale     *scale,
                                      double                     min_distance,
                                      gsize                     *n_visible)
{
  g_autoptr(GArray) markers = NULL;
  g_autoptr(GPtrArray) lanes = NULL;
  HearthTimelineMarker open[HEARTH_TIMELINE_MAX_LANES];
  const DayEntry *days;
  const Bucket *buckets;
  guint64 open_lanes = 0;
  gsize first_day, end_day;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scale != NULL, NULL);
  g_return_val_if_fail (isfinite (min_distance) && min_distance > 0.0, NULL);

  days = (const DayEntry *) (gpointer) self->days->data;
  buckets = (const Bucket *) (gpointer) self->buckets->data;

  /* Day d shows when d >= floor (from) and d < to, as in
   * hearth_timeline_visible_range(). */
  first_day = find_first_day_entry (self, floor (scale->from));
  end_day = MAX (first_day, find_first_day_entry (self, scale->to));

  lanes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint lane = 0; lane < self->n_lanes; lane++)
    g_ptr_array_add (lanes, g_array_new (FALSE, FALSE, sizeof (HearthTimelineMarker)));

  for (gsize b = days[first_day].first_bucket; b < days[end_day].first_bucket; b++)
    {
      const Bucket *bucket = &buckets[b];
      guint64 bit = G_GUINT64_CONSTANT (1) << bucket->lane;
      HearthTimelineMarker *marker = &open[bucket->lane];
      double x = hearth_time_scale_day_to_x (scale, bucket->day + 0.5);

      if ((open_lanes & bit) != 0 && x - marker->x < min_distance)
        {
          marker->x_end = x;
          marker->last_day = bucket->day;
          marker->last = bucket->last;
          marker->count += bucket->count;
          marker->groups |= bucket->groups;
          if (marker->group != bucket->group)
            marker->group = HEARTH_TIMELINE_GROUP_MIXED;
          marker->significance = MAX (marker->significance, bucket->significance);
          continue;
        }

      if ((open_lanes & bit) != 0)
        g_array_append_val (g_ptr_array_index (lanes, bucket->lane), *marker);

      marker->lane = bucket->lane;
      marker->x = x;
      marker->x_end = x;
      marker->first_day = bucket->day;
      marker->last_day = bucket->day;
      marker->first = bucket->first;
      marker->last = bucket->last;
      marker->count = bucket->count;
      marker->groups = bucket->groups;
      marker->group = bucket->group;
      marker->significance = bucket->significance;
      open_lanes |= bit;
    }

  markers = g_array_new (FALSE, FALSE, sizeof (HearthTimelineMarker));
  for (guint lane = 0; lane < self->n_lanes; lane++)
    {
      GArray *lane_markers = g_ptr_array_index (lanes, lane);

      if ((open_lanes & (G_GUINT64_CONSTANT (1) << lane)) != 0)
        g_array_append_val (lane_markers, open[lane]);
      g_array_append_vals (markers, lane_markers->data, lane_markers->len);
    }

  if (n_visible != NULL)
    *n_visible = days[end_day].events_before - days[first_day].events_before;

  return g_steal_pointer (&markers);
}
