/* hearth-timeline-chart.c
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

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hearth-chart-draw.h"
#include "hearth-timeline-chart-private.h"

#define MARGIN HEARTH_TIMELINE_MARGIN
#define TICK_SPACING     72.0
#define MAX_LEGEND_ITEMS 32


static guint64
make_lane_mask (guint n_lanes)
{
  return n_lanes >= 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << n_lanes) - 1;
}

static void
rebuild_index (HearthTimelineChart *self)
{
  g_clear_pointer (&self->index, hearth_timeline_index_free);
  g_clear_pointer (&self->gaps, g_array_unref);

  self->index = hearth_timeline_index_new (self->events, self->n_events, MAX (self->n_lanes, 1),
                                           &self->filter);

  /* Drift is about what the service did for the children shown, whatever
   * kinds of event are shown: the group filter does not change it. */
  self->gaps = hearth_timeline_find_gaps (self->events, self->n_events, self->filter.lanes,
                                          hearth_timeline_data_get_drift_threshold (self->data),
                                          hearth_timeline_data_get_today (self->data));
}

static void
reset_frame (HearthTimelineFrame *frame)
{
  g_array_set_size (frame->lanes, 0);
  g_array_set_size (frame->labels, 0);
  g_array_set_size (frame->gaps, 0);
  g_clear_pointer (&frame->markers, g_array_unref);
  frame->markers = g_array_new (FALSE, FALSE, sizeof (HearthTimelineMarker));
  frame->n_visible = 0;
  frame->empty = FALSE;
}

static gboolean
has_anything (HearthTimelineChart *self)
{
  gsize n_periods;

  hearth_timeline_data_get_periods (self->data, &n_periods);
  return self->n_events > 0 || n_periods > 0;
}

/**
 * hearth_timeline_chart_new:
 * @data: the timeline data; sealed by this call
 *
 * Creates a renderer for @data, showing every lane and group.
 *
 * Returns: (transfer full): the chart
 */
HearthTimelineChart *
hearth_timeline_chart_new (HearthTimelineData *data)
{
  HearthTimelineChart *self;
  gsize n_periods;

  g_return_val_if_fail (data != NULL, NULL);

  self = g_new0 (HearthTimelineChart, 1);
  self->data = hearth_timeline_data_ref (data);
  self->events = hearth_timeline_data_get_events (data, &self->n_events);
  self->n_lanes = hearth_timeline_data_get_n_lanes (data);
  self->filter = HEARTH_TIMELINE_FILTER_ALL;
  self->filter.lanes = make_lane_mask (MAX (self->n_lanes, 1));
  self->options.show_title = TRUE;
  self->options.show_legend = TRUE;
  self->options.show_labels = TRUE;
  self->text = hearth_chart_text_new ();
  self->frame.lanes = g_array_new (FALSE, FALSE, sizeof (HearthTimelineLaneArea));
  self->frame.labels = g_array_new (FALSE, FALSE, sizeof (HearthTimelineLabel));
  self->frame.gaps = g_array_new (FALSE, FALSE, sizeof (HearthTimelineGapArea));
  self->frame.markers = g_array_new (FALSE, FALSE, sizeof (HearthTimelineMarker));

  for (gsize i = 0; i < self->n_events; i++)
    {
      self->groups_present |= 1u << self->events[i].group;
      if (self->events[i].group == HEARTH_TIMELINE_GROUP_ASSESSMENT
          && self->events[i].significance == 0)
        self->has_insufficient = TRUE;
    }
  hearth_timeline_data_get_periods (data, &n_periods);
  for (gsize i = 0; i < n_periods; i++)
    self->period_kinds_present |= 1u << hearth_timeline_data_get_period_kind (data, i);

  rebuild_index (self);
  return self;
}

/**
 * hearth_timeline_chart_free:
 * @self: (transfer full): a chart
 *
 * Frees @self, dropping its reference to the data.
 */
void
hearth_timeline_chart_free (HearthTimelineChart *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->index, hearth_timeline_index_free);
  g_clear_pointer (&self->gaps, g_array_unref);
  g_clear_pointer (&self->text, hearth_chart_text_free);
  g_clear_pointer (&self->frame.lanes, g_array_unref);
  g_clear_pointer (&self->frame.labels, g_array_unref);
  g_clear_pointer (&self->frame.gaps, g_array_unref);
  g_clear_pointer (&self->frame.markers, g_array_unref);
  g_clear_pointer (&self->data, hearth_timeline_data_unref);
  g_free (self);
}

/**
 * hearth_timeline_chart_get_data:
 * @self: a chart
 *
 * Returns: (transfer none): the data drawn
 */
HearthTimelineData *
hearth_timeline_chart_get_data (HearthTimelineChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->data;
}

