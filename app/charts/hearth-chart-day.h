/* hearth-chart-day.h
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

G_BEGIN_DECLS

/*
 * Charts speak of calendar days as a day number: the count of days since
 * 1970-01-01 (proleptic Gregorian calendar), so 1970-01-01 is 0, 1969-12-31
 * is -1 and 2000-01-01 is 10957. A day number is a plain gint32, cheap to
 * store in arrays of a million events and to compare; fractional values
 * (a double) name a moment within a day, 10957.5 being noon on 2000-01-01.
 *
 * Valid day numbers cover the years 1 to 9999, the range of GDate.
 */
#define HEARTH_CHART_DAY_MIN  (-719162)   /* 0001-01-01 */
#define HEARTH_CHART_DAY_MAX  (2932896)   /* 9999-12-31 */
#define HEARTH_CHART_DAY_NONE G_MININT32  /* "no day", outside the valid range */

gint32   hearth_chart_day_from_ymd     (int          year,
                                        int          month,
                                        int          day_of_month);
void     hearth_chart_day_to_ymd       (gint32       day,
                                        int         *year,
                                        int         *month,
                                        int         *day_of_month);
gint32   hearth_chart_day_from_date    (const GDate *date);
void     hearth_chart_day_to_date      (gint32       day,
                                        GDate       *date);
int      hearth_chart_day_get_weekday  (gint32       day);
gboolean hearth_chart_day_is_valid     (gint32       day);

G_END_DECLS
