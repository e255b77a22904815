/* test-charts-day.c
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

#include "charts/hearth-chart-day.h"

typedef struct
{
  int    year;
  int    month;
  int    day_of_month;
  gint32 day;
  int    weekday;
} DayCase;

/* Known dates (checked against Python's datetime module): the epoch, leap
 * days, century years and both ends of the range. */
static const DayCase day_cases[] = {
  { 1970, 1, 1, 0, G_DATE_THURSDAY },
  { 1969, 12, 31, -1, G_DATE_WEDNESDAY },
  { 1970, 1, 8, 7, G_DATE_THURSDAY },
  { 2000, 1, 1, 10957, G_DATE_SATURDAY },
  { 2000, 2, 29, 11016, G_DATE_TUESDAY },
  { 2000, 3, 1, 11017, G_DATE_WEDNESDAY },
  { 1900, 3, 1, -25508, G_DATE_THURSDAY },
  { 2025, 3, 14, 20161, G_DATE_FRIDAY },
  { 2100, 2, 28, 47540, G_DATE_SUNDAY },
  { 1, 1, 1, HEARTH_CHART_DAY_MIN, G_DATE_MONDAY },
  { 9999, 12, 31, HEARTH_CHART_DAY_MAX, G_DATE_FRIDAY },
};

static void
test_day_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (day_cases); i++)
    {
      const DayCase *c = &day_cases[i];
      int year, month, day_of_month;

      g_test_message ("case %u: %04d-%02d-%02d", i, c->year, c->month, c->day_of_month);

      g_assert_cmpint (hearth_chart_day_from_ymd (c->year, c->month, c->day_of_month), ==, c->day);

      hearth_chart_day_to_ymd (c->day, &year, &month, &day_of_month);
      g_assert_cmpint (year, ==, c->year);
      g_assert_cmpint (month, ==, c->month);
      g_assert_cmpint (day_of_month, ==, c->day_of_month);

      g_assert_cmpint (hearth_chart_day_get_weekday (c->day), ==, c->weekday);
      g_assert_true (hearth_chart_day_is_valid (c->day));
    }
}

/* Walks every valid day and compares with GDate, an independent
 * implementation of the same calendar. */
static void
test_day_every_day_matches_gdate (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1);

  for (gint32 day = HEARTH_CHART_DAY_MIN; day <= HEARTH_CHART_DAY_MAX; day++)
    {
      int year, month, day_of_month;
      GDate back;

      hearth_chart_day_to_ymd (day, &year, &month, &day_of_month);
      if (year != g_date_get_year (&date)
          || month != (int) g_date_get_month (&date)
          || day_of_month != g_date_get_day (&date))
        g_error ("day %d converts to %04d-%02d-%02d", day, year, month, day_of_month);

      if (hearth_chart_day_from_ymd (year, month, day_of_month) != day)
        g_error ("day %d does not round-trip", day);
      if (hearth_chart_day_from_date (&date) != day)
        g_error ("GDate of day %d converts back wrongly", day);
      if (hearth_chart_day_get_weekday (day) != (int) g_date_get_weekday (&date))
        g_error ("day %d has the wrong weekday", day);

      hearth_chart_day_to_date (day, &back);
      if (g_date_compare (&back, &date) != 0)
        g_error ("day %d converts to the wrong GDate", day);

      if (day < HEARTH_CHART_DAY_MAX)
        g_date_add_days (&date, 1);
    }

  g_assert_cmpint (g_date_get_year (&date), ==, 9999);
}

static void
test_day_validity (void)
{
  const struct
  {
    gint32   day;
    gboolean valid;
  } cases[] = {
    { HEARTH_CHART_DAY_MIN - 1, FALSE },
    { HEARTH_CHART_DAY_MIN, TRUE },
    { 0, TRUE },
    { HEARTH_CHART_DAY_MAX, TRUE },
    { HEARTH_CHART_DAY_MAX + 1, FALSE },
    { HEARTH_CHART_DAY_NONE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (hearth_chart_day_is_valid (cases[i].day), ==, cases[i].valid);
}

static void
test_day_refuses_impossible_dates (void)
{
  const struct
  {
    int year;
    int month;
    int day_of_month;
  } cases[] = {
    { 2023, 2, 29 },
    { 2024, 4, 31 },
    { 2024, 13, 1 },
    { 2024, 0, 1 },
    { 0, 1, 1 },
    { 10000, 1, 1 },
    { 2024, 1, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
      g_assert_cmpint (hearth_chart_day_from_ymd (cases[i].year, cases[i].month,
                                                  cases[i].day_of_month),
                       ==, HEARTH_CHART_DAY_NONE);
      g_test_assert_expected_messages ();
    }

  g_test_expect_message ("hearth-charts", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
  hearth_chart_day_to_ymd (HEARTH_CHART_DAY_MAX + 1, NULL, NULL, NULL);
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/day/table", test_day_table);
  g_test_add_func ("/charts/day/every-day-matches-gdate", test_day_every_day_matches_gdate);
  g_test_add_func ("/charts/day/validity", test_day_validity);
  g_test_add_func ("/charts/day/refuses-impossible-dates", test_day_refuses_impossible_dates);

  return g_test_run ();
}
