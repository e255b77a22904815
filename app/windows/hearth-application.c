/* hearth-application.c
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

#define G_LOG_DOMAIN "hearth-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-application.h"
#include "hearth-desktop.h"
#include "hearth-lock-passphrase.h"
#include "hearth-lock.h"
#include "hearth-preferences-window.h"
#include "hearth-training.h"
#include "hearth-window.h"

#include "store/hearth-store-exchange.h"

struct _HearthApplication
{
  AdwApplication  parent_instance;

  char           *database_path;  /* owned; NULL until startup decides it */
  HearthStore    *store;          /* owned; NULL when the database could not be opened */
  GError         *open_error;     /* owned; why store is NULL */
  GCancellable   *upgrade;        /* owned while an older database is brought up to date */
  GSettings      *settings;       /* owned; NULL when the schema is not installed */
  gint64          started_us;     /* monotonic time the application was created */
  gboolean        bench_startup;  /* --bench-startup: time the first frame, then quit */
  gboolean        training;       /* --training: the fictional families, never the real ones */
  HearthLock     *lock;           /* owned: hides the records after idle-lock-minutes */
};

G_DEFINE_FINAL_TYPE (HearthApplication, hearth_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the records in PATH instead of the default database"), N_("PATH") },
  { "training", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the separate training database of fictional families"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { "bench-startup", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the milliseconds until the first frame is drawn, then quit"), NULL },
  { NULL }
};

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  HearthApplication *self = user_data;
  g_autolist(GtkWindow) windows = NULL;

  /* Closing the main window destroys its assessment windows, which leave
   * the application's list then: close from a list of our own, held, so
   * that none is freed under the loop (closing a destroyed window does
   * nothing). */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  /* Closing each window lets it save before the process ends. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HearthApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Hearth developers", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Hearth"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Hearth developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
                                 _("Record home visits, rate home conditions and screen each "
                                   "child for neglect, then see the pattern over time in "
                                   "reflective supervision. Records stay on this computer."));
  /* Translators: replace with your names, one per line. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  HearthApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *preferences = hearth_preferences_window_new (self->settings);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
reset_training_activated_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  HearthApplication *self = user_data;

  if (self->store != NULL)
    hearth_training_confirm_reset (GTK_APPLICATION (self), self->store);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb },
  { "about", about_activated_cb },
  { "preferences", preferences_activated_cb },
};

static void
open_training_activated_cb (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  HearthApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;

  if (!hearth_training_launch (&error) && HEARTH_IS_WINDOW (window))
    hearth_window_add_toast (HEARTH_WINDOW (window), error->message);
}

/* Each only in its own mode: a menu item hides when its action is missing. */
static const GActionEntry training_actions[] = {
  { "reset-training", reset_training_activated_cb },
};

static const GActionEntry real_actions[] = {
  { "open-training", open_training_activated_cb },
};

static int
hearth_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  HearthApplication *self = HEARTH_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("hearth %s\n", PACKAGE_VERSION);
      return 0;
    }

  /* A benchmark measures a real start, never a hand-over to a running
   * instance. */
  if (g_variant_dict_contains (options, "bench-startup"))
    {
      self->bench_startup = TRUE;
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  /* Training runs as an instance of its own, beside the real one, on a
   * database of its own; it never takes a path to another database. */
  if (g_variant_dict_contains (options, "training"))
    {
      if (g_variant_dict_contains (options, "database"))
        {
          g_printerr ("%s\n", _("The options --database and --training cannot be used together."));
          return 2;
        }
      self->training = TRUE;
      g_application_set_application_id (application, APPLICATION_ID HEARTH_TRAINING_ID_SUFFIX);
      g_free (self->database_path);
      self->database_path = hearth_store_dup_training_path ();
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      if (path[0] == '\0')
        {
          g_printerr ("%s\n", _("The option --database needs a file path."));
          return 2;
        }
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);
    }

  return -1;
}

