/* hearth-level-picker.c
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

#define G_LOG_DOMAIN "hearth-forms"

#include "config.h"

#include <glib/gi18n.h>

#include "core/hearth-response.h"

#include "hearth-level-picker.h"

/* One toggle per level of the instrument's scale, plus "not known": the
 * toggles form one radio group, so a rating and "not known" exclude each
 * other. Keys 1–9 pick a level and 0 picks "not known", so an item can be
 * rated without leaving the keyboard. */
struct _HearthLevelPicker
{
  GtkWidget        parent_instance;

  GPtrArray       *buttons;          /* borrowed children; index i is level i + 1 */
  GtkToggleButton *not_known_button; /* borrowed child */
  int              level;
  gboolean         not_known;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (HearthLevelPicker, hearth_level_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_NOT_KNOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_buttons (HearthLevelPicker *self)
{
  self->updating = TRUE;

  for (guint i = 0; i < self->buttons->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, i),
                                  !self->not_known && self->level == (int) i + 1);
  gtk_toggle_button_set_active (self->not_known_button, self->not_known);

  self->updating = FALSE;
}

static void
toggled_cb (GtkToggleButton   *button,
            HearthLevelPicker *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->not_known_button)
    {
      hearth_level_picker_set_not_known (self, TRUE);
      return;
    }

