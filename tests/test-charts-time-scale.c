/* test-charts-time-scale.c
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

#include "charts/hearth-time-scale.h"

#define EPSILON 1e-6

static gint32
ymd (int year,
     int month,
     int day_of_month)
{
  return hearth_chart_day_from_ymd (year, month, day_of_month);
}

/* --- mapping ---------------------------------------------------------- */

static void
test_time_scale_map (void)
{
  const struct
  {
    double from, to, x0, x1;
    double day;
    double x;
  } cases[] = {
    { 0, 100, 0, 1000, 0, 0 },
    { 0, 100, 0, 1000, 100, 1000 },
    { 0, 100, 0, 1000, 50, 500 },
    { 0, 100, 0, 1000, 12.5, 125 },
    { 0, 100, 0, 1000, -10, -100 },
    { 0, 100, 0, 1000, 150, 1500 },
    { 20000, 20010, 40, 240, 20005, 140 },
    { 20000.5, 20010.5, 40, 240, 20005, 130 },
    { -365, 365, -100, 100, 0, 0 },
    { -365, 365, -100, 100, 73, 20 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthTimeScale scale;

      g_test_message ("case %u", i);
      hearth_time_scale_init (&scale, cases[i].from, cases[i].to, cases[i].x0, cases[i].x1);

      g_assert_cmpfloat_with_epsilon (hearth_time_scale_day_to_x (&scale, cases[i].day),
                                      cases[i].x, EPSILON);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_x_to_day (&scale, cases[i].x),
                                      cases[i].day, EPSILON);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_get_span (&scale),
                                      cases[i].to - cases[i].from, EPSILON);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_get_width (&scale),
                                      cases[i].x1 - cases[i].x0, EPSILON);
    }
}

static void
test_time_scale_round_trip (void)
{
  for (guint i = 0; i < 2000; i++)
    {
      HearthTimeScale scale;
      double from = g_test_rand_double_range (-20000, 30000);
      double span = g_test_rand_double_range (1, 40000);
      double x0 = g_test_rand_double_range (-500, 500);
      double width = g_test_rand_double_range (10, 4000);
      double day = g_test_rand_double_range (from - span, from + 2 * span);
      double x = g_test_rand_double_range (x0 - width, x0 + 2 * width);

      hearth_time_scale_init (&scale, from, from + span, x0, x0 + width);

      g_assert_cmpfloat_with_epsilon (hearth_time_scale_x_to_day (&scale,
                                        hearth_time_scale_day_to_x (&scale, day)),
                                      day, 1e-6 * span);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_day_to_x (&scale,
                                        hearth_time_scale_x_to_day (&scale, x)),
                                      x, 1e-6 * width);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_get_pixels_per_day (&scale),
                                      width / span, 1e-9);
    }
}

/* --- zoom and pan ----------------------------------------------------- */

static void
test_time_scale_zoom_keeps_anchor (void)
{
  const struct
  {
    double anchor_x;
    double factor;
  } cases[] = {
    { 0, 2 },
    { 1000, 2 },
    { 500, 2 },
    { 250, 0.5 },
    { 731, 1.25 },
    { 90, 0.8 },
    { -200, 2 },
    { 1300, 0.5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthTimeScale scale;
      double day_before, span_before;

      g_test_message ("case %u", i);
      hearth_time_scale_init (&scale, ymd (2020, 1, 1), ymd (2021, 1, 1), 0, 1000);
      day_before = hearth_time_scale_x_to_day (&scale, cases[i].anchor_x);
      span_before = hearth_time_scale_get_span (&scale);

      g_assert_true (hearth_time_scale_zoom (&scale, cases[i].anchor_x, cases[i].factor));

      g_assert_cmpfloat_with_epsilon (hearth_time_scale_x_to_day (&scale, cases[i].anchor_x),
                                      day_before, EPSILON);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_get_span (&scale),
                                      span_before / cases[i].factor, EPSILON);
      g_assert_cmpfloat (scale.x0, ==, 0);
      g_assert_cmpfloat (scale.x1, ==, 1000);
    }
}

