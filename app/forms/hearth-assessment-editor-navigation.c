/* hearth-assessment-editor-navigation.c
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

#include "hearth-assessment-editor-private.h"

/* Moving around the form: between sections with the sidebar or the
 * keyboard, and to one entry, such as the first one that stops the
 * assessment from being finalised. */

static HearthEditorSection *
visible_section (HearthAssessmentEditor *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->section_stack);

  return page != NULL ? hearth_assessment_editor_find_section (self, page) : NULL;
}

/* Moves to the next or previous section and puts the focus on its first
 * entry, so the keyboard carries on where the eyes go. */
static void
move_section (HearthAssessmentEditor *self,
              int                     step)
{
  HearthEditorSection *current = visible_section (self);
  guint index;

  if (current == NULL || !g_ptr_array_find (self->sections, current, &index))
    return;
  if ((step < 0 && index == 0) || (step > 0 && index + 1 >= self->sections->len))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  current = g_ptr_array_index (self->sections, index + step);
  gtk_list_box_select_row (self->section_list, GTK_LIST_BOX_ROW (current->row));
  gtk_widget_child_focus (current->page, GTK_DIR_TAB_FORWARD);
}

static void
next_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move_section (HEARTH_ASSESSMENT_EDITOR (widget), +1);
}

static void
previous_section_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_section (HEARTH_ASSESSMENT_EDITOR (widget), -1);
}

/**
 * hearth_assessment_editor_add_shortcuts:
 * @self: an editor
 *
 * Adds the shortcuts that move between sections.
 */
void
hearth_assessment_editor_add_shortcuts (HearthAssessmentEditor *self)
{
  /* They work wherever the focus is inside the editor, even in a text
   * view that would otherwise take Ctrl+Page Up for itself. */
  const struct {
    const char *trigger;
    const char *action;
  } shortcuts[] = {
    { "<Control>Page_Down", "editor.next-section" },
    { "<Alt>Down", "editor.next-section" },
    { "<Control>Page_Up", "editor.previous-section" },
    { "<Alt>Up", "editor.previous-section" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (shortcuts[i].trigger),
                                                            gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * hearth_assessment_editor_class_add_navigation:
 * @widget_class: the editor's class
 *
 * Installs the actions editor.next-section and editor.previous-section.
 */
void
hearth_assessment_editor_class_add_navigation (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.next-section", NULL, next_section_action);
  gtk_widget_class_install_action (widget_class, "editor.previous-section", NULL,
                                   previous_section_action);
}

/**
 * hearth_assessment_editor_reveal_incomplete:
 * @self: an editor
 *
 * Shows the first entry that hearth_assessment_editor_check_complete()
 * complains about, and puts the focus on it.
 *
 * Returns: %TRUE when there was one
 */
gboolean
hearth_assessment_editor_reveal_incomplete (HearthAssessmentEditor *self)
{
  const char *id;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), FALSE);

  if (self->instrument == NULL
      || (id = hearth_assessment_editor_find_incomplete (self, NULL)) == NULL)
    return FALSE;

  hearth_assessment_editor_focus_entry (self, id);
  return TRUE;
}

/**
 * hearth_assessment_editor_get_section:
 * @self: an editor
 *
 * Returns: (nullable): the id of the section on show
 */
const char *
hearth_assessment_editor_get_section (HearthAssessmentEditor *self)
{
  HearthEditorSection *section;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), NULL);

  section = visible_section (self);
  return section != NULL ? section->section->id : NULL;
}

/**
 * hearth_assessment_editor_set_section:
 * @self: an editor
 * @section_id: a section id of the instrument
 *
 * Shows the section @section_id.
 *
 * Returns: %TRUE if the instrument has that section
 */
gboolean
hearth_assessment_editor_set_section (HearthAssessmentEditor *self,
                                      const char             *section_id)
{
  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), FALSE);
  g_return_val_if_fail (section_id != NULL, FALSE);

  for (guint i = 0; i < self->sections->len; i++)
    {
      HearthEditorSection *section = g_ptr_array_index (self->sections, i);

      if (g_str_equal (section->section->id, section_id))
        {
          gtk_list_box_select_row (self->section_list, GTK_LIST_BOX_ROW (section->row));
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * hearth_assessment_editor_get_entry_widget:
 * @self: an editor
 * @id: an item or field id
 *
 * Returns: (transfer none) (nullable): the #HearthItemCard of an item, or
 *   the row or group of a field
 */
GtkWidget *
hearth_assessment_editor_get_entry_widget (HearthAssessmentEditor *self,
                                           const char             *id)
{
  HearthFieldInput *input;
  GtkWidget *card;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if ((card = g_hash_table_lookup (self->cards, id)) != NULL)
    return card;
  if ((input = g_hash_table_lookup (self->inputs, id)) != NULL)
    return hearth_field_input_get_widget (input);
  return NULL;
}

/**
 * hearth_assessment_editor_focus_entry:
 * @self: an editor
 * @id: an item or field id
 *
 * Shows the section holding @id and puts the focus on it.
 *
 * Returns: %TRUE if the entry is shown and took the focus
 */
gboolean
hearth_assessment_editor_focus_entry (HearthAssessmentEditor *self,
                                      const char             *id)
{
  GtkWidget *widget;
  HearthEditorSection *section;

  g_return_val_if_fail (HEARTH_IS_ASSESSMENT_EDITOR (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  widget = hearth_assessment_editor_get_entry_widget (self, id);
  if (widget == NULL || !gtk_widget_get_visible (widget)
      || (section = hearth_assessment_editor_find_section (self, widget)) == NULL)
    return FALSE;

  hearth_assessment_editor_set_section (self, section->section->id);
  if (gtk_widget_grab_focus (widget))
    return TRUE;
  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}
