/* hearth-family-page.h
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

#include <adwaita.h>

#include "core/hearth-instrument-registry.h"
#include "core/hearth-levels.h"
#include "store/hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_FAMILY_PAGE (hearth_family_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthFamilyPage, hearth_family_page, HEARTH, FAMILY_PAGE, GtkWidget)

void          hearth_family_page_set_store  (HearthFamilyPage *self,
                                             HearthStore      *store);
void          hearth_family_page_set_registry (HearthFamilyPage         *self,
                                               HearthInstrumentRegistry *registry);
void          hearth_family_page_set_levels   (HearthFamilyPage         *self,
                                               HearthLevelsOfNeed       *levels);
HearthFamily *hearth_family_page_get_family (HearthFamilyPage *self);
void          hearth_family_page_set_family (HearthFamilyPage *self,
                                             HearthFamily     *family);
void          hearth_family_page_reload     (HearthFamilyPage *self);

G_END_DECLS