static void
test_time_scale_zoom_clamps_span (void)
{
  const struct
  {
    double   span;
    double   factor;
    double   expected_span;
    gboolean changed;
  } cases[] = {
    /* Far in stops at a week, far out at a century. */
    { 365, 1000, HEARTH_TIME_SCALE_MIN_SPAN_DAYS, TRUE },
    { 365, 0.0001, HEARTH_TIME_SCALE_MAX_SPAN_DAYS, TRUE },
    { 14, 2, 7, TRUE },
    { 14, 4, 7, TRUE },
    { 20000, 0.5, HEARTH_TIME_SCALE_MAX_SPAN_DAYS, TRUE },
    /* At a limit, pushing further changes nothing. */
    { 7, 2, 7, FALSE },
    { 36525, 0.5, 36525, FALSE },
    { 7, 1, 7, FALSE },
    /* A span set outside the limits never moves further out, and never
     * jumps back inside when zooming the other way. */
    { 3, 2, 3, FALSE },
    { 3, 0.5, 6, TRUE },
    { 50000, 0.5, 50000, FALSE },
    { 50000, 2, 25000, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthTimeScale scale;
      double centre = ymd (2024, 6, 1);
      double anchor_day;

      g_test_message ("case %u", i);
      hearth_time_scale_init (&scale, centre - cases[i].span / 2, centre + cases[i].span / 2,
                              0, 800);
      anchor_day = hearth_time_scale_x_to_day (&scale, 400);

      g_assert_cmpint (hearth_time_scale_zoom (&scale, 400, cases[i].factor), ==,
                       cases[i].changed);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_get_span (&scale),
                                      cases[i].expected_span, EPSILON);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_x_to_day (&scale, 400),
                                      anchor_day, EPSILON);
    }
}

static void
test_time_scale_zoom_stays_in_calendar (void)
{
  HearthTimeScale scale;

  /* Zooming out near the first valid day shifts the window rather than
   * reaching before year 1. */
  hearth_time_scale_init (&scale, HEARTH_CHART_DAY_MIN, HEARTH_CHART_DAY_MIN + 365, 0, 1000);
  g_assert_true (hearth_time_scale_zoom (&scale, 500, 0.01));
  g_assert_cmpfloat (scale.from, ==, HEARTH_CHART_DAY_MIN);
  g_assert_cmpfloat_with_epsilon (hearth_time_scale_get_span (&scale), 36500, EPSILON);

  hearth_time_scale_init (&scale, HEARTH_CHART_DAY_MAX - 364, HEARTH_CHART_DAY_MAX + 1, 0, 1000);
  g_assert_true (hearth_time_scale_zoom (&scale, 500, 0.01));
  g_assert_cmpfloat (scale.to, ==, HEARTH_CHART_DAY_MAX + 1);
  g_assert_cmpfloat_with_epsilon (hearth_time_scale_get_span (&scale), 36500, EPSILON);
}

