/* test-ui-charts.c — the timeline and comparison widgets and the charts page
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

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "charts/hearth-chart-draw.h"
#include "charts/hearth-chart-export.h"
#include "widgets/hearth-comparison-view.h"
#include "widgets/hearth-timeline-view.h"
#include "windows/hearth-charts-page.h"

#include "hearth-gui-test.h"
#include "hearth-test-chart-family.h"
#include "hearth-test-tmpdir.h"

#define LANE(i) (G_GUINT64_CONSTANT (1) << (i))

typedef struct
{
  guint  from;
  guint  to;
  guint  lanes;
  guint  activated;
  gint64 activated_id;
  int    activated_kind;
} Counts;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Counts     *counts)
{
  if (g_str_equal (pspec->name, "from"))
    counts->from++;
  else if (g_str_equal (pspec->name, "to"))
    counts->to++;
  else if (g_str_equal (pspec->name, "lanes"))
    counts->lanes++;
}

static void
event_activated_cb (GObject *view,
                    gint64   id,
                    int      kind,
                    Counts  *counts)
{
  counts->activated++;
  counts->activated_id = id;
  counts->activated_kind = kind;
}

/* A fictional family: two children and the household, and a dense run of
 * visits that folds into a cluster when the whole history shows. */
static HearthTimelineData *
make_timeline (void)
{
  HearthTimelineData *data = hearth_timeline_data_new ("The McTestface family");
  gint32 start = hearth_chart_day_from_ymd (2023, 1, 2);

  hearth_timeline_data_add_lane (data, "Testy McTestface");
  hearth_timeline_data_add_lane (data, "Bramble McTestface");
  hearth_timeline_data_add_lane (data, "Household");
  for (guint i = 0; i < 12; i++)
    {
      HearthTimelineEvent event = { start + (gint32) i * 60, (guint8) (i % 7), (guint8) (i % 3),
                                    HEARTH_TIMELINE_EVENT_ACTION, LANE (i % 3) };

      hearth_timeline_data_add_event (data, &event, HEARTH_TIMELINE_ITEM_EVENT, 100 + i, "Visit",
                                      "A made-up summary.");
    }
  for (guint i = 0; i < 5; i++)
    {
      HearthTimelineEvent event
          = { start + 400 + (gint32) i, HEARTH_TIMELINE_GROUP_HEALTH, 2, 0, LANE (0) };

      hearth_timeline_data_add_event (data, &event, HEARTH_TIMELINE_ITEM_EVENT, 200 + i,
                                      "A&E attendance", NULL);
    }
  return data;
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return GTK_EVENT_CONTROLLER (controller);
    }
  g_assert_not_reached ();
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_KEY), "key-pressed",
                         keyval, 0, 0, &handled);
  return handled;
}

