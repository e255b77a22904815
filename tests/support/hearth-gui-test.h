/* hearth-gui-test.h — helpers for in-process UI tests: waiting, finding, screenshots
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

#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

G_BEGIN_DECLS

static inline void
hearth_gui_test_after_paint_cb (GdkFrameClock *frame_clock,
                                guint         *frames)
{
  (*frames)++;
}

static inline gboolean
hearth_gui_test_timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Presents @window and returns after it has painted twice, so its layout
 * has settled. Fails the test after 20 seconds without a frame. */
static inline void
hearth_gui_test_show_and_wait (GtkWindow *window)
{
  gboolean timed_out = FALSE;
  guint frames = 0;
  guint timeout;
  GdkFrameClock *frame_clock;
  gulong handler;

  timeout = g_timeout_add_seconds (20, hearth_gui_test_timeout_cb, &timed_out);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (frame_clock, "after-paint",
                              G_CALLBACK (hearth_gui_test_after_paint_cb), &frames);
  gtk_widget_queue_resize (GTK_WIDGET (window));
  while (frames < 2 && !timed_out)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (frame_clock, handler);
  g_assert_false (timed_out);
  g_source_remove (timeout);
}

/* Returns: (transfer none) (nullable): the first toplevel of @type */
static inline GtkWindow *
hearth_gui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* Renders @window as it is now, with its own renderer, into a PNG named
 * @name in $HEARTH_SCREENSHOT_DIR (when set).
 *
 * Returns: (transfer full): the rendered image, for checking its pixels */
static inline GdkTexture *
hearth_gui_test_screenshot (GtkWindow  *window,
                            const char *name)
{
  const char *dir = g_getenv ("HEARTH_SCREENSHOT_DIR");
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  GdkTexture *texture;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (dir != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("screenshot: %s", path);
    }

  return texture;
}

/* The mean luminance, 0 (black) to 1 (white), of a band across the middle
 * of @texture, where a window's content is. */
static inline double
hearth_gui_test_mean_luminance (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  double sum = 0;
  guint n = 0;

  /* GDK_MEMORY_DEFAULT: B, G, R, A in memory, premultiplied. */
  gdk_texture_download (texture, pixels, stride);
  for (int y = height / 3; y < 2 * height / 3; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + y * stride + x * 4;

        sum += (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;
        n++;
      }
  return n > 0 ? sum / n : 0;
}

G_END_DECLS