static void
test_time_scale_pan (void)
{
  const struct
  {
    double from, to, x0, x1;
    double dx;
    double expected_from;
    gboolean changed;
  } cases[] = {
    /* Ten pixels a day: dragging right by 100 px shows ten earlier days. */
    { 1000, 1100, 0, 1000, 100, 990, TRUE },
    { 1000, 1100, 0, 1000, -100, 1010, TRUE },
    { 1000, 1100, 0, 1000, 5, 999.5, TRUE },
    { 1000, 1100, 0, 1000, 0, 1000, FALSE },
    { 1000, 1100, 50, 250, 100, 950, TRUE },
    /* The window stops at both ends of the calendar. */
    { HEARTH_CHART_DAY_MIN + 5, HEARTH_CHART_DAY_MIN + 105, 0, 1000, 100,
      HEARTH_CHART_DAY_MIN, TRUE },
    { HEARTH_CHART_DAY_MIN, HEARTH_CHART_DAY_MIN + 100, 0, 1000, 100,
      HEARTH_CHART_DAY_MIN, FALSE },
    { HEARTH_CHART_DAY_MAX - 99, HEARTH_CHART_DAY_MAX + 1, 0, 1000, -100,
      HEARTH_CHART_DAY_MAX - 99, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthTimeScale scale;
      double span;

      g_test_message ("case %u", i);
      hearth_time_scale_init (&scale, cases[i].from, cases[i].to, cases[i].x0, cases[i].x1);
      span = hearth_time_scale_get_span (&scale);

      g_assert_cmpint (hearth_time_scale_pan (&scale, cases[i].dx), ==, cases[i].changed);
      g_assert_cmpfloat_with_epsilon (scale.from, cases[i].expected_from, EPSILON);
      g_assert_cmpfloat_with_epsilon (hearth_time_scale_get_span (&scale), span, EPSILON);
    }
}

static void
test_time_scale_pan_follows_pointer (void)
{
  /* A drag is a series of pans; the day first under the pointer stays
   * under it. */
  for (guint i = 0; i < 200; i++)
    {
      HearthTimeScale scale;
      double start_x = g_test_rand_double_range (0, 1000);
      double grabbed_day, x = start_x;

      hearth_time_scale_init (&scale, ymd (2010, 1, 1), ymd (2010, 1, 1) + g_test_rand_double_range (7, 30000),
                              0, 1000);
      grabbed_day = hearth_time_scale_x_to_day (&scale, start_x);

      for (guint step = 0; step < 10; step++)
        {
          double dx = g_test_rand_double_range (-50, 50);

          hearth_time_scale_pan (&scale, dx);
          x += dx;
        }

      g_assert_cmpfloat_with_epsilon (hearth_time_scale_x_to_day (&scale, x), grabbed_day, 1e-6);
    }
}

/* --- ticks ------------------------------------------------------------ */

static void
test_time_scale_choose_unit (void)
{
  const struct
  {
    double         span;
    double         width;
    double         min_spacing;
    HearthTimeUnit unit;
    guint          step;
  } cases[] = {
    { 7, 1000, 60, HEARTH_TIME_UNIT_DAY, 1 },
    { 14, 1000, 60, HEARTH_TIME_UNIT_DAY, 1 },
    { 30, 1000, 60, HEARTH_TIME_UNIT_WEEK, 1 },
    { 90, 1000, 60, HEARTH_TIME_UNIT_WEEK, 1 },
    { 365, 1000, 60, HEARTH_TIME_UNIT_MONTH, 1 },
    { 1096, 1000, 60, HEARTH_TIME_UNIT_QUARTER, 1 },
    { 3650, 1000, 60, HEARTH_TIME_UNIT_YEAR, 1 },
    { 3650, 300, 60, HEARTH_TIME_UNIT_YEAR, 2 },
    { 36525, 1000, 60, HEARTH_TIME_UNIT_YEAR, 10 },
    { 36525, 400, 60, HEARTH_TIME_UNIT_YEAR, 20 },
    { 36525, 100, 60, HEARTH_TIME_UNIT_YEAR, 100 },
    /* Too narrow even for a century: the coarsest step. */
    { 36525, 10, 60, HEARTH_TIME_UNIT_YEAR, 100 },
    /* The same window, asked for wider spacing, coarsens. */
    { 14, 1000, 80, HEARTH_TIME_UNIT_WEEK, 1 },
    { 365, 1000, 8, HEARTH_TIME_UNIT_WEEK, 1 },
    { 365, 1000, 2, HEARTH_TIME_UNIT_DAY, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HearthTimeScale scale;
      HearthTimeUnit unit;
      guint step;

      g_test_message ("case %u", i);
      hearth_time_scale_init (&scale, 20000, 20000 + cases[i].span, 0, cases[i].width);
      hearth_time_scale_choose_unit (&scale, cases[i].min_spacing, &unit, &step);

      g_assert_cmpint (unit, ==, cases[i].unit);
      g_assert_cmpuint (step, ==, cases[i].step);
    }
}

static gboolean
is_boundary (gint32         day,
             HearthTimeUnit unit,
             guint          step)
{
  int year, month, day_of_month;

  hearth_chart_day_to_ymd (day, &year, &month, &day_of_month);

  switch (unit)
    {
    case HEARTH_TIME_UNIT_DAY:
      return TRUE;
    case HEARTH_TIME_UNIT_WEEK:
      return hearth_chart_day_get_weekday (day) == G_DATE_MONDAY;
    case HEARTH_TIME_UNIT_MONTH:
      return day_of_month == 1;
    case HEARTH_TIME_UNIT_QUARTER:
      return day_of_month == 1 && (month - 1) % 3 == 0;
    case HEARTH_TIME_UNIT_YEAR:
      return day_of_month == 1 && month == 1 && year % (int) step == 0;
    default:
      g_assert_not_reached ();
    }
}

/* Checks every rule of a tick array against the window it came from. */
static void
check_ticks (const HearthTimeScale *scale,
             double                 min_spacing)
{
  g_autoptr(GArray) ticks = NULL;
  HearthTimeUnit unit, chosen_unit;
  guint step, chosen_step;
  guint boundaries = 0;

  ticks = hearth_time_scale_ticks (scale, min_spacing, &unit, &step);
  hearth_time_scale_choose_unit (scale, min_spacing, &chosen_unit, &chosen_step);
  g_assert_cmpint (unit, ==, chosen_unit);
  g_assert_cmpuint (step, ==, chosen_step);

  for (guint i = 0; i < ticks->len; i++)
    {
      const HearthTimeTick *tick = &g_array_index (ticks, HearthTimeTick, i);

      g_assert_cmpfloat (tick->day, >=, scale->from);
      g_assert_cmpfloat (tick->day, <=, scale->to);
      g_assert_cmpfloat_with_epsilon (tick->x, hearth_time_scale_day_to_x (scale, tick->day),
                                      EPSILON);
      g_assert_true (is_boundary (tick->day, unit, step));
      g_assert_nonnull (tick->label);
      g_assert_cmpstr (tick->label, !=, "");

      if (i > 0)
        {
          const HearthTimeTick *previous = &g_array_index (ticks, HearthTimeTick, i - 1);

          g_assert_cmpint (tick->day, >, previous->day);
          /* The coarsest step is the one exception, when even a century
           * is narrower than the spacing asked for. */
          if (!(unit == HEARTH_TIME_UNIT_YEAR && step == 100))
            g_assert_cmpfloat (tick->x - previous->x, >=, min_spacing - EPSILON);
        }
    }

  /* No boundary inside the window (and the calendar) is skipped. */
  for (gint32 day = (gint32) MAX (ceil (scale->from), HEARTH_CHART_DAY_MIN);
       day <= (gint32) MIN (floor (scale->to), HEARTH_CHART_DAY_MAX);
       day++)
    boundaries += is_boundary (day, unit, step);
  g_assert_cmpuint (ticks->len, ==, boundaries);
}

static void
test_time_scale_ticks_random (void)
{
  for (guint i = 0; i < 300; i++)
    {
      HearthTimeScale scale;
      double span = exp (g_test_rand_double_range (log (HEARTH_TIME_SCALE_MIN_SPAN_DAYS),
                                                   log (HEARTH_TIME_SCALE_MAX_SPAN_DAYS)));
      double from = g_test_rand_double_range (ymd (1900, 1, 1), ymd (2100, 1, 1));
      double width = g_test_rand_double_range (50, 3000);
      double min_spacing = g_test_rand_double_range (10, 150);

      hearth_time_scale_init (&scale, from, from + span, 0, width);
      check_ticks (&scale, min_spacing);
    }
}

static void
test_time_scale_ticks_at_calendar_ends (void)
{
  HearthTimeScale scale;

  hearth_time_scale_init (&scale, HEARTH_CHART_DAY_MIN - 100, HEARTH_CHART_DAY_MIN + 100, 0, 2000);
  check_ticks (&scale, 40);
  hearth_time_scale_init (&scale, HEARTH_CHART_DAY_MAX - 100, HEARTH_CHART_DAY_MAX + 100, 0, 2000);
  check_ticks (&scale, 40);
  hearth_time_scale_init (&scale, HEARTH_CHART_DAY_MAX - 5000, HEARTH_CHART_DAY_MAX + 5000, 0, 2000);
  check_ticks (&scale, 40);
}

typedef struct
{
  const char *label;
  gboolean    major;
} ExpectedTick;

static void
test_time_scale_ticks_table (void)
{
  const struct
  {
    gint32         from;
    gint32         to;
    double         width;
    double         min_spacing;
    HearthTimeUnit unit;
    ExpectedTick   ticks[16];
  } cases[] = {
    { ymd (2025, 3, 10), ymd (2025, 3, 17), 800, 60, HEARTH_TIME_UNIT_DAY,
      { { "10 Mar", FALSE }, { "11 Mar", FALSE }, { "12 Mar", FALSE }, { "13 Mar", FALSE },
        { "14 Mar", FALSE }, { "15 Mar", FALSE }, { "16 Mar", FALSE }, { "17 Mar", FALSE } } },
    /* A new month is major; 2024 is a leap year. */
    { ymd (2024, 2, 27), ymd (2024, 3, 2), 500, 60, HEARTH_TIME_UNIT_DAY,
      { { "27 Feb", FALSE }, { "28 Feb", FALSE }, { "29 Feb", FALSE }, { "1 Mar", TRUE },
        { "2 Mar", FALSE } } },
    /* Mondays; the first Monday of a month is major. */
    { ymd (2025, 2, 20), ymd (2025, 3, 20), 800, 60, HEARTH_TIME_UNIT_WEEK,
      { { "24 Feb", FALSE }, { "3 Mar", TRUE }, { "10 Mar", FALSE }, { "17 Mar", FALSE } } },
    { ymd (2025, 1, 1), ymd (2025, 12, 31), 1000, 60, HEARTH_TIME_UNIT_MONTH,
      { { "Jan 2025", TRUE }, { "Feb 2025", FALSE }, { "Mar 2025", FALSE }, { "Apr 2025", FALSE },
        { "May 2025", FALSE }, { "Jun 2025", FALSE }, { "Jul 2025", FALSE }, { "Aug 2025", FALSE },
        { "Sep 2025", FALSE }, { "Oct 2025", FALSE }, { "Nov 2025", FALSE }, { "Dec 2025", FALSE } } },
    { ymd (2023, 11, 15), ymd (2025, 2, 1), 400, 40, HEARTH_TIME_UNIT_QUARTER,
      { { "Jan 2024", TRUE }, { "Apr 2024", FALSE }, { "Jul 2024", FALSE }, { "Oct 2024", FALSE },
        { "Jan 2025", TRUE } } },
    { ymd (2016, 6, 1), ymd (2026, 6, 1), 1000, 60, HEARTH_TIME_UNIT_YEAR,
      { { "2017", FALSE }, { "2018", FALSE }, { "2019", FALSE }, { "2020", TRUE },
        { "2021", FALSE }, { "2022", FALSE }, { "2023", FALSE }, { "2024", FALSE },
        { "2025", TRUE }, { "2026", FALSE } } },
    { ymd (1925, 1, 1), ymd (2025, 1, 1), 1000, 60, HEARTH_TIME_UNIT_YEAR,
      { { "1930", FALSE }, { "1940", FALSE }, { "1950", TRUE }, { "1960", FALSE },
        { "1970", FALSE }, { "1980", FALSE }, { "1990", FALSE }, { "2000", TRUE },
        { "2010", FALSE }, { "2020", FALSE } } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) ticks = NULL;
      HearthTimeScale scale;
      HearthTimeUnit unit;
      guint n_expected = 0;

      g_test_message ("case %u", i);
      hearth_time_scale_init (&scale, cases[i].from, cases[i].to, 0, cases[i].width);
      ticks = hearth_time_scale_ticks (&scale, cases[i].min_spacing, &unit, NULL);
      g_assert_cmpint (unit, ==, cases[i].unit);

      while (n_expected < G_N_ELEMENTS (cases[i].ticks) && cases[i].ticks[n_expected].label != NULL)
        n_expected++;
      g_assert_cmpuint (ticks->len, ==, n_expected);

      for (guint j = 0; j < n_expected; j++)
        {
          const HearthTimeTick *tick = &g_array_index (ticks, HearthTimeTick, j);

          g_assert_cmpstr (tick->label, ==, cases[i].ticks[j].label);
          g_assert_cmpint (tick->major, ==, cases[i].ticks[j].major);
        }
    }
}

static void
test_time_scale_format_day (void)
{
  const struct
  {
    gint32         day;
    HearthTimeUnit unit;
    const char    *label;
  } cases[] = {
    { 20161, HEARTH_TIME_UNIT_DAY, "14 Mar" },
    { 20161, HEARTH_TIME_UNIT_WEEK, "14 Mar" },
    { 20161, HEARTH_TIME_UNIT_MONTH, "Mar 2025" },
    { 20161, HEARTH_TIME_UNIT_QUARTER, "Mar 2025" },
    { 20161, HEARTH_TIME_UNIT_YEAR, "2025" },
    { 0, HEARTH_TIME_UNIT_DAY, "1 Jan" },
    { -1, HEARTH_TIME_UNIT_MONTH, "Dec 1969" },
    { 11016, HEARTH_TIME_UNIT_DAY, "29 Feb" },
    { HEARTH_CHART_DAY_MIN, HEARTH_TIME_UNIT_YEAR, "1" },
    { HEARTH_CHART_DAY_MAX, HEARTH_TIME_UNIT_MONTH, "Dec 9999" },
  };
  const char *months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = hearth_time_scale_format_day (cases[i].day, cases[i].unit);

      g_assert_cmpstr (label, ==, cases[i].label);
    }

  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *label = hearth_time_scale_format_day (ymd (2025, month, 1),
                                                             HEARTH_TIME_UNIT_MONTH);
      g_autofree char *expected = g_strdup_printf ("%s 2025", months[month - 1]);

      g_assert_cmpstr (label, ==, expected);
    }
}

