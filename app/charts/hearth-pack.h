/* hearth-pack.h
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

#include "hearth-pack-data.h"
#include "hearth-pack-document.h"

G_BEGIN_DECLS

/* The protective marking on every page of a pack (Government Security
 * Classifications: OFFICIAL, with the SENSITIVE handling caveat). */
#define HEARTH_PACK_MARKING "OFFICIAL-SENSITIVE"

HearthPackDocument *hearth_pack_build (const HearthPackData *data);

G_END_DECLS
