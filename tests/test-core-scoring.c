/* test-core-scoring.c
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

#include "core/hearth-instrument-registry.h"
#include "core/hearth-response.h"
#include "core/hearth-scoring.h"

/* Scores worked out by hand. data/instruments/good/scoring.xml has three
 * categories on a 1–4 scale:
 *
 *   a: a1 a2 a3, a4 (ages 0–4)   mean,   at least 2 known
 *   b: b1 b2, b3 (ages 12–17)    worst,  at least 2 known
 *   c: c1 c2 c3                  median, at least 1 known
 *   overall: mean, at least 2 known and 60% of the items in band
 *   bands: [1, 1.5) → 1, [1.5, 2.5) → 2, [2.5, 3.25) → 3, [3.25, 4] → 4
 *   escalation: any known item at 4 lifts the level to at least 3
 *
 * Items in band: 8 at age 8 (5 needed overall), 9 at ages 3 and 14
 * (6 needed overall). Answers are written "a1=2" for a level and "a2=?"
 * for not known. */

#define S HEARTH_SCORE_SCORED
#define I HEARTH_SCORE_INSUFFICIENT

typedef struct
{
  HearthScoreState state;
  double           score;      /* ignored when insufficient */
  int              level;
  gboolean         escalated;
  guint            known;
  guint            not_known;
  guint            out_of_band;
  guint            unrated;
  guint            needed;
} Expected;

typedef struct
{
  const char *name;
  int         age;
  const char *answers;
  Expected    a;
  Expected    b;
  Expected    c;
  Expected    overall;
  int         suggested;
} ScoringCase;

