/* test-charts-data.c — a stored family becomes the charts' data
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

#include "charts/data/hearth-chart-set.h"
#include "charts/hearth-timeline-chart.h"
#include "core/hearth-scoring.h"

#include "hearth-test-chart-family.h"
#include "hearth-test-tmpdir.h"

typedef struct
{
  char                     *dir;
  HearthStore              *store;
  HearthInstrumentRegistry *registry;
  HearthTestChartFamily     family;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *extra = NULL;

  fixture->dir = hearth_test_make_tmpdir ();
  path = g_build_filename (fixture->dir, "hearth.db", NULL);
  extra = g_build_filename (fixture->dir, "instruments", NULL);
  fixture->store = hearth_store_open (path, &error);
  g_assert_no_error (error);
  fixture->registry = hearth_instrument_registry_new (extra, &error);
  g_assert_no_error (error);
  hearth_test_chart_fill (fixture->store, fixture->registry, &fixture->family);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->registry);
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static HearthChartSet *
load (Fixture *fixture,
      gint64   family_id,
      gint32   first_day,
      gint32   last_day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) family = hearth_store_load_family (fixture->store, family_id, &error);
  HearthChartSetOptions options;
  HearthChartSet *set;

  g_assert_no_error (error);
  hearth_chart_set_options_init (&options);
  options.registry = fixture->registry;
  options.today = hearth_chart_day_from_ymd (2024, 12, 1);
  options.first_day = first_day;
  options.last_day = last_day;
  set = hearth_chart_set_load (fixture->store, family, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (set);
  return set;
}

static guint
find_lane (HearthTimelineData *timeline,
           const char         *label)
{
  for (guint lane = 0; lane < hearth_timeline_data_get_n_lanes (timeline); lane++)
    if (g_str_equal (hearth_timeline_data_get_lane_label (timeline, lane), label))
      return lane;
  g_assert_not_reached ();
}

static gint32
day_of (const char *date)
{
  GDate gdate;

  g_date_set_parse (&gdate, date);
  g_assert_true (g_date_valid (&gdate));
  return hearth_chart_day_from_date (&gdate);
}

static void
test_timeline (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(HearthChartSet) set = load (fixture, fixture->family.family_id, HEARTH_CHART_DAY_NONE,
                                        HEARTH_CHART_DAY_NONE);
  HearthTimelineData *timeline = hearth_chart_set_get_timeline (set);
  const HearthTimelineEvent *events;
  const HearthTimelinePeriod *periods;
  guint testy, bramble, household, n_visits = 0, n_assessments = 0;
  gsize n_events, n_periods;

  /* A lane per child (adults have none) and the household. */
  g_assert_cmpuint (hearth_timeline_data_get_n_lanes (timeline), ==, 3);
  testy = find_lane (timeline, "Testy McTestface");
  bramble = find_lane (timeline, "Bramble McTestface");
  household = find_lane (timeline, "Household");

  /* Every chronology event, the visits no event records, the finalised
   * assessments; drafts and duplicates left out. */
  events = hearth_timeline_data_get_events (timeline, &n_events);
  g_assert_cmpuint (n_events, ==, fixture->family.n_events + fixture->family.n_visits_unrecorded
                                  + fixture->family.n_final_assessments);

  for (gsize i = 0; i < n_events; i++)
    {
      const HearthTimelineItem *item = hearth_timeline_data_get_item (timeline, i);

      g_assert_true (i == 0 || events[i - 1].day <= events[i].day);
      if (item->kind == HEARTH_TIMELINE_ITEM_VISIT)
        {
          n_visits++;
          g_assert_true (events[i].flags & HEARTH_TIMELINE_EVENT_ACTION);
        }
      else if (item->kind == HEARTH_TIMELINE_ITEM_ASSESSMENT)
        {
          g_autoptr(HearthAssessment) assessment = NULL;
          g_autoptr(HearthInstrument) instrument = NULL;
          g_autoptr(HearthScore) score = NULL;
          g_autoptr(GError) error = NULL;
          int age = -1;

          n_assessments++;
          g_assert_cmpuint (events[i].group, ==, HEARTH_TIMELINE_GROUP_ASSESSMENT);

          /* The marker carries the level the assessment's score suggests,
           * scored here on its own. */
          assessment = hearth_store_load_assessment (fixture->store, item->id, &error);
          g_assert_no_error (error);
          instrument = hearth_instrument_registry_lookup (fixture->registry,
                                                          assessment->instrument_id, 0, &error);
          g_assert_no_error (error);
          if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD)
            {
              g_autoptr(HearthPerson) child
                  = hearth_store_load_person (fixture->store, assessment->child_id, &error);
              g_autofree char *date = NULL;
              GDate gdate;

              hearth_chart_day_to_date (events[i].day, &gdate);
              date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&gdate),
                                      g_date_get_month (&gdate), g_date_get_day (&gdate));
              g_assert_true (hearth_person_get_age_at (child, date, &age));
              g_assert_cmpuint (events[i].lanes, ==,
                                G_GUINT64_CONSTANT (1)
                                    << (child->id == fixture->family.testy_id ? testy : bramble));
            }
          else
            g_assert_cmpuint (events[i].lanes, ==, G_GUINT64_CONSTANT (1) << household);
          score = hearth_score_compute (instrument, assessment->responses, age, &error);
          g_assert_no_error (error);
          g_assert_cmpint (events[i].significance, ==, hearth_score_get_suggested_level (score));
        }
    }
  g_assert_cmpuint (n_visits, ==, fixture->family.n_visits_unrecorded);
  g_assert_cmpuint (n_assessments, ==, fixture->family.n_final_assessments);

  /* The referral concerns both children: one event, two lanes. */
  g_assert_cmpint (events[0].day, ==, day_of ("2023-01-16"));
  g_assert_cmpuint (events[0].lanes, ==,
                    (G_GUINT64_CONSTANT (1) << testy) | (G_GUINT64_CONSTANT (1) << bramble));
  g_assert_true (events[0].flags & HEARTH_TIMELINE_EVENT_ACTION);

  /* A child protection plan for Testy, early help for Bramble still open. */
  periods = hearth_timeline_data_get_periods (timeline, &n_periods);
  g_assert_cmpuint (n_periods, ==, 2);
  for (gsize i = 0; i < n_periods; i++)
    {
      if (hearth_timeline_data_get_period_kind (timeline, i) == HEARTH_PERIOD_KIND_CHILD_PROTECTION)
        {
          g_assert_cmpuint (periods[i].lanes, ==, G_GUINT64_CONSTANT (1) << testy);
          g_assert_cmpint (periods[i].first_day, ==, day_of ("2023-06-01"));
          g_assert_cmpint (periods[i].last_day, ==, day_of ("2024-02-15"));
        }
      else
        {
          g_assert_cmpint (hearth_timeline_data_get_period_kind (timeline, i), ==,
                           HEARTH_PERIOD_KIND_EARLY_HELP);
          g_assert_cmpuint (periods[i].lanes, ==, G_GUINT64_CONSTANT (1) << bramble);
          g_assert_cmpint (periods[i].last_day, ==, HEARTH_CHART_DAY_NONE);
        }
    }

  /* Between the visit of 20 June 2023 and that of 8 January 2024 nothing
   * was done: the chart shows possible drift there. */
  {
    g_autoptr(HearthTimelineChart) chart = hearth_timeline_chart_new (timeline);
    g_autoptr(cairo_surface_t) surface
        = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 400);
    g_autoptr(cairo_t) cr = cairo_create (surface);
    const HearthTimelineFrame *frame;
    HearthChartPalette palette;
    gboolean found = FALSE;
    double from, to;

    hearth_chart_palette_init (&palette, FALSE);
    g_assert_true (hearth_timeline_chart_get_fit_range (chart, &from, &to));
    hearth_timeline_chart_draw (chart, cr, 1000, 400, from, to, &palette);
    frame = hearth_timeline_chart_get_frame (chart);
    for (guint i = 0; i < frame->gaps->len; i++)
      {
        const HearthTimelineGapArea *gap = &g_array_index (frame->gaps, HearthTimelineGapArea, i);

        if (gap->days.from == day_of ("2023-06-20") && gap->days.to == day_of ("2024-01-08"))
          found = TRUE;
      }
    g_assert_true (found);
  }
}

