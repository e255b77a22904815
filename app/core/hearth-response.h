/* hearth-response.h
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

G_BEGIN_DECLS

/* A level of 0 means the item has not been rated yet. */
#define HEARTH_LEVEL_NONE 0

/**
 * HearthResponse:
 * @item_id: (owned): the id of the item or field in its instrument
 * @level: the scale value chosen, or %HEARTH_LEVEL_NONE
 * @not_known: %TRUE when the practitioner marked the item "not known" (or,
 *   for home conditions, "not seen")
 * @note: (owned) (nullable): the practitioner's note on the item
 * @value: (owned) (nullable): the text or choice value of a field
 *
 * One answer in an assessment: shared by the instrument scoring (core) and
 * the store, so both speak of answers the same way.
 */
typedef struct
{
  char     *item_id;
  int       level;
  gboolean  not_known;
  char     *note;
  char     *value;
} HearthResponse;

#define HEARTH_TYPE_RESPONSE (hearth_response_get_type ())

GType           hearth_response_get_type (void) G_GNUC_CONST;
HearthResponse *hearth_response_new      (const char           *item_id);
HearthResponse *hearth_response_copy     (const HearthResponse *response);
void            hearth_response_free     (HearthResponse       *response);
gboolean        hearth_response_is_rated (const HearthResponse *response);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthResponse, hearth_response_free)

G_END_DECLS
