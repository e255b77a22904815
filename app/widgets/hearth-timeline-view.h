/* hearth-timeline-view.h
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

#include <gtk/gtk.h>

#include "charts/hearth-timeline-chart.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TIMELINE_VIEW (hearth_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthTimelineView, hearth_timeline_view, HEARTH, TIMELINE_VIEW, GtkWidget)

GtkWidget           *hearth_timeline_view_new            (void);
HearthTimelineData  *hearth_timeline_view_get_data       (HearthTimelineView *self);
void                 hearth_timeline_view_set_data       (HearthTimelineView *self,
                                                          HearthTimelineData *data);
guint64              hearth_timeline_view_get_lanes      (HearthTimelineView *self);
void                 hearth_timeline_view_set_lanes      (HearthTimelineView *self,
                                                          guint64             lanes);
guint                hearth_timeline_view_get_groups     (HearthTimelineView *self);
void                 hearth_timeline_view_set_groups     (HearthTimelineView *self,
                                                          guint               groups);
int                  hearth_timeline_view_get_period_from (HearthTimelineView *self);
int                  hearth_timeline_view_get_period_to  (HearthTimelineView *self);
void                 hearth_timeline_view_set_period     (HearthTimelineView *self,
                                                          int                 first_day,
                                                          int                 last_day);
void                 hearth_timeline_view_get_window     (HearthTimelineView *self,
                                                          double             *from,
                                                          double             *to);
void                 hearth_timeline_view_set_window     (HearthTimelineView *self,
                                                          double              from,
                                                          double              to);
void                 hearth_timeline_view_fit_all        (HearthTimelineView *self);
void                 hearth_timeline_view_zoom           (HearthTimelineView *self,
                                                          double              anchor_x,
                                                          double              factor);
void                 hearth_timeline_view_pan            (HearthTimelineView *self,
                                                          double              dx);
HearthTimelineChart *hearth_timeline_view_get_chart      (HearthTimelineView *self);
void                 hearth_timeline_view_draw           (HearthTimelineView *self,
                                                          cairo_t            *cr,
                                                          double              width,
                                                          double              height,
                                                          gboolean            light);

G_END_DECLS
