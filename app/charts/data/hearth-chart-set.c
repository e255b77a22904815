/* hearth-chart-set.c
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

#include "core/hearth-date.h"
#include "core/hearth-scoring.h"

#include "hearth-chart-set.h"

struct _HearthChartSet
{
  HearthTimelineData   *timeline;   /* owned */
  HearthComparisonData *screening;  /* owned; siblings and progress */
  HearthComparisonData *home;       /* owned */
};

/* What one load reads from the store, and what it works out once. */
typedef struct
{
  HearthChartSetOptions  options;
  HearthFamily          *family;       /* borrowed */
  GPtrArray             *people;       /* owned; HearthPerson */
  GPtrArray             *children;     /* owned; HearthPerson, borrowed from @people */
  GPtrArray             *events;       /* owned; HearthEvent */
  GPtrArray             *visits;       /* owned; HearthVisit */
  GPtrArray             *assessments;  /* owned; HearthAssessment */
  GPtrArray             *periods;      /* owned; HearthPeriod */
  GHashTable            *child_lanes;  /* owned; child id → lane + 1 */
  GHashTable            *visit_days;   /* owned; visit id → day */
  GHashTable            *instruments;  /* owned; "id version" → HearthInstrument */
  guint                  household_lane;
} Loader;

/* Instruments missing from the registry are cached too, as NULL. */
static void
unref_instrument (gpointer instrument)
{
  if (instrument != NULL)
    g_object_unref (instrument);
}

static void
clear_loader (Loader *loader)
{
  g_clear_pointer (&loader->people, g_ptr_array_unref);
  g_clear_pointer (&loader->children, g_ptr_array_unref);
  g_clear_pointer (&loader->events, g_ptr_array_unref);
  g_clear_pointer (&loader->visits, g_ptr_array_unref);
  g_clear_pointer (&loader->assessments, g_ptr_array_unref);
  g_clear_pointer (&loader->periods, g_ptr_array_unref);
  g_clear_pointer (&loader->child_lanes, g_hash_table_unref);
  g_clear_pointer (&loader->visit_days, g_hash_table_unref);
  g_clear_pointer (&loader->instruments, g_hash_table_unref);
}

/* A stored date as a day number; records may hold anything, so a date
 * that does not parse is reported as none rather than asserted on. */
static gint32
parse_day (const char *text)
{
  GDate date;

  if (text == NULL || !hearth_date_parse (text, &date, NULL))
    return HEARTH_CHART_DAY_NONE;
  return hearth_chart_day_from_date (&date);
}

static gint32
unix_to_day (gint64 seconds)
{
  g_autofree char *text = NULL;

  if (hearth_date_time_validate_unix (seconds, NULL) == FALSE)
    return HEARTH_CHART_DAY_NONE;
  text = hearth_date_from_unix (seconds);
  return parse_day (text);
}

static guint64
lane_bit (guint lane)
{
  return G_GUINT64_CONSTANT (1) << lane;
}

static guint64
child_lanes (Loader *loader,
             GArray *child_ids)
{
  guint64 lanes = 0;

  for (guint i = 0; child_ids != NULL && i < child_ids->len; i++)
    {
      gpointer lane
          = g_hash_table_lookup (loader->child_lanes, &g_array_index (child_ids, gint64, i));

      if (lane != NULL)
        lanes |= lane_bit (GPOINTER_TO_UINT (lane) - 1);
    }

  return lanes != 0 ? lanes : lane_bit (loader->household_lane);
}

static HearthPerson *
find_child (Loader *loader,
            gint64  id)
{
  for (guint i = 0; i < loader->children->len; i++)
    {
      HearthPerson *child = g_ptr_array_index (loader->children, i);

      if (child->id == id)
        return child;
    }
  return NULL;
}

/* When an assessment was made: on its visit, else when it was finalised,
 * else when it was started. */
static gint32
find_assessment_day (Loader                 *loader,
                     const HearthAssessment *assessment)
{
  gpointer day;

  if (assessment->visit_id != 0
      && g_hash_table_lookup_extended (loader->visit_days, &assessment->visit_id, NULL, &day))
    return GPOINTER_TO_INT (day);
  if (assessment->finalised_at != 0)
    return unix_to_day (assessment->finalised_at);
  return unix_to_day (assessment->created_at);
}

