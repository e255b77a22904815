/* test-charts-timeline-layout.c
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

#include "charts/hearth-timeline-layout.h"

#define EPSILON 1e-9

#define LANE(i) (G_GUINT64_CONSTANT (1) << (i))

static HearthTimelineEvent
make_event (gint32  day,
            guint64 lanes,
            guint8  group,
            guint8  significance,
            guint16 flags)
{
  HearthTimelineEvent event = { day, group, significance, flags, lanes };

  return event;
}

/* The definition of "visible", written out independently of the code
 * under test: the day [d, d + 1) overlaps the window [from, to). */
static gboolean
is_visible (const HearthTimeScale     *scale,
            const HearthTimelineEvent *event)
{
  return event->day + 1.0 > scale->from && event->day < scale->to;
}

static int
compare_events_by_day (gconstpointer a,
                       gconstpointer b)
{
  const HearthTimelineEvent *event_a = a;
  const HearthTimelineEvent *event_b = b;

  return (event_a->day > event_b->day) - (event_a->day < event_b->day);
}

/* Random events sorted by day, over [first_day, first_day + days). */
static HearthTimelineEvent *
random_events (gsize  n_events,
               gint32 first_day,
               gint32 days,
               guint  n_lanes)
{
  HearthTimelineEvent *events = g_new (HearthTimelineEvent, MAX (n_events, 1));

  for (gsize i = 0; i < n_events; i++)
    {
      guint64 lanes = 0;

      /* Mostly one lane, sometimes two or three (siblings together). */
      for (guint k = 0; k < (guint) g_test_rand_int_range (1, 4); k++)
        lanes |= LANE (g_test_rand_int_range (0, n_lanes));

      events[i] = make_event (first_day + g_test_rand_int_range (0, days), lanes,
                              g_test_rand_int_range (0, 6), g_test_rand_int_range (0, 4),
                              g_test_rand_bit () ? HEARTH_TIMELINE_EVENT_ACTION : 0);
    }

  qsort (events, n_events, sizeof *events, compare_events_by_day);

  return events;
}

/* Checks every promise of hearth_timeline_layout_markers() against the
 * events, lane by lane. */
