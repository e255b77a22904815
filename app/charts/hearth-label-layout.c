/* hearth-label-layout.c
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

#include <math.h>

#include "hearth-label-layout.h"

/* The horizontal extent of a label already placed in a row. Within a row
 * extents never overlap, so sorting them by left edge sorts them by right
 * edge too, and a new label need only be checked against its two
 * neighbours. */
typedef struct
{
  double left;
  double right;
} Extent;

typedef struct
{
  const HearthLabelCandidate *candidates;
} SortContext;

static int
compare_by_priority (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const SortContext *context = user_data;
  guint index_a = *(const guint *) a;
  guint index_b = *(const guint *) b;
  int priority_a = context->candidates[index_a].priority;
  int priority_b = context->candidates[index_b].priority;

  if (priority_a != priority_b)
    return priority_a > priority_b ? -1 : 1;

  return index_a < index_b ? -1 : index_a > index_b;
}

/* Returns the index of the first extent whose left edge is at or after
 * @left. */
static guint
find_insertion_point (GArray *row,
                      double  left)
{
  guint low = 0, high = row->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (row, Extent, middle).left < left)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Tries to claim [left, right) in @row, keeping @gap to both neighbours. */
static gboolean
try_claim (GArray *row,
           double  left,
           double  right,
           double  gap)
{
  guint position = find_insertion_point (row, left);
  Extent extent = { left, right };

  if (position > 0 && g_array_index (row, Extent, position - 1).right + gap > left)
    return FALSE;
  if (position < row->len && right + gap > g_array_index (row, Extent, position).left)
    return FALSE;

  g_array_insert_val (row, position, extent);

  return TRUE;
}

static gboolean
is_valid_candidate (const HearthLabelCandidate *candidate)
{
  return isfinite (candidate->anchor_x)
         && isfinite (candidate->width) && candidate->width >= 0.0
         && isfinite (candidate->height) && candidate->height >= 0.0;
}

/**
 * hearth_label_layout_place:
 * @candidates: (array length=n_candidates): the labels to place
 * @n_candidates: the number of labels
 * @params: where labels may go
 * @placements: (out caller-allocates) (array length=n_candidates): where
 *   each label went, in the order of @candidates
 *
 * Places labels on up to @params->max_rows rows above an axis so that no
 * two overlap: greedily, highest priority first, each in the row nearest
 * the axis where it fits. A label is centred on its anchor, shifted to
 * stay within the bounds, and dropped when no row has room for it (or it
 * is wider than the bounds).
 *
 * The rows are as tall as the tallest candidate, so labels in different
 * rows never meet, and labels in one row keep @params->gap apart. Cost is
 * O(n log n) for n candidates, plus moving extents within a row.
 *
 * Returns: how many labels were placed
 */
guint
hearth_label_layout_place (const HearthLabelCandidate    *candidates,
                           guint                          n_candidates,
                           const HearthLabelLayoutParams *params,
                           HearthLabelPlacement          *placements)
{
  g_autofree guint *order = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  SortContext context = { candidates };
  double tallest = 0.0, pitch;
  guint n_placed = 0;

  g_return_val_if_fail (n_candidates == 0 || candidates != NULL, 0);
  g_return_val_if_fail (n_candidates == 0 || placements != NULL, 0);
  g_return_val_if_fail (params != NULL, 0);
  g_return_val_if_fail (isfinite (params->axis_y), 0);
  g_return_val_if_fail (!isnan (params->min_x) && !isnan (params->max_x), 0);
  g_return_val_if_fail (params->min_x <= params->max_x, 0);
  g_return_val_if_fail (isfinite (params->gap) && params->gap >= 0.0, 0);

  for (guint i = 0; i < n_candidates; i++)
    {
      g_return_val_if_fail (is_valid_candidate (&candidates[i]), 0);
      tallest = MAX (tallest, candidates[i].height);
    }

  pitch = tallest + params->gap;

  order = g_new (guint, MAX (n_candidates, 1));
  for (guint i = 0; i < n_candidates; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n_candidates, sizeof (guint), compare_by_priority, &context);

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint r = 0; r < params->max_rows; r++)
    g_ptr_array_add (rows, g_array_new (FALSE, FALSE, sizeof (Extent)));

  for (guint i = 0; i < n_candidates; i++)
    {
      const HearthLabelCandidate *candidate = &candidates[order[i]];
      HearthLabelPlacement *placement = &placements[order[i]];
      double left = candidate->anchor_x - candidate->width / 2.0;

      if (left + candidate->width > params->max_x)
        left = params->max_x - candidate->width;
      if (left < params->min_x)
        left = params->min_x;

      placement->placed = FALSE;
      placement->row = 0;
      placement->x = left;
      placement->width = candidate->width;
      placement->height = candidate->height;
      placement->y = params->axis_y - params->gap - candidate->height;

      /* Too wide for the bounds: it would spill over whichever way it
       * shifted. */
      if (candidate->width > params->max_x - params->min_x)
        continue;

      for (guint r = 0; r < params->max_rows; r++)
        {
          if (try_claim (g_ptr_array_index (rows, r), left, left + candidate->width, params->gap))
            {
              placement->placed = TRUE;
              placement->row = r;
              placement->y = params->axis_y - params->gap - r * pitch - candidate->height;
              n_placed++;
              break;
            }
        }
    }

  return n_placed;
}
