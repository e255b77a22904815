/* hearth-supervision-page-form.c
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

#define G_LOG_DOMAIN "hearth-supervision"

#include "config.h"

#include <glib/gi18n.h>

#include "core/hearth-entities.h"
#include "hearth-person-dialog.h"
#include "hearth-supervision-page-private.h"

/* The supervision record form. No word is lost: a moment after the last
 * change (the autosave interval, one second by default) the whole record
 * is written in one transaction, and again when the page goes away. A
 * field that cannot be stored as typed (a half-written date) is marked and
 * explained on the form, and the rest of the record is stored with that
 * field's last good value, so one slip never holds back the others. */

/* The widgets of one action's row, kept on the row. */
typedef struct
{
  gint64          id;       /* 0 until stored */
  GtkCheckButton *done;
  GtkEntry       *text;
  GtkEntry       *owner;
  GtkEntry       *due;
  GtkButton      *remove;
} ActionWidgets;

static const char * const prompt_view_names[] = {
  "lived_view", "working_view", "worries_view", "changed_view",
};

static const char * const prompt_group_names[] = {
  "lived_group", "working_group", "worries_group", "changed_group",
};

G_STATIC_ASSERT (G_N_ELEMENTS (prompt_view_names) == HEARTH_REFLECTION_N_PROMPTS);
G_STATIC_ASSERT (G_N_ELEMENTS (prompt_group_names) == HEARTH_REFLECTION_N_PROMPTS);

static void edited (HearthSupervisionPage *self);

/* The store's order: by date, then as entered. */
static int
compare_records (gconstpointer a,
                 gconstpointer b)
{
  const HearthSupervision *x = *(HearthSupervision * const *) a;
  const HearthSupervision *y = *(HearthSupervision * const *) b;
  int by_date = g_strcmp0 (x->date, y->date);

  if (by_date != 0)
    return by_date;
  return x->id < y->id ? -1 : x->id > y->id ? 1 : 0;
}

static char *
format_for_entry (const char *iso)
{
  GDate date;

  if (iso == NULL || !hearth_date_parse (iso, &date, NULL))
    return g_strdup ("");
  return g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/* Returns: (transfer full) (nullable): the typed date as "YYYY-MM-DD",
 * or %NULL when it is not a date Hearth can store. */
static char *
parse_typed_date (const char *text)
{
  g_autofree char *iso = hearth_person_dialog_parse_date (text);

  if (iso == NULL || !hearth_date_validate (iso, NULL))
    return NULL;
  return g_steal_pointer (&iso);
}

static char *
dup_stripped (GtkEditable *editable)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static char *
dup_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
mark_invalid (GtkWidget *widget,
              gboolean   invalid)
{
  if (invalid)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static GtkWidget *
find_edit_icon (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_IMAGE (child) && gtk_widget_has_css_class (child, "edit-icon"))
        return child;
      if ((found = find_edit_icon (child)) != NULL)
        return found;
    }
  return NULL;
}

/* An entry row of a final record reads as plain text: its pencil, which
 * says "you can edit this", goes (found by its documented style class). */
static void
set_row_editable (AdwEntryRow *row,
                  gboolean     editable)
{
  GtkWidget *icon = find_edit_icon (GTK_WIDGET (row));

  gtk_editable_set_editable (GTK_EDITABLE (row), editable);
  if (icon != NULL)
    gtk_widget_set_visible (icon, editable);
}

static const HearthSupervisionAction *
lookup_stored_action (HearthSupervisionPage *self,
                      gint64                 id)
{
  for (guint i = 0; id != 0 && self->record != NULL && i < self->record->actions->len; i++)
    {
      const HearthSupervisionAction *action = g_ptr_array_index (self->record->actions, i);

      if (action->id == id)
        return action;
    }
  return NULL;
}

static void
sync_save_label (HearthSupervisionPage *self)
{
  const char *text;

  if (self->record == NULL)
    text = "";
  else if (self->read_only)
    text = _("Finalised");
  else if (self->dirty)
    /* Translators: shown while changes wait to be written. */
    text = _("Saving…");
  else if (self->record->id == 0)
    text = _("Not saved yet");
  else
    text = _("All changes saved");
  gtk_label_set_text (self->save_label, text);
}

static void
done_toggled_cb (GtkCheckButton        *check,
                 HearthSupervisionPage *self)
{
  ActionWidgets *widgets = g_object_get_data (G_OBJECT (check), "action");
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;

  if (!self->read_only)
    {
      edited (self);
      return;
    }

  /* A finalised record's actions can still be ticked off, at once. */
  if (widgets->id == 0
      || !hearth_store_set_supervision_action_done (self->store, widgets->id,
                                                    gtk_check_button_get_active (check), &error))
    {
      if (error != NULL)
        hearth_supervision_page_toast (self, error->message);
      self->loading = TRUE;
      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      self->loading = FALSE;
      return;
    }

  hearth_supervision_page_action_done (self, widgets->id, gtk_check_button_get_active (check));
}

