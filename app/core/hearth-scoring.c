/* hearth-scoring.c
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

#define G_LOG_DOMAIN "hearth-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hearth-levels.h"
#include "hearth-response.h"
#include "hearth-scoring.h"

/*
 * Scores from an instrument's own rules (DESIGN.md, "Assessment instruments
 * are data"). Only items rated with a level count towards a score: items
 * marked not known, not yet rated, or outside the child's age band are left
 * out and counted, so the practitioner sees how much the score rests on.
 * With too few known items a category has "insufficient information",
 * never a score of 0, because a missing answer is not an answer of "no
 * concern". The band a score falls in suggests a level of need; the
 * practitioner's judgement decides (DESIGN.md, "Thresholds / levels of
 * need").
 */

struct _HearthScore
{
  HearthInstrument    *instrument;  /* owned */
  guint                n_categories;
  HearthCategoryScore *categories;  /* owned, in the instrument's order */
  HearthCategoryScore  overall;
  int                  suggested;
};

G_DEFINE_BOXED_TYPE (HearthScore, hearth_score, hearth_score_ref, hearth_score_unref)

static void
score_clear (gpointer data)
{
  HearthScore *self = data;

  g_clear_object (&self->instrument);
  g_clear_pointer (&self->categories, g_free);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static gboolean
is_as_grave_as (HearthScaleDirection direction,
                int                  level,
                int                  threshold)
{
  return direction == HEARTH_SCALE_HIGHER_IS_WORSE ? level >= threshold : level <= threshold;
}

static double
apply_method (HearthScoringMethod  method,
              HearthScaleDirection direction,
              GArray              *levels)
{
  int *values = (int *) levels->data;
  guint n = levels->len;
  double total = 0.0;
  int worst;

  switch (method)
    {
    case HEARTH_SCORING_MEDIAN:
      g_array_sort (levels, compare_ints);
      if (n % 2 == 1)
        return values[n / 2];
      return (values[n / 2 - 1] + values[n / 2]) / 2.0;

    case HEARTH_SCORING_WORST:
      worst = values[0];
      for (guint i = 1; i < n; i++)
        if (!is_as_grave_as (direction, worst, values[i]))
          worst = values[i];
      return worst;

    case HEARTH_SCORING_MEAN:
    default:
      for (guint i = 0; i < n; i++)
        total += values[i];
      return total / n;
    }
}

static int
lookup_band (const HearthScoring *scoring,
             double               score)
{
  for (guint i = 0; i < scoring->n_bands; i++)
    {
      const HearthScoreBand *band = &scoring->bands[i];
      gboolean last = i + 1 == scoring->n_bands;

      if (score >= band->from && (score < band->to || (last && score <= band->to)))
        return band->level;
    }

  /* The checks on loading make the bands cover the whole scale. */
  return 0;
}

static void
finish_entry (HearthCategoryScore     *entry,
              const HearthScoringRule *rule,
              HearthInstrument        *instrument,
              GArray                  *levels)
{
  const HearthScoring *scoring = hearth_instrument_get_scoring (instrument);
  HearthScaleDirection direction = hearth_instrument_get_scale_direction (instrument);
  guint n_in_band = entry->n_items - entry->n_out_of_band;
  guint by_share;

  /* The small allowance keeps 0.5 × 6 at 3 despite rounding. */
  by_share = (guint) ceil (rule->min_known_proportion * n_in_band - 1e-9);
  entry->n_needed = MAX (rule->min_known, by_share);

  if (entry->n_known == 0 || entry->n_known < entry->n_needed)
    {
      entry->state = HEARTH_SCORE_INSUFFICIENT;
      entry->score = NAN;
      entry->level = 0;
      return;
    }

  entry->state = HEARTH_SCORE_SCORED;
  entry->score = apply_method (rule->method, direction, levels);
  entry->level = lookup_band (scoring, entry->score);

  /* One item at the gravest levels is a concern in its own right, however
   * well the rest of the category looks. */
  if (scoring->escalate_at > 0 && entry->level < scoring->escalate_to)
    {
      for (guint i = 0; i < levels->len; i++)
        {
          if (is_as_grave_as (direction, g_array_index (levels, int, i), scoring->escalate_at))
            {
              entry->level = scoring->escalate_to;
              entry->escalated = TRUE;
              break;
            }
        }
    }
}

static GHashTable *
index_responses (HearthInstrument  *instrument,
                 GPtrArray         *responses,
                 GError           **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; responses != NULL && i < responses->len; i++)
    {
      HearthResponse *response = g_ptr_array_index (responses, i);
      const HearthInstrumentItem *item;

      g_return_val_if_fail (response != NULL && response->item_id != NULL, NULL);

      item = hearth_instrument_lookup_item (instrument, response->item_id);
      if (item == NULL)
        {
          if (hearth_instrument_lookup_field (instrument, response->item_id) != NULL)
            continue;

          g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_RESPONSE,
                       "A response is for “%s”, which the instrument “%s” does not have.",
                       response->item_id, hearth_instrument_get_id (instrument));
          return NULL;
        }

      if (g_hash_table_contains (by_id, item->id))
        {
          g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_RESPONSE,
                       "The item “%s” has more than one response.", item->id);
          return NULL;
        }

      if (response->not_known && !item->allow_not_known)
        {
          g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_RESPONSE,
                       "The item “%s” is marked not known, which it does not allow.",
                       item->id);
          return NULL;
        }

      if (!response->not_known && response->level != HEARTH_LEVEL_NONE
          && hearth_instrument_lookup_level (instrument, response->level) == NULL)
        {
          g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_RESPONSE,
                       "The item “%s” is rated %d, which is not on the instrument’s scale.",
                       item->id, response->level);
          return NULL;
        }

      g_hash_table_insert (by_id, (gpointer) item->id, response);
    }

  return g_steal_pointer (&by_id);
}

