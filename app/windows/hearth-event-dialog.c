/* hearth-event-dialog.c
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

#define G_LOG_DOMAIN "hearth-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-event-dialog.h"
#include "hearth-person-dialog.h"

/* One chronology entry, built the way chronology guidance asks (DESIGN.md,
 * "Chronology"): the date and how precisely it is known, the children it
 * concerns, what happened and who says so, its impact on the child, the
 * action taken or why none was, and how significant it is. */
struct _HearthEventDialog
{
  AdwWindow            parent_instance;

  HearthStore         *store;         /* owned */
  HearthEvent         *event;         /* owned; nullable: NULL adds a new event */
  GPtrArray           *people;        /* owned: HearthPerson */
  GPtrArray           *child_checks;  /* owned refs, one per child in people order */
  gint64               family_id;

  AdwWindowTitle      *title;
  AdwEntryRow         *date_row;
  AdwComboRow         *precision_row;
  AdwComboRow         *category_row;
  AdwEntryRow         *source_row;
  GtkTextView         *what_view;
  AdwPreferencesGroup *children_group;
  AdwComboRow         *impact_row;
  AdwEntryRow         *impact_text_row;
  AdwEntryRow         *action_row;
  AdwEntryRow         *analysis_row;
  AdwComboRow         *significance_row;
  GtkLabel            *error_label;
  GtkButton           *save_button;
  GtkButton           *delete_button;
};

G_DEFINE_FINAL_TYPE (HearthEventDialog, hearth_event_dialog, ADW_TYPE_WINDOW)

