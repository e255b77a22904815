/* hearth-forms-error.h
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

#define HEARTH_FORMS_ERROR (hearth_forms_error_quark ())

/**
 * HearthFormsError:
 * @HEARTH_FORMS_ERROR_INCOMPLETE: a required item is neither rated nor
 *   marked not known, or a required field has no answer
 * @HEARTH_FORMS_ERROR_REASON_MISSING: a decision differs from the level it
 *   is compared with and its reason is empty
 *
 * Errors from checking a form before it is finalised.
 */
typedef enum
{
  HEARTH_FORMS_ERROR_INCOMPLETE,
  HEARTH_FORMS_ERROR_REASON_MISSING,
} HearthFormsError;

GQuark hearth_forms_error_quark (void);

G_END_DECLS