static void
check_markers (const HearthTimelineEvent *events,
               gsize                      n_events,
               guint                      n_lanes,
               const HearthTimeScale     *scale,
               double                     min_distance)
{
  g_autoptr(GArray) markers = NULL;
  g_autofree gsize *visible_in_lane = g_new0 (gsize, n_lanes);
  g_autofree gsize *counted_in_lane = g_new0 (gsize, n_lanes);
  gsize n_visible = 0, expected_visible = 0;

  markers = hearth_timeline_layout_markers (events, n_events, n_lanes, scale, min_distance,
                                            &n_visible);
  g_assert_nonnull (markers);

  for (gsize i = 0; i < n_events; i++)
    {
      if (!is_visible (scale, &events[i]))
        continue;

      expected_visible++;
      for (guint lane = 0; lane < n_lanes; lane++)
        visible_in_lane[lane] += (events[i].lanes & LANE (lane)) != 0;
    }
  g_assert_cmpuint (n_visible, ==, expected_visible);

  for (guint m = 0; m < markers->len; m++)
    {
      const HearthTimelineMarker *marker = &g_array_index (markers, HearthTimelineMarker, m);
      guint64 bit = LANE (marker->lane);
      gsize count = 0;
      guint32 groups = 0;
      guint8 significance = 0;

      g_assert_cmpuint (marker->lane, <, n_lanes);
      g_assert_cmpuint (marker->first, <=, marker->last);
      g_assert_cmpuint (marker->last, <, n_events);
      g_assert_true (events[marker->first].lanes & bit);
      g_assert_true (events[marker->last].lanes & bit);
      g_assert_cmpint (events[marker->first].day, ==, marker->first_day);
      g_assert_cmpint (events[marker->last].day, ==, marker->last_day);
      g_assert_cmpfloat_with_epsilon (marker->x,
                                      hearth_time_scale_day_to_x (scale, marker->first_day + 0.5),
                                      EPSILON);
      g_assert_cmpfloat_with_epsilon (marker->x_end,
                                      hearth_time_scale_day_to_x (scale, marker->last_day + 0.5),
                                      EPSILON);

      /* Everything folded lies within the minimum distance of the first. */
      g_assert_true (marker->x_end - marker->x < min_distance || marker->count == 1);

      for (gsize i = marker->first; i <= marker->last; i++)
        {
          if ((events[i].lanes & bit) == 0)
            continue;

          g_assert_true (is_visible (scale, &events[i]));
          count++;
          groups |= 1u << events[i].group;
          significance = MAX (significance, events[i].significance);
        }

      g_assert_cmpuint (marker->count, ==, count);
      g_assert_cmpuint (marker->groups, ==, groups);
      g_assert_cmpuint (marker->significance, ==, significance);
      if (g_bit_nth_lsf (groups, -1) == g_bit_nth_msf (groups, -1))
        g_assert_cmpuint (marker->group, ==, g_bit_nth_lsf (groups, -1));
      else
        g_assert_cmpuint (marker->group, ==, HEARTH_TIMELINE_GROUP_MIXED);

      counted_in_lane[marker->lane] += marker->count;

      if (m > 0)
        {
          const HearthTimelineMarker *previous = &g_array_index (markers, HearthTimelineMarker,
                                                                 m - 1);

          g_assert_cmpuint (previous->lane, <=, marker->lane);
          if (previous->lane == marker->lane)
            {
              /* Markers in a lane take turns, never sharing an event, and
               * keep the minimum distance. */
              g_assert_cmpuint (previous->last, <, marker->first);
              g_assert_cmpfloat (marker->x - previous->x, >=, min_distance);
            }
        }
    }

  /* The counts add up to the visible events, lane by lane. */
  for (guint lane = 0; lane < n_lanes; lane++)
    g_assert_cmpuint (counted_in_lane[lane], ==, visible_in_lane[lane]);
}

/* --- visible range ---------------------------------------------------- */

static void
test_timeline_visible_range_table (void)
{
  const gint32 days[] = { 0, 1, 1, 2, 5, 10, 10, 11 };
  const struct
  {
    double from;
    double to;
    gsize  first;
    gsize  end;
  } cases[] = {
    { 0, 12, 0, 8 },
    { -5, 100, 0, 8 },
    { 1, 2, 1, 3 },
    { 1.5, 5.5, 1, 5 },
    { 0.999, 1.001, 0, 3 },
    { 10, 10.5, 5, 7 },
    { 3, 5, 4, 4 },
    { 20, 30, 8, 8 },
    { -10, -1, 0, 0 },
    { 11, 12, 7, 8 },
    { 11.9, 12, 7, 8 },
    { 12, 13, 8, 8 },
  };
  HearthTimelineEvent events[G_N_ELEMENTS (days)];

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    events[i] = make_event (days[i], LANE (0), 0, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthTimeScale scale;
      gsize first, end;

      g_test_message ("case %u", i);
      hearth_time_scale_init (&scale, cases[i].from, cases[i].to, 0, 500);
      hearth_timeline_visible_range (events, G_N_ELEMENTS (events), &scale, &first, &end);

      g_assert_cmpuint (first, ==, cases[i].first);
      g_assert_cmpuint (end, ==, cases[i].end);
    }
}

static void
test_timeline_visible_range_random (void)
{
  for (guint round = 0; round < 300; round++)
    {
      gsize n_events = g_test_rand_int_range (0, 400);
      g_autofree HearthTimelineEvent *events = random_events (n_events, 1000, 300, 1);
      HearthTimeScale scale;
      double from = g_test_rand_double_range (900, 1350);
      gsize first, end;

      hearth_time_scale_init (&scale, from, from + g_test_rand_double_range (0.01, 200), 0, 800);
      hearth_timeline_visible_range (events, n_events, &scale, &first, &end);

      g_assert_cmpuint (first, <=, end);
      for (gsize i = 0; i < n_events; i++)
        g_assert_cmpint (is_visible (&scale, &events[i]), ==, i >= first && i < end);
    }
}

