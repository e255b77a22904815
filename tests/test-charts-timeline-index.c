/* test-charts-timeline-index.c — per-day buckets lay out the same markers
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

#include "config.h"

#include <math.h>

#include "charts/hearth-timeline-index.h"

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  const HearthTimelineEvent *event_a = a;
  const HearthTimelineEvent *event_b = b;

  return (event_a->day > event_b->day) - (event_a->day < event_b->day);
}

/* Random events over about three years, several a day in places. */
static GArray *
make_events (GRand *rand,
             guint  n_events,
             guint  n_lanes)
{
  GArray *events = g_array_sized_new (FALSE, FALSE, sizeof (HearthTimelineEvent), n_events);
  guint64 all = (G_GUINT64_CONSTANT (1) << n_lanes) - 1;

  for (guint i = 0; i < n_events; i++)
    {
      HearthTimelineEvent event;

      event.day = 19000 + g_rand_int_range (rand, 0, 1100);
      event.group = g_rand_int_range (rand, 0, 8);
      event.significance = g_rand_int_range (rand, 0, 3);
      event.flags = g_rand_boolean (rand) ? HEARTH_TIMELINE_EVENT_ACTION : 0;
      event.lanes = (guint64) g_rand_int_range (rand, 1, (gint32) all + 1);
      g_array_append_val (events, event);
    }
  g_array_sort (events, compare_days);
  return events;
}

static void
assert_same_markers (GArray *expected,
                     GArray *actual)
{
  g_assert_cmpuint (actual->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      const HearthTimelineMarker *a = &g_array_index (expected, HearthTimelineMarker, i);
      const HearthTimelineMarker *b = &g_array_index (actual, HearthTimelineMarker, i);

      g_assert_cmpuint (b->lane, ==, a->lane);
      g_assert_cmpfloat (b->x, ==, a->x);
      g_assert_cmpfloat (b->x_end, ==, a->x_end);
      g_assert_cmpint (b->first_day, ==, a->first_day);
      g_assert_cmpint (b->last_day, ==, a->last_day);
      g_assert_cmpuint (b->first, ==, a->first);
      g_assert_cmpuint (b->last, ==, a->last);
      g_assert_cmpuint (b->count, ==, a->count);
      g_assert_cmpuint (b->groups, ==, a->groups);
      g_assert_cmpuint (b->group, ==, a->group);
      g_assert_cmpuint (b->significance, ==, a->significance);
    }
}

/* Without a filter, the index lays out exactly the markers the
 * event-by-event layout does, at every zoom and pan. */
static void
test_same_as_layout (void)
{
  GRand *rand = g_rand_new_with_seed (2026);

  for (guint round = 0; round < 60; round++)
    {
      guint n_lanes = g_rand_int_range (rand, 1, 6);
      g_autoptr(GArray) events = make_events (rand, g_rand_int_range (rand, 0, 3000), n_lanes);
      g_autoptr(HearthTimelineIndex) index = NULL;
      g_autoptr(GArray) expected = NULL;
      g_autoptr(GArray) actual = NULL;
      HearthTimeScale scale;
      double from = 19000 + g_rand_double_range (rand, -50, 1100);
      double span = g_rand_double_range (rand, 7, 1500);
      double min_distance = g_rand_double_range (rand, 0.5, 40);
      gsize visible_expected, visible_actual;

      index = hearth_timeline_index_new ((const HearthTimelineEvent *) (gpointer) events->data,
                                         events->len, n_lanes, NULL);
      g_assert_cmpuint (hearth_timeline_index_get_n_events (index), ==, events->len);
      g_assert_cmpuint (hearth_timeline_index_get_n_buckets (index), <=, 1100 * n_lanes);

      hearth_time_scale_init (&scale, from, from + span, 100,
                              100 + g_rand_int_range (rand, 200, 2000));
      expected = hearth_timeline_layout_markers (
          (const HearthTimelineEvent *) (gpointer) events->data, events->len, n_lanes, &scale,
          min_distance, &visible_expected);
      actual = hearth_timeline_index_layout_markers (index, &scale, min_distance, &visible_actual);
      assert_same_markers (expected, actual);
      g_assert_cmpuint (visible_actual, ==, visible_expected);
    }

  g_rand_free (rand);
}

/* With a filter, the index lays out the markers of the events the filter
 * keeps, in the lanes it keeps: checked against the layout of a filtered
 * copy made here, one event at a time. */
