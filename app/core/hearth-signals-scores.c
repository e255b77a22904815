/* hearth-signals-scores.c
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

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hearth-scoring.h"
#include "hearth-signals-private.h"

/* Signals read from the scores of finalised assessments, each scored with
 * its own instrument's rules. Superseded assessments and drafts are left
 * out: only what was agreed and still stands is evidence. Scales run
 * either way, so values are compared as "gravity", higher always graver. */

/* Scores differ by rounding when they are really equal. */
#define GRAVITY_EPSILON 1e-9

#define OVERALL_SUBJECT "overall"

/* One finalised assessment with its score. */
typedef struct
{
  const HearthDatedAssessment *entry;       /* borrowed from the dated array */
  HearthScore                 *score;       /* owned */
  HearthScaleDirection         direction;
} Scored;

/* One value in a subject's history. */
typedef struct
{
  const Scored *scored;
  double        value;
  double        gravity;
  int           level;    /* the level of need its band suggests, or 0 */
} Point;

static void
scored_clear (gpointer data)
{
  Scored *scored = data;

  g_clear_pointer (&scored->score, hearth_score_unref);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static double
gravity_of (HearthScaleDirection direction,
            double               value)
{
  return direction == HEARTH_SCALE_HIGHER_IS_WORSE ? value : -value;
}

/* Scores the finalised assessments of one scope, instrument and child (0
 * for the household), oldest first. Those whose instrument is not
 * installed, or that cannot be scored, are left out. */
static GArray *
score_history (HearthSignalContext *context,
               GArray              *dated,
               HearthAssessmentScope scope,
               const char          *instrument_id,
               const HearthPerson  *child)
{
  GArray *history = g_array_new (FALSE, TRUE, sizeof (Scored));

  g_array_set_clear_func (history, scored_clear);

  for (guint i = 0; i < dated->len; i++)
    {
      const HearthDatedAssessment *entry = &g_array_index (dated, HearthDatedAssessment, i);
      const HearthAssessment *assessment = entry->assessment;
      g_autoptr(HearthInstrument) instrument = NULL;
      Scored scored = { entry, NULL, HEARTH_SCALE_HIGHER_IS_WORSE };
      int version = (int) g_ascii_strtoll (assessment->instrument_version, NULL, 10);
      int age = -1;

      if (assessment->scope != scope || g_strcmp0 (assessment->instrument_id, instrument_id) != 0
          || (child != NULL && assessment->child_id != child->id) || entry->day > context->today)
        continue;

      instrument = hearth_instrument_registry_lookup (context->input->registry, instrument_id,
                                                      version, NULL);
      if (instrument == NULL)
        continue;
      if (child != NULL && !hearth_person_get_age_at (child, entry->date, &age))
        continue;

      scored.score = hearth_score_compute (instrument, assessment->responses, age, NULL);
      if (scored.score == NULL)
        continue;
      scored.direction = hearth_instrument_get_scale_direction (instrument);
      g_array_append_val (history, scored);
    }

  return history;
}

/* The distinct instrument ids among @dated of @scope (and @child_id when
 * not 0), sorted so signals come out in a stable order. */
static GPtrArray *
instrument_ids (GArray                *dated,
                HearthAssessmentScope  scope,
                gint64                 child_id)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < dated->len; i++)
    {
      const HearthAssessment *assessment;
      guint index;

      assessment = g_array_index (dated, HearthDatedAssessment, i).assessment;

      if (assessment->scope != scope || (child_id != 0 && assessment->child_id != child_id)
          || assessment->instrument_id == NULL)
        continue;
      if (!g_ptr_array_find_with_equal_func (ids, assessment->instrument_id, g_str_equal, &index))
        g_ptr_array_add (ids, assessment->instrument_id);
    }

  g_ptr_array_sort (ids, compare_strings);
  return ids;
}

static GArray *
category_points (GArray     *history,
                 const char *category_id)
{
  GArray *points = g_array_new (FALSE, TRUE, sizeof (Point));

  for (guint i = 0; i < history->len; i++)
    {
      const Scored *scored = &g_array_index (history, Scored, i);
      const HearthCategoryScore *category;
      Point point;

      if (g_str_equal (category_id, OVERALL_SUBJECT))
        category = hearth_score_get_overall (scored->score);
      else
        category = hearth_score_lookup_category (scored->score, category_id);

      if (category == NULL || category->state != HEARTH_SCORE_SCORED)
        continue;
      point.scored = scored;
      point.value = category->score;
      point.gravity = gravity_of (scored->direction, category->score);
      point.level = category->level;
      g_array_append_val (points, point);
    }

  return points;
}