static void
remove_clicked_cb (GtkButton             *button,
                   HearthSupervisionPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_remove (self->actions_list, row);
  edited (self);
}

static GtkEntry *
new_action_entry (const char *text,
                  const char *placeholder,
                  const char *label,
                  int         width_chars)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_ENTRY (entry);
}

/* One action: what is to be done across the row, who and by when
 * beneath it, so the description has the width it needs. The parts are
 * named for tests and the inspector. */
static GtkWidget *
add_action_row (HearthSupervisionPage         *self,
                const HearthSupervisionAction *action)
{
  ActionWidgets *widgets = g_new0 (ActionWidgets, 1);
  g_autofree char *due = format_for_entry (action != NULL ? action->due_date : NULL);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *fields = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *who_when = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  widgets->id = action != NULL ? action->id : 0;
  widgets->done = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_check_button_set_active (widgets->done, action != NULL && action->done);
  gtk_widget_set_valign (GTK_WIDGET (widgets->done), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (widgets->done), 6);
  gtk_widget_set_tooltip_text (GTK_WIDGET (widgets->done), _("Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (widgets->done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Done"), -1);
  widgets->text = new_action_entry (action != NULL ? action->text : NULL, _("What is to be done"),
                                    _("Action"), 16);
  widgets->owner = new_action_entry (action != NULL ? action->owner : NULL, _("Who"),
                                     _("Owner"), 8);
  gtk_widget_set_hexpand (GTK_WIDGET (widgets->owner), TRUE);
  widgets->due = new_action_entry (due, _("Due (day/month/year)"), _("Due date (day/month/year)"),
                                   12);
  widgets->remove = GTK_BUTTON (gtk_button_new_from_icon_name ("user-trash-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (widgets->remove), "flat");
  gtk_widget_set_valign (GTK_WIDGET (widgets->remove), GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (GTK_WIDGET (widgets->remove), _("Remove Action"));

  gtk_widget_set_name (GTK_WIDGET (widgets->done), "action-done");
  gtk_widget_set_name (GTK_WIDGET (widgets->text), "action-text");
  gtk_widget_set_name (GTK_WIDGET (widgets->owner), "action-owner");
  gtk_widget_set_name (GTK_WIDGET (widgets->due), "action-due");
  gtk_widget_set_name (GTK_WIDGET (widgets->remove), "action-remove");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_hexpand (fields, TRUE);
  gtk_box_append (GTK_BOX (who_when), GTK_WIDGET (widgets->owner));
  gtk_box_append (GTK_BOX (who_when), GTK_WIDGET (widgets->due));
  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (widgets->text));
  gtk_box_append (GTK_BOX (fields), who_when);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (widgets->done));
  gtk_box_append (GTK_BOX (box), fields);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (widgets->remove));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  g_object_set_data_full (G_OBJECT (row), "action", widgets, g_free);
  g_object_set_data (G_OBJECT (widgets->done), "action", widgets);
  g_signal_connect (widgets->done, "toggled", G_CALLBACK (done_toggled_cb), self);
  g_signal_connect_swapped (widgets->text, "changed", G_CALLBACK (edited), self);
  g_signal_connect_swapped (widgets->owner, "changed", G_CALLBACK (edited), self);
  g_signal_connect_swapped (widgets->due, "changed", G_CALLBACK (edited), self);
  g_signal_connect (widgets->remove, "clicked", G_CALLBACK (remove_clicked_cb), self);

  gtk_list_box_append (self->actions_list, row);
  return row;
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (widget);
  GtkWidget *row;

  if (self->record == NULL || self->read_only)
    return;

  /* An action is stored once it says what is to be done. */
  row = add_action_row (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (((ActionWidgets *) g_object_get_data (G_OBJECT (row),
                                                                           "action"))->text));
}

/* Reads the form into a copy of the record, keeping the last stored value
 * of any field that cannot be stored as typed, and says which on the
 * form. @rows receives the action rows stored, in order. */