/* --- the value type --------------------------------------------------- */

static void
test_time_scale_boxed (void)
{
  g_autoptr(HearthTimeScale) scale = hearth_time_scale_new (100, 200, 10, 110);
  g_autoptr(HearthTimeScale) copy = NULL;
  HearthTimeScale *boxed;

  g_assert_nonnull (scale);
  g_assert_true (G_TYPE_IS_BOXED (HEARTH_TYPE_TIME_SCALE));

  copy = hearth_time_scale_copy (scale);
  g_assert_cmpmem (copy, sizeof *copy, scale, sizeof *scale);

  boxed = g_boxed_copy (HEARTH_TYPE_TIME_SCALE, scale);
  g_assert_true (boxed != scale);
  g_assert_cmpfloat (hearth_time_scale_day_to_x (boxed, 150), ==, 60);
  g_boxed_free (HEARTH_TYPE_TIME_SCALE, boxed);

  /* A copy is independent of its original. */
  hearth_time_scale_pan (copy, 10);
  g_assert_cmpfloat (scale->from, ==, 100);
  g_assert_cmpfloat (copy->from, ==, 90);
}

static void
test_time_scale_refuses_bad_arguments (void)
{
  HearthTimeScale scale;

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_time_scale_new (200, 100, 0, 100));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_time_scale_new (100, 200, 50, 50));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_time_scale_new (NAN, 200, 0, 100));
  g_test_assert_expected_messages ();

  hearth_time_scale_init (&scale, 0, 100, 0, 100);

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_false (hearth_time_scale_zoom (&scale, 50, 0));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_false (hearth_time_scale_zoom (&scale, 50, -2));
  g_test_assert_expected_messages ();

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  g_assert_null (hearth_time_scale_ticks (&scale, 0, NULL, NULL));
  g_test_assert_expected_messages ();

  /* The refusals left the scale as it was. */
  g_assert_cmpfloat (scale.from, ==, 0);
  g_assert_cmpfloat (scale.to, ==, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/time-scale/map", test_time_scale_map);
  g_test_add_func ("/charts/time-scale/round-trip", test_time_scale_round_trip);
  g_test_add_func ("/charts/time-scale/zoom-keeps-anchor", test_time_scale_zoom_keeps_anchor);
  g_test_add_func ("/charts/time-scale/zoom-clamps-span", test_time_scale_zoom_clamps_span);
  g_test_add_func ("/charts/time-scale/zoom-stays-in-calendar", test_time_scale_zoom_stays_in_calendar);
  g_test_add_func ("/charts/time-scale/pan", test_time_scale_pan);
  g_test_add_func ("/charts/time-scale/pan-follows-pointer", test_time_scale_pan_follows_pointer);
  g_test_add_func ("/charts/time-scale/choose-unit", test_time_scale_choose_unit);
  g_test_add_func ("/charts/time-scale/ticks-random", test_time_scale_ticks_random);
  g_test_add_func ("/charts/time-scale/ticks-at-calendar-ends", test_time_scale_ticks_at_calendar_ends);
  g_test_add_func ("/charts/time-scale/ticks-table", test_time_scale_ticks_table);
  g_test_add_func ("/charts/time-scale/format-day", test_time_scale_format_day);
  g_test_add_func ("/charts/time-scale/boxed", test_time_scale_boxed);
  g_test_add_func ("/charts/time-scale/refuses-bad-arguments", test_time_scale_refuses_bad_arguments);

  return g_test_run ();
}
