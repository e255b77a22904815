/* hearth-instrument-registry.h
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

#include "hearth-instrument.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_INSTRUMENT_REGISTRY (hearth_instrument_registry_get_type ())

G_DECLARE_FINAL_TYPE (HearthInstrumentRegistry, hearth_instrument_registry,
                      HEARTH, INSTRUMENT_REGISTRY, GObject)

HearthInstrumentRegistry *hearth_instrument_registry_new          (const char  *extra_dir,
                                                                   GError     **error);
char                     *hearth_instrument_registry_dup_user_dir (void);

HearthInstrument *hearth_instrument_registry_lookup         (HearthInstrumentRegistry  *self,
                                                             const char                *id,
                                                             int                        version,
                                                             GError                   **error);
guint             hearth_instrument_registry_get_n_problems (HearthInstrumentRegistry  *self);
const GError     *hearth_instrument_registry_get_problem    (HearthInstrumentRegistry  *self,
                                                             guint                      index);

G_END_DECLS