static HearthSupervision *
read_form (HearthSupervisionPage *self,
           GPtrArray             *rows)
{
  g_autoptr(HearthSupervision) record = hearth_supervision_copy (self->record);
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  g_auto(GStrv) answers = g_new0 (char *, HEARTH_REFLECTION_N_PROMPTS + 1);
  g_autofree char *date = NULL;
  g_autofree char *review = NULL;
  g_autofree char *review_text = NULL;
  gboolean bad_due = FALSE;
  gboolean bad_review = FALSE;

  date = parse_typed_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  mark_invalid (GTK_WIDGET (self->date_row), date == NULL);
  if (date != NULL)
    {
      g_free (record->date);
      record->date = g_steal_pointer (&date);
    }
  else
    g_ptr_array_add (problems, _("The date is not a date: write it as day/month/year, for example "
                                 "14/03/2025."));

  g_free (record->supervisor);
  record->supervisor = dup_stripped (GTK_EDITABLE (self->supervisor_row));
  g_free (record->practitioner);
  record->practitioner = dup_stripped (GTK_EDITABLE (self->practitioner_row));
  mark_invalid (GTK_WIDGET (self->supervisor_row), record->supervisor == NULL);
  mark_invalid (GTK_WIDGET (self->practitioner_row), record->practitioner == NULL);
  if (record->supervisor == NULL || record->practitioner == NULL)
    g_ptr_array_add (problems, _("The record is stored once it names the supervisor and the "
                                 "practitioner."));

  /* Blank answers are empty strings, so the vector frees whole. */
  for (guint i = 0; i < HEARTH_REFLECTION_N_PROMPTS; i++)
    {
      answers[i] = dup_buffer_text (self->prompt_views[i]);
      if (answers[i] == NULL)
        answers[i] = g_strdup ("");
    }
  g_free (record->reflection);
  record->reflection = hearth_supervision_reflection_join ((const char * const *) answers);
  g_free (record->decisions);
  record->decisions = dup_buffer_text (self->decisions_view);

  review_text = dup_stripped (GTK_EDITABLE (self->next_review_row));
  if (review_text == NULL)
    g_clear_pointer (&record->next_review, g_free);
  else if ((review = parse_typed_date (review_text)) == NULL)
    {
      g_ptr_array_add (problems, _("The next review is not a date: write it as day/month/year."));
      bad_review = TRUE;
    }
  else if (g_strcmp0 (review, record->date) < 0)
    {
      g_ptr_array_add (problems, _("The next review date is before the supervision."));
      bad_review = TRUE;
    }
  else
    {
      g_free (record->next_review);
      record->next_review = g_steal_pointer (&review);
    }
  /* The last good review date stands in, unless the date moved past it. */
  if (bad_review && g_strcmp0 (record->next_review, record->date) < 0)
    g_clear_pointer (&record->next_review, g_free);
  mark_invalid (GTK_WIDGET (self->next_review_row), bad_review);

  g_ptr_array_set_size (record->actions, 0);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      ActionWidgets *widgets = g_object_get_data (G_OBJECT (row), "action");
      const HearthSupervisionAction *stored;
      g_autofree char *text = NULL;
      g_autofree char *due_text = NULL;
      g_autofree char *due = NULL;
      HearthSupervisionAction *action;

      if (widgets == NULL || (text = dup_stripped (GTK_EDITABLE (widgets->text))) == NULL)
        continue;

      stored = lookup_stored_action (self, widgets->id);
      due_text = dup_stripped (GTK_EDITABLE (widgets->due));
      due = due_text != NULL ? parse_typed_date (due_text) : NULL;
      mark_invalid (GTK_WIDGET (widgets->due), due_text != NULL && due == NULL);
      if (due_text != NULL && due == NULL)
        {
          bad_due = TRUE;
          due = g_strdup (stored != NULL ? stored->due_date : NULL);
        }

      action = hearth_supervision_add_action (record, text, NULL, due);
      action->id = widgets->id;
      action->owner = dup_stripped (GTK_EDITABLE (widgets->owner));
      action->done = gtk_check_button_get_active (widgets->done);
      g_ptr_array_add (rows, widgets);
    }
  if (bad_due)
    g_ptr_array_add (problems, _("A due date is not a date: write it as day/month/year."));

  gtk_widget_set_visible (GTK_WIDGET (self->form_message), problems->len > 0);
  if (problems->len > 0)
    {
      g_autofree char *message = NULL;

      g_ptr_array_add (problems, NULL);
      message = g_strjoinv (" ", (char **) problems->pdata);
      gtk_label_set_text (self->form_message, message);
    }

  return g_steal_pointer (&record);
}

/**
 * hearth_supervision_page_save_now:
 * @self: a page
 * @error: return location for an error
 *
 * Stores every edit in the form at once, in one transaction. On failure
 * the edits stay in the form and are tried again on the next change.
 *
 * Returns: %TRUE when everything is stored (or nothing needed to be);
 *   %FALSE with a %HEARTH_ENTITY_ERROR when the record cannot be stored
 *   yet (it lacks the supervisor or the practitioner), or a
 *   %HEARTH_STORE_ERROR
 */
