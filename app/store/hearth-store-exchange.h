/* hearth-store-exchange.h
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

#include <gio/gio.h>

#include "hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_EXCHANGE_ERROR (hearth_exchange_error_quark ())

/* The family exchange format's schema, bundled with the data resources. */
#define HEARTH_EXCHANGE_SCHEMA_RESOURCE "/io/github/hearthapp/Hearth/exchange/hearth-family.rng"

/* The bundled training set: one exchange file per family. */
#define HEARTH_TRAINING_RESOURCE_DIR "/io/github/hearthapp/Hearth/training/"

/**
 * HearthExchangeError:
 * @HEARTH_EXCHANGE_ERROR_READ: the file could not be read, or is too large
 * @HEARTH_EXCHANGE_ERROR_MALFORMED: the file is not well-formed UTF-8 XML,
 *   or uses a DOCTYPE, entities or XInclude, which it may not
 * @HEARTH_EXCHANGE_ERROR_SCHEMA: the document does not follow the schema
 * @HEARTH_EXCHANGE_ERROR_INVALID: the document follows the schema but does
 *   not make sense: a duplicate or dangling id, a bad date, a date of birth
 *   after an event about the child, an answer the instrument does not have
 * @HEARTH_EXCHANGE_ERROR_EXISTS: the database already has a family with the
 *   document's case reference, and replacing it was not asked for
 * @HEARTH_EXCHANGE_ERROR_WRITE: the export could not be written
 * @HEARTH_EXCHANGE_ERROR_UNEXPORTABLE: a record holds text that XML cannot
 *   carry (a control character, or bytes that are not UTF-8)
 *
 * Errors from exporting and importing families. Like the store's, their
 * messages are one sentence without record content.
 */
typedef enum
{
  HEARTH_EXCHANGE_ERROR_READ,
  HEARTH_EXCHANGE_ERROR_MALFORMED,
  HEARTH_EXCHANGE_ERROR_SCHEMA,
  HEARTH_EXCHANGE_ERROR_INVALID,
  HEARTH_EXCHANGE_ERROR_EXISTS,
  HEARTH_EXCHANGE_ERROR_WRITE,
  HEARTH_EXCHANGE_ERROR_UNEXPORTABLE,
} HearthExchangeError;

GQuark    hearth_exchange_error_quark             (void);

/* Export (hearth-store-export.c) */
GBytes   *hearth_store_export_family_to_bytes     (HearthStore    *self,
                                                   const char     *case_reference,
                                                   GError        **error);
gboolean  hearth_store_export_family              (HearthStore    *self,
                                                   const char     *case_reference,
                                                   GOutputStream  *stream,
                                                   GCancellable   *cancellable,
                                                   GError        **error);
gboolean  hearth_store_export_family_to_file      (HearthStore    *self,
                                                   const char     *case_reference,
                                                   const char     *path,
                                                   GError        **error);

/* Import (hearth-store-exchange.c and hearth-store-import-*.c) */
gboolean  hearth_exchange_check_bytes             (GBytes         *document,
                                                   const char     *display_name,
                                                   GError        **error);
GBytes   *hearth_exchange_load_file               (const char     *path,
                                                   GError        **error);
gboolean  hearth_store_import_family              (HearthStore    *self,
                                                   GBytes         *document,
                                                   const char     *display_name,
                                                   gboolean        replace,
                                                   gint64         *family_id,
                                                   GError        **error);
gboolean  hearth_store_import_family_from_file    (HearthStore    *self,
                                                   const char     *path,
                                                   gboolean        replace,
                                                   gint64         *family_id,
                                                   GError        **error);

/* Training (hearth-store-training.c) */
char     *hearth_store_dup_training_path          (void);
char    **hearth_store_list_training_files        (void);
gboolean  hearth_store_reset_training             (HearthStore    *self,
                                                   GError        **error);
gboolean  hearth_store_ensure_training            (HearthStore    *self,
                                                   gboolean       *loaded,
                                                   GError        **error);

G_END_DECLS
