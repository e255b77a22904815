/* hearth-field-input.c
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

#include "hearth-field-input-private.h"

/* The input's state: the answer it shows, whether it may be changed, and
 * the suggested level of need beside a decision. The widgets for each type
 * of field, and the handlers that read the user's answer back from them,
 * are built in hearth-field-input-build.c. */

G_DEFINE_FINAL_TYPE (HearthFieldInput, hearth_field_input, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The name of a level of need, as configured, or a plain numbered name
 * when there is none. Returns a string the caller frees. */
char *
hearth_field_input_dup_level_name (HearthFieldInput *self,
                                   int               ordinal)
{
  const char *name = NULL;

  if (self->levels != NULL)
    name = hearth_levels_of_need_get_name (self->levels, ordinal);
  if (name != NULL)
    return g_strdup (name);
  /* Translators: a level of need without a configured name. */
  return g_strdup_printf (_("Level of need %d"), ordinal);
}

/* Emits HearthFieldInput::changed, unless the input is showing a stored
 * answer rather than taking the user's. */
void
hearth_field_input_emit_changed (HearthFieldInput *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Names a control (and describes it, when @description is not %NULL) for
 * screen readers. */
void
hearth_field_input_label_control (GtkWidget  *control,
                                  const char *label,
                                  const char *description)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (control),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (control),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
}

static void
apply_editable (HearthFieldInput *self)
{
  gboolean editable = self->editable;

  if (self->control == NULL && self->checks->len == 0)
    return;

  switch (self->field->type)
    {
    case HEARTH_FIELD_TEXT:
      if (GTK_IS_TEXT_VIEW (self->control))
        {
          /* Read-only text stays selectable, so it can be copied. */
          gtk_text_view_set_editable (GTK_TEXT_VIEW (self->control), editable);
          gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->control), editable);
        }
      else
        gtk_editable_set_editable (GTK_EDITABLE (self->control), editable);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->control),
                                      GTK_ACCESSIBLE_PROPERTY_READ_ONLY, !editable,
                                      -1);
      break;

    case HEARTH_FIELD_MULTI_CHOICE:
      for (guint i = 0; i < self->checks->len; i++)
        gtk_widget_set_sensitive (g_ptr_array_index (self->checks, i), editable);
      break;

    case HEARTH_FIELD_LEVEL_OF_NEED:
      if (self->field->computed)
        break;
      G_GNUC_FALLTHROUGH;
    case HEARTH_FIELD_BOOLEAN:
    case HEARTH_FIELD_CHOICE:
    case HEARTH_FIELD_CHILD:
    default:
      gtk_widget_set_sensitive (self->control, editable);
      break;
    }
}

static void
sync_control (HearthFieldInput *self)
{
  const char *value = self->response->value;

  self->updating = TRUE;

  switch (self->field->type)
    {
    case HEARTH_FIELD_TEXT:
      if (GTK_IS_TEXT_VIEW (self->control))
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->control)),
                                  value != NULL ? value : "", -1);
      else
        gtk_editable_set_text (GTK_EDITABLE (self->control), value != NULL ? value : "");
      break;

    case HEARTH_FIELD_BOOLEAN:
      gtk_switch_set_active (GTK_SWITCH (self->control), g_strcmp0 (value, "true") == 0);
      break;

    case HEARTH_FIELD_MULTI_CHOICE:
      {
        g_auto(GStrv) chosen = g_strsplit (value != NULL ? value : "",
                                           HEARTH_FIELD_VALUE_SEPARATOR, -1);

        for (guint i = 0; i < self->checks->len; i++)
          gtk_check_button_set_active (g_ptr_array_index (self->checks, i),
                                       g_strv_contains ((const char * const *) chosen,
                                                        self->field->options[i].id));
      }
      break;

    case HEARTH_FIELD_LEVEL_OF_NEED:
      if (self->field->computed)
        break;
      G_GNUC_FALLTHROUGH;
    case HEARTH_FIELD_CHOICE:
    case HEARTH_FIELD_CHILD:
    default:
      {
        guint selected = 0;

        for (guint i = 1; value != NULL && i < self->values->len; i++)
          if (g_strcmp0 (g_ptr_array_index (self->values, i), value) == 0)
            selected = i;
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->control), selected);
      }
      break;
    }

  self->updating = FALSE;
}

static void
hearth_field_input_dispose (GObject *object)
{
  HearthFieldInput *self = HEARTH_FIELD_INPUT (object);

  self->control = NULL;
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->widget);
  g_clear_object (&self->levels);

  G_OBJECT_CLASS (hearth_field_input_parent_class)->dispose (object);
}

