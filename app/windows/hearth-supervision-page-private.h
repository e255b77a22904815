/* hearth-supervision-page-private.h
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

#include "core/hearth-signals.h"
#include "hearth-supervision-page.h"
#include "hearth-supervision-reflection.h"

G_BEGIN_DECLS

/* Shared by hearth-supervision-page.c (the type and loading), -records.c
 * (which record the form shows), -form.c (the record form and its
 * autosave) and -review.c (the signals and what changed). */
struct _HearthSupervisionPage
{
  GtkWidget                 parent_instance;

  HearthStore              *store;         /* owned; nullable */
  HearthInstrumentRegistry *registry;      /* owned; nullable */
  HearthFamily             *family;        /* owned; nullable */
  char                     *today;         /* owned; nullable: the real date */

  /* The family's records, read afresh on each reload; all owned. */
  GPtrArray                *people;
  GPtrArray                *visits;
  GPtrArray                *assessments;
  GPtrArray                *events;
  GPtrArray                *periods;
  GPtrArray                *supervisions;
  GPtrArray                *signals;

  HearthSupervision        *record;        /* owned; nullable: the record in the form, id 0
                                            * until first stored */
  gboolean                  read_only;     /* the record is final */
  gboolean                  loading;       /* filling the form: changes are not edits */
  gboolean                  dirty;         /* edits not yet stored */
  guint                     save_id;
  guint                     interval_ms;

  GtkListBox               *signals_list;
  AdwPreferencesGroup      *changes_group;
  GtkListBox               *changes_list;
  AdwPreferencesGroup      *record_group;
  GtkLabel                 *save_label;
  GtkButton                *finalise_button;
  GtkLabel                 *form_message;
  AdwEntryRow              *date_row;
  AdwEntryRow              *supervisor_row;
  AdwEntryRow              *practitioner_row;
  AdwPreferencesGroup      *prompt_groups[HEARTH_REFLECTION_N_PROMPTS];
  GtkTextView              *prompt_views[HEARTH_REFLECTION_N_PROMPTS];
  GtkTextView              *decisions_view;
  GtkListBox               *actions_list;
  GtkButton                *add_action_button;
  AdwEntryRow              *next_review_row;
  GtkListBox               *records_list;
};

/* hearth-supervision-page.c */
const char *hearth_supervision_page_dup_today_or_now  (HearthSupervisionPage *self,
                                                        char                 **owned);
const char *hearth_supervision_page_person_name       (HearthSupervisionPage *self,
                                                        gint64                 person_id);
const char *hearth_supervision_page_instrument_title  (HearthSupervisionPage *self,
                                                        const char            *instrument_id,
                                                        const char            *version);
void        hearth_supervision_page_clear_list        (GtkListBox            *list);
GtkWidget  *hearth_supervision_page_new_row           (const char            *title,
                                                        const char            *subtitle);
void        hearth_supervision_page_toast             (HearthSupervisionPage *self,
                                                        const char            *message);
void        hearth_supervision_page_compute_signals   (HearthSupervisionPage *self);
void        hearth_supervision_page_load_records      (HearthSupervisionPage *self);

/* hearth-supervision-page-records.c */
void               hearth_supervision_page_show_records       (HearthSupervisionPage *self);
HearthSupervision *hearth_supervision_page_find_record        (HearthSupervisionPage *self,
                                                               gint64                 id);
HearthSupervision *hearth_supervision_page_dup_opening_record (HearthSupervisionPage *self);
void               hearth_supervision_page_show_record        (HearthSupervisionPage *self,
                                                               HearthSupervision     *record);
void               hearth_supervision_page_action_done        (HearthSupervisionPage *self,
                                                               gint64                 action_id,
                                                               gboolean               done);
void               hearth_supervision_page_bind_records       (GtkWidgetClass        *widget_class);

/* hearth-supervision-page-form.c */
void        hearth_supervision_page_init_form         (HearthSupervisionPage *self);
void        hearth_supervision_page_fill_form         (HearthSupervisionPage *self);
void        hearth_supervision_page_cancel_save       (HearthSupervisionPage *self);
void        hearth_supervision_page_bind_form         (GtkWidgetClass        *widget_class);

/* hearth-supervision-page-review.c */
void        hearth_supervision_page_show_signals      (HearthSupervisionPage *self);
void        hearth_supervision_page_show_changes      (HearthSupervisionPage *self);

G_END_DECLS