/**
 * hearth_timeline_chart_set_filter:
 * @self: a chart
 * @filter: the lanes (children), groups (categories) and days to show
 *
 * Filters what the chart shows. This rebuilds the chart's index, which
 * reads every event once: call it when the filter changes, not per frame.
 */
void
hearth_timeline_chart_set_filter (HearthTimelineChart        *self,
                                  const HearthTimelineFilter *filter)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (filter != NULL);

  if (memcmp (&self->filter, filter, sizeof *filter) == 0)
    return;

  self->filter = *filter;
  rebuild_index (self);
}

/**
 * hearth_timeline_chart_get_filter:
 * @self: a chart
 *
 * Returns: (transfer none): the filter in use
 */
const HearthTimelineFilter *
hearth_timeline_chart_get_filter (HearthTimelineChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->filter;
}

/**
 * hearth_timeline_chart_get_index:
 * @self: a chart
 *
 * Returns: (transfer none): the index of the events the filter keeps
 */
const HearthTimelineIndex *
hearth_timeline_chart_get_index (HearthTimelineChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->index;
}

/**
 * hearth_timeline_chart_set_options:
 * @self: a chart
 * @options: what to draw around the lanes
 *
 * Sets the options of the next frames.
 */
void
hearth_timeline_chart_set_options (HearthTimelineChart         *self,
                                   const HearthTimelineOptions *options)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (options != NULL);

  self->options = *options;
}

/**
 * hearth_timeline_chart_get_fit_range:
 * @self: a chart
 * @from: (out): the first day to show
 * @to: (out): the end of the window
 *
 * Finds the window that shows every event and period the filter keeps
 * ("fit all"), with a little room either side, at least a week and at
 * most a century long.
 *
 * Returns: %TRUE if there is anything to fit; %FALSE (with the window
 *   around today, or around 2000 without today) otherwise
 */
gboolean
hearth_timeline_chart_get_fit_range (HearthTimelineChart *self,
                                     double              *from,
                                     double              *to)
{
  const HearthTimelinePeriod *periods;
  gsize n_periods;
  gint32 first_day, last_day;
  double low = INFINITY, high = -INFINITY, pad, middle, span;
  gint32 today;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  if (hearth_timeline_index_get_extent (self->index, &first_day, &last_day))
    {
      low = first_day;
      high = last_day + 1.0;
    }

  periods = hearth_timeline_data_get_periods (self->data, &n_periods);
  for (gsize i = 0; i < n_periods; i++)
    {
      if ((periods[i].lanes & self->filter.lanes) == 0)
        continue;
      low = MIN (low, periods[i].first_day);
      high = MAX (high, periods[i].last_day == HEARTH_CHART_DAY_NONE
                        ? periods[i].first_day + 1.0 : periods[i].last_day + 1.0);
    }

  if (self->filter.first_day != HEARTH_CHART_DAY_NONE)
    low = MAX (low, self->filter.first_day);
  if (self->filter.last_day != HEARTH_CHART_DAY_NONE)
    high = MIN (high, self->filter.last_day + 1.0);

  if (!isfinite (low) || !isfinite (high) || high <= low)
    {
      today = hearth_timeline_data_get_today (self->data);
      middle = today != HEARTH_CHART_DAY_NONE ? today : hearth_chart_day_from_ymd (2000, 1, 1);
      *from = middle - 182.0;
      *to = middle + 183.0;
      return FALSE;
    }

  pad = MAX ((high - low) * 0.03, 1.0);
  low -= pad;
  high += pad;

  span = CLAMP (high - low, HEARTH_TIME_SCALE_MIN_SPAN_DAYS, HEARTH_TIME_SCALE_MAX_SPAN_DAYS);
  middle = (low + high) / 2.0;
  *from = middle - span / 2.0;
  *to = middle + span / 2.0;
  return TRUE;
}

/**
 * hearth_timeline_chart_draw:
 * @self: a chart
 * @cr: where to draw: a widget's snapshot, or a PNG, SVG or PDF surface
 * @width: the width to fill, in @cr's units
 * @height: the height to fill
 * @from: the first day shown (fractional)
 * @to: the end of the window; greater than @from
 * @palette: the colours
 *
 * Draws the timeline: title and the period shown, a lane per child and
 * one for the household, periods as shaded spans, possible drift, markers
 * and clusters, labels that have room, the axis and the legend; or an
 * explained empty chart when there is nothing to show. The geometry is
 * kept, see hearth_timeline_chart_get_frame().
 *
 * The cost follows what is visible: the events of the window are read
 * per day and lane from the index, never one by one.
 */