static void
test_comparison (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(HearthChartSet) set = load (fixture, fixture->family.family_id, HEARTH_CHART_DAY_NONE,
                                        HEARTH_CHART_DAY_NONE);
  g_autoptr(HearthChartSet) recent
      = load (fixture, fixture->family.family_id, day_of ("2024-01-01"), HEARTH_CHART_DAY_NONE);
  HearthComparisonData *screening
      = hearth_chart_set_get_comparison (set, HEARTH_COMPARISON_SIBLINGS);
  HearthComparisonData *home = hearth_chart_set_get_comparison (set, HEARTH_COMPARISON_HOME);
  g_autoptr(HearthInstrument) home_instrument = NULL;
  guint bramble = G_MAXUINT, n_not_seen = 0;

  /* The four categories of neglect, a series per child, a point per
   * finalised screening. */
  g_assert_true (screening == hearth_chart_set_get_comparison (set, HEARTH_COMPARISON_PROGRESS));
  g_assert_cmpuint (hearth_comparison_data_get_n_categories (screening), ==, 4);
  g_assert_cmpuint (hearth_comparison_data_get_n_series (screening), ==, 2);
  for (guint s = 0; s < 2; s++)
    {
      g_assert_cmpuint (hearth_comparison_data_get_n_points (screening, s), ==, 2);
      if (g_str_equal (hearth_comparison_data_get_series_label (screening, s),
                       "Bramble McTestface"))
        bramble = s;
    }
  g_assert_cmpuint (bramble, <, 2);
  g_assert_cmpint (hearth_comparison_data_get_point_day (screening, bramble, 0), ==,
                   day_of ("2023-06-20"));
  g_assert_cmpint (hearth_comparison_data_get_point_day (screening, bramble, 1), ==,
                   day_of ("2024-09-10"));

  /* Bramble's latest screening left emotional neglect "not known":
   * insufficient information, not a score; the other categories scored
   * within the scale, with a level. */
  for (guint c = 0; c < 4; c++)
    {
      const HearthChartValue *value = hearth_comparison_data_get_value (screening, bramble, 1, c);

      if (g_str_equal (hearth_comparison_data_get_category_label (screening, c),
                       "Emotional neglect"))
        {
          g_assert_cmpint (value->state, ==, HEARTH_CHART_VALUE_INSUFFICIENT);
          g_assert_cmpint (value->level, ==, 0);
        }
      else
        {
          g_assert_cmpint (value->state, ==, HEARTH_CHART_VALUE_SCORED);
          g_assert_cmpfloat (value->value, >=, 1.0);
          g_assert_cmpfloat (value->value, <=, 5.0);
          g_assert_cmpint (value->level, >=, 1);
        }
    }

  /* Home conditions: every item by date, "not seen" where it was. */
  home_instrument
      = hearth_instrument_registry_lookup (fixture->registry, "home-conditions", 0, NULL);
  g_assert_cmpuint (hearth_comparison_data_get_n_categories (home), ==,
                    hearth_instrument_get_n_items (home_instrument));
  g_assert_cmpuint (hearth_comparison_data_get_n_series (home), ==, 1);
  g_assert_cmpuint (hearth_comparison_data_get_n_points (home, 0), ==, 3);
  for (guint p = 0; p < 3; p++)
    for (guint c = 0; c < hearth_comparison_data_get_n_categories (home); c++)
      {
        const HearthChartValue *value = hearth_comparison_data_get_value (home, 0, p, c);

        if (p == 1 && c % 5 == 1)
          {
            g_assert_cmpint (value->state, ==, HEARTH_CHART_VALUE_NOT_SEEN);
            n_not_seen++;
          }
        else
          g_assert_cmpint (value->state, ==, HEARTH_CHART_VALUE_SCORED);
      }
  g_assert_cmpuint (n_not_seen, >, 0);

  /* A period leaves out the assessments outside it. */
  g_assert_cmpuint (
      hearth_comparison_data_get_n_points (
          hearth_chart_set_get_comparison (recent, HEARTH_COMPARISON_SIBLINGS), bramble),
      ==, 1);
  g_assert_cmpuint (hearth_comparison_data_get_n_points (
                        hearth_chart_set_get_comparison (recent, HEARTH_COMPARISON_HOME), 0),
                    ==, 2);
}

