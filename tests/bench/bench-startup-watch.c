/* bench-startup-watch.c
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

#include <gio/gio.h>
#include <glib-unix.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>

/*
 * bench-startup-watch [OPTION…] -- COMMAND [ARG…]
 *
 * Starts COMMAND and watches the X server from outside it, so that any
 * application's first frame can be timed the same way, whether or not it can
 * report the time itself.
 *
 * Before COMMAND starts, the watcher selects structure events on the root
 * window. Every window created on the root (and every window created inside
 * one of those) gets an XDamage object. After each damage report the
 * watcher reads one row and one column of pixels through the middle of the
 * top-level window; the first frame is the first damage after which both
 * show drawn content: neither is entirely black (what an unpainted window
 * shows on a server started with -br), and together they hold more than one
 * colour (a background cleared to one colour is not a frame).
 *
 * Once the first frame is seen, the watcher lets the application settle,
 * reads its resident memory from /proc, then closes it: through the `quit`
 * action it exports on D-Bus (org.gtk.Actions) when --app-id is given and
 * the action exists, otherwise with SIGTERM, and SIGKILL as a last resort.
 * An application that quits by itself (hearth --bench-startup) is left to
 * do so. COMMAND's own output passes through; the watcher ends with one line:
 *
 *   bench-startup-watch: first-frame-ms=… first-damage-ms=… mapped-ms=… cpu-ms=…
 *     rss-kb=… rss-anon-kb=… width=… height=… damage-events=… closed=… exit=…
 *
 * Times are milliseconds from just before COMMAND was spawned; cpu-ms is the
 * CPU time its threads had used when the first frame was seen. A figure that
 * was not measured is "-". Exits 0 when a first frame was seen.
 */

#define CLOSE_GRACE_MS 5000
#define TERM_GRACE_MS  3000

typedef struct
{
  Window window;
  Window toplevel;  /* the child of the root window that holds it */
} Watched;

typedef struct
{
  Display    *display;
  Window      root;
  int         damage_event_base;
  GHashTable *watched;            /* Window → Watched*, owned */
  GMainLoop  *loop;

  GPid        pid;
  gint64      spawned_us;
  gint64      first_damage_us;    /* 0 until seen */
  gint64      mapped_us;          /* 0 until seen */
  gint64      first_frame_us;     /* 0 until seen */
  gint64      cpu_us;             /* CPU its threads used until the first frame; -1 if unknown */
  guint       damage_events;
  int         width;
  int         height;

  gboolean    exited;
  int         wait_status;
  long        rss_kb;             /* -1 until read */
  long        rss_anon_kb;        /* -1 until read */
  const char *closed;             /* how the application ended */

  char       *app_id;             /* owned; nullable */
  int         settle_ms;
  guint       timeout_id;
} Watch;

static int
ignore_x_error (Display     *display,
                XErrorEvent *event)
{
  /* Windows come and go while we look at them (GTK makes short-lived
   * helper windows); a failed request just means there is nothing to see. */
  return 0;
}

static double
to_ms_since_spawn (Watch  *watch,
                gint64  when_us)
{
  return (when_us - watch->spawned_us) / 1000.0;
}

static void
watch_window (Watch  *watch,
              Window  window,
              Window  toplevel)
{
  Watched *watched;
  Window root_return;
  Window parent_return;
  Window *children = NULL;
  unsigned int n_children = 0;

  if (g_hash_table_contains (watch->watched, GSIZE_TO_POINTER (window)))
    return;

  watched = g_new0 (Watched, 1);
  watched->window = window;
  watched->toplevel = toplevel;
  g_hash_table_insert (watch->watched, GSIZE_TO_POINTER (window), watched);

  /* Children created from now on are reported by the structure events;
   * those created before we listened are found by asking. */
  XSelectInput (watch->display, window, SubstructureNotifyMask);
  XDamageCreate (watch->display, window, XDamageReportNonEmpty);

  if (XQueryTree (watch->display, window, &root_return, &parent_return, &children, &n_children))
    {
      for (unsigned int i = 0; i < n_children; i++)
        watch_window (watch, children[i], toplevel);
      if (children != NULL)
        XFree (children);
    }
}