static HearthInstrument *
lookup_instrument (Loader     *loader,
                   const char *id,
                   const char *version)
{
  g_autofree char *key = g_strdup_printf ("%s %s", id, version != NULL ? version : "0");
  HearthInstrument *instrument;
  gint64 number = 0;

  if (loader->options.registry == NULL)
    return NULL;
  if (g_hash_table_lookup_extended (loader->instruments, key, NULL, (gpointer *) &instrument))
    return instrument;

  if (version != NULL && !g_ascii_string_to_signed (version, 10, 1, G_MAXINT, &number, NULL))
    number = 0;
  instrument = hearth_instrument_registry_lookup (loader->options.registry, id, (int) number, NULL);
  g_hash_table_insert (loader->instruments, g_steal_pointer (&key), instrument);
  return instrument;
}

/* Scores an assessment with the instrument it was made with, at the
 * child's age on the day; NULL when that instrument is not installed or
 * the answers do not fit it. */
static HearthScore *
score_assessment (Loader                 *loader,
                  const HearthAssessment *assessment,
                  gint32                  day)
{
  HearthInstrument *instrument = lookup_instrument (loader, assessment->instrument_id,
                                                    assessment->instrument_version);
  int age = -1;

  if (instrument == NULL)
    return NULL;

  if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD)
    {
      HearthPerson *child = find_child (loader, assessment->child_id);
      g_autofree char *date = NULL;
      GDate gdate;

      if (child == NULL || day == HEARTH_CHART_DAY_NONE)
        return NULL;
      hearth_chart_day_to_date (day, &gdate);
      date = hearth_date_format (&gdate);
      if (!hearth_person_get_age_at (child, date, &age))
        return NULL;
    }

  return hearth_score_compute (instrument, assessment->responses, age, NULL);
}

static const char *
get_level_name (Loader *loader,
                int     level)
{
  return loader->options.levels != NULL
             ? hearth_levels_of_need_get_name (loader->options.levels, level)
             : NULL;
}

static void
add_events (Loader             *loader,
            HearthTimelineData *timeline,
            GHashTable         *recorded_visits)
{
  for (guint i = 0; i < loader->events->len; i++)
    {
      HearthEvent *event = g_ptr_array_index (loader->events, i);
      HearthTimelineEvent marker = { 0 };
      g_autofree char *summary = NULL;

      marker.day = parse_day (event->date);
      if (marker.day == HEARTH_CHART_DAY_NONE)
        {
          g_debug ("A chronology event with an unreadable date was left off the timeline.");
          continue;
        }
      marker.group = hearth_timeline_group_for_category (event->category);
      marker.significance
          = (guint8) CLAMP (event->significance, HEARTH_SIGNIFICANCE_LOW, HEARTH_SIGNIFICANCE_HIGH);
      marker.flags = hearth_timeline_category_is_action (event->category) || event->visit_id != 0
                     ? HEARTH_TIMELINE_EVENT_ACTION : HEARTH_TIMELINE_EVENT_NONE;
      marker.lanes = child_lanes (loader, event->child_ids);

      if (event->visit_id != 0)
        g_hash_table_add (recorded_visits, &event->visit_id);

      /* Translators: a chronology event's tooltip: what happened, and who
       * reported it. */
      summary
          = g_strdup_printf (_("%s (reported by %s)"), event->what_happened, event->source_agency);
      hearth_timeline_data_add_event (timeline, &marker, HEARTH_TIMELINE_ITEM_EVENT, event->id,
                                      hearth_event_category_get_label (event->category), summary);
    }
}

/* Visits are actions in their own right; a visit that a chronology event
 * already records is not drawn twice. */
static void
add_visits (Loader             *loader,
            HearthTimelineData *timeline,
            GHashTable         *recorded_visits)
{
  for (guint i = 0; i < loader->visits->len; i++)
    {
      HearthVisit *visit = g_ptr_array_index (loader->visits, i);
      g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
      HearthTimelineEvent marker = { 0 };
      g_autofree char *summary = NULL;

      if (g_hash_table_contains (recorded_visits, &visit->id))
        continue;

      marker.day = unix_to_day (visit->visited_at);
      if (marker.day == HEARTH_CHART_DAY_NONE)
        continue;

      for (guint c = 0; visit->children != NULL && c < visit->children->len; c++)
        {
          const HearthVisitChild *child = &g_array_index (visit->children, HearthVisitChild, c);

          if (child->seen)
            g_array_append_val (seen, child->person_id);
        }

      marker.group = HEARTH_TIMELINE_GROUP_INVOLVEMENT;
      marker.significance = HEARTH_SIGNIFICANCE_LOW;
      marker.flags = HEARTH_TIMELINE_EVENT_ACTION;
      marker.lanes = child_lanes (loader, seen);

      summary = g_strdup_printf (visit->announced ? _("Announced visit by %s")
                                                  : _("Unannounced visit by %s"),
                                 visit->practitioner);
      hearth_timeline_data_add_event (timeline, &marker, HEARTH_TIMELINE_ITEM_VISIT, visit->id,
                                      hearth_event_category_get_label (HEARTH_EVENT_CATEGORY_VISIT),
                                      summary);
    }
}

