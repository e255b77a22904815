/* hearth-timeline-chart-private.h
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

#include "hearth-chart-text.h"
#include "hearth-timeline-chart.h"

G_BEGIN_DECLS

struct _HearthTimelineChart
{
  HearthTimelineData        *data;      /* owned reference */
  const HearthTimelineEvent *events;    /* borrowed from @data, which is sealed */
  gsize                      n_events;
  guint                      n_lanes;
  HearthTimelineFilter       filter;
  HearthTimelineIndex       *index;     /* owned; rebuilt when the filter changes */
  GArray                    *gaps;      /* owned; HearthDayRange, for the filter's lanes */
  HearthTimelineOptions      options;
  HearthChartText           *text;      /* owned */
  HearthTimelineFrame        frame;     /* its arrays owned */
  guint32                    groups_present;
  gboolean                   has_insufficient;
  guint32                    period_kinds_present;
};

#define HEARTH_TIMELINE_MARGIN 12.0

/* Everything one frame needs while it is being painted. */
typedef struct
{
  HearthTimelineChart      *chart;
  cairo_t                  *cr;
  const HearthChartPalette *palette;
  HearthChartText          *text;
  HearthTimelineFrame      *frame;
  int                       lane_area[HEARTH_TIMELINE_MAX_LANES];  /* lane → frame->lanes index, or -1 */
  double                    period_strip;
  double                    label_height;
} HearthTimelinePaint;

/* hearth-timeline-chart-paint.c */
void   hearth_timeline_paint_marker         (HearthTimelinePaint        *paint,
                                             const HearthTimelineMarker *marker);
void   hearth_timeline_paint_lanes          (HearthTimelinePaint        *paint,
                                             double                      label_width);
void   hearth_timeline_paint_grid           (HearthTimelinePaint        *paint,
                                             GArray                     *ticks);
void   hearth_timeline_paint_axis           (HearthTimelinePaint        *paint,
                                             GArray                     *ticks);
void   hearth_timeline_paint_periods        (HearthTimelinePaint        *paint);
void   hearth_timeline_paint_gaps           (HearthTimelinePaint        *paint,
                                             double                      strip_top);
void   hearth_timeline_paint_labels         (HearthTimelinePaint        *paint,
                                             GArray                     *markers);
void   hearth_timeline_paint_today          (HearthTimelinePaint        *paint);
void   hearth_timeline_paint_layout_markers (HearthTimelinePaint        *paint);

/* hearth-timeline-chart-text.c */
guint  hearth_timeline_chart_build_legend   (HearthTimelineChart       *self,
                                             const HearthChartPalette  *palette,
                                             HearthChartLegendItem     *items,
                                             guint                      max_items,
                                             GPtrArray                 *strings);
char  *hearth_timeline_chart_dup_gap_label  (const HearthDayRange      *gap);

G_END_DECLS
