/* hearth-chart-day.c
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

#include "hearth-chart-day.h"

/* GDate counts Julian days from 0001-01-01 as day 1. */
#define GDATE_JULIAN_OF_EPOCH 719163

/* Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar;
 * the conversions below count from a year that starts in March, so that
 * the leap day falls at the end of each year. */
#define DAYS_FROM_MARCH_0000_TO_EPOCH 719468

/* The two conversions are Howard Hinnant's branch-light civil calendar
 * algorithms ("chrono-Compatible Low-Level Date Algorithms"): pure integer
 * arithmetic, exact over the whole GDate range, and fast enough to run
 * once per tick or per event without a lookup table. */
static gint32
convert_civil_to_days (int year,
                       int month,
                       int day_of_month)
{
  int era, year_of_era, day_of_year, day_of_era;

  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  year_of_era = year - era * 400;
  day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day_of_month - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return era * 146097 + day_of_era - DAYS_FROM_MARCH_0000_TO_EPOCH;
}

static void
convert_days_to_civil (gint32  day,
                       int    *year,
                       int    *month,
                       int    *day_of_month)
{
  int z, era, day_of_era, year_of_era, day_of_year, month_from_march;

  z = day + DAYS_FROM_MARCH_0000_TO_EPOCH;
  era = (z >= 0 ? z : z - 146096) / 146097;
  day_of_era = z - era * 146097;
  year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524
                 - day_of_era / 146096) / 365;
  day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  month_from_march = (5 * day_of_year + 2) / 153;

  *day_of_month = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  *month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  *year = year_of_era + era * 400 + (*month <= 2);
}

/**
 * hearth_chart_day_from_ymd:
 * @year: the year, 1 to 9999
 * @month: the month, 1 (January) to 12
 * @day_of_month: the day of the month, 1 to 31
 *
 * Converts a calendar date to a day number (days since 1970-01-01).
 *
 * Returns: the day number, or %HEARTH_CHART_DAY_NONE if the date does not
 *   exist (a programmer error, reported as a critical)
 */
gint32
hearth_chart_day_from_ymd (int year,
                           int month,
                           int day_of_month)
{
  g_return_val_if_fail (year >= 1 && year <= 9999, HEARTH_CHART_DAY_NONE);
  g_return_val_if_fail (month >= 1 && month <= 12, HEARTH_CHART_DAY_NONE);
  g_return_val_if_fail (day_of_month >= 1
                        && day_of_month <= g_date_get_days_in_month (month, year),
                        HEARTH_CHART_DAY_NONE);

  return convert_civil_to_days (year, month, day_of_month);
}

/**
 * hearth_chart_day_to_ymd:
 * @day: a valid day number
 * @year: (out) (optional): the year
 * @month: (out) (optional): the month, 1 to 12
 * @day_of_month: (out) (optional): the day of the month, 1 to 31
 *
 * Converts a day number back to its calendar date.
 */
void
hearth_chart_day_to_ymd (gint32  day,
                         int    *year,
                         int    *month,
                         int    *day_of_month)
{
  int y = 0, m = 0, d = 0;

  g_return_if_fail (hearth_chart_day_is_valid (day));

  convert_days_to_civil (day, &y, &m, &d);

  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  if (day_of_month != NULL)
    *day_of_month = d;
}

/**
 * hearth_chart_day_from_date:
 * @date: a valid #GDate
 *
 * Returns: the day number of @date, or %HEARTH_CHART_DAY_NONE if @date is
 *   not valid (a programmer error, reported as a critical)
 */
gint32
hearth_chart_day_from_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL, HEARTH_CHART_DAY_NONE);
  g_return_val_if_fail (g_date_valid (date), HEARTH_CHART_DAY_NONE);

  return (gint32) g_date_get_julian (date) - GDATE_JULIAN_OF_EPOCH;
}

/**
 * hearth_chart_day_to_date:
 * @day: a valid day number
 * @date: (out caller-allocates): the #GDate to set
 *
 * Sets @date to the calendar date of @day.
 */
void
hearth_chart_day_to_date (gint32  day,
                          GDate  *date)
{
  g_return_if_fail (date != NULL);
  g_return_if_fail (hearth_chart_day_is_valid (day));

  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) (day + GDATE_JULIAN_OF_EPOCH));
}

/**
 * hearth_chart_day_get_weekday:
 * @day: a day number
 *
 * Returns: the day of the week of @day, numbered like #GDateWeekday:
 *   1 for Monday to 7 for Sunday
 */
int
hearth_chart_day_get_weekday (gint32 day)
{
  /* 1970-01-01 was a Thursday. The double modulo keeps negative days
   * (before 1970) in range. */
  return ((day % 7 + 7 + 3) % 7) + 1;
}

/**
 * hearth_chart_day_is_valid:
 * @day: a day number
 *
 * Returns: %TRUE if @day lies between 0001-01-01 and 9999-12-31
 */
gboolean
hearth_chart_day_is_valid (gint32 day)
{
  return day >= HEARTH_CHART_DAY_MIN && day <= HEARTH_CHART_DAY_MAX;
}
