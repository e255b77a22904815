/* hearth-timeline-chart.h
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

#include <cairo.h>
#include <glib.h>

#include "hearth-chart-palette.h"
#include "hearth-label-layout.h"
#include "hearth-timeline-data.h"
#include "hearth-timeline-index.h"

G_BEGIN_DECLS

/**
 * HearthTimelineLaneArea:
 * @lane: the lane's index in the data
 * @y: the lane's top edge
 * @height: the lane's height
 * @marker_y: the y of its markers' centres
 *
 * Where one shown lane was drawn.
 */
typedef struct
{
  guint  lane;
  double y;
  double height;
  double marker_y;
} HearthTimelineLaneArea;

/**
 * HearthTimelineLabel:
 * @marker: the index of the marker it names, in the frame's markers
 * @placement: where it went; always placed
 *
 * A label drawn above a marker.
 */
typedef struct
{
  guint                marker;
  HearthLabelPlacement placement;
} HearthTimelineLabel;

/**
 * HearthTimelineGapArea:
 * @days: the stretch without action
 * @x0: its left edge, clipped to the plot
 * @x1: its right edge, clipped to the plot
 * @label: where its label went; @label.placed is %FALSE when it had no room
 *
 * A possible drift, as drawn.
 */
typedef struct
{
  HearthDayRange       days;
  double               x0;
  double               x1;
  HearthLabelPlacement label;
} HearthTimelineGapArea;

/**
 * HearthTimelineFrame:
 * @width: the width drawn
 * @height: the height drawn
 * @empty: %TRUE when an explained empty chart was drawn instead of lanes
 * @scale: the time scale of the plot: @scale.x0 and @scale.x1 are its
 *   left and right edges
 * @plot_top: the top of the lanes
 * @plot_bottom: the bottom of the lanes, where the axis is
 * @marker_radius: the radius of a single marker
 * @min_distance: the least distance between two markers' centres in a
 *   lane; a cluster's pill is narrower than that
 * @lanes: (element-type HearthTimelineLaneArea): the lanes shown, top first
 * @markers: (element-type HearthTimelineMarker): the markers drawn, by lane
 * @labels: (element-type HearthTimelineLabel): the labels drawn
 * @gaps: (element-type HearthTimelineGapArea): the possible drift shown
 * @n_visible: how many events fell in the window
 *
 * The geometry of the last frame a chart drew: what hit-testing, tooltips
 * and tests read. Owned by the chart and replaced by the next draw.
 */
typedef struct
{
  double           width;
  double           height;
  gboolean         empty;
  HearthTimeScale  scale;
  double           plot_top;
  double           plot_bottom;
  double           marker_radius;
  double           min_distance;
  GArray          *lanes;
  GArray          *markers;
  GArray          *labels;
  GArray          *gaps;
  gsize            n_visible;
} HearthTimelineFrame;

/**
 * HearthTimelineOptions:
 * @show_title: draw the title and the period shown
 * @show_legend: draw the legend
 * @show_labels: label markers that have room
 *
 * What a timeline draws around its lanes. A widget with its own header
 * turns the title off; a thumbnail turns everything off.
 */
typedef struct
{
  gboolean show_title;
  gboolean show_legend;
  gboolean show_labels;
} HearthTimelineOptions;

/**
 * HearthTimelineChart:
 *
 * The chronology timeline renderer: draws timeline data onto any cairo_t
 * (a widget's snapshot, PNG, SVG, PDF) for a window of days, and keeps
 * the geometry of its last frame.
 */
typedef struct _HearthTimelineChart HearthTimelineChart;

HearthTimelineChart       *hearth_timeline_chart_new            (HearthTimelineData          *data);
void                       hearth_timeline_chart_free           (HearthTimelineChart         *self);
HearthTimelineData        *hearth_timeline_chart_get_data       (HearthTimelineChart         *self);
void                       hearth_timeline_chart_set_filter     (HearthTimelineChart         *self,
                                                                 const HearthTimelineFilter  *filter);
const HearthTimelineFilter *hearth_timeline_chart_get_filter    (HearthTimelineChart         *self);
const HearthTimelineIndex *hearth_timeline_chart_get_index      (HearthTimelineChart         *self);
void                       hearth_timeline_chart_set_options    (HearthTimelineChart         *self,
                                                                 const HearthTimelineOptions *options);
gboolean                   hearth_timeline_chart_get_fit_range  (HearthTimelineChart         *self,
                                                                 double                      *from,
                                                                 double                      *to);
void                       hearth_timeline_chart_draw           (HearthTimelineChart         *self,
                                                                 cairo_t                     *cr,
                                                                 double                       width,
                                                                 double                       height,
                                                                 double                       from,
                                                                 double                       to,
                                                                 const HearthChartPalette    *palette);
const HearthTimelineFrame *hearth_timeline_chart_get_frame      (HearthTimelineChart         *self);
const HearthTimelineMarker *hearth_timeline_chart_hit_test      (HearthTimelineChart         *self,
                                                                 double                       x,
                                                                 double                       y);
gsize                      hearth_timeline_chart_count_marker   (HearthTimelineChart         *self,
                                                                 const HearthTimelineMarker  *marker);
char                      *hearth_timeline_chart_dup_marker_text (HearthTimelineChart        *self,
                                                                 const HearthTimelineMarker  *marker);
char                      *hearth_timeline_chart_dup_summary    (HearthTimelineChart         *self);
char                      *hearth_timeline_chart_dup_period_text (double                      from,
                                                                 double                       to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthTimelineChart, hearth_timeline_chart_free)

G_END_DECLS
