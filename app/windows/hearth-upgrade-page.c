/* hearth-upgrade-page.c
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

#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <float.h>

#include "hearth-upgrade-page.h"

/*
 * What the main window shows while the store upgrades a database written
 * by an older Hearth (hearth_store_open_async()): what is happening, that
 * nothing is lost, not to switch off, and how far it has got. A large
 * database takes seconds; without this the window would not appear at all
 * meanwhile, and a social worker could think Hearth broken.
 */

struct _HearthUpgradePage
{
  AdwBin          parent_instance;

  AdwStatusPage  *status_page;
  GtkProgressBar *progress_bar;
};

G_DEFINE_FINAL_TYPE (HearthUpgradePage, hearth_upgrade_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_upgrade_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HEARTH_TYPE_UPGRADE_PAGE);

  G_OBJECT_CLASS (hearth_upgrade_page_parent_class)->dispose (object);
}

static void
hearth_upgrade_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HearthUpgradePage *self = HEARTH_UPGRADE_PAGE (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, hearth_upgrade_page_get_fraction (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_upgrade_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HearthUpgradePage *self = HEARTH_UPGRADE_PAGE (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      hearth_upgrade_page_set_fraction (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_upgrade_page_class_init (HearthUpgradePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_upgrade_page_dispose;
  object_class->get_property = hearth_upgrade_page_get_property;
  object_class->set_property = hearth_upgrade_page_set_property;

  /**
   * HearthUpgradePage:fraction:
   *
   * How much of the upgrade is done, from 0 to 1.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/windows/hearth-upgrade-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthUpgradePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, HearthUpgradePage, progress_bar);
}

static void
hearth_upgrade_page_init (HearthUpgradePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_upgrade_page_new:
 *
 * Returns: (transfer floating): a new page, its progress at nothing done
 */
GtkWidget *
hearth_upgrade_page_new (void)
{
  return g_object_new (HEARTH_TYPE_UPGRADE_PAGE, NULL);
}

/**
 * hearth_upgrade_page_get_fraction:
 * @self: a page
 *
 * Returns: how much of the upgrade is done, from 0 to 1
 */
double
hearth_upgrade_page_get_fraction (HearthUpgradePage *self)
{
  g_return_val_if_fail (HEARTH_IS_UPGRADE_PAGE (self), 0.0);

  return gtk_progress_bar_get_fraction (self->progress_bar);
}

/**
 * hearth_upgrade_page_set_fraction:
 * @self: a page
 * @fraction: how much of the upgrade is done, from 0 to 1
 *
 * Moves the progress bar.
 */
void
hearth_upgrade_page_set_fraction (HearthUpgradePage *self,
                                  double             fraction)
{
  g_return_if_fail (HEARTH_IS_UPGRADE_PAGE (self));

  fraction = CLAMP (fraction, 0.0, 1.0);
  if (G_APPROX_VALUE (fraction, hearth_upgrade_page_get_fraction (self), DBL_EPSILON))
    return;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}