static gboolean
is_foreign_window (Watch  *watch,
                   Window  window)
{
  Atom pid_atom = XInternAtom (watch->display, "_NET_WM_PID", True);
  Atom type = None;
  int format = 0;
  unsigned long n_items = 0;
  unsigned long bytes_after = 0;
  unsigned char *data = NULL;
  gboolean foreign = FALSE;

  if (pid_atom == None)
    return FALSE;

  if (XGetWindowProperty (watch->display, window, pid_atom, 0, 1, False, XA_CARDINAL, &type,
                          &format, &n_items, &bytes_after, &data) == Success
      && type == XA_CARDINAL && format == 32 && n_items == 1)
    foreign = *(unsigned long *) data != (unsigned long) watch->pid;

  if (data != NULL)
    XFree (data);

  return foreign;
}

static gboolean
scan_sample (XImage   *image,
                      int       width,
                      int       height,
                      guint32  *first_colour,
                      gboolean *two_colours)
{
  guint32 mask = (guint32) (image->red_mask | image->green_mask | image->blue_mask);
  gboolean drawn = FALSE;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 colour = (guint32) XGetPixel (image, x, y) & mask;

        if (colour != 0)
          drawn = TRUE;
        if (colour != *first_colour)
          *two_colours = TRUE;
      }

  return drawn;
}

static gboolean
is_toplevel_drawn (Watch  *watch,
                        Window  toplevel)
{
  XWindowAttributes attributes;
  XImage *row = NULL;
  XImage *column = NULL;
  gboolean shown = FALSE;
  gboolean two_colours = FALSE;
  guint32 first_colour;

  if (!XGetWindowAttributes (watch->display, toplevel, &attributes)
      || attributes.map_state != IsViewable || attributes.width < 2 || attributes.height < 2)
    return FALSE;

  row = XGetImage (watch->display, toplevel, 0, attributes.height / 2, (unsigned) attributes.width,
                   1, AllPlanes, ZPixmap);
  column = XGetImage (watch->display, toplevel, attributes.width / 2, 0, 1,
                      (unsigned) attributes.height, AllPlanes, ZPixmap);

  if (row != NULL && column != NULL)
    {
      first_colour = (guint32) XGetPixel (row, 0, 0)
                     & (guint32) (row->red_mask | row->green_mask | row->blue_mask);
      shown = scan_sample (row, attributes.width, 1, &first_colour, &two_colours);
      shown = scan_sample (column, 1, attributes.height, &first_colour, &two_colours)
              && shown && two_colours;
    }

  if (row != NULL)
    XDestroyImage (row);
  if (column != NULL)
    XDestroyImage (column);

  if (shown)
    {
      watch->width = attributes.width;
      watch->height = attributes.height;
    }

  return shown;
}

static gint64
read_cpu_us (GPid pid)
{
  g_autofree char *task_path = g_strdup_printf ("/proc/%d/task", (int) pid);
  g_autoptr(GDir) tasks = g_dir_open (task_path, 0, NULL);
  const char *tid;
  gint64 total_ns = 0;

  if (tasks == NULL)
    return -1;

  /* The first field of schedstat is the time the thread has run, in
   * nanoseconds: unlike wall time, it barely moves when other work shares
   * the machine. */
  while ((tid = g_dir_read_name (tasks)) != NULL)
    {
      g_autofree char *path = g_build_filename (task_path, tid, "schedstat", NULL);
      g_autofree char *contents = NULL;

      if (g_file_get_contents (path, &contents, NULL, NULL))
        total_ns += g_ascii_strtoll (contents, NULL, 10);
    }

  return total_ns / 1000;
}

