/* hearth-lock.c
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

#define G_LOG_DOMAIN "hearth-lock"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hearth-lock-passphrase.h"
#include "hearth-lock-screen.h"
#include "hearth-lock-throttle-private.h"
#include "hearth-lock-throttle.h"
#include "hearth-lock.h"

/*
 * The idle lock (issue 7). After idle-lock-minutes without a key press or
 * pointer event in any of Hearth's windows, every window hides its
 * records: a window with content (the main window, assessment windows,
 * dialogs built on AdwWindow) shows a lock screen in its place, and any
 * other window is hidden. Until the passphrase is entered, the windows'
 * own actions and the application's shortcuts are switched off, so no
 * shortcut opens a record behind the lock; a window that opens meanwhile
 * is locked as it appears. Nothing is closed or discarded: an assessment
 * being typed keeps its pending changes and goes on autosaving.
 *
 * Input is seen by a capture-phase controller on every toplevel, which
 * only notes the time. The check runs once, when the idle time would be
 * up, and reschedules itself if there was input meanwhile.
 *
 * The lock is on unless idle-lock-enabled is switched off in Preferences;
 * the setting applies at once: off stops the timer (a lock already shown
 * stays until the passphrase is entered), on starts it afresh.
 *
 * Once a passphrase has been chosen, Hearth starts locked
 * (hearth_lock_lock_at_start()): otherwise anyone who found the lock on an
 * unattended computer could quit Hearth (quitting is allowed while locked,
 * and saves) and start it again to see the records.
 *
 * Wrong passphrases are counted across every window by one throttle
 * (hearth-lock-throttle.c), which makes the next try wait after a few.
 * The count is kept in a file beside the passphrase file and read back
 * each time the lock comes, so a restart does not forget it either.
 *
 * Test hook: HEARTH_IDLE_LOCK_SECONDS_PER_MINUTE makes a "minute" that
 * many seconds, so a test can wait for the lock.
 */

#define CONTENT_KEY "hearth-lock-content"
#define TITLE_KEY   "hearth-lock-title"
#define WATCHED_KEY "hearth-lock-watched"
#define SCREEN_KEY  "hearth-lock-screen"

struct _HearthLock
{
  GObject             parent_instance;

  GtkApplication     *application;      /* weak, nullable */
  GSettings          *settings;         /* owned, nullable */
  char               *passphrase_path;  /* owned */
  HearthLockThrottle *throttle;         /* owned: wrong passphrases, across windows */
  guint               seconds_per_minute;

  gint64              last_input_us;
  guint               timeout_id;
  gboolean            locked;

  GPtrArray          *hidden;           /* GtkWindow, hidden while locked */
  GPtrArray          *disabled;         /* GSimpleAction, disabled while locked */
  GHashTable         *accels;           /* detailed action name → GStrv, cleared while locked */
};

G_DEFINE_FINAL_TYPE (HearthLock, hearth_lock, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOCKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule (HearthLock *self);

/* The idle time before the lock, or 0 when the lock is switched off. */
static guint
idle_seconds (HearthLock *self)
{
  guint minutes = 10;

  if (self->settings != NULL)
    {
      if (!g_settings_get_boolean (self->settings, "idle-lock-enabled"))
        return 0;
      minutes = g_settings_get_uint (self->settings, "idle-lock-minutes");
    }

  /* 0 is never a schema value today (its range starts at 1), but it means
   * "off" should the range ever allow it. */
  return minutes * self->seconds_per_minute;
}

static gboolean
event_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          gpointer                  user_data)
{
  HearthLock *self = user_data;

  switch (gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_BUTTON_PRESS:
    case GDK_MOTION_NOTIFY:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
      self->last_input_us = g_get_monotonic_time ();
      break;
    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
screen_unlocked_cb (HearthLockScreen *screen,
                    HearthLock       *self)
{
  hearth_lock_unlock (self);
}

static void
disable_window_actions (HearthLock *self,
                        GtkWindow  *window)
{
  g_auto(GStrv) names = NULL;

  if (!G_IS_ACTION_MAP (window))
    return;

  names = g_action_group_list_actions (G_ACTION_GROUP (window));
  for (guint i = 0; names[i] != NULL; i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), names[i]);

      if (G_IS_SIMPLE_ACTION (action) && g_action_get_enabled (action))
        {
          g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
          g_ptr_array_add (self->disabled, g_object_ref (action));
        }
    }
}

