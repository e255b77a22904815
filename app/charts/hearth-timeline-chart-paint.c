/* hearth-timeline-chart-paint.c
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

/* The layers of a timeline frame, painted in order by
 * hearth_timeline_chart_draw(): lanes, periods, grid, drift, markers,
 * labels, axis. */

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <math.h>

#include "hearth-chart-draw.h"
#include "hearth-timeline-chart-private.h"

#define MARGIN HEARTH_TIMELINE_MARGIN
#define LABEL_GAP 3.0

static HearthChartFill
fill_for_significance (guint8 significance)
{
  return significance >= 2 ? HEARTH_CHART_FILL_FULL
         : significance == 1 ? HEARTH_CHART_FILL_HALF
         : HEARTH_CHART_FILL_HOLLOW;
}

/* An assessment: a badge in the colour of its level, with the level's
 * number on it; hatched with a question mark for insufficient
 * information. */
static void
draw_assessment (HearthTimelinePaint *f,
                 guint8               level,
                 double               cx,
                 double               cy,
                 double               radius)
{
  cairo_t *cr = f->cr;
  const HearthChartPalette *palette = f->palette;
  const HearthChartColor *fill;
  char digit[2] = { '?', '\0' };
  double width, height;

  level = MIN (level, HEARTH_CHART_N_LEVELS - 1);
  fill = &palette->levels[level];

  cairo_new_path (cr);
  hearth_chart_path_shape (cr, HEARTH_CHART_SHAPE_BADGE, cx, cy, radius);
  hearth_chart_color_set_source (level == 0 ? &palette->background : fill, cr);
  cairo_fill_preserve (cr);
  if (level == 0)
    {
      cairo_save (cr);
      cairo_clip_preserve (cr);
      hearth_chart_draw_hatch (cr, &palette->hatch, cx - radius * 1.2, cy - radius * 1.2,
                               radius * 2.4, radius * 2.4, 3.0);
      cairo_restore (cr);
    }
  hearth_chart_color_set_source (&palette->foreground, cr);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);

  if (level > 0)
    digit[0] = (char) ('0' + level);
  hearth_chart_text_measure (f->text, HEARTH_CHART_FONT_SMALL, digit, &width, &height);
  hearth_chart_color_set_source (level == 0 ? &palette->foreground
                                            : hearth_chart_palette_get_text_on (palette, fill), cr);
  hearth_chart_text_draw (f->text, cr, HEARTH_CHART_FONT_SMALL, digit,
                          cx - width / 2.0, cy - height / 2.0);
}

/* A cluster: a pill with the count of the events it folds, centred where
 * its first event is, as wide as the distance kept between markers allows
 * (so neighbouring markers never cover it). Its fill deepens with the
 * most significant event in it; its hue is the group's when they share
 * one, grey when they mix. */
static void
draw_cluster (HearthTimelinePaint        *f,
              const HearthTimelineMarker *marker,
              double                      cy,
              double                      radius)
{
  cairo_t *cr = f->cr;
  const HearthChartPalette *palette = f->palette;
  guint hue = marker->group == HEARTH_TIMELINE_GROUP_MIXED
              ? HEARTH_CHART_N_HUES - 1
              : hearth_timeline_group_get_hue (marker->group);
  const HearthChartColor *color = &palette->hues[hue];
  static const double fill_alpha[] = { 0.2, 0.5, 1.0 };
  HearthChartColor blended;
  char count[24];
  double text_width, text_height, width, height = radius * 2.0 + 4.0;
  guint significance = MIN (marker->significance, 2);
  double alpha = fill_alpha[significance];

  g_snprintf (count, sizeof count, "%" G_GSIZE_FORMAT, marker->count);
  hearth_chart_text_measure (f->text, HEARTH_CHART_FONT_SMALL, count, &text_width, &text_height);
  width = MIN (MAX (text_width + 8.0, height), f->frame->min_distance - 2.0);

  /* The colour the pill ends up, over the background, to choose the
   * count's colour against. */
  blended.red = color->red * alpha + palette->background.red * (1.0 - alpha);
  blended.green = color->green * alpha + palette->background.green * (1.0 - alpha);
  blended.blue = color->blue * alpha + palette->background.blue * (1.0 - alpha);
  blended.alpha = 1.0;

  cairo_new_path (cr);
  hearth_chart_path_rounded_rectangle (cr, marker->x - width / 2.0, cy - height / 2.0, width,
                                       height, height / 2.0);
  hearth_chart_color_set_source (&blended, cr);
  cairo_fill_preserve (cr);
  hearth_chart_color_set_source (&palette->foreground, cr);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);

  hearth_chart_color_set_source (hearth_chart_palette_get_text_on (palette, &blended), cr);
  hearth_chart_text_draw (f->text, cr, HEARTH_CHART_FONT_SMALL, count,
                          marker->x - text_width / 2.0, cy - text_height / 2.0);
}

