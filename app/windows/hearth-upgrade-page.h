/* hearth-upgrade-page.h
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

G_BEGIN_DECLS

#define HEARTH_TYPE_UPGRADE_PAGE (hearth_upgrade_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthUpgradePage, hearth_upgrade_page, HEARTH, UPGRADE_PAGE, AdwBin)

GtkWidget *hearth_upgrade_page_new          (void);
double     hearth_upgrade_page_get_fraction (HearthUpgradePage *self);
void       hearth_upgrade_page_set_fraction (HearthUpgradePage *self,
                                             double             fraction);

G_END_DECLS