/* Each window shows the upgrade's progress. */
static void
upgrade_progress_cb (gint64   done,
                     gint64   total,
                     gpointer user_data)
{
  HearthApplication *self = user_data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (HEARTH_IS_WINDOW (l->data))
      hearth_window_set_upgrade_progress (l->data, done, total);
}

static void
upgraded_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HearthApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->upgrade);
  self->store = hearth_store_open_finish (result, &error);

  /* Cancelled because the last window closed: the upgrade rolled back,
   * and the application is on its way out. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("The upgrade was cancelled; the database is as it was.");
      g_application_release (G_APPLICATION (self));
      return;
    }

  if (self->store != NULL && self->training
      && !hearth_store_ensure_training (self->store, NULL, &error))
    g_clear_object (&self->store);
  if (self->store == NULL)
    self->open_error = g_steal_pointer (&error);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (!HEARTH_IS_WINDOW (l->data))
        continue;
      if (self->store != NULL)
        hearth_window_set_store (l->data, self->store);
      else
        hearth_window_show_open_error (l->data, self->open_error);
    }

  g_application_release (G_APPLICATION (self));
}

/* The database opens in a thread of its own while GTK starts, which is
 * mostly waiting on the display and the session bus: a start that reads
 * the file cold from disk does not wait twice. */
typedef struct
{
  char        *path;
  HearthStore *store;
  GError      *error;
} StoreOpening;

static gpointer
store_opening_thread (gpointer data)
{
  StoreOpening *opening = data;

  opening->store = hearth_store_open_full (opening->path, HEARTH_STORE_OPEN_NO_UPGRADE,
                                           &opening->error);
  return opening;
}

/*
 * open_store:
 * @opening: (transfer full): the open that store_opening_thread() tried
 *
 * Takes the database as it opened when it is current, or new; that is
 * every start but the first after an update of Hearth. A database written
 * by an older Hearth is brought up to date in a worker thread instead
 * (hearth_store_open_async()), while the window shows the upgrade page: on
 * a large database that takes seconds.
 */
static void
open_store (HearthApplication *self,
            StoreOpening      *opening)
{
  g_clear_error (&self->open_error);
  self->store = g_steal_pointer (&opening->store);
  self->open_error = g_steal_pointer (&opening->error);
  g_free (opening->path);
  g_free (opening);
  if (self->store != NULL)
    return;

  if (!g_error_matches (self->open_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NEEDS_UPGRADE))
    {
      g_debug ("The database could not be opened; the window explains why.");
      return;
    }

  g_clear_error (&self->open_error);
  self->upgrade = g_cancellable_new ();
  /* Kept running until the upgrade has finished or rolled back, even when
   * the last window closes meanwhile. */
  g_application_hold (G_APPLICATION (self));
  hearth_store_open_async (self->database_path, upgrade_progress_cb, self, self->upgrade,
                           upgraded_cb, g_object_ref (self));
}

static void
hearth_application_startup (GApplication *application)
{
  HearthApplication *self = HEARTH_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", "<Control>slash", NULL };
  g_autoptr(GError) settings_error = NULL;
  StoreOpening *opening;
  GThread *opening_thread;

  /* Only the primary instance opens the database; a second launch just
   * raises the window this one shows. */
  if (self->database_path == NULL)
    self->database_path = hearth_store_dup_default_path ();
  opening = g_new0 (StoreOpening, 1);
  opening->path = g_strdup (self->database_path);
  opening_thread = g_thread_new ("hearth-open", store_opening_thread, opening);

  G_APPLICATION_CLASS (hearth_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         shortcuts_accels);

  self->settings = hearth_desktop_settings_new (&settings_error);
  if (self->settings == NULL)
    g_warning ("%s", settings_error->message);

  {
    g_autofree char *passphrase_path = hearth_lock_passphrase_dup_default_path ();

    self->lock = hearth_lock_new (GTK_APPLICATION (self), self->settings, passphrase_path);
  }

  /* With a passphrase chosen, Hearth starts locked, before any window
   * exists: quitting at the lock and starting again must not show the
   * records. Training mode starts unlocked: its database holds only the
   * fictional families (DESIGN.md, "Who uses it"), which a trainer shows
   * at once, and its idle lock still hides them like any other. Without a
   * passphrase this costs one look for the file, nothing more. */
  if (!self->training)
    hearth_lock_lock_at_start (self->lock);

  open_store (self, g_thread_join (opening_thread));

  if (self->training)
    {
      /* The fictional families arrive on first use, through the import
       * path that real files take. */
      if (self->store != NULL && !hearth_store_ensure_training (self->store, NULL, &self->open_error))
        g_clear_object (&self->store);
      hearth_training_watch_windows ();
      g_action_map_add_action_entries (G_ACTION_MAP (self), training_actions,
                                       G_N_ELEMENTS (training_actions), self);
    }
  else
    g_action_map_add_action_entries (G_ACTION_MAP (self), real_actions,
                                     G_N_ELEMENTS (real_actions), self);
}

