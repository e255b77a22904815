/* hearth-entities.c
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

#include "hearth-entities.h"
#include "hearth-entities-private.h"

G_DEFINE_QUARK (hearth-entity-error-quark, hearth_entity_error)

/*
 * hearth_entities_enum_to_string:
 * @names: the storage strings, indexed by enum value
 * @n_names: the number of @names
 * @value: an enum value
 *
 * Returns: (transfer none) (nullable): the storage string of @value, or
 *   %NULL when @value is out of range
 */
const char *
hearth_entities_enum_to_string (const char * const *names,
                                guint               n_names,
                                int                 value)
{
  g_return_val_if_fail (names != NULL, NULL);

  if (value < 0 || (guint) value >= n_names)
    return NULL;

  return names[value];
}

/*
 * hearth_entities_enum_from_string:
 * @names: the storage strings, indexed by enum value
 * @n_names: the number of @names
 * @string: (nullable): a storage string, perhaps read from a file
 * @value: (out): the enum value of @string
 *
 * Returns: %TRUE when @string is one of @names
 */
gboolean
hearth_entities_enum_from_string (const char * const *names,
                                  guint               n_names,
                                  const char         *string,
                                  int                *value)
{
  g_return_val_if_fail (names != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_strcmp0 (names[i], string) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

/*
 * hearth_entities_text_is_blank:
 * @text: (nullable): a text field
 *
 * Returns: %TRUE when @text is %NULL, empty or only white space
 */
gboolean
hearth_entities_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/*
 * hearth_entities_ids_contain:
 * @ids: (nullable) (element-type gint64): row ids
 * @id: a row id
 *
 * Returns: %TRUE when @id is in @ids
 */
gboolean
hearth_entities_ids_contain (const GArray *ids,
                             gint64        id)
{
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == id)
        return TRUE;
    }

  return FALSE;
}

/*
 * hearth_entities_ids_copy:
 * @ids: (nullable) (element-type gint64): row ids
 *
 * Returns: (transfer full) (element-type gint64): a new array holding the
 *   same ids, empty when @ids is %NULL
 */
GArray *
hearth_entities_ids_copy (const GArray *ids)
{
  GArray *copy = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (ids != NULL && ids->len > 0)
    g_array_append_vals (copy, ids->data, ids->len);

  return copy;
}