void
hearth_timeline_paint_marker (HearthTimelinePaint        *f,
                              const HearthTimelineMarker *marker)
{
  const HearthTimelineLaneArea *area;
  double radius = f->frame->marker_radius;

  g_assert (f->lane_area[marker->lane] >= 0);
  area = &g_array_index (f->frame->lanes, HearthTimelineLaneArea, f->lane_area[marker->lane]);

  if (marker->count > 1)
    draw_cluster (f, marker, area->marker_y, radius);
  else if (marker->group == HEARTH_TIMELINE_GROUP_ASSESSMENT)
    draw_assessment (f, marker->significance, marker->x, area->marker_y, radius);
  else
    hearth_chart_draw_marker (f->cr, f->palette, hearth_timeline_group_get_shape (marker->group),
                              fill_for_significance (marker->significance),
                              &f->palette->hues[hearth_timeline_group_get_hue (marker->group)],
                              marker->x, area->marker_y, radius);
}

void
hearth_timeline_paint_lanes (HearthTimelinePaint *f,
                             double               label_width)
{
  cairo_t *cr = f->cr;
  HearthTimelineFrame *frame = f->frame;
  HearthTimelineData *data = f->chart->data;

  for (guint i = 0; i < frame->lanes->len; i++)
    {
      const HearthTimelineLaneArea *area = &g_array_index (frame->lanes, HearthTimelineLaneArea, i);
      const char *label = hearth_timeline_data_get_lane_label (data, area->lane);
      double label_height = hearth_chart_text_get_line_height (f->text, HEARTH_CHART_FONT_BOLD);

      if (i % 2 == 1)
        {
          cairo_rectangle (cr, MARGIN, area->y, frame->scale.x1 - MARGIN, area->height);
          hearth_chart_color_set_source (&f->palette->stripe, cr);
          cairo_fill (cr);
        }

      cairo_move_to (cr, MARGIN, floor (area->y + area->height) + 0.5);
      cairo_line_to (cr, frame->scale.x1, floor (area->y + area->height) + 0.5);
      hearth_chart_color_set_source (&f->palette->grid, cr);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);

      hearth_chart_color_set_source (&f->palette->foreground, cr);
      hearth_chart_text_draw_fitted (f->text, cr, HEARTH_CHART_FONT_BOLD, label, MARGIN,
                                     area->marker_y - label_height / 2.0, label_width - 10.0);
    }
}

void
hearth_timeline_paint_grid (HearthTimelinePaint *f,
                            GArray              *ticks)
{
  cairo_t *cr = f->cr;
  HearthTimelineFrame *frame = f->frame;

  cairo_set_line_width (cr, 1.0);
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < ticks->len; i++)
        {
          const HearthTimeTick *tick = &g_array_index (ticks, HearthTimeTick, i);
          double x = floor (tick->x) + 0.5;

          if (tick->major != (pass == 1))
            continue;
          cairo_move_to (cr, x, frame->plot_top);
          cairo_line_to (cr, x, frame->plot_bottom);
        }
      hearth_chart_color_set_source_alpha (&f->palette->grid, pass == 1 ? 1.6 : 0.7, cr);
      cairo_stroke (cr);
    }
}

