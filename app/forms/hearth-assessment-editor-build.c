/* hearth-assessment-editor-build.c
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

#include "hearth-assessment-editor-private.h"

/* Builds the editor from the instrument: one page per section, items as
 * cards, fields as inputs. Neighbouring fields that fit on one row share a
 * boxed list; a new instrument needs no code (DESIGN.md, "Assessment
 * instruments are data, not code"). */

void
hearth_editor_section_free (HearthEditorSection *section)
{
  g_clear_pointer (&section->cards, g_ptr_array_unref);
  g_clear_pointer (&section->inputs, g_ptr_array_unref);
  g_free (section);
}

static void
card_changed_cb (HearthItemCard         *card,
                 HearthAssessmentEditor *self)
{
  hearth_assessment_editor_take_change (self, hearth_item_card_get_response (card));
}

static void
input_changed_cb (HearthFieldInput       *input,
                  HearthAssessmentEditor *self)
{
  hearth_assessment_editor_take_change (self, hearth_field_input_get_response (input));
}

static GtkWidget *
new_wrapped_label (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The instrument's own guidance, at the top of the first page, where a
 * practitioner starting the form will read it. */
static GtkWidget *
new_instrument_guidance (HearthAssessmentEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  GtkWidget *label = new_wrapped_label (hearth_instrument_get_guidance (self->instrument), NULL);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "instrument-guidance");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Guidance"),
                                  -1);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
build_page (HearthAssessmentEditor *self,
            HearthEditorSection    *section,
            gboolean                first)
{
  const HearthInstrumentSection *s = section->section;
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = new_wrapped_label (s->label, "title-2");
  GtkWidget *rows = NULL;

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 560);
  gtk_widget_set_margin_top (content, 30);
  gtk_widget_set_margin_bottom (content, 36);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_add_css_class (content, "section-page");

  gtk_accessible_update_property (GTK_ACCESSIBLE (title),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1,
                                  -1);
  gtk_box_append (GTK_BOX (header), title);
  if (s->guidance != NULL)
    gtk_box_append (GTK_BOX (header), new_wrapped_label (s->guidance, "dim-label"));
  gtk_box_append (GTK_BOX (content), header);

  if (first && hearth_instrument_get_guidance (self->instrument) != NULL)
    gtk_box_append (GTK_BOX (content), new_instrument_guidance (self));

  for (guint i = 0; i < s->n_entries; i++)
    {
      const HearthInstrumentEntry *entry = &s->entries[i];

      if (entry->kind == HEARTH_ENTRY_ITEM)
        {
          GtkWidget *card = hearth_item_card_new (self->instrument, entry->item);

          /* Items outside the child's age band at the visit are left out
           * of the form and the score; their answers are kept. */
          gtk_widget_set_visible (card, hearth_instrument_item_applies_at_age (entry->item,
                                                                               self->age_years));
          g_signal_connect_object (card, "changed", G_CALLBACK (card_changed_cb), self, 0);
          g_hash_table_insert (self->cards, (gpointer) entry->item->id, card);
          g_ptr_array_add (section->cards, card);
          gtk_box_append (GTK_BOX (content), card);
          rows = NULL;
        }
      else
        {
          g_autoptr(HearthFieldInput) input = hearth_field_input_new (self->instrument,
                                                                      entry->field,
                                                                      self->children,
                                                                      self->levels);
          GtkWidget *widget = hearth_field_input_get_widget (input);

          if (hearth_field_input_is_row (input))
            {
              if (rows == NULL)
                {
                  rows = gtk_list_box_new ();
                  gtk_list_box_set_selection_mode (GTK_LIST_BOX (rows), GTK_SELECTION_NONE);
                  gtk_widget_add_css_class (rows, "boxed-list");
                  gtk_box_append (GTK_BOX (content), rows);
                }
              gtk_list_box_append (GTK_LIST_BOX (rows), widget);
            }
          else
            {
              gtk_box_append (GTK_BOX (content), widget);
              rows = NULL;
            }

          g_signal_connect_object (input, "changed", G_CALLBACK (input_changed_cb), self, 0);
          g_ptr_array_add (section->inputs, input);
          g_hash_table_insert (self->inputs, (gpointer) entry->field->id, g_steal_pointer (&input));
        }
    }

  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

