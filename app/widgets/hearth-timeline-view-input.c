/* hearth-timeline-view-input.c
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

/* The timeline view's input: scroll to zoom around the pointer, drag to
 * pan, click to open an event or a cluster, the keyboard, and tooltips. */

#define G_LOG_DOMAIN "hearth-widgets"

#include "config.h"

#include <math.h>

#include "hearth-timeline-view-private.h"

#define ZOOM_STEP 1.5

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           HearthTimelineView       *self)
{
  self->pointer_x = x;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           HearthTimelineView       *self)
{
  if (self->chart == NULL)
    return FALSE;

  if (dy != 0.0)
    hearth_timeline_view_zoom (self, self->pointer_x, pow (1.25, -dy));
  if (dx != 0.0)
    hearth_timeline_view_pan (self, -dx * 40.0);
  return TRUE;
}

static void
drag_begin_cb (GtkGestureDrag     *gesture,
               double              x,
               double              y,
               HearthTimelineView *self)
{
  self->drag_from = self->from;
  self->drag_to = self->to;
  self->dragged = FALSE;
}

static void
drag_update_cb (GtkGestureDrag     *gesture,
                double              offset_x,
                double              offset_y,
                HearthTimelineView *self)
{
  HearthTimeScale scale;

  if (fabs (offset_x) > 3.0)
    self->dragged = TRUE;
  if (!self->dragged || !hearth_timeline_view_get_scale (self, &scale))
    return;

  scale.from = self->drag_from;
  scale.to = self->drag_to;
  hearth_time_scale_pan (&scale, offset_x);
  hearth_timeline_view_set_window_internal (self, scale.from, scale.to);
}

static void
released_cb (GtkGestureClick    *gesture,
             int                 n_press,
             double              x,
             double              y,
             HearthTimelineView *self)
{
  const HearthTimelineMarker *marker;

  if (self->dragged || self->chart == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  marker = hearth_timeline_chart_hit_test (self->chart, x, y);
  if (marker == NULL)
    return;

  if (marker->count == 1)
    {
      const HearthTimelineItem *item = hearth_timeline_data_get_item (self->data, marker->first);

      hearth_timeline_view_emit_event_activated (self, item);
      return;
    }

  /* A cluster opens into its days, with a little room either side. */
  {
    double pad = MAX (2.0, (marker->last_day - marker->first_day) * 0.1);
    double from = marker->first_day - pad, to = marker->last_day + 1.0 + pad;

    if (to - from < HEARTH_TIME_SCALE_MIN_SPAN_DAYS)
      {
        double middle = (from + to) / 2.0;

        from = middle - HEARTH_TIME_SCALE_MIN_SPAN_DAYS / 2.0;
        to = middle + HEARTH_TIME_SCALE_MIN_SPAN_DAYS / 2.0;
      }
    hearth_timeline_view_set_window_internal (self, from, to);
  }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                HearthTimelineView    *self)
{
  const HearthTimelineFrame *frame;
  double middle, step;

  if (self->chart == NULL)
    return FALSE;

  frame = hearth_timeline_chart_get_frame (self->chart);
  middle = (frame->scale.x0 + frame->scale.x1) / 2.0;
  step = MAX ((frame->scale.x1 - frame->scale.x0) / 8.0, 10.0);

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      hearth_timeline_view_zoom (self, middle, ZOOM_STEP);
      return TRUE;

    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      hearth_timeline_view_zoom (self, middle, 1.0 / ZOOM_STEP);
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      hearth_timeline_view_pan (self, step);
      return TRUE;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      hearth_timeline_view_pan (self, -step);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      hearth_timeline_view_fit_all (self);
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
query_tooltip_cb (GtkWidget          *widget,
                  int                 x,
                  int                 y,
                  gboolean            keyboard_mode,
                  GtkTooltip         *tooltip,
                  HearthTimelineView *self)
{
  const HearthTimelineMarker *marker;
  const HearthTimelineFrame *frame;
  g_autofree char *text = NULL;
  GdkRectangle area;

  if (self->chart == NULL || keyboard_mode)
    return FALSE;

  marker = hearth_timeline_chart_hit_test (self->chart, x, y);
  if (marker == NULL)
    return FALSE;

  frame = hearth_timeline_chart_get_frame (self->chart);
  text = hearth_timeline_chart_dup_marker_text (self->chart, marker);
  gtk_tooltip_set_text (tooltip, text);

  /* The tooltip stays while the pointer is on the same marker. */
  area.x = (int) floor (marker->x - frame->min_distance / 2.0);
  area.width = (int) ceil (frame->min_distance);
  area.y = y - 8;
  area.height = 16;
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

/**
 * hearth_timeline_view_add_controllers:
 * @self: a timeline view, being initialised
 *
 * Adds the view's event controllers and tooltip.
 */
void
hearth_timeline_view_add_controllers (HearthTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
