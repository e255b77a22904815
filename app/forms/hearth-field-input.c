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

#include "core/hearth-person.h"

#include "hearth-field-input.h"

/* The input for one field of an instrument, built from the field's type.
 * Fields that fit on one line (a switch, a choice, a level of need) give a
 * row, so the editor can put neighbouring rows in one boxed list; longer
 * fields (the child's own words, a set of options) give a group of their
 * own. */
struct _HearthFieldInput
{
  GObject                      parent_instance;

  HearthInstrument            *instrument;  /* owned */
  const HearthInstrumentField *field;       /* borrowed from instrument */
  HearthLevelsOfNeed          *levels;      /* owned, nullable */
  HearthResponse              *response;    /* owned */
  GtkWidget                   *widget;      /* owned */
  gboolean                     is_row;
  gboolean                     editable;
  gboolean                     updating;
  int                          compared_level;
  char                        *compared_label;

  GtkWidget                   *control;     /* borrowed: the text view, switch, combo… */
  GPtrArray                   *checks;      /* borrowed check buttons of a multi-choice */
  GPtrArray                   *values;      /* the value of each combo entry, NULL first */
};

G_DEFINE_FINAL_TYPE (HearthFieldInput, hearth_field_input, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_level_name (HearthFieldInput *self,
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
emit_changed (HearthFieldInput *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
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
  emit_changed (self);
}

static void
entry_changed_cb (GtkEditable      *editable,
                  HearthFieldInput *self)
{
  if (self->updating)
    return;

  set_value (self, g_strdup (gtk_editable_get_text (editable)));
  emit_changed (self);
}

static void
switch_active_cb (GtkSwitch        *widget,
                  GParamSpec       *pspec,
                  HearthFieldInput *self)
{
  if (self->updating)
    return;

  set_value (self, g_strdup (gtk_switch_get_active (widget) ? "true" : "false"));
  emit_changed (self);
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
  emit_changed (self);
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
  emit_changed (self);
}

static void
label_control (GtkWidget  *control,
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

  label_control (self->control, field->label, field->guidance);
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
  label_control (self->control, self->field->label, self->field->guidance);
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
  label_control (self->control, self->field->label, self->field->guidance);
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
      label_control (check, name, NULL);
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
      g_autofree char *name = dup_level_name (self, ordinal);

      gtk_string_list_append (labels, name);
      g_ptr_array_add (self->values, g_strdup_printf ("%d", ordinal));
    }
  /* Translators: the practitioner has not decided a level of need yet. */
  build_combo (self, C_("level of need", "Not decided"), labels);
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

  switch (field->type)
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

  name = ordinal > 0 ? dup_level_name (self, ordinal)
                     : g_strdup (_("Insufficient information"));

  if (self->field->computed)
    {
      gtk_label_set_label (GTK_LABEL (self->control), name);
      label_control (self->widget, self->field->label, name);
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
      label_control (self->control, self->field->label, subtitle);
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
