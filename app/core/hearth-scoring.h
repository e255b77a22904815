/* hearth-scoring.h
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

#include <glib-object.h>

#include "hearth-instrument.h"

G_BEGIN_DECLS

/**
 * HearthScoreState:
 * @HEARTH_SCORE_SCORED: enough items are known for a score
 * @HEARTH_SCORE_INSUFFICIENT: too few items are known: "insufficient
 *   information", which is not a score of any kind
 */
typedef enum
{
  HEARTH_SCORE_SCORED,
  HEARTH_SCORE_INSUFFICIENT,
} HearthScoreState;

/**
 * HearthCategoryScore:
 * @id: the category id, or "overall"
 * @label: the category's label, or "Overall"
 * @state: whether there is a score
 * @score: the score on the instrument's scale, or NAN when insufficient
 * @level: the level of need the score's band suggests (1 to 4), or 0 when
 *   insufficient
 * @escalated: %TRUE when the escalation rule raised @level
 * @n_items: the items in the category
 * @n_known: items rated with a level, in the child's age band
 * @n_not_known: items marked not known (or not seen)
 * @n_out_of_band: items outside the child's age band, whatever their answer
 * @n_unrated: items in band with no answer yet
 * @n_needed: known items needed for a score
 *
 * The score of one category, or of the whole instrument. The strings
 * belong to the instrument, which the score keeps alive.
 */
typedef struct
{
  const char       *id;
  const char       *label;
  HearthScoreState  state;
  double            score;
  int               level;
  gboolean          escalated;
  guint             n_items;
  guint             n_known;
  guint             n_not_known;
  guint             n_out_of_band;
  guint             n_unrated;
  guint             n_needed;
} HearthCategoryScore;

typedef struct _HearthScore HearthScore;

#define HEARTH_TYPE_SCORE (hearth_score_get_type ())

GType                      hearth_score_get_type            (void) G_GNUC_CONST;
HearthScore               *hearth_score_compute             (HearthInstrument  *instrument,
                                                             GPtrArray         *responses,
                                                             int                age_years,
                                                             GError           **error);
HearthScore               *hearth_score_ref                 (HearthScore       *self);
void                       hearth_score_unref               (HearthScore       *self);
HearthInstrument          *hearth_score_get_instrument      (HearthScore       *self);
guint                      hearth_score_get_n_categories    (HearthScore       *self);
const HearthCategoryScore *hearth_score_get_category        (HearthScore       *self,
                                                             guint              index);
const HearthCategoryScore *hearth_score_lookup_category     (HearthScore       *self,
                                                             const char        *id);
const HearthCategoryScore *hearth_score_get_overall         (HearthScore       *self);
int                        hearth_score_get_suggested_level (HearthScore       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthScore, hearth_score_unref)

G_END_DECLS
