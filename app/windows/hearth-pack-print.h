/* hearth-pack-print.h
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

#include <gtk/gtk.h>

#include "charts/data/hearth-pack-load.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PACK_PRINT (hearth_pack_print_get_type ())

G_DECLARE_FINAL_TYPE (HearthPackPrint, hearth_pack_print, HEARTH, PACK_PRINT, GtkPrintOperation)

HearthPackPrint    *hearth_pack_print_new           (HearthPackDocument        *document);
HearthPackDocument *hearth_pack_print_get_document  (HearthPackPrint           *self);
HearthPackDocument *hearth_pack_print_load_document (HearthStore               *store,
                                                     HearthInstrumentRegistry  *registry,
                                                     HearthLevelsOfNeed        *levels,
                                                     HearthFamily              *family,
                                                     GError                   **error);
HearthPackPrint    *hearth_pack_print_new_for_family
                                                    (HearthStore               *store,
                                                     HearthInstrumentRegistry  *registry,
                                                     HearthLevelsOfNeed        *levels,
                                                     HearthFamily              *family,
                                                     GError                   **error);
gboolean            hearth_pack_print_export        (HearthStore               *store,
                                                     HearthInstrumentRegistry  *registry,
                                                     HearthLevelsOfNeed        *levels,
                                                     HearthFamily              *family,
                                                     GFile                     *file,
                                                     GError                   **error);
char               *hearth_pack_print_dup_file_name (HearthFamily              *family);

G_END_DECLS
