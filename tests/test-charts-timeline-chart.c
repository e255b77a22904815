/* test-charts-timeline-chart.c — the chronology timeline, rendered and measured
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

#include <math.h>
#include <string.h>

#include "charts/hearth-timeline-chart.h"

#define LANE(i) (G_GUINT64_CONSTANT (1) << (i))

typedef struct
{
  guint8 red;
  guint8 green;
  guint8 blue;
} Pixel;

/* Writes the image next to the test when HEARTH_TEST_DUMP_DIR is set, to
 * look at by eye. */
static void
dump (cairo_surface_t *surface,
      const char      *name)
{
  const char *dir = g_getenv ("HEARTH_TEST_DUMP_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

static Pixel
read_pixel (cairo_surface_t *surface,
            double           x,
            double           y)
{
  const guint8 *data;
  guint32 value;
  int stride;
  Pixel pixel;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpfloat (y, <, cairo_image_surface_get_height (surface));
  value = *(const guint32 *) (gconstpointer) (data + (int) y * stride + (int) x * 4);

  /* The surfaces are opaque (the palette paints the background), so the
   * premultiplied channels are the colour itself. */
  pixel.red = (value >> 16) & 0xff;
  pixel.green = (value >> 8) & 0xff;
  pixel.blue = value & 0xff;
  return pixel;
}

static gboolean
pixel_is_near (Pixel                   pixel,
               const HearthChartColor *color,
               int                     tolerance)
{
  return abs (pixel.red - (int) round (color->red * 255)) <= tolerance
         && abs (pixel.green - (int) round (color->green * 255)) <= tolerance
         && abs (pixel.blue - (int) round (color->blue * 255)) <= tolerance;
}

static HearthTimelineEvent
make_event (gint32              day,
            HearthTimelineGroup group,
            guint8              significance,
            guint16             flags,
            guint64             lanes)
{
  HearthTimelineEvent event = { day, group, significance, flags, lanes };

  return event;
}

static void
add_event (HearthTimelineData  *data,
           gint32               day,
           HearthTimelineGroup  group,
           guint8               significance,
           guint16              flags,
           guint64              lanes,
           const char          *label)
{
  HearthTimelineEvent event = make_event (day, group, significance, flags, lanes);
  static gint64 next_id = 1;

  hearth_timeline_data_add_event (data, &event,
                                  group == HEARTH_TIMELINE_GROUP_ASSESSMENT
                                      ? HEARTH_TIMELINE_ITEM_ASSESSMENT
                                      : HEARTH_TIMELINE_ITEM_EVENT,
                                  next_id++, label, "A made-up summary.");
}

/* A fictional family over two years: two children and the household,
 * events of every group, assessments, periods and a long gap. */
static HearthTimelineData *
make_family (void)
{
  HearthTimelineData *data = hearth_timeline_data_new ("The McTestface family");
  gint32 start = hearth_chart_day_from_ymd (2023, 1, 9);
  HearthTimelinePeriod cp = { start + 120, start + 400, LANE (0) };
  HearthTimelinePeriod eh = { start + 20, HEARTH_CHART_DAY_NONE, LANE (1) };

  g_assert_cmpuint (hearth_timeline_data_add_lane (data, "Testy McTestface"), ==, 0);
  g_assert_cmpuint (hearth_timeline_data_add_lane (data, "Bramble Oakfoot"), ==, 1);
  g_assert_cmpuint (hearth_timeline_data_add_lane (data, "Household"), ==, 2);

  add_event (data, start, HEARTH_TIMELINE_GROUP_INVOLVEMENT, 1, HEARTH_TIMELINE_EVENT_ACTION,
             LANE (0) | LANE (1), "Referral");
  add_event (data, start + 15, HEARTH_TIMELINE_GROUP_HEALTH, 2, 0, LANE (0), "A&E attendance");
  add_event (data, start + 40, HEARTH_TIMELINE_GROUP_HOUSEHOLD, 1, 0, LANE (2), "New adult");
  add_event (data, start + 41, HEARTH_TIMELINE_GROUP_ASSESSMENT, 3, HEARTH_TIMELINE_EVENT_ACTION,
             LANE (0), "Neglect screening");
  add_event (data, start + 41, HEARTH_TIMELINE_GROUP_ASSESSMENT, 0, HEARTH_TIMELINE_EVENT_ACTION,
             LANE (1), "Neglect screening");
  add_event (data, start + 90, HEARTH_TIMELINE_GROUP_EDUCATION, 0, 0, LANE (1), "School change");
  add_event (data, start + 300, HEARTH_TIMELINE_GROUP_SAFETY, 2, 0, LANE (2), "Domestic abuse");
  add_event (data, start + 310, HEARTH_TIMELINE_GROUP_INVOLVEMENT, 0, HEARTH_TIMELINE_EVENT_ACTION,
             LANE (2), "Visit");
  add_event (data, start + 500, HEARTH_TIMELINE_GROUP_POSITIVE, 1, 0, LANE (1), "Positive event");
  add_event (data, start + 520, HEARTH_TIMELINE_GROUP_OTHER, 0, HEARTH_TIMELINE_EVENT_NONE,
             LANE (0), "Other");
  add_event (data, start + 600, HEARTH_TIMELINE_GROUP_ASSESSMENT, 2, HEARTH_TIMELINE_EVENT_ACTION,
             LANE (2), "Home conditions");

  hearth_timeline_data_add_period (data, &cp, HEARTH_PERIOD_KIND_CHILD_PROTECTION);
  hearth_timeline_data_add_period (data, &eh, HEARTH_PERIOD_KIND_EARLY_HELP);
  hearth_timeline_data_set_level_name (data, 1, "Universal");
  hearth_timeline_data_set_level_name (data, 2, "Early help");
  hearth_timeline_data_set_level_name (data, 3, "Child in need");
  hearth_timeline_data_set_level_name (data, 4, "Child protection");
  hearth_timeline_data_set_today (data, start + 640);

  return data;
}

static cairo_surface_t *
render (HearthTimelineChart      *chart,
        int                       width,
        int                       height,
        double                    from,
        double                    to,
        const HearthChartPalette *palette)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  hearth_timeline_chart_draw (chart, cr, width, height, from, to, palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
test_lanes (void)
{
  g_autoptr(HearthTimelineData) data = make_family ();
  g_autoptr(HearthTimelineChart) chart = hearth_timeline_chart_new (data);
  g_autoptr(cairo_surface_t) surface = NULL;
  HearthTimelineFilter filter = HEARTH_TIMELINE_FILTER_ALL;
  const HearthTimelineFrame *frame;
  HearthChartPalette palette;
  double from, to;

  hearth_chart_palette_init (&palette, FALSE);
  g_assert_true (hearth_timeline_chart_get_fit_range (chart, &from, &to));
  surface = render (chart, 1000, 420, from, to, &palette);
  dump (surface, "timeline-family.png");

  /* One lane per child and the household, stacked top to bottom without
   * overlapping, inside the chart. */
  frame = hearth_timeline_chart_get_frame (chart);
  g_assert_false (frame->empty);
  g_assert_cmpuint (frame->lanes->len, ==, 3);
  for (guint i = 0; i < frame->lanes->len; i++)
    {
      const HearthTimelineLaneArea *area = &g_array_index (frame->lanes, HearthTimelineLaneArea, i);

      g_assert_cmpuint (area->lane, ==, i);
      g_assert_cmpfloat (area->height, >, 20.0);
      g_assert_cmpfloat (area->marker_y, >, area->y);
      g_assert_cmpfloat (area->marker_y, <, area->y + area->height);
      if (i > 0)
        {
          const HearthTimelineLaneArea *above
              = &g_array_index (frame->lanes, HearthTimelineLaneArea, i - 1);

          g_assert_cmpfloat (fabs (above->y + above->height - area->y), <, 1e-6);
        }
    }
  g_assert_cmpfloat (frame->plot_top, >, 0.0);
  g_assert_cmpfloat (frame->plot_bottom, <, 420.0);

  /* Every event shows in every lane it concerns: the referral about both
   * children has a marker in lanes 0 and 1. */
  {
    gsize markers_per_lane[3] = { 0 }, events_per_lane[3] = { 0 };
    gsize n_events;
    const HearthTimelineEvent *events = hearth_timeline_data_get_events (data, &n_events);

    for (guint m = 0; m < frame->markers->len; m++)
      {
        const HearthTimelineMarker *marker
            = &g_array_index (frame->markers, HearthTimelineMarker, m);

        markers_per_lane[marker->lane] += marker->count;
      }
    for (gsize i = 0; i < n_events; i++)
      for (guint lane = 0; lane < 3; lane++)
        if ((events[i].lanes & LANE (lane)) != 0)
          events_per_lane[lane]++;
    for (guint lane = 0; lane < 3; lane++)
      g_assert_cmpuint (markers_per_lane[lane], ==, events_per_lane[lane]);
    g_assert_cmpuint (n_events, ==, frame->n_visible);
  }

  /* Showing one child leaves one lane. */
  filter.lanes = LANE (1);
  hearth_timeline_chart_set_filter (chart, &filter);
  g_clear_pointer (&surface, cairo_surface_destroy);
  surface = render (chart, 1000, 420, from, to, &palette);
  frame = hearth_timeline_chart_get_frame (chart);
  g_assert_cmpuint (frame->lanes->len, ==, 1);
  g_assert_cmpuint (g_array_index (frame->lanes, HearthTimelineLaneArea, 0).lane, ==, 1);
  for (guint m = 0; m < frame->markers->len; m++)
    g_assert_cmpuint (g_array_index (frame->markers, HearthTimelineMarker, m).lane, ==, 1);
}

/* A marker's pixels stand where its day maps to, worked out here from the
 * plot's edges, not from the scale under test. */
static void
test_marker_position (void)
{
  g_autoptr(HearthTimelineData) data = hearth_timeline_data_new ("Position");
  g_autoptr(HearthTimelineChart) chart = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  gint32 day = hearth_chart_day_from_ymd (2024, 5, 17);
  gint32 from = hearth_chart_day_from_ymd (2024, 5, 1);
  gint32 to = hearth_chart_day_from_ymd (2024, 6, 1);
  const HearthTimelineFrame *frame;
  const HearthTimelineLaneArea *area;
  const HearthChartColor *hue;
  HearthChartPalette palette;
  double expected_x;

  hearth_timeline_data_add_lane (data, "Bramble Oakfoot");
  add_event (data, day, HEARTH_TIMELINE_GROUP_SAFETY, 2, 0, LANE (0), "Police");
  chart = hearth_timeline_chart_new (data);

  hearth_chart_palette_init (&palette, FALSE);
  surface = render (chart, 800, 240, from, to, &palette);
  dump (surface, "timeline-position.png");
  frame = hearth_timeline_chart_get_frame (chart);
  area = &g_array_index (frame->lanes, HearthTimelineLaneArea, 0);

  expected_x
      = frame->scale.x0 + (day + 0.5 - from) * (frame->scale.x1 - frame->scale.x0) / (to - from);
  g_assert_cmpuint (frame->markers->len, ==, 1);
  g_assert_cmpfloat (fabs (g_array_index (frame->markers, HearthTimelineMarker, 0).x - expected_x),
                     <, 1e-6);

  /* A high-significance marker is filled with its group's hue (safety:
   * vermillion) at its centre, and the background is there a few radii
   * to either side. */
  hue = &palette.hues[hearth_timeline_group_get_hue (HEARTH_TIMELINE_GROUP_SAFETY)];
  g_assert_true (pixel_is_near (read_pixel (surface, expected_x, area->marker_y), hue, 8));
  g_assert_false (pixel_is_near (
      read_pixel (surface, expected_x - 4.0 * frame->marker_radius, area->marker_y), hue, 40));
  g_assert_false (pixel_is_near (
      read_pixel (surface, expected_x + 4.0 * frame->marker_radius, area->marker_y), hue, 40));

  /* The hit test finds it under the pointer, and nothing far from it. */
  g_assert_nonnull (hearth_timeline_chart_hit_test (chart, expected_x + 1.0, area->marker_y));
  g_assert_null (hearth_timeline_chart_hit_test (chart, expected_x + 60.0, area->marker_y));
  g_assert_null (hearth_timeline_chart_hit_test (chart, expected_x, area->y + 1.0));

  /* A low-significance marker is hollow: background at its centre, its
   * hue on its outline. */
  {
    g_autoptr(HearthTimelineData) hollow_data = hearth_timeline_data_new ("Hollow");
    g_autoptr(HearthTimelineChart) hollow = NULL;
    g_autoptr(cairo_surface_t) hollow_surface = NULL;

    hearth_timeline_data_add_lane (hollow_data, "Bramble Oakfoot");
    add_event (hollow_data, day, HEARTH_TIMELINE_GROUP_SAFETY, 0, 0, LANE (0), "Police");
    hollow = hearth_timeline_chart_new (hollow_data);
    hollow_surface = render (hollow, 800, 240, from, to, &palette);
    g_assert_true (pixel_is_near (read_pixel (hollow_surface, expected_x, area->marker_y),
                                  &palette.background, 8));
  }
}

static gboolean
rectangles_intersect (const HearthLabelPlacement *a,
                      const HearthLabelPlacement *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
test_labels_do_not_overlap (void)
{
  g_autoptr(HearthTimelineData) data = hearth_timeline_data_new ("Labels");
  g_autoptr(HearthTimelineChart) chart = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  const char *labels[]
      = { "A&E attendance", "Missed appointment", "School change", "Police", "Visit" };
  gint32 start = hearth_chart_day_from_ymd (2024, 1, 1);
  GRand *rand = g_rand_new_with_seed (42);
  const HearthTimelineFrame *frame;
  HearthChartPalette palette;
  guint n_placed_overall = 0;

  hearth_timeline_data_add_lane (data, "Testy McTestface");
  hearth_timeline_data_add_lane (data, "Household");
  for (guint i = 0; i < 120; i++)
    add_event (data, start + g_rand_int_range (rand, 0, 365), g_rand_int_range (rand, 0, 7),
               g_rand_int_range (rand, 0, 3), 0, LANE (g_rand_int_range (rand, 0, 2)),
               labels[g_rand_int_range (rand, 0, G_N_ELEMENTS (labels))]);
  g_rand_free (rand);
  chart = hearth_timeline_chart_new (data);
  hearth_chart_palette_init (&palette, FALSE);

  /* At several zooms: the whole year, a quarter and a month. */
  for (guint zoom = 0; zoom < 3; zoom++)
    {
      double span = zoom == 0 ? 366.0 : zoom == 1 ? 91.0 : 31.0;

      g_clear_pointer (&surface, cairo_surface_destroy);
      surface = render (chart, 1100, 360, start, start + span, &palette);
      if (zoom == 1)
        dump (surface, "timeline-labels.png");
      frame = hearth_timeline_chart_get_frame (chart);

      for (guint i = 0; i < frame->labels->len; i++)
        {
          const HearthTimelineLabel *a = &g_array_index (frame->labels, HearthTimelineLabel, i);

          g_assert_true (a->placement.placed);
          g_assert_cmpfloat (a->placement.x, >=, frame->scale.x0 - 1e-6);
          g_assert_cmpfloat (a->placement.x + a->placement.width, <=, frame->scale.x1 + 1e-6);
          g_assert_cmpfloat (a->placement.y, >=, frame->plot_top - 1e-6);
          for (guint j = i + 1; j < frame->labels->len; j++)
            {
              const HearthTimelineLabel *b = &g_array_index (frame->labels, HearthTimelineLabel, j);

              g_assert_false (rectangles_intersect (&a->placement, &b->placement));
            }
        }
      n_placed_overall += frame->labels->len;
    }

  /* Not vacuous: labels were placed. */
  g_assert_cmpuint (n_placed_overall, >, 10);
}

static void
test_cluster_counts (void)
{
  g_autoptr(HearthTimelineData) data = hearth_timeline_data_new ("Clusters");
  g_autoptr(HearthTimelineChart) chart = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  gint32 start = hearth_chart_day_from_ymd (2020, 1, 1);
  GRand *rand = g_rand_new_with_seed (7);
  const HearthTimelineFrame *frame;
  const HearthTimelineEvent *events;
  HearthChartPalette palette;
  gsize n_events, total = 0, expected = 0;
  guint n_clusters = 0;
  double from, to;

  hearth_timeline_data_add_lane (data, "Testy McTestface");
  hearth_timeline_data_add_lane (data, "Bramble Oakfoot");
  hearth_timeline_data_add_lane (data, "Household");
  for (guint i = 0; i < 2000; i++)
    add_event (data, start + g_rand_int_range (rand, 0, 5 * 365), g_rand_int_range (rand, 0, 8),
               g_rand_int_range (rand, 0, 3), 0, (guint64) g_rand_int_range (rand, 1, 8), "Event");
  g_rand_free (rand);
  chart = hearth_timeline_chart_new (data);
  hearth_chart_palette_init (&palette, FALSE);
  hearth_timeline_chart_get_fit_range (chart, &from, &to);
  surface = render (chart, 900, 300, from, to, &palette);
  dump (surface, "timeline-clusters.png");
  frame = hearth_timeline_chart_get_frame (chart);

  /* Each marker's count is the number of events it folds, counted one by
   * one; together they are every event of every lane. */
  for (guint m = 0; m < frame->markers->len; m++)
    {
      const HearthTimelineMarker *marker = &g_array_index (frame->markers, HearthTimelineMarker, m);

      g_assert_cmpuint (marker->count, ==, hearth_timeline_chart_count_marker (chart, marker));
      total += marker->count;
      if (marker->count > 1)
        n_clusters++;

      /* Markers of a lane keep their distance, so none hide another. */
      if (m > 0 && g_array_index (frame->markers, HearthTimelineMarker, m - 1).lane == marker->lane)
        g_assert_cmpfloat (marker->x
                               - g_array_index (frame->markers, HearthTimelineMarker, m - 1).x,
                           >=, frame->min_distance - 1e-9);
    }

  events = hearth_timeline_data_get_events (data, &n_events);
  for (gsize i = 0; i < n_events; i++)
    expected += (guint) __builtin_popcountll (events[i].lanes);
  g_assert_cmpuint (total, ==, expected);
  g_assert_cmpuint (n_clusters, >, 0);

  /* A cluster's tooltip says how many it folds. */
  for (guint m = 0; m < frame->markers->len; m++)
    {
      const HearthTimelineMarker *marker = &g_array_index (frame->markers, HearthTimelineMarker, m);
      g_autofree char *text = NULL;
      g_autofree char *count = NULL;

      if (marker->count < 2)
        continue;
      text = hearth_timeline_chart_dup_marker_text (chart, marker);
      count = g_strdup_printf ("%zu events", marker->count);
      g_assert_true (g_str_has_prefix (text, count));
      break;
    }
}

static void
test_empty (void)
{
  g_autoptr(HearthTimelineData) data = hearth_timeline_data_new ("The Oakfoot family");
  g_autoptr(HearthTimelineChart) chart = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autofree char *summary = NULL;
  const HearthTimelineFrame *frame;
  HearthChartPalette palette;
  guint n_ink = 0;
  double from, to;

  hearth_timeline_data_add_lane (data, "Bramble Oakfoot");
  hearth_timeline_data_add_lane (data, "Household");
  chart = hearth_timeline_chart_new (data);
  hearth_chart_palette_init (&palette, FALSE);

  g_assert_false (hearth_timeline_chart_get_fit_range (chart, &from, &to));
  surface = render (chart, 700, 300, from, to, &palette);
  dump (surface, "timeline-empty.png");
  frame = hearth_timeline_chart_get_frame (chart);

  /* An explained empty chart: no lanes or markers, but text in the middle
   * of the chart, not a blank. */
  g_assert_true (frame->empty);
  g_assert_cmpuint (frame->lanes->len, ==, 0);
  g_assert_cmpuint (frame->markers->len, ==, 0);
  for (int y = 110; y < 190; y++)
    for (int x = 100; x < 600; x++)
      if (!pixel_is_near (read_pixel (surface, x, y), &palette.background, 30))
        n_ink++;
  g_assert_cmpuint (n_ink, >, 200);

  summary = hearth_timeline_chart_dup_summary (chart);
  g_assert_nonnull (strstr (summary, "no events"));
}

static void
test_drift (void)
{
  g_autoptr(HearthTimelineData) data = hearth_timeline_data_new ("Drift");
  g_autoptr(HearthTimelineChart) chart = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autofree char *summary = NULL;
  gint32 start = hearth_chart_day_from_ymd (2024, 1, 1);
  const HearthTimelineFrame *frame;
  const HearthTimelineGapArea *gap;
  HearthChartPalette palette;
  Pixel inside, outside;

  hearth_timeline_data_add_lane (data, "Testy McTestface");
  add_event (data, start, HEARTH_TIMELINE_GROUP_INVOLVEMENT, 1, HEARTH_TIMELINE_EVENT_ACTION,
             LANE (0), "Visit");
  add_event (data, start + 30, HEARTH_TIMELINE_GROUP_INVOLVEMENT, 1, HEARTH_TIMELINE_EVENT_ACTION,
             LANE (0), "Visit");
  /* Events that are not actions do not end a stretch of drift. */
  add_event (data, start + 60, HEARTH_TIMELINE_GROUP_HEALTH, 2, 0, LANE (0), "A&E attendance");
  add_event (data, start + 150, HEARTH_TIMELINE_GROUP_INVOLVEMENT, 1, HEARTH_TIMELINE_EVENT_ACTION,
             LANE (0), "Visit");
  hearth_timeline_data_set_drift_threshold (data, 56);
  chart = hearth_timeline_chart_new (data);
  hearth_chart_palette_init (&palette, FALSE);

  surface = render (chart, 800, 260, start - 10, start + 170, &palette);
  dump (surface, "timeline-drift.png");
  frame = hearth_timeline_chart_get_frame (chart);

  g_assert_cmpuint (frame->gaps->len, ==, 1);
  gap = &g_array_index (frame->gaps, HearthTimelineGapArea, 0);
  g_assert_cmpint (gap->days.from, ==, start + 30);
  g_assert_cmpint (gap->days.to, ==, start + 150);
  g_assert_true (gap->label.placed);
  g_assert_cmpfloat (gap->label.y + gap->label.height, <=, frame->plot_top + 1e-6);

  /* Inside the gap the lane is tinted; before it, it is not. */
  inside = read_pixel (surface, hearth_time_scale_day_to_x (&frame->scale, start + 100.3),
                       frame->plot_top + 3.0);
  outside = read_pixel (surface, hearth_time_scale_day_to_x (&frame->scale, start + 15.3),
                        frame->plot_top + 3.0);
  g_assert_true (pixel_is_near (outside, &palette.background, 6));
  g_assert_false (pixel_is_near (inside, &palette.background, 6));

  summary = hearth_timeline_chart_dup_summary (chart);
  g_assert_nonnull (strstr (summary, "17 weeks"));
}

static void
test_groups_filter_and_dark (void)
{
  g_autoptr(HearthTimelineData) data = make_family ();
  g_autoptr(HearthTimelineChart) chart = hearth_timeline_chart_new (data);
  g_autoptr(cairo_surface_t) surface = NULL;
  HearthTimelineFilter filter = HEARTH_TIMELINE_FILTER_ALL;
  const HearthTimelineFrame *frame;
  HearthChartPalette palette;
  double from, to;

  hearth_chart_palette_init (&palette, TRUE);
  filter.lanes = LANE (0) | LANE (1) | LANE (2);
  filter.groups = 1u << HEARTH_TIMELINE_GROUP_ASSESSMENT;
  hearth_timeline_chart_set_filter (chart, &filter);
  hearth_timeline_chart_get_fit_range (chart, &from, &to);
  surface = render (chart, 900, 380, from, to, &palette);
  dump (surface, "timeline-dark-assessments.png");
  frame = hearth_timeline_chart_get_frame (chart);

  g_assert_cmpuint (frame->markers->len, ==, 3);
  for (guint m = 0; m < frame->markers->len; m++)
    g_assert_cmpuint (g_array_index (frame->markers, HearthTimelineMarker, m).group, ==,
                      HEARTH_TIMELINE_GROUP_ASSESSMENT);

  /* The dark palette paints a dark background. */
  g_assert_true (pixel_is_near (read_pixel (surface, 2, 2), &palette.background, 2));
  g_assert_cmpfloat (hearth_chart_color_get_luminance (&palette.background), <, 0.05);
}

/* The same frame drawn into a PDF: vector surfaces take the same path. */
static void
test_vector_surface (void)
{
  g_autoptr(HearthTimelineData) data = make_family ();
  g_autoptr(HearthTimelineChart) chart = hearth_timeline_chart_new (data);
  g_autoptr(cairo_surface_t) surface = NULL;
  HearthChartPalette palette;
  cairo_t *cr;
  double from, to;

  hearth_chart_palette_init (&palette, FALSE);
  hearth_timeline_chart_get_fit_range (chart, &from, &to);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  hearth_timeline_chart_draw (chart, cr, 842, 595, from, to, &palette);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpuint (hearth_timeline_chart_get_frame (chart)->lanes->len, ==, 3);
  g_assert_cmpuint (hearth_timeline_chart_get_frame (chart)->markers->len, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/timeline-chart/lanes", test_lanes);
  g_test_add_func ("/charts/timeline-chart/marker-position", test_marker_position);
  g_test_add_func ("/charts/timeline-chart/labels-do-not-overlap", test_labels_do_not_overlap);
  g_test_add_func ("/charts/timeline-chart/cluster-counts", test_cluster_counts);
  g_test_add_func ("/charts/timeline-chart/empty", test_empty);
  g_test_add_func ("/charts/timeline-chart/drift", test_drift);
  g_test_add_func ("/charts/timeline-chart/groups-filter-and-dark", test_groups_filter_and_dark);
  g_test_add_func ("/charts/timeline-chart/vector-surface", test_vector_surface);

  return g_test_run ();
}