static gboolean
read_memory (Watch *watch)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) watch->pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "VmRSS:"))
        watch->rss_kb = strtol (lines[i] + strlen ("VmRSS:"), NULL, 10);
      else if (g_str_has_prefix (lines[i], "RssAnon:"))
        watch->rss_anon_kb = strtol (lines[i] + strlen ("RssAnon:"), NULL, 10);
    }

  return watch->rss_kb >= 0;
}

static gboolean
kill_cb (gpointer user_data)
{
  Watch *watch = user_data;

  watch->timeout_id = 0;
  watch->closed = "sigkill";
  kill (watch->pid, SIGKILL);

  return G_SOURCE_REMOVE;
}

static gboolean
terminate_cb (gpointer user_data)
{
  Watch *watch = user_data;

  watch->closed = "sigterm";
  kill (watch->pid, SIGTERM);
  watch->timeout_id = g_timeout_add (TERM_GRACE_MS, kill_cb, watch);

  return G_SOURCE_REMOVE;
}

static gboolean
quit_through_connection (Watch           *watch,
                         GDBusConnection *bus,
                         const char      *name,
                         const char      *object_path)
{
  g_autoptr(GVariant) listed = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autofree const char **actions = NULL;

  listed = g_dbus_connection_call_sync (bus, name, object_path, "org.gtk.Actions", "List", NULL,
                                        G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, 2000,
                                        NULL, NULL);
  if (listed == NULL)
    return FALSE;

  g_variant_get (listed, "(^a&s)", &actions);
  if (!g_strv_contains (actions, "quit"))
    return FALSE;

  reply = g_dbus_connection_call_sync (bus, name, object_path, "org.gtk.Actions", "Activate",
                                       g_variant_new ("(s@av@a{sv})", "quit",
                                                      g_variant_new_array (G_VARIANT_TYPE_VARIANT,
                                                                           NULL, 0),
                                                      g_variant_new_array (G_VARIANT_TYPE ("{sv}"),
                                                                           NULL, 0)),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, 2000, NULL, NULL);

  return reply != NULL;
}

static gboolean
quit_through_action (Watch *watch)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) names = NULL;
  g_autofree char *object_path = NULL;
  g_autofree const char **all = NULL;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    return FALSE;

  /* GApplication exports its actions at the path made from its id, on its
   * own connection. A non-unique application (gnome-calculator) owns no
   * well-known name, so look for the connection that our child holds. */
  object_path = g_strconcat ("/", watch->app_id, NULL);
  g_strdelimit (object_path, ".", '/');
  g_strdelimit (object_path, "-", '_');

  names = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "ListNames", NULL,
                                       G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, 2000,
                                       NULL, NULL);
  if (names == NULL)
    return FALSE;

  g_variant_get (names, "(^a&s)", &all);
  for (guint i = 0; all[i] != NULL; i++)
    {
      g_autoptr(GVariant) owner = NULL;
      guint32 pid = 0;

      if (all[i][0] != ':')
        continue;
      owner = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                           g_variant_new ("(s)", all[i]), G_VARIANT_TYPE ("(u)"),
                                           G_DBUS_CALL_FLAGS_NONE, 2000, NULL, NULL);
      if (owner == NULL)
        continue;
      g_variant_get (owner, "(u)", &pid);
      if (pid == (guint32) watch->pid && quit_through_connection (watch, bus, all[i], object_path))
        return TRUE;
    }

  return FALSE;
}

static gboolean
settled_cb (gpointer user_data)
{
  Watch *watch = user_data;

  watch->timeout_id = 0;
  if (watch->exited)
    return G_SOURCE_REMOVE;

  read_memory (watch);

  if (watch->app_id != NULL && quit_through_action (watch))
    {
      watch->closed = "quit-action";
      watch->timeout_id = g_timeout_add (CLOSE_GRACE_MS, terminate_cb, watch);
    }
  else
    {
      terminate_cb (watch);
    }

  return G_SOURCE_REMOVE;
}