void
hearth_timeline_chart_draw (HearthTimelineChart      *self,
                            cairo_t                  *cr,
                            double                    width,
                            double                    height,
                            double                    from,
                            double                    to,
                            const HearthChartPalette *palette)
{
  HearthChartLegendItem legend[MAX_LEGEND_ITEMS];
  g_autoptr(GPtrArray) legend_strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ticks = NULL;
  g_autofree char *period_text = NULL;
  HearthTimelineFrame *frame;
  HearthTimelinePaint f = { 0 };
  guint n_legend = 0, n_shown = 0;
  double top = MARGIN, bottom, legend_height = 0.0, label_width = 0.0, strip_top;
  double axis_height, drift_strip, lane_height, small_height;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (from < to);

  frame = &self->frame;
  reset_frame (frame);
  frame->width = width;
  frame->height = height;

  f.chart = self;
  f.cr = cr;
  f.palette = palette;
  f.text = self->text;
  f.frame = frame;
  f.label_height = hearth_chart_text_get_line_height (self->text, HEARTH_CHART_FONT_SMALL);
  small_height = f.label_height;

  cairo_save (cr);
  cairo_rectangle (cr, 0.0, 0.0, width, height);
  cairo_clip (cr);
  if (palette->background.alpha > 0.0)
    {
      hearth_chart_color_set_source (&palette->background, cr);
      cairo_paint (cr);
    }

  hearth_time_scale_init (&frame->scale, from, to, MARGIN, MAX (width - MARGIN, MARGIN + 1.0));

  if (self->options.show_title)
    {
      period_text = hearth_timeline_chart_dup_period_text (from, to);
      top += hearth_chart_draw_title (cr, self->text, palette,
                                      hearth_timeline_data_get_title (self->data), period_text,
                                      MARGIN, top, width - 2.0 * MARGIN);
    }

  if (self->options.show_legend)
    {
      n_legend = hearth_timeline_chart_build_legend (self, palette, legend, MAX_LEGEND_ITEMS,
                                                     legend_strings);
      legend_height
          = hearth_chart_measure_legend (self->text, legend, n_legend, width - 2.0 * MARGIN);
      if (legend_height > (height - top) * 0.35)
        legend_height = 0.0;
    }
  bottom = height - MARGIN - (legend_height > 0.0 ? legend_height + 10.0 : 0.0);

  if (!has_anything (self) || hearth_timeline_index_get_n_events (self->index) == 0)
    {
      gboolean filtered = has_anything (self);

      frame->empty = TRUE;
      hearth_chart_draw_message (
          cr, self->text, palette,
          filtered ? _("Nothing matches the filters") : _("No chronology recorded yet"),
          filtered ? _("No events, visits or assessments match the children, "
                        "categories and period chosen.")
                   : _("This family has no chronology events, visits or "
                        "assessments yet. Once they are recorded, they appear "
                        "here in time order, one lane per child."),
          MARGIN, top, width - 2.0 * MARGIN, height - MARGIN - top);
      cairo_restore (cr);
      return;
    }

  for (guint lane = 0; lane < HEARTH_TIMELINE_MAX_LANES; lane++)
    f.lane_area[lane] = -1;
  for (guint lane = 0; lane < self->n_lanes; lane++)
    {
      double lane_label_width;

      if ((self->filter.lanes & (G_GUINT64_CONSTANT (1) << lane)) == 0)
        continue;
      n_shown++;
      hearth_chart_text_measure (self->text, HEARTH_CHART_FONT_BOLD,
                                 hearth_timeline_data_get_lane_label (self->data, lane),
                                 &lane_label_width, NULL);
      label_width = MAX (label_width, lane_label_width + 14.0);
    }
  label_width = MIN (label_width, width * 0.22);

  axis_height = small_height + 10.0;
  drift_strip = self->gaps->len > 0 ? small_height + 4.0 : 0.0;
  strip_top = top;
  frame->plot_top = top + drift_strip;
  frame->plot_bottom = MAX (bottom - axis_height, frame->plot_top + n_shown * 8.0);
  hearth_time_scale_init (&frame->scale, from, to, MARGIN + label_width,
                          MAX (width - MARGIN, MARGIN + label_width + 1.0));

  lane_height = n_shown > 0 ? (frame->plot_bottom - frame->plot_top) / n_shown : 0.0;
  frame->marker_radius = CLAMP (lane_height * 0.14, 3.0, 6.0);
  f.period_strip = lane_height >= 3.0 * small_height ? small_height + 2.0 : 0.0;

  for (guint lane = 0, shown = 0; lane < self->n_lanes; lane++)
    {
      HearthTimelineLaneArea area;

      if ((self->filter.lanes & (G_GUINT64_CONSTANT (1) << lane)) == 0)
        continue;
      area.lane = lane;
      area.y = frame->plot_top + shown * lane_height;
      area.height = lane_height;
      area.marker_y = area.y + lane_height - f.period_strip - frame->marker_radius - 3.0;
      area.marker_y = MAX (area.marker_y, area.y + lane_height / 2.0);
      f.lane_area[lane] = (int) frame->lanes->len;
      g_array_append_val (frame->lanes, area);
      shown++;
    }

  ticks = hearth_time_scale_ticks (&frame->scale, TICK_SPACING, NULL, NULL);

  hearth_timeline_paint_lanes (&f, label_width);
  hearth_timeline_paint_periods (&f);

  cairo_save (cr);
  cairo_rectangle (cr, frame->scale.x0, 0.0, frame->scale.x1 - frame->scale.x0, height);
  cairo_clip (cr);
  hearth_timeline_paint_grid (&f, ticks);
  hearth_timeline_paint_gaps (&f, strip_top);
  hearth_timeline_paint_today (&f);

  hearth_timeline_paint_layout_markers (&f);
  for (guint i = 0; i < frame->markers->len; i++)
    hearth_timeline_paint_marker (&f, &g_array_index (frame->markers, HearthTimelineMarker, i));
  if (self->options.show_labels)
    hearth_timeline_paint_labels (&f, frame->markers);
  cairo_restore (cr);

  hearth_timeline_paint_axis (&f, ticks);

  if (frame->n_visible == 0)
    {
      hearth_chart_color_set_source (&palette->muted, cr);
      hearth_chart_text_draw_fitted (
          self->text, cr, HEARTH_CHART_FONT_NORMAL,
          _("No events in this period. Zoom out or fit all to see the others."),
          frame->scale.x0 + 8.0, frame->plot_top + 4.0, frame->scale.x1 - frame->scale.x0 - 16.0);
    }

  if (legend_height > 0.0)
    hearth_chart_draw_legend (cr, self->text, palette, legend, n_legend, MARGIN,
                              height - MARGIN - legend_height, width - 2.0 * MARGIN);

  cairo_restore (cr);
}

