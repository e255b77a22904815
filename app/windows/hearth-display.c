/* hearth-display.c
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

#define G_LOG_DOMAIN "hearth-display"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-display.h"

/**
 * hearth_display_date:
 * @iso_date: (nullable): a date, "YYYY-MM-DD"
 * @precision: how precisely the date is known
 *
 * Returns: (transfer full): the date for people to read, such as
 *   "14 March 2025", "March 2025" or "about 14 March 2025"
 */
char *
hearth_display_date (const char          *iso_date,
                     HearthDatePrecision  precision)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;
  GDate date;

  if (iso_date == NULL || !hearth_date_parse (iso_date, &date, NULL))
    return g_strdup (_("Unknown date"));

  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 12, 0, 0);

  switch (precision)
    {
    case HEARTH_DATE_PRECISION_MONTH:
      /* Translators: a date known to the month only; see g_date_time_format(). */
      return g_date_time_format (dt, _("%B %Y"));

    case HEARTH_DATE_PRECISION_APPROXIMATE:
      text = g_date_time_format (dt, _("%-d %B %Y"));
      /* Translators: %s is a date that is only approximately known. */
      return g_strdup_printf (_("about %s"), text);

    case HEARTH_DATE_PRECISION_UNCERTAIN:
      text = g_date_time_format (dt, _("%-d %B %Y"));
      /* Translators: %s is a date that is uncertain. */
      return g_strdup_printf (_("%s (uncertain)"), text);

    case HEARTH_DATE_PRECISION_DAY:
    default:
      /* Translators: a full date; see g_date_time_format(). */
      return g_date_time_format (dt, _("%-d %B %Y"));
    }
}

/**
 * hearth_display_date_time:
 * @unix_seconds: a moment, seconds since 1970 UTC
 *
 * Returns: (transfer full): the moment in local time, such as
 *   "14 March 2025, 10:30"
 */
char *
hearth_display_date_time (gint64 unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (_("Unknown time"));
  local = g_date_time_to_local (utc);
  /* Translators: a date and time; see g_date_time_format(). */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}
