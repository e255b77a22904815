/* hearth-training.c
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

#define G_LOG_DOMAIN "hearth-training"

#include "config.h"

#include <glib/gi18n.h>

#include "store/hearth-store-exchange.h"

#include "hearth-training.h"
#include "hearth-window.h"

/*
 * Training mode's marks on the interface (DESIGN.md, "trainer"): a banner
 * on every window saying the records are fictional, so that nobody mistakes
 * a demonstration for real work or records real work in a demonstration,
 * and the reset that loads the fictional families again.
 *
 * libadwaita 1.2 has no AdwBanner, so the banner is a revealer holding a
 * label, styled by the .training-banner class in resources/style.css. It
 * is added to each window as the window is realised, by wrapping the
 * window's content, so no window needs to know about training mode.
 */

#define BANNER_KEY "hearth-training-banner"

/**
 * hearth_training_banner_new:
 *
 * Returns: (transfer floating): the training banner, shown
 */
GtkWidget *
hearth_training_banner_new (void)
{
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *label;

  /* Translators: the banner across every window in training mode */
  label = gtk_label_new (_("Training mode: every record here is fictional"));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "training-banner");

  gtk_widget_set_name (revealer, "training-banner");
  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_child (GTK_REVEALER (revealer), label);
  gtk_revealer_set_reveal_child (GTK_REVEALER (revealer), TRUE);

  return revealer;
}

/**
 * hearth_training_get_banner:
 * @window: a window
 *
 * Returns: (transfer none) (nullable): the banner added to @window by
 *   hearth_training_decorate_window()
 */
GtkWidget *
hearth_training_get_banner (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  return g_object_get_data (G_OBJECT (window), BANNER_KEY);
}

/**
 * hearth_training_decorate_window:
 * @window: a window
 *
 * Puts the training banner above the content of @window, once. Windows
 * whose content is their own business (message dialogs, the about and
 * shortcuts windows) are left alone: they sit over a window that has it.
 *
 * Returns: %TRUE when @window has the banner
 */
gboolean
hearth_training_decorate_window (GtkWindow *window)
{
  g_autoptr(GtkWidget) content = NULL;
  GtkWidget *banner;
  GtkWidget *box;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (hearth_training_get_banner (window) != NULL)
    return TRUE;

  if (ADW_IS_APPLICATION_WINDOW (window))
    content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  else if (ADW_IS_WINDOW (window) && !ADW_IS_ABOUT_WINDOW (window))
    content = adw_window_get_content (ADW_WINDOW (window));

  if (content == NULL)
    return FALSE;

  /* Held while it moves into the box. */
  g_object_ref (content);
  if (ADW_IS_APPLICATION_WINDOW (window))
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), NULL);
  else
    adw_window_set_content (ADW_WINDOW (window), NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  banner = hearth_training_banner_new ();
  gtk_box_append (GTK_BOX (box), banner);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);

  if (ADW_IS_APPLICATION_WINDOW (window))
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  else
    adw_window_set_content (ADW_WINDOW (window), box);

  g_object_set_data (G_OBJECT (window), BANNER_KEY, banner);
  return TRUE;
}

static void
window_realize_cb (GtkWindow *window,
                   gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, window_realize_cb, user_data);
  hearth_training_decorate_window (window);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* A new window has no content yet: its subclass builds it after
       * GtkWindow's own init, which is when the list learns of it. */
      if (gtk_widget_get_realized (GTK_WIDGET (window)))
        hearth_training_decorate_window (window);
      else
        g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), NULL);
    }
}

/**
 * hearth_training_watch_windows:
 *
 * From now on, every window of the process gets the training banner as it
 * is realised. Call it once, when the application starts in training mode.
 */
void
hearth_training_watch_windows (void)
{
  static gboolean watching = FALSE;
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (watching)
    return;
  watching = TRUE;

  toplevels_changed_cb (toplevels, 0, 0, g_list_model_get_n_items (toplevels), NULL);
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), NULL);
}

