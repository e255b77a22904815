/* hearth-instrument-private.h
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

#include <libxml/tree.h>

#include "hearth-instrument.h"

G_BEGIN_DECLS

#define HEARTH_INSTRUMENT_SCHEMA_RESOURCE RESOURCE_PREFIX "/instruments/instrument.rng"

/* Shared by hearth-instrument.c (the object and its accessors),
 * hearth-instrument-parser.c (XML to structures) and
 * hearth-instrument-check.c (rules across elements). */
struct _HearthInstrument
{
  GObject               parent_instance;

  GStringChunk         *strings;     /* owns every string below */
  const char           *source;      /* the file's basename, for messages */
  const char           *translation_domain;

  const char           *id;
  int                   version;
  const char           *title;
  const char           *description;
  const char           *guidance;
  HearthInstrumentScope scope;

  HearthScaleDirection  direction;
  const char           *not_known_label;
  GPtrArray            *levels;      /* HearthScaleLevel, owned */
  GPtrArray            *categories;  /* HearthInstrumentCategory, owned */
  GPtrArray            *sections;    /* HearthInstrumentSection, owned */
  GPtrArray            *items;       /* HearthInstrumentItem, owned */
  GPtrArray            *fields;      /* HearthInstrumentField, owned */
  GHashTable           *items_by_id;  /* borrowed values */
  GHashTable           *fields_by_id; /* borrowed values */

  HearthScoring         scoring;     /* rules and bands g_new'd and owned */
};

HearthInstrument *hearth_instrument_new_empty   (const char        *source);
const char       *hearth_instrument_intern      (HearthInstrument  *self,
                                                 const char        *text);
gboolean          hearth_instrument_parse       (HearthInstrument  *self,
                                                 xmlDoc            *doc,
                                                 GError           **error);
gboolean          hearth_instrument_check       (HearthInstrument  *self,
                                                 GError           **error);
void              hearth_instrument_set_error   (HearthInstrument  *self,
                                                 GError           **error,
                                                 int                line,
                                                 const char        *format,
                                                 ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