static GtkWidget *
get_content (GtkWindow *window)
{
  if (ADW_IS_APPLICATION_WINDOW (window))
    return adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  if (ADW_IS_WINDOW (window) && !ADW_IS_ABOUT_WINDOW (window))
    return adw_window_get_content (ADW_WINDOW (window));
  return NULL;
}

static void
set_content (GtkWindow *window,
             GtkWidget *content)
{
  if (ADW_IS_APPLICATION_WINDOW (window))
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), content);
  else
    adw_window_set_content (ADW_WINDOW (window), content);
}

static void
lock_window (HearthLock *self,
             GtkWindow  *window)
{
  GtkWidget *content;
  GtkWidget *screen;

  if (g_object_get_data (G_OBJECT (window), CONTENT_KEY) != NULL
      || g_ptr_array_find (self->hidden, window, NULL))
    return;

  disable_window_actions (self, window);

  content = get_content (window);
  if (content == NULL)
    {
      /* Message dialogs, the about window, file choosers: nothing of
       * ours to cover, so they step out of sight. */
      if (gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
          g_ptr_array_add (self->hidden, g_object_ref (window));
        }
      return;
    }

  /* The title may name a family or a child. */
  g_object_set_data_full (G_OBJECT (window), TITLE_KEY, g_strdup (gtk_window_get_title (window)),
                          g_free);
  gtk_window_set_title (window, _("Hearth — Locked"));

  g_object_set_data_full (G_OBJECT (window), CONTENT_KEY, g_object_ref (content), g_object_unref);
  screen = hearth_lock_screen_new (self->passphrase_path, self->throttle);
  g_signal_connect_object (screen, "unlocked", G_CALLBACK (screen_unlocked_cb), self, 0);
  set_content (window, screen);
  g_object_set_data (G_OBJECT (window), SCREEN_KEY, screen);

  if (gtk_window_is_active (window))
    hearth_lock_screen_focus (HEARTH_LOCK_SCREEN (screen));
}

static void
unlock_window (GtkWindow *window)
{
  GtkWidget *content = g_object_steal_data (G_OBJECT (window), CONTENT_KEY);
  g_autofree char *title = g_object_steal_data (G_OBJECT (window), TITLE_KEY);

  if (content == NULL)
    return;

  g_object_set_data (G_OBJECT (window), SCREEN_KEY, NULL);
  set_content (window, content);
  g_object_unref (content);
  gtk_window_set_title (window, title);
}

static void
window_realize_cb (GtkWindow  *window,
                   HearthLock *self)
{
  g_signal_handlers_disconnect_by_func (window, window_realize_cb, self);
  if (self->locked)
    lock_window (self, window);
}