static void
hearth_field_input_finalize (GObject *object)
{
  HearthFieldInput *self = HEARTH_FIELD_INPUT (object);

  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->response, hearth_response_free);
  g_clear_pointer (&self->compared_label, g_free);
  g_clear_object (&self->instrument);

  G_OBJECT_CLASS (hearth_field_input_parent_class)->finalize (object);
}

static void
hearth_field_input_class_init (HearthFieldInputClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_field_input_dispose;
  object_class->finalize = hearth_field_input_finalize;

  /**
   * HearthFieldInput::changed:
   *
   * The user changed the answer; read it with
   * hearth_field_input_get_response(). Text fields emit it on every
   * keystroke. Not emitted by hearth_field_input_set_response().
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
hearth_field_input_init (HearthFieldInput *self)
{
  self->checks = g_ptr_array_new ();
  self->values = g_ptr_array_new_with_free_func (g_free);
  self->editable = TRUE;
}

/**
 * hearth_field_input_new:
 * @instrument: the instrument @field belongs to
 * @field: the field
 * @children: (element-type HearthPerson) (nullable): the family's children,
 *   offered by "child" fields
 * @levels: (nullable): the names of the levels of need
 *
 * Returns: (transfer full): an input with no answer
 */
HearthFieldInput *
hearth_field_input_new (HearthInstrument            *instrument,
                        const HearthInstrumentField *field,
                        GPtrArray                   *children,
                        HearthLevelsOfNeed          *levels)
{
  HearthFieldInput *self;

  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (instrument), NULL);
  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (levels == NULL || HEARTH_IS_LEVELS_OF_NEED (levels), NULL);

  self = g_object_new (HEARTH_TYPE_FIELD_INPUT, NULL);
  self->instrument = g_object_ref (instrument);
  self->field = field;
  self->levels = levels != NULL ? g_object_ref (levels) : NULL;
  self->response = hearth_response_new (field->id);

  hearth_field_input_build (self, children);

  g_object_ref_sink (self->widget);
  gtk_widget_add_css_class (self->widget, "field");

  return self;
}

/**
 * hearth_field_input_get_field:
 * @self: an input
 *
 * Returns: (transfer none): the field
 */
const HearthInstrumentField *
hearth_field_input_get_field (HearthFieldInput *self)
{
  g_return_val_if_fail (HEARTH_IS_FIELD_INPUT (self), NULL);

  return self->field;
}

/**
 * hearth_field_input_get_widget:
 * @self: an input
 *
 * Returns: (transfer none): the widget to show: a #GtkListBoxRow when
 *   hearth_field_input_is_row() says so, else a group of its own
 */
GtkWidget *
hearth_field_input_get_widget (HearthFieldInput *self)
{
  g_return_val_if_fail (HEARTH_IS_FIELD_INPUT (self), NULL);

  return self->widget;
}

/**
 * hearth_field_input_is_row:
 * @self: an input
 *
 * Returns: %TRUE when the widget is a row for a boxed list
 */
gboolean
hearth_field_input_is_row (HearthFieldInput *self)
{
  g_return_val_if_fail (HEARTH_IS_FIELD_INPUT (self), FALSE);

  return self->is_row;
}

/**
 * hearth_field_input_get_response:
 * @self: an input
 *
 * Returns: (transfer none): the current answer, in the encoding this
 *   header describes
 */
const HearthResponse *
hearth_field_input_get_response (HearthFieldInput *self)
{
  g_return_val_if_fail (HEARTH_IS_FIELD_INPUT (self), NULL);

  return self->response;
}

/**
 * hearth_field_input_set_response:
 * @self: an input
 * @response: (nullable): a stored answer, or %NULL for none
 *
 * Shows @response without emitting #HearthFieldInput::changed. A value
 * the field cannot show (an option or child it does not have) is kept, so
 * nothing stored is lost, and shows as unanswered.
 */
void
hearth_field_input_set_response (HearthFieldInput     *self,
                                 const HearthResponse *response)
{
  g_return_if_fail (HEARTH_IS_FIELD_INPUT (self));

  g_clear_pointer (&self->response->value, g_free);
  g_clear_pointer (&self->response->note, g_free);
  if (response != NULL)
    {
      self->response->value = g_strdup (response->value);
      self->response->note = g_strdup (response->note);
    }

  if (self->control != NULL || self->checks->len > 0)
    sync_control (self);
}