/**
 * hearth_timeline_chart_get_frame:
 * @self: a chart
 *
 * Returns: (transfer none): the geometry of the last frame drawn, valid
 *   until the next draw
 */
const HearthTimelineFrame *
hearth_timeline_chart_get_frame (HearthTimelineChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->frame;
}

/**
 * hearth_timeline_chart_hit_test:
 * @self: a chart that has drawn a frame
 * @x: a point's x in the frame
 * @y: a point's y
 *
 * Finds the marker under a point of the last frame, as the pointer
 * hovers or clicks.
 *
 * Returns: (transfer none) (nullable): the marker, valid until the next
 *   draw; %NULL when there is none
 */
const HearthTimelineMarker *
hearth_timeline_chart_hit_test (HearthTimelineChart *self,
                                double               x,
                                double               y)
{
  const HearthTimelineFrame *frame;
  const HearthTimelineMarker *best = NULL;
  double best_distance = INFINITY;
  double reach;

  g_return_val_if_fail (self != NULL, NULL);

  frame = &self->frame;
  reach = MAX (frame->marker_radius + 3.0, frame->min_distance / 2.0 - 1.0);

  for (guint i = 0; i < frame->lanes->len; i++)
    {
      const HearthTimelineLaneArea *area = &g_array_index (frame->lanes, HearthTimelineLaneArea, i);

      if (y < area->y || y >= area->y + area->height || fabs (y - area->marker_y) > reach + 2.0)
        continue;

      for (guint m = 0; m < frame->markers->len; m++)
        {
          const HearthTimelineMarker *marker
              = &g_array_index (frame->markers, HearthTimelineMarker, m);
          double distance;

          if (marker->lane != area->lane)
            continue;

          distance = fabs (x - marker->x);

          if (distance <= reach && distance < best_distance)
            {
              best = marker;
              best_distance = distance;
            }
        }
    }

  return best;
}

/**
 * hearth_timeline_chart_count_marker:
 * @self: a chart
 * @marker: a marker of its last frame
 *
 * Counts, one by one, the events a marker folds: those between its first
 * and last that the filter keeps in its lane. Tests compare this with
 * @marker's count; tooltips use it to list a cluster.
 *
 * Returns: the number of events
 */
gsize
hearth_timeline_chart_count_marker (HearthTimelineChart        *self,
                                    const HearthTimelineMarker *marker)
{
  gsize count = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (marker != NULL, 0);
  g_return_val_if_fail (marker->last < self->n_events, 0);

  for (gsize i = marker->first; i <= marker->last; i++)
    if (hearth_timeline_index_keeps (self->index, i, marker->lane))
      count++;

  return count;
}
