/* hearth-assessment-window.c
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

#define G_LOG_DOMAIN "hearth-assessment-window"

#include "config.h"

#include <glib/gi18n.h>

#include "forms/hearth-assessment-editor.h"

#include "hearth-assessment-window.h"
#include "hearth-display.h"

/* One assessment, in its own window so several can be open side by side.
 *
 * No word is ever lost: every change the editor reports is kept in @pending
 * and written to the store, in one transaction, at most autosave-interval
 * seconds later (default one second) and again when the window closes. The
 * header says whether everything is saved. A finalised assessment is
 * read-only; an amendment makes a new version with a reason, and the earlier
 * one stays readable (DESIGN.md, "Storage"). */
struct _HearthAssessmentWindow
{
  AdwWindow                 parent_instance;

  HearthStore              *store;       /* owned */
  HearthInstrumentRegistry *registry;    /* owned */
  HearthLevelsOfNeed       *levels;      /* owned; nullable */
  HearthAssessment         *assessment;  /* owned */
  HearthInstrument         *instrument;  /* owned */
  GPtrArray                *people;      /* owned: the family's HearthPerson */
  GHashTable               *pending;     /* owned: item id → HearthResponse not yet stored */
  guint                     flush_id;
  guint                     interval_ms;
  GtkWidget                *editor;      /* borrowed: child of editor_bin */

  AdwWindowTitle           *title;
  GtkLabel                 *save_label;
  GtkButton                *finalise_button;
  GtkButton                *amend_button;
  GtkRevealer              *status_revealer;
  GtkLabel                 *status_label;
  AdwBin                   *editor_bin;
  AdwToastOverlay          *toast_overlay;
};

G_DEFINE_FINAL_TYPE (HearthAssessmentWindow, hearth_assessment_window, ADW_TYPE_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean rebuild (HearthAssessmentWindow *self,
                         gint64                  assessment_id,
                         GError                **error);

static const char *
person_name (HearthAssessmentWindow *self,
             gint64                  person_id)
{
  for (guint i = 0; self->people != NULL && i < self->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->people, i);

      if (person->id == person_id)
        return person->name;
    }
  return NULL;
}

static void
set_save_state (HearthAssessmentWindow *self,
                const char             *text)
{
  gtk_label_set_text (self->save_label, text);
}

static gboolean
save_pending_cb (HearthStore  *store,
                 gpointer      user_data,
                 GError      **error)
{
  HearthAssessmentWindow *self = user_data;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!hearth_store_save_response (store, self->assessment->id, value, error))
      return FALSE;
  return TRUE;
}

/**
 * hearth_assessment_window_save_now:
 * @self: an assessment window
 * @error: return location for an error
 *
 * Writes every change not yet stored, in one transaction. On failure nothing
 * is lost: the changes stay pending and are tried again.
 *
 * Returns: %TRUE when everything is stored
 */
