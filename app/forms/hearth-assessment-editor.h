/* hearth-assessment-editor.h
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

#include "core/hearth-assessment.h"
#include "core/hearth-instrument.h"
#include "core/hearth-levels.h"
#include "core/hearth-scoring.h"

#include "hearth-forms-error.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ASSESSMENT_EDITOR (hearth_assessment_editor_get_type ())

G_DECLARE_FINAL_TYPE (HearthAssessmentEditor, hearth_assessment_editor,
                      HEARTH, ASSESSMENT_EDITOR, GtkWidget)

GtkWidget        *hearth_assessment_editor_new              (HearthInstrument       *instrument,
                                                             HearthAssessment       *assessment,
                                                             int                     age_years,
                                                             GPtrArray              *children,
                                                             HearthLevelsOfNeed     *levels);
HearthInstrument *hearth_assessment_editor_get_instrument   (HearthAssessmentEditor *self);
HearthAssessment *hearth_assessment_editor_get_assessment   (HearthAssessmentEditor *self);
int               hearth_assessment_editor_get_age_years    (HearthAssessmentEditor *self);
gboolean          hearth_assessment_editor_get_editable     (HearthAssessmentEditor *self);
void              hearth_assessment_editor_set_editable     (HearthAssessmentEditor *self,
                                                             gboolean                editable);
GPtrArray        *hearth_assessment_editor_get_responses    (HearthAssessmentEditor *self);
HearthResponse   *hearth_assessment_editor_lookup_response  (HearthAssessmentEditor *self,
                                                             const char             *id);
HearthScore      *hearth_assessment_editor_get_score        (HearthAssessmentEditor *self);
guint             hearth_assessment_editor_get_n_rated      (HearthAssessmentEditor *self);
guint             hearth_assessment_editor_get_n_applicable (HearthAssessmentEditor *self);
gboolean          hearth_assessment_editor_check_complete   (HearthAssessmentEditor *self,
                                                             GError                **error);
gboolean          hearth_assessment_editor_reveal_incomplete (HearthAssessmentEditor *self);
const char       *hearth_assessment_editor_get_section      (HearthAssessmentEditor *self);
gboolean          hearth_assessment_editor_set_section      (HearthAssessmentEditor *self,
                                                             const char             *section_id);
gboolean          hearth_assessment_editor_focus_entry      (HearthAssessmentEditor *self,
                                                             const char             *id);
GtkWidget        *hearth_assessment_editor_get_entry_widget (HearthAssessmentEditor *self,
                                                             const char             *id);

G_END_DECLS
