/* hearth-date.h
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

/* Records are about people alive now: anything earlier is a typing slip. */
#define HEARTH_DATE_MIN_YEAR 1900

/**
 * HearthDatePrecision:
 * @HEARTH_DATE_PRECISION_DAY: the day is known
 * @HEARTH_DATE_PRECISION_MONTH: only the month is known; the day is ignored
 * @HEARTH_DATE_PRECISION_APPROXIMATE: the date is a reasonable estimate
 * @HEARTH_DATE_PRECISION_UNCERTAIN: the date may be well off
 *
 * How far a chronology date can be trusted: chronologies are built from
 * other agencies' records and people's memories.
 */
typedef enum
{
  HEARTH_DATE_PRECISION_DAY,
  HEARTH_DATE_PRECISION_MONTH,
  HEARTH_DATE_PRECISION_APPROXIMATE,
  HEARTH_DATE_PRECISION_UNCERTAIN,
} HearthDatePrecision;

const char *hearth_date_precision_to_string   (HearthDatePrecision  precision);
gboolean    hearth_date_precision_from_string (const char          *string,
                                               HearthDatePrecision *precision);

gboolean    hearth_date_parse                 (const char          *text,
                                               GDate               *date,
                                               GError             **error);
gboolean    hearth_date_validate              (const char          *text,
                                               GError             **error);
char       *hearth_date_format                (const GDate         *date);
char       *hearth_date_dup_today             (void);
char       *hearth_date_from_unix             (gint64               unix_seconds);
gboolean    hearth_date_age_at                (const char          *date_of_birth,
                                               const char          *at,
                                               int                 *years,
                                               GError             **error);
gboolean    hearth_date_time_parse            (const char          *text,
                                               gint64              *unix_seconds,
                                               GError             **error);
gboolean    hearth_date_time_validate_unix    (gint64               unix_seconds,
                                               GError             **error);
char       *hearth_date_time_format_iso       (gint64               unix_seconds);
gint64      hearth_date_time_now              (void);

G_END_DECLS
