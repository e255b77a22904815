/* hearth-window.c
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

#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "widgets/hearth-family-row.h"

#include "hearth-assessment-window.h"
#include "hearth-family-dialog.h"
#include "hearth-family-entry.h"
#include "hearth-family-page.h"
#include "hearth-window-private.h"

G_DEFINE_FINAL_TYPE (HearthWindow, hearth_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
search_changed_cb (GtkSearchEntry *entry,
                   HearthWindow   *self)
{
  hearth_window_set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
open_family (HearthWindow *self,
             HearthFamily *family)
{
  if (family == NULL)
    {
      if (self->family_page != NULL)
        hearth_family_page_set_family (self->family_page, NULL);
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      return;
    }

  hearth_family_page_set_family (hearth_window_get_family_page (self), family);
  gtk_stack_set_visible_child_name (self->content_stack, "family");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
open_position (HearthWindow *self,
               guint         position)
{
  g_autoptr(HearthFamilyEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (entry == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  open_family (self, hearth_family_entry_get_family (entry));
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    HearthWindow   *self)
{
  /* Enter opens the first family that matches. */
  open_position (self, 0);
}

static void
family_activated_cb (GtkListView  *view,
                     guint         position,
                     HearthWindow *self)
{
  open_position (self, position);
}

static void
family_page_toast_cb (HearthFamilyPage *page,
                      const char       *message,
                      HearthWindow     *self)
{
  hearth_window_add_toast (self, message);
}

static void
family_page_changed_cb (HearthFamilyPage *page,
                        HearthWindow     *self)
{
  HearthFamily *family = hearth_family_page_get_family (page);
  gint64 id = family != NULL ? family->id : 0;

  hearth_window_reload (self);
  hearth_window_select_family (self, id);
}

static void
assessment_window_changed_cb (HearthAssessmentWindow *window,
                              HearthWindow           *self)
{
  if (self->family_page != NULL)
    hearth_family_page_reload (self->family_page);
}

static void
assessment_window_destroy_cb (HearthAssessmentWindow *window,
                              HearthWindow           *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->assessment_windows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == window)
      g_hash_table_iter_remove (&iter);
  if (self->family_page != NULL)
    hearth_family_page_reload (self->family_page);
}

/* The shipped instruments, and any a partnership placed in the user's
 * instrument folder, read when first needed rather than at start-up; a
 * broken extra file is reported by the registry and never hides the
 * shipped ones. A broken override of the level-of-need names falls back to
 * the shipped names rather than hiding the records. */
static HearthInstrumentRegistry *
ensure_instruments (HearthWindow *self)
{
  g_autofree char *user_dir = NULL;
  g_autofree char *levels_path = NULL;
  g_autoptr(GError) error = NULL;

  if (self->levels != NULL)
    return self->registry;

  user_dir = hearth_instrument_registry_dup_user_dir ();
  self->registry = hearth_instrument_registry_new (user_dir, &error);
  if (self->registry == NULL)
    g_debug ("The instruments could not be loaded: %s", error->message);

  levels_path = hearth_levels_of_need_dup_user_path ();
  self->levels = hearth_levels_of_need_new (levels_path, NULL);
  if (self->levels == NULL)
    self->levels = hearth_levels_of_need_new (NULL, NULL);

  return self->registry;
}

/**
 * hearth_window_open_assessment:
 * @self: a window
 * @assessment_id: the assessment to open
 *
 * Opens the assessment in its own window, or brings forward the window
 * already showing it.
 *
 * Returns: (transfer none) (nullable): the assessment window
 */