/* --- markers ---------------------------------------------------------- */

typedef struct
{
  guint  lane;
  gint32 first_day;
  gint32 last_day;
  gsize  count;
  guint8 group;
  guint8 significance;
} ExpectedMarker;

static void
test_timeline_markers_fold_table (void)
{
  /* One pixel a day: a day's middle is at x = day + 0.5. */
  const HearthTimelineEvent events[] = {
    make_event (0, LANE (0), 1, 0, 0),
    make_event (1, LANE (0), 1, 2, 0),
    make_event (4, LANE (0), 1, 1, 0),
    make_event (5, LANE (0), 2, 0, 0),
    make_event (9, LANE (0), 1, 3, 0),
    make_event (10, LANE (0), 4, 0, 0),
    make_event (20, LANE (0), 1, 1, 0),
    make_event (20, LANE (0), 1, 0, 0),
  };
  const struct
  {
    double         min_distance;
    guint          n_markers;
    ExpectedMarker markers[8];
  } cases[] = {
    /* 4 is less than 5 px after 0 and folds; 5 is not and starts anew. */
    { 5, 4,
      { { 0, 0, 4, 3, 1, 2 }, { 0, 5, 9, 2, HEARTH_TIMELINE_GROUP_MIXED, 3 },
        { 0, 10, 10, 1, 4, 0 }, { 0, 20, 20, 2, 1, 1 } } },
    { 1, 7,
      { { 0, 0, 0, 1, 1, 0 }, { 0, 1, 1, 1, 1, 2 }, { 0, 4, 4, 1, 1, 1 }, { 0, 5, 5, 1, 2, 0 },
        { 0, 9, 9, 1, 1, 3 }, { 0, 10, 10, 1, 4, 0 }, { 0, 20, 20, 2, 1, 1 } } },
    /* Without a minimum distance even a shared day keeps two markers. */
    { 0, 8,
      { { 0, 0, 0, 1, 1, 0 }, { 0, 1, 1, 1, 1, 2 }, { 0, 4, 4, 1, 1, 1 }, { 0, 5, 5, 1, 2, 0 },
        { 0, 9, 9, 1, 1, 3 }, { 0, 10, 10, 1, 4, 0 }, { 0, 20, 20, 1, 1, 1 },
        { 0, 20, 20, 1, 1, 0 } } },
    { 100, 1,
      { { 0, 0, 20, 8, HEARTH_TIMELINE_GROUP_MIXED, 3 } } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) markers = NULL;
      HearthTimeScale scale;

      g_test_message ("case %u", i);
      hearth_time_scale_init (&scale, 0, 100, 0, 100);
      markers = hearth_timeline_layout_markers (events, G_N_ELEMENTS (events), 1, &scale,
                                                cases[i].min_distance, NULL);

      g_assert_cmpuint (markers->len, ==, cases[i].n_markers);
      for (guint m = 0; m < markers->len; m++)
        {
          const HearthTimelineMarker *marker = &g_array_index (markers, HearthTimelineMarker, m);
          const ExpectedMarker *expected = &cases[i].markers[m];

          g_assert_cmpuint (marker->lane, ==, expected->lane);
          g_assert_cmpint (marker->first_day, ==, expected->first_day);
          g_assert_cmpint (marker->last_day, ==, expected->last_day);
          g_assert_cmpuint (marker->count, ==, expected->count);
          g_assert_cmpuint (marker->group, ==, expected->group);
          g_assert_cmpuint (marker->significance, ==, expected->significance);
        }

      check_markers (events, G_N_ELEMENTS (events), 1, &scale, cases[i].min_distance);
    }
}

