/* hearth-family-entry.h
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

#include "core/hearth-family.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FAMILY_ENTRY (hearth_family_entry_get_type ())

G_DECLARE_FINAL_TYPE (HearthFamilyEntry, hearth_family_entry, HEARTH, FAMILY_ENTRY, GObject)

HearthFamilyEntry *hearth_family_entry_new            (HearthFamily      *family,
                                                       const char        *children_names);
HearthFamily      *hearth_family_entry_get_family     (HearthFamilyEntry *self);
gboolean           hearth_family_entry_matches        (HearthFamilyEntry *self,
                                                       char * const      *folded_words);
char             **hearth_family_entry_fold_query     (const char        *query);

G_END_DECLS