static void
add_assessments (Loader             *loader,
                 HearthTimelineData *timeline)
{
  for (guint i = 0; i < loader->assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (loader->assessments, i);
      g_autoptr(HearthScore) score = NULL;
      HearthInstrument *instrument;
      HearthTimelineEvent marker = { 0 };
      g_autofree char *summary = NULL;
      GArray *child_ids = NULL;

      /* Drafts have no result yet, and a superseded version is replaced
       * by its amendment. */
      if (assessment->status != HEARTH_ASSESSMENT_STATUS_FINAL)
        continue;

      marker.day = find_assessment_day (loader, assessment);
      if (marker.day == HEARTH_CHART_DAY_NONE)
        continue;

      instrument
          = lookup_instrument (loader, assessment->instrument_id, assessment->instrument_version);
      score = score_assessment (loader, assessment, marker.day);

      marker.group = HEARTH_TIMELINE_GROUP_ASSESSMENT;
      marker.significance
          = score != NULL ? (guint8) CLAMP (hearth_score_get_suggested_level (score), 0, 4) : 0;
      marker.flags = HEARTH_TIMELINE_EVENT_ACTION;
      if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD)
        {
          child_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_array_append_val (child_ids, assessment->child_id);
        }
      marker.lanes = child_lanes (loader, child_ids);
      g_clear_pointer (&child_ids, g_array_unref);

      if (score == NULL)
        summary = g_strdup (
            _("Not scored: the instrument is not installed or there is too little to score."));
      else if (marker.significance == 0)
        summary = g_strdup (_("Insufficient information for a suggested level of need."));
      else
        summary
            = g_strdup_printf (_("Suggested level of need: %s."),
                               hearth_timeline_data_get_level_name (timeline, marker.significance));

      hearth_timeline_data_add_event (
          timeline, &marker, HEARTH_TIMELINE_ITEM_ASSESSMENT, assessment->id,
          instrument != NULL ? hearth_instrument_get_title (instrument) : assessment->instrument_id,
          summary);
    }
}

static HearthTimelineData *
build_timeline (Loader *loader)
{
  g_autoptr(HearthTimelineData) timeline = hearth_timeline_data_new (loader->family->display_name);
  g_autoptr(GHashTable) recorded_visits = g_hash_table_new (g_int64_hash, g_int64_equal);

  /* The first 63 children have lanes: more than any family needs. */
  for (guint i = 0; i < loader->children->len && i < HEARTH_TIMELINE_MAX_LANES - 1; i++)
    {
      HearthPerson *child = g_ptr_array_index (loader->children, i);
      guint lane = hearth_timeline_data_add_lane (timeline, child->name);

      g_hash_table_insert (loader->child_lanes, &child->id, GUINT_TO_POINTER (lane + 1));
    }
  loader->household_lane = hearth_timeline_data_add_lane (timeline, _("Household"));

  for (int level = 1; level <= HEARTH_N_LEVELS_OF_NEED; level++)
    if (get_level_name (loader, level) != NULL)
      hearth_timeline_data_set_level_name (timeline, level, get_level_name (loader, level));
  if (loader->options.drift_threshold_days > 0)
    hearth_timeline_data_set_drift_threshold (timeline, loader->options.drift_threshold_days);
  hearth_timeline_data_set_today (timeline, loader->options.today);

  add_events (loader, timeline, recorded_visits);
  add_visits (loader, timeline, recorded_visits);
  add_assessments (loader, timeline);

  for (guint i = 0; i < loader->periods->len; i++)
    {
      HearthPeriod *period = g_ptr_array_index (loader->periods, i);
      gpointer lane = g_hash_table_lookup (loader->child_lanes, &period->person_id);
      HearthTimelinePeriod span;

      span.first_day = parse_day (period->start_date);
      span.last_day
          = period->end_date != NULL ? parse_day (period->end_date) : HEARTH_CHART_DAY_NONE;
      span.lanes = lane != NULL ? lane_bit (GPOINTER_TO_UINT (lane) - 1)
                                : lane_bit (loader->household_lane);
      if (span.first_day == HEARTH_CHART_DAY_NONE
          || (period->end_date != NULL && span.last_day == HEARTH_CHART_DAY_NONE))
        continue;
      hearth_timeline_data_add_period (timeline, &span, period->kind);
    }

  hearth_timeline_data_seal (timeline);
  return g_steal_pointer (&timeline);
}