/**
 * hearth_field_input_has_answer:
 * @self: an input
 *
 * A switch always has an answer (off means no); a text needs more than
 * white space; every other field needs a value.
 *
 * Returns: whether the field is answered
 */
gboolean
hearth_field_input_has_answer (HearthFieldInput *self)
{
  const char *value;

  g_return_val_if_fail (HEARTH_IS_FIELD_INPUT (self), FALSE);

  value = self->response->value;
  switch (self->field->type)
    {
    case HEARTH_FIELD_BOOLEAN:
      return TRUE;

    case HEARTH_FIELD_TEXT:
      for (const char *p = value; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          return TRUE;
      return FALSE;

    case HEARTH_FIELD_LEVEL_OF_NEED:
      if (self->field->computed)
        return self->compared_level > 0;
      return hearth_field_input_get_level_of_need (self) > 0;

    case HEARTH_FIELD_CHOICE:
    case HEARTH_FIELD_MULTI_CHOICE:
    case HEARTH_FIELD_CHILD:
    default:
      return value != NULL && *value != '\0';
    }
}

/**
 * hearth_field_input_get_level_of_need:
 * @self: an input for a level-of-need field
 *
 * Returns: the level of need chosen (or, for a computed field, suggested),
 *   1 to 4, or 0 when there is none
 */
int
hearth_field_input_get_level_of_need (HearthFieldInput *self)
{
  guint64 ordinal = 0;

  g_return_val_if_fail (HEARTH_IS_FIELD_INPUT (self), 0);
  g_return_val_if_fail (self->field->type == HEARTH_FIELD_LEVEL_OF_NEED, 0);

  if (self->field->computed)
    return self->compared_level;

  if (self->response->value == NULL
      || !g_ascii_string_to_unsigned (self->response->value, 10, 1, HEARTH_N_LEVELS_OF_NEED,
                                      &ordinal, NULL))
    return 0;
  return (int) ordinal;
}

/**
 * hearth_field_input_set_compared_level:
 * @self: an input for a level-of-need field
 * @ordinal: the level of need to show beside it, or 0 for none
 * @compared_label: (nullable): the label of the field @ordinal comes from,
 *   for a decision compared with it; %NULL for a computed field, which
 *   shows @ordinal as its own value
 *
 * Shows the suggested level: as the value of a computed field, or beside
 * a decision, with a warning when the decision differs from it.
 */
void
hearth_field_input_set_compared_level (HearthFieldInput *self,
                                       int               ordinal,
                                       const char       *compared_label)
{
  g_autofree char *name = NULL;

  g_return_if_fail (HEARTH_IS_FIELD_INPUT (self));
  g_return_if_fail (self->field->type == HEARTH_FIELD_LEVEL_OF_NEED);

  self->compared_level = ordinal;
  if (compared_label != self->compared_label)
    {
      g_free (self->compared_label);
      self->compared_label = g_strdup (compared_label);
    }

  name = ordinal > 0 ? hearth_field_input_dup_level_name (self, ordinal)
                     : g_strdup (_("Insufficient information"));

  if (self->field->computed)
    {
      gtk_label_set_label (GTK_LABEL (self->control), name);
      hearth_field_input_label_control (self->widget, self->field->label, name);
      return;
    }

  if (compared_label != NULL)
    {
      g_autofree char *subtitle = NULL;
      int decided = hearth_field_input_get_level_of_need (self);

      if (decided > 0 && ordinal > 0 && decided != ordinal)
        /* Translators: under the practitioner's decision, e.g. "Suggested
         * level of need: Early help. This decision differs, so give a
         * reason." */
        subtitle = g_strdup_printf (_("%s: %s. This decision differs, so give a reason."),
                                    compared_label, name);
      else
        subtitle = g_strdup_printf ("%s: %s", compared_label, name);
      if (decided > 0 && ordinal > 0 && decided != ordinal)
        gtk_widget_add_css_class (self->widget, "differs");
      else
        gtk_widget_remove_css_class (self->widget, "differs");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->widget), subtitle);
      hearth_field_input_label_control (self->control, self->field->label, subtitle);
    }
}

/**
 * hearth_field_input_set_editable:
 * @self: an input
 * @editable: whether the user may change the answer
 *
 * A read-only input makes its switch, choice or check buttons insensitive
 * and its text read-only but selectable.
 */
void
hearth_field_input_set_editable (HearthFieldInput *self,
                                 gboolean          editable)
{
  g_return_if_fail (HEARTH_IS_FIELD_INPUT (self));

  self->editable = !!editable;
  apply_editable (self);
}
