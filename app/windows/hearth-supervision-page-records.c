/* hearth-supervision-page-records.c
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
#include "hearth-display.h"
#include "hearth-supervision-page-private.h"

/* The family's supervision records: which one the form shows, opening
 * earlier ones, starting a new one and finalising. */

/**
 * hearth_supervision_page_show_records: (skip)
 *
 * Lists the family's supervision records, newest first, marking the one
 * in the form.
 */
void
hearth_supervision_page_show_records (HearthSupervisionPage *self)
{
  hearth_supervision_page_clear_list (self->records_list);

  for (guint n = self->supervisions != NULL ? self->supervisions->len : 0; n > 0; n--)
    {
      HearthSupervision *record = g_ptr_array_index (self->supervisions, n - 1);
      g_autofree char *when = hearth_display_date (record->date, HEARTH_DATE_PRECISION_DAY);
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *status;

      /* Translators: "Supervisor name with practitioner name". */
      subtitle = g_strdup_printf (_("%s with %s"), record->supervisor, record->practitioner);
      row = hearth_supervision_page_new_row (when, subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "supervision-id",
                              g_memdup2 (&record->id, sizeof (gint64)), g_free);

      status = gtk_label_new (record->status == HEARTH_SUPERVISION_STATUS_FINAL
                              ? _("Final") : _("Draft"));
      gtk_widget_add_css_class (status, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      if (self->record != NULL && self->record->id == record->id)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   gtk_image_new_from_icon_name ("document-edit-symbolic"));
      else
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->records_list, row);
    }
}

/**
 * hearth_supervision_page_find_record: (skip)
 *
 * Returns: (transfer none) (nullable): the family's record with that id
 */
HearthSupervision *
hearth_supervision_page_find_record (HearthSupervisionPage *self,
                                     gint64                 supervision_id)
{
  for (guint i = 0; self->supervisions != NULL && i < self->supervisions->len; i++)
    {
      HearthSupervision *record = g_ptr_array_index (self->supervisions, i);

      if (record->id == supervision_id)
        return record;
    }
  return NULL;
}

/* A new record dated today, with this computer's practitioner when one
 * is set in the preferences. Tests and uninstalled runs may lack the
 * schema: then it starts without one. */
static HearthSupervision *
new_empty_record (HearthSupervisionPage *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *owned = NULL;
  g_autofree char *practitioner = NULL;
  HearthSupervision *record;

  record = hearth_supervision_new (self->family->id,
                                   hearth_supervision_page_dup_today_or_now (self, &owned),
                                   NULL, NULL);
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "practitioner-name"))
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

      practitioner = g_settings_get_string (settings, "practitioner-name");
    }
  if (practitioner != NULL && practitioner[0] != '\0')
    record->practitioner = g_steal_pointer (&practitioner);
  return record;
}

/**
 * hearth_supervision_page_dup_opening_record: (skip)
 *
 * Returns: (transfer full): the record the form opens on: the latest
 *   draft, else a new one dated today
 */
HearthSupervision *
hearth_supervision_page_dup_opening_record (HearthSupervisionPage *self)
{
  for (guint n = self->supervisions != NULL ? self->supervisions->len : 0; n > 0; n--)
    {
      HearthSupervision *draft = g_ptr_array_index (self->supervisions, n - 1);

      if (draft->status == HEARTH_SUPERVISION_STATUS_DRAFT)
        return hearth_supervision_copy (draft);
    }

  return new_empty_record (self);
}

/**
 * hearth_supervision_page_action_done: (skip)
 *
 * Notes that an action of a finalised record was ticked off (or not) in
 * the store, and works out the signals again.
 */
void
hearth_supervision_page_action_done (HearthSupervisionPage *self,
                                     gint64                 action_id,
                                     gboolean               done)
{
  for (guint i = 0; self->supervisions != NULL && i <= self->supervisions->len; i++)
    {
      HearthSupervision *record = i < self->supervisions->len
                                  ? g_ptr_array_index (self->supervisions, i) : self->record;

      for (guint a = 0; record != NULL && a < record->actions->len; a++)
        {
          HearthSupervisionAction *action = g_ptr_array_index (record->actions, a);

          if (action->id == action_id)
            action->done = done;
        }
    }

  hearth_supervision_page_compute_signals (self);
  hearth_supervision_page_show_signals (self);
}

/**
 * hearth_supervision_page_show_record: (skip)
 * @record: (transfer full) (nullable): the record to show
 *
 * Shows @record in the form, read-only when final, with the list of
 * records and what changed before it.
 */
