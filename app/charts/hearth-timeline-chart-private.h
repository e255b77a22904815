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

/* hearth-timeline-chart-text.c */
guint  hearth_timeline_chart_build_legend   (HearthTimelineChart       *self,
                                             const HearthChartPalette  *palette,
                                             HearthChartLegendItem     *items,
                                             guint                      max_items,
                                             GPtrArray                 *strings);
char  *hearth_timeline_chart_dup_gap_label  (const HearthDayRange      *gap);

G_END_DECLS
