/* hearth-timeline-layout.c
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

#include "hearth-timeline-layout.h"

/* The lanes an event may use when the timeline has @n_lanes of them. */
static guint64
make_lane_mask (guint n_lanes)
{
  g_assert (n_lanes <= HEARTH_TIMELINE_MAX_LANES);

  return n_lanes == 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << n_lanes) - 1;
}

static guint
find_lowest_lane (guint64 lanes)
{
  g_assert (lanes != 0);

#if defined(__GNUC__)
  return (guint) __builtin_ctzll (lanes);
#else
  {
    guint lane = 0;

    while ((lanes & 1) == 0)
      {
        lanes >>= 1;
        lane++;
      }

    return lane;
  }
#endif
}

/* The index of the first event whose day is at least @day, found by
 * binary search so that only log2 (n) events outside the window are read. */
static gsize
find_first_from_day (const HearthTimelineEvent *events,
                     gsize                      n_events,
                     double                     day)
{
  gsize low = 0, high = n_events;

  while (low < high)
    {
      gsize middle = low + (high - low) / 2;

      if ((double) events[middle].day < day)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static void
start_marker (HearthTimelineMarker      *marker,
              guint                      lane,
              const HearthTimelineEvent *event,
              gsize                      index,
              double                     x)
{
  marker->lane = lane;
  marker->x = x;
  marker->x_end = x;
  marker->first_day = event->day;
  marker->last_day = event->day;
  marker->first = index;
  marker->last = index;
  marker->count = 1;
  marker->groups = 1u << event->group;
  marker->group = event->group;
  marker->significance = event->significance;
}

static void
fold_into_marker (HearthTimelineMarker      *marker,
                  const HearthTimelineEvent *event,
                  gsize                      index,
                  double                     x)
{
  marker->x_end = x;
  marker->last_day = event->day;
  marker->last = index;
  marker->count++;
  marker->groups |= 1u << event->group;
  if (event->group != marker->group)
    marker->group = HEARTH_TIMELINE_GROUP_MIXED;
  marker->significance = MAX (marker->significance, event->significance);
}

/**
 * hearth_timeline_visible_range:
 * @events: (array length=n_events): events sorted by day
 * @n_events: the number of events
 * @scale: the time scale
 * @first: (out): the index of the first visible event
 * @end: (out): the index after the last visible event
 *
 * Finds the events whose day shows in the window of @scale, that is whose
 * day [d, d + 1) overlaps [@scale->from, @scale->to). They are
 * @events[@first] to @events[@end - 1]; @first equals @end when none are.
 * Binary search: the cost is O(log n), whatever the history's length.
 */
void
hearth_timeline_visible_range (const HearthTimelineEvent *events,
                               gsize                      n_events,
                               const HearthTimeScale     *scale,
                               gsize                     *first,
                               gsize                     *end)
{
  g_return_if_fail (n_events == 0 || events != NULL);
  g_return_if_fail (scale != NULL);
  g_return_if_fail (first != NULL && end != NULL);

  /* Day d shows when d + 1 > from and d < to. Day numbers are whole, so
   * the first condition is d >= floor (from). */
  *first = find_first_from_day (events, n_events, floor (scale->from));
  /* No pointer arithmetic on an empty array: NULL + 0 is undefined in C
   * (UndefinedBehaviorSanitizer reports it). */
  *end = *first + (*first < n_events
                   ? find_first_from_day (events + *first, n_events - *first, scale->to)
                   : 0);
}

/**
 * hearth_timeline_layout_markers:
 * @events: (array length=n_events): events sorted by day
 * @n_events: the number of events
 * @n_lanes: the number of lanes, 1 to %HEARTH_TIMELINE_MAX_LANES; lane
 *   bits at or above it are ignored
 * @scale: the time scale, giving the window and the width
 * @min_distance: the least distance in pixels between two markers in a
 *   lane; events closer than that to a marker's first event fold into it
 * @n_visible: (out) (optional): how many events were visible, which is
 *   also how many were read beyond the binary search
 *
 * Lays out the markers of the visible events, lane by lane. An event in
 * two lanes has a marker in both. In each lane, walking forward in time, an
 * event starts a new marker unless it lies less than @min_distance pixels
 * after the current marker's first event, in which case it folds into that
 * marker (a cluster, drawn with its count). So the markers of a lane stand
 * at least @min_distance apart, and their counts add up to the visible
 * events of that lane.
 *
 * Only the visible events are read (see hearth_timeline_visible_range()):
 * a one-month window over a million events costs what that month holds.
 *
 * Returns: (transfer full) (element-type HearthTimelineMarker): the
 *   markers, ordered by lane and then by x; %NULL if @events is not sorted
 *   by day within the window (a programmer error, reported as a critical)
 */
GArray *
hearth_timeline_layout_markers (const HearthTimelineEvent *events,
                                gsize                      n_events,
                                guint                      n_lanes,
                                const HearthTimeScale     *scale,
                                double                     min_distance,
                                gsize                     *n_visible)
{
  g_autoptr(GPtrArray) lanes = NULL;
  g_autofree HearthTimelineMarker *open = NULL;
  g_autoptr(GArray) markers = NULL;
  guint64 mask, open_lanes = 0;
  gsize first, end;

  g_return_val_if_fail (n_events == 0 || events != NULL, NULL);
  g_return_val_if_fail (n_lanes >= 1 && n_lanes <= HEARTH_TIMELINE_MAX_LANES, NULL);
  g_return_val_if_fail (scale != NULL, NULL);
  g_return_val_if_fail (isfinite (min_distance) && min_distance >= 0.0, NULL);

  mask = make_lane_mask (n_lanes);
  hearth_timeline_visible_range (events, n_events, scale, &first, &end);

  /* One open marker per lane while walking forward; a marker closes into
   * its lane's list when an event lands too far from it. */
  open = g_new0 (HearthTimelineMarker, n_lanes);
  lanes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint lane = 0; lane < n_lanes; lane++)
    g_ptr_array_add (lanes, g_array_new (FALSE, FALSE, sizeof (HearthTimelineMarker)));

  for (gsize i = first; i < end; i++)
    {
      const HearthTimelineEvent *event = &events[i];
      double x = hearth_time_scale_day_to_x (scale, event->day + 0.5);
      guint64 event_lanes = event->lanes & mask;

      g_return_val_if_fail (i == first || events[i - 1].day <= event->day, NULL);
      g_return_val_if_fail (event->group < HEARTH_TIMELINE_MAX_GROUPS, NULL);

      while (event_lanes != 0)
        {
          guint lane = find_lowest_lane (event_lanes);
          guint64 bit = G_GUINT64_CONSTANT (1) << lane;

          event_lanes &= ~bit;

          if ((open_lanes & bit) != 0 && x - open[lane].x < min_distance)
            {
              fold_into_marker (&open[lane], event, i, x);
              continue;
            }

          if ((open_lanes & bit) != 0)
            g_array_append_val (g_ptr_array_index (lanes, lane), open[lane]);

          start_marker (&open[lane], lane, event, i, x);
          open_lanes |= bit;
        }
    }

  markers = g_array_new (FALSE, FALSE, sizeof (HearthTimelineMarker));
  for (guint lane = 0; lane < n_lanes; lane++)
    {
      GArray *lane_markers = g_ptr_array_index (lanes, lane);

      if ((open_lanes & (G_GUINT64_CONSTANT (1) << lane)) != 0)
        g_array_append_val (lane_markers, open[lane]);
      g_array_append_vals (markers, lane_markers->data, lane_markers->len);
    }

  if (n_visible != NULL)
    *n_visible = end - first;

  return g_steal_pointer (&markers);
}

/**
 * hearth_timeline_layout_spans:
 * @periods: (array length=n_periods): periods, in any order
 * @n_periods: the number of periods
 * @n_lanes: the number of lanes, 1 to %HEARTH_TIMELINE_MAX_LANES
 * @scale: the time scale
 *
 * Lays out the shaded spans of the periods that show in the window of
 * @scale: one span per period and lane, from the start of its first day
 * to the end of its last (an open period runs to the right edge), clipped
 * to [@scale->x0, @scale->x1]. Periods are few, so all are examined.
 *
 * Returns: (transfer full) (element-type HearthTimelineSpan): the spans,
 *   ordered by lane and then by period
 */
GArray *
hearth_timeline_layout_spans (const HearthTimelinePeriod *periods,
                              gsize                       n_periods,
                              guint                       n_lanes,
                              const HearthTimeScale      *scale)
{
  g_autoptr(GArray) spans = NULL;
  guint64 mask;

  g_return_val_if_fail (n_periods == 0 || periods != NULL, NULL);
  g_return_val_if_fail (n_lanes >= 1 && n_lanes <= HEARTH_TIMELINE_MAX_LANES, NULL);
  g_return_val_if_fail (scale != NULL, NULL);

  mask = make_lane_mask (n_lanes);
  spans = g_array_new (FALSE, FALSE, sizeof (HearthTimelineSpan));

  for (guint lane = 0; lane < n_lanes; lane++)
    {
      guint64 bit = G_GUINT64_CONSTANT (1) << lane;

      for (gsize i = 0; i < n_periods; i++)
        {
          const HearthTimelinePeriod *period = &periods[i];
          double from = period->first_day;
          double to;
          HearthTimelineSpan span;

          if ((period->lanes & mask & bit) == 0)
            continue;

          to = period->last_day == HEARTH_CHART_DAY_NONE
               ? MAX (scale->to, from + 1.0)
               : (double) period->last_day + 1.0;

          /* A period that ends before it starts is a caller's mistake;
           * draw nothing rather than a span running backwards. */
          if (to <= from || to <= scale->from || from >= scale->to)
            continue;

          span.lane = lane;
          span.index = i;
          span.x0 = MAX (hearth_time_scale_day_to_x (scale, from), scale->x0);
          span.x1 = MIN (hearth_time_scale_day_to_x (scale, to), scale->x1);
          g_array_append_val (spans, span);
        }
    }

  return g_steal_pointer (&spans);
}

/**
 * hearth_timeline_find_gaps:
 * @events: (array length=n_events): events sorted by day
 * @n_events: the number of events
 * @lanes: the lanes whose actions count, bit i for lane i; G_MAXUINT64
 *   for all
 * @threshold_days: the longest stretch without action that is not yet
 *   drift, at least 0
 * @until_day: the day to measure the last stretch to (usually today), or
 *   %HEARTH_CHART_DAY_NONE to measure only between actions
 *
 * Finds drift: stretches longer than @threshold_days between two
 * consecutive actions (events flagged %HEARTH_TIMELINE_EVENT_ACTION in one
 * of @lanes), and from the last action to @until_day. Without any action
 * there is nothing to measure from, and no gap is reported.
 *
 * This reads the whole history once, O(n): compute it when the events
 * change, not on every frame.
 *
 * Returns: (transfer full) (element-type HearthDayRange): the gaps in
 *   order, each from the day of the action before it to the day of the
 *   action after it (or @until_day); %NULL if @events is not sorted by day
 *   (a programmer error, reported as a critical)
 */
GArray *
hearth_timeline_find_gaps (const HearthTimelineEvent *events,
                           gsize                      n_events,
                           guint64                    lanes,
                           gint32                     threshold_days,
                           gint32                     until_day)
{
  g_autoptr(GArray) gaps = NULL;
  gboolean have_action = FALSE;
  gint32 last_action = 0;

  g_return_val_if_fail (n_events == 0 || events != NULL, NULL);
  g_return_val_if_fail (threshold_days >= 0, NULL);

  gaps = g_array_new (FALSE, FALSE, sizeof (HearthDayRange));

  for (gsize i = 0; i < n_events; i++)
    {
      const HearthTimelineEvent *event = &events[i];

      g_return_val_if_fail (i == 0 || events[i - 1].day <= event->day, NULL);

      if ((event->flags & HEARTH_TIMELINE_EVENT_ACTION) == 0 || (event->lanes & lanes) == 0)
        continue;

      /* Widen to 64 bits: day numbers span more than half of gint32. */
      if (have_action && (gint64) event->day - last_action > threshold_days)
        {
          HearthDayRange gap = { last_action, event->day };

          g_array_append_val (gaps, gap);
        }

      have_action = TRUE;
      last_action = event->day;
    }

  if (have_action && until_day != HEARTH_CHART_DAY_NONE
      && (gint64) until_day - last_action > threshold_days)
    {
      HearthDayRange gap = { last_action, until_day };

      g_array_append_val (gaps, gap);
    }

  return g_steal_pointer (&gaps);
}
