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
 * because practitioners search and speak by reference. */
struct _HearthFamilyRow
{
  AdwActionRow  parent_instance;

  HearthFamily *family;        /* owned */
  GtkWidget    *archived_tag;  /* borrowed child */
};

G_DEFINE_FINAL_TYPE (HearthFamilyRow, hearth_family_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_FAMILY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_family (HearthFamilyRow *self)
{
  gboolean archived = self->family != NULL && self->family->archived;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 self->family != NULL ? self->family->display_name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self),
                               self->family != NULL ? self->family->case_reference : "");
  gtk_widget_set_visible (self->archived_tag, archived);
}

static void
hearth_family_row_finalize (GObject *object)
{
  HearthFamilyRow *self = HEARTH_FAMILY_ROW (object);

  g_clear_pointer (&self->family, hearth_family_unref);

  G_OBJECT_CLASS (hearth_family_row_parent_class)->finalize (object);
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
      g_clear_pointer (&self->family, hearth_family_unref);
      self->family = g_value_dup_boxed (value);
      sync_family (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_family_row_class_init (HearthFamilyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_family_row_finalize;
  object_class->get_property = hearth_family_row_get_property;
  object_class->set_property = hearth_family_row_set_property;

  properties[PROP_FAMILY] =
    g_param_spec_boxed ("family", NULL, NULL,
                        HEARTH_TYPE_FAMILY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_family_row_init (HearthFamilyRow *self)
{
  /* Translators: shown beside a family whose case is closed. */
  self->archived_tag = gtk_label_new (_("Archived"));
  gtk_widget_add_css_class (self->archived_tag, "dim-label");
  gtk_widget_add_css_class (self->archived_tag, "caption");
  gtk_widget_set_valign (self->archived_tag, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->archived_tag, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->archived_tag);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
}

/**
 * hearth_family_row_new:
 * @family: the family to show
 *
 * Returns: (transfer floating): a row showing @family
 */
GtkWidget *
hearth_family_row_new (HearthFamily *family)
{
  g_return_val_if_fail (family != NULL, NULL);

  return g_object_new (HEARTH_TYPE_FAMILY_ROW, "family", family, NULL);
}

/**
 * hearth_family_row_get_family:
 * @self: a row
 *
 * Returns: (transfer none): the family shown
 */
HearthFamily *
hearth_family_row_get_family (HearthFamilyRow *self)
{
  g_return_val_if_fail (HEARTH_IS_FAMILY_ROW (self), NULL);

  return self->family;
}