void
hearth_timeline_paint_axis (HearthTimelinePaint *f,
                            GArray              *ticks)
{
  cairo_t *cr = f->cr;
  HearthTimelineFrame *frame = f->frame;
  double right_of_last = -INFINITY;

  cairo_move_to (cr, frame->scale.x0, floor (frame->plot_bottom) + 0.5);
  cairo_line_to (cr, frame->scale.x1, floor (frame->plot_bottom) + 0.5);
  hearth_chart_color_set_source (&f->palette->muted, cr);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  for (guint i = 0; i < ticks->len; i++)
    {
      const HearthTimeTick *tick = &g_array_index (ticks, HearthTimeTick, i);
      double x = floor (tick->x) + 0.5, width;

      cairo_move_to (cr, x, frame->plot_bottom);
      cairo_line_to (cr, x, frame->plot_bottom + (tick->major ? 6.0 : 4.0));
      cairo_stroke (cr);

      hearth_chart_text_measure (f->text, HEARTH_CHART_FONT_SMALL, tick->label, &width, NULL);
      x = CLAMP (tick->x - width / 2.0, frame->scale.x0, frame->scale.x1 - width);
      if (x < right_of_last + 6.0)
        continue;
      hearth_chart_text_draw (f->text, cr, HEARTH_CHART_FONT_SMALL, tick->label, x,
                              frame->plot_bottom + 7.0);
      right_of_last = x + width;
    }
}

void
hearth_timeline_paint_periods (HearthTimelinePaint *f)
{
  HearthTimelineChart *chart = f->chart;
  HearthTimelineFrame *frame = f->frame;
  cairo_t *cr = f->cr;
  const HearthTimelinePeriod *periods;
  g_autoptr(GArray) spans = NULL;
  gsize n_periods;

  periods = hearth_timeline_data_get_periods (chart->data, &n_periods);
  if (n_periods == 0)
    return;

  spans = hearth_timeline_layout_spans (periods, n_periods, MAX (chart->n_lanes, 1), &frame->scale);
  for (guint i = 0; i < spans->len; i++)
    {
      const HearthTimelineSpan *span = &g_array_index (spans, HearthTimelineSpan, i);
      HearthPeriodKind kind = hearth_timeline_data_get_period_kind (chart->data, span->index);
      const HearthTimelineLaneArea *area;
      double small_height = hearth_chart_text_get_line_height (f->text, HEARTH_CHART_FONT_SMALL);
      HearthChartColor edge;

      if (f->lane_area[span->lane] < 0)
        continue;
      area = &g_array_index (frame->lanes, HearthTimelineLaneArea, f->lane_area[span->lane]);

      cairo_rectangle (cr, span->x0, area->y + 1.0, span->x1 - span->x0, area->height - 1.0);
      hearth_chart_color_set_source (&f->palette->periods[kind], cr);
      cairo_fill (cr);

      /* A firm edge where the period starts or ends inside the window. */
      edge = f->palette->periods[kind];
      edge.alpha = 0.6;
      cairo_set_line_width (cr, 2.0);
      hearth_chart_color_set_source (&edge, cr);
      if (span->x0 > frame->scale.x0 + 0.5)
        {
          cairo_move_to (cr, span->x0 + 1.0, area->y + 1.0);
          cairo_line_to (cr, span->x0 + 1.0, area->y + area->height);
        }
      if (span->x1 < frame->scale.x1 - 0.5)
        {
          cairo_move_to (cr, span->x1 - 1.0, area->y + 1.0);
          cairo_line_to (cr, span->x1 - 1.0, area->y + area->height);
        }
      cairo_stroke (cr);

      /* Its name in the strip under the markers, never colour alone. */
      if (f->period_strip > 0.0)
        {
          hearth_chart_color_set_source (&f->palette->muted, cr);
          hearth_chart_text_draw_fitted (
              f->text, cr, HEARTH_CHART_FONT_SMALL,
              hearth_timeline_period_kind_get_short_label (kind), span->x0 + 4.0,
              area->y + area->height - small_height - 1.0, span->x1 - span->x0 - 8.0);
        }
    }
}

