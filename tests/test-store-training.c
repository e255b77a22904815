/* test-store-training.c
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

#include <locale.h>
#include <string.h>

#include "core/hearth-date.h"
#include "core/hearth-instrument-registry.h"
#include "core/hearth-scoring.h"
#include "store/hearth-store-exchange.h"

#include "hearth-test-store.h"

/*
 * The training set: loaded through the import path, the sizes issue 5
 * asks for, the three stories told by the numbers, and a reset that
 * restores it exactly. The database is a real file named like the real
 * training database; $XDG_DATA_HOME points into a fresh folder, so the
 * real default database is never touched.
 */

#define TRAINING_END "2026-11-01"

typedef enum
{
  STORY_IMPROVES_AND_HOLDS,
  STORY_IMPROVES_AND_FALLS_BACK,
  STORY_DRIFTS,
  STORY_OTHER,
} Story;

static char *data_home;

static void
training_set_up (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "training.db", NULL);
  fixture->store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, "trainer");
}

static void
reset (HearthStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_store_reset_training (store, &error));
  g_assert_no_error (error);
}

static int
days_between (const char *from,
              const char *to)
{
  GDate a, b;

  g_assert_true (hearth_date_parse (from, &a, NULL));
  g_assert_true (hearth_date_parse (to, &b, NULL));
  return g_date_days_between (&a, &b);
}