/* The scale, bands and names of an instrument, shared by both kinds of
 * comparison data. */
static HearthComparisonData *
new_comparison (Loader           *loader,
                HearthInstrument *instrument,
                const char       *title)
{
  HearthComparisonData *data;
  guint n_levels = hearth_instrument_get_n_levels (instrument);
  const HearthScoring *scoring = hearth_instrument_get_scoring (instrument);
  g_autofree char *full_title = NULL;
  int low, high;

  low = hearth_instrument_get_level (instrument, 0)->value;
  high = hearth_instrument_get_level (instrument, n_levels - 1)->value;
  /* Translators: a comparison chart's title: the family, then the instrument. */
  full_title = g_strdup_printf (_("%s: %s"), loader->family->display_name, title);
  data = hearth_comparison_data_new (full_title, MIN (low, high), MAX (low, high),
                                     hearth_instrument_get_scale_direction (instrument)
                                         == HEARTH_SCALE_HIGHER_IS_WORSE);

  for (guint i = 0; i < n_levels; i++)
    {
      const HearthScaleLevel *level = hearth_instrument_get_level (instrument, i);

      hearth_comparison_data_set_scale_label (data, level->value, level->label);
    }
  for (guint i = 0; scoring != NULL && i < scoring->n_bands; i++)
    if (scoring->bands[i].from < scoring->bands[i].to)
      hearth_comparison_data_add_band (data, scoring->bands[i].from, scoring->bands[i].to,
                                       scoring->bands[i].level);
  for (int level = 1; level <= HEARTH_N_LEVELS_OF_NEED; level++)
    if (get_level_name (loader, level) != NULL)
      hearth_comparison_data_set_level_name (data, level, get_level_name (loader, level));

  return data;
}

typedef struct
{
  gint32            day;
  HearthAssessment *assessment;
} Dated;

static int
compare_dated (gconstpointer a,
               gconstpointer b)
{
  const Dated *dated_a = a;
  const Dated *dated_b = b;

  if (dated_a->day != dated_b->day)
    return dated_a->day < dated_b->day ? -1 : 1;
  return (dated_a->assessment->id > dated_b->assessment->id)
         - (dated_a->assessment->id < dated_b->assessment->id);
}

/* The finalised assessments of one instrument (and one child, unless
 * @child_id is 0), oldest first. */
static GArray *
collect_finalised (Loader     *loader,
                   const char *instrument_id,
                   gint64      child_id)
{
  GArray *dated = g_array_new (FALSE, FALSE, sizeof (Dated));

  for (guint i = 0; i < loader->assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (loader->assessments, i);
      Dated entry = { find_assessment_day (loader, assessment), assessment };

      if (assessment->status != HEARTH_ASSESSMENT_STATUS_FINAL
          || g_strcmp0 (assessment->instrument_id, instrument_id) != 0
          || (child_id != 0 && assessment->child_id != child_id)
          || entry.day == HEARTH_CHART_DAY_NONE
          || (loader->options.first_day != HEARTH_CHART_DAY_NONE
              && entry.day < loader->options.first_day)
          || (loader->options.last_day != HEARTH_CHART_DAY_NONE
              && entry.day > loader->options.last_day))
        continue;
      g_array_append_val (dated, entry);
    }

  g_array_sort (dated, compare_dated);
  return dated;
}

