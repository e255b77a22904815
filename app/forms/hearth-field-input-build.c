/* hearth-field-input-build.c
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

#include <adwaita.h>
#include <glib/gi18n.h>

#include "core/hearth-person.h"

#include "hearth-field-input-private.h"

/* The widget for each type of field, and the handlers that turn what the
 * user does with it into the answer's value. */

static void
set_value (HearthFieldInput *self,
           char             *value)
{
  if (value != NULL && *value == '\0')
    g_clear_pointer (&value, g_free);

  if (g_strcmp0 (self->response->value, value) == 0)
    {
      g_free (value);
      return;
    }

  g_free (self->response->value);
  self->response->value = value;
}

static void
buffer_changed_cb (GtkTextBuffer    *buffer,
                   HearthFieldInput *self)
{
  GtkTextIter start, end;

  if (self->updating)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  set_value (self, gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  hearth_field_input_emit_changed (self);
}

static void
entry_changed_cb (GtkEditable      *editable,
                  HearthFieldInput *self)
{
  if (self->updating)
    return;

  set_value (self, g_strdup (gtk_editable_get_text (editable)));
  hearth_field_input_emit_changed (self);
}

static void
switch_active_cb (GtkSwitch        *widget,
                  GParamSpec       *pspec,
                  HearthFieldInput *self)
{
  if (self->updating)
    return;

  set_value (self, g_strdup (gtk_switch_get_active (widget) ? "true" : "false"));
  hearth_field_input_emit_changed (self);
}

static void
combo_selected_cb (AdwComboRow      *row,
                   GParamSpec       *pspec,
                   HearthFieldInput *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || selected >= self->values->len)
    return;

  set_value (self, g_strdup (g_ptr_array_index (self->values, selected)));
  if (self->compared_label != NULL)
    hearth_field_input_set_compared_level (self, self->compared_level, self->compared_label);
  hearth_field_input_emit_changed (self);
}

static void
check_toggled_cb (GtkCheckButton   *button,
                  HearthFieldInput *self)
{
  g_autoptr(GString) value = g_string_new (NULL);

  if (self->updating)
    return;

  for (guint i = 0; i < self->checks->len; i++)
    {
      if (!gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        continue;
      if (value->len > 0)
        g_string_append (value, HEARTH_FIELD_VALUE_SEPARATOR);
      g_string_append (value, self->field->options[i].id);
    }

  set_value (self, g_string_free (g_steal_pointer (&value), FALSE));
  hearth_field_input_emit_changed (self);
}

static GtkWidget *
new_group (const HearthInstrumentField *field)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), field->label);
  if (field->guidance != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), field->guidance);
  return group;
}

static GtkWidget *
new_action_row (const HearthInstrumentField *field)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field->label);
  if (field->guidance != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), field->guidance);
  return row;
}

static void
build_text (HearthFieldInput *self)
{
  const HearthInstrumentField *field = self->field;

  if (!field->multiline)
    {
      self->widget = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->widget), field->label);
      if (field->guidance != NULL)
        gtk_widget_set_tooltip_text (self->widget, field->guidance);
      g_signal_connect_object (self->widget, "changed", G_CALLBACK (entry_changed_cb), self, 0);
      self->control = self->widget;
      self->is_row = TRUE;
    }
  else
    {
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkTextBuffer *buffer;

      self->widget = new_group (field);
      self->control = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->control), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->control), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->control), 10);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->control), 10);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->control), 12);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->control), 12);
      gtk_widget_set_size_request (self->control, -1, 96);
      gtk_widget_add_css_class (self->control, "field-text");
      gtk_widget_add_css_class (frame, "field-text-frame");
      gtk_frame_set_child (GTK_FRAME (frame), self->control);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->widget), frame);

      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control));
      g_signal_connect_object (buffer, "changed", G_CALLBACK (buffer_changed_cb), self, 0);
    }

  hearth_field_input_label_control (self->control, field->label, field->guidance);
}

