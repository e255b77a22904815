/* hearth-pack-load-assessments.c
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
#include <string.h>

#include "core/hearth-date.h"
#include "core/hearth-scoring.h"

#include "hearth-chart-set.h"
#include "hearth-pack-load-private.h"

/* The latest finalised neglect screening of each child, and the latest
 * home conditions assessment: scores, levels of need suggested and
 * decided, and the child's own words (DESIGN.md, "The child's lived
 * experience and voice"). The fields are found by the ids of Hearth's
 * own instruments; another partnership's instrument that lacks them
 * simply shows fewer facts. */

typedef struct
{
  HearthAssessment *assessment;   /* borrowed */
  char             *date;         /* owned; "YYYY-MM-DD" */
} Latest;

static const char *
response_value (const HearthAssessment *assessment,
                const char             *item_id)
{
  const HearthResponse *response = hearth_assessment_lookup_response (assessment, item_id);

  if (response == NULL || response->value == NULL || response->value[0] == '\0')
    return NULL;
  return response->value;
}

static const char *
field_label (HearthInstrument *instrument,
             const char       *field_id,
             const char       *fallback)
{
  const HearthInstrumentField *field
      = instrument != NULL ? hearth_instrument_lookup_field (instrument, field_id) : NULL;

  return field != NULL ? field->label : fallback;
}

/* The latest finalised assessment of an instrument, for a child or (with
 * @child_id 0) the household, made on or before the period's end. */
static gboolean
find_latest (HearthPackLoader *loader,
             const char       *instrument_id,
             gint64            child_id,
             Latest           *latest)
{
  latest->assessment = NULL;
  latest->date = NULL;

  for (guint i = 0; i < loader->assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (loader->assessments, i);
      g_autofree char *date = NULL;

      if (assessment->status != HEARTH_ASSESSMENT_STATUS_FINAL
          || g_strcmp0 (assessment->instrument_id, instrument_id) != 0
          || (child_id != 0 && assessment->child_id != child_id))
        continue;

      date = hearth_signals_dup_assessment_date (assessment, loader->assessments, loader->visits);
      if (date == NULL || !hearth_date_validate (date, NULL) || strcmp (date, loader->as_of) > 0)
        continue;
      if (latest->date != NULL
          && (strcmp (date, latest->date) < 0
              || (strcmp (date, latest->date) == 0 && assessment->id < latest->assessment->id)))
        continue;

      g_free (latest->date);
      latest->date = g_steal_pointer (&date);
      latest->assessment = assessment;
    }

  return latest->assessment != NULL;
}

static HearthScore *
score_latest (HearthPackLoader *loader,
              HearthInstrument *instrument,
              const Latest     *latest)
{
  int age = -1;

  if (instrument == NULL)
    return NULL;
  if (latest->assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD)
    {
      const HearthPerson *child = NULL;

      for (guint i = 0; i < loader->people->len && child == NULL; i++)
        if (((HearthPerson *) g_ptr_array_index (loader->people, i))->id
            == latest->assessment->child_id)
          child = g_ptr_array_index (loader->people, i);
      if (child == NULL || !hearth_person_get_age_at (child, latest->date, &age))
        return NULL;
    }
  return hearth_score_compute (instrument, latest->assessment->responses, age, NULL);
}

static HearthPackScore *
describe_score (HearthPackLoader          *loader,
                const HearthCategoryScore *score,
                const char                *label)
{
  g_autofree char *value = NULL;
  g_autofree char *level = NULL;

  if (score->state != HEARTH_SCORE_SCORED)
    return hearth_pack_score_new (label, _("Insufficient information"), NULL, 0, NULL);

  value = g_strdup_printf ("%.1f", score->score);
  if (score->level >= 1 && score->level <= HEARTH_N_LEVELS_OF_NEED)
    level = hearth_pack_load_level_name (loader, score->level);
  return hearth_pack_score_new (label, value, level, score->level, NULL);
}