static const ScoringCase scoring_cases[] = {
  { "all-rated", 8, "a1=1 a2=1 a3=2 a4=4 b1=1 b2=2 b3=3 c1=1 c2=3 c3=2",
    /* a: (1+1+2)/3; a4 is out of band, so its 4 neither counts nor escalates */
    { S, 4.0 / 3.0, 1, FALSE, 3, 0, 1, 0, 2 },
    { S, 2.0, 2, FALSE, 2, 0, 1, 0, 2 },
    { S, 2.0, 2, FALSE, 3, 0, 0, 0, 1 },
    { S, 13.0 / 8.0, 2, FALSE, 8, 0, 2, 0, 5 },
    2 },
  { "not-known-left-out", 3, "a1=2 a2=? a3=3 a4=3 b1=? b2=2 b3=4 c1=3 c2=? c3=2",
    { S, 8.0 / 3.0, 3, FALSE, 3, 1, 0, 0, 2 },
    { I, NAN, 0, FALSE, 1, 1, 1, 0, 2 },
    { S, 2.5, 3, FALSE, 2, 1, 0, 0, 1 },
    { S, 15.0 / 6.0, 3, FALSE, 6, 3, 1, 0, 6 },
    3 },
  { "insufficient-not-zero", 14, "a1=? a2=? a3=1 b1=2",
    { I, NAN, 0, FALSE, 1, 2, 1, 0, 2 },
    { I, NAN, 0, FALSE, 1, 0, 0, 2, 2 },
    { I, NAN, 0, FALSE, 0, 0, 0, 3, 1 },
    { I, NAN, 0, FALSE, 2, 2, 1, 5, 6 },
    0 },
  { "escalation", 8, "a1=1 a2=1 a3=4 b1=1 b2=1 c1=1 c2=1 c3=1",
    /* a: mean 2.0 is band 2, lifted to 3; overall 11/8 is band 1, lifted to 3 */
    { S, 2.0, 3, TRUE, 3, 0, 1, 0, 2 },
    { S, 1.0, 1, FALSE, 2, 0, 1, 0, 2 },
    { S, 1.0, 1, FALSE, 3, 0, 0, 0, 1 },
    { S, 11.0 / 8.0, 3, TRUE, 8, 0, 2, 0, 5 },
    3 },
  { "top-band-inclusive", 8, "a1=4 a2=4 a3=4 b1=4 b2=4 c1=4 c2=4 c3=4",
    { S, 4.0, 4, FALSE, 3, 0, 1, 0, 2 },
    { S, 4.0, 4, FALSE, 2, 0, 1, 0, 2 },
    { S, 4.0, 4, FALSE, 3, 0, 0, 0, 1 },
    { S, 4.0, 4, FALSE, 8, 0, 2, 0, 5 },
    4 },
  { "lower-edges-inclusive", 8, "a1=1 a2=2 b1=2 c1=2 c2=3",
    { S, 1.5, 2, FALSE, 2, 0, 1, 1, 2 },
    { I, NAN, 0, FALSE, 1, 0, 1, 1, 2 },
    { S, 2.5, 3, FALSE, 2, 0, 0, 1, 1 },
    { S, 2.0, 2, FALSE, 5, 0, 2, 3, 5 },
    2 },
  { "share-of-band-needed", 3, "a1=1 a2=1 a3=1 a4=? b1=? b2=? c1=1 c2=1",
    /* 5 known but 60% of 9 in band is 6 */
    { S, 1.0, 1, FALSE, 3, 1, 0, 0, 2 },
    { I, NAN, 0, FALSE, 0, 2, 1, 0, 2 },
    { S, 1.0, 1, FALSE, 2, 0, 0, 1, 1 },
    { I, NAN, 0, FALSE, 5, 3, 1, 1, 6 },
    0 },
  { "share-of-band-older-child", 8, "a1=1 a2=1 a3=1 a4=? b1=? b2=? c1=1 c2=1",
    /* the same answers: a4 is out of band at 8, so 5 of 8 is enough */
    { S, 1.0, 1, FALSE, 3, 0, 1, 0, 2 },
    { I, NAN, 0, FALSE, 0, 2, 1, 0, 2 },
    { S, 1.0, 1, FALSE, 2, 0, 0, 1, 1 },
    { S, 1.0, 1, FALSE, 5, 2, 2, 1, 5 },
    1 },
  { "no-answers", 8, "",
    { I, NAN, 0, FALSE, 0, 0, 1, 3, 2 },
    { I, NAN, 0, FALSE, 0, 0, 1, 2, 2 },
    { I, NAN, 0, FALSE, 0, 0, 0, 3, 1 },
    { I, NAN, 0, FALSE, 0, 0, 2, 8, 5 },
    0 },
};

static GPtrArray *
parse_answers (const char *answers)
{
  g_auto(GStrv) parts = g_strsplit (answers, " ", -1);
  GPtrArray *responses = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_response_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) pair = NULL;
      HearthResponse *response;

      if (*parts[i] == '\0')
        continue;

      pair = g_strsplit (parts[i], "=", 2);
      g_assert_nonnull (pair[1]);
      response = hearth_response_new (pair[0]);
      if (g_str_equal (pair[1], "?"))
        response->not_known = TRUE;
      else
        response->level = atoi (pair[1]);
      g_ptr_array_add (responses, response);
    }

  return responses;
}

static HearthInstrument *
load_scoring_instrument (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "instruments", "good",
                                                 "scoring.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HearthInstrument *instrument;

  instrument = hearth_instrument_new_from_file (file, &error);
  g_assert_no_error (error);

  return instrument;
}

static void
assert_entry (const HearthCategoryScore *entry,
              const Expected            *expected)
{
  g_test_message ("%s: state %d score %g level %d", entry->id, entry->state, entry->score,
                  entry->level);
  g_assert_cmpint (entry->state, ==, expected->state);
  if (expected->state == HEARTH_SCORE_SCORED)
    g_assert_cmpfloat_with_epsilon (entry->score, expected->score, 1e-9);
  else
    g_assert_true (isnan (entry->score));
  g_assert_cmpint (entry->level, ==, expected->level);
  g_assert_cmpint (entry->escalated, ==, expected->escalated);
  g_assert_cmpuint (entry->n_known, ==, expected->known);
  g_assert_cmpuint (entry->n_not_known, ==, expected->not_known);
  g_assert_cmpuint (entry->n_out_of_band, ==, expected->out_of_band);
  g_assert_cmpuint (entry->n_unrated, ==, expected->unrated);
  g_assert_cmpuint (entry->n_needed, ==, expected->needed);
  g_assert_cmpuint (entry->n_items, ==,
                    entry->n_known + entry->n_not_known + entry->n_out_of_band + entry->n_unrated);
}