static HearthComparisonData *
build_screening (Loader *loader)
{
  HearthInstrument *instrument
      = lookup_instrument (loader, HEARTH_CHART_SET_SCREENING_INSTRUMENT, NULL);
  HearthComparisonData *data;
  guint n_categories;

  if (instrument == NULL)
    {
      data = hearth_comparison_data_new (loader->family->display_name, 1.0, 5.0, TRUE);
      hearth_comparison_data_set_empty_text (
          data, _("The neglect screening is not available"),
          _("Its definition could not be found, so screenings cannot be scored."));
      return data;
    }

  data = new_comparison (loader, instrument, hearth_instrument_get_title (instrument));
  hearth_comparison_data_set_empty_text (
      data, _("No finalised neglect screenings yet"),
      _("Once a screening of a child is finalised, the score of each "
         "category of neglect appears here, child by child."));

  n_categories = hearth_instrument_get_n_categories (instrument);
  for (guint c = 0; c < n_categories; c++)
    hearth_comparison_data_add_category (data,
                                         hearth_instrument_get_category (instrument, c)->label);

  for (guint i = 0; i < loader->children->len; i++)
    {
      HearthPerson *child = g_ptr_array_index (loader->children, i);
      g_autoptr(GArray) dated
          = collect_finalised (loader, HEARTH_CHART_SET_SCREENING_INSTRUMENT, child->id);
      guint series = hearth_comparison_data_add_series (data, child->name);

      for (guint d = 0; d < dated->len; d++)
        {
          const Dated *entry = &g_array_index (dated, Dated, d);
          g_autoptr(HearthScore) score = score_assessment (loader, entry->assessment, entry->day);
          guint point = hearth_comparison_data_add_point (data, series, entry->day);

          for (guint c = 0; c < n_categories; c++)
            {
              const HearthInstrumentCategory *category
                  = hearth_instrument_get_category (instrument, c);
              const HearthCategoryScore *category_score
                  = score != NULL ? hearth_score_lookup_category (score, category->id) : NULL;
              HearthChartValue value = { HEARTH_CHART_VALUE_INSUFFICIENT, NAN, 0 };

              if (category_score != NULL && category_score->state == HEARTH_SCORE_SCORED)
                {
                  value.state = HEARTH_CHART_VALUE_SCORED;
                  value.value = category_score->score;
                  value.level = CLAMP (category_score->level, 0, HEARTH_N_LEVELS_OF_NEED);
                }
              hearth_comparison_data_set_value (data, series, point, c, &value);
            }
        }
    }

  return data;
}

static HearthComparisonData *
build_home (Loader *loader)
{
  HearthInstrument *instrument = lookup_instrument (loader, HEARTH_CHART_SET_HOME_INSTRUMENT, NULL);
  g_autoptr(GArray) dated = NULL;
  HearthComparisonData *data;
  guint n_items, series;

  if (instrument == NULL)
    {
      data = hearth_comparison_data_new (loader->family->display_name, 1.0, 5.0, TRUE);
      hearth_comparison_data_set_empty_text (data,
                                             _("The home conditions assessment is not available"),
                                             _("Its definition could not be found."));
      return data;
    }

  data = new_comparison (loader, instrument, hearth_instrument_get_title (instrument));
  hearth_comparison_data_set_empty_text (
      data, _("No finalised home conditions assessments yet"),
      _("Once one is finalised, each area of the home appears here by "
         "date, to show whether improvements last."));

  n_items = hearth_instrument_get_n_items (instrument);
  for (guint i = 0; i < n_items; i++)
    hearth_comparison_data_add_category (data, hearth_instrument_get_item (instrument, i)->label);

  series = hearth_comparison_data_add_series (data, _("Household"));
  dated = collect_finalised (loader, HEARTH_CHART_SET_HOME_INSTRUMENT, 0);
  for (guint d = 0; d < dated->len; d++)
    {
      const Dated *entry = &g_array_index (dated, Dated, d);
      guint point = hearth_comparison_data_add_point (data, series, entry->day);

      for (guint i = 0; i < n_items; i++)
        {
          const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
          HearthResponse             *response
              = hearth_assessment_lookup_response (entry->assessment, item->id);
          HearthChartValue value = { HEARTH_CHART_VALUE_NONE, NAN, 0 };

          if (response != NULL && response->not_known)
            value.state = HEARTH_CHART_VALUE_NOT_SEEN;
          else if (response != NULL && response->level != HEARTH_LEVEL_NONE)
            {
              value.state = HEARTH_CHART_VALUE_SCORED;
              value.value = response->level;
            }
          hearth_comparison_data_set_value (data, series, point, i, &value);
        }
    }

  return data;
}

/**
 * hearth_chart_set_options_init:
 * @options: (out caller-allocates): options to fill
 *
 * Sets the defaults: no instruments, the default level names and drift
 * threshold, today's date, and no limit on the days compared.
 */
