/* hearth-chart-set.h
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

#include "charts/hearth-comparison-chart.h"
#include "charts/hearth-timeline-data.h"
#include "core/hearth-instrument-registry.h"
#include "core/hearth-levels.h"
#include "store/hearth-store.h"

G_BEGIN_DECLS

/* The instruments the comparison charts read, by id. */
#define HEARTH_CHART_SET_SCREENING_INSTRUMENT "neglect-screening"
#define HEARTH_CHART_SET_HOME_INSTRUMENT      "home-conditions"

/**
 * HearthChartSetOptions:
 * @registry: (nullable): the instruments, to score assessments with; without
 *   it assessments show as "insufficient information"
 * @levels: (nullable): the local names of the levels of need; without them
 *   the levels are "Level 1" to "Level 4"
 * @drift_threshold_days: the longest stretch without action that is not
 *   yet possible drift; 0 for the default of eight weeks
 * @today: today's day number, or %HEARTH_CHART_DAY_NONE for the clock's
 * @first_day: the comparison charts leave out assessments before this
 *   day; %HEARTH_CHART_DAY_NONE for no limit
 * @last_day: and after this one; %HEARTH_CHART_DAY_NONE for no limit
 *
 * How a chart set is read from the store. Start from
 * hearth_chart_set_options_init().
 */
typedef struct
{
  HearthInstrumentRegistry *registry;
  HearthLevelsOfNeed       *levels;
  gint32                    drift_threshold_days;
  gint32                    today;
  gint32                    first_day;
  gint32                    last_day;
} HearthChartSetOptions;

/**
 * HearthChartSet:
 *
 * A family's charts' data, read from the store in one go: the chronology
 * timeline, and the comparison data of neglect screenings (siblings side
 * by side, each child over time) and of home conditions. The bridge from
 * the store's records to the charts' own input types; the charts never
 * see the store.
 */
typedef struct _HearthChartSet HearthChartSet;

void                  hearth_chart_set_options_init   (HearthChartSetOptions       *options);
HearthChartSet       *hearth_chart_set_load           (HearthStore                 *store,
                                                       HearthFamily                *family,
                                                       const HearthChartSetOptions *options,
                                                       GError                     **error);
void                  hearth_chart_set_free           (HearthChartSet              *self);
HearthTimelineData   *hearth_chart_set_get_timeline   (HearthChartSet              *self);
HearthComparisonData *hearth_chart_set_get_comparison (HearthChartSet              *self,
                                                       HearthComparisonKind         kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthChartSet, hearth_chart_set_free)

G_END_DECLS
