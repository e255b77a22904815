/* hearth-window-private.h
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

#include "hearth-window.h"

G_BEGIN_DECLS

/* The main window: the list of families beside the open family.
 *
 * Shared by hearth-window.c (the type, the list and the family page) and
 * -upgrade.c (what the window shows while an older database is brought up
 * to date). */
struct _HearthWindow
{
  AdwApplicationWindow  parent_instance;

  HearthStore          *store;          /* owned; nullable */
  char                 *database_path;  /* owned */
  GListStore           *families;       /* owned: HearthFamilyEntry */
  GtkFilterListModel   *filtered;       /* owned */
  GtkSingleSelection   *selection;      /* owned */
  GtkCustomFilter      *filter;         /* owned */
  char                **query_words;    /* owned: the search, folded */
  guint                 initial_load_id;
  HearthInstrumentRegistry *registry;   /* owned; nullable when no instrument loads */
  HearthLevelsOfNeed   *levels;         /* owned; nullable */
  GHashTable           *assessment_windows; /* owned keys: assessment id → borrowed window */
  gboolean              show_archived;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListView          *families_view;
  GtkStack             *content_stack;
  GtkWidget            *choose_family_page;

  HearthFamilyPage     *family_page;    /* borrowed from content_stack; NULL until a family opens */

  /* Borrowed from sidebar_stack; NULL until one of its status pages is
   * first shown (hearth-sidebar-pages.ui). */
  AdwStatusPage        *empty_page;
  GtkLabel             *empty_path_label;
  AdwStatusPage        *error_page;

  /* While an upgrade runs (hearth-window-upgrade.c): the page that covers
   * the records, and the records' widgets, kept aside meanwhile. */
  GtkWidget            *upgrade_page;   /* borrowed from toast_overlay; nullable */
  GtkWidget            *records;        /* owned while upgrade_page covers it; else NULL */
};

/* hearth-window-upgrade.c */
void hearth_window_hide_upgrade (HearthWindow *self);

/* hearth-window-families.c */
void hearth_window_init_families         (HearthWindow *self);
void hearth_window_schedule_initial_load (HearthWindow *self);
void hearth_window_set_query             (HearthWindow *self,
                                          const char   *text);
void hearth_window_show_sidebar_page     (HearthWindow *self,
                                          const char   *name);

G_END_DECLS