HearthAssessmentWindow *
hearth_window_open_assessment (HearthWindow *self,
                               gint64        assessment_id)
{
  HearthAssessmentWindow *window;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  window = g_hash_table_lookup (self->assessment_windows, &assessment_id);
  if (window == NULL)
    {
      if (self->store == NULL || ensure_instruments (self) == NULL)
        return NULL;

      window = hearth_assessment_window_new (GTK_WINDOW (self), self->store, self->registry,
                                             self->levels, assessment_id, &error);
      if (window == NULL)
        {
          hearth_window_add_toast (self, error->message);
          return NULL;
        }
      g_hash_table_insert (self->assessment_windows, g_memdup2 (&assessment_id, sizeof assessment_id), window);
      g_signal_connect_object (window, "changed", G_CALLBACK (assessment_window_changed_cb), self, 0);
      g_signal_connect_object (window, "destroy", G_CALLBACK (assessment_window_destroy_cb), self, 0);
    }

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
family_page_assessment_cb (HearthFamilyPage *page,
                           gint64            assessment_id,
                           HearthWindow     *self)
{
  hearth_window_open_assessment (self, assessment_id);
}

static void
family_page_go_back_cb (HearthFamilyPage *page,
                        HearthWindow     *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
family_created_cb (HearthFamilyDialog *dialog,
                   HearthFamily       *family,
                   HearthWindow       *self)
{
  g_autofree char *message = NULL;

  hearth_window_reload (self);
  hearth_window_select_family (self, family->id);
  /* Translators: %s is a case reference. */
  message = g_strdup_printf (_("Family %s added"), family->case_reference);
  hearth_window_add_toast (self, message);
}

static void
new_family_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  HearthFamilyDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = hearth_family_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "family-saved", G_CALLBACK (family_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_archived_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  self->show_archived = !self->show_archived;
  gtk_widget_action_set_enabled (widget, "win.show-archived", TRUE);
  hearth_window_reload (self);
}

/**
 * hearth_window_get_family_page:
 * @self: a window
 *
 * Builds the family page the first time it is needed: start-up shows the
 * list of families only, and never pays for a page nobody has opened.
 *
 * Returns: (transfer none): the page that shows the open family
 */
HearthFamilyPage *
hearth_window_get_family_page (HearthWindow *self)
{
  HearthFamilyPage *page;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  if (self->family_page != NULL)
    return self->family_page;

  ensure_instruments (self);
  page = g_object_new (HEARTH_TYPE_FAMILY_PAGE, NULL);
  hearth_family_page_set_store (page, self->store);
  hearth_family_page_set_registry (page, self->registry);
  hearth_family_page_set_levels (page, self->levels);
  g_object_bind_property (self->leaflet, "folded", page, "folded", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (page, "toast", G_CALLBACK (family_page_toast_cb), self, 0);
  g_signal_connect_object (page, "family-changed", G_CALLBACK (family_page_changed_cb), self, 0);
  g_signal_connect_object (page, "go-back", G_CALLBACK (family_page_go_back_cb), self, 0);
  g_signal_connect_object (page, "assessment-activated", G_CALLBACK (family_page_assessment_cb), self, 0);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (page), "family");
  self->family_page = page;

  return page;
}

static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  /* Built when first asked for, not with the window. */
  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/hearth-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  HearthWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
hearth_window_constructed (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  G_OBJECT_CLASS (hearth_window_parent_class)->constructed (object);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-family", self->store != NULL);

  /* The window shows first; the families come just after. */
  hearth_window_schedule_initial_load (self);
}

static void
hearth_window_dispose (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  g_clear_handle_id (&self->initial_load_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_WINDOW);
  /* The records set aside during an upgrade have no parent to drop them. */
  g_clear_object (&self->records);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->families);
  g_clear_object (&self->store);
  g_clear_object (&self->registry);
  g_clear_object (&self->levels);
  if (self->assessment_windows != NULL)
    {
      g_autoptr(GList) windows = g_hash_table_get_values (self->assessment_windows);

      g_clear_pointer (&self->assessment_windows, g_hash_table_unref);
      /* This window is going: its assessment windows must not report
       * their own end to it, whose table and pages are gone. */
      for (GList *l = windows; l != NULL; l = l->next)
        {
          g_signal_handlers_disconnect_by_data (l->data, self);
          gtk_window_destroy (l->data);
        }
    }

  G_OBJECT_CLASS (hearth_window_parent_class)->dispose (object);
}

static void
hearth_window_finalize (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->query_words, g_strfreev);

  G_OBJECT_CLASS (hearth_window_parent_class)->finalize (object);
}