static void
hearth_application_activate (GApplication *application)
{
  HearthApplication *self = HEARTH_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      window = GTK_WINDOW (hearth_window_new (GTK_APPLICATION (self), self->store, self->database_path));
      if (self->upgrade != NULL)
        hearth_window_show_upgrade (HEARTH_WINDOW (window));
      else if (self->open_error != NULL)
        hearth_window_show_open_error (HEARTH_WINDOW (window), self->open_error);
      if (self->settings != NULL)
        hearth_desktop_track_window_state (window, self->settings);
      if (self->bench_startup)
        hearth_desktop_report_first_frame (window, self->started_us, application);
    }

  gtk_window_present (window);
}

/* Quitting, or closing the last window, during an upgrade stops it: it
 * rolls back, leaving the database as it was, and the next start begins
 * it again. The application stays until the rollback is done. */
static void
hearth_application_window_removed (GtkApplication *application,
                                   GtkWindow      *window)
{
  HearthApplication *self = HEARTH_APPLICATION (application);

  GTK_APPLICATION_CLASS (hearth_application_parent_class)->window_removed (application, window);

  if (self->upgrade != NULL && gtk_application_get_windows (application) == NULL)
    g_cancellable_cancel (self->upgrade);
}

static void
hearth_application_shutdown (GApplication *application)
{
  HearthApplication *self = HEARTH_APPLICATION (application);

  g_clear_object (&self->lock);
  g_clear_object (&self->store);

  G_APPLICATION_CLASS (hearth_application_parent_class)->shutdown (application);
}

static void
hearth_application_finalize (GObject *object)
{
  HearthApplication *self = HEARTH_APPLICATION (object);

  g_clear_object (&self->lock);
  g_clear_object (&self->store);
  g_clear_object (&self->upgrade);
  g_clear_error (&self->open_error);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (hearth_application_parent_class)->finalize (object);
}

static void
hearth_application_class_init (HearthApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = hearth_application_finalize;
  gtk_app_class->window_removed = hearth_application_window_removed;

  app_class->handle_local_options = hearth_application_handle_local_options;
  app_class->startup = hearth_application_startup;
  app_class->activate = hearth_application_activate;
  app_class->shutdown = hearth_application_shutdown;
}

static void
hearth_application_init (HearthApplication *self)
{
  self->started_us = g_get_monotonic_time ();
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Home-visit neglect assessment for children's social care."));
}

/**
 * hearth_application_new:
 *
 * Returns: (transfer full): the single-instance Hearth application
 */
HearthApplication *
hearth_application_new (void)
{
  return g_object_new (HEARTH_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * hearth_application_get_store:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the open store, or %NULL when the
 *   database could not be opened or is still being brought up to date
 */
HearthStore *
hearth_application_get_store (HearthApplication *self)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * hearth_application_get_database_path:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the path of the database in use
 */
const char *
hearth_application_get_database_path (HearthApplication *self)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (self), NULL);

  return self->database_path;
}

/**
 * hearth_application_get_settings:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): Hearth's settings, or %NULL when the
 *   schema is not installed
 */
GSettings *
hearth_application_get_settings (HearthApplication *self)
{
  g_return_val_if_fail (HEARTH_IS_APPLICATION (self), NULL);

  return self->settings;
}
