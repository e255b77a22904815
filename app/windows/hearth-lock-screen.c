/* hearth-lock-screen.c
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

#include <glib/gi18n.h>

#include "hearth-lock-passphrase.h"
#include "hearth-lock-screen.h"
#include "hearth-lock-throttle.h"

/*
 * What a locked window shows instead of its records: the passphrase entry.
 * When no passphrase has been chosen yet, it asks for a new one, twice,
 * and stores its hash. Either way it emits "unlocked" when the person at
 * the keyboard has shown they hold the passphrase.
 *
 * Wrong passphrases are counted by a throttle that every locked window
 * shares: after a few, the Unlock button stays insensitive (and Enter does
 * nothing) for a growing wait, and the screen says how long is left.
 */

struct _HearthLockScreen
{
  AdwBin              parent_instance;

  AdwStatusPage      *status_page;
  GtkWidget          *passphrase_entry;
  GtkWidget          *confirm_entry;
  GtkWidget          *error_label;
  GtkWidget          *unlock_button;

  char               *passphrase_path;  /* owned */
  HearthLockThrottle *throttle;         /* owned; shared with the other locked windows */
  gboolean            choosing;         /* no passphrase yet: choose one */
  gboolean            showing_wait;     /* the error label tells how long to wait */
};

G_DEFINE_FINAL_TYPE (HearthLockScreen, hearth_lock_screen, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PASSPHRASE_PATH,
  PROP_THROTTLE,
  N_PROPS
};

enum {
  UNLOCKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_error (HearthLockScreen *self,
            const char       *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
}

static char *
format_wait (guint seconds)
{
  guint minutes;

  if (seconds < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Too many wrong passphrases; try again in %u second.",
                                         "Too many wrong passphrases; try again in %u seconds.",
                                         seconds),
                            seconds);

  minutes = (seconds + 59) / 60;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Too many wrong passphrases; try again in %u minute.",
                                       "Too many wrong passphrases; try again in %u minutes.",
                                       minutes),
                          minutes);
}

/* While the throttle makes the next try wait, the button is insensitive
 * and the error label counts down. */
static void
update_wait (HearthLockScreen *self)
{
  guint remaining = 0;

  if (!self->choosing)
    remaining = hearth_lock_throttle_get_remaining_seconds (self->throttle);

  gtk_widget_set_sensitive (self->unlock_button, remaining == 0);

  if (remaining > 0)
    {
      g_autofree char *message = format_wait (remaining);

      show_error (self, message);
      self->showing_wait = TRUE;
    }
  else if (self->showing_wait)
    {
      show_error (self, _("You can try the passphrase again now."));
      self->showing_wait = FALSE;
    }
}

static void
remaining_changed_cb (HearthLockScreen *self)
{
  update_wait (self);
}

static void
update_mode (HearthLockScreen *self)
{
  gboolean set = self->passphrase_path != NULL
                 && hearth_lock_passphrase_is_set (self->passphrase_path);

  /* A file that holds no hash counts as none, as at start
   * (hearth_lock_lock_at_start()): no passphrase could ever match it, so
   * asking for one would shut the practitioner out until Hearth restarts,
   * and whoever could damage the file could as well delete it. */
  self->choosing = !set || !hearth_lock_passphrase_is_valid (self->passphrase_path);

  if (self->choosing)
    {
      adw_status_page_set_title (self->status_page, _("Choose a Passphrase"));
      if (set)
        adw_status_page_set_description (self->status_page,
                                         _("Hearth hid the records after a time without use, and "
                                           "the saved passphrase is damaged. Choose a new one of at "
                                           "least eight characters: from now on it brings them "
                                           "back."));
      else
        adw_status_page_set_description (self->status_page,
                                         _("Hearth hid the records after a time without use. Choose "
                                           "a passphrase of at least eight characters: from now on it "
                                           "brings them back."));
      gtk_button_set_label (GTK_BUTTON (self->unlock_button), _("_Set Passphrase and Unlock"));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("Hearth Is Locked"));
      /* The same screen greets a Hearth that starts locked. */
      adw_status_page_set_description (self->status_page,
                                       _("The records stay hidden when Hearth starts and after a "
                                         "time without use. Enter your passphrase to bring them "
                                         "back."));
      gtk_button_set_label (GTK_BUTTON (self->unlock_button), _("_Unlock"));
    }

  gtk_widget_set_visible (self->confirm_entry, self->choosing);
  update_wait (self);
}

static void
clear_entries (HearthLockScreen *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->confirm_entry), "");
}

static void
passphrase_activate_cb (HearthLockScreen *self)
{
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_entry));
  g_autoptr(GError) error = NULL;
  gboolean matches = FALSE;

  /* Built without a passphrase file (as the template test does), the
   * screen never opens. */
  if (self->passphrase_path == NULL)
    return;

  update_mode (self);

  if (self->choosing)
    {
      const char *again = gtk_editable_get_text (GTK_EDITABLE (self->confirm_entry));

      if (g_strcmp0 (passphrase, again) != 0)
        {
          show_error (self, _("The two passphrases differ; type the same one twice."));
          gtk_widget_grab_focus (self->confirm_entry);
          return;
        }

      if (!hearth_lock_passphrase_set (self->passphrase_path, passphrase, &error))
        {
          show_error (self, error->message);
          return;
        }
    }
  else
    {
      /* Enter in the entry still activates while the button is
       * insensitive: refuse before the passphrase is even checked. */
      if (hearth_lock_throttle_get_remaining_seconds (self->throttle) > 0)
        {
          update_wait (self);
          return;
        }

      if (!hearth_lock_passphrase_verify (self->passphrase_path, passphrase, &matches, &error))
        {
          show_error (self, error->message);
          return;
        }

      if (!matches)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->passphrase_entry), "");
          show_error (self, _("That is not the passphrase; try again."));
          self->showing_wait = FALSE;
          /* Shows the wait instead, when this one calls for it. */
          hearth_lock_throttle_add_failure (self->throttle);
          update_wait (self);
          gtk_widget_grab_focus (self->passphrase_entry);
          return;
        }
    }

  hearth_lock_throttle_reset (self->throttle);
  self->showing_wait = FALSE;
  clear_entries (self);
  gtk_widget_set_visible (self->error_label, FALSE);
  update_mode (self);
  g_signal_emit (self, signals[UNLOCKED], 0);
}