static void
test_timeline_markers_event_in_two_lanes (void)
{
  /* Lane 0 is the household, lanes 1 to 3 the children. */
  const HearthTimelineEvent events[] = {
    make_event (10, LANE (1) | LANE (3), 2, 1, 0),
    make_event (40, LANE (0), 0, 0, 0),
    make_event (70, LANE (1) | LANE (2) | LANE (3), 3, 2, 0),
  };
  const ExpectedMarker expected[] = {
    { 0, 40, 40, 1, 0, 0 },
    { 1, 10, 10, 1, 2, 1 },
    { 1, 70, 70, 1, 3, 2 },
    { 2, 70, 70, 1, 3, 2 },
    { 3, 10, 10, 1, 2, 1 },
    { 3, 70, 70, 1, 3, 2 },
  };
  g_autoptr(GArray) markers = NULL;
  HearthTimeScale scale;

  hearth_time_scale_init (&scale, 0, 100, 0, 1000);
  markers = hearth_timeline_layout_markers (events, G_N_ELEMENTS (events), 4, &scale, 8, NULL);

  g_assert_cmpuint (markers->len, ==, G_N_ELEMENTS (expected));
  for (guint m = 0; m < markers->len; m++)
    {
      const HearthTimelineMarker *marker = &g_array_index (markers, HearthTimelineMarker, m);

      g_assert_cmpuint (marker->lane, ==, expected[m].lane);
      g_assert_cmpint (marker->first_day, ==, expected[m].first_day);
      g_assert_cmpuint (marker->count, ==, expected[m].count);
      g_assert_cmpuint (marker->group, ==, expected[m].group);
      g_assert_cmpuint (marker->significance, ==, expected[m].significance);
      g_assert_cmpfloat_with_epsilon (marker->x, (expected[m].first_day + 0.5) * 10, EPSILON);
    }

  check_markers (events, G_N_ELEMENTS (events), 4, &scale, 8);
}

static void
test_timeline_markers_cull_off_screen (void)
{
  const HearthTimelineEvent events[] = {
    make_event (-400, LANE (0), 0, 0, 0),
    make_event (99, LANE (0), 0, 0, 0),
    make_event (100, LANE (0), 1, 0, 0),
    make_event (150, LANE (0), 2, 0, 0),
    make_event (199, LANE (0), 3, 0, 0),
    make_event (200, LANE (0), 4, 0, 0),
    make_event (5000, LANE (0), 5, 0, 0),
  };
  g_autoptr(GArray) markers = NULL;
  HearthTimeScale scale;
  gsize n_visible;

  hearth_time_scale_init (&scale, 100, 200, 0, 1000);
  markers = hearth_timeline_layout_markers (events, G_N_ELEMENTS (events), 1, &scale, 5,
                                            &n_visible);

  g_assert_cmpuint (n_visible, ==, 3);
  g_assert_cmpuint (markers->len, ==, 3);
  g_assert_cmpint (g_array_index (markers, HearthTimelineMarker, 0).first_day, ==, 100);
  g_assert_cmpint (g_array_index (markers, HearthTimelineMarker, 1).first_day, ==, 150);
  g_assert_cmpint (g_array_index (markers, HearthTimelineMarker, 2).first_day, ==, 199);
  check_markers (events, G_N_ELEMENTS (events), 1, &scale, 5);

  /* A window between events shows nothing. */
  hearth_time_scale_init (&scale, 201, 4999, 0, 1000);
  g_clear_pointer (&markers, g_array_unref);
  markers = hearth_timeline_layout_markers (events, G_N_ELEMENTS (events), 1, &scale, 5,
                                            &n_visible);
  g_assert_cmpuint (n_visible, ==, 0);
  g_assert_cmpuint (markers->len, ==, 0);

  /* Neither does an empty history. */
  g_clear_pointer (&markers, g_array_unref);
  markers = hearth_timeline_layout_markers (NULL, 0, 1, &scale, 5, &n_visible);
  g_assert_cmpuint (n_visible, ==, 0);
  g_assert_cmpuint (markers->len, ==, 0);
}

