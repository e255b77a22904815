/* hearth-levels.h
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

#include <glib-object.h>

#include "hearth-instrument-error.h"

G_BEGIN_DECLS

/* Bands in instruments suggest one of these ordinals, 1 (least need) to 4. */
#define HEARTH_N_LEVELS_OF_NEED 4

#define HEARTH_TYPE_LEVELS_OF_NEED (hearth_levels_of_need_get_type ())

G_DECLARE_FINAL_TYPE (HearthLevelsOfNeed, hearth_levels_of_need, HEARTH, LEVELS_OF_NEED, GObject)

HearthLevelsOfNeed  *hearth_levels_of_need_new                (const char          *override_path,
                                                               GError             **error);
char                *hearth_levels_of_need_dup_user_path      (void);

const char          *hearth_levels_of_need_get_scheme         (HearthLevelsOfNeed  *self);
char               **hearth_levels_of_need_dup_schemes        (HearthLevelsOfNeed  *self);
const char          *hearth_levels_of_need_get_scheme_name    (HearthLevelsOfNeed  *self,
                                                               const char          *scheme);
const char          *hearth_levels_of_need_get_name           (HearthLevelsOfNeed  *self,
                                                               int                  ordinal);
const char          *hearth_levels_of_need_get_description    (HearthLevelsOfNeed  *self,
                                                               int                  ordinal);
const char          *hearth_levels_of_need_get_name_in_scheme (HearthLevelsOfNeed  *self,
                                                               const char          *scheme,
                                                               int                  ordinal);

G_END_DECLS
