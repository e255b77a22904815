/* hearth-person-dialog.c
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

#define G_LOG_DOMAIN "hearth-person-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "hearth-person-dialog.h"

/* Adds or edits a child or an adult. Adults who do not live in the home are
 * asked about as plainly as those who do (DESIGN.md, "invisible men"). A
 * refusal stays on the dialog, with everything typed kept. */
struct _HearthPersonDialog
{
  AdwWindow         parent_instance;

  HearthStore      *store;      /* owned */
  HearthPerson     *person;     /* owned; nullable: NULL adds a new person */
  gint64            family_id;
  HearthPersonKind  kind;

  AdwWindowTitle   *title;
  AdwEntryRow      *name_row;
  AdwEntryRow      *birth_row;
  AdwComboRow      *sex_row;
  AdwActionRow     *send_row;
  GtkSwitch        *send_switch;
  AdwComboRow      *role_row;
  AdwActionRow     *home_row;
  GtkSwitch        *home_switch;
  GtkLabel         *error_label;
  GtkButton        *save_button;
};

G_DEFINE_FINAL_TYPE (HearthPersonDialog, hearth_person_dialog, ADW_TYPE_WINDOW)

enum {
  PERSON_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (HearthPersonDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
changed_cb (GtkEditable        *editable,
            HearthPersonDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  show_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), *name != '\0');
}

/**
 * hearth_person_dialog_parse_date:
 * @text: a date as typed: "14/03/2018", "14-03-2018" or "2018-03-14"
 *
 * British practitioners write the day first; ISO dates are accepted too.
 *
 * Returns: (transfer full) (nullable): the date as "YYYY-MM-DD", or %NULL
 *   when @text is not a date in one of those forms
 */
char *
hearth_person_dialog_parse_date (const char *text)
{
  int a = 0, b = 0, c = 0;
  char sep1 = 0, sep2 = 0;
  char tail = 0;
  int year, month, day;

  if (text == NULL)
    return NULL;

  if (sscanf (text, " %d%c%d%c%d %c", &a, &sep1, &b, &sep2, &c, &tail) != 5 || sep1 != sep2)
    return NULL;

  if (sep1 == '-' && a > 31)
    {
      year = a;
      month = b;
      day = c;
    }
  else if (sep1 == '/' || sep1 == '-' || sep1 == '.')
    {
      day = a;
      month = b;
      year = c;
    }
  else
    return NULL;

  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static void
save_cb (HearthPersonDialog *self)
{
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *birth = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (self->kind == HEARTH_PERSON_KIND_CHILD)
    {
      const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->birth_row));

      birth = hearth_person_dialog_parse_date (typed);
      if (birth == NULL)
        {
          show_error (self, _("The date of birth is not a date: write it as day/month/year, "
                              "for example 14/03/2018."));
          gtk_widget_grab_focus (GTK_WIDGET (self->birth_row));
          return;
        }
    }

  if (self->person != NULL)
    person = hearth_person_copy (self->person);
  else if (self->kind == HEARTH_PERSON_KIND_CHILD)
    person = hearth_person_new_child (name, birth);
  else
    person = hearth_person_new_adult (name, HEARTH_ADULT_ROLE_PARENT, TRUE);

  person->family_id = self->family_id;
  g_free (person->name);
  person->name = g_steal_pointer (&name);

  if (self->kind == HEARTH_PERSON_KIND_CHILD)
    {
      g_free (person->date_of_birth);
      person->date_of_birth = g_steal_pointer (&birth);
      person->sex = adw_combo_row_get_selected (self->sex_row);
      person->send = gtk_switch_get_active (self->send_switch);
    }
  else
    {
      person->role = adw_combo_row_get_selected (self->role_row);
      person->lives_in_home = gtk_switch_get_active (self->home_switch);
    }

  if (!hearth_person_validate (person, &error) ||
      !hearth_store_save_person (self->store, person, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[PERSON_SAVED], 0, person);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hearth_person_dialog_dispose (GObject *object)
{
  HearthPersonDialog *self = HEARTH_PERSON_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_PERSON_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->person, hearth_person_unref);

  G_OBJECT_CLASS (hearth_person_dialog_parent_class)->dispose (object);
}

static void
hearth_person_dialog_class_init (HearthPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_person_dialog_dispose;

  /**
   * HearthPersonDialog::person-saved:
   * @person: the person as stored
   *
   * Emitted once the person is in the store.
   */
  signals[PERSON_SAVED] =
    g_signal_new ("person-saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HEARTH_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, title);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, birth_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, sex_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, send_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, send_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, home_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, home_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPersonDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_person_dialog_init (HearthPersonDialog *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (HearthAdultRole role = HEARTH_ADULT_ROLE_PARENT; role <= HEARTH_ADULT_ROLE_OTHER; role++)
    gtk_string_list_append (roles, hearth_adult_role_get_label (role));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
}

static void
apply_kind (HearthPersonDialog *self)
{
  gboolean child = self->kind == HEARTH_PERSON_KIND_CHILD;

  gtk_widget_set_visible (GTK_WIDGET (self->birth_row), child);
  gtk_widget_set_visible (GTK_WIDGET (self->sex_row), child);
  gtk_widget_set_visible (GTK_WIDGET (self->send_row), child);
  gtk_widget_set_visible (GTK_WIDGET (self->role_row), !child);
  gtk_widget_set_visible (GTK_WIDGET (self->home_row), !child);
  adw_window_title_set_title (self->title, child ? _("New Child") : _("New Adult"));
}

/**
 * hearth_person_dialog_new:
 * @parent: the window the dialog belongs to
 * @store: where the person is saved
 * @family_id: the family the person belongs to
 * @kind: child or adult
 *
 * Returns: (transfer none): a modal dialog that adds a person; it destroys
 *   itself when closed
 */
HearthPersonDialog *
hearth_person_dialog_new (GtkWindow        *parent,
                          HearthStore      *store,
                          gint64            family_id,
                          HearthPersonKind  kind)
{
  HearthPersonDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (family_id > 0, NULL);

  self = g_object_new (HEARTH_TYPE_PERSON_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->family_id = family_id;
  self->kind = kind;
  apply_kind (self);

  return self;
}

/**
 * hearth_person_dialog_set_person:
 * @self: a dialog
 * @person: the stored person to edit
 *
 * Turns the dialog into one that edits @person.
 */
void
hearth_person_dialog_set_person (HearthPersonDialog *self,
                                 HearthPerson       *person)
{
  g_return_if_fail (HEARTH_IS_PERSON_DIALOG (self));
  g_return_if_fail (person != NULL && person->id > 0);

  g_clear_pointer (&self->person, hearth_person_unref);
  self->person = hearth_person_ref (person);
  self->kind = person->kind;
  apply_kind (self);

  adw_window_title_set_title (self->title, hearth_person_is_child (person) ? _("Edit Child")
                                                                           : _("Edit Adult"));
  gtk_button_set_label (self->save_button, _("_Save"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), person->name);

  if (hearth_person_is_child (person))
    {
      GDate date;

      if (person->date_of_birth != NULL && hearth_date_parse (person->date_of_birth, &date, NULL))
        {
          g_autofree char *text = g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&date),
                                                   g_date_get_month (&date), g_date_get_year (&date));
          gtk_editable_set_text (GTK_EDITABLE (self->birth_row), text);
        }
      adw_combo_row_set_selected (self->sex_row, person->sex);
      gtk_switch_set_active (self->send_switch, person->send);
    }
  else
    {
      adw_combo_row_set_selected (self->role_row, person->role);
      gtk_switch_set_active (self->home_switch, person->lives_in_home);
    }
}