static void
count_item (HearthCategoryScore        *entry,
            GArray                     *levels,
            const HearthInstrumentItem *item,
            const HearthResponse       *response,
            int                         age_years)
{
  entry->n_items++;

  if (!hearth_instrument_item_applies_at_age (item, age_years))
    entry->n_out_of_band++;
  else if (response == NULL || !hearth_response_is_rated (response))
    entry->n_unrated++;
  else if (response->not_known)
    entry->n_not_known++;
  else
    {
      entry->n_known++;
      g_array_append_val (levels, response->level);
    }
}

/**
 * hearth_score_compute:
 * @instrument: an instrument
 * @responses: (element-type HearthResponse) (nullable): the answers so far;
 *   answers to fields are ignored
 * @age_years: the child's age in whole years at the visit, or -1 for a
 *   household instrument
 * @error: return location for a #GError
 *
 * Scores @responses with @instrument's rules, per category and overall,
 * and works out the suggested level of need.
 *
 * Returns: (transfer full): the score, or %NULL with @error set to
 *   %HEARTH_INSTRUMENT_ERROR_RESPONSE when the responses do not fit the
 *   instrument (an unknown item, a level off the scale, two answers for
 *   one item, not known where it is not allowed) or a child's instrument
 *   has no age
 */
HearthScore *
hearth_score_compute (HearthInstrument  *instrument,
                      GPtrArray         *responses,
                      int                age_years,
                      GError           **error)
{
  g_autoptr(HearthScore) self = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GArray) overall_levels = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) category_levels = NULL;
  const HearthScoring *scoring;

  g_return_val_if_fail (HEARTH_IS_INSTRUMENT (instrument), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (hearth_instrument_get_scope (instrument) == HEARTH_INSTRUMENT_SCOPE_CHILD && age_years < 0)
    {
      g_set_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_RESPONSE,
                   "The instrument “%s” is scored for a child, so the child’s age is needed.",
                   hearth_instrument_get_id (instrument));
      return NULL;
    }

  by_id = index_responses (instrument, responses, error);
  if (by_id == NULL)
    return NULL;

  scoring = hearth_instrument_get_scoring (instrument);
  self = g_atomic_rc_box_new0 (HearthScore);
  self->instrument = g_object_ref (instrument);
  self->n_categories = hearth_instrument_get_n_categories (instrument);
  self->categories = g_new0 (HearthCategoryScore, self->n_categories);
  self->overall.id = "overall";
  /* Translators: the score over every category of an instrument. */
  self->overall.label = C_("score", "Overall");

  category_levels = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint c = 0; c < self->n_categories; c++)
    {
      const HearthInstrumentCategory *category = hearth_instrument_get_category (instrument, c);

      self->categories[c].id = category->id;
      self->categories[c].label = category->label;
      g_ptr_array_add (category_levels, g_array_new (FALSE, FALSE, sizeof (int)));
    }

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
      const HearthResponse *response = g_hash_table_lookup (by_id, item->id);

      for (guint c = 0; c < self->n_categories; c++)
        if (g_str_equal (self->categories[c].id, item->category))
          count_item (&self->categories[c], g_ptr_array_index (category_levels, c),
                      item, response, age_years);

      count_item (&self->overall, overall_levels, item, response, age_years);
    }

  /* Loading checked that every category has exactly one rule. */
  for (guint c = 0; c < self->n_categories; c++)
    for (guint r = 0; r < scoring->n_rules; r++)
      if (g_str_equal (scoring->rules[r].category, self->categories[c].id))
        finish_entry (&self->categories[c], &scoring->rules[r], instrument,
                      g_ptr_array_index (category_levels, c));

  finish_entry (&self->overall, &scoring->overall, instrument, overall_levels);

  self->suggested = self->overall.level;
  if (scoring->suggest == HEARTH_SUGGEST_HIGHEST)
    for (guint c = 0; c < self->n_categories; c++)
      self->suggested = MAX (self->suggested, self->categories[c].level);

  return g_steal_pointer (&self);
}