static gboolean
first_frame_timeout_cb (gpointer user_data)
{
  Watch *watch = user_data;

  watch->timeout_id = 0;
  g_printerr ("bench-startup-watch: No first frame before the time limit.\n");
  terminate_cb (watch);

  return G_SOURCE_REMOVE;
}

static void
note_first_frame (Watch  *watch,
                  gint64  when_us)
{
  watch->first_frame_us = when_us;
  watch->cpu_us = read_cpu_us (watch->pid);
  g_clear_handle_id (&watch->timeout_id, g_source_remove);
  watch->timeout_id = g_timeout_add (watch->settle_ms, settled_cb, watch);
}

static void
handle_event (Watch  *watch,
              XEvent *event,
              gint64  now_us)
{
  if (event->type == CreateNotify)
    {
      XCreateWindowEvent *created = &event->xcreatewindow;
      Watched *parent = g_hash_table_lookup (watch->watched, GSIZE_TO_POINTER (created->parent));

      if (created->parent == watch->root)
        watch_window (watch, created->window, created->window);
      else if (parent != NULL)
        watch_window (watch, created->window, parent->toplevel);
    }
  else if (event->type == DestroyNotify)
    {
      g_hash_table_remove (watch->watched, GSIZE_TO_POINTER (event->xdestroywindow.window));
    }
  else if (event->type == MapNotify)
    {
      if (watch->mapped_us == 0 && event->xmap.event == watch->root
          && g_hash_table_contains (watch->watched, GSIZE_TO_POINTER (event->xmap.window))
          && !is_foreign_window (watch, event->xmap.window))
        watch->mapped_us = now_us;
    }
  else if (event->type == watch->damage_event_base + XDamageNotify)
    {
      XDamageNotifyEvent *damaged = (XDamageNotifyEvent *) event;
      Watched *watched = g_hash_table_lookup (watch->watched, GSIZE_TO_POINTER (damaged->drawable));

      XDamageSubtract (watch->display, damaged->damage, None, None);
      if (watched == NULL || is_foreign_window (watch, watched->toplevel))
        return;

      watch->damage_events++;
      if (watch->first_damage_us == 0)
        watch->first_damage_us = now_us;
      if (watch->first_frame_us == 0 && is_toplevel_drawn (watch, watched->toplevel))
        note_first_frame (watch, now_us);
    }
}

static gboolean
x_readable_cb (int          fd,
               GIOCondition condition,
               gpointer     user_data)
{
  Watch *watch = user_data;
  /* The moment the server's events arrived, before we spend time on them. */
  gint64 now_us = g_get_monotonic_time ();

  while (XPending (watch->display) > 0)
    {
      XEvent event;

      XNextEvent (watch->display, &event);
      handle_event (watch, &event, now_us);
    }
  XFlush (watch->display);

  return G_SOURCE_CONTINUE;
}

static void
child_exited_cb (GPid     pid,
                 int      wait_status,
                 gpointer user_data)
{
  Watch *watch = user_data;

  watch->exited = TRUE;
  watch->wait_status = wait_status;
  if (watch->closed == NULL)
    watch->closed = "self";
  g_clear_handle_id (&watch->timeout_id, g_source_remove);
  g_spawn_close_pid (pid);
  g_main_loop_quit (watch->loop);
}

static char *
format_ms (Watch  *watch,
           gint64  when_us)
{
  if (when_us == 0)
    return g_strdup ("-");

  return g_strdup_printf ("%.1f", to_ms_since_spawn (watch, when_us));
}

