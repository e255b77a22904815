/* hearth-pack-load.h
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

#include "charts/hearth-pack.h"
#include "core/hearth-instrument-registry.h"
#include "core/hearth-levels.h"
#include "store/hearth-store.h"

G_BEGIN_DECLS

/**
 * HearthPackOptions:
 * @registry: (nullable): the instruments, to score assessments with;
 *   without them scores show as not available
 * @levels: (nullable): the local names of the levels of need
 * @from: (nullable): the first day covered, "YYYY-MM-DD"; %NULL for the
 *   start of the record
 * @to: (nullable): the last day covered, "YYYY-MM-DD"; %NULL for today.
 *   Signals and ages are worked out as at this day, and records after it
 *   are left out.
 * @today: (nullable): today's date, "YYYY-MM-DD"; %NULL for the clock's
 * @prepared_by: (nullable): who prepares the pack; %NULL for the store's
 *   actor
 * @drift_weeks: weeks without a visit or assessment that count as
 *   drift; 0 for the default
 *
 * What a supervision pack covers. Start from hearth_pack_options_init().
 * The dates must be valid and @from no later than @to: check what users
 * type before.
 */
typedef struct
{
  HearthInstrumentRegistry *registry;
  HearthLevelsOfNeed       *levels;
  const char               *from;
  const char               *to;
  const char               *today;
  const char               *prepared_by;
  guint                     drift_weeks;
} HearthPackOptions;

void                hearth_pack_options_init (HearthPackOptions        *options);
HearthPackData     *hearth_pack_data_load    (HearthStore              *store,
                                              HearthFamily             *family,
                                              const HearthPackOptions  *options,
                                              GError                  **error);
HearthPackDocument *hearth_pack_load         (HearthStore              *store,
                                              HearthFamily             *family,
                                              const HearthPackOptions  *options,
                                              GError                  **error);

G_END_DECLS
