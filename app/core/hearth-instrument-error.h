/* hearth-instrument-error.h
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

#define HEARTH_INSTRUMENT_ERROR (hearth_instrument_error_quark ())

/**
 * HearthInstrumentError:
 * @HEARTH_INSTRUMENT_ERROR_READ: the file could not be read
 * @HEARTH_INSTRUMENT_ERROR_TOO_LARGE: the file is over the size limit
 * @HEARTH_INSTRUMENT_ERROR_ENCODING: the file is empty, binary or not UTF-8
 * @HEARTH_INSTRUMENT_ERROR_FORBIDDEN: the file uses a DOCTYPE, entities or
 *   XInclude, which untrusted files may not
 * @HEARTH_INSTRUMENT_ERROR_TOO_DEEP: elements are nested too deeply
 * @HEARTH_INSTRUMENT_ERROR_MALFORMED: the XML is not well-formed
 * @HEARTH_INSTRUMENT_ERROR_SCHEMA: the document does not follow the schema
 * @HEARTH_INSTRUMENT_ERROR_INVALID: the document follows the schema but does
 *   not make sense (duplicate ids, a missing descriptor, bands with gaps…)
 * @HEARTH_INSTRUMENT_ERROR_NOT_FOUND: no instrument has the id (and version)
 * @HEARTH_INSTRUMENT_ERROR_DUPLICATE: two files define the same id and version
 * @HEARTH_INSTRUMENT_ERROR_RESPONSE: responses do not fit the instrument
 * @HEARTH_INSTRUMENT_ERROR_LEVELS: a levels-of-need file is broken
 *
 * Errors from loading instruments, scoring responses and reading the
 * levels of need.
 */
typedef enum
{
  HEARTH_INSTRUMENT_ERROR_READ,
  HEARTH_INSTRUMENT_ERROR_TOO_LARGE,
  HEARTH_INSTRUMENT_ERROR_ENCODING,
  HEARTH_INSTRUMENT_ERROR_FORBIDDEN,
  HEARTH_INSTRUMENT_ERROR_TOO_DEEP,
  HEARTH_INSTRUMENT_ERROR_MALFORMED,
  HEARTH_INSTRUMENT_ERROR_SCHEMA,
  HEARTH_INSTRUMENT_ERROR_INVALID,
  HEARTH_INSTRUMENT_ERROR_NOT_FOUND,
  HEARTH_INSTRUMENT_ERROR_DUPLICATE,
  HEARTH_INSTRUMENT_ERROR_RESPONSE,
  HEARTH_INSTRUMENT_ERROR_LEVELS,
} HearthInstrumentError;

GQuark hearth_instrument_error_quark (void);

G_END_DECLS
