/* hearth-entities.h
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

#define HEARTH_ENTITY_ERROR (hearth_entity_error_quark ())

/**
 * HearthEntityError:
 * @HEARTH_ENTITY_ERROR_INVALID_DATE: a date is malformed, impossible, before
 *   1900 or (for a date of birth) in the future
 * @HEARTH_ENTITY_ERROR_MISSING: a required field is empty
 * @HEARTH_ENTITY_ERROR_INVALID: a field holds a value that makes no sense
 *   (an end before a start, a child id on a household assessment…)
 *
 * Errors from validating domain values before they are stored.
 */
typedef enum
{
  HEARTH_ENTITY_ERROR_INVALID_DATE,
  HEARTH_ENTITY_ERROR_MISSING,
  HEARTH_ENTITY_ERROR_INVALID,
} HearthEntityError;

GQuark hearth_entity_error_quark (void);

G_END_DECLS