static char *
format_kb (long kb)
{
  return kb < 0 ? g_strdup ("-") : g_strdup_printf ("%ld", kb);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_frame = NULL;
  g_autofree char *first_damage = NULL;
  g_autofree char *mapped = NULL;
  g_autofree char *cpu = NULL;
  g_autofree char *rss = NULL;
  g_autofree char *rss_anon = NULL;
  int timeout_ms = 30000;
  int major = 0;
  int minor = 0;
  int damage_error_base = 0;
  guint fd_source;
  Watch watch = { NULL };
  GOptionEntry entries[] = {
    { "app-id", 0, 0, G_OPTION_ARG_STRING, &watch.app_id,
      "Close the application through the quit action it exports as ID", "ID" },
    { "settle-ms", 0, 0, G_OPTION_ARG_INT, &watch.settle_ms,
      "Read the memory this long after the first frame (default 1000)", "MS" },
    { "timeout-ms", 0, 0, G_OPTION_ARG_INT, &timeout_ms,
      "Give up when no first frame comes in this time (default 30000)", "MS" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  watch.settle_ms = 1000;
  watch.rss_kb = -1;
  watch.cpu_us = -1;
  watch.rss_anon_kb = -1;

  context = g_option_context_new ("-- COMMAND [ARG…]");
  g_option_context_set_summary (context, "Times an application's first frame from outside it.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-startup-watch: %s\n", error->message);
      return 2;
    }
  /* GOption keeps the "--" when options for COMMAND follow it. */
  if (argc >= 2 && g_strcmp0 (argv[1], "--") == 0)
    {
      argv++;
      argc--;
    }
  if (argc < 2)
    {
      g_printerr ("bench-startup-watch: Give the command to start after --.\n");
      return 2;
    }

  watch.display = XOpenDisplay (NULL);
  if (watch.display == NULL)
    {
      g_printerr ("bench-startup-watch: Cannot open the X display; is DISPLAY set?\n");
      return 2;
    }
  if (!XDamageQueryExtension (watch.display, &watch.damage_event_base, &damage_error_base)
      || !XDamageQueryVersion (watch.display, &major, &minor))
    {
      g_printerr ("bench-startup-watch: The X server has no DAMAGE extension.\n");
      return 2;
    }
  XSetErrorHandler (ignore_x_error);

  watch.root = DefaultRootWindow (watch.display);
  watch.watched = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  watch.loop = g_main_loop_new (NULL, FALSE);
  XSelectInput (watch.display, watch.root, SubstructureNotifyMask);
  XSync (watch.display, False);

  watch.spawned_us = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, argv + 1, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                      NULL, NULL, &watch.pid, &error))
    {
      g_printerr ("bench-startup-watch: %s\n", error->message);
      return 2;
    }

  g_child_watch_add (watch.pid, child_exited_cb, &watch);
  fd_source = g_unix_fd_add (ConnectionNumber (watch.display), G_IO_IN, x_readable_cb, &watch);
  watch.timeout_id = g_timeout_add (timeout_ms, first_frame_timeout_cb, &watch);
  g_main_loop_run (watch.loop);
  g_source_remove (fd_source);

  first_frame = format_ms (&watch, watch.first_frame_us);
  first_damage = format_ms (&watch, watch.first_damage_us);
  mapped = format_ms (&watch, watch.mapped_us);
  cpu = watch.cpu_us < 0 ? g_strdup ("-") : g_strdup_printf ("%.1f", watch.cpu_us / 1000.0);
  rss = format_kb (watch.rss_kb);
  rss_anon = format_kb (watch.rss_anon_kb);
  fflush (stdout);
  printf ("bench-startup-watch: first-frame-ms=%s first-damage-ms=%s mapped-ms=%s cpu-ms=%s "
          "rss-kb=%s rss-anon-kb=%s width=%d height=%d damage-events=%u closed=%s exit=%d\n",
          first_frame, first_damage, mapped, cpu, rss, rss_anon, watch.width, watch.height,
          watch.damage_events, watch.closed,
          WIFEXITED (watch.wait_status) ? WEXITSTATUS (watch.wait_status)
                                        : 128 + WTERMSIG (watch.wait_status));

  g_hash_table_unref (watch.watched);
  g_main_loop_unref (watch.loop);
  g_free (watch.app_id);
  XCloseDisplay (watch.display);

  return watch.first_frame_us != 0 ? 0 : 1;
}