static void
test_scoring_case (gconstpointer data)
{
  const ScoringCase *row = data;
  g_autoptr(HearthInstrument) instrument = load_scoring_instrument ();
  g_autoptr(GPtrArray) responses = parse_answers (row->answers);
  g_autoptr(HearthScore) score = NULL;
  g_autoptr(GError) error = NULL;

  score = hearth_score_compute (instrument, responses, row->age, &error);
  g_assert_no_error (error);

  g_assert_true (hearth_score_get_instrument (score) == instrument);
  g_assert_cmpuint (hearth_score_get_n_categories (score), ==, 3);
  g_assert_cmpstr (hearth_score_get_category (score, 1)->label, ==, "Category B");
  assert_entry (hearth_score_lookup_category (score, "a"), &row->a);
  assert_entry (hearth_score_lookup_category (score, "b"), &row->b);
  assert_entry (hearth_score_lookup_category (score, "c"), &row->c);
  assert_entry (hearth_score_get_overall (score), &row->overall);
  g_assert_cmpstr (hearth_score_get_overall (score)->id, ==, "overall");
  g_assert_cmpint (hearth_score_get_suggested_level (score), ==, row->suggested);
}

static void
test_refused_responses (void)
{
  static const struct { const char *answers; int age; const char *fault; } cases[] = {
    { "a1=1 x9=2",  8,
      "A response is for “x9”, which the instrument “test-scoring” does not have." },
    { "a1=5",       8, "The item “a1” is rated 5, which is not on the instrument’s scale." },
    { "a1=-1",      8, "The item “a1” is rated -1, which is not on the instrument’s scale." },
    { "a1=1 a1=2",  8, "The item “a1” has more than one response." },
    { "c3=?",       8, "The item “c3” is marked not known, which it does not allow." },
    { "a1=1",      -1,
      "The instrument “test-scoring” is scored for a child, so the child’s age is needed." },
  };
  g_autoptr(HearthInstrument) instrument = load_scoring_instrument ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) responses = parse_answers (cases[i].answers);
      g_autoptr(HearthScore) score = NULL;
      g_autoptr(GError) error = NULL;

      score = hearth_score_compute (instrument, responses, cases[i].age, &error);
      g_assert_null (score);
      g_assert_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_RESPONSE);
      g_assert_cmpstr (error->message, ==, cases[i].fault);
    }
}

/* Answers to fields share the response list and are not scored. */
static void
test_field_answers_ignored (void)
{
  g_autoptr(HearthInstrument) instrument = load_scoring_instrument ();
  g_autoptr(GPtrArray) responses = parse_answers ("a1=2 a2=2");
  g_autoptr(HearthScore) score = NULL;
  g_autoptr(GError) error = NULL;
  HearthResponse *notes = hearth_response_new ("notes");

  notes->value = g_strdup ("Bramble Oakfoot was at school.");
  g_ptr_array_add (responses, notes);

  score = hearth_score_compute (instrument, responses, 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hearth_score_get_overall (score)->n_known, ==, 2);
  g_assert_cmpfloat (hearth_score_lookup_category (score, "a")->score, ==, 2.0);
  g_assert_null (hearth_score_lookup_category (score, "notes"));
}

/* A scale where higher is better: "worst" is the lowest level, escalation
 * looks downwards, and bands suggest more need for lower scores. */