static void
test_timeline_view (void)
{
  g_autoptr(HearthTimelineData) data = make_timeline ();
  HearthTimelineView *view = HEARTH_TIMELINE_VIEW (hearth_timeline_view_new ());
  GtkWidget *window = gtk_window_new ();
  const HearthTimelineFrame *frame;
  const HearthTimelineMarker *single = NULL, *cluster = NULL;
  HearthTimelineChart *chart;
  Counts counts = { 0 };
  double from, to, fit_from, fit_to, anchor_day, new_from, new_to;
  gboolean handled = FALSE;

  g_object_ref (view);
  g_signal_connect (view, "notify", G_CALLBACK (notify_cb), &counts);
  g_signal_connect (view, "event-activated", G_CALLBACK (event_activated_cb), &counts);
  hearth_timeline_view_set_data (view, data);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 420);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  g_object_unref (hearth_gui_test_screenshot (GTK_WINDOW (window), "timeline-view.png"));

  /* An image to assistive technologies, with a summary of the data. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG);
  {
    g_autofree char *summary
        = hearth_timeline_chart_dup_summary (hearth_timeline_view_get_chart (view));

    g_assert_true (g_str_has_prefix (summary, "Chronology timeline of 17 entries in 3 lanes"));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                         summary);
  }

  /* It opened on "fit all", and drew every lane. */
  chart = hearth_timeline_view_get_chart (view);
  hearth_timeline_chart_get_fit_range (chart, &fit_from, &fit_to);
  hearth_timeline_view_get_window (view, &from, &to);
  g_assert_cmpfloat (from, ==, fit_from);
  g_assert_cmpfloat (to, ==, fit_to);
  frame = hearth_timeline_chart_get_frame (chart);
  g_assert_cmpuint (frame->lanes->len, ==, 3);
  g_assert_cmpfloat (frame->width, ==, gtk_widget_get_width (GTK_WIDGET (view)));

  /* Keyboard: + zooms in around the middle, - out, arrows pan, Home fits
   * all; each change notifies "from" and "to" once. */
  counts.from = counts.to = 0;
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_plus));
  hearth_timeline_view_get_window (view, &new_from, &new_to);
  g_assert_cmpfloat (fabs ((to - from) / (new_to - new_from) - 1.5), <, 1e-9);
  g_assert_cmpuint (counts.from, ==, 1);
  g_assert_cmpuint (counts.to, ==, 1);
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_minus));
  hearth_timeline_view_get_window (view, &new_from, &new_to);
  g_assert_cmpfloat (fabs ((new_to - new_from) - (to - from)), <, 1e-6);
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Left));
  hearth_timeline_view_get_window (view, &new_from, NULL);
  g_assert_cmpfloat (new_from, <, from);
  g_assert_true (press_key (GTK_WIDGET (view), GDK_KEY_Home));
  hearth_timeline_view_get_window (view, &new_from, &new_to);
  g_assert_cmpfloat (new_from, ==, fit_from);
  g_assert_false (press_key (GTK_WIDGET (view), GDK_KEY_a));

  /* Scrolling zooms around the pointer: the day under it stays there. */
  {
    HearthTimeScale scale = frame->scale;
    double x = scale.x0 + (scale.x1 - scale.x0) * 0.3;

    anchor_day = hearth_time_scale_x_to_day (&scale, x);
    g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION),
                           "motion", x, 50.0);
    g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_SCROLL),
                           "scroll", 0.0, -2.0, &handled);
    g_assert_true (handled);
    hearth_timeline_view_get_window (view, &new_from, &new_to);
    g_assert_cmpfloat (new_to - new_from, <, fit_to - fit_from);
    hearth_time_scale_init (&scale, new_from, new_to, scale.x0, scale.x1);
    g_assert_cmpfloat (fabs (hearth_time_scale_x_to_day (&scale, x) - anchor_day), <, 1e-6);
  }

  /* Dragging to the right brings earlier days in, by the distance dragged. */
  hearth_timeline_view_fit_all (view);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  {
    GtkEventController *drag = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_DRAG);
    double per_pixel = (fit_to - fit_from) / (frame->scale.x1 - frame->scale.x0);

    g_signal_emit_by_name (drag, "drag-begin", 300.0, 100.0);
    g_signal_emit_by_name (drag, "drag-update", 120.0, 5.0);
    hearth_timeline_view_get_window (view, &new_from, &new_to);
    g_assert_cmpfloat (fabs (new_from - (fit_from - 120.0 * per_pixel)), <, 1e-6);
    g_assert_cmpfloat (fabs ((new_to - new_from) - (fit_to - fit_from)), <, 1e-6);
    g_signal_emit_by_name (drag, "drag-end", 120.0, 5.0);
  }

  /* Clicking a single marker opens its event; clicking a cluster zooms
   * into its days. */
  hearth_timeline_view_fit_all (view);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  g_signal_emit_by_name (find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_DRAG), "drag-begin",
                         0.0, 0.0);
  for (guint m = 0; m < frame->markers->len; m++)
    {
      const HearthTimelineMarker *marker = &g_array_index (frame->markers, HearthTimelineMarker, m);

      if (marker->count == 1 && single == NULL)
        single = marker;
      else if (marker->count > 1 && cluster == NULL)
        cluster = marker;
    }
  g_assert_nonnull (single);
  g_assert_nonnull (cluster);
  {
    const HearthTimelineLaneArea *area = NULL;
    GtkEventController *click = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK);
    gint64 expected_id = hearth_timeline_data_get_item (data, single->first)->id;
    gint32 cluster_first = cluster->first_day, cluster_last = cluster->last_day;
    double cluster_x = cluster->x, cluster_y = 0;

    for (guint i = 0; i < frame->lanes->len; i++)
      if (g_array_index (frame->lanes, HearthTimelineLaneArea, i).lane == single->lane)
        area = &g_array_index (frame->lanes, HearthTimelineLaneArea, i);
    g_assert_nonnull (area);
    g_signal_emit_by_name (click, "released", 1, single->x, area->marker_y);
    g_assert_cmpuint (counts.activated, ==, 1);
    g_assert_cmpint (counts.activated_id, ==, expected_id);
    g_assert_cmpint (counts.activated_kind, ==, HEARTH_TIMELINE_ITEM_EVENT);

    for (guint i = 0; i < frame->lanes->len; i++)
      if (g_array_index (frame->lanes, HearthTimelineLaneArea, i).lane == cluster->lane)
        cluster_y = g_array_index (frame->lanes, HearthTimelineLaneArea, i).marker_y;
    g_signal_emit_by_name (click, "released", 1, cluster_x, cluster_y);
    g_assert_cmpuint (counts.activated, ==, 1);
    hearth_timeline_view_get_window (view, &new_from, &new_to);
    g_assert_cmpfloat (new_from, <=, cluster_first);
    g_assert_cmpfloat (new_to, >=, cluster_last + 1.0);
    g_assert_cmpfloat (new_to - new_from, <, (fit_to - fit_from) / 4.0);
  }

  /* Filters: one child's lane; notifies once, and the next frame has one
   * lane. */
  counts.lanes = 0;
  hearth_timeline_view_set_lanes (view, LANE (1));
  hearth_timeline_view_set_lanes (view, LANE (1));
  g_assert_cmpuint (counts.lanes, ==, 1);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  g_assert_cmpuint (frame->lanes->len, ==, 1);

  /* A period filters the days and fits the window to it. */
  hearth_timeline_view_set_lanes (view, G_MAXUINT64);
  hearth_timeline_view_set_period (view, hearth_chart_day_from_ymd (2023, 3, 1),
                                   hearth_chart_day_from_ymd (2023, 6, 30));
  hearth_timeline_view_get_window (view, &new_from, &new_to);
  g_assert_cmpfloat (new_from, >=, hearth_chart_day_from_ymd (2023, 3, 1) - 10);
  g_assert_cmpfloat (new_to, <=, hearth_chart_day_from_ymd (2023, 7, 1) + 10);

  /* Theme colours are read again when the style changes: dark follows. */
  {
    AdwStyleManager *manager = adw_style_manager_get_default ();
    g_autoptr(GdkTexture) light = NULL;
    g_autoptr(GdkTexture) dark = NULL;

    hearth_gui_test_show_and_wait (GTK_WINDOW (window));
    light = hearth_gui_test_screenshot (GTK_WINDOW (window), "timeline-view-light.png");

    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
    hearth_gui_test_show_and_wait (GTK_WINDOW (window));
    dark = hearth_gui_test_screenshot (GTK_WINDOW (window), "timeline-view-dark.png");
    g_assert_cmpfloat (hearth_gui_test_mean_luminance (light), >, 0.7);
    g_assert_cmpfloat (hearth_gui_test_mean_luminance (dark), <, 0.3);
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

static void
test_comparison_view (void)
{
  g_autoptr(HearthComparisonData) data
      = hearth_comparison_data_new ("Neglect screening", 1, 5, TRUE);
  HearthComparisonView *view
      = HEARTH_COMPARISON_VIEW (hearth_comparison_view_new (HEARTH_COMPARISON_SIBLINGS));
  GtkWidget *window = gtk_window_new ();
  HearthChartValue scored = { HEARTH_CHART_VALUE_SCORED, 3.0, 3 };
  HearthChartValue unknown = { HEARTH_CHART_VALUE_INSUFFICIENT, NAN, 0 };
  g_autofree char *summary = NULL;

  hearth_comparison_data_add_category (data, "Physical");
  hearth_comparison_data_add_category (data, "Emotional");
  hearth_comparison_data_add_series (data, "Bramble Oakfoot");
  hearth_comparison_data_add_point (data, 0, hearth_chart_day_from_ymd (2024, 4, 2));
  hearth_comparison_data_set_value (data, 0, 0, 0, &scored);
  hearth_comparison_data_set_value (data, 0, 0, 1, &unknown);

  g_object_ref (view);
  hearth_comparison_view_set_data (view, data);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG);
  summary = hearth_comparison_chart_dup_summary (HEARTH_COMPARISON_SIBLINGS, data);
  g_assert_nonnull (strstr (summary, "Emotional insufficient information"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       summary);

  /* Drawn from snapshot: a bar and a column of insufficient information. */
  g_assert_cmpuint (hearth_comparison_view_get_marks (view)->len, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (view);
}

/* The first widget of @type under @widget, with @icon_name if given. */
static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *icon_name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && (icon_name == NULL
          || g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_charts_page (void)
{
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "hearth.db", NULL);
  g_autofree char *extra = g_build_filename (dir, "instruments", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *jpg = g_build_filename (dir, "chart.jpg", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (db, &error);
  g_autoptr(HearthInstrumentRegistry) registry = hearth_instrument_registry_new (extra, &error);
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(cairo_surface_t) image = NULL;
  HearthChartsPage *page = HEARTH_CHARTS_PAGE (hearth_charts_page_new ());
  GtkWidget *window = gtk_window_new ();
  HearthTestChartFamily filled;
  HearthTimelineView *timeline;
  GtkListBox *events_list;
  GtkToggleButton *toggle;
  Counts counts = { 0 };
  gsize n_events;
  guint n_rows = 0;

  g_assert_no_error (error);
  hearth_test_chart_fill (store, registry, &filled);
  family = hearth_store_load_family (store, filled.family_id, &error);
  g_assert_no_error (error);

  g_object_ref (page);
  g_signal_connect (page, "event-activated", G_CALLBACK (event_activated_cb), &counts);
  hearth_charts_page_set_sources (page, store, registry, NULL);
  hearth_charts_page_set_family (page, family);
  hearth_charts_page_reload (page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 640);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  g_object_unref (hearth_gui_test_screenshot (GTK_WINDOW (window), "charts-page.png"));

  /* The timeline shows the family's chronology. */
  timeline
      = HEARTH_TIMELINE_VIEW (find_descendant (GTK_WIDGET (page), HEARTH_TYPE_TIMELINE_VIEW, NULL));
  g_assert_nonnull (timeline);
  g_assert_true (hearth_timeline_view_get_data (timeline)
                 == hearth_chart_set_get_timeline (hearth_charts_page_get_chart_set (page)));
  hearth_timeline_data_get_events (hearth_timeline_view_get_data (timeline), &n_events);
  g_assert_cmpuint (n_events, ==,
                    filled.n_events + filled.n_visits_unrecorded + filled.n_final_assessments);

  /* The same entries as text, one row each, in time order; activating one
   * asks for it to open. */
  toggle = GTK_TOGGLE_BUTTON (
      find_descendant (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON, "view-list-symbolic"));
  gtk_toggle_button_set_active (toggle, TRUE);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  events_list = GTK_LIST_BOX (find_descendant (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (events_list)));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (events_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n_rows += GTK_IS_LIST_BOX_ROW (row);
  g_assert_cmpuint (n_rows, ==, n_events);
  g_signal_emit_by_name (events_list, "row-activated",
                         gtk_list_box_get_row_at_index (events_list, 0));
  g_assert_cmpuint (counts.activated, ==, 1);
  g_assert_cmpint (counts.activated_id, ==,
                   hearth_timeline_data_get_item (hearth_timeline_view_get_data (timeline), 0)->id);
  gtk_toggle_button_set_active (toggle, FALSE);

  /* Export what is on show; the format follows the name. */
  g_assert_true (hearth_charts_page_export (page, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 700);
  g_assert_true (hearth_charts_page_export (page, pdf, &error));
  g_assert_no_error (error);
  g_assert_false (hearth_charts_page_export (page, jpg, &error));
  g_assert_error (error, HEARTH_CHART_ERROR, HEARTH_CHART_ERROR_FORMAT);
  g_assert_false (g_file_test (jpg, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);
  hearth_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/charts/timeline-view", test_timeline_view);
  g_test_add_func ("/ui/charts/comparison-view", test_comparison_view);
  g_test_add_func ("/ui/charts/charts-page", test_charts_page);

  return g_test_run ();
}
