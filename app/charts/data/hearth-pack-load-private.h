/* hearth-pack-load-private.h
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

#include "hearth-pack-load.h"

G_BEGIN_DECLS

/* Shared by hearth-pack-load.c (records, people, chronology,
 * supervision), hearth-pack-load-signals.c (the signals and their
 * evidence) and hearth-pack-load-assessments.c (the latest screening of
 * each child and of the home). */
typedef struct
{
  HearthPackOptions  options;
  HearthFamily      *family;        /* borrowed */
  char              *as_of;         /* owned; "YYYY-MM-DD" */
  GPtrArray         *people;        /* owned; HearthPerson */
  GPtrArray         *events;        /* owned; HearthEvent */
  GPtrArray         *visits;        /* owned; HearthVisit */
  GPtrArray         *assessments;   /* owned; HearthAssessment */
  GPtrArray         *periods;       /* owned; HearthPeriod */
  GPtrArray         *supervisions;  /* owned; HearthSupervision */
  HearthPackData    *data;          /* owned until returned */
} HearthPackLoader;

gboolean          hearth_pack_load_not_after      (HearthPackLoader       *loader,
                                                   const char             *date);
gpointer          hearth_pack_load_find_by_id     (GPtrArray              *array,
                                                   gsize                   id_offset,
                                                   gint64                  id);
char             *hearth_pack_load_format_date    (const char             *iso_date,
                                                   HearthDatePrecision     precision);
const char       *hearth_pack_load_person_name    (HearthPackLoader       *loader,
                                                   gint64                  person_id);
char             *hearth_pack_load_level_name     (HearthPackLoader       *loader,
                                                   int                     level);
HearthInstrument *hearth_pack_load_instrument     (HearthPackLoader       *loader,
                                                   const HearthAssessment *assessment);
void              hearth_pack_load_assessments    (HearthPackLoader       *loader);
void              hearth_pack_load_signals        (HearthPackLoader       *loader);

G_END_DECLS