static void
test_filter (void)
{
  GRand *rand = g_rand_new_with_seed (11);

  for (guint round = 0; round < 40; round++)
    {
      g_autoptr(GArray) events = make_events (rand, 2000, 4);
      g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (HearthTimelineEvent));
      g_autoptr(GArray) kept_index = g_array_new (FALSE, FALSE, sizeof (gsize));
      g_autoptr(HearthTimelineIndex) index = NULL;
      g_autoptr(GArray) expected = NULL;
      g_autoptr(GArray) actual = NULL;
      HearthTimelineFilter filter;
      HearthTimeScale scale;
      gint32 first_day, last_day;

      filter.lanes = (guint64) g_rand_int_range (rand, 1, 16);
      filter.groups = (guint32) g_rand_int_range (rand, 1, 256);
      filter.first_day
          = g_rand_boolean (rand) ? HEARTH_CHART_DAY_NONE : 19000 + g_rand_int_range (rand, 0, 500);
      filter.last_day
          = g_rand_boolean (rand) ? HEARTH_CHART_DAY_NONE : 19600 + g_rand_int_range (rand, 0, 500);

      for (gsize i = 0; i < events->len; i++)
        {
          HearthTimelineEvent event = g_array_index (events, HearthTimelineEvent, i);

          event.lanes &= filter.lanes;
          if (event.lanes == 0 || (filter.groups & (1u << event.group)) == 0)
            continue;
          if (filter.first_day != HEARTH_CHART_DAY_NONE && event.day < filter.first_day)
            continue;
          if (filter.last_day != HEARTH_CHART_DAY_NONE && event.day > filter.last_day)
            continue;
          g_array_append_val (kept, event);
          g_array_append_val (kept_index, i);
        }

      index = hearth_timeline_index_new ((const HearthTimelineEvent *) (gpointer) events->data,
                                         events->len, 4, &filter);
      g_assert_cmpuint (hearth_timeline_index_get_n_events (index), ==, kept->len);

      if (kept->len > 0)
        {
          g_assert_true (hearth_timeline_index_get_extent (index, &first_day, &last_day));
          g_assert_cmpint (first_day, ==, g_array_index (kept, HearthTimelineEvent, 0).day);
          g_assert_cmpint (last_day, ==,
                           g_array_index (kept, HearthTimelineEvent, kept->len - 1).day);
        }
      else
        g_assert_false (hearth_timeline_index_get_extent (index, &first_day, &last_day));

      hearth_time_scale_init (&scale, 18990, 20110, 0, 1000);
      expected = hearth_timeline_layout_markers ((const HearthTimelineEvent *) (gpointer) kept->data,
                                                 kept->len, 4, &scale, 12.0, NULL);
      actual = hearth_timeline_index_layout_markers (index, &scale, 12.0, NULL);

      /* The copy's indices are not the original's: map them back. */
      for (guint m = 0; m < expected->len; m++)
        {
          HearthTimelineMarker *marker = &g_array_index (expected, HearthTimelineMarker, m);

          marker->first = g_array_index (kept_index, gsize, marker->first);
          marker->last = g_array_index (kept_index, gsize, marker->last);
        }
      assert_same_markers (expected, actual);

      for (guint m = 0; m < actual->len; m++)
        {
          const HearthTimelineMarker *marker = &g_array_index (actual, HearthTimelineMarker, m);
          gsize count = 0;

          g_assert_true (hearth_timeline_index_keeps (index, marker->first, marker->lane));
          g_assert_true (hearth_timeline_index_keeps (index, marker->last, marker->lane));
          for (gsize i = marker->first; i <= marker->last; i++)
            count += hearth_timeline_index_keeps (index, i, marker->lane);
          g_assert_cmpuint (count, ==, marker->count);
        }
    }

  g_rand_free (rand);
}

/* A window's cost is the days in it: a month of a history of ten
 * thousand events a day reads a month of buckets. */
static void
test_buckets_follow_days (void)
{
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (HearthTimelineEvent));
  g_autoptr(HearthTimelineIndex) index = NULL;
  g_autoptr(GArray) markers = NULL;
  HearthTimeScale scale;
  gsize n_visible;

  for (gint32 day = 20000; day < 20100; day++)
    for (guint i = 0; i < 1000; i++)
      {
        HearthTimelineEvent event = { day, (guint8) (i % 8), (guint8) (i % 3), 0, 1 + (i % 3) };

        g_array_append_val (events, event);
      }

  index = hearth_timeline_index_new ((const HearthTimelineEvent *) (gpointer) events->data,
                                     events->len, 2, NULL);
  g_assert_cmpuint (hearth_timeline_index_get_n_buckets (index), ==, 100 * 2);

  hearth_time_scale_init (&scale, 20010, 20041, 0, 1000);
  markers = hearth_timeline_index_layout_markers (index, &scale, 10.0, &n_visible);
  g_assert_cmpuint (n_visible, ==, 31 * 1000);
  g_assert_cmpuint (markers->len, ==, 31 * 2);
}

static void
test_refuses_unsorted (void)
{
  HearthTimelineEvent events[] = {
    { 20001, 0, 0, 0, 1 },
    { 20000, 0, 0, 0, 1 },
  };
  HearthTimelineIndex *index;

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL,
                         "*events[i - 1].day <= event->day*");
  index = hearth_timeline_index_new (events, G_N_ELEMENTS (events), 1, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (index);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/timeline-index/same-as-layout", test_same_as_layout);
  g_test_add_func ("/charts/timeline-index/filter", test_filter);
  g_test_add_func ("/charts/timeline-index/buckets-follow-days", test_buckets_follow_days);
  g_test_add_func ("/charts/timeline-index/refuses-unsorted", test_refuses_unsorted);

  return g_test_run ();
}
