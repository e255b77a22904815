/* bench-bare-window.c
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

#include "config.h"

#include <adwaita.h>
#include <locale.h>

/*
 * bench-bare-window
 *
 * The floor for the start-up benchmark: an AdwApplication that shows an
 * empty AdwApplicationWindow with a header bar, at Hearth's default window
 * size, and nothing else. It is single-instance and exports a `quit` action,
 * like any GNOME application, so the watcher closes it the same way.
 */

#define BARE_APPLICATION_ID "io.github.hearthapp.Hearth.BenchBareWindow"

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
activate_cb (GApplication *application,
             gpointer      user_data)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header_bar;

  window = adw_application_window_new (GTK_APPLICATION (application));
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  /* Hearth's default size, so both draw the same number of pixels. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header_bar = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header_bar);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;
  static const GActionEntry actions[] = {
    { "quit", quit_activated_cb },
  };

  setlocale (LC_ALL, "");

  application = adw_application_new (BARE_APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions),
                                   application);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
