/* hearth-timeline-view-private.h
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

#include "hearth-timeline-view.h"

G_BEGIN_DECLS

/* The interactive chronology timeline: a thin widget over the charts
 * layer's renderer, which it calls from snapshot, so the screen draws
 * exactly what an export does. Scroll zooms around the pointer, dragging
 * pans, + and - zoom, the arrows pan, Home fits all; hovering a marker
 * shows its summary, and clicking it opens the event (or zooms into a
 * cluster). */
struct _HearthTimelineView
{
  GtkWidget             parent_instance;

  HearthTimelineData   *data;         /* owned; nullable */
  HearthTimelineChart  *chart;        /* owned; NULL without data */
  HearthTimelineFilter  filter;
  double                from;
  double                to;
  HearthChartPalette    palette;      /* read from the theme in css_changed */
  double                pointer_x;
  double                drag_from;    /* the window when a drag began */
  double                drag_to;
  gboolean              dragged;
};

gboolean hearth_timeline_view_get_scale            (HearthTimelineView       *self,
                                                    HearthTimeScale          *scale);
void     hearth_timeline_view_set_window_internal  (HearthTimelineView       *self,
                                                    double                    from,
                                                    double                    to);
void     hearth_timeline_view_emit_event_activated (HearthTimelineView       *self,
                                                    const HearthTimelineItem *item);

/* hearth-timeline-view-input.c */
void     hearth_timeline_view_add_controllers      (HearthTimelineView       *self);

G_END_DECLS