void
hearth_timeline_paint_gaps (HearthTimelinePaint *f,
                            double               strip_top)
{
  HearthTimelineChart *chart = f->chart;
  HearthTimelineFrame *frame = f->frame;
  cairo_t *cr = f->cr;
  g_autofree HearthLabelCandidate *candidates = NULL;
  g_autofree HearthLabelPlacement *placements = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  HearthLabelLayoutParams params;
  double small_height = hearth_chart_text_get_line_height (f->text, HEARTH_CHART_FONT_SMALL);

  for (guint i = 0; i < chart->gaps->len; i++)
    {
      const HearthDayRange *days = &g_array_index (chart->gaps, HearthDayRange, i);
      HearthTimelineGapArea gap = { *days, 0.0, 0.0, { 0 } };

      /* The stretch lies between the two actions' days. */
      gap.x0 = MAX (hearth_time_scale_day_to_x (&frame->scale, days->from + 1.0), frame->scale.x0);
      gap.x1 = MIN (hearth_time_scale_day_to_x (&frame->scale, days->to), frame->scale.x1);
      if (gap.x1 - gap.x0 < 1.0)
        continue;
      g_array_append_val (frame->gaps, gap);
      g_ptr_array_add (labels, hearth_timeline_chart_dup_gap_label (days));
    }

  if (frame->gaps->len == 0)
    return;

  candidates = g_new0 (HearthLabelCandidate, frame->gaps->len);
  placements = g_new0 (HearthLabelPlacement, frame->gaps->len);
  for (guint i = 0; i < frame->gaps->len; i++)
    {
      const HearthTimelineGapArea *gap = &g_array_index (frame->gaps, HearthTimelineGapArea, i);

      hearth_chart_text_measure (f->text, HEARTH_CHART_FONT_SMALL, g_ptr_array_index (labels, i),
                                 &candidates[i].width, &candidates[i].height);
      candidates[i].anchor_x = (gap->x0 + gap->x1) / 2.0;
      candidates[i].priority = (int) ((gap->days.to - gap->days.from) / 7);
    }

  params.axis_y = frame->plot_top;
  params.min_x = frame->scale.x0;
  params.max_x = frame->scale.x1;
  params.gap = 6.0;
  params.max_rows = frame->plot_top - strip_top >= small_height ? 1 : 0;
  hearth_label_layout_place (candidates, frame->gaps->len, &params, placements);

  for (guint i = 0; i < frame->gaps->len; i++)
    {
      HearthTimelineGapArea *gap = &g_array_index (frame->gaps, HearthTimelineGapArea, i);

      /* A tint over the lanes, and a hatched band in the strip above them
       * that carries the label: the pattern, not the tint alone, says
       * "drift". */
      cairo_rectangle (cr, gap->x0, frame->plot_top, gap->x1 - gap->x0,
                       frame->plot_bottom - frame->plot_top);
      hearth_chart_color_set_source (&f->palette->drift, cr);
      cairo_fill (cr);
      hearth_chart_draw_hatch (cr, &f->palette->hatch, gap->x0, strip_top,
                               gap->x1 - gap->x0, frame->plot_top - strip_top, 4.0);

      gap->label = placements[i];
      if (!placements[i].placed)
        continue;

      cairo_rectangle (cr, placements[i].x - 3.0, placements[i].y, placements[i].width + 6.0,
                       placements[i].height);
      hearth_chart_color_set_source (&f->palette->background, cr);
      cairo_fill (cr);
      hearth_chart_color_set_source (&f->palette->foreground, cr);
      hearth_chart_text_draw (f->text, cr, HEARTH_CHART_FONT_SMALL, g_ptr_array_index (labels, i),
                              placements[i].x, placements[i].y);
    }
}