static void
hearth_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      hearth_window_set_store (self, g_value_get_object (value));
      break;

    case PROP_DATABASE_PATH:
      g_free (self->database_path);
      self->database_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_window_class_init (HearthWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_window_constructed;
  object_class->dispose = hearth_window_dispose;
  object_class->finalize = hearth_window_finalize;
  object_class->get_property = hearth_window_get_property;
  object_class->set_property = hearth_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         HEARTH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/windows/hearth-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, families_view);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, choose_family_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, family_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new-family", NULL, new_family_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-archived", NULL, show_archived_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-family", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
hearth_window_init (HearthWindow *self)
{
  g_type_ensure (HEARTH_TYPE_FAMILY_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb, self, NULL);
  self->assessment_windows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  hearth_window_init_families (self);
}

/**
 * hearth_window_new:
 * @application: the application
 * @store: (nullable): the open store, or %NULL if it could not be opened
 *   or is not open yet (see hearth_window_set_store())
 * @database_path: (nullable): the path of the database, shown to the user
 *
 * Returns: (transfer full): a new main window
 */
HearthWindow *
hearth_window_new (GtkApplication *application,
                   HearthStore    *store,
                   const char     *database_path)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || HEARTH_IS_STORE (store), NULL);

  return g_object_new (HEARTH_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "database-path", database_path,
                       NULL);
}

/**
 * hearth_window_get_store:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the store the window shows
 */
HearthStore *
hearth_window_get_store (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * hearth_window_set_store:
 * @self: a window
 * @store: (nullable): the store to show
 *
 * Shows the families of @store, read at idle after the next frame as at
 * start-up, in place of the upgrade page if it was showing: the window
 * appears before an older database is brought up to date, and gets its
 * store when that is done.
 */
void
hearth_window_set_store (HearthWindow *self,
                         HearthStore  *store)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (store == NULL || HEARTH_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  hearth_window_hide_upgrade (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-family", store != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), store != NULL);
  if (store == NULL)
    gtk_widget_set_visible (self->choose_family_page, FALSE);
  if (self->family_page != NULL)
    hearth_family_page_set_store (self->family_page, store);
  if (store != NULL)
    hearth_window_schedule_initial_load (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * hearth_window_add_toast:
 * @self: a window
 * @message: one short sentence about something that went well
 *
 * Shows @message as a toast.
 */
void
hearth_window_add_toast (HearthWindow *self,
                         const char   *message)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * hearth_window_show_open_error:
 * @self: a window
 * @error: why the database could not be opened
 *
 * Replaces the content with an explanation; nothing is written anywhere.
 */
void
hearth_window_show_open_error (HearthWindow *self,
                               const GError *error)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  hearth_window_hide_upgrade (self);
  hearth_window_show_sidebar_page (self, "error");
  adw_status_page_set_description (self->error_page, error->message);
  /* Nothing to choose from: the content pane stays empty rather than
   * point at the error. */
  gtk_widget_set_visible (self->choose_family_page, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-family", FALSE);
}

/**
 * hearth_window_select_family:
 * @self: a window
 * @family_id: the row id of a family in the list
 *
 * Selects and opens that family, if it is listed.
 */
void
hearth_window_select_family (HearthWindow *self,
                             gint64        family_id)
{
  guint n;

  g_return_if_fail (HEARTH_IS_WINDOW (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthFamilyEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (hearth_family_entry_get_family (entry)->id == family_id)
        {
          open_position (self, i);
          return;
        }
    }
  open_family (self, NULL);
}
