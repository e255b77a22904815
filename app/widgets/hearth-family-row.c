/* hearth-family-row.c
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

#define G_LOG_DOMAIN "hearth-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-family-row.h"

/* A family in a list: its display name, with the case reference below it,
 * because practitioners search and speak by reference. Light enough to be
 * recycled by a GtkListView over thousands of families. */
struct _HearthFamilyRow
{
  GtkWidget     parent_instance;

  HearthFamily *family;         /* owned; nullable */
  GtkWidget    *name_label;     /* borrowed children */
  GtkWidget    *reference_label;
  GtkWidget    *archived_label;
};

G_DEFINE_FINAL_TYPE (HearthFamilyRow, hearth_family_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FAMILY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_family_row_dispose (GObject *object)
{
  HearthFamilyRow *self = HEARTH_FAMILY_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->family, hearth_family_unref);

  G_OBJECT_CLASS (hearth_family_row_parent_class)->dispose (object);
}

static void
hearth_family_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthFamilyRow *self = HEARTH_FAMILY_ROW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_boxed (value, self->family);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_family_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthFamilyRow *self = HEARTH_FAMILY_ROW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      hearth_family_row_set_family (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_family_row_class_init (HearthFamilyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_family_row_dispose;
  object_class->get_property = hearth_family_row_get_property;
  object_class->set_property = hearth_family_row_set_property;

  properties[PROP_FAMILY] =
    g_param_spec_boxed ("family", NULL, NULL,
                        HEARTH_TYPE_FAMILY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "familyrow");
}

static GtkWidget *
add_label (HearthFamilyRow *self,
           int              column,
           int              row,
           const char      *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkGridLayoutChild *child;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  child = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (
            gtk_widget_get_layout_manager (GTK_WIDGET (self)), label));
  gtk_grid_layout_child_set_column (child, column);
  gtk_grid_layout_child_set_row (child, row);
  return label;
}

static void
hearth_family_row_init (HearthFamilyRow *self)
{
  self->name_label = add_label (self, 0, 0, NULL);
  gtk_widget_set_hexpand (self->name_label, TRUE);
  self->reference_label = add_label (self, 0, 1, "caption");
  gtk_widget_add_css_class (self->reference_label, "dim-label");
  self->archived_label = add_label (self, 1, 0, "caption");
  gtk_widget_add_css_class (self->archived_label, "dim-label");
  /* Translators: shown beside a family whose case is closed. */
  gtk_label_set_text (GTK_LABEL (self->archived_label), _("Archived"));
  gtk_widget_set_visible (self->archived_label, FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 3);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 3);
}

/**
 * hearth_family_row_new:
 *
 * Returns: (transfer floating): a row showing no family yet
 */
GtkWidget *
hearth_family_row_new (void)
{
  return g_object_new (HEARTH_TYPE_FAMILY_ROW, NULL);
}

/**
 * hearth_family_row_get_family:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the family shown
 */
HearthFamily *
hearth_family_row_get_family (HearthFamilyRow *self)
{
  g_return_val_if_fail (HEARTH_IS_FAMILY_ROW (self), NULL);

  return self->family;
}

/**
 * hearth_family_row_set_family:
 * @self: a row
 * @family: (nullable): the family to show
 *
 * Shows @family; rows are reused as a list scrolls.
 */
void
hearth_family_row_set_family (HearthFamilyRow *self,
                              HearthFamily    *family)
{
  g_return_if_fail (HEARTH_IS_FAMILY_ROW (self));

  if (self->family == family)
    return;

  g_clear_pointer (&self->family, hearth_family_unref);
  if (family != NULL)
    self->family = hearth_family_ref (family);

  gtk_label_set_text (GTK_LABEL (self->name_label), family != NULL ? family->display_name : "");
  gtk_label_set_text (GTK_LABEL (self->reference_label),
                      family != NULL ? family->case_reference : "");
  gtk_widget_set_visible (self->archived_label, family != NULL && family->archived);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}
