/* hearth-desktop.c
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

#define G_LOG_DOMAIN "hearth-desktop"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hearth-desktop.h"

/* Desktop integration that the application and its windows share: the
 * settings, the main window's remembered size, and the start-up benchmark. */

typedef struct
{
  gint64        started_us;   /* monotonic clock: when the process began */
  GApplication *application;  /* borrowed: it outlives its windows */
} BenchStartup;

/* How long ago, in microseconds, the kernel started this process, or -1
 * when /proc cannot tell. The start is kept in clock ticks (10 ms) on the
 * boot-time clock; the middle of that tick is the best estimate, so the
 * answer is within 5 ms. */
static gint64
process_age_us (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  struct timespec now;
  long ticks_per_second = sysconf (_SC_CLK_TCK);
  guint64 start_ticks;
  gint64 start_us;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || ticks_per_second <= 0
      || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;

  /* The command name may hold spaces and parentheses; the fields after
   * its last parenthesis start with the third, so the start time (the
   * 22nd) is the 20th there. */
  after_name = strrchr (stat, ')');
  if (after_name == NULL)
    return -1;
  fields = g_strsplit (after_name + 1, " ", 0);
  if (g_strv_length (fields) < 21 || !g_ascii_string_to_unsigned (fields[20], 10, 0, G_MAXUINT64,
                                                                  &start_ticks, NULL))
    return -1;

  start_us = (gint64) (start_ticks * G_USEC_PER_SEC / ticks_per_second)
             + G_USEC_PER_SEC / ticks_per_second / 2;
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000 - start_us;
}

static gboolean
close_request_cb (GtkWindow *window,
                  GSettings *settings)
{
  int width = 0;
  int height = 0;

  /* The unmaximised size is what the window returns to next time, so a
   * maximised window keeps the size it had before. */
  gtk_window_get_default_size (window, &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));

  return GDK_EVENT_PROPAGATE;
}

static gboolean
quit_idle_cb (gpointer user_data)
{
  GApplication *application = user_data;

  /* Quit through the action, as the menu does, so every window closes and
   * saves as it would for the practitioner. */
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                BenchStartup  *bench)
{
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, bench);

  g_print ("%.1f\n", (g_get_monotonic_time () - bench->started_us) / 1000.0);

  /* Not from inside the paint: closing windows there would tear down the
   * surface that is being drawn. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, quit_idle_cb,
                   g_object_ref (bench->application), g_object_unref);
}

static void
window_realize_cb (GtkWidget    *widget,
                   BenchStartup *bench)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, window_realize_cb, bench);
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

/**
 * hearth_desktop_settings_new:
 * @error: return location for an error
 *
 * Opens Hearth's settings. The schema is found where GLib looks for
 * installed schemas, or in `GSETTINGS_SCHEMA_DIR` when running from the
 * build directory.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL with @error
 *   set to %G_IO_ERROR_NOT_FOUND when the schema is not installed
 */
GSettings *
hearth_desktop_settings_new (GError **error)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The settings schema is not installed, so preferences will not be kept."));
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * hearth_desktop_track_window_state:
 * @window: a window that has not been shown yet
 * @settings: Hearth's settings
 *
 * Gives @window the size and maximised state it had when it was last
 * closed, and stores them again when it closes.
 */
void
hearth_desktop_track_window_state (GtkWindow *window,
                                   GSettings *settings)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (G_IS_SETTINGS (settings));

  gtk_window_set_default_size (window,
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (window);

  g_signal_connect_object (window, "close-request", G_CALLBACK (close_request_cb), settings, 0);
}

/**
 * hearth_desktop_report_first_frame:
 * @window: the main window, before it is presented
 * @started_us: the monotonic time, in microseconds, when the application
 *   was created: the start used when the kernel cannot tell the process's
 * @application: the application to quit afterwards
 *
 * Once @window has painted its first frame, prints the milliseconds since
 * the process began (as the kernel recorded it, to within 5 ms, so loading
 * the libraries counts) on standard output and quits @application through
 * its `quit` action. Used by `hearth --bench-startup`.
 */
void
hearth_desktop_report_first_frame (GtkWindow    *window,
                                   gint64        started_us,
                                   GApplication *application)
{
  BenchStartup *bench;
  gint64 age_us;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (G_IS_APPLICATION (application));

  bench = g_new0 (BenchStartup, 1);
  age_us = process_age_us ();
  bench->started_us = age_us >= 0 ? g_get_monotonic_time () - age_us : started_us;
  bench->application = application;
  /* The window owns the record, so it lives exactly as long as any signal
   * that may still use it. */
  g_object_set_data_full (G_OBJECT (window), "hearth-bench-startup", bench, g_free);

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realize_cb (GTK_WIDGET (window), bench);
  else
    g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), bench);
}
