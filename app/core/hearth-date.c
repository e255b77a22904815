/* hearth-date.c
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

#define G_LOG_DOMAIN "hearth-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hearth-date.h"
#include "hearth-entities.h"
#include "hearth-entities-private.h"

/* 1900-01-01T00:00:00Z, the earliest moment a record may carry. */
#define MIN_UNIX_SECONDS G_GINT64_CONSTANT (-2208988800)

static const char * const precision_names[] = {
  [HEARTH_DATE_PRECISION_DAY] = "day",
  [HEARTH_DATE_PRECISION_MONTH] = "month",
  [HEARTH_DATE_PRECISION_APPROXIMATE] = "approximate",
  [HEARTH_DATE_PRECISION_UNCERTAIN] = "uncertain",
};

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *value)
{
  guint result = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + (guint) g_ascii_digit_value (text[i]);
    }

  *value = result;
  return TRUE;
}

/**
 * hearth_date_precision_to_string:
 * @precision: a date precision
 *
 * Returns: (transfer none): the stable storage string of @precision
 */
const char *
hearth_date_precision_to_string (HearthDatePrecision precision)
{
  const char *name = hearth_entities_enum_to_string (precision_names,
                                                     G_N_ELEMENTS (precision_names),
                                                     precision);

  g_return_val_if_fail (name != NULL, NULL);
  return name;
}

/**
 * hearth_date_precision_from_string:
 * @string: (nullable): a storage string
 * @precision: (out): the precision it names
 *
 * Returns: %TRUE when @string names a precision
 */
gboolean
hearth_date_precision_from_string (const char          *string,
                                   HearthDatePrecision *precision)
{
  int value;

  g_return_val_if_fail (precision != NULL, FALSE);

  if (!hearth_entities_enum_from_string (precision_names, G_N_ELEMENTS (precision_names),
                                         string, &value))
    return FALSE;

  *precision = (HearthDatePrecision) value;
  return TRUE;
}

/**
 * hearth_date_parse:
 * @text: (nullable): a calendar date written "YYYY-MM-DD"
 * @date: (out caller-allocates) (optional): the date
 *
 * Parses a calendar date strictly: four-digit year, two-digit month and
 * day, a real day of that month, and not before 1 January 1900.
 *
 * Returns: %TRUE on success; %FALSE with %HEARTH_ENTITY_ERROR_INVALID_DATE
 */
gboolean
hearth_date_parse (const char  *text,
                   GDate       *date,
                   GError     **error)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-'
      || !parse_digits (text, 4, &year)
      || !parse_digits (text + 5, 2, &month)
      || !parse_digits (text + 8, 2, &day)
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                           _("The date is not a real calendar date written as YYYY-MM-DD."));
      return FALSE;
    }

  if (year < HEARTH_DATE_MIN_YEAR)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                           _("The date is before 1900, which is not allowed."));
      return FALSE;
    }

  if (date != NULL)
    g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

/**
 * hearth_date_validate:
 * @text: (nullable): a calendar date written "YYYY-MM-DD"
 *
 * Checks @text as hearth_date_parse() does.
 *
 * Returns: %TRUE when @text is a valid date
 */
gboolean
hearth_date_validate (const char  *text,
                      GError     **error)
{
  return hearth_date_parse (text, NULL, error);
}

/**
 * hearth_date_format:
 * @date: a valid date
 *
 * Returns: (transfer full): @date written "YYYY-MM-DD"
 */
char *
hearth_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/**
 * hearth_date_dup_today:
 *
 * Returns: (transfer full): today's date in local time, "YYYY-MM-DD"
 */
char *
hearth_date_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * hearth_date_from_unix:
 * @unix_seconds: a moment in seconds since 1970, UTC
 *
 * Returns: (transfer full): the local calendar date of that moment
 */
char *
hearth_date_from_unix (gint64 unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (utc != NULL, NULL);

  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d");
}

/**
 * hearth_date_age_at:
 * @date_of_birth: a date of birth, "YYYY-MM-DD"
 * @at: the date at which to compute the age, "YYYY-MM-DD"
 * @years: (out): the age in whole years
 *
 * Computes an age the way people state it: the number of birthdays passed.
 * Someone born on 29 February has their birthday on 1 March in other years.
 *
 * Returns: %TRUE on success; %FALSE with %HEARTH_ENTITY_ERROR_INVALID_DATE
 *   when a date is invalid or @at is before @date_of_birth
 */