static void
test_timeline_markers_ignore_lanes_beyond_count (void)
{
  const HearthTimelineEvent events[] = {
    make_event (10, LANE (5), 0, 0, 0),
    make_event (20, LANE (1) | LANE (63), 0, 0, 0),
  };
  g_autoptr(GArray) markers = NULL;
  HearthTimeScale scale;

  hearth_time_scale_init (&scale, 0, 100, 0, 1000);
  markers = hearth_timeline_layout_markers (events, G_N_ELEMENTS (events), 2, &scale, 5, NULL);

  g_assert_cmpuint (markers->len, ==, 1);
  g_assert_cmpuint (g_array_index (markers, HearthTimelineMarker, 0).lane, ==, 1);

  /* With all 64 lanes, lane 63 shows too. */
  g_clear_pointer (&markers, g_array_unref);
  markers = hearth_timeline_layout_markers (events, G_N_ELEMENTS (events),
                                            HEARTH_TIMELINE_MAX_LANES, &scale, 5, NULL);
  g_assert_cmpuint (markers->len, ==, 3);
  g_assert_cmpuint (g_array_index (markers, HearthTimelineMarker, 2).lane, ==, 63);
}

static void
test_timeline_markers_random (void)
{
  for (guint round = 0; round < 200; round++)
    {
      gsize n_events = g_test_rand_int_range (0, 3000);
      guint n_lanes = g_test_rand_int_range (1, 7);
      g_autofree HearthTimelineEvent *events = random_events (n_events, 18000, 3000, n_lanes);
      HearthTimeScale scale;
      double from = g_test_rand_double_range (17900, 21000);

      hearth_time_scale_init (&scale, from, from + g_test_rand_double_range (7, 3000), 0,
                              g_test_rand_double_range (100, 2000));
      check_markers (events, n_events, n_lanes, &scale, g_test_rand_double_range (0, 30));
    }
}

/* A million events over fifty years: a one-month window reads only that
 * month's events, and a century's window folds them all. */
static void
test_timeline_markers_million_events (void)
{
  const gsize n_events = 1000000;
  const guint n_lanes = 5;
  g_autofree HearthTimelineEvent *events = NULL;
  g_autoptr(GArray) markers = NULL;
  HearthTimeScale scale;
  gint32 start = hearth_chart_day_from_ymd (1990, 1, 1);
  gsize n_visible, in_month = 0;
  gsize total = 0;

  events = random_events (n_events, start, 50 * 365, n_lanes);

  hearth_time_scale_init (&scale, hearth_chart_day_from_ymd (2015, 3, 1),
                          hearth_chart_day_from_ymd (2015, 4, 1), 0, 1200);
  check_markers (events, n_events, n_lanes, &scale, 6);

  markers = hearth_timeline_layout_markers (events, n_events, n_lanes, &scale, 6, &n_visible);
  for (gsize i = 0; i < n_events; i++)
    in_month += is_visible (&scale, &events[i]);
  g_assert_cmpuint (n_visible, ==, in_month);
  g_assert_cmpuint (n_visible, <, n_events / 100);

  /* Markers per lane are bounded by the width, not by the events. */
  g_assert_cmpuint (markers->len, <=, n_lanes * (1200 / 6 + 1));

  hearth_time_scale_init (&scale, start - 10 * 365, start + 90 * 365, 0, 1200);
  check_markers (events, n_events, n_lanes, &scale, 6);

  g_clear_pointer (&markers, g_array_unref);
  markers = hearth_timeline_layout_markers (events, n_events, n_lanes, &scale, 6, &n_visible);
  g_assert_cmpuint (n_visible, ==, n_events);
  g_assert_cmpuint (markers->len, <=, n_lanes * (1200 / 6 + 1));
  for (guint m = 0; m < markers->len; m++)
    total += g_array_index (markers, HearthTimelineMarker, m).count;
  for (gsize i = 0; i < n_events; i++)
    for (guint lane = 0; lane < n_lanes; lane++)
      total -= (events[i].lanes & LANE (lane)) != 0;
  g_assert_cmpuint (total, ==, 0);
}

/* --- periods ---------------------------------------------------------- */

