/* hearth-instrument-check.c
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

#include "hearth-instrument-private.h"
#include "hearth-levels.h"

/*
 * Rules that span the whole definition, run once hearth-instrument-parser.c
 * has built the structures: every category is scored and used, the bands
 * cover the scale exactly once, and fields that name other fields name the
 * right kind.
 */

static guint
count_items_in_category (HearthInstrument *self,
                         const char       *category)
{
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      const HearthInstrumentItem *item = g_ptr_array_index (self->items, i);

      if (g_str_equal (item->category, category))
        n++;
    }

  return n;
}

static gboolean
check_rule (HearthInstrument         *self,
            const HearthScoringRule  *rule,
            const char               *what,
            guint                     n_items,
            GError                  **error)
{
  if (rule->min_known > n_items)
    {
      hearth_instrument_set_error (self, error, rule->line,
                                   "%s needs %u known items but has only %u items.",
                                   what, rule->min_known, n_items);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_categories (HearthInstrument  *self,
                  GError           **error)
{
  const HearthScoring *scoring = &self->scoring;

  for (guint r = 0; r < scoring->n_rules; r++)
    {
      const HearthScoringRule *rule = &scoring->rules[r];

      if (hearth_instrument_lookup_category (self, rule->category) == NULL)
        {
          hearth_instrument_set_error (self, error, rule->line,
                                       "the scoring rule names the unknown category “%s”.",
                                       rule->category);
          return FALSE;
        }
      for (guint other = 0; other < r; other++)
        {
          if (g_str_equal (scoring->rules[other].category, rule->category))
            {
              hearth_instrument_set_error (self, error, rule->line,
                                           "the category “%s” has two scoring rules.",
                                           rule->category);
              return FALSE;
            }
        }
    }

  for (guint c = 0; c < self->categories->len; c++)
    {
      const HearthInstrumentCategory *category = g_ptr_array_index (self->categories, c);
      const HearthScoringRule *rule = NULL;
      g_autofree char *what = NULL;
      guint n_items;

      for (guint r = 0; r < scoring->n_rules; r++)
        if (g_str_equal (scoring->rules[r].category, category->id))
          rule = &scoring->rules[r];

      n_items = count_items_in_category (self, category->id);
      if (n_items == 0)
        {
          hearth_instrument_set_error (self, error, category->line,
                                       "the category “%s” has no items.", category->id);
          return FALSE;
        }
      if (rule == NULL)
        {
          hearth_instrument_set_error (self, error, category->line,
                                       "the category “%s” has no scoring rule.", category->id);
          return FALSE;
        }

      what = g_strdup_printf ("the scoring rule for “%s”", category->id);
      if (!check_rule (self, rule, what, n_items, error))
        return FALSE;
    }

  return check_rule (self, &scoring->overall, "the overall scoring rule",
                     self->items->len, error);
}

static gboolean
check_bands (HearthInstrument  *self,
             GError           **error)
{
  const HearthScoring *scoring = &self->scoring;
  const HearthScaleLevel *lowest = g_ptr_array_index (self->levels, 0);
  const HearthScaleLevel *highest = g_ptr_array_index (self->levels, self->levels->len - 1);
  const HearthScoreBand *first = &scoring->bands[0];
  const HearthScoreBand *last = &scoring->bands[scoring->n_bands - 1];

  for (guint i = 0; i < scoring->n_bands; i++)
    {
      const HearthScoreBand *band = &scoring->bands[i];
      const HearthScoreBand *before = i > 0 ? &scoring->bands[i - 1] : NULL;

      if (band->from >= band->to)
        {
          hearth_instrument_set_error (self, error, band->line,
                                       "the band from %g to %g is empty or back to front.",
                                       band->from, band->to);
          return FALSE;
        }
      if (band->level < 1 || band->level > HEARTH_N_LEVELS_OF_NEED)
        {
          hearth_instrument_set_error (self, error, band->line,
                                       "the band from %g to %g suggests level of need %d, "
                                       "but levels run from 1 to %d.",
                                       band->from, band->to, band->level,
                                       HEARTH_N_LEVELS_OF_NEED);
          return FALSE;
        }
      if (before == NULL)
        continue;

      if (band->from < before->to)
        {
          hearth_instrument_set_error (self, error, band->line,
                                       "the band from %g to %g overlaps the band from %g to %g.",
                                       band->from, band->to, before->from, before->to);
          return FALSE;
        }
      if (band->from > before->to)
        {
          hearth_instrument_set_error (self, error, band->line,
                                       "there is a gap between the band that ends at %g "
                                       "and the band that starts at %g.",
                                       before->to, band->from);
          return FALSE;
        }

      /* A graver score may never suggest less help than a milder one. */
      if ((self->direction == HEARTH_SCALE_HIGHER_IS_WORSE && band->level < before->level)
          || (self->direction == HEARTH_SCALE_HIGHER_IS_BETTER && band->level > before->level))
        {
          hearth_instrument_set_error (self, error, band->line,
                                       "the band from %g to %g suggests a lower level of need "
                                       "than a band with milder scores.",
                                       band->from, band->to);
          return FALSE;
        }
    }

  if (first->from != (double) lowest->value)
    {
      hearth_instrument_set_error (self, error, first->line,
                                   "the bands start at %g, but the scale starts at %d.",
                                   first->from, lowest->value);
      return FALSE;
    }
  if (last->to != (double) highest->value)
    {
      hearth_instrument_set_error (self, error, last->line,
                                   "the bands end at %g, but the scale ends at %d.",
                                   last->to, highest->value);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_fields (HearthInstrument  *self,
              GError           **error)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      const HearthInstrumentField *field = g_ptr_array_index (self->fields, i);
      const HearthInstrumentField *other;

      if ((field->compare_with == NULL) != (field->reason_field == NULL))
        {
          hearth_instrument_set_error (self, error, field->line,
                                       "the field “%s” needs both “compare-with” and "
                                       "“reason-field”, or neither.", field->id);
          return FALSE;
        }
      if (field->compare_with == NULL)
        continue;

      if (field->computed)
        {
          hearth_instrument_set_error (self, error, field->line,
                                       "the computed field “%s” cannot also ask for a reason.",
                                       field->id);
          return FALSE;
        }

      other = hearth_instrument_lookup_field (self, field->compare_with);
      if (other == NULL || other == field || other->type != HEARTH_FIELD_LEVEL_OF_NEED)
        {
          hearth_instrument_set_error (self, error, field->line,
                                       "the field “%s” is compared with “%s”, which is not "
                                       "another level-of-need field.",
                                       field->id, field->compare_with);
          return FALSE;
        }

      other = hearth_instrument_lookup_field (self, field->reason_field);
      if (other == NULL || other->type != HEARTH_FIELD_TEXT)
        {
          hearth_instrument_set_error (self, error, field->line,
                                       "the field “%s” names “%s” for its reason, which is "
                                       "not a text field.", field->id, field->reason_field);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * hearth_instrument_check:
 * @self: an instrument filled by hearth_instrument_parse()
 * @error: return location for a #GError
 *
 * Checks the rules that span the whole definition.
 *
 * Returns: %TRUE if @self makes sense, or %FALSE with @error set to
 *   %HEARTH_INSTRUMENT_ERROR_INVALID
 */
gboolean
hearth_instrument_check (HearthInstrument  *self,
                         GError           **error)
{
  /* The schema guarantees at least one level, one category, one band and
   * one section; an instrument built some other way would not get here. */
  if (self->levels->len == 0 || self->scoring.n_bands == 0 || self->items->len == 0)
    {
      hearth_instrument_set_error (self, error, 0,
                                   "the instrument needs a scale, at least one item and "
                                   "at least one band.");
      return FALSE;
    }

  return check_categories (self, error)
         && check_bands (self, error)
         && check_fields (self, error);
}