static const char higher_is_better_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<instrument format=\"1\" id=\"test-better\" version=\"1\" scope=\"household\">\n"
  "  <title>Higher   is\n better</title>\n"
  "  <description>Strengths, rated upwards.</description>\n"
  "  <scale direction=\"higher-is-better\">\n"
  "    <level value=\"1\" label=\"Weak\">Gravest.</level>\n"
  "    <level value=\"2\" label=\"Fair\">Middling.</level>\n"
  "    <level value=\"3\" label=\"Strong\">Best.</level>\n"
  "  </scale>\n"
  "  <categories><category id=\"x\" label=\"  Strengths \n of the home \"/></categories>\n"
  "  <section id=\"s\" label=\"S\">\n"
  "    <item id=\"x1\" category=\"x\" label=\"X1\"><descriptor level=\"1\">a</descriptor>"
  "<descriptor level=\"2\">b</descriptor><descriptor level=\"3\">c</descriptor></item>\n"
  "    <item id=\"x2\" category=\"x\" label=\"X2\"><descriptor level=\"1\">a</descriptor>"
  "<descriptor level=\"2\">b</descriptor><descriptor level=\"3\">c</descriptor></item>\n"
  "    <item id=\"x3\" category=\"x\" label=\"X3\"><descriptor level=\"1\">a</descriptor>"
  "<descriptor level=\"2\">b</descriptor><descriptor level=\"3\">c</descriptor></item>\n"
  "  </section>\n"
  "  <scoring>\n"
  "    <category-score category=\"x\" method=\"worst\"/>\n"
  "    <overall-score method=\"mean\"/>\n"
  "    <escalation at-level=\"1\" minimum-level-of-need=\"4\"/>\n"
  "    <bands>\n"
  "      <band from=\"1\" to=\"1.5\" level-of-need=\"4\"/>\n"
  "      <band from=\"1.5\" to=\"2\" level-of-need=\"3\"/>\n"
  "      <band from=\"2\" to=\"2.5\" level-of-need=\"2\"/>\n"
  "      <band from=\"2.5\" to=\"3\" level-of-need=\"1\"/>\n"
  "    </bands>\n"
  "  </scoring>\n"
  "</instrument>\n";

static void
test_higher_is_better (void)
{
  static const struct
  {
    const char *answers;
    double      category_score;
    int         category_level;
    gboolean    category_escalated;
    double      overall_score;
    int         overall_level;
    gboolean    overall_escalated;
  } cases[] = {
    /* worst is 2, band [2, 2.5); mean 8/3 is in the top band */
    { "x1=3 x2=3 x3=2", 2.0, 2, FALSE, 8.0 / 3.0, 1, FALSE },
    /* worst is 1, already level 4; mean 7/3 is band 2, lifted by the 1 */
    { "x1=3 x2=3 x3=1", 1.0, 4, FALSE, 7.0 / 3.0, 4, TRUE },
  };
  g_autoptr(GBytes) bytes = g_bytes_new_static (higher_is_better_xml,
                                                strlen (higher_is_better_xml));
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autoptr(GError) error = NULL;

  instrument = hearth_instrument_new_from_bytes (bytes, "better.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_instrument_get_scale_direction (instrument), ==,
                   HEARTH_SCALE_HIGHER_IS_BETTER);
  /* Text and labels collapse their white space, as xgettext does. */
  g_assert_cmpstr (hearth_instrument_get_title (instrument), ==, "Higher is better");
  g_assert_cmpstr (hearth_instrument_get_category (instrument, 0)->label, ==,
                   "Strengths of the home");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) responses = parse_answers (cases[i].answers);
      g_autoptr(HearthScore) score = hearth_score_compute (instrument, responses, -1, &error);
      const HearthCategoryScore *category;
      const HearthCategoryScore *overall;

      g_assert_no_error (error);
      category = hearth_score_get_category (score, 0);
      overall = hearth_score_get_overall (score);
      g_assert_cmpfloat_with_epsilon (category->score, cases[i].category_score, 1e-9);
      g_assert_cmpint (category->level, ==, cases[i].category_level);
      g_assert_cmpint (category->escalated, ==, cases[i].category_escalated);
      g_assert_cmpfloat_with_epsilon (overall->score, cases[i].overall_score, 1e-9);
      g_assert_cmpint (overall->level, ==, cases[i].overall_level);
      g_assert_cmpint (overall->escalated, ==, cases[i].overall_escalated);
      g_assert_cmpint (hearth_score_get_suggested_level (score), ==, cases[i].overall_level);
    }
}

