/* hearth-test-chart-family.h
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

#include "core/hearth-instrument-registry.h"
#include "store/hearth-store.h"

G_BEGIN_DECLS

/* A fictional family for the chart tests, stored through the store's
 * public API: two children and two adults, a chronology over two years,
 * visits (one recorded by a chronology event), two periods, finalised and
 * draft neglect screenings (one with a category left "not known") and
 * home conditions assessments with areas not seen. Header-only, like
 * hearth-test-tmpdir.h. Visits are at 10:00 UTC: run with TZ=UTC. */

#define HEARTH_TEST_CHART_REFERENCE "HTC-2023-0001"
#define HEARTH_TEST_CHART_EMPTY_REFERENCE "HTC-2023-0002"

typedef struct
{
  gint64 family_id;
  gint64 empty_family_id;
  gint64 testy_id;
  gint64 bramble_id;
  guint  n_events;
  guint  n_visits_unrecorded;
  guint  n_final_assessments;
} HearthTestChartFamily;

static inline gint64
hearth_test_chart_visit_time (const char *date)
{
  g_autofree char *text = g_strdup_printf ("%sT10:00:00Z", date);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}

static inline HearthEvent *
hearth_test_chart_add_event (HearthStore         *store,
                             gint64               family_id,
                             const char          *date,
                             HearthEventCategory  category,
                             HearthSignificance   significance,
                             gint64               child_a,
                             gint64               child_b,
                             gint64               visit_id)
{
  g_autoptr(GError) error = NULL;
  HearthEvent *event = hearth_event_new (family_id, date, category, "Children's services",
                                         "Something made up for a test.");

  event->significance = significance;
  event->visit_id = visit_id;
  if (child_a != 0)
    hearth_event_add_child (event, child_a);
  if (child_b != 0)
    hearth_event_add_child (event, child_b);
  g_assert_true (hearth_store_save_event (store, event, &error));
  g_assert_no_error (error);
  return event;
}

/* Rates every item of @instrument: each item's level follows from its
 * index and @seed; items of @unknown_category (if any) are "not known",
 * and every @not_seen_every-th item too (0 for none). */
static inline void
hearth_test_chart_rate (HearthAssessment *assessment,
                        HearthInstrument *instrument,
                        guint             seed,
                        const char       *unknown_category,
                        guint             not_seen_every)
{
  guint n_levels = hearth_instrument_get_n_levels (instrument);

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
      g_autoptr(HearthResponse) response = hearth_response_new (item->id);

      if ((unknown_category != NULL && g_str_equal (item->category, unknown_category))
          || (not_seen_every != 0 && i % not_seen_every == 1))
        response->not_known = TRUE;
      else
        response->level
            = hearth_instrument_get_level (instrument, (i * 7 + seed) % n_levels)->value;
      hearth_assessment_set_response (assessment, response);
    }
}

static inline void
hearth_test_chart_add_assessment (HearthStore      *store,
                                  HearthInstrument *instrument,
                                  gint64            family_id,
                                  gint64            child_id,
                                  gint64            visit_id,
                                  gboolean          final,
                                  guint             seed,
                                  const char       *unknown_category,
                                  guint             not_seen_every)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *version = g_strdup_printf ("%d", hearth_instrument_get_version (instrument));
  g_autoptr(HearthAssessment) assessment = NULL;

  assessment = hearth_assessment_new (
      family_id, child_id != 0 ? HEARTH_ASSESSMENT_SCOPE_CHILD : HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD,
      child_id, hearth_instrument_get_id (instrument), version);
  assessment->visit_id = visit_id;
  hearth_test_chart_rate (assessment, instrument, seed, unknown_category, not_seen_every);
  g_assert_true (hearth_store_save_assessment (store, assessment, &error));
  g_assert_no_error (error);
  if (final)
    {
      g_assert_true (hearth_store_finalise_assessment (store, assessment->id, &error));
      g_assert_no_error (error);
    }
}

static inline gint64
hearth_test_chart_add_visit (HearthStore *store,
                             gint64       family_id,
                             const char  *date,
                             gint64       seen_a,
                             gint64       seen_b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthVisit) visit = hearth_visit_new (family_id, hearth_test_chart_visit_time (date),
                                                   "Jo Practitioner");

  if (seen_a != 0)
    hearth_visit_set_child (visit, seen_a, TRUE, FALSE);
  if (seen_b != 0)
    hearth_visit_set_child (visit, seen_b, TRUE, TRUE);
  g_assert_true (hearth_store_save_visit (store, visit, &error));
  g_assert_no_error (error);
  return visit->id;
}