gboolean
hearth_assessment_window_save_now (HearthAssessmentWindow  *self,
                                   GError                 **error)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_WINDOW (self), FALSE);

  g_clear_handle_id (&self->flush_id, g_source_remove);

  if (g_hash_table_size (self->pending) == 0)
    return TRUE;

  if (!hearth_store_transaction (self->store, save_pending_cb, self, error))
    {
      /* Translators: shown in the header when an autosave failed. */
      set_save_state (self, _("Not saved yet"));
      return FALSE;
    }

  g_hash_table_remove_all (self->pending);
  set_save_state (self, _("All changes saved"));
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static gboolean
flush_cb (gpointer user_data)
{
  HearthAssessmentWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->flush_id = 0;
  if (!hearth_assessment_window_save_now (self, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      /* Try again: the database may have been busy. */
      self->flush_id = g_timeout_add (self->interval_ms, flush_cb, self);
    }
  return G_SOURCE_REMOVE;
}

static void
response_changed_cb (GtkWidget              *editor,
                     HearthResponse         *response,
                     HearthAssessmentWindow *self)
{
  if (!hearth_assessment_is_editable (self->assessment))
    return;

  g_hash_table_replace (self->pending, g_strdup (response->item_id), hearth_response_copy (response));
  /* Translators: shown in the header while changes wait to be written. */
  set_save_state (self, _("Saving…"));
  if (self->flush_id == 0)
    self->flush_id = g_timeout_add (self->interval_ms, flush_cb, self);
}

static void
sync_status (HearthAssessmentWindow *self)
{
  HearthAssessment *assessment = self->assessment;
  gboolean editable = hearth_assessment_is_editable (assessment);
  g_autofree char *status = NULL;
  const char *whom;

  whom = assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD ? person_name (self, assessment->child_id) : NULL;
  adw_window_title_set_title (self->title, hearth_instrument_get_title (self->instrument));
  adw_window_title_set_subtitle (self->title, whom != NULL ? whom : _("Household"));

  gtk_widget_set_visible (GTK_WIDGET (self->finalise_button), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->amend_button),
                          assessment->status == HEARTH_ASSESSMENT_STATUS_FINAL);
  gtk_widget_set_visible (GTK_WIDGET (self->save_label), editable);

  if (assessment->status == HEARTH_ASSESSMENT_STATUS_FINAL)
    {
      g_autofree char *when = hearth_display_date_time (assessment->finalised_at);

      /* Translators: "Finalised on 14 March 2025, 10:30 by Pat". */
      status = g_strdup_printf (_("Finalised on %s by %s. It can no longer be changed; "
                                  "amend it to record a correction, with a reason."),
                                when, assessment->finalised_by != NULL ? assessment->finalised_by : "");
    }
  else if (assessment->status == HEARTH_ASSESSMENT_STATUS_SUPERSEDED)
    status = g_strdup (_("Superseded by an amended version. This earlier version stays readable."));
  else if (assessment->supersedes_id > 0 && assessment->amend_reason != NULL)
    /* Translators: %s is the reason the practitioner gave for an amendment. */
    status = g_strdup_printf (_("Amendment of an earlier version. Reason: %s"), assessment->amend_reason);

  gtk_label_set_text (self->status_label, status != NULL ? status : "");
  gtk_revealer_set_reveal_child (self->status_revealer, status != NULL);
}

static gboolean
finalise_cb (HearthStore  *store,
             gpointer      user_data,
             GError      **error)
{
  HearthAssessmentWindow *self = user_data;
  g_autoptr(HearthEvent) event = NULL;
  g_autofree char *date = hearth_date_dup_today ();
  g_autofree char *what = NULL;

  if (!hearth_store_finalise_assessment (store, self->assessment->id, error))
    return FALSE;

  /* Finalised assessments appear in the chronology by themselves. */
  /* Translators: %s is the title of an instrument, e.g. "Home conditions". */
  what = g_strdup_printf (_("%s finalised"), hearth_instrument_get_title (self->instrument));
  event = hearth_event_new (self->assessment->family_id, date, HEARTH_EVENT_CATEGORY_ASSESSMENT,
                            _("Children’s social care"), what);
  event->assessment_id = self->assessment->id;
  event->visit_id = self->assessment->visit_id;
  if (self->assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD)
    hearth_event_add_child (event, self->assessment->child_id);
  return hearth_store_save_event (store, event, error);
}

/**
 * hearth_assessment_window_finalise:
 * @self: an assessment window
 * @error: return location for an error
 *
 * Saves what is pending, checks that every required item is rated or not
 * known and that a decision differing from the suggestion has a reason, then
 * finalises the assessment; it becomes read-only.
 *
 * Returns: %TRUE when the assessment is final
 */
