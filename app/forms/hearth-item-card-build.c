/* hearth-item-card-build.c
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

#include "hearth-item-card-private.h"

/* The card's widgets, built from the item's definition: its title and
 * what it is about, and a row for each level of the scale with the item's
 * descriptor for that level in full. */

/* A level's radio button, clicked: the level is chosen, and the focus goes
 * back to the card so the keys keep working. */
static void
toggled_cb (GtkCheckButton *button,
            HearthItemCard *self)
{
  guint index;

  if (self->updating || !gtk_check_button_get_active (button))
    return;

  if (button == self->not_known_button)
    hearth_item_card_choose (self, HEARTH_LEVEL_NONE, TRUE);
  else if (g_ptr_array_find (self->buttons, button, &index))
    hearth_item_card_choose (self, (int) index + 1, FALSE);

  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static GtkLabel *
add_text_label (HearthItemCard *self,
                GtkBox         *box,
                const char     *text,
                const char     *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  g_ptr_array_add (self->texts, label);

  return GTK_LABEL (label);
}

/* One row of the scale: a radio indicator, the key that chooses it, the
 * level's label and the item's descriptor for it, wrapped in full. */
static GtkWidget *
add_level_row (HearthItemCard  *self,
               const char      *key,
               const char      *title,
               const char      *descriptor,
               const char      *accessible_name,
               GtkCheckButton **button_out)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *keycap = gtk_shortcut_label_new (key);

  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "level");
  gtk_widget_add_css_class (box, "level-box");

  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, descriptor,
                                  -1);
  if (self->buttons->len > 0)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), g_ptr_array_index (self->buttons, 0));
  g_signal_connect_object (button, "toggled", G_CALLBACK (toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (keycap, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (keycap), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (heading), keycap);
  gtk_box_append (GTK_BOX (texts), heading);
  gtk_box_append (GTK_BOX (box), texts);

  gtk_widget_set_hexpand (GTK_WIDGET (add_text_label (self, GTK_BOX (heading), title, "level-title")),
                          TRUE);
  if (descriptor != NULL)
    add_text_label (self, GTK_BOX (texts), descriptor, "level-descriptor");

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (self->level_list, row);

  *button_out = GTK_CHECK_BUTTON (button);
  return row;
}

/* Builds the card for its item: the title, what the item is about, and a
 * row for each level of the scale (and for "not known"), each naming the
 * item for screen readers. The card then shows nothing rated. */
void
hearth_item_card_build (HearthItemCard *self)
{
  const HearthInstrumentItem *item = self->item;
  const HearthInstrumentCategory *category;
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autofree char *note_name = NULL;
  guint n_levels = hearth_instrument_get_n_levels (self->instrument);

  self->response = hearth_response_new (item->id);

  gtk_label_set_label (self->title_label, item->label);
  g_ptr_array_add (self->texts, self->title_label);

  category = hearth_instrument_lookup_category (self->instrument, item->category);
  if (category != NULL)
    g_string_append (meta, category->label);
  if (item->min_age >= 0 || item->max_age >= 0)
    {
      g_autofree char *ages = NULL;

      if (item->min_age >= 0 && item->max_age >= 0)
        ages = g_strdup_printf (_("Ages %d to %d"), item->min_age, item->max_age);
      else if (item->min_age >= 0)
        ages = g_strdup_printf (_("Ages %d and over"), item->min_age);
      else
        ages = g_strdup_printf (_("Ages up to %d"), item->max_age);
      g_string_append_printf (meta, meta->len > 0 ? " · %s" : "%s", ages);
    }
  if (!item->required)
    g_string_append_printf (meta, meta->len > 0 ? " · %s" : "%s", _("Optional"));
  gtk_label_set_label (self->meta_label, meta->str);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), meta->len > 0);
  g_ptr_array_add (self->texts, self->meta_label);

  if (item->guidance != NULL)
    {
      gtk_label_set_label (self->guidance_label, item->guidance);
      gtk_widget_set_visible (GTK_WIDGET (self->guidance_label), TRUE);
      g_ptr_array_add (self->texts, self->guidance_label);
    }

  for (guint i = 0; i < n_levels; i++)
    {
      const HearthScaleLevel *level = hearth_instrument_get_level (self->instrument, i);
      g_autofree char *key = g_strdup_printf ("%d", level->value);
      /* Translators: the accessible name of a level, e.g.
       * "Nutrition and feeding: level 3, Some concern". */
      g_autofree char *name = g_strdup_printf (_("%s: level %d, %s"),
                                               item->label, level->value, level->label);
      GtkCheckButton *button = NULL;
      GtkWidget *row;

      row = add_level_row (self, key, level->label,
                           hearth_instrument_item_get_descriptor (item, level->value),
                           name, &button);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->buttons, button);
    }

  if (item->allow_not_known)
    {
      /* Translators: the accessible name of "not known" on an item, e.g.
       * "Kitchen and food storage: Not seen". */
      g_autofree char *name = g_strdup_printf (_("%s: %s"), item->label, item->not_known_label);

      self->not_known_row =
        add_level_row (self, "0", item->not_known_label,
                       _("No evidence either way: left out of the score, and counted."),
                       name, &self->not_known_button);
      gtk_widget_add_css_class (self->not_known_row, "not-known");
    }

  /* Translators: the accessible name of the note on an item. */
  note_name = g_strdup_printf (_("Note on %s"), item->label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, note_name,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, item->label,
                                  -1);
}