/**
 * hearth_score_ref:
 * @self: a score
 *
 * Returns: (transfer full): @self, with one more reference
 */
HearthScore *
hearth_score_ref (HearthScore *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

/**
 * hearth_score_unref:
 * @self: (transfer full): a score
 *
 * Drops a reference, freeing @self with the last one.
 */
void
hearth_score_unref (HearthScore *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, score_clear);
}

/**
 * hearth_score_get_instrument:
 * @self: a score
 *
 * Returns: (transfer none): the instrument whose rules made the score
 */
HearthInstrument *
hearth_score_get_instrument (HearthScore *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->instrument;
}

/**
 * hearth_score_get_n_categories:
 * @self: a score
 *
 * Returns: the number of categories, as in the instrument
 */
guint
hearth_score_get_n_categories (HearthScore *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_categories;
}

/**
 * hearth_score_get_category:
 * @self: a score
 * @index: from 0 to hearth_score_get_n_categories() - 1
 *
 * Returns: (transfer none): the score of the category at @index, in the
 *   instrument's order
 */
const HearthCategoryScore *
hearth_score_get_category (HearthScore *self,
                           guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_categories, NULL);
  return &self->categories[index];
}

/**
 * hearth_score_lookup_category:
 * @self: a score
 * @id: a category id
 *
 * Returns: (transfer none) (nullable): the category's score, or %NULL if
 *   the instrument has no category @id
 */
const HearthCategoryScore *
hearth_score_lookup_category (HearthScore *self,
                              const char  *id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint c = 0; c < self->n_categories; c++)
    if (g_str_equal (self->categories[c].id, id))
      return &self->categories[c];

  return NULL;
}

/**
 * hearth_score_get_overall:
 * @self: a score
 *
 * Returns: (transfer none): the score over every item
 */
const HearthCategoryScore *
hearth_score_get_overall (HearthScore *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->overall;
}

/**
 * hearth_score_get_suggested_level:
 * @self: a score
 *
 * The level of need the instrument suggests: the overall band, or with
 * `suggest="highest"` the highest band of the overall score and every
 * category. It is a suggestion; the practitioner decides.
 *
 * Returns: a level of need from 1 to %HEARTH_N_LEVELS_OF_NEED, or 0 when
 *   there is insufficient information for a suggestion
 */
int
hearth_score_get_suggested_level (HearthScore *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->suggested;
}