static void
toast_all (GtkApplication *application,
           const char     *message)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (HEARTH_IS_WINDOW (l->data))
      hearth_window_add_toast (HEARTH_WINDOW (l->data), message);
}

static void
reset (GtkApplication *application,
       HearthStore    *store)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (application));
  g_autoptr(GError) error = NULL;

  /* Windows that show one record (assessments) save as they close; they
   * must be gone before their records are. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (!HEARTH_IS_WINDOW (l->data))
      gtk_window_close (l->data);

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      if (!HEARTH_IS_WINDOW (l->data))
        {
          toast_all (application, _("Close the open assessments, then reset the training data."));
          return;
        }
    }

  if (!hearth_store_reset_training (store, &error))
    {
      toast_all (application, error->message);
      return;
    }

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      if (HEARTH_IS_WINDOW (l->data))
        {
          hearth_window_reload (HEARTH_WINDOW (l->data));
          hearth_window_select_family (HEARTH_WINDOW (l->data), 0);
        }
    }
  toast_all (application, _("The training data was reset"));
}

typedef struct
{
  GtkApplication *application;  /* owned */
  HearthStore    *store;        /* owned */
} Reset;

static void
reset_free (Reset *data)
{
  g_object_unref (data->application);
  g_object_unref (data->store);
  g_free (data);
}

static gboolean
reset_idle_cb (gpointer user_data)
{
  Reset *data = user_data;

  reset (data->application, data->store);
  return G_SOURCE_REMOVE;
}

static void
reset_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  Reset *data;

  if (g_strcmp0 (response, "reset") != 0)
    return;

  /* Once the dialog has finished with its response and gone: the reset
   * closes windows, and the dialog must not outlive its parent. */
  data = g_new0 (Reset, 1);
  data->application = g_object_ref (g_object_get_data (G_OBJECT (dialog), "application"));
  data->store = g_object_ref (g_object_get_data (G_OBJECT (dialog), "store"));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reset_idle_cb, data, (GDestroyNotify) reset_free);
}

/* The main window, which outlives the reset, even when an assessment
 * window is the active one. */
static GtkWindow *
find_main_window (GtkApplication *application)
{
  GtkWindow *active = gtk_application_get_active_window (application);

  if (HEARTH_IS_WINDOW (active))
    return active;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (HEARTH_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/**
 * hearth_training_confirm_reset:
 * @application: the application in training mode
 * @store: its store, on the training database
 *
 * Asks whether to reset the training data and, if so, closes the windows
 * of single records, empties the training database and loads the
 * fictional families again, then shows the family lists afresh.
 */
void
hearth_training_confirm_reset (GtkApplication *application,
                               HearthStore    *store)
{
  GtkWindow *parent;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_APPLICATION (application));
  g_return_if_fail (HEARTH_IS_STORE (store));

  parent = find_main_window (application);
  dialog = adw_message_dialog_new (parent, _("Reset Training Data?"),
                                   _("Every change made in training mode is lost and the "
                                     "fictional families are loaded again. Real records are "
                                     "not affected."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "application", g_object_ref (application),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (store), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (reset_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hearth_training_launch:
 * @error: return location for a #GError
 *
 * Starts training mode beside this instance: this same program with
 * --training, as a process of its own, so that its windows, database and
 * banner are its own and nothing of it can reach the real records.
 *
 * Returns: %TRUE when training mode was started; %FALSE with an error
 */
gboolean
hearth_training_launch (GError **error)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GError) local_error = NULL;
  const char *argv[] = { program, "--training", NULL };

  if (program == NULL
      || !g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                         &local_error))
    {
      if (local_error != NULL)
        g_debug ("Starting training mode failed: %s", local_error->message);
      g_set_error_literal (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                           _("Training mode could not be started."));
      return FALSE;
    }

  return TRUE;
}