static void
test_timeline_spans_table (void)
{
  const HearthTimelinePeriod periods[] = {
    { 10, 19, LANE (0) },
    { -50, 5, LANE (1) },
    { 90, 150, LANE (0) | LANE (1) },
    { 60, HEARTH_CHART_DAY_NONE, LANE (2) },
    { 200, 300, LANE (0) },
    { 40, 30, LANE (0) },
    { -10, -1, LANE (0) },
    { 100, 100, LANE (1) },
    { 50, 50, LANE (7) },
  };
  const HearthTimelineSpan expected[] = {
    { 0, 0, 100, 200 },
    { 0, 2, 900, 1000 },
    { 1, 1, 0, 60 },
    { 1, 2, 900, 1000 },
    { 2, 3, 600, 1000 },
  };
  g_autoptr(GArray) spans = NULL;
  HearthTimeScale scale;

  hearth_time_scale_init (&scale, 0, 100, 0, 1000);
  spans = hearth_timeline_layout_spans (periods, G_N_ELEMENTS (periods), 3, &scale);

  g_assert_cmpuint (spans->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < spans->len; i++)
    {
      const HearthTimelineSpan *span = &g_array_index (spans, HearthTimelineSpan, i);

      g_test_message ("span %u", i);
      g_assert_cmpuint (span->lane, ==, expected[i].lane);
      g_assert_cmpuint (span->index, ==, expected[i].index);
      g_assert_cmpfloat_with_epsilon (span->x0, expected[i].x0, EPSILON);
      g_assert_cmpfloat_with_epsilon (span->x1, expected[i].x1, EPSILON);
    }
}

/* --- drift ------------------------------------------------------------ */

typedef struct
{
  const char *name;
  guint64     lanes;
  gint32      threshold;
  gint32      until;
  guint       n_gaps;
  gint32      gaps[5][2];
} GapCase;

static void
test_timeline_gaps_table (void)
{
  const guint16 A = HEARTH_TIMELINE_EVENT_ACTION;
  const HearthTimelineEvent events[] = {
    make_event (0, LANE (0), 0, 0, A),
    make_event (10, LANE (1), 0, 0, A),
    make_event (25, LANE (1), 0, 0, 0),
    make_event (40, LANE (2), 0, 0, 0),
    make_event (50, LANE (0), 0, 0, A),
    make_event (51, LANE (0) | LANE (1), 0, 0, A),
    make_event (120, LANE (2), 0, 0, A),
    make_event (200, LANE (1), 0, 0, A),
  };
  const GapCase cases[] = {
    { "between-actions", G_MAXUINT64, 30, HEARTH_CHART_DAY_NONE, 3,
      { { 10, 50 }, { 51, 120 }, { 120, 200 } } },
    { "exactly-the-threshold-is-not-a-gap", G_MAXUINT64, 40, HEARTH_CHART_DAY_NONE, 2,
      { { 51, 120 }, { 120, 200 } } },
    { "one-past-the-threshold-is", G_MAXUINT64, 39, HEARTH_CHART_DAY_NONE, 3,
      { { 10, 50 }, { 51, 120 }, { 120, 200 } } },
    { "up-to-today", G_MAXUINT64, 30, 260, 4,
      { { 10, 50 }, { 51, 120 }, { 120, 200 }, { 200, 260 } } },
    { "today-within-threshold", G_MAXUINT64, 30, 230, 3,
      { { 10, 50 }, { 51, 120 }, { 120, 200 } } },
    { "one-lane", LANE (1), 30, HEARTH_CHART_DAY_NONE, 2,
      { { 10, 51 }, { 51, 200 } } },
    { "household-lane", LANE (0), 30, 100, 2,
      { { 0, 50 }, { 51, 100 } } },
    { "lane-without-actions", LANE (3), 0, 1000, 0, { { 0 } } },
    { "zero-threshold", G_MAXUINT64, 0, HEARTH_CHART_DAY_NONE, 5,
      { { 0, 10 }, { 10, 50 }, { 50, 51 }, { 51, 120 }, { 120, 200 } } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) gaps = NULL;

      g_test_message ("case %s", cases[i].name);
      gaps = hearth_timeline_find_gaps (events, G_N_ELEMENTS (events), cases[i].lanes,
                                        cases[i].threshold, cases[i].until);

      g_assert_cmpuint (gaps->len, ==, cases[i].n_gaps);
      for (guint g = 0; g < gaps->len; g++)
        {
          const HearthDayRange *gap = &g_array_index (gaps, HearthDayRange, g);

          g_assert_cmpint (gap->from, ==, cases[i].gaps[g][0]);
          g_assert_cmpint (gap->to, ==, cases[i].gaps[g][1]);
        }
    }
}

