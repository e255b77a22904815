/* hearth-assessment-editor-private.h
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

#include "hearth-assessment-editor.h"
#include "hearth-field-input.h"
#include "hearth-item-card.h"
#include "hearth-score-panel.h"

G_BEGIN_DECLS

/* One section of the form: its page, its row in the sidebar and the
 * entries it holds. Widgets are borrowed from the editor's tree. */
typedef struct
{
  const HearthInstrumentSection *section;
  GtkWidget                     *page;
  GtkWidget                     *row;
  GtkLabel                      *progress_label;
  GtkWidget                     *done_icon;
  GPtrArray                     *cards;   /* borrowed HearthItemCards */
  GPtrArray                     *inputs;  /* borrowed HearthFieldInputs */
} HearthEditorSection;

struct _HearthAssessmentEditor
{
  GtkWidget           parent_instance;

  HearthInstrument   *instrument;   /* owned */
  HearthAssessment   *assessment;   /* owned */
  GPtrArray          *children;     /* owned, element-type HearthPerson */
  HearthLevelsOfNeed *levels;       /* owned, nullable */
  int                 age_years;
  gboolean            editable;

  GPtrArray          *sections;     /* owned HearthEditorSections */
  GHashTable         *cards;        /* item id → borrowed HearthItemCard */
  GHashTable         *inputs;       /* field id → owned HearthFieldInput */
  GPtrArray          *responses;    /* owned HearthResponses, one per id */
  HearthScore        *score;        /* owned, nullable */
  guint               n_rated;
  guint               n_applicable;

  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkWidget          *read_only_box;
  GtkLabel           *read_only_label;
  GtkListBox         *section_list;
  GtkStack           *section_stack;
  HearthScorePanel   *score_panel;
};

/* hearth-assessment-editor.c */
void                 hearth_assessment_editor_take_change    (HearthAssessmentEditor *self,
                                                              const HearthResponse   *response);

/* hearth-assessment-editor-build.c */
void                 hearth_assessment_editor_build          (HearthAssessmentEditor *self);
void                 hearth_editor_section_free              (HearthEditorSection    *section);
HearthEditorSection *hearth_assessment_editor_find_section   (HearthAssessmentEditor *self,
                                                              GtkWidget              *widget);

/* hearth-assessment-editor-navigation.c */
void                 hearth_assessment_editor_class_add_navigation (GtkWidgetClass     *widget_class);
void                 hearth_assessment_editor_add_shortcuts  (HearthAssessmentEditor *self);

/* hearth-assessment-editor-check.c */
void                 hearth_assessment_editor_update         (HearthAssessmentEditor *self);
const char          *hearth_assessment_editor_find_incomplete (HearthAssessmentEditor *self,
                                                              GError                **error);

G_END_DECLS