static GArray *
item_points (GArray     *history,
             const char *item_id)
{
  GArray *points = g_array_new (FALSE, TRUE, sizeof (Point));

  for (guint i = 0; i < history->len; i++)
    {
      const Scored *scored = &g_array_index (history, Scored, i);
      const HearthResponse *response = hearth_assessment_lookup_response (scored->entry->assessment,
                                                                          item_id);
      Point point;

      if (response == NULL || !hearth_response_is_rated (response))
        continue;
      point.scored = scored;
      point.value = response->level;
      point.gravity = gravity_of (scored->direction, response->level);
      point.level = 0;
      g_array_append_val (points, point);
    }

  return points;
}

/* The longest run of points that ends with the latest in which no point
 * is better than the first: the start of the run is the earliest point
 * that every later one is at least as grave as. */
static guint
not_improving_run_start (GArray *points)
{
  guint start = points->len - 1;

  for (guint s = points->len - 1; s > 0; s--)
    {
      double first = g_array_index (points, Point, s - 1).gravity;
      gboolean holds = TRUE;

      for (guint i = s; i < points->len && holds; i++)
        holds = g_array_index (points, Point, i).gravity >= first - GRAVITY_EPSILON;
      if (holds)
        start = s - 1;
    }

  return start;
}

static void
add_points (HearthSignal *signal,
            GArray       *points,
            guint         from,
            guint         to,
            const char   *subject)
{
  for (guint i = from; i <= to; i++)
    {
      const Point *point = &g_array_index (points, Point, i);

      hearth_signal_add_evidence (signal, HEARTH_EVIDENCE_ASSESSMENT,
                                  point->scored->entry->assessment->id, point->scored->entry->date,
                                  subject, point->value);
    }
}

static void
find_child_not_improving (HearthSignalContext *context,
                          GArray              *dated,
                          const HearthPerson  *child,
                          const char          *instrument_id)
{
  g_autoptr(GArray) history = score_history (context, dated, HEARTH_ASSESSMENT_SCOPE_CHILD,
                                             instrument_id, child);
  HearthInstrument *latest;

  if (history->len < context->options.not_improving_screenings)
    return;

  /* The latest instrument names the categories; earlier versions are
   * compared by category id. */
  latest = hearth_score_get_instrument (g_array_index (history, Scored, history->len - 1).score);
  for (guint c = 0; c < hearth_instrument_get_n_categories (latest); c++)
    {
      const HearthInstrumentCategory *category = hearth_instrument_get_category (latest, c);
      g_autoptr(GArray) points = category_points (history, category->id);
      g_autoptr(HearthSignal) signal = NULL;
      g_autofree char *explanation = NULL;
      const Point *first, *last;
      guint start, run;

      if (points->len < context->options.not_improving_screenings)
        continue;

      start = not_improving_run_start (points);
      run = points->len - start;
      if (run < context->options.not_improving_screenings)
        continue;

      first = &g_array_index (points, Point, start);
      last = &g_array_index (points, Point, points->len - 1);

      /* A category that stays within the universal band has nothing to
       * improve on: only a score that suggests a need for help does
       * (DESIGN.md, "Thresholds / levels of need"). */
      if (last->level <= 1)
        continue;
      /* Translators: "Physical neglect has not improved across 3
       * finalised screenings (from 3.0 to 3.4)." */
      explanation = g_strdup_printf (_("%s has not improved across %u finalised screenings "
                                       "(from %.1f to %.1f)."),
                                     category->label, run, first->value, last->value);
      signal = hearth_signal_new (HEARTH_SIGNAL_NOT_IMPROVING, child->id,
                                  last->gravity > first->gravity + GRAVITY_EPSILON
                                  ? HEARTH_SIGNAL_SEVERITY_SERIOUS : HEARTH_SIGNAL_SEVERITY_CONCERN,
                                  explanation);
      add_points (signal, points, start, points->len - 1, category->id);
      hearth_signals_take (context, g_steal_pointer (&signal));
    }
}

/**
 * hearth_signals_find_not_improving: (skip)
 *
 * For each child and each instrument the child was screened with, each
 * category whose score has not improved across the threshold's number of
 * finalised screenings or more, up to the latest one, and whose latest
 * score suggests more than universal services.
 */
void
hearth_signals_find_not_improving (HearthSignalContext *context)
{
  g_autoptr(GArray) dated = NULL;
  GPtrArray *people = context->input->people;

  if (context->input->registry == NULL)
    return;

  dated = hearth_signals_dated_assessments (context, TRUE);
  for (guint p = 0; people != NULL && p < people->len; p++)
    {
      const HearthPerson *child = g_ptr_array_index (people, p);
      g_autoptr(GPtrArray) ids = NULL;

      if (!hearth_person_is_child (child))
        continue;

      ids = instrument_ids (dated, HEARTH_ASSESSMENT_SCOPE_CHILD, child->id);
      for (guint i = 0; i < ids->len; i++)
        find_child_not_improving (context, dated, child, g_ptr_array_index (ids, i));
    }
}