gboolean
hearth_assessment_window_finalise (HearthAssessmentWindow  *self,
                                   GError                 **error)
{
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_WINDOW (self), FALSE);

  if (!hearth_assessment_window_save_now (self, error) ||
      !hearth_assessment_editor_check_complete (HEARTH_ASSESSMENT_EDITOR (self->editor), error) ||
      !hearth_store_transaction (self->store, finalise_cb, self, error))
    return FALSE;

  id = self->assessment->id;
  if (!rebuild (self, id, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * hearth_assessment_window_amend:
 * @self: an assessment window showing a final assessment
 * @reason: why it is amended
 * @error: return location for an error
 *
 * Creates a new draft version that supersedes the final one and shows it.
 *
 * Returns: %TRUE when the amendment exists
 */
gboolean
hearth_assessment_window_amend (HearthAssessmentWindow  *self,
                                const char              *reason,
                                GError                 **error)
{
  g_autoptr(HearthAssessment) amended = NULL;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_WINDOW (self), FALSE);

  amended = hearth_store_amend_assessment (self->store, self->assessment->id, reason, error);
  if (amended == NULL || !rebuild (self, amended->id, error))
    return FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

static void
show_problem (HearthAssessmentWindow *self,
              const char             *heading,
              const GError           *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
finalise_response_cb (AdwMessageDialog       *dialog,
                      const char             *response,
                      HearthAssessmentWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "finalise"))
    return;

  if (!hearth_assessment_window_finalise (self, &error))
    show_problem (self, _("Not Finalised"), error);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Assessment finalised")));
}

static void
finalise_clicked_cb (HearthAssessmentWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  /* Say what is missing before asking anything. */
  if (!hearth_assessment_window_save_now (self, &error) ||
      !hearth_assessment_editor_check_complete (HEARTH_ASSESSMENT_EDITOR (self->editor), &error))
    {
      show_problem (self, _("Not Ready to Finalise"), error);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Finalise this assessment?"),
                                   _("It becomes read-only. A later correction is made as an "
                                     "amendment, with a reason, and this version stays readable."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "finalise", _("_Finalise"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "finalise",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "finalise");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (finalise_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reason_changed_cb (GtkEditable      *editable,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (dialog, "amend", *reason != '\0');
}

static void
amend_response_cb (AdwMessageDialog       *dialog,
                   const char             *response,
                   HearthAssessmentWindow *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "amend") || *reason == '\0')
    return;

  if (!hearth_assessment_window_amend (self, reason, &error))
    show_problem (self, _("Not Amended"), error);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Amendment started")));
}

static void
amend_clicked_cb (HearthAssessmentWindow *self)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why is it amended?"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for the amendment"), -1);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Amend this assessment?"),
                                   _("A new version is made from this one; this version is kept, "
                                     "marked as superseded. Say why it is amended."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "amend", _("_Amend"),
                                    NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "amend", FALSE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "amend",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (amend_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
hearth_assessment_window_close_request (GtkWindow *window)
{
  HearthAssessmentWindow *self = HEARTH_ASSESSMENT_WINDOW (window);
  g_autoptr(GError) error = NULL;

  /* Nothing typed is lost on close: write it now. If that fails the window
   * stays open, with the reason, so the words are still there. */
  if (!hearth_assessment_window_save_now (self, &error))
    {
      show_problem (self, _("Changes Not Saved"), error);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (hearth_assessment_window_parent_class)->close_request (window);
}

static guint
read_interval_ms (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  guint seconds;

  if (source == NULL)
    return 1000;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "autosave-interval"))
    return 1000;
  settings = g_settings_new (APPLICATION_ID);
  seconds = g_settings_get_uint (settings, "autosave-interval");
  return CLAMP (seconds, 1, 60) * 1000;
}

static int
child_age_at_visit (HearthAssessmentWindow *self,
                    GError                **error)
{
  g_autoptr(HearthVisit) visit = NULL;
  g_autofree char *at = NULL;
  HearthPerson *child = NULL;
  int years = -1;

  if (self->assessment->scope != HEARTH_ASSESSMENT_SCOPE_CHILD)
    return -1;

  for (guint i = 0; i < self->people->len; i++)
    if (((HearthPerson *) g_ptr_array_index (self->people, i))->id == self->assessment->child_id)
      child = g_ptr_array_index (self->people, i);
  if (child == NULL || child->date_of_birth == NULL)
    return 0;

  /* Age bands apply at the date of the visit the screening belongs to. */
  if (self->assessment->visit_id > 0)
    visit = hearth_store_load_visit (self->store, self->assessment->visit_id, NULL);
  at = visit != NULL ? hearth_date_from_unix (visit->visited_at)
                     : hearth_date_from_unix (self->assessment->created_at);
  if (!hearth_date_age_at (child->date_of_birth, at, &years, error))
    return -2;
  return years;
}

static gboolean
rebuild (HearthAssessmentWindow  *self,
         gint64                   assessment_id,
         GError                 **error)
{
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) children = NULL;
  GtkWidget *editor;
  int age;

  assessment = hearth_store_load_assessment (self->store, assessment_id, error);
  if (assessment == NULL)
    return FALSE;
  instrument = hearth_instrument_registry_lookup (self->registry, assessment->instrument_id,
                                                  (int) g_ascii_strtoll (assessment->instrument_version, NULL, 10),
                                                  error);
  if (instrument == NULL)
    return FALSE;
  people = hearth_store_list_people (self->store, assessment->family_id, error);
  if (people == NULL)
    return FALSE;

  g_clear_pointer (&self->assessment, hearth_assessment_unref);
  self->assessment = g_steal_pointer (&assessment);
  g_set_object (&self->instrument, instrument);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  self->people = g_steal_pointer (&people);

  age = child_age_at_visit (self, error);
  if (age == -2)
    return FALSE;

  children = g_ptr_array_new ();
  for (guint i = 0; i < self->people->len; i++)
    if (hearth_person_is_child (g_ptr_array_index (self->people, i)))
      g_ptr_array_add (children, g_ptr_array_index (self->people, i));

  editor = hearth_assessment_editor_new (self->instrument, self->assessment, age, children, self->levels);
  hearth_assessment_editor_set_editable (HEARTH_ASSESSMENT_EDITOR (editor),
                                         hearth_assessment_is_editable (self->assessment));
  g_signal_connect_object (editor, "response-changed", G_CALLBACK (response_changed_cb), self, 0);
  adw_bin_set_child (self->editor_bin, editor);
  self->editor = editor;

  set_save_state (self, _("All changes saved"));
  sync_status (self);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HearthAssessmentWindow *self = HEARTH_ASSESSMENT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hearth_assessment_window_save_now (self, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
hearth_assessment_window_dispose (GObject *object)
{
  HearthAssessmentWindow *self = HEARTH_ASSESSMENT_WINDOW (object);

  g_clear_handle_id (&self->flush_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_ASSESSMENT_WINDOW);
  self->editor = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->registry);
  g_clear_object (&self->levels);
  g_clear_object (&self->instrument);
  g_clear_pointer (&self->assessment, hearth_assessment_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);

  G_OBJECT_CLASS (hearth_assessment_window_parent_class)->dispose (object);
}

static void
hearth_assessment_window_class_init (HearthAssessmentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hearth_assessment_window_dispose;
  window_class->close_request = hearth_assessment_window_close_request;

  /**
   * HearthAssessmentWindow::changed:
   *
   * Emitted when something was written to the store: answers saved,
   * the assessment finalised or amended.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-assessment-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentWindow, title);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentWindow, save_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentWindow, finalise_button);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentWindow, amend_button);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentWindow, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentWindow, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, HearthAssessmentWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, finalise_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, amend_clicked_cb);

  gtk_widget_class_install_action (widget_class, "assessment.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "assessment.save", NULL);
}

static void
hearth_assessment_window_init (HearthAssessmentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) hearth_response_free);
  self->interval_ms = read_interval_ms ();
}

/**
 * hearth_assessment_window_new:
 * @parent: (nullable): the main window
 * @store: the store the assessment is in
 * @registry: the instruments
 * @levels: (nullable): the names of the levels of need
 * @assessment_id: the assessment to show
 * @error: return location for an error
 *
 * Returns: (transfer none) (nullable): a window showing the assessment,
 *   editable while it is a draft; it destroys itself when closed
 */
HearthAssessmentWindow *
hearth_assessment_window_new (GtkWindow                *parent,
                              HearthStore              *store,
                              HearthInstrumentRegistry *registry,
                              HearthLevelsOfNeed       *levels,
                              gint64                    assessment_id,
                              GError                  **error)
{
  HearthAssessmentWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (HEARTH_IS_INSTRUMENT_REGISTRY (registry), NULL);

  self = g_object_new (HEARTH_TYPE_ASSESSMENT_WINDOW, NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->store = g_object_ref (store);
  self->registry = g_object_ref (registry);
  if (levels != NULL)
    self->levels = g_object_ref (levels);

  if (!rebuild (self, assessment_id, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  return self;
}

/**
 * hearth_assessment_window_get_assessment_id:
 * @self: an assessment window
 *
 * Returns: the id of the version shown (it changes after an amendment)
 */
gint64
hearth_assessment_window_get_assessment_id (HearthAssessmentWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_WINDOW (self), 0);

  return self->assessment->id;
}

/**
 * hearth_assessment_window_get_saved:
 * @self: an assessment window
 *
 * Returns: %TRUE when no change waits to be written
 */
gboolean
hearth_assessment_window_get_saved (HearthAssessmentWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_WINDOW (self), FALSE);

  return g_hash_table_size (self->pending) == 0;
}

/**
 * hearth_assessment_window_get_editor:
 * @self: an assessment window
 *
 * Returns: (transfer none): the form editor shown
 */
GtkWidget *
hearth_assessment_window_get_editor (HearthAssessmentWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_WINDOW (self), NULL);

  return self->editor;
}
