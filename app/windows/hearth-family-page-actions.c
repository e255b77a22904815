/* hearth-family-page-actions.c
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

#define G_LOG_DOMAIN "hearth-family-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-event-dialog.h"
#include "hearth-family-dialog.h"
#include "hearth-family-page-private.h"
#include "hearth-pack-print.h"
#include "hearth-person-dialog.h"
#include "hearth-visit-dialog.h"

/* What the family page does rather than shows: the rows that open a
 * person, an event or an assessment, the dialogs that add and edit them,
 * and the page's actions (a visit, archiving, printing and exporting the
 * supervision pack). Each reports through the page's signals. */

static void
person_saved_cb (HearthPersonDialog *dialog,
                 HearthPerson       *person,
                 HearthFamilyPage   *self)
{
  g_autofree char *message = NULL;

  hearth_family_page_reload (self);
  /* Translators: %s is a person's name. */
  message = g_strdup_printf (_("%s saved"), person->name);
  hearth_family_page_toast (self, message);
  hearth_family_page_emit_family_changed (self);
}

static void
open_person_dialog (HearthFamilyPage *self,
                    HearthPersonKind  kind,
                    HearthPerson     *person)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  HearthPersonDialog *dialog;

  if (self->store == NULL || self->family == NULL)
    return;

  dialog = hearth_person_dialog_new (GTK_WINDOW (root), self->store, self->family->id, kind);
  if (person != NULL)
    hearth_person_dialog_set_person (dialog, person);
  g_signal_connect_object (dialog, "person-saved", G_CALLBACK (person_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
person_activated_cb (GtkListBox       *list,
                     GtkListBoxRow    *row,
                     HearthFamilyPage *self)
{
  HearthPerson *person = g_object_get_data (G_OBJECT (row), "person");

  if (person != NULL)
    open_person_dialog (self, person->kind, person);
}

static void
assessment_activated_cb (GtkListBox       *list,
                         GtkListBoxRow    *row,
                         HearthFamilyPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "assessment-id");

  if (id != NULL)
    hearth_family_page_emit_assessment_activated (self, *id);
}

static void
event_saved_cb (GObject          *dialog,
                gpointer          event,
                HearthFamilyPage *self)
{
  hearth_family_page_reload (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "chronology");
  hearth_family_page_toast (self, _("Chronology event saved"));
}

static void
event_deleted_cb (GObject          *dialog,
                  HearthFamilyPage *self)
{
  hearth_family_page_reload (self);
  hearth_family_page_toast (self, _("Chronology event deleted"));
}

static void
open_event_dialog (HearthFamilyPage *self,
                   HearthEvent      *event)
{
  HearthEventDialog *dialog;

  if (self->store == NULL || self->family == NULL || self->people == NULL)
    return;

  dialog = hearth_event_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    self->store, self->family->id, self->people);
  if (event != NULL)
    hearth_event_dialog_set_event (dialog, event);
  g_signal_connect_object (dialog, "event-saved", G_CALLBACK (event_saved_cb), self, 0);
  g_signal_connect_object (dialog, "event-deleted", G_CALLBACK (event_deleted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
event_activated_cb (GtkListBox       *list,
                    GtkListBoxRow    *row,
                    HearthFamilyPage *self)
{
  HearthEvent *event = g_object_get_data (G_OBJECT (row), "event");

  if (event != NULL)
    open_event_dialog (self, event);
}

static void
add_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_event_dialog (HEARTH_FAMILY_PAGE (widget), NULL);
}

static void
visit_saved_cb (HearthVisitDialog *dialog,
                HearthVisit       *visit,
                GArray            *assessments,
                HearthFamilyPage  *self)
{
  g_autofree char *message = NULL;

  hearth_family_page_reload (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "visits");
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Visit recorded; %u assessment started",
                                          "Visit recorded; %u assessments started",
                                          assessments->len),
                             assessments->len);
  hearth_family_page_toast (self, message);
}

static char *
dup_default_practitioner (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  /* Tests and uninstalled runs may lack the schema: then there is no default. */
  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "practitioner-name"))
    return NULL;
  settings = g_settings_new (APPLICATION_ID);
  return g_settings_get_string (settings, "practitioner-name");
}

