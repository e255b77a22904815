/* hearth-entities-private.h
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

/* Shared by the entity files: stable storage strings for enums are kept in
 * tables indexed by the enum value, so the numbers never reach a file. */
const char *hearth_entities_enum_to_string   (const char * const *names,
                                              guint               n_names,
                                              int                 value);
gboolean    hearth_entities_enum_from_string (const char * const *names,
                                              guint               n_names,
                                              const char         *string,
                                              int                *value);
gboolean    hearth_entities_text_is_blank    (const char         *text);
gboolean    hearth_entities_ids_contain      (const GArray       *ids,
                                              gint64              id);
GArray     *hearth_entities_ids_copy         (const GArray       *ids);

/* Defines func_to_string() and func_from_string() for an enum whose storage
 * strings are in the array @names, indexed by value. */
#define HEARTH_DEFINE_ENUM_STRINGS(TypeName, func, names)                      \
  const char *                                                                 \
  func##_to_string (TypeName value)                                            \
  {                                                                            \
    const char *name = hearth_entities_enum_to_string (names,                  \
                                                       G_N_ELEMENTS (names),   \
                                                       (int) value);           \
    g_return_val_if_fail (name != NULL, NULL);                                 \
    return name;                                                               \
  }                                                                            \
                                                                               \
  gboolean                                                                     \
  func##_from_string (const char *string,                                      \
                      TypeName   *value)                                       \
  {                                                                            \
    int found;                                                                 \
                                                                               \
    g_return_val_if_fail (value != NULL, FALSE);                               \
                                                                               \
    if (!hearth_entities_enum_from_string (names, G_N_ELEMENTS (names),        \
                                           string, &found))                    \
      return FALSE;                                                            \
    *value = (TypeName) found;                                                 \
    return TRUE;                                                               \
  }

G_END_DECLS