void
hearth_chart_set_options_init (HearthChartSetOptions *options)
{
  g_return_if_fail (options != NULL);

  options->registry = NULL;
  options->levels = NULL;
  options->drift_threshold_days = 0;
  options->today = HEARTH_CHART_DAY_NONE;
  options->first_day = HEARTH_CHART_DAY_NONE;
  options->last_day = HEARTH_CHART_DAY_NONE;
}

/**
 * hearth_chart_set_load:
 * @store: the store
 * @family: a stored family
 * @options: (nullable): how to read it; %NULL for the defaults of
 *   hearth_chart_set_options_init()
 * @error: return location for a #HearthStoreError
 *
 * Reads a family's people, chronology, visits, assessments and periods,
 * scores the finalised assessments, and builds the data of every chart.
 * Records that cannot be placed (a date that does not parse) are left
 * out rather than failing the whole family.
 *
 * Returns: (transfer full): the chart set, or %NULL with @error set when
 *   the store cannot be read
 */
HearthChartSet *
hearth_chart_set_load (HearthStore                  *store,
                       HearthFamily                 *family,
                       const HearthChartSetOptions  *options,
                       GError                      **error)
{
  g_autoptr(HearthChartSet) self = NULL;
  Loader loader = { { 0 } };

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (family != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options != NULL)
    loader.options = *options;
  else
    hearth_chart_set_options_init (&loader.options);
  if (loader.options.today == HEARTH_CHART_DAY_NONE)
    {
      g_autofree char *today = hearth_date_dup_today ();

      loader.options.today = parse_day (today);
    }
  loader.family = family;
  loader.child_lanes = g_hash_table_new (g_int64_hash, g_int64_equal);
  loader.visit_days = g_hash_table_new (g_int64_hash, g_int64_equal);
  loader.instruments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_instrument);

  if ((loader.people = hearth_store_list_people (store, family->id, error)) == NULL
      || (loader.events = hearth_store_list_events (store, family->id, error)) == NULL
      || (loader.visits = hearth_store_list_visits (store, family->id, error)) == NULL
      || (loader.assessments = hearth_store_list_assessments (store, family->id, error)) == NULL
      || (loader.periods = hearth_store_list_periods (store, family->id, error)) == NULL)
    {
      clear_loader (&loader);
      return NULL;
    }

  loader.children = g_ptr_array_new ();
  for (guint i = 0; i < loader.people->len; i++)
    if (hearth_person_is_child (g_ptr_array_index (loader.people, i)))
      g_ptr_array_add (loader.children, g_ptr_array_index (loader.people, i));

  for (guint i = 0; i < loader.visits->len; i++)
    {
      HearthVisit *visit = g_ptr_array_index (loader.visits, i);

      g_hash_table_insert (loader.visit_days, &visit->id,
                           GINT_TO_POINTER (unix_to_day (visit->visited_at)));
    }

  self = g_new0 (HearthChartSet, 1);
  self->timeline = build_timeline (&loader);
  self->screening = build_screening (&loader);
  self->home = build_home (&loader);

  clear_loader (&loader);
  return g_steal_pointer (&self);
}

/**
 * hearth_chart_set_free:
 * @self: (transfer full): a chart set
 *
 * Frees @self; chart data others still reference lives on.
 */
void
hearth_chart_set_free (HearthChartSet *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->timeline, hearth_timeline_data_unref);
  g_clear_pointer (&self->screening, hearth_comparison_data_unref);
  g_clear_pointer (&self->home, hearth_comparison_data_unref);
  g_free (self);
}

/**
 * hearth_chart_set_get_timeline:
 * @self: a chart set
 *
 * Returns: (transfer none): the chronology timeline's data
 */
HearthTimelineData *
hearth_chart_set_get_timeline (HearthChartSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->timeline;
}

/**
 * hearth_chart_set_get_comparison:
 * @self: a chart set
 * @kind: which comparison chart
 *
 * Returns: (transfer none): its data: the neglect screenings for siblings
 *   and progress, the home conditions assessments for home
 */
HearthComparisonData *
hearth_chart_set_get_comparison (HearthChartSet       *self,
                                 HearthComparisonKind  kind)
{
  g_return_val_if_fail (self != NULL, NULL);

  return kind == HEARTH_COMPARISON_HOME ? self->home : self->screening;
}
