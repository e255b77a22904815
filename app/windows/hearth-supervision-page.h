/* hearth-supervision-page.h
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

#define HEARTH_TYPE_SUPERVISION_PAGE (hearth_supervision_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthSupervisionPage, hearth_supervision_page, HEARTH, SUPERVISION_PAGE,
                      GtkWidget)

GtkWidget         *hearth_supervision_page_new          (HearthStore              *store,
                                                         HearthInstrumentRegistry *registry);
void               hearth_supervision_page_set_store    (HearthSupervisionPage    *self,
                                                         HearthStore              *store);
void               hearth_supervision_page_set_registry (HearthSupervisionPage    *self,
                                                         HearthInstrumentRegistry *registry);
HearthFamily      *hearth_supervision_page_get_family   (HearthSupervisionPage    *self);
void               hearth_supervision_page_set_family   (HearthSupervisionPage    *self,
                                                         HearthFamily             *family);
const char        *hearth_supervision_page_get_today    (HearthSupervisionPage    *self);
void               hearth_supervision_page_set_today    (HearthSupervisionPage    *self,
                                                         const char               *today);
void               hearth_supervision_page_reload       (HearthSupervisionPage    *self);
GPtrArray         *hearth_supervision_page_get_signals  (HearthSupervisionPage    *self);
HearthSupervision *hearth_supervision_page_get_record   (HearthSupervisionPage    *self);
gboolean           hearth_supervision_page_get_saved    (HearthSupervisionPage    *self);
gboolean           hearth_supervision_page_save_now     (HearthSupervisionPage    *self,
                                                         GError                  **error);
void               hearth_supervision_page_new_record   (HearthSupervisionPage    *self);
gboolean           hearth_supervision_page_open_record  (HearthSupervisionPage    *self,
                                                         gint64                    supervision_id);
gboolean           hearth_supervision_page_finalise     (HearthSupervisionPage    *self,
                                                         GError                  **error);

G_END_DECLS
