/* test-core-date.c
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

#include <locale.h>

#include "core/hearth-date.h"
#include "core/hearth-entities.h"

static void
test_parse (void)
{
  static const struct
  {
    const char *text;
    gboolean    valid;
    guint       year, month, day;
  } cases[] = {
    { "2024-02-29", TRUE, 2024, 2, 29 },
    { "1900-01-01", TRUE, 1900, 1, 1 },
    { "2000-12-31", TRUE, 2000, 12, 31 },
    { "2023-02-29", FALSE },          /* not a leap year */
    { "1900-02-29", FALSE },          /* 1900 was not a leap year */
    { "1899-12-31", FALSE },          /* before 1900 */
    { "2024-13-01", FALSE },
    { "2024-00-10", FALSE },
    { "2024-04-31", FALSE },
    { "2024-4-01", FALSE },           /* two-digit month required */
    { "24-04-01", FALSE },
    { "2024/04/01", FALSE },
    { "2024-04-01T10:00", FALSE },    /* a date, not a date and time */
    { " 2024-04-01", FALSE },
    { "", FALSE },
    { "２０２４-04-01", FALSE },      /* non-ASCII digits */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;
      gboolean ok;

      g_date_clear (&date, 1);
      ok = hearth_date_parse (cases[i].text, &date, &error);
      g_test_message ("date %s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].valid);

      if (cases[i].valid)
        {
          g_autofree char *formatted = hearth_date_format (&date);

          g_assert_no_error (error);
          g_assert_cmpuint (g_date_get_year (&date), ==, cases[i].year);
          g_assert_cmpuint (g_date_get_month (&date), ==, cases[i].month);
          g_assert_cmpuint (g_date_get_day (&date), ==, cases[i].day);
          g_assert_cmpstr (formatted, ==, cases[i].text);
        }
      else
        g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (hearth_date_validate (NULL, &error));
    g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
  }
}

static void
test_age (void)
{
  static const struct
  {
    const char *born;
    const char *at;
    int         age;
  } cases[] = {
    { "2015-06-15", "2025-06-14", 9 },
    { "2015-06-15", "2025-06-15", 10 },
    { "2015-06-15", "2025-06-16", 10 },
    { "2015-06-15", "2015-06-15", 0 },
    { "2020-02-29", "2021-02-28", 0 },   /* birthday falls on 1 March */
    { "2020-02-29", "2021-03-01", 1 },
    { "2020-02-29", "2024-02-29", 4 },
    { "2010-12-31", "2011-01-01", 0 },
    { "1900-01-01", "2000-01-01", 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      int age = -1;

      g_assert_true (hearth_date_age_at (cases[i].born, cases[i].at, &age, &error));
      g_assert_no_error (error);
      g_assert_cmpint (age, ==, cases[i].age);
    }

  {
    g_autoptr(GError) error = NULL;
    int age = -1;

    g_assert_false (hearth_date_age_at ("2020-05-05", "2020-05-04", &age, &error));
    g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
    g_assert_cmpint (age, ==, -1);
  }
}

static void
test_date_time (void)
{
  static const struct
  {
    const char *text;
    gboolean    valid;
    gint64      unix_seconds;
  } cases[] = {
    { "2025-03-14T10:30:00Z", TRUE, 1741948200 },
    { "2025-03-14T10:30Z", TRUE, 1741948200 },
    { "2025-03-14T11:30:00+01:00", TRUE, 1741948200 },
    { "2025-03-14 10:30:00Z", TRUE, 1741948200 },
    { "1970-01-01T00:00:00Z", TRUE, 0 },
    { "1900-01-01T00:00:00Z", TRUE, G_GINT64_CONSTANT (-2208988800) },
    { "1899-12-31T23:59:59Z", FALSE },
    { "2025-03-14", FALSE },
    { "2025-02-30T10:00Z", FALSE },
    { "2025-03-14T25:00Z", FALSE },
    { "yesterday at noon", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 seconds = 42;
      gboolean ok;

      ok = hearth_date_time_parse (cases[i].text, &seconds, &error);
      g_test_message ("date-time %s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].valid);
      if (cases[i].valid)
        {
          g_assert_no_error (error);
          g_assert_cmpint (seconds, ==, cases[i].unix_seconds);
        }
      else
        {
          g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
          g_assert_cmpint (seconds, ==, 42);
        }
    }

  {
    g_autofree char *iso = hearth_date_time_format_iso (1741948200);

    g_assert_cmpstr (iso, ==, "2025-03-14T10:30:00Z");
  }
}

static void
test_local_dates (void)
{
  g_autofree char *today = hearth_date_dup_today ();
  g_autofree char *from_now = hearth_date_from_unix (hearth_date_time_now ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected = g_date_time_format (now, "%Y-%m-%d");

  g_assert_true (hearth_date_validate (today, NULL));
  g_assert_cmpstr (today, ==, expected);
  g_assert_cmpstr (from_now, ==, expected);
}

static void
test_precision_strings (void)
{
  static const struct
  {
    HearthDatePrecision precision;
    const char         *name;
  } cases[] = {
    { HEARTH_DATE_PRECISION_DAY, "day" },
    { HEARTH_DATE_PRECISION_MONTH, "month" },
    { HEARTH_DATE_PRECISION_APPROXIMATE, "approximate" },
    { HEARTH_DATE_PRECISION_UNCERTAIN, "uncertain" },
  };
  HearthDatePrecision precision;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (hearth_date_precision_to_string (cases[i].precision), ==, cases[i].name);
      g_assert_true (hearth_date_precision_from_string (cases[i].name, &precision));
      g_assert_cmpint (precision, ==, cases[i].precision);
    }

  g_assert_false (hearth_date_precision_from_string ("Day", &precision));
  g_assert_false (hearth_date_precision_from_string (NULL, &precision));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  /* Local dates are tested in one fixed zone so results do not depend on
   * the machine. */
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/date/parse", test_parse);
  g_test_add_func ("/core/date/age", test_age);
  g_test_add_func ("/core/date/date-time", test_date_time);
  g_test_add_func ("/core/date/local", test_local_dates);
  g_test_add_func ("/core/date/precision-strings", test_precision_strings);

  return g_test_run ();
}