/* Facts every assessment ends with: the level suggested by the score,
 * the practitioner's decision and the reason for it. */
static void
add_decision (HearthPackLoader     *loader,
              HearthInstrument     *instrument,
              HearthScore          *score,
              const Latest         *latest,
              HearthPackAssessment *row)
{
  const char *decision = response_value (latest->assessment, "decision");
  const char *reason = response_value (latest->assessment, "decision-reason");
  gint64 level;

  if (score != NULL && hearth_score_get_suggested_level (score) >= 1)
    {
      g_autofree char *name
          = hearth_pack_load_level_name (loader, hearth_score_get_suggested_level (score));

      g_ptr_array_add (row->fields,
                       hearth_pack_score_new (field_label (instrument, "suggested-level",
                                                           _("Suggested level of need")),
                                              name, NULL, 0, NULL));
    }
  if (decision != NULL
      && g_ascii_string_to_signed (decision, 10, 1, HEARTH_N_LEVELS_OF_NEED, &level, NULL))
    {
      g_autofree char *name = hearth_pack_load_level_name (loader, (int) level);

      g_ptr_array_add (row->fields,
                       hearth_pack_score_new (field_label (instrument, "decision",
                                                           _("Level of need decided")),
                                              name, NULL, 0, NULL));
    }
  if (reason != NULL)
    g_ptr_array_add (row->fields,
                     hearth_pack_score_new (field_label (instrument, "decision-reason",
                                                         _("Reason for the decision")),
                                            reason, NULL, 0, NULL));
}

static HearthPackAssessment *
new_row (HearthPackLoader *loader,
         HearthInstrument *instrument,
         const Latest     *latest,
         const char       *subject)
{
  g_autofree char *date = hearth_pack_load_format_date (latest->date, HEARTH_DATE_PRECISION_DAY);
  HearthPackAssessment *row;

  row = hearth_pack_assessment_new (subject,
                                    instrument != NULL ? hearth_instrument_get_title (instrument)
                                                       : latest->assessment->instrument_id,
                                    date);
  row->practitioner = g_strdup (latest->assessment->finalised_by);
  row->analysis = g_strdup (response_value (latest->assessment, "analysis"));
  return row;
}

static const char *
describe_seen (const HearthAssessment *assessment)
{
  const char *seen = response_value (assessment, "child-seen");
  const char *alone = response_value (assessment, "child-seen-alone");

  if (seen == NULL)
    return NULL;
  if (!g_str_equal (seen, "true"))
    return _("Not seen");
  return g_strcmp0 (alone, "true") == 0 ? _("Seen alone") : _("Seen, not alone");
}

static void
add_screening (HearthPackLoader   *loader,
               const HearthPerson *child)
{
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autoptr(HearthScore) score = NULL;
  HearthPackAssessment *row;
  const char *seen, *reason;
  Latest latest;

  if (!find_latest (loader, HEARTH_CHART_SET_SCREENING_INSTRUMENT, child->id, &latest))
    {
      g_ptr_array_add (loader->data->unscreened, g_strdup (child->name));
      return;
    }

  instrument = hearth_pack_load_instrument (loader, latest.assessment);
  score = score_latest (loader, instrument, &latest);
  row = new_row (loader, instrument, &latest, child->name);

  if ((seen = describe_seen (latest.assessment)) != NULL)
    g_ptr_array_add (row->fields,
                     hearth_pack_score_new (_("The child was"), seen, NULL, 0, NULL));
  if ((reason = response_value (latest.assessment, "not-seen-reason")) != NULL)
    g_ptr_array_add (row->fields,
                     hearth_pack_score_new (field_label (instrument, "not-seen-reason",
                                                         _("Why not seen, or not alone")),
                                            reason, NULL, 0, NULL));
  add_decision (loader, instrument, score, &latest, row);

  for (guint c = 0; score != NULL && c < hearth_score_get_n_categories (score); c++)
    {
      const HearthCategoryScore *category = hearth_score_get_category (score, c);

      g_ptr_array_add (row->scores, describe_score (loader, category, category->label));
    }
  if (score != NULL)
    g_ptr_array_add (row->scores,
                     describe_score (loader, hearth_score_get_overall (score), _("Overall")));
  else
    g_ptr_array_add (row->fields,
                     hearth_pack_score_new (_("Scores"),
                                            _("Not available: the instrument this screening "
                                              "was made with is not installed."),
                                            NULL, 0, NULL));

  row->voice = g_strdup (response_value (latest.assessment, "child-voice"));
  g_ptr_array_add (loader->data->screenings, row);
  g_free (latest.date);
}