static void
watch_window (HearthLock *self,
              GtkWindow  *window)
{
  GtkEventController *controller;

  if (g_object_get_data (G_OBJECT (window), WATCHED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (window), WATCHED_KEY, GINT_TO_POINTER (TRUE));

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_static_name (controller, "hearth-idle-lock");
  g_signal_connect_object (controller, "event", G_CALLBACK (event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);

  /* A window opened while locked is locked once it has its content. */
  if (self->locked)
    {
      if (gtk_widget_get_realized (GTK_WIDGET (window)))
        lock_window (self, window);
      else
        g_signal_connect_object (window, "realize", G_CALLBACK (window_realize_cb), self, 0);
    }
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      HearthLock *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      watch_window (self, window);
    }
}

static gboolean
timeout_cb (gpointer user_data)
{
  HearthLock *self = user_data;
  gint64 idle_us = g_get_monotonic_time () - self->last_input_us;
  guint limit = idle_seconds (self);

  self->timeout_id = 0;

  if (limit == 0 || self->locked)
    return G_SOURCE_REMOVE;

  if (idle_us >= (gint64) limit * G_USEC_PER_SEC)
    hearth_lock_lock (self);
  else
    schedule (self);

  return G_SOURCE_REMOVE;
}

/* Wakes once, when the idle time would be up. */
static void
schedule (HearthLock *self)
{
  guint limit = idle_seconds (self);
  gint64 due_us;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (limit == 0 || self->locked)
    return;

  due_us = self->last_input_us + (gint64) limit * G_USEC_PER_SEC - g_get_monotonic_time ();
  self->timeout_id = g_timeout_add (due_us > 0 ? (guint) (due_us / 1000) + 1 : 0, timeout_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[hearth] idle lock");
}

static void
settings_changed_cb (GSettings  *settings,
                     const char *key,
                     HearthLock *self)
{
  /* Switched on: the idle time counts from now, not from the last input
   * before, which may be long past. */
  if (g_str_equal (key, "idle-lock-enabled") && g_settings_get_boolean (settings, key))
    self->last_input_us = g_get_monotonic_time ();

  schedule (self);
}

static void
clear_accels (HearthLock *self)
{
  g_auto(GStrv) actions = NULL;
  static const char *none[] = { NULL };

  if (self->application == NULL)
    return;

  actions = gtk_application_list_action_descriptions (self->application);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      /* Quitting reveals nothing, and saves. */
      if (g_str_equal (actions[i], "app.quit"))
        continue;
      g_hash_table_insert (self->accels, g_strdup (actions[i]),
                           gtk_application_get_accels_for_action (self->application, actions[i]));
      gtk_application_set_accels_for_action (self->application, actions[i], none);
    }
}

static void
restore_accels (HearthLock *self)
{
  GHashTableIter iter;
  gpointer key, value;

  if (self->application != NULL)
    {
      g_hash_table_iter_init (&iter, self->accels);
      while (g_hash_table_iter_next (&iter, &key, &value))
        gtk_application_set_accels_for_action (self->application, key, (const char * const *) value);
    }
  g_hash_table_remove_all (self->accels);
}

static void
hearth_lock_dispose (GObject *object)
{
  HearthLock *self = HEARTH_LOCK (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_signal_handlers_disconnect_by_func (gtk_window_get_toplevels (), toplevels_changed_cb, self);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_lock_parent_class)->dispose (object);
}

static void
hearth_lock_finalize (GObject *object)
{
  HearthLock *self = HEARTH_LOCK (object);

  g_clear_pointer (&self->passphrase_path, g_free);
  g_clear_object (&self->throttle);
  g_clear_pointer (&self->hidden, g_ptr_array_unref);
  g_clear_pointer (&self->disabled, g_ptr_array_unref);
  g_clear_pointer (&self->accels, g_hash_table_unref);

  G_OBJECT_CLASS (hearth_lock_parent_class)->finalize (object);
}

static void
hearth_lock_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HearthLock *self = HEARTH_LOCK (object);

  switch (prop_id)
    {
    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_lock_class_init (HearthLockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_lock_dispose;
  object_class->finalize = hearth_lock_finalize;
  object_class->get_property = hearth_lock_get_property;

  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_lock_init (HearthLock *self)
{
  const char *unit = g_getenv ("HEARTH_IDLE_LOCK_SECONDS_PER_MINUTE");
  guint64 seconds = 60;

  if (unit != NULL && !g_ascii_string_to_unsigned (unit, 10, 1, 60, &seconds, NULL))
    seconds = 60;

  self->seconds_per_minute = (guint) seconds;
  self->last_input_us = g_get_monotonic_time ();
  self->hidden = g_ptr_array_new_with_free_func (g_object_unref);
  self->disabled = g_ptr_array_new_with_free_func (g_object_unref);
  self->accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
}

/**
 * hearth_lock_new:
 * @application: (nullable): the application, whose shortcuts are switched
 *   off while locked
 * @settings: (nullable): Hearth's settings, for idle-lock-enabled and
 *   idle-lock-minutes; without them the lock comes after ten minutes
 * @passphrase_path: the file holding the passphrase's hash
 *
 * Starts watching every window of the process for input, and locks them
 * all after the idle time. Wrong passphrases are counted in a file beside
 * @passphrase_path, which lasts across restarts.
 *
 * Returns: (transfer full): the idle lock
 */
HearthLock *
hearth_lock_new (GtkApplication *application,
                 GSettings      *settings,
                 const char     *passphrase_path)
{
  HearthLock *self;
  GListModel *toplevels;
  g_autofree char *state_path = NULL;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (passphrase_path != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_LOCK, NULL);
  g_set_weak_pointer (&self->application, application);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->passphrase_path = g_strdup (passphrase_path);
  /* Nothing is read here: the count is read back when the lock comes. */
  state_path = hearth_lock_throttle_dup_state_path (passphrase_path);
  self->throttle = hearth_lock_throttle_new_persistent (state_path);

  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::idle-lock-minutes",
                               G_CALLBACK (settings_changed_cb), self, 0);
      g_signal_connect_object (self->settings, "changed::idle-lock-enabled",
                               G_CALLBACK (settings_changed_cb), self, 0);
    }

  toplevels = gtk_window_get_toplevels ();
  toplevels_changed_cb (toplevels, 0, 0, g_list_model_get_n_items (toplevels), self);
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), self);

  schedule (self);
  return self;
}

