/* hearth-visit-dialog.h
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
#include "store/hearth-store.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_VISIT_DIALOG (hearth_visit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthVisitDialog, hearth_visit_dialog, HEARTH, VISIT_DIALOG, AdwWindow)

HearthVisitDialog *hearth_visit_dialog_new             (GtkWindow                *parent,
                                                        HearthStore              *store,
                                                        HearthInstrumentRegistry *registry,
                                                        HearthFamily             *family,
                                                        GPtrArray                *people,
                                                        const char               *practitioner);
char              *hearth_visit_dialog_parse_date_time (const char               *text,
                                                        gint64                   *unix_seconds);

G_END_DECLS