void
hearth_timeline_paint_labels (HearthTimelinePaint *f,
                              GArray              *markers)
{
  HearthTimelineChart *chart = f->chart;
  HearthTimelineFrame *frame = f->frame;
  cairo_t *cr = f->cr;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (HearthLabelCandidate));
  g_autoptr(GArray) owners = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) placements = g_array_new (FALSE, FALSE, sizeof (HearthLabelPlacement));
  guint m = 0;

  while (m < markers->len)
    {
      guint lane = g_array_index (markers, HearthTimelineMarker, m).lane;
      const HearthTimelineLaneArea *area
          = &g_array_index (frame->lanes, HearthTimelineLaneArea, f->lane_area[lane]);
      HearthLabelLayoutParams params;
      double rows_height;

      g_array_set_size (candidates, 0);
      g_array_set_size (owners, 0);

      for (; m < markers->len && g_array_index (markers, HearthTimelineMarker, m).lane == lane; m++)
        {
          const HearthTimelineMarker *marker = &g_array_index (markers, HearthTimelineMarker, m);
          const HearthTimelineItem *item;
          HearthLabelCandidate candidate;

          if (marker->count != 1)
            continue;

          item = hearth_timeline_data_get_item (chart->data, marker->first);
          hearth_chart_text_measure (f->text, HEARTH_CHART_FONT_SMALL, item->label,
                                     &candidate.width, &candidate.height);
          candidate.anchor_x = marker->x;
          candidate.priority
              = marker->group == HEARTH_TIMELINE_GROUP_ASSESSMENT ? 3 : marker->significance;
          g_array_append_val (candidates, candidate);
          g_array_append_val (owners, m);
        }

      if (candidates->len == 0)
        continue;

      params.axis_y = area->marker_y - frame->marker_radius - LABEL_GAP;
      params.min_x = frame->scale.x0;
      params.max_x = frame->scale.x1;
      params.gap = LABEL_GAP;
      rows_height = params.axis_y - area->y - 2.0;
      params.max_rows
          = rows_height > 0.0
                ? (guint) floor ((rows_height + LABEL_GAP) / (f->label_height + LABEL_GAP))
                : 0;
      params.max_rows = MIN (params.max_rows, 3);

      g_array_set_size (placements, candidates->len);
      hearth_label_layout_place ((const HearthLabelCandidate *) (gpointer) candidates->data,
                                 candidates->len, &params,
                                 (HearthLabelPlacement *) (gpointer) placements->data);

      for (guint c = 0; c < candidates->len; c++)
        {
          const HearthLabelPlacement *placement
              = &g_array_index (placements, HearthLabelPlacement, c);
          guint owner = g_array_index (owners, guint, c);
          const HearthTimelineMarker *marker
              = &g_array_index (markers, HearthTimelineMarker, owner);
          HearthTimelineLabel label;

          if (!placement->placed)
            continue;

          if (placement->row > 0)
            {
              cairo_move_to (cr, floor (marker->x) + 0.5, placement->y + placement->height);
              cairo_line_to (cr, floor (marker->x) + 0.5,
                             area->marker_y - frame->marker_radius - 1.0);
              hearth_chart_color_set_source (&f->palette->grid, cr);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
            }

          hearth_chart_color_set_source (&f->palette->foreground, cr);
          hearth_chart_text_draw (f->text, cr, HEARTH_CHART_FONT_SMALL,
                                  hearth_timeline_data_get_item (chart->data, marker->first)->label,
                                  placement->x, placement->y);

          label.marker = owner;
          label.placement = *placement;
          g_array_append_val (frame->labels, label);
        }
    }
}

void
hearth_timeline_paint_today (HearthTimelinePaint *f)
{
  HearthTimelineFrame *frame = f->frame;
  gint32 today = hearth_timeline_data_get_today (f->chart->data);
  static const double dash[] = { 3.0, 3.0 };
  double x;

  if (today == HEARTH_CHART_DAY_NONE || today + 1.0 <= frame->scale.from
      || today >= frame->scale.to)
    return;

  x = floor (hearth_time_scale_day_to_x (&frame->scale, today + 0.5)) + 0.5;
  cairo_save (f->cr);
  cairo_set_dash (f->cr, dash, G_N_ELEMENTS (dash), 0.0);
  cairo_set_line_width (f->cr, 1.5);
  cairo_move_to (f->cr, x, frame->plot_top);
  cairo_line_to (f->cr, x, frame->plot_bottom);
  hearth_chart_color_set_source (&f->palette->accent, f->cr);
  cairo_stroke (f->cr);
  cairo_restore (f->cr);
}

static double
measure_count (HearthTimelinePaint *f,
               gsize                count)
{
  char text[24];
  double width;

  g_snprintf (text, sizeof text, "%" G_GSIZE_FORMAT, count);
  hearth_chart_text_measure (f->text, HEARTH_CHART_FONT_SMALL, text, &width, NULL);
  return width;
}

/* Markers keep far enough apart for a cluster's count to fit between
 * them: room for two digits at first, and more if a count needs it. */
void
hearth_timeline_paint_layout_markers (HearthTimelinePaint *f)
{
  HearthTimelineFrame *frame = f->frame;
  gsize largest = 0;
  double needed;

  frame->min_distance = MAX (2.0 * frame->marker_radius + 5.0, measure_count (f, 99) + 10.0);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_clear_pointer (&frame->markers, g_array_unref);
      frame->markers = hearth_timeline_index_layout_markers (
          f->chart->index, &frame->scale, frame->min_distance, &frame->n_visible);
      for (guint i = 0; i < frame->markers->len; i++)
        largest = MAX (largest, g_array_index (frame->markers, HearthTimelineMarker, i).count);

      needed = measure_count (f, largest) + 10.0;
      if (needed <= frame->min_distance)
        break;
      frame->min_distance = needed;
    }
}