/**
 * hearth_lock_get_locked:
 * @self: the idle lock
 *
 * Returns: whether the records are hidden
 */
gboolean
hearth_lock_get_locked (HearthLock *self)
{
  g_return_val_if_fail (HEARTH_IS_LOCK (self), FALSE);

  return self->locked;
}

/**
 * hearth_lock_get_throttle:
 * @self: the idle lock
 *
 * Returns: (transfer none): the count of wrong passphrases, shared by
 *   every locked window
 */
HearthLockThrottle *
hearth_lock_get_throttle (HearthLock *self)
{
  g_return_val_if_fail (HEARTH_IS_LOCK (self), NULL);

  return self->throttle;
}

/**
 * hearth_lock_lock:
 * @self: the idle lock
 *
 * Hides the records in every window now.
 */
void
hearth_lock_lock (HearthLock *self)
{
  GListModel *toplevels;

  g_return_if_fail (HEARTH_IS_LOCK (self));

  if (self->locked)
    return;

  self->locked = TRUE;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  clear_accels (self);

  /* Before any lock screen is built, so each shows a wait that an earlier
   * run left, from its first frame. */
  hearth_lock_throttle_load (self->throttle);

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_realized (GTK_WIDGET (window)))
        lock_window (self, window);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}

/**
 * hearth_lock_lock_at_start:
 * @self: the idle lock
 *
 * Locks now, before any window shows, when the lock is switched on
 * (idle-lock-enabled) and a passphrase has been chosen: a window opened
 * afterwards is locked as it is realized, so its first frame shows the
 * lock screen. When no passphrase was ever chosen, nothing is locked (the
 * first idle lock asks for one), and nothing more than the passphrase
 * file's existence is looked up.
 *
 * Returns: whether it locked
 */
gboolean
hearth_lock_lock_at_start (HearthLock *self)
{
  g_return_val_if_fail (HEARTH_IS_LOCK (self), FALSE);

  if (self->settings != NULL && !g_settings_get_boolean (self->settings, "idle-lock-enabled"))
    return FALSE;

  /* A file that holds no hash (hearth_lock_passphrase_is_valid() reads
   * it only when it exists) counts as none, as a deleted one does: no
   * passphrase could ever match it, so starting locked would only shut
   * out the person at the keyboard, and whoever could damage the file
   * could as well delete it. */
  if (!hearth_lock_passphrase_is_valid (self->passphrase_path))
    return FALSE;

  hearth_lock_lock (self);
  return TRUE;
}

/**
 * hearth_lock_unlock:
 * @self: the idle lock
 *
 * Shows the records again: called when a lock screen has checked the
 * passphrase.
 */
void
hearth_lock_unlock (HearthLock *self)
{
  GListModel *toplevels;

  g_return_if_fail (HEARTH_IS_LOCK (self));

  if (!self->locked)
    return;

  self->locked = FALSE;

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      unlock_window (window);
    }

  /* Only windows still open come back: one may have closed meanwhile. */
  for (guint i = 0; i < self->hidden->len; i++)
    {
      GtkWindow *window = g_ptr_array_index (self->hidden, i);

      for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
        {
          g_autoptr(GtkWindow) open = g_list_model_get_item (toplevels, j);

          if (open == window)
            {
              gtk_widget_set_visible (GTK_WIDGET (window), TRUE);
              break;
            }
        }
    }
  g_ptr_array_set_size (self->hidden, 0);

  for (guint i = 0; i < self->disabled->len; i++)
    g_simple_action_set_enabled (g_ptr_array_index (self->disabled, i), TRUE);
  g_ptr_array_set_size (self->disabled, 0);

  restore_accels (self);

  self->last_input_us = g_get_monotonic_time ();
  schedule (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}