/* Finds, in a subject's history, the latest fall back: a point at least
 * @delta better than the gravest before it, followed by a point at least
 * @delta graver than it. Returns %TRUE with the three indices. */
static gboolean
find_fall_back (GArray *points,
                double  delta,
                guint  *worst_out,
                guint  *better_out,
                guint  *fell_out)
{
  gboolean found = FALSE;
  guint worst = 0;

  for (guint j = 1; j < points->len; j++)
    {
      double gravest = g_array_index (points, Point, worst).gravity;
      double better;

      if (g_array_index (points, Point, j - 1).gravity > gravest)
        worst = j - 1;

      better = g_array_index (points, Point, j).gravity;
      if (g_array_index (points, Point, worst).gravity - better < delta - GRAVITY_EPSILON)
        continue;

      for (guint k = j + 1; k < points->len; k++)
        if (g_array_index (points, Point, k).gravity - better >= delta - GRAVITY_EPSILON)
          {
            if (!found || k > *fell_out)
              {
                *worst_out = worst;
                *better_out = j;
                *fell_out = k;
                found = TRUE;
              }
            break;
          }
    }

  return found;
}

static void
find_household_fell_back (HearthSignalContext *context,
                          GArray              *dated,
                          const char          *instrument_id)
{
  g_autoptr(GArray) history = score_history (context, dated, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD,
                                             instrument_id, NULL);
  g_autoptr(HearthSignal) signal = NULL;
  g_autofree char *explanation = NULL;
  HearthInstrument *latest;
  gboolean overall = FALSE, serious = FALSE;
  guint n_items = 0;
  double delta = context->options.home_change_levels;

  if (history->len < 3)
    return;

  latest = hearth_score_get_instrument (g_array_index (history, Scored, history->len - 1).score);
  signal = hearth_signal_new (HEARTH_SIGNAL_HOME_FELL_BACK, 0, HEARTH_SIGNAL_SEVERITY_CONCERN, "");

  {
    g_autoptr(GArray) points = category_points (history, OVERALL_SUBJECT);
    guint worst, better, fell;

    if (find_fall_back (points, delta, &worst, &better, &fell))
      {
        overall = TRUE;
        serious = g_array_index (points, Point, fell).gravity
                  >= g_array_index (points, Point, worst).gravity - GRAVITY_EPSILON;
        add_points (signal, points, worst, worst, OVERALL_SUBJECT);
        add_points (signal, points, better, better, OVERALL_SUBJECT);
        add_points (signal, points, fell, fell, OVERALL_SUBJECT);
      }
  }

  for (guint i = 0; i < hearth_instrument_get_n_items (latest); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (latest, i);
      g_autoptr(GArray) points = item_points (history, item->id);
      guint worst, better, fell;

      if (!find_fall_back (points, delta, &worst, &better, &fell))
        continue;
      n_items++;
      add_points (signal, points, worst, worst, item->id);
      add_points (signal, points, better, better, item->id);
      add_points (signal, points, fell, fell, item->id);
    }

  if (!overall && n_items == 0)
    return;

  if (overall && n_items > 0)
    /* Translators: the first %s is an instrument's title, such as "Home
     * conditions". */
    explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s improved and then fell back, overall and "
                                                "in %u area.",
                                                "%s improved and then fell back, overall and "
                                                "in %u areas.",
                                                n_items),
                                   hearth_instrument_get_title (latest), n_items);
  else if (overall)
    explanation = g_strdup_printf (_("%s improved and then fell back overall."),
                                   hearth_instrument_get_title (latest));
  else
    explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s improved and then fell back in %u area.",
                                                "%s improved and then fell back in %u areas.",
                                                n_items),
                                   hearth_instrument_get_title (latest), n_items);

  g_free (signal->explanation);
  signal->explanation = g_steal_pointer (&explanation);
  if (serious)
    signal->severity = HEARTH_SIGNAL_SEVERITY_SERIOUS;
  hearth_signals_take (context, g_steal_pointer (&signal));
}

/**
 * hearth_signals_find_home_fell_back: (skip)
 *
 * For each household instrument (home conditions), whether the overall
 * score or the rating of any area improved by the threshold's levels and
 * later worsened again by as much (DESIGN.md, "Improvements to home
 * conditions must be sustained").
 */
void
hearth_signals_find_home_fell_back (HearthSignalContext *context)
{
  g_autoptr(GArray) dated = NULL;
  g_autoptr(GPtrArray) ids = NULL;

  if (context->input->registry == NULL)
    return;

  dated = hearth_signals_dated_assessments (context, TRUE);
  ids = instrument_ids (dated, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD, 0);
  for (guint i = 0; i < ids->len; i++)
    find_household_fell_back (context, dated, g_ptr_array_index (ids, i));
}