static void
test_empty_family (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(HearthChartSet) set = load (fixture, fixture->family.empty_family_id,
                                         HEARTH_CHART_DAY_NONE, HEARTH_CHART_DAY_NONE);
  HearthTimelineData *timeline = hearth_chart_set_get_timeline (set);
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 300);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  HearthChartPalette palette;
  gsize n_events;

  /* No children: the household lane alone, no events, and charts drawn
   * as explained empty charts. */
  g_assert_cmpuint (hearth_timeline_data_get_n_lanes (timeline), ==, 1);
  hearth_timeline_data_get_events (timeline, &n_events);
  g_assert_cmpuint (n_events, ==, 0);

  hearth_chart_palette_init (&palette, FALSE);
  g_assert_false (hearth_comparison_chart_draw (
      HEARTH_COMPARISON_SIBLINGS, hearth_chart_set_get_comparison (set, HEARTH_COMPARISON_SIBLINGS),
      cr, 600, 300, &palette, NULL));
  g_assert_false (hearth_comparison_chart_draw (
      HEARTH_COMPARISON_HOME, hearth_chart_set_get_comparison (set, HEARTH_COMPARISON_HOME), cr,
      600, 300, &palette, NULL));
}

int
main (int    argc,
      char **argv)
{
  /* Visits are stored as moments; the charts place them on local days. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/charts/data/timeline", Fixture, NULL, fixture_set_up, test_timeline,
              fixture_tear_down);
  g_test_add ("/charts/data/comparison", Fixture, NULL, fixture_set_up, test_comparison,
              fixture_tear_down);
  g_test_add ("/charts/data/empty-family", Fixture, NULL, fixture_set_up, test_empty_family,
              fixture_tear_down);

  return g_test_run ();
}