static void
test_timeline_gaps_without_actions (void)
{
  const HearthTimelineEvent events[] = {
    make_event (0, LANE (0), 0, 0, 0),
    make_event (500, LANE (0), 0, 0, 0),
  };
  g_autoptr(GArray) gaps = NULL;
  g_autoptr(GArray) no_events = NULL;

  gaps = hearth_timeline_find_gaps (events, G_N_ELEMENTS (events), G_MAXUINT64, 30, 1000);
  g_assert_cmpuint (gaps->len, ==, 0);

  no_events = hearth_timeline_find_gaps (NULL, 0, G_MAXUINT64, 30, 1000);
  g_assert_cmpuint (no_events->len, ==, 0);
}

/* --- refusals --------------------------------------------------------- */

static void
test_timeline_refuses_bad_arguments (void)
{
  const HearthTimelineEvent unsorted[] = {
    make_event (20, LANE (0), 0, 0, HEARTH_TIMELINE_EVENT_ACTION),
    make_event (10, LANE (0), 0, 0, HEARTH_TIMELINE_EVENT_ACTION),
  };
  const HearthTimelineEvent bad_group[] = {
    make_event (20, LANE (0), HEARTH_TIMELINE_MAX_GROUPS, 0, 0),
  };
  HearthTimeScale scale;

  hearth_time_scale_init (&scale, 0, 100, 0, 1000);

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_timeline_layout_markers (unsorted, 2, 1, &scale, 5, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_timeline_find_gaps (unsorted, 2, G_MAXUINT64, 5, HEARTH_CHART_DAY_NONE));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_timeline_layout_markers (bad_group, 1, 1, &scale, 5, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_timeline_layout_markers (bad_group, 1, 0, &scale, 5, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_timeline_layout_markers (bad_group, 1, 65, &scale, 5, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_timeline_layout_markers (unsorted, 2, 1, &scale, -1, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_timeline_find_gaps (unsorted, 2, G_MAXUINT64, -1, HEARTH_CHART_DAY_NONE));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/timeline-layout/visible-range-table", test_timeline_visible_range_table);
  g_test_add_func ("/charts/timeline-layout/visible-range-random",
                   test_timeline_visible_range_random);
  g_test_add_func ("/charts/timeline-layout/markers-fold-table", test_timeline_markers_fold_table);
  g_test_add_func ("/charts/timeline-layout/markers-event-in-two-lanes",
                   test_timeline_markers_event_in_two_lanes);
  g_test_add_func ("/charts/timeline-layout/markers-cull-off-screen",
                   test_timeline_markers_cull_off_screen);
  g_test_add_func ("/charts/timeline-layout/markers-ignore-lanes-beyond-count",
                   test_timeline_markers_ignore_lanes_beyond_count);
  g_test_add_func ("/charts/timeline-layout/markers-random", test_timeline_markers_random);
  g_test_add_func ("/charts/timeline-layout/markers-million-events",
                   test_timeline_markers_million_events);
  g_test_add_func ("/charts/timeline-layout/spans-table", test_timeline_spans_table);
  g_test_add_func ("/charts/timeline-layout/gaps-table", test_timeline_gaps_table);
  g_test_add_func ("/charts/timeline-layout/gaps-without-actions",
                   test_timeline_gaps_without_actions);
  g_test_add_func ("/charts/timeline-layout/refuses-bad-arguments",
                   test_timeline_refuses_bad_arguments);

  return g_test_run ();
}
