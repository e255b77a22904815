/* hearth-response.c
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

#include "hearth-response.h"

G_DEFINE_BOXED_TYPE (HearthResponse, hearth_response, hearth_response_copy, hearth_response_free)

/**
 * hearth_response_new:
 * @item_id: the item or field id
 *
 * Returns: (transfer full): an unrated response to @item_id
 */
HearthResponse *
hearth_response_new (const char *item_id)
{
  HearthResponse *self;

  g_return_val_if_fail (item_id != NULL, NULL);

  self = g_new0 (HearthResponse, 1);
  self->item_id = g_strdup (item_id);
  self->level = HEARTH_LEVEL_NONE;

  return self;
}

/**
 * hearth_response_copy:
 * @response: a response
 *
 * Returns: (transfer full): a deep copy of @response
 */
HearthResponse *
hearth_response_copy (const HearthResponse *response)
{
  HearthResponse *copy;

  g_return_val_if_fail (response != NULL, NULL);

  copy = hearth_response_new (response->item_id);
  copy->level = response->level;
  copy->not_known = response->not_known;
  copy->note = g_strdup (response->note);
  copy->value = g_strdup (response->value);

  return copy;
}

/**
 * hearth_response_free:
 * @response: (nullable): a response
 *
 * Frees @response and everything it owns.
 */
void
hearth_response_free (HearthResponse *response)
{
  if (response == NULL)
    return;

  g_free (response->item_id);
  g_free (response->note);
  g_free (response->value);
  g_free (response);
}

/**
 * hearth_response_is_rated:
 * @response: a response
 *
 * Returns: %TRUE when the item has a level or is marked not known
 */
gboolean
hearth_response_is_rated (const HearthResponse *response)
{
  g_return_val_if_fail (response != NULL, FALSE);

  return response->not_known || response->level != HEARTH_LEVEL_NONE;
}
