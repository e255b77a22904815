/* hearth-assessment-window.h
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

#define HEARTH_TYPE_ASSESSMENT_WINDOW (hearth_assessment_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthAssessmentWindow, hearth_assessment_window, HEARTH, ASSESSMENT_WINDOW, AdwWindow)

HearthAssessmentWindow *hearth_assessment_window_new            (GtkWindow                *parent,
                                                                 HearthStore              *store,
                                                                 HearthInstrumentRegistry *registry,
                                                                 HearthLevelsOfNeed       *levels,
                                                                 gint64                    assessment_id,
                                                                 GError                  **error);
gint64                  hearth_assessment_window_get_assessment_id (HearthAssessmentWindow *self);
gboolean                hearth_assessment_window_get_saved      (HearthAssessmentWindow   *self);
gboolean                hearth_assessment_window_save_now       (HearthAssessmentWindow   *self,
                                                                 GError                  **error);
GtkWidget              *hearth_assessment_window_get_editor     (HearthAssessmentWindow   *self);
gboolean                hearth_assessment_window_finalise       (HearthAssessmentWindow   *self,
                                                                 GError                  **error);
gboolean                hearth_assessment_window_amend          (HearthAssessmentWindow   *self,
                                                                 const char               *reason,
                                                                 GError                  **error);

G_END_DECLS
