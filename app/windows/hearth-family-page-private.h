/* hearth-family-page-private.h
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

#include "hearth-charts-page.h"
#include "hearth-family-page.h"
#include "hearth-supervision-page.h"

G_BEGIN_DECLS

/* One family: its people, visits and assessments, chronology and
 * supervision records. The page reads from the store it is handed; it
 * reports what went well through ::toast and leaves showing it to the
 * window.
 *
 * Shared by hearth-family-page.c (the type, its signals and the lists)
 * and -actions.c (the dialogs and actions that change the family). */
struct _HearthFamilyPage
{
  GtkWidget             parent_instance;

  HearthStore          *store;   /* owned; nullable */
  HearthInstrumentRegistry *registry;  /* owned; nullable */
  HearthLevelsOfNeed   *levels;  /* owned; nullable */
  HearthFamily         *family;  /* owned; nullable */
  GPtrArray            *people;  /* owned: HearthPerson of the family */
  gboolean              folded;

  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkListBox           *children_list;
  GtkListBox           *adults_list;
  GtkListBox           *visits_list;
  GtkListBox           *assessments_list;
  GtkListBox           *events_list;
  GtkDropDown          *category_filter;
  HearthSupervisionPage *supervision_page;
  HearthChartsPage     *charts_page;
  GtkFileChooserNative *pack_chooser;  /* owned until its response */
};

/* hearth-family-page.c */
void hearth_family_page_toast                     (HearthFamilyPage *self,
                                                   const char       *message);
void hearth_family_page_emit_family_changed       (HearthFamilyPage *self);
void hearth_family_page_emit_assessment_activated (HearthFamilyPage *self,
                                                   gint64            assessment_id);

/* hearth-family-page-actions.c */
void hearth_family_page_bind_actions              (GtkWidgetClass   *widget_class);

G_END_DECLS
