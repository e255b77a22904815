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

/*
 * What a locked window shows instead of its records: the passphrase entry.
 * When no passphrase has been chosen yet, it asks for a new one, twice,
 * and stores its hash. Either way it emits "unlocked" when the person at
 * the keyboard has shown they hold the passphrase.
 */

struct _HearthLockScreen
{
  AdwBin          parent_instance;

  AdwStatusPage  *status_page;
  GtkWidget      *passphrase_entry;
  GtkWidget      *confirm_entry;
  GtkWidget      *error_label;
  GtkWidget      *unlock_button;

  char           *passphrase_path;   /* owned */
  gboolean        choosing;          /* no passphrase yet: choose one */
};

G_DEFINE_FINAL_TYPE (HearthLockScreen, hearth_lock_screen, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PASSPHRASE_PATH,
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

static void
update_mode (HearthLockScreen *self)
{
  self->choosing = self->passphrase_path == NULL
                   || !hearth_lock_passphrase_is_set (self->passphrase_path);

  if (self->choosing)
    {
      adw_status_page_set_title (self->status_page, _("Choose a Passphrase"));
      adw_status_page_set_description (self->status_page,
                                       _("Hearth hid the records after a time without use. Choose "
                                         "a passphrase of at least eight characters: from now on it "
                                         "brings them back."));
      gtk_button_set_label (GTK_BUTTON (self->unlock_button), _("_Set Passphrase and Unlock"));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("Hearth Is Locked"));
      adw_status_page_set_description (self->status_page,
                                       _("The records are hidden after a time without use. Enter "
                                         "your passphrase to bring them back."));
      gtk_button_set_label (GTK_BUTTON (self->unlock_button), _("_Unlock"));
    }

  gtk_widget_set_visible (self->confirm_entry, self->choosing);
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
      if (!hearth_lock_passphrase_verify (self->passphrase_path, passphrase, &matches, &error))
        {
          show_error (self, error->message);
          return;
        }

      if (!matches)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->passphrase_entry), "");
          show_error (self, _("That is not the passphrase; try again."));
          gtk_widget_grab_focus (self->passphrase_entry);
          return;
        }
    }

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

  update_mode (self);
}

static void
hearth_lock_screen_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_LOCK_SCREEN);

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
 *
 * Returns: (transfer floating): a new lock screen
 */
GtkWidget *
hearth_lock_screen_new (const char *passphrase_path)
{
  g_return_val_if_fail (passphrase_path != NULL, NULL);

  return g_object_new (HEARTH_TYPE_LOCK_SCREEN, "passphrase-path", passphrase_path, NULL);
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