static inline void
hearth_test_chart_fill (HearthStore              *store,
                        HearthInstrumentRegistry *registry,
                        HearthTestChartFamily    *family)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) mctestface
      = hearth_family_new (HEARTH_TEST_CHART_REFERENCE, "The McTestface family");
  g_autoptr(HearthFamily) oakfoot
      = hearth_family_new (HEARTH_TEST_CHART_EMPTY_REFERENCE, "The Oakfoot family");
  g_autoptr(HearthPerson) testy = hearth_person_new_child ("Testy McTestface", "2014-05-03");
  g_autoptr(HearthPerson) bramble = hearth_person_new_child ("Bramble McTestface", "2017-11-20");
  g_autoptr(HearthPerson) parent
      = hearth_person_new_adult ("Hazel McTestface", HEARTH_ADULT_ROLE_PARENT, TRUE);
  g_autoptr(HearthPerson) partner
      = hearth_person_new_adult ("Rowan Oakfoot", HEARTH_ADULT_ROLE_PARTNER, FALSE);
  g_autoptr(HearthPeriod) protection = NULL;
  g_autoptr(HearthPeriod) early_help = NULL;
  g_autoptr(HearthInstrument) screening = NULL;
  g_autoptr(HearthInstrument) home = NULL;
  gint64 first_visit, second_visit, third_visit;
  const struct
  {
    const char          *date;
    HearthEventCategory  category;
    HearthSignificance   significance;
    int                  children;   /* 1 Testy, 2 Bramble, 3 both, 0 household */
  } events[] = {
    { "2023-01-16", HEARTH_EVENT_CATEGORY_REFERRAL, HEARTH_SIGNIFICANCE_MEDIUM, 3 },
    { "2023-02-02", HEARTH_EVENT_CATEGORY_AE_ATTENDANCE, HEARTH_SIGNIFICANCE_HIGH, 1 },
    { "2023-03-10", HEARTH_EVENT_CATEGORY_NEW_ADULT, HEARTH_SIGNIFICANCE_LOW, 0 },
    { "2023-05-22", HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT, HEARTH_SIGNIFICANCE_MEDIUM, 2 },
    { "2023-06-01", HEARTH_EVENT_CATEGORY_PLAN_OR_MEETING, HEARTH_SIGNIFICANCE_MEDIUM, 1 },
    { "2023-09-04", HEARTH_EVENT_CATEGORY_SCHOOL_CHANGE, HEARTH_SIGNIFICANCE_LOW, 1 },
    { "2023-11-20", HEARTH_EVENT_CATEGORY_DOMESTIC_ABUSE, HEARTH_SIGNIFICANCE_HIGH, 0 },
    { "2024-04-15", HEARTH_EVENT_CATEGORY_EXCLUSION, HEARTH_SIGNIFICANCE_MEDIUM, 1 },
    { "2024-06-30", HEARTH_EVENT_CATEGORY_POSITIVE, HEARTH_SIGNIFICANCE_LOW, 2 },
    { "2024-07-02", HEARTH_EVENT_CATEGORY_POLICE, HEARTH_SIGNIFICANCE_HIGH, 0 },
  };

  g_assert_true (hearth_store_save_family (store, mctestface, &error));
  g_assert_true (hearth_store_save_family (store, oakfoot, &error));
  testy->family_id = bramble->family_id = parent->family_id = partner->family_id = mctestface->id;
  g_assert_true (hearth_store_save_person (store, testy, &error));
  g_assert_true (hearth_store_save_person (store, bramble, &error));
  g_assert_true (hearth_store_save_person (store, parent, &error));
  g_assert_true (hearth_store_save_person (store, partner, &error));
  g_assert_no_error (error);

  family->family_id = mctestface->id;
  family->empty_family_id = oakfoot->id;
  family->testy_id = testy->id;
  family->bramble_id = bramble->id;

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autoptr(HearthEvent) event = NULL;

      event = hearth_test_chart_add_event (
          store, mctestface->id, events[i].date, events[i].category, events[i].significance,
          (events[i].children & 1) ? testy->id : 0, (events[i].children & 2) ? bramble->id : 0, 0);
    }

  first_visit
      = hearth_test_chart_add_visit (store, mctestface->id, "2023-06-20", testy->id, bramble->id);
  second_visit = hearth_test_chart_add_visit (store, mctestface->id, "2024-01-08", 0, 0);
  third_visit = hearth_test_chart_add_visit (store, mctestface->id, "2024-09-10", 0, bramble->id);

  /* The second visit is in the chronology too: it must not show twice. */
  {
    g_autoptr(HearthEvent) event = hearth_test_chart_add_event (
        store, mctestface->id, "2024-01-08", HEARTH_EVENT_CATEGORY_VISIT, HEARTH_SIGNIFICANCE_LOW,
        0, 0, second_visit);
  }
  family->n_events = G_N_ELEMENTS (events) + 1;
  family->n_visits_unrecorded = 2;

  protection = hearth_period_new (mctestface->id, testy->id, HEARTH_PERIOD_KIND_CHILD_PROTECTION,
                                  "2023-06-01", "2024-02-15");
  early_help = hearth_period_new (mctestface->id, bramble->id, HEARTH_PERIOD_KIND_EARLY_HELP,
                                  "2024-03-01", NULL);
  g_assert_true (hearth_store_save_period (store, protection, &error));
  g_assert_true (hearth_store_save_period (store, early_help, &error));
  g_assert_no_error (error);

  screening = hearth_instrument_registry_lookup (registry, "neglect-screening", 0, &error);
  g_assert_no_error (error);
  home = hearth_instrument_registry_lookup (registry, "home-conditions", 0, &error);
  g_assert_no_error (error);

  hearth_test_chart_add_assessment (store, screening, mctestface->id, testy->id, first_visit, TRUE,
                                    3, NULL, 0);
  hearth_test_chart_add_assessment (store, screening, mctestface->id, testy->id, third_visit, TRUE,
                                    1, NULL, 0);
  hearth_test_chart_add_assessment (store, screening, mctestface->id, bramble->id, first_visit,
                                    TRUE, 4, NULL, 0);
  hearth_test_chart_add_assessment (store, screening, mctestface->id, bramble->id, third_visit,
                                    TRUE, 2, "emotional", 0);
  /* A draft has no result yet: the charts leave it out. */
  hearth_test_chart_add_assessment (store, screening, mctestface->id, testy->id, 0, FALSE, 0, NULL,
                                    0);

  hearth_test_chart_add_assessment (store, home, mctestface->id, 0, first_visit, TRUE, 4, NULL, 0);
  hearth_test_chart_add_assessment (store, home, mctestface->id, 0, second_visit, TRUE, 2, NULL, 5);
  hearth_test_chart_add_assessment (store, home, mctestface->id, 0, third_visit, TRUE, 0, NULL, 0);
  family->n_final_assessments = 4 + 3;

}

G_END_DECLS