enum {
  EVENT_SAVED,
  EVENT_DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Combo positions follow these tables, so the stored enums never depend on
 * the order strings happen to be shown in. */
static const HearthEventImpact impacts[] = {
  HEARTH_EVENT_IMPACT_NEGATIVE,
  HEARTH_EVENT_IMPACT_POSITIVE,
  HEARTH_EVENT_IMPACT_NEUTRAL,
  HEARTH_EVENT_IMPACT_UNKNOWN,
};

static const HearthSignificance significances[] = {
  HEARTH_SIGNIFICANCE_LOW,
  HEARTH_SIGNIFICANCE_MEDIUM,
  HEARTH_SIGNIFICANCE_HIGH,
};

static void
show_error (HearthEventDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
dup_entry (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
save_cb (HearthEventDialog *self)
{
  g_autoptr(HearthEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *source = NULL;
  g_autofree char *what = NULL;
  guint child_index = 0;

  date = hearth_person_dialog_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  if (date == NULL)
    {
      show_error (self, _("The date is not a date: write it as day/month/year, for example 14/03/2025."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }

  source = dup_entry (self->source_row);
  what = dup_text (self->what_view);

  if (self->event != NULL)
    {
      event = hearth_event_copy (self->event);
      g_free (event->date);
      event->date = g_steal_pointer (&date);
      event->category = adw_combo_row_get_selected (self->category_row);
      g_free (event->source_agency);
      event->source_agency = g_strdup (source != NULL ? source : "");
      g_free (event->what_happened);
      event->what_happened = g_steal_pointer (&what);
      g_array_set_size (event->child_ids, 0);
    }
  else
    event = hearth_event_new (self->family_id, date, adw_combo_row_get_selected (self->category_row),
                              source != NULL ? source : "", what);

  event->precision = adw_combo_row_get_selected (self->precision_row);
  event->impact = impacts[MIN (adw_combo_row_get_selected (self->impact_row), G_N_ELEMENTS (impacts) - 1)];
  event->significance = significances[MIN (adw_combo_row_get_selected (self->significance_row),
                                           G_N_ELEMENTS (significances) - 1)];
  g_free (event->impact_text);
  event->impact_text = dup_entry (self->impact_text_row);
  g_free (event->action_taken);
  event->action_taken = dup_entry (self->action_row);
  g_free (event->analysis);
  event->analysis = dup_entry (self->analysis_row);

  for (guint i = 0; i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);

      if (!hearth_person_is_child (person))
        continue;
      if (gtk_check_button_get_active (g_ptr_array_index (self->child_checks, child_index++)))
        {
          /* An event cannot concern a child before their birth. */
          if (person->date_of_birth != NULL && g_strcmp0 (event->date, person->date_of_birth) < 0)
            {
              show_error (self, _("The event is dated before the date of birth of a child it "
                                  "concerns; check the date."));
              return;
            }
          hearth_event_add_child (event, person->id);
        }
    }

  if (!hearth_event_validate (event, &error) ||
      !hearth_store_save_event (self->store, event, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[EVENT_SAVED], 0, event);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
destroy_later_cb (gpointer user_data)
{
  g_autoptr(GtkWindow) window = user_data;

  gtk_window_destroy (window);
}

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    HearthEventDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->event == NULL)
    return;

  if (!hearth_store_delete_event (self->store, self->event->id, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[EVENT_DELETED], 0);

  /* The confirmation is still answering and is ours as a transient child:
   * let it finish before this dialog goes. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_once (destroy_later_cb, g_object_ref (self));
}

static void
delete_cb (HearthEventDialog *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Delete this chronology event?"),
                                   _("The deletion is recorded in the audit trail. Deleted events "
                                     "no longer appear in the chronology or its charts."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hearth_event_dialog_dispose (GObject *object)
{
  HearthEventDialog *self = HEARTH_EVENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_EVENT_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->event, hearth_event_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->child_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_event_dialog_parent_class)->dispose (object);
}

static void
hearth_event_dialog_class_init (HearthEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_event_dialog_dispose;

  signals[EVENT_SAVED] =
    g_signal_new ("event-saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HEARTH_TYPE_EVENT);
  signals[EVENT_DELETED] =
    g_signal_new ("event-deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, title);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, precision_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, what_view);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, children_group);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, impact_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, impact_text_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, action_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, analysis_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, significance_row);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HearthEventDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_event_dialog_init (HearthEventDialog *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d/%m/%Y");

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < HEARTH_EVENT_N_CATEGORIES; i++)
    gtk_string_list_append (categories, hearth_event_category_get_label (i));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  adw_combo_row_set_selected (self->category_row, HEARTH_EVENT_CATEGORY_OTHER);
  adw_combo_row_set_selected (self->impact_row, 3);
  adw_combo_row_set_selected (self->significance_row, 1);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  self->child_checks = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * hearth_event_dialog_new:
 * @parent: the window the dialog belongs to
 * @store: where the event is saved
 * @family_id: the family's row id
 * @people: (element-type HearthPerson): the family's people
 *
 * Returns: (transfer none): a modal dialog that adds an event; it destroys
 *   itself when closed
 */
HearthEventDialog *
hearth_event_dialog_new (GtkWindow   *parent,
                         HearthStore *store,
                         gint64       family_id,
                         GPtrArray   *people)
{
  HearthEventDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (family_id > 0, NULL);
  g_return_val_if_fail (people != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_EVENT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->family_id = family_id;
  self->people = g_ptr_array_ref (people);

  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);
      GtkWidget *row, *check;

      if (!hearth_person_is_child (person))
        continue;

      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      person->name, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->children_group, row);
      g_ptr_array_add (self->child_checks, g_object_ref (check));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->children_group), self->child_checks->len > 0);

  return self;
}

/**
 * hearth_event_dialog_set_event:
 * @self: a dialog
 * @event: the stored event to edit
 *
 * Turns the dialog into one that edits, or deletes, @event.
 */
void
hearth_event_dialog_set_event (HearthEventDialog *self,
                               HearthEvent       *event)
{
  GDate date;
  guint child_index = 0;

  g_return_if_fail (HEARTH_IS_EVENT_DIALOG (self));
  g_return_if_fail (event != NULL && event->id > 0);

  g_clear_pointer (&self->event, hearth_event_unref);
  self->event = hearth_event_ref (event);

  adw_window_title_set_title (self->title, _("Edit Chronology Event"));
  gtk_button_set_label (self->save_button, _("_Save"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);

  if (hearth_date_parse (event->date, &date, NULL))
    {
      g_autofree char *text = g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&date),
                                               g_date_get_month (&date), g_date_get_year (&date));
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
    }
  adw_combo_row_set_selected (self->precision_row, event->precision);
  adw_combo_row_set_selected (self->category_row, event->category);
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), event->source_agency);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->what_view), event->what_happened, -1);
  for (guint i = 0; i < G_N_ELEMENTS (impacts); i++)
    if (impacts[i] == event->impact)
      adw_combo_row_set_selected (self->impact_row, i);
  for (guint i = 0; i < G_N_ELEMENTS (significances); i++)
    if (significances[i] == event->significance)
      adw_combo_row_set_selected (self->significance_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->impact_text_row), event->impact_text != NULL ? event->impact_text : "");
  gtk_editable_set_text (GTK_EDITABLE (self->action_row), event->action_taken != NULL ? event->action_taken : "");
  gtk_editable_set_text (GTK_EDITABLE (self->analysis_row), event->analysis != NULL ? event->analysis : "");

  for (guint i = 0; i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);

      if (!hearth_person_is_child (person))
        continue;
      gtk_check_button_set_active (g_ptr_array_index (self->child_checks, child_index++),
                                   hearth_event_concerns_child (event, person->id));
    }
}