static char *
describe_rating (HearthInstrument     *instrument,
                 const HearthResponse *response)
{
  const HearthScaleLevel *level;

  if (response == NULL)
    return g_strdup (_("Not rated"));
  if (response->not_known)
    return g_strdup (_("Not seen"));
  if (response->level == HEARTH_LEVEL_NONE)
    return g_strdup (_("Not rated"));
  level = hearth_instrument_lookup_level (instrument, response->level);
  if (level == NULL)
    return g_strdup_printf ("%d", response->level);
  /* Translators: a rating: its number on the scale, then its label. */
  return g_strdup_printf (_("%d, %s"), response->level, level->label);
}

static void
add_home (HearthPackLoader *loader)
{
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autoptr(HearthScore) score = NULL;
  HearthPackAssessment *row;
  const char *change;
  Latest latest;

  if (!find_latest (loader, HEARTH_CHART_SET_HOME_INSTRUMENT, 0, &latest))
    return;

  instrument = hearth_pack_load_instrument (loader, latest.assessment);
  score = score_latest (loader, instrument, &latest);
  row = new_row (loader, instrument, &latest, _("The home"));

  if (score != NULL)
    {
      const HearthCategoryScore *overall = hearth_score_get_overall (score);
      g_autofree char *level = NULL;
      g_autofree char *value = NULL;

      if (overall->state != HEARTH_SCORE_SCORED)
        value = g_strdup (_("Insufficient information"));
      else if (overall->level >= 1 && overall->level <= HEARTH_N_LEVELS_OF_NEED)
        {
          level = hearth_pack_load_level_name (loader, overall->level);
          /* Translators: a score, then the level of need it suggests. */
          value = g_strdup_printf (_("%.1f, suggesting %s"), overall->score, level);
        }
      else
        value = g_strdup_printf ("%.1f", overall->score);

      g_ptr_array_add (row->fields,
                       hearth_pack_score_new (_("Overall rating"), value, NULL, 0, NULL));
    }
  add_decision (loader, instrument, score, &latest, row);
  if ((change = response_value (latest.assessment, "change-since-last")) != NULL)
    g_ptr_array_add (row->fields,
                     hearth_pack_score_new (field_label (instrument, "change-since-last",
                                                         _("Change since the last assessment")),
                                            change, NULL, 0, NULL));

  for (guint i = 0; instrument != NULL && i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
      const HearthResponse *response = hearth_assessment_lookup_response (latest.assessment,
                                                                          item->id);
      g_autofree char *rating = describe_rating (instrument, response);

      g_ptr_array_add (row->scores,
                       hearth_pack_score_new (item->label, rating, NULL, 0,
                                              response != NULL ? response->note : NULL));
    }

  loader->data->home_conditions = row;
  g_free (latest.date);
}

/**
 * hearth_pack_load_assessments: (skip)
 * @loader: a loader whose records are read
 *
 * Fills the latest screening of each child, the children without one,
 * and the latest home conditions assessment.
 */
void
hearth_pack_load_assessments (HearthPackLoader *loader)
{
  for (guint i = 0; i < loader->people->len; i++)
    {
      const HearthPerson *person = g_ptr_array_index (loader->people, i);

      if (hearth_person_is_child (person))
        add_screening (loader, person);
    }
  add_home (loader);
}
