/* hearth-family-dialog.c
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

#define G_LOG_DOMAIN "hearth-family-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-family-dialog.h"

/* Adds a family, or renames one: the case reference and display name. A
 * refusal (an empty field, a reference already in use) is shown on the
 * dialog, which stays open so nothing typed is lost. */
struct _HearthFamilyDialog
{
  AdwWindow     parent_instance;

  HearthStore  *store;   /* owned */
  HearthFamily *family;  /* owned; nullable: NULL adds a new family */

  AdwWindowTitle *title;
  AdwEntryRow  *reference_row;
  AdwEntryRow  *name_row;
  GtkLabel     *error_label;
  GtkButton    *save_button;
};

G_DEFINE_FINAL_TYPE (HearthFamilyDialog, hearth_family_dialog, ADW_TYPE_WINDOW)

enum {
  FAMILY_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (HearthFamilyDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_sensitivity (HearthFamilyDialog *self)
{
  g_autofree char *reference = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reference_row))));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), *reference != '\0' && *name != '\0');
}

static void
changed_cb (GtkEditable        *editable,
            HearthFamilyDialog *self)
{
  show_error (self, NULL);
  update_sensitivity (self);
}

static void
save_cb (HearthFamilyDialog *self)
{
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *name = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return;

  reference = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reference_row))));
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (self->family != NULL)
    {
      family = hearth_family_copy (self->family);
      g_free (family->case_reference);
      family->case_reference = g_steal_pointer (&reference);
      g_free (family->display_name);
      family->display_name = g_steal_pointer (&name);
    }
  else
    family = hearth_family_new (reference, name);

  if (!hearth_family_validate (family, &error) ||
      !hearth_store_save_family (self->store, family, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[FAMILY_SAVED], 0, family);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hearth_family_dialog_dispose (GObject *object)
{
  HearthFamilyDialog *self = HEARTH_FAMILY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_FAMILY_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->family, hearth_family_unref);

  G_OBJECT_CLASS (hearth_family_dialog_parent_class)->dispose (object);
}

static void
hearth_family_dialog_class_init (HearthFamilyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_family_dialog_dispose;

  /**
   * HearthFamilyDialog::family-saved:
   * @family: the family as stored
   *
   * Emitted once the family is in the store.
   */
  signals[FAMILY_SAVED] =
    g_signal_new ("family-saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HEARTH_TYPE_FAMILY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/windows/hearth-family-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyDialog, title);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthFamilyDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hearth_family_dialog_init (HearthFamilyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_sensitivity (self);
}

/**
 * hearth_family_dialog_new:
 * @parent: the window the dialog belongs to
 * @store: where the family is saved
 *
 * Returns: (transfer none): a modal dialog that adds a family; it destroys
 *   itself when closed
 */
HearthFamilyDialog *
hearth_family_dialog_new (GtkWindow   *parent,
                          HearthStore *store)
{
  HearthFamilyDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);

  self = g_object_new (HEARTH_TYPE_FAMILY_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);

  return self;
}

/**
 * hearth_family_dialog_set_family:
 * @self: a dialog
 * @family: the stored family to edit
 *
 * Turns the dialog into one that edits @family.
 */
void
hearth_family_dialog_set_family (HearthFamilyDialog *self,
                                 HearthFamily       *family)
{
  g_return_if_fail (HEARTH_IS_FAMILY_DIALOG (self));
  g_return_if_fail (family != NULL && family->id > 0);

  g_clear_pointer (&self->family, hearth_family_unref);
  self->family = hearth_family_ref (family);

  adw_window_title_set_title (self->title, _("Edit Family"));
  gtk_button_set_label (self->save_button, _("_Save"));
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), family->case_reference);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), family->display_name);
}