gboolean
hearth_supervision_page_save_now (HearthSupervisionPage  *self,
                                  GError                **error)
{
  g_autoptr(HearthSupervision) record = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  gboolean found = FALSE;

  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), FALSE);

  hearth_supervision_page_cancel_save (self);
  if (!self->dirty || self->record == NULL || self->read_only || self->store == NULL)
    return TRUE;

  record = read_form (self, rows);
  if (record->supervisor == NULL || record->practitioner == NULL)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The supervision record needs the supervisor and the practitioner."));
      sync_save_label (self);
      return FALSE;
    }

  if (!hearth_store_save_supervision (self->store, record, error))
    {
      gtk_label_set_text (self->save_label, _("Not saved yet"));
      return FALSE;
    }

  /* The store gave new actions their ids: the rows keep them, so the
   * next save updates rather than adds. */
  for (guint i = 0; i < rows->len; i++)
    ((ActionWidgets *) g_ptr_array_index (rows, i))->id =
      ((HearthSupervisionAction *) g_ptr_array_index (record->actions, i))->id;

  g_clear_pointer (&self->record, hearth_supervision_unref);
  self->record = hearth_supervision_ref (record);
  self->dirty = FALSE;
  sync_save_label (self);

  /* The list of records follows without reading them all again. */
  for (guint i = 0; self->supervisions != NULL && i < self->supervisions->len; i++)
    {
      HearthSupervision **slot = (HearthSupervision **) &g_ptr_array_index (self->supervisions, i);

      if ((*slot)->id == record->id)
        {
          hearth_supervision_unref (*slot);
          *slot = hearth_supervision_copy (record);
          found = TRUE;
        }
    }
  if (!found && self->supervisions != NULL)
    g_ptr_array_add (self->supervisions, hearth_supervision_copy (record));
  if (self->supervisions != NULL)
    g_ptr_array_sort (self->supervisions, compare_records);
  hearth_supervision_page_show_records (self);
  return TRUE;
}

static gboolean
flush_cb (gpointer user_data)
{
  HearthSupervisionPage *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_id = 0;
  if (hearth_supervision_page_save_now (self, &error))
    return G_SOURCE_REMOVE;

  /* An incomplete record is explained on the form; a store that failed
   * (busy, full) is reported and tried again. */
  if (!g_error_matches (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING))
    {
      hearth_supervision_page_toast (self, error->message);
      self->save_id = g_timeout_add (self->interval_ms, flush_cb, self);
    }
  return G_SOURCE_REMOVE;
}

static void
edited (HearthSupervisionPage *self)
{
  if (self->loading || self->read_only || self->record == NULL)
    return;

  self->dirty = TRUE;
  sync_save_label (self);
  /* Wait for a pause in typing: each change starts the wait again. */
  hearth_supervision_page_cancel_save (self);
  self->save_id = g_timeout_add (self->interval_ms, flush_cb, self);
}

/**
 * hearth_supervision_page_cancel_save: (skip)
 *
 * Stops a pending autosave; the edits stay marked as not stored.
 */
void
hearth_supervision_page_cancel_save (HearthSupervisionPage *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
}

/**
 * hearth_supervision_page_fill_form: (skip)
 *
 * Shows the record in the form, read-only when it is final.
 */