static void
hearth_lock_screen_constructed (GObject *object)
{
  HearthLockScreen *self = HEARTH_LOCK_SCREEN (object);

  G_OBJECT_CLASS (hearth_lock_screen_parent_class)->constructed (object);

  /* Built alone (as the template test does), it counts on its own. */
  if (self->throttle == NULL)
    self->throttle = hearth_lock_throttle_new ();
  g_signal_connect_object (self->throttle, "notify::remaining-seconds",
                           G_CALLBACK (remaining_changed_cb), self, G_CONNECT_SWAPPED);

  update_mode (self);
}

static void
hearth_lock_screen_dispose (GObject *object)
{
  HearthLockScreen *self = HEARTH_LOCK_SCREEN (object);

  /* The throttle outlives the screen: no more updates to a screen
   * whose widgets are gone. */
  if (self->throttle != NULL)
    g_signal_handlers_disconnect_by_func (self->throttle, remaining_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_LOCK_SCREEN);
  g_clear_object (&self->throttle);

  G_OBJECT_CLASS (hearth_lock_screen_parent_class)->dispose (object);
}

static void
hearth_lock_screen_finalize (GObject *object)
{
  HearthLockScreen *self = HEARTH_LOCK_SCREEN (object);

  g_clear_pointer (&self->passphrase_path, g_free);

  G_OBJECT_CLASS (hearth_lock_screen_parent_class)->finalize (object);
}

static void
hearth_lock_screen_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthLockScreen *self = HEARTH_LOCK_SCREEN (object);

  switch (prop_id)
    {
    case PROP_PASSPHRASE_PATH:
      g_value_set_string (value, self->passphrase_path);
      break;
    case PROP_THROTTLE:
      g_value_set_object (value, self->throttle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_lock_screen_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthLockScreen *self = HEARTH_LOCK_SCREEN (object);

  switch (prop_id)
    {
    case PROP_PASSPHRASE_PATH:
      self->passphrase_path = g_value_dup_string (value);
      break;
    case PROP_THROTTLE:
      self->throttle = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_lock_screen_class_init (HearthLockScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_lock_screen_constructed;
  object_class->dispose = hearth_lock_screen_dispose;
  object_class->finalize = hearth_lock_screen_finalize;
  object_class->get_property = hearth_lock_screen_get_property;
  object_class->set_property = hearth_lock_screen_set_property;

  properties[PROP_PASSPHRASE_PATH] =
    g_param_spec_string ("passphrase-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THROTTLE] =
    g_param_spec_object ("throttle", NULL, NULL, HEARTH_TYPE_LOCK_THROTTLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthLockScreen::unlocked:
   *
   * The passphrase was entered (or chosen): the records may show again.
   */
  signals[UNLOCKED] = g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-lock-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthLockScreen, status_page);
  gtk_widget_class_bind_template_child (widget_class, HearthLockScreen, passphrase_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthLockScreen, confirm_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthLockScreen, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthLockScreen, unlock_button);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activate_cb);
}

static void
hearth_lock_screen_init (HearthLockScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_lock_screen_new:
 * @passphrase_path: the file holding the passphrase's hash
 * @throttle: the count of wrong passphrases, shared by every locked window
 *
 * Returns: (transfer floating): a new lock screen
 */
GtkWidget *
hearth_lock_screen_new (const char         *passphrase_path,
                        HearthLockThrottle *throttle)
{
  g_return_val_if_fail (passphrase_path != NULL, NULL);
  g_return_val_if_fail (HEARTH_IS_LOCK_THROTTLE (throttle), NULL);

  return g_object_new (HEARTH_TYPE_LOCK_SCREEN,
                       "passphrase-path", passphrase_path,
                       "throttle", throttle,
                       NULL);
}

/**
 * hearth_lock_screen_get_passphrase_path:
 * @self: a lock screen
 *
 * Returns: (transfer none): the passphrase file
 */
const char *
hearth_lock_screen_get_passphrase_path (HearthLockScreen *self)
{
  g_return_val_if_fail (HEARTH_IS_LOCK_SCREEN (self), NULL);

  return self->passphrase_path;
}

/**
 * hearth_lock_screen_get_choosing:
 * @self: a lock screen
 *
 * Returns: whether the screen asks for a new passphrase (none is set)
 */
gboolean
hearth_lock_screen_get_choosing (HearthLockScreen *self)
{
  g_return_val_if_fail (HEARTH_IS_LOCK_SCREEN (self), FALSE);

  return self->choosing;
}

/**
 * hearth_lock_screen_focus:
 * @self: a lock screen
 *
 * Moves the keyboard focus to the passphrase entry.
 */
void
hearth_lock_screen_focus (HearthLockScreen *self)
{
  g_return_if_fail (HEARTH_IS_LOCK_SCREEN (self));

  update_mode (self);
  gtk_widget_grab_focus (self->passphrase_entry);
}
