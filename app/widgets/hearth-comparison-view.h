/* hearth-comparison-view.h
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

#include "charts/hearth-comparison-chart.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_COMPARISON_VIEW (hearth_comparison_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthComparisonView, hearth_comparison_view, HEARTH, COMPARISON_VIEW, GtkWidget)

GtkWidget            *hearth_comparison_view_new      (HearthComparisonKind  kind);
HearthComparisonKind  hearth_comparison_view_get_kind (HearthComparisonView *self);
void                  hearth_comparison_view_set_kind (HearthComparisonView *self,
                                                       HearthComparisonKind  kind);
HearthComparisonData *hearth_comparison_view_get_data (HearthComparisonView *self);
void                  hearth_comparison_view_set_data (HearthComparisonView *self,
                                                       HearthComparisonData *data);
GArray               *hearth_comparison_view_get_marks (HearthComparisonView *self);
void                  hearth_comparison_view_draw     (HearthComparisonView *self,
                                                       cairo_t              *cr,
                                                       double                width,
                                                       double                height,
                                                       gboolean              light);

G_END_DECLS