/* The date of an assessment: that of its visit. */
static char *
assessment_date (const HearthAssessment *assessment,
                 GPtrArray              *visits)
{
  for (guint i = 0; i < visits->len; i++)
    {
      HearthVisit *visit = g_ptr_array_index (visits, i);

      if (visit->id == assessment->visit_id)
        return hearth_date_from_unix (visit->visited_at);
    }

  g_assert_not_reached ();
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Overall home conditions scores of the final assessments, in date order. */
static GArray *
home_scores (HearthStore              *store,
             HearthInstrumentRegistry *registry,
             GPtrArray                *assessments,
             GPtrArray                *visits)
{
  g_autoptr(GPtrArray) keyed = g_ptr_array_new_with_free_func (g_free);
  GArray *scores = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (assessments, i);
      g_autoptr(HearthInstrument) instrument = NULL;
      g_autoptr(HearthScore) score = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *date = NULL;

      if (!g_str_equal (assessment->instrument_id, "home-conditions")
          || assessment->status != HEARTH_ASSESSMENT_STATUS_FINAL)
        continue;

      instrument = hearth_instrument_registry_lookup (registry, "home-conditions", 1, &error);
      g_assert_no_error (error);
      score = hearth_score_compute (instrument, assessment->responses, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpint (hearth_score_get_overall (score)->state, ==, HEARTH_SCORE_SCORED);

      date = assessment_date (assessment, visits);
      g_ptr_array_add (keyed, g_strdup_printf ("%s %08.4f", date,
                                               hearth_score_get_overall (score)->score));
    }

  g_ptr_array_sort (keyed, compare_strings);
  for (guint i = 0; i < keyed->len; i++)
    {
      double value = g_ascii_strtod (strchr (g_ptr_array_index (keyed, i), ' ') + 1, NULL);

      g_array_append_val (scores, value);
    }

  return scores;
}

/* Reads a family's story from its numbers (see tests/data/make-training.py). */
static Story
classify (GArray    *scores,
          GPtrArray *visits)
{
  double first = g_array_index (scores, double, 0);
  double last = g_array_index (scores, double, scores->len - 1);
  double lowest = first;
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  int longest_gap = 0;

  for (guint i = 0; i < scores->len; i++)
    lowest = MIN (lowest, g_array_index (scores, double, i));

  for (guint i = 0; i < visits->len; i++)
    {
      HearthVisit *visit = g_ptr_array_index (visits, i);

      g_ptr_array_add (days, hearth_date_from_unix (visit->visited_at));
    }
  g_ptr_array_sort (days, compare_strings);
  g_ptr_array_add (days, g_strdup (TRAINING_END));
  for (guint i = 1; i < days->len; i++)
    longest_gap = MAX (longest_gap, days_between (g_ptr_array_index (days, i - 1),
                                                  g_ptr_array_index (days, i)));

  g_test_message ("first %.2f lowest %.2f last %.2f, longest gap %d days", first, lowest, last,
                  longest_gap);

  /* Higher is worse on the home conditions scale. */
  if (longest_gap >= 120 && first - lowest < 0.75)
    return STORY_DRIFTS;
  if (first - lowest >= 1.5 && last - lowest >= 1.0)
    return STORY_IMPROVES_AND_FALLS_BACK;
  if (first - lowest >= 1.5 && last - lowest < 0.5
      && g_array_index (scores, double, scores->len - 2) - lowest < 0.5)
    return STORY_IMPROVES_AND_HOLDS;

  return STORY_OTHER;
}

static void
check_answers (HearthInstrumentRegistry *registry,
               GPtrArray                *assessments)
{
  for (guint i = 0; i < assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (assessments, i);
      g_autoptr(HearthInstrument) instrument = NULL;
      g_autoptr(GError) error = NULL;
      guint n_rated = 0;

      instrument = hearth_instrument_registry_lookup (registry, assessment->instrument_id, 1,
                                                      &error);
      g_assert_no_error (error);

      for (guint r = 0; r < assessment->responses->len; r++)
        {
          HearthResponse *response = g_ptr_array_index (assessment->responses, r);

          g_assert_true (hearth_instrument_lookup_item (instrument, response->item_id) != NULL
                         || hearth_instrument_lookup_field (instrument, response->item_id) != NULL);
          n_rated += response->level > 0 ? 1 : 0;
        }
      g_assert_cmpuint (n_rated, >=, 10);
    }
}

static void
test_reset_loads_the_set (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(HearthInstrumentRegistry) registry = hearth_instrument_registry_new (NULL, &error);
  guint stories[STORY_OTHER + 1] = { 0 };

  g_assert_no_error (error);
  reset (fixture->store);

  families = hearth_store_list_families (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (families->len, >=, 3);

  for (guint f = 0; f < families->len; f++)
    {
      HearthFamily *family = g_ptr_array_index (families, f);
      g_autoptr(GPtrArray) people = hearth_store_list_people (fixture->store, family->id, &error);
      g_autoptr(GPtrArray) visits = hearth_store_list_visits (fixture->store, family->id, &error);
      g_autoptr(GPtrArray) events = hearth_store_list_events (fixture->store, family->id, &error);
      g_autoptr(GPtrArray) assessments = hearth_store_list_assessments (fixture->store, family->id,
                                                                        &error);
      g_autoptr(GPtrArray) supervisions = hearth_store_list_supervisions (fixture->store,
                                                                          family->id, &error);
      g_autoptr(GArray) scores = NULL;
      guint n_children = 0, n_adults_outside = 0, n_home = 0;
      const char *first_event = NULL, *last_event = NULL;
      Story story;

      g_assert_no_error (error);
      g_test_message ("%s", family->case_reference);

      for (guint i = 0; i < people->len; i++)
        {
          HearthPerson *person = g_ptr_array_index (people, i);

          if (hearth_person_is_child (person))
            {
              guint n_screenings = 0;

              n_children++;
              for (guint a = 0; a < assessments->len; a++)
                {
                  HearthAssessment *assessment = g_ptr_array_index (assessments, a);

                  if (assessment->child_id == person->id
                      && g_str_equal (assessment->instrument_id, "neglect-screening")
                      && assessment->status == HEARTH_ASSESSMENT_STATUS_FINAL)
                    n_screenings++;
                }
              g_assert_cmpuint (n_screenings, >=, 3);
            }
          else if (!person->lives_in_home)
            n_adults_outside++;
        }
      g_assert_cmpuint (n_children, >=, 2);
      g_assert_cmpuint (n_adults_outside, >=, 1);

      /* Sixty events or more, over eighteen months or more, with variety. */
      g_assert_cmpint (hearth_store_count_events (fixture->store, family->id, &error), >=, 60);
      g_assert_cmpuint (events->len, >=, 60);
      {
        g_autoptr(GHashTable) categories = g_hash_table_new (NULL, NULL);
        g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
        guint n_high = 0, n_positive = 0, n_negative = 0;

        for (guint i = 0; i < events->len; i++)
          {
            HearthEvent *event = g_ptr_array_index (events, i);

            if (first_event == NULL || strcmp (event->date, first_event) < 0)
              first_event = event->date;
            if (last_event == NULL || strcmp (event->date, last_event) > 0)
              last_event = event->date;
            g_hash_table_add (categories, GINT_TO_POINTER (event->category));
            g_hash_table_add (sources, event->source_agency);
            n_high += event->significance == HEARTH_SIGNIFICANCE_HIGH ? 1 : 0;
            n_positive += event->impact == HEARTH_EVENT_IMPACT_POSITIVE ? 1 : 0;
            n_negative += event->impact == HEARTH_EVENT_IMPACT_NEGATIVE ? 1 : 0;
          }
        g_assert_cmpuint (g_hash_table_size (categories), >=, 8);
        g_assert_cmpuint (g_hash_table_size (sources), >=, 5);
        g_assert_cmpuint (n_high, >=, 3);
        g_assert_cmpuint (n_positive, >=, 3);
        g_assert_cmpuint (n_negative, >=, 3);
      }
      g_assert_cmpint (days_between (first_event, last_event), >=, 548);
      g_assert_cmpstr (last_event, <=, TRAINING_END);

      for (guint a = 0; a < assessments->len; a++)
        {
          HearthAssessment *assessment = g_ptr_array_index (assessments, a);

          if (g_str_equal (assessment->instrument_id, "home-conditions")
              && assessment->status == HEARTH_ASSESSMENT_STATUS_FINAL)
            n_home++;
        }
      g_assert_cmpuint (n_home, >=, 4);
      g_assert_cmpuint (supervisions->len, >=, 2);
      check_answers (registry, assessments);

      scores = home_scores (fixture->store, registry, assessments, visits);
      story = classify (scores, visits);
      stories[story]++;
    }

  g_assert_cmpuint (stories[STORY_IMPROVES_AND_HOLDS], >=, 1);
  g_assert_cmpuint (stories[STORY_IMPROVES_AND_FALLS_BACK], >=, 1);
  g_assert_cmpuint (stories[STORY_DRIFTS], >=, 1);

  g_assert_true (hearth_store_check_integrity (fixture->store, &error));
  g_assert_no_error (error);
}

/* Each training file is canonical: imported and exported, it comes back
 * byte for byte; and a reset undoes whatever a trainee did. */
static void
test_reset_restores (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = hearth_store_list_training_files ();
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(HearthFamily) extra = hearth_family_new ("HX-TRAINEE-1", "Trainee's practice family");
  guint n_files = g_strv_length (files);

  g_assert_cmpuint (n_files, >=, 3);
  reset (fixture->store);

  /* A trainee deletes a family and adds one. */
  families = hearth_store_list_families (fixture->store, TRUE, &error);
  g_assert_true (hearth_store_delete_family (fixture->store,
                                             ((HearthFamily *) g_ptr_array_index (families, 0))->id,
                                             &error));
  g_assert_true (hearth_store_save_family (fixture->store, extra, &error));
  g_assert_no_error (error);
  g_clear_pointer (&families, g_ptr_array_unref);

  reset (fixture->store);
  families = hearth_store_list_families (fixture->store, TRUE, &error);
  g_assert_cmpuint (families->len, ==, n_files);

  for (guint i = 0; i < families->len; i++)
    {
      HearthFamily *family = g_ptr_array_index (families, i);
      g_autoptr(GBytes) exported = NULL;
      gboolean matched = FALSE;

      g_assert_cmpstr (family->case_reference, !=, "HX-TRAINEE-1");
      exported = hearth_store_export_family_to_bytes (fixture->store, family->case_reference,
                                                      &error);
      g_assert_no_error (error);

      for (guint f = 0; files[f] != NULL; f++)
        {
          g_autoptr(GBytes) file = g_resources_lookup_data (files[f], G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                            &error);

          g_assert_no_error (error);
          matched = matched || g_bytes_equal (file, exported);
        }
      g_assert_true (matched);
    }

  /* The audit trail starts again too: the files' history and the imports. */
  g_assert_cmpint (count_rows (fixture->store,
                               "SELECT count(*) FROM audit WHERE action = 'import'"), ==, n_files);
  g_assert_cmpint (count_rows (fixture->store,
                               "SELECT count(*) FROM audit WHERE family_id NOT IN"
                               " (SELECT id FROM families)"), ==, 0);
}

static void
test_ensure (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) extra = hearth_family_new ("HX-TRAINEE-2", "Practice family");
  gboolean loaded = FALSE;

  g_assert_true (hearth_store_ensure_training (fixture->store, &loaded, &error));
  g_assert_no_error (error);
  g_assert_true (loaded);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM families"), >=, 3);

  /* A database in use is left as the trainer left it. */
  g_assert_true (hearth_store_save_family (fixture->store, extra, &error));
  g_assert_true (hearth_store_ensure_training (fixture->store, &loaded, &error));
  g_assert_no_error (error);
  g_assert_false (loaded);
  g_assert_cmpint (count_rows (fixture->store,
                               "SELECT count(*) FROM families WHERE case_reference = 'HX-TRAINEE-2'"),
                   ==, 1);
}

static void
test_refuses_real_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real = hearth_store_dup_default_path ();
  g_autofree char *training = hearth_store_dup_training_path ();
  g_autofree char *real_dir = g_path_get_dirname (real);
  g_autofree char *training_dir = g_path_get_dirname (training);
  g_autoptr(HearthStore) store = NULL;
  gboolean loaded = TRUE;

  /* Beside each other, never the same file, and both inside the test's
   * own data folder. */
  g_assert_cmpstr (real, !=, training);
  g_assert_cmpstr (real_dir, ==, training_dir);
  g_assert_true (g_str_has_prefix (real, data_home));

  store = hearth_store_open (real, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_store_reset_training (store, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (hearth_store_ensure_training (store, &loaded, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_assert_false (loaded);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM families"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");

  /* Before GLib reads it: the default database lives in a fresh folder. */
  data_home = hearth_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, training_set_up, func, fixture_tear_down)

  ADD ("/store/training/reset-loads-the-set", test_reset_loads_the_set);
  ADD ("/store/training/reset-restores", test_reset_restores);
  ADD ("/store/training/ensure", test_ensure);
  g_test_add_func ("/store/training/refuses-real-database", test_refuses_real_database);

  status = g_test_run ();
  hearth_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