  for (guint i = 0; i < self->buttons->len; i++)
    {
      if (g_ptr_array_index (self->buttons, i) == button)
        {
          hearth_level_picker_set_level (self, (int) i + 1);
          return;
        }
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                HearthLevelPicker     *self)
{
  guint digit;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    digit = keyval - GDK_KEY_0;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    digit = keyval - GDK_KEY_KP_0;
  else
    return GDK_EVENT_PROPAGATE;

  if (digit == 0)
    hearth_level_picker_set_not_known (self, TRUE);
  else if (digit <= self->buttons->len)
    hearth_level_picker_set_level (self, (int) digit);
  else
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

static void
hearth_level_picker_dispose (GObject *object)
{
  HearthLevelPicker *self = HEARTH_LEVEL_PICKER (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->not_known_button = NULL;
  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_level_picker_parent_class)->dispose (object);
}

static void
hearth_level_picker_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HearthLevelPicker *self = HEARTH_LEVEL_PICKER (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;

    case PROP_NOT_KNOWN:
      g_value_set_boolean (value, self->not_known);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_level_picker_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HearthLevelPicker *self = HEARTH_LEVEL_PICKER (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      hearth_level_picker_set_level (self, g_value_get_int (value));
      break;

    case PROP_NOT_KNOWN:
      hearth_level_picker_set_not_known (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_level_picker_class_init (HearthLevelPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_level_picker_dispose;
  object_class->get_property = hearth_level_picker_get_property;
  object_class->set_property = hearth_level_picker_set_property;

  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL,
                      HEARTH_LEVEL_NONE, 9, HEARTH_LEVEL_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOT_KNOWN] =
    g_param_spec_boolean ("not-known", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "levelpicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hearth_level_picker_init (HearthLevelPicker *self)
{
  GtkEventController *keys;

  self->buttons = g_ptr_array_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * hearth_level_picker_new:
 * @labels: the short label of each level of the scale, lowest value first
 * @not_known_label: (nullable): the label of the "not known" choice, such as
 *   "Not seen"; %NULL for "Not known"
 *
 * Returns: (transfer floating): a picker with nothing chosen
 */
GtkWidget *
hearth_level_picker_new (const char * const *labels,
                         const char         *not_known_label)
{
  HearthLevelPicker *self;
  guint n_levels;

  g_return_val_if_fail (labels != NULL, NULL);

  n_levels = g_strv_length ((char **) labels);
  g_return_val_if_fail (n_levels >= 2 && n_levels <= 9, NULL);

  self = g_object_new (HEARTH_TYPE_LEVEL_PICKER, NULL);

  for (guint i = 0; i < n_levels; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i + 1);
      GtkWidget *button = gtk_toggle_button_new_with_label (text);

      gtk_widget_set_tooltip_text (button, labels[i]);
      /* Translators: the accessible name of a rating button, e.g. "Level 3: Some concern". */
      {
        g_autofree char *name = g_strdup_printf (_("Level %u: %s"), i + 1, labels[i]);
        gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
      }
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     g_ptr_array_index (self->buttons, 0));
      g_signal_connect_object (button, "toggled", G_CALLBACK (toggled_cb), self, 0);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      g_ptr_array_add (self->buttons, button);
    }

  self->not_known_button =
    GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (not_known_label != NULL
                                                         ? not_known_label
                                                         : _("Not known")));
  gtk_toggle_button_set_group (self->not_known_button, g_ptr_array_index (self->buttons, 0));
  gtk_widget_set_margin_start (GTK_WIDGET (self->not_known_button), 6);
  g_signal_connect_object (self->not_known_button, "toggled", G_CALLBACK (toggled_cb), self, 0);
  gtk_widget_set_parent (GTK_WIDGET (self->not_known_button), GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

/**
 * hearth_level_picker_get_level:
 * @self: a picker
 *
 * Returns: the chosen level, or %HEARTH_LEVEL_NONE
 */
int
hearth_level_picker_get_level (HearthLevelPicker *self)
{
  g_return_val_if_fail (HEARTH_IS_LEVEL_PICKER (self), HEARTH_LEVEL_NONE);

  return self->level;
}

/**
 * hearth_level_picker_set_level:
 * @self: a picker
 * @level: a level of the scale, or %HEARTH_LEVEL_NONE to clear it
 *
 * Chooses @level; choosing a level clears "not known".
 */
void
hearth_level_picker_set_level (HearthLevelPicker *self,
                               int                level)
{
  g_return_if_fail (HEARTH_IS_LEVEL_PICKER (self));
  g_return_if_fail (level >= HEARTH_LEVEL_NONE && level <= (int) self->buttons->len);

  if (self->level == level && !(level != HEARTH_LEVEL_NONE && self->not_known))
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (level != HEARTH_LEVEL_NONE && self->not_known)
    {
      self->not_known = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOT_KNOWN]);
    }
  if (self->level != level)
    {
      self->level = level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
    }

  sync_buttons (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * hearth_level_picker_get_not_known:
 * @self: a picker
 *
 * Returns: whether "not known" is chosen
 */
gboolean
hearth_level_picker_get_not_known (HearthLevelPicker *self)
{
  g_return_val_if_fail (HEARTH_IS_LEVEL_PICKER (self), FALSE);

  return self->not_known;
}

/**
 * hearth_level_picker_set_not_known:
 * @self: a picker
 * @not_known: whether the item is not known
 *
 * Choosing "not known" clears the level.
 */
void
hearth_level_picker_set_not_known (HearthLevelPicker *self,
                                   gboolean           not_known)
{
  g_return_if_fail (HEARTH_IS_LEVEL_PICKER (self));

  not_known = !!not_known;
  if (self->not_known == not_known)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->not_known = not_known;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOT_KNOWN]);
  if (not_known && self->level != HEARTH_LEVEL_NONE)
    {
      self->level = HEARTH_LEVEL_NONE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
    }

  sync_buttons (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * hearth_level_picker_get_n_levels:
 * @self: a picker
 *
 * Returns: how many levels the scale has
 */
guint
hearth_level_picker_get_n_levels (HearthLevelPicker *self)
{
  g_return_val_if_fail (HEARTH_IS_LEVEL_PICKER (self), 0);

  return self->buttons->len;
}

/**
 * hearth_level_picker_set_level_tooltip:
 * @self: a picker
 * @level: a level of the scale
 * @tooltip: the descriptor of that level for the item at hand
 *
 * Shows @tooltip on the level's button, so the descriptor is at hand.
 */
void
hearth_level_picker_set_level_tooltip (HearthLevelPicker *self,
                                       int                level,
                                       const char        *tooltip)
{
  g_return_if_fail (HEARTH_IS_LEVEL_PICKER (self));
  g_return_if_fail (level >= 1 && level <= (int) self->buttons->len);

  gtk_widget_set_tooltip_text (g_ptr_array_index (self->buttons, level - 1), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (self->buttons, level - 1)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
}
