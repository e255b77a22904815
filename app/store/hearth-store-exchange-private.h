/* hearth-store-exchange-private.h
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

#include "core/hearth-instrument-registry.h"

#include "hearth-store-exchange.h"
#include "hearth-store-private.h"

G_BEGIN_DECLS

/* The format attribute of the root element. */
#define HEARTH_EXCHANGE_FORMAT "1"

/*
 * The kinds of record a document gives ids to, in document order. Each has
 * the prefix of the ids Hearth writes and the entity type of its audit
 * rows.
 */
typedef enum
{
  EXCHANGE_PERSON,
  EXCHANGE_VISIT,
  EXCHANGE_ASSESSMENT,
  EXCHANGE_EVENT,
  EXCHANGE_PERIOD,
  EXCHANGE_SUPERVISION,
  EXCHANGE_N_KINDS,
} ExchangeKind;

/*
 * A document read and checked, ready to apply. Every record's id, and
 * every link between records, is its 1-based position in its own array;
 * 0 is "no link". Audit entries keep the entity type and the position of
 * the record they name (0 when they name none, or the family).
 */
typedef struct
{
  HearthFamily *family;
  GPtrArray    *records[EXCHANGE_N_KINDS];  /* HearthPerson*, HearthVisit*, … */
  GArray       *lines[EXCHANGE_N_KINDS];    /* int: where each record is, for messages */
  GPtrArray    *audit;                      /* HearthAuditEntry* */
  GHashTable   *child_responses;            /* HearthResponse* whose value is a person position */
  char         *display_name;
} ExchangeDocument;

void             hearth_exchange_document_free       (ExchangeDocument  *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExchangeDocument, hearth_exchange_document_free)

const char      *hearth_exchange_kind_prefix         (ExchangeKind       kind);
const char      *hearth_exchange_kind_entity_type    (ExchangeKind       kind);
gboolean         hearth_exchange_kind_from_entity    (const char        *entity_type,
                                                      ExchangeKind      *kind);

HearthInstrumentRegistry *
                 hearth_exchange_load_instruments    (GError           **error);
HearthInstrument *
                 hearth_exchange_lookup_instrument   (HearthInstrumentRegistry *registry,
                                                      const char        *instrument_id,
                                                      const char        *instrument_version);
gboolean         hearth_exchange_is_child_field      (HearthInstrument  *instrument,
                                                      const char        *item_id);

char            *hearth_exchange_format_moment       (gint64             unix_seconds);
gboolean         hearth_exchange_parse_moment        (const char        *text,
                                                      gint64            *unix_seconds);

/* hearth-store-import-read.c */
ExchangeDocument *hearth_exchange_read_document      (GBytes            *document,
                                                      const char        *display_name,
                                                      GError           **error);

/* hearth-store-import-check.c */
gboolean         hearth_exchange_check_document      (ExchangeDocument  *document,
                                                      GError           **error);
void             hearth_exchange_set_invalid         (GError           **error,
                                                      const char        *display_name,
                                                      int                line,
                                                      const char        *reason);

/* hearth-store-import-apply.c */
gboolean         hearth_exchange_apply_document      (HearthStore       *self,
                                                      ExchangeDocument  *document,
                                                      gboolean           replace,
                                                      gint64            *family_id,
                                                      GError           **error);

G_END_DECLS
