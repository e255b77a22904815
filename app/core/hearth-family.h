/* hearth-family.h
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

/**
 * HearthFamily:
 * @id: the row id, or 0 when not yet stored
 * @case_reference: (owned): the unique case reference
 * @display_name: (owned): how the family is named in lists
 * @created_at: when it was first stored, seconds since 1970 UTC
 * @updated_at: when it was last changed, seconds since 1970 UTC
 * @archived: %TRUE when the case is closed and hidden from everyday lists
 *
 * A household the service works with. Refcounted: use hearth_family_ref()
 * and hearth_family_unref().
 */
typedef struct
{
  gint64    id;
  char     *case_reference;
  char     *display_name;
  gint64    created_at;
  gint64    updated_at;
  gboolean  archived;
} HearthFamily;

#define HEARTH_TYPE_FAMILY (hearth_family_get_type ())

GType         hearth_family_get_type (void) G_GNUC_CONST;
HearthFamily *hearth_family_new      (const char         *case_reference,
                                      const char         *display_name);
HearthFamily *hearth_family_ref      (HearthFamily       *family);
void          hearth_family_unref    (HearthFamily       *family);
HearthFamily *hearth_family_copy     (const HearthFamily *family);
gboolean      hearth_family_validate (const HearthFamily *family,
                                      GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthFamily, hearth_family_unref)

G_END_DECLS
