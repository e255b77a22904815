/* hearth-score-panel.h
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

#include <gtk/gtk.h>

#include "core/hearth-levels.h"
#include "core/hearth-scoring.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SCORE_PANEL (hearth_score_panel_get_type ())

G_DECLARE_FINAL_TYPE (HearthScorePanel, hearth_score_panel, HEARTH, SCORE_PANEL, GtkWidget)

GtkWidget *hearth_score_panel_new          (void);
void       hearth_score_panel_set_progress (HearthScorePanel   *self,
                                            guint               n_rated,
                                            guint               n_total);
void       hearth_score_panel_set_score    (HearthScorePanel   *self,
                                            HearthScore        *score,
                                            HearthLevelsOfNeed *levels);

G_END_DECLS
