/* hearth-preferences-window.c
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

#define G_LOG_DOMAIN "hearth-preferences"

#include "config.h"

#include "hearth-preferences-window.h"

struct _HearthPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;  /* owned; nullable */

  /* Template children */
  AdwEntryRow          *practitioner_name_row;
  GtkSpinButton        *autosave_spin;
  GtkSwitch            *idle_lock_switch;
  GtkSpinButton        *idle_lock_spin;
  GtkSpinButton        *drift_spin;
};

G_DEFINE_FINAL_TYPE (HearthPreferencesWindow, hearth_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_preferences_window_constructed (GObject *object)
{
  HearthPreferencesWindow *self = HEARTH_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (hearth_preferences_window_parent_class)->constructed (object);

  /* Every change is kept at once: preferences have no Apply button. */
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "practitioner-name",
                       self->practitioner_name_row, "text", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "autosave-interval",
                       self->autosave_spin, "value", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "idle-lock-enabled",
                       self->idle_lock_switch, "active", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "idle-lock-minutes",
                       self->idle_lock_spin, "value", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "drift-threshold-weeks",
                       self->drift_spin, "value", G_SETTINGS_BIND_DEFAULT);
    }
}

static void
hearth_preferences_window_dispose (GObject *object)
{
  HearthPreferencesWindow *self = HEARTH_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hearth_preferences_window_parent_class)->dispose (object);
}

static void
hearth_preferences_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HearthPreferencesWindow *self = HEARTH_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_preferences_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HearthPreferencesWindow *self = HEARTH_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_preferences_window_class_init (HearthPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_preferences_window_constructed;
  object_class->dispose = hearth_preferences_window_dispose;
  object_class->get_property = hearth_preferences_window_get_property;
  object_class->set_property = hearth_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, practitioner_name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, idle_lock_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, idle_lock_spin);
  gtk_widget_class_bind_template_child (widget_class, HearthPreferencesWindow, drift_spin);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
hearth_preferences_window_init (HearthPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_preferences_window_new:
 * @settings: (nullable): Hearth's settings, or %NULL when the schema is not
 *   installed (the window then changes nothing)
 *
 * Returns: (transfer full): a new preferences window whose rows read and
 *   write @settings as they change
 */
GtkWidget *
hearth_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (HEARTH_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

/**
 * hearth_preferences_window_get_settings:
 * @self: a preferences window
 *
 * Returns: (transfer none) (nullable): the settings the window edits
 */
GSettings *
hearth_preferences_window_get_settings (HearthPreferencesWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}
