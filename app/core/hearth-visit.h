/* hearth-visit.h
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
 * HearthVisitChild:
 * @person_id: the child's row id
 * @seen: %TRUE when the practitioner saw the child
 * @seen_alone: %TRUE when the child was seen alone (implies @seen)
 *
 * Whether one child was seen on a visit: the child's lived experience
 * starts with being seen (DESIGN.md, "the child's lived experience").
 */
typedef struct
{
  gint64   person_id;
  gboolean seen;
  gboolean seen_alone;
} HearthVisitChild;

/**
 * HearthVisit:
 * @id: the row id, or 0 when not yet stored
 * @family_id: the family's row id
 * @visited_at: when the visit started, seconds since 1970 UTC
 * @practitioner: (owned): who visited
 * @announced: %TRUE when the family knew of the visit beforehand
 * @present_ids: (owned) (element-type gint64): people of the family present
 * @others_present: (owned) (nullable): anyone else present, as free text
 * @children: (owned) (element-type HearthVisitChild): per-child seen flags
 * @notes: (owned) (nullable): the practitioner's notes
 * @created_at: when first stored, seconds since 1970 UTC
 * @updated_at: when last changed, seconds since 1970 UTC
 *
 * A home visit. Refcounted.
 */
typedef struct
{
  gint64    id;
  gint64    family_id;
  gint64    visited_at;
  char     *practitioner;
  gboolean  announced;
  GArray   *present_ids;
  char     *others_present;
  GArray   *children;
  char     *notes;
  gint64    created_at;
  gint64    updated_at;
} HearthVisit;

#define HEARTH_TYPE_VISIT (hearth_visit_get_type ())

GType                   hearth_visit_get_type     (void) G_GNUC_CONST;
HearthVisit            *hearth_visit_new          (gint64             family_id,
                                                   gint64             visited_at,
                                                   const char        *practitioner);
HearthVisit            *hearth_visit_ref          (HearthVisit       *visit);
void                    hearth_visit_unref        (HearthVisit       *visit);
HearthVisit            *hearth_visit_copy         (const HearthVisit *visit);
void                    hearth_visit_add_present  (HearthVisit       *visit,
                                                   gint64             person_id);
void                    hearth_visit_set_child    (HearthVisit       *visit,
                                                   gint64             person_id,
                                                   gboolean           seen,
                                                   gboolean           seen_alone);
const HearthVisitChild *hearth_visit_lookup_child (const HearthVisit *visit,
                                                   gint64             person_id);
gboolean                hearth_visit_validate     (const HearthVisit *visit,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthVisit, hearth_visit_unref)

G_END_DECLS
