/* hearth-label-layout.h
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

#include <glib.h>

G_BEGIN_DECLS

/**
 * HearthLabelCandidate:
 * @anchor_x: the x the label belongs to; the label is centred on it
 * @width: the label's width in pixels, at least 0
 * @height: the label's height in pixels, at least 0
 * @priority: higher places first; equal priorities keep their input order
 *
 * A label that would like a place above an axis.
 */
typedef struct
{
  double anchor_x;
  double width;
  double height;
  int    priority;
} HearthLabelCandidate;

/**
 * HearthLabelLayoutParams:
 * @axis_y: the axis line; rows stack upwards from it (smaller y)
 * @min_x: the left bound: labels shift right to stay inside it; use
 *   -INFINITY for none
 * @max_x: the right bound: labels shift left to stay inside it; use
 *   INFINITY for none
 * @gap: the least distance in pixels between two labels in a row, between
 *   rows, and between the first row and the axis; at least 0
 * @max_rows: how many rows labels may use; 0 places nothing
 *
 * Where labels may go.
 */
typedef struct
{
  double axis_y;
  double min_x;
  double max_x;
  double gap;
  guint  max_rows;
} HearthLabelLayoutParams;

/**
 * HearthLabelPlacement:
 * @placed: %TRUE if the label found a place; %FALSE if it was dropped
 * @row: the row, 0 being nearest the axis; 0 when dropped
 * @x: the left edge of the label's rectangle
 * @y: the top edge of the label's rectangle
 * @width: the label's width
 * @height: the label's height
 *
 * Where one label went. The rectangle of a dropped label is where it would
 * have stood in the first row.
 */
typedef struct
{
  gboolean placed;
  guint    row;
  double   x;
  double   y;
  double   width;
  double   height;
} HearthLabelPlacement;

guint hearth_label_layout_place (const HearthLabelCandidate    *candidates,
                                 guint                          n_candidates,
                                 const HearthLabelLayoutParams *params,
                                 HearthLabelPlacement          *placements);

G_END_DECLS
