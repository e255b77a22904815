/* hearth-window-upgrade.c
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

#include "hearth-upgrade-page.h"
#include "hearth-window-private.h"

/*
 * While the application brings an older database up to date, the window
 * shows the upgrade page over its whole width instead of the records. The
 * page is built only then, and the records' widgets are set aside, not
 * rebuilt, so a start with a current database costs nothing more.
 */

/**
 * hearth_window_show_upgrade:
 * @self: a window without a store yet
 *
 * Shows the upgrade page, its progress at nothing done, until
 * hearth_window_set_store() or hearth_window_show_open_error().
 */
void
hearth_window_show_upgrade (HearthWindow *self)
{
  GtkWidget *records;

  g_return_if_fail (HEARTH_IS_WINDOW (self));
  g_return_if_fail (self->store == NULL);

  if (self->upgrade_page != NULL)
    return;

  records = adw_toast_overlay_get_child (self->toast_overlay);
  self->records = g_object_ref (records);
  self->upgrade_page = hearth_upgrade_page_new ();
  adw_toast_overlay_set_child (self->toast_overlay, self->upgrade_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-family", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-archived", FALSE);
}

/**
 * hearth_window_set_upgrade_progress:
 * @self: a window
 * @done: how many rows the upgrade has brought up to date
 * @total: how many it has to
 *
 * Moves the upgrade page's progress bar, if the page is showing.
 */
void
hearth_window_set_upgrade_progress (HearthWindow *self,
                                    gint64        done,
                                    gint64        total)
{
  g_return_if_fail (HEARTH_IS_WINDOW (self));

  if (self->upgrade_page == NULL)
    return;

  hearth_upgrade_page_set_fraction (HEARTH_UPGRADE_PAGE (self->upgrade_page),
                                    total > 0 ? (double) done / total : 0.0);
}

/*
 * hearth_window_hide_upgrade:
 * @self: a window
 *
 * Puts the records back in place of the upgrade page, if it is showing.
 */
void
hearth_window_hide_upgrade (HearthWindow *self)
{
  if (self->upgrade_page == NULL)
    return;

  self->upgrade_page = NULL;
  adw_toast_overlay_set_child (self->toast_overlay, self->records);
  g_clear_object (&self->records);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-archived", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-family", self->store != NULL);
}