void
hearth_supervision_page_show_record (HearthSupervisionPage *self,
                                     HearthSupervision     *record)
{
  g_clear_pointer (&self->record, hearth_supervision_unref);
  self->record = record;
  self->read_only = record != NULL && record->status == HEARTH_SUPERVISION_STATUS_FINAL;
  self->dirty = FALSE;
  hearth_supervision_page_fill_form (self);
  hearth_supervision_page_show_records (self);
  hearth_supervision_page_show_changes (self);
}

static void
record_activated_cb (GtkListBox            *list,
                     GtkListBoxRow         *row,
                     HearthSupervisionPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "supervision-id");

  if (id != NULL)
    hearth_supervision_page_open_record (self, *id);
}

static void
new_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  hearth_supervision_page_new_record (HEARTH_SUPERVISION_PAGE (widget));
}

static void
finalise_response_cb (AdwMessageDialog      *dialog,
                      const char            *response,
                      HearthSupervisionPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "finalise"))
    return;

  if (!hearth_supervision_page_finalise (self, &error))
    {
      hearth_supervision_page_toast (self, error->message);
      return;
    }
  hearth_supervision_page_toast (self, _("Supervision record finalised"));
}

static void
finalise_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthSupervisionPage *self = HEARTH_SUPERVISION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (self->record == NULL || self->read_only)
    return;

  /* The record must be stored whole before it is agreed. */
  if (!hearth_supervision_page_save_now (self, &error))
    {
      hearth_supervision_page_toast (self, error->message);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Finalise this supervision record?"),
                                   _("A finalised record cannot be changed. Its actions can still "
                                     "be ticked off when they are done."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "finalise", _("_Finalise"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "finalise",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (finalise_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hearth_supervision_page_new_record:
 * @self: a page
 *
 * Stores the record in the form, then opens a new one dated today. It is
 * stored once it has a supervisor and a practitioner. When the record in
 * the form cannot be stored yet, it stays open and the page says why.
 */
void
hearth_supervision_page_new_record (HearthSupervisionPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_SUPERVISION_PAGE (self));

  if (self->family == NULL)
    return;

  if (!hearth_supervision_page_save_now (self, &error))
    {
      hearth_supervision_page_toast (self, error->message);
      return;
    }

  hearth_supervision_page_show_record (self, new_empty_record (self));
}

/**
 * hearth_supervision_page_open_record:
 * @self: a page
 * @supervision_id: the row id of one of the family's records
 *
 * Stores the record in the form, then opens another: read-only when it
 * is final. When the record in the form cannot be stored yet, it stays
 * open and the page says why.
 *
 * Returns: %TRUE when the other record is open
 */
gboolean
hearth_supervision_page_open_record (HearthSupervisionPage *self,
                                     gint64                 supervision_id)
{
  g_autoptr(GError) error = NULL;
  HearthSupervision *record;

  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), FALSE);

  if (!hearth_supervision_page_save_now (self, &error))
    {
      hearth_supervision_page_toast (self, error->message);
      return FALSE;
    }

  record = hearth_supervision_page_find_record (self, supervision_id);
  if (record == NULL)
    return FALSE;

  hearth_supervision_page_show_record (self, hearth_supervision_copy (record));
  return TRUE;
}

/**
 * hearth_supervision_page_finalise:
 * @self: a page
 * @error: return location for an error
 *
 * Stores the record in the form and finalises it: afterwards it is
 * read-only, except that its actions can be ticked off.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR, or a
 *   %HEARTH_ENTITY_ERROR when the record is not complete
 */
gboolean
hearth_supervision_page_finalise (HearthSupervisionPage  *self,
                                  GError                **error)
{
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_SUPERVISION_PAGE (self), FALSE);
  g_return_val_if_fail (self->record != NULL && !self->read_only, FALSE);

  if (!hearth_supervision_page_save_now (self, error))
    return FALSE;

  if (self->record->id == 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The supervision record needs the supervisor and the practitioner."));
      return FALSE;
    }

  id = self->record->id;
  if (!hearth_store_finalise_supervision (self->store, id, error))
    return FALSE;

  hearth_supervision_page_load_records (self);
  hearth_supervision_page_show_signals (self);
  return hearth_supervision_page_open_record (self, id);
}

/**
 * hearth_supervision_page_bind_records: (skip)
 *
 * Binds the list of records and installs the record actions.
 */
void
hearth_supervision_page_bind_records (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, HearthSupervisionPage, records_list);
  gtk_widget_class_bind_template_callback (widget_class, record_activated_cb);

  gtk_widget_class_install_action (widget_class, "supervision.new-record", NULL, new_record_action);
  gtk_widget_class_install_action (widget_class, "supervision.finalise", NULL, finalise_action);
}