gboolean
hearth_date_age_at (const char  *date_of_birth,
                    const char  *at,
                    int         *years,
                    GError     **error)
{
  GDate birth, when;
  int age;

  g_return_val_if_fail (years != NULL, FALSE);

  if (!hearth_date_parse (date_of_birth, &birth, error)
      || !hearth_date_parse (at, &when, error))
    return FALSE;

  if (g_date_compare (&when, &birth) < 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                           _("The date is before the date of birth."));
      return FALSE;
    }

  age = (int) g_date_get_year (&when) - (int) g_date_get_year (&birth);
  if (g_date_get_month (&when) < g_date_get_month (&birth)
      || (g_date_get_month (&when) == g_date_get_month (&birth)
          && g_date_get_day (&when) < g_date_get_day (&birth)))
    age--;

  *years = age;
  return TRUE;
}

/**
 * hearth_date_time_validate_unix:
 * @unix_seconds: a moment in seconds since 1970, UTC
 *
 * Returns: %TRUE when the moment is not before 1900 and not absurdly far in
 *   the future; %FALSE with %HEARTH_ENTITY_ERROR_INVALID_DATE otherwise
 */
gboolean
hearth_date_time_validate_unix (gint64   unix_seconds,
                                GError **error)
{
  g_autoptr(GDateTime) when = NULL;

  if (unix_seconds < MIN_UNIX_SECONDS)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                           _("The date and time is before 1900, which is not allowed."));
      return FALSE;
    }

  when = g_date_time_new_from_unix_utc (unix_seconds);
  if (when == NULL)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                           _("The date and time is out of range."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_date_time_parse:
 * @text: (nullable): an ISO 8601 date and time, such as
 *   "2025-03-14T10:30:00Z" or "2025-03-14T10:30" (local time)
 * @unix_seconds: (out): the moment in seconds since 1970, UTC
 *
 * Returns: %TRUE on success; %FALSE with %HEARTH_ENTITY_ERROR_INVALID_DATE
 *   when @text is not a date and time or is before 1900
 */
gboolean
hearth_date_time_parse (const char  *text,
                        gint64      *unix_seconds,
                        GError     **error)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) when = NULL;
  gint64 seconds;

  g_return_val_if_fail (unix_seconds != NULL, FALSE);

  /* The date part must itself be strict, and a date alone is not enough. */
  if (text == NULL || strlen (text) < 16 || (text[10] != 'T' && text[10] != ' '))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                           _("The date and time is not written as YYYY-MM-DDTHH:MM."));
      return FALSE;
    }

  {
    g_autofree char *date_part = g_strndup (text, 10);
    g_autofree char *normalised = NULL;

    if (!hearth_date_validate (date_part, error))
      return FALSE;

    /* GLib wants seconds; "HH:MM" is how people (and date pickers) write
     * the time of a visit. */
    if (text[16] == ':')
      normalised = g_strdup (text);
    else
      normalised = g_strdup_printf ("%.16s:00%s", text, text + 16);
    normalised[10] = 'T';
    when = g_date_time_new_from_iso8601 (normalised, local);
  }

  if (when == NULL)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                           _("The date and time is not a real moment written as YYYY-MM-DDTHH:MM."));
      return FALSE;
    }

  seconds = g_date_time_to_unix (when);
  if (!hearth_date_time_validate_unix (seconds, error))
    return FALSE;

  *unix_seconds = seconds;
  return TRUE;
}

/**
 * hearth_date_time_format_iso:
 * @unix_seconds: a moment in seconds since 1970, UTC
 *
 * Returns: (transfer full): the moment written "YYYY-MM-DDTHH:MM:SSZ"
 */
char *
hearth_date_time_format_iso (gint64 unix_seconds)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (unix_seconds);

  g_return_val_if_fail (when != NULL, NULL);

  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * hearth_date_time_now:
 *
 * Returns: the current time in seconds since 1970, UTC
 */
gint64
hearth_date_time_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}