static void
new_visit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (widget);
  g_autofree char *practitioner = NULL;
  HearthVisitDialog *dialog;

  if (self->store == NULL || self->family == NULL || self->people == NULL || self->registry == NULL)
    return;

  practitioner = dup_default_practitioner ();
  dialog = hearth_visit_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                    self->registry, self->family, self->people, practitioner);
  g_signal_connect_object (dialog, "visit-saved", G_CALLBACK (visit_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A timeline entry opens as its own list entry would. */
static void
charts_event_activated_cb (HearthChartsPage *page,
                           gint64            id,
                           int               kind,
                           HearthFamilyPage *self)
{
  g_autoptr(HearthEvent) event = NULL;

  if (kind == HEARTH_TIMELINE_ITEM_ASSESSMENT)
    hearth_family_page_emit_assessment_activated (self, id);
  else if (kind == HEARTH_TIMELINE_ITEM_VISIT)
    adw_view_stack_set_visible_child_name (self->view_stack, "visits");
  else if (self->store != NULL && (event = hearth_store_load_event (self->store, id, NULL)) != NULL)
    open_event_dialog (self, event);
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_person_dialog (HEARTH_FAMILY_PAGE (widget), HEARTH_PERSON_KIND_CHILD, NULL);
}

static void
add_adult_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_person_dialog (HEARTH_FAMILY_PAGE (widget), HEARTH_PERSON_KIND_ADULT, NULL);
}

static void
family_saved_cb (HearthFamilyDialog *dialog,
                 HearthFamily       *family,
                 HearthFamilyPage   *self)
{
  hearth_family_page_set_family (self, family);
  hearth_family_page_toast (self, _("Family saved"));
  hearth_family_page_emit_family_changed (self);
}

static void
edit_family_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (widget);
  HearthFamilyDialog *dialog;

  if (self->store == NULL || self->family == NULL)
    return;

  dialog = hearth_family_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store);
  hearth_family_dialog_set_family (dialog, self->family);
  g_signal_connect_object (dialog, "family-saved", G_CALLBACK (family_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
archive_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     HearthFamilyPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "archive") || self->family == NULL)
    return;

  if (!hearth_store_archive_family (self->store, self->family->id, TRUE, &error))
    {
      hearth_family_page_toast (self, error->message);
      return;
    }

  hearth_family_page_toast (self, _("Family archived"));
  hearth_family_page_emit_family_changed (self);
}

static void
archive_family_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (widget);
  GtkWidget *dialog;

  if (self->store == NULL || self->family == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Archive this family?"),
                                   _("Archived families leave the everyday list. Nothing is deleted: "
                                     "their records stay readable under “Show Archived Families”."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "archive", _("_Archive"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "archive",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (archive_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               HearthFamilyPage        *self)
{
  g_object_set_data (G_OBJECT (operation), "hearth-done", GINT_TO_POINTER (TRUE));
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    hearth_family_page_toast (self, _("The supervision pack could not be printed."));
}

static void
print_pack_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (widget);
  g_autoptr(HearthPackPrint) print = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->store == NULL || self->family == NULL)
    return;

  print = hearth_pack_print_new_for_family (self->store, self->registry, self->levels,
                                            self->family, &error);
  if (print == NULL)
    {
      hearth_family_page_toast (self, error->message);
      return;
    }

  /* The print dialog keeps the operation alive until it is done. */
  g_signal_connect_object (print, "done", G_CALLBACK (print_done_cb), self, 0);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (widget)), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR
      && g_object_get_data (G_OBJECT (print), "hearth-done") == NULL)
    hearth_family_page_toast (self, _("The supervision pack could not be printed."));
}

static void
export_response_cb (GtkNativeDialog  *chooser,
                    int               response,
                    HearthFamilyPage *self)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->pack_chooser);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->store == NULL || self->family == NULL)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL
      || !hearth_pack_print_export (self->store, self->registry, self->levels, self->family, file,
                                    &error))
    {
      hearth_family_page_toast (self, error != NULL
                                      ? error->message
                                      : _("The supervision pack could not be saved there."));
      return;
    }
  hearth_family_page_toast (self, _("Supervision pack exported"));
}

static void
export_pack_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HearthFamilyPage *self = HEARTH_FAMILY_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->store == NULL || self->family == NULL || self->pack_chooser != NULL)
    return;

  self->pack_chooser = gtk_file_chooser_native_new (_("Export Supervision Pack"),
                                                    GTK_WINDOW (gtk_widget_get_root (widget)),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                                    _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->pack_chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->pack_chooser), filter);
  name = hearth_pack_print_dup_file_name (self->family);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->pack_chooser), name);
  g_signal_connect_object (self->pack_chooser, "response", G_CALLBACK (export_response_cb), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->pack_chooser));
}

/**
 * hearth_family_page_bind_actions: (skip)
 * @widget_class: the family page's class
 *
 * Binds the template callbacks and installs the page actions defined here.
 */
void
hearth_family_page_bind_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, charts_event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, assessment_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, event_activated_cb);

  gtk_widget_class_install_action (widget_class, "page.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "page.add-adult", NULL, add_adult_action);
  gtk_widget_class_install_action (widget_class, "page.edit-family", NULL, edit_family_action);
  gtk_widget_class_install_action (widget_class, "page.new-visit", NULL, new_visit_action);
  gtk_widget_class_install_action (widget_class, "page.add-event", NULL, add_event_action);
  gtk_widget_class_install_action (widget_class, "page.archive-family", NULL, archive_family_action);
  gtk_widget_class_install_action (widget_class, "page.print-pack", NULL, print_pack_action);
  gtk_widget_class_install_action (widget_class, "page.export-pack", NULL, export_pack_action);
}
