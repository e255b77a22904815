/* hearth-window.h
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

#include "store/hearth-store.h"

#include "hearth-assessment-window.h"
#include "hearth-family-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WINDOW (hearth_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthWindow, hearth_window, HEARTH, WINDOW, AdwApplicationWindow)

HearthWindow *hearth_window_new               (GtkApplication *application,
                                               HearthStore    *store,
                                               const char     *database_path);
HearthStore  *hearth_window_get_store         (HearthWindow   *self);
void          hearth_window_set_store         (HearthWindow   *self,
                                               HearthStore    *store);
void          hearth_window_show_upgrade      (HearthWindow   *self);
void          hearth_window_set_upgrade_progress (HearthWindow *self,
                                                  gint64        done,
                                                  gint64        total);
void          hearth_window_show_open_error   (HearthWindow   *self,
                                               const GError   *error);
void          hearth_window_reload            (HearthWindow   *self);
void          hearth_window_select_family     (HearthWindow   *self,
                                               gint64          family_id);
void          hearth_window_add_toast         (HearthWindow   *self,
                                               const char     *message);
HearthAssessmentWindow *hearth_window_open_assessment (HearthWindow *self,
                                                       gint64        assessment_id);
HearthFamilyPage       *hearth_window_get_family_page (HearthWindow *self);

G_END_DECLS