void
hearth_supervision_page_fill_form (HearthSupervisionPage *self)
{
  HearthSupervision *record = self->record;
  g_auto(GStrv) answers = NULL;
  g_autofree char *date = NULL;
  g_autofree char *review = NULL;
  gboolean editable = record != NULL && !self->read_only;
  GtkWidget *child;

  self->loading = TRUE;

  date = format_for_entry (record != NULL ? record->date : NULL);
  review = format_for_entry (record != NULL ? record->next_review : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->supervisor_row),
                         record != NULL && record->supervisor != NULL ? record->supervisor : "");
  gtk_editable_set_text (GTK_EDITABLE (self->practitioner_row),
                         record != NULL && record->practitioner != NULL
                         ? record->practitioner : "");
  gtk_editable_set_text (GTK_EDITABLE (self->next_review_row), review);

  answers = hearth_supervision_reflection_split (record != NULL ? record->reflection : NULL);
  for (guint i = 0; i < HEARTH_REFLECTION_N_PROMPTS; i++)
    {
      set_buffer_text (self->prompt_views[i], answers[i]);
      gtk_text_view_set_editable (self->prompt_views[i], editable);
      gtk_text_view_set_cursor_visible (self->prompt_views[i], editable);
    }
  set_buffer_text (self->decisions_view, record != NULL ? record->decisions : NULL);
  gtk_text_view_set_editable (self->decisions_view, editable);
  gtk_text_view_set_cursor_visible (self->decisions_view, editable);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list))) != NULL)
    gtk_list_box_remove (self->actions_list, child);
  for (guint i = 0; record != NULL && i < record->actions->len; i++)
    {
      GtkWidget *row = add_action_row (self, g_ptr_array_index (record->actions, i));
      ActionWidgets *widgets = g_object_get_data (G_OBJECT (row), "action");

      gtk_editable_set_editable (GTK_EDITABLE (widgets->text), editable);
      gtk_editable_set_editable (GTK_EDITABLE (widgets->owner), editable);
      gtk_editable_set_editable (GTK_EDITABLE (widgets->due), editable);
      gtk_widget_set_visible (GTK_WIDGET (widgets->remove), editable);
      /* Done flags stay live on a final record, but only once stored. */
      gtk_widget_set_sensitive (GTK_WIDGET (widgets->done), record != NULL);
    }

  set_row_editable (self->date_row, editable);
  set_row_editable (self->supervisor_row, editable);
  set_row_editable (self->practitioner_row, editable);
  set_row_editable (self->next_review_row, editable);
  mark_invalid (GTK_WIDGET (self->date_row), FALSE);
  mark_invalid (GTK_WIDGET (self->supervisor_row), FALSE);
  mark_invalid (GTK_WIDGET (self->practitioner_row), FALSE);
  mark_invalid (GTK_WIDGET (self->next_review_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->form_message), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->finalise_button), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "supervision.finalise", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "supervision.add-action", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "supervision.new-record", self->family != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_group), record != NULL);

  if (record == NULL)
    adw_preferences_group_set_description (self->record_group, NULL);
  else if (self->read_only)
    adw_preferences_group_set_description (self->record_group,
                                           _("Finalised: this record can no longer be changed."));
  else
    adw_preferences_group_set_description (self->record_group,
                                           _("Saved as you write. Finalise it when it is agreed."));

  sync_save_label (self);
  self->loading = FALSE;
}

static void
buffer_changed_cb (GtkTextBuffer         *buffer,
                   HearthSupervisionPage *self)
{
  edited (self);
}

/**
 * hearth_supervision_page_init_form: (skip)
 *
 * Sets the prompts up and listens for edits.
 */
void
hearth_supervision_page_init_form (HearthSupervisionPage *self)
{
  for (guint i = 0; i < HEARTH_REFLECTION_N_PROMPTS; i++)
    {
      const char *heading = hearth_supervision_reflection_get_heading (i);

      adw_preferences_group_set_title (self->prompt_groups[i], heading);
      adw_preferences_group_set_description (self->prompt_groups[i],
                                             hearth_supervision_reflection_get_question (i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->prompt_views[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
      g_signal_connect (gtk_text_view_get_buffer (self->prompt_views[i]), "changed",
                        G_CALLBACK (buffer_changed_cb), self);
    }
  g_signal_connect (gtk_text_view_get_buffer (self->decisions_view), "changed",
                    G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (edited), self);
  g_signal_connect_swapped (self->supervisor_row, "changed", G_CALLBACK (edited), self);
  g_signal_connect_swapped (self->practitioner_row, "changed", G_CALLBACK (edited), self);
  g_signal_connect_swapped (self->next_review_row, "changed", G_CALLBACK (edited), self);

  gtk_list_box_set_placeholder (self->actions_list, NULL);
}

/**
 * hearth_supervision_page_bind_form: (skip)
 *
 * Binds the form's template children and installs its actions.
 */
void
hearth_supervision_page_bind_form (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, form_message);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, supervisor_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, practitioner_row);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, decisions_view);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, actions_list);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, add_action_button);
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, next_review_row);
  /* The prompts are an array in the structure: each is bound by offset. */
  for (guint i = 0; i < HEARTH_REFLECTION_N_PROMPTS; i++)
    {
      gssize views = G_STRUCT_OFFSET (HearthSupervisionPage, prompt_views);
      gssize groups = G_STRUCT_OFFSET (HearthSupervisionPage, prompt_groups);

      gtk_widget_class_bind_template_child_full (widget_class, prompt_view_names[i], FALSE,
                                                 views + i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, prompt_group_names[i], FALSE,
                                                 groups + i * sizeof (gpointer));
    }

  gtk_widget_class_install_action (widget_class, "supervision.add-action", NULL, add_action_action);
}