static HearthInstrument *
load_shipped (const char *id)
{
  g_autoptr(HearthInstrumentRegistry) registry = hearth_instrument_registry_new (NULL, NULL);

  g_assert_nonnull (registry);
  return hearth_instrument_registry_lookup (registry, id, 0, NULL);
}

/* Every item at @level, except @except_id at @except_level. */
static GPtrArray *
rate_all (HearthInstrument *instrument,
          int               level,
          gboolean          not_known,
          const char       *except_id,
          int               except_level)
{
  GPtrArray *responses = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_response_free);

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
      HearthResponse *response = hearth_response_new (item->id);

      response->not_known = not_known;
      response->level = not_known ? HEARTH_LEVEL_NONE : level;
      if (g_strcmp0 (item->id, except_id) == 0)
        {
          response->not_known = FALSE;
          response->level = except_level;
        }
      g_ptr_array_add (responses, response);
    }

  return responses;
}

static void
test_home_conditions (void)
{
  g_autoptr(HearthInstrument) instrument = load_shipped ("home-conditions");
  g_autoptr(GPtrArray) all_good = rate_all (instrument, 1, FALSE, NULL, 0);
  g_autoptr(GPtrArray) none_seen = rate_all (instrument, 0, TRUE, NULL, 0);
  g_autoptr(GPtrArray) one_severe = rate_all (instrument, 2, FALSE, "kitchen", 5);
  g_autoptr(HearthScore) score = NULL;
  const HearthCategoryScore *areas;
  const HearthCategoryScore *overall;

  score = hearth_score_compute (instrument, all_good, -1, NULL);
  g_assert_cmpfloat (hearth_score_get_overall (score)->score, ==, 1.0);
  g_assert_cmpuint (hearth_score_lookup_category (score, "areas")->n_known, ==, 7);
  g_assert_cmpuint (hearth_score_lookup_category (score, "aspects")->n_known, ==, 9);
  g_assert_cmpint (hearth_score_get_suggested_level (score), ==, 1);
  g_clear_pointer (&score, hearth_score_unref);

  /* Rooms nobody saw are not rooms without concern. */
  score = hearth_score_compute (instrument, none_seen, -1, NULL);
  g_assert_cmpint (hearth_score_get_overall (score)->state, ==, HEARTH_SCORE_INSUFFICIENT);
  g_assert_cmpuint (hearth_score_get_overall (score)->n_not_known, ==, 16);
  g_assert_cmpint (hearth_score_lookup_category (score, "areas")->state, ==,
                   HEARTH_SCORE_INSUFFICIENT);
  g_assert_cmpint (hearth_score_get_suggested_level (score), ==, 0);
  g_clear_pointer (&score, hearth_score_unref);

  /* Areas (5 + 6 × 2) / 7 and overall (5 + 15 × 2) / 16 are both in the
   * early-help band, but a severe kitchen suggests child protection. */
  score = hearth_score_compute (instrument, one_severe, -1, NULL);
  areas = hearth_score_lookup_category (score, "areas");
  overall = hearth_score_get_overall (score);
  g_assert_cmpfloat_with_epsilon (areas->score, 17.0 / 7.0, 1e-9);
  g_assert_cmpint (areas->level, ==, 4);
  g_assert_true (areas->escalated);
  g_assert_cmpfloat_with_epsilon (overall->score, 35.0 / 16.0, 1e-9);
  g_assert_cmpint (overall->level, ==, 4);
  g_assert_cmpint (hearth_score_lookup_category (score, "aspects")->level, ==, 2);
  g_assert_cmpint (hearth_score_get_suggested_level (score), ==, 4);
}