static void
build_boolean (HearthFieldInput *self)
{
  self->widget = new_action_row (self->field);
  self->control = gtk_switch_new ();
  gtk_widget_set_valign (self->control, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->widget), self->control);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->widget), self->control);
  g_signal_connect_object (self->control, "notify::active", G_CALLBACK (switch_active_cb), self, 0);
  hearth_field_input_label_control (self->control, self->field->label, self->field->guidance);
  self->is_row = TRUE;
}

/* A combo row whose first entry means "no answer yet", so an unanswered
 * field never looks answered. */
static void
build_combo (HearthFieldInput  *self,
             const char        *unanswered,
             GtkStringList     *labels)
{
  self->widget = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->widget), self->field->label);
  if (self->field->guidance != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->widget), self->field->guidance);

  gtk_string_list_splice (labels, 0, 0, (const char * const[]) { unanswered, NULL });
  g_ptr_array_insert (self->values, 0, NULL);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->widget), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->widget), 0);
  g_signal_connect_object (self->widget, "notify::selected", G_CALLBACK (combo_selected_cb), self, 0);

  self->control = self->widget;
  hearth_field_input_label_control (self->control, self->field->label, self->field->guidance);
  self->is_row = TRUE;
}

static void
build_choice (HearthFieldInput *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->field->n_options; i++)
    {
      gtk_string_list_append (labels, self->field->options[i].label);
      g_ptr_array_add (self->values, g_strdup (self->field->options[i].id));
    }
  /* Translators: a choice that has not been made yet. */
  build_combo (self, C_("choice", "Not answered"), labels);
}

static void
build_multi_choice (HearthFieldInput *self)
{
  self->widget = new_group (self->field);

  for (guint i = 0; i < self->field->n_options; i++)
    {
      const HearthFieldOption *option = &self->field->options[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      /* Translators: the accessible name of an option, e.g.
       * "Parental factors: Domestic abuse". */
      g_autofree char *name = g_strdup_printf (_("%s: %s"), self->field->label, option->label);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), option->label);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      hearth_field_input_label_control (check, name, NULL);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->widget), row);
      g_ptr_array_add (self->checks, check);
    }
}

static void
build_child (HearthFieldInput *self,
             GPtrArray        *children)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (children, i);

      if (!hearth_person_is_child (person))
        continue;
      gtk_string_list_append (labels, person->name);
      g_ptr_array_add (self->values, g_strdup_printf ("%" G_GINT64_FORMAT, person->id));
    }
  /* Translators: no child has been chosen for a field yet. */
  build_combo (self, C_("child", "Not chosen"), labels);
}

static void
build_level_of_need (HearthFieldInput *self)
{
  g_autoptr(GtkStringList) labels = NULL;

  if (self->field->computed)
    {
      self->widget = new_action_row (self->field);
      self->control = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->control, "suggested-level");
      gtk_widget_set_valign (self->control, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self->widget), self->control);
      self->is_row = TRUE;
      hearth_field_input_set_compared_level (self, 0, NULL);
      return;
    }

  labels = gtk_string_list_new (NULL);
  for (int ordinal = 1; ordinal <= HEARTH_N_LEVELS_OF_NEED; ordinal++)
    {
      g_autofree char *name = hearth_field_input_dup_level_name (self, ordinal);

      gtk_string_list_append (labels, name);
      g_ptr_array_add (self->values, g_strdup_printf ("%d", ordinal));
    }
  /* Translators: the practitioner has not decided a level of need yet. */
  build_combo (self, C_("level of need", "Not decided"), labels);
}

/* Builds the input's widget for its field's type. @children (borrowed,
 * nullable) are the family's children, offered by "child" fields. */
void
hearth_field_input_build (HearthFieldInput *self,
                          GPtrArray        *children)
{
  switch (self->field->type)
    {
    case HEARTH_FIELD_TEXT:
      build_text (self);
      break;
    case HEARTH_FIELD_BOOLEAN:
      build_boolean (self);
      break;
    case HEARTH_FIELD_CHOICE:
      build_choice (self);
      break;
    case HEARTH_FIELD_MULTI_CHOICE:
      build_multi_choice (self);
      break;
    case HEARTH_FIELD_CHILD:
      build_child (self, children);
      break;
    case HEARTH_FIELD_LEVEL_OF_NEED:
    default:
      build_level_of_need (self);
      break;
    }
}
