/* hearth-charts-page.h
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

#include <adwaita.h>

#include "charts/data/hearth-chart-set.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CHARTS_PAGE (hearth_charts_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthChartsPage, hearth_charts_page, HEARTH, CHARTS_PAGE, GtkWidget)

GtkWidget      *hearth_charts_page_new          (void);
void            hearth_charts_page_set_sources  (HearthChartsPage         *self,
                                                 HearthStore              *store,
                                                 HearthInstrumentRegistry *registry,
                                                 HearthLevelsOfNeed       *levels);
HearthFamily   *hearth_charts_page_get_family   (HearthChartsPage         *self);
void            hearth_charts_page_set_family   (HearthChartsPage         *self,
                                                 HearthFamily             *family);
void            hearth_charts_page_reload       (HearthChartsPage         *self);
HearthChartSet *hearth_charts_page_get_chart_set (HearthChartsPage        *self);
gboolean        hearth_charts_page_export       (HearthChartsPage         *self,
                                                 const char               *path,
                                                 GError                  **error);

G_END_DECLS