/* Items in each category's age band at each age, counted by hand from
 * neglect-screening.xml (31 items: 8 physical, 7 educational, 8 emotional,
 * 8 medical). */
static const struct
{
  int   age;
  guint physical;
  guint educational;
  guint emotional;
  guint medical;
} neglect_bands[] = {
  {  0, 6, 4, 5, 6 },
  {  4, 6, 4, 5, 6 },
  {  5, 5, 4, 6, 6 },
  {  8, 5, 4, 6, 6 },
  { 11, 5, 4, 6, 6 },
  { 12, 5, 5, 7, 7 },
  { 17, 5, 5, 7, 7 },
};

static void
test_neglect_age_bands (void)
{
  g_autoptr(HearthInstrument) instrument = load_shipped ("neglect-screening");
  g_autoptr(GPtrArray) responses = rate_all (instrument, 2, FALSE, NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (neglect_bands); i++)
    {
      g_autoptr(HearthScore) score = NULL;
      g_autoptr(GError) error = NULL;
      const guint expected[] = { neglect_bands[i].physical, neglect_bands[i].educational,
                                 neglect_bands[i].emotional, neglect_bands[i].medical };
      const guint totals[] = { 8, 7, 8, 8 };
      guint in_band = 0;

      score = hearth_score_compute (instrument, responses, neglect_bands[i].age, &error);
      g_assert_no_error (error);

      for (guint c = 0; c < 4; c++)
        {
          const HearthCategoryScore *entry = hearth_score_get_category (score, c);

          g_assert_cmpuint (entry->n_items, ==, totals[c]);
          g_assert_cmpuint (entry->n_known, ==, expected[c]);
          g_assert_cmpuint (entry->n_out_of_band, ==, totals[c] - expected[c]);
          g_assert_cmpint (entry->level, ==, 2);
          in_band += expected[c];
        }

      g_assert_cmpuint (hearth_score_get_overall (score)->n_known, ==, in_band);
      g_assert_cmpint (hearth_score_get_suggested_level (score), ==, 2);
    }
}

static void
test_neglect_suggests_highest (void)
{
  g_autoptr(HearthInstrument) instrument = load_shipped ("neglect-screening");
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(HearthScore) score = NULL;

  responses = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_response_free);

  /* At 8: the five physical indicators in band at 4, the other sixteen at 1. */
  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
      HearthResponse *response = hearth_response_new (item->id);

      response->level = g_str_equal (item->category, "physical") ? 4 : 1;
      g_ptr_array_add (responses, response);
    }

  score = hearth_score_compute (instrument, responses, 8, NULL);
  g_assert_cmpfloat (hearth_score_lookup_category (score, "physical")->score, ==, 4.0);
  g_assert_cmpint (hearth_score_lookup_category (score, "physical")->level, ==, 4);
  g_assert_cmpfloat_with_epsilon (hearth_score_get_overall (score)->score, 36.0 / 21.0, 1e-9);
  g_assert_cmpint (hearth_score_get_overall (score)->level, ==, 1);
  /* Good care elsewhere does not make up for physical neglect. */
  g_assert_cmpint (hearth_score_get_suggested_level (score), ==, 4);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scoring_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/scoring/table/%s", scoring_cases[i].name);

      g_test_add_data_func (path, &scoring_cases[i], test_scoring_case);
    }
  g_test_add_func ("/core/scoring/refused-responses", test_refused_responses);
  g_test_add_func ("/core/scoring/field-answers-ignored", test_field_answers_ignored);
  g_test_add_func ("/core/scoring/higher-is-better", test_higher_is_better);
  g_test_add_func ("/core/scoring/home-conditions", test_home_conditions);
  g_test_add_func ("/core/scoring/neglect-age-bands", test_neglect_age_bands);
  g_test_add_func ("/core/scoring/neglect-suggests-highest", test_neglect_suggests_highest);

  return g_test_run ();
}