static GtkWidget *
build_row (HearthEditorSection *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = new_wrapped_label (section->section->label, NULL);
  GtkWidget *progress = new_wrapped_label (NULL, "caption");

  gtk_widget_add_css_class (progress, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), progress);
  gtk_box_append (GTK_BOX (box), texts);

  section->done_icon = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_set_valign (section->done_icon, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (section->done_icon, FALSE);
  gtk_widget_add_css_class (section->done_icon, "section-done");
  gtk_accessible_update_state (GTK_ACCESSIBLE (section->done_icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_box_append (GTK_BOX (box), section->done_icon);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, section->section->label,
                                  -1);
  section->progress_label = GTK_LABEL (progress);
  return row;
}

static char *
describe_subject (HearthAssessmentEditor *self)
{
  const char *name = NULL;

  if (hearth_instrument_get_scope (self->instrument) == HEARTH_INSTRUMENT_SCOPE_HOUSEHOLD)
    return g_strdup (_("The household"));

  for (guint i = 0; self->assessment != NULL && i < self->children->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (self->children, i);

      if (person->id == self->assessment->child_id)
        name = person->name;
    }

  if (self->age_years < 0)
    return g_strdup (name != NULL ? name : _("A child"));
  if (name != NULL)
    /* Translators: who a screening is about, e.g. "Bramble Oakfoot, aged 7
     * at the visit". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s, aged %d at the visit",
                                         "%s, aged %d at the visit",
                                         self->age_years),
                            name, self->age_years);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "A child aged %d at the visit",
                                       "A child aged %d at the visit",
                                       self->age_years),
                          self->age_years);
}

/* Loads the stored answers into the cards and inputs, without any of them
 * reporting a change. */
static void
prefill (HearthAssessmentEditor *self)
{
  for (guint i = 0; self->assessment != NULL && i < self->assessment->responses->len; i++)
    {
      HearthResponse *response = g_ptr_array_index (self->assessment->responses, i);
      HearthItemCard *card;
      HearthFieldInput *input;

      if (response == NULL || response->item_id == NULL
          || hearth_assessment_editor_lookup_response (self, response->item_id) != NULL)
        continue;

      g_ptr_array_add (self->responses, hearth_response_copy (response));

      if ((card = g_hash_table_lookup (self->cards, response->item_id)) != NULL)
        hearth_item_card_set_response (card, response);
      else if ((input = g_hash_table_lookup (self->inputs, response->item_id)) != NULL)
        hearth_field_input_set_response (input, response);
    }
}

/**
 * hearth_assessment_editor_build:
 * @self: an editor with an instrument
 *
 * Builds every page, row, card and input, and loads the stored answers.
 */
void
hearth_assessment_editor_build (HearthAssessmentEditor *self)
{
  guint n_sections = hearth_instrument_get_n_sections (self->instrument);
  g_autofree char *subject = describe_subject (self);

  gtk_label_set_label (self->title_label, hearth_instrument_get_title (self->instrument));
  gtk_label_set_label (self->subtitle_label, subject);

  for (guint i = 0; i < n_sections; i++)
    {
      HearthEditorSection *section = g_new0 (HearthEditorSection, 1);

      section->section = hearth_instrument_get_section (self->instrument, i);
      section->cards = g_ptr_array_new ();
      section->inputs = g_ptr_array_new ();
      section->page = build_page (self, section, i == 0);
      section->row = build_row (section);
      g_ptr_array_add (self->sections, section);

      gtk_stack_add_named (self->section_stack, section->page, section->section->id);
      gtk_list_box_append (self->section_list, section->row);
    }

  prefill (self);

  if (self->sections->len > 0)
    {
      HearthEditorSection *first = g_ptr_array_index (self->sections, 0);

      gtk_list_box_select_row (self->section_list, GTK_LIST_BOX_ROW (first->row));
    }
}

/**
 * hearth_assessment_editor_find_section:
 * @self: an editor
 * @widget: a section's page or sidebar row, or any widget inside a page
 *
 * Returns: (nullable): the section @widget belongs to
 */
HearthEditorSection *
hearth_assessment_editor_find_section (HearthAssessmentEditor *self,
                                       GtkWidget              *widget)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      HearthEditorSection *section = g_ptr_array_index (self->sections, i);

      if (widget == section->row || widget == section->page
          || gtk_widget_is_ancestor (widget, section->page))
        return section;
    }
  return NULL;
}
