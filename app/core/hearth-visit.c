/* hearth-visit.c
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

#include <glib/gi18n-lib.h>

#include "hearth-date.h"
#include "hearth-entities.h"
#include "hearth-entities-private.h"
#include "hearth-visit.h"

G_DEFINE_BOXED_TYPE (HearthVisit, hearth_visit, hearth_visit_ref, hearth_visit_unref)

static void
visit_clear (HearthVisit *self)
{
  g_clear_pointer (&self->practitioner, g_free);
  g_clear_pointer (&self->present_ids, g_array_unref);
  g_clear_pointer (&self->others_present, g_free);
  g_clear_pointer (&self->children, g_array_unref);
  g_clear_pointer (&self->notes, g_free);
}

/**
 * hearth_visit_new:
 * @family_id: the family's row id
 * @visited_at: when the visit started, seconds since 1970 UTC
 * @practitioner: (nullable): who visited
 *
 * Returns: (transfer full): a new visit, not yet stored, with nobody
 *   recorded as present or seen
 */
HearthVisit *
hearth_visit_new (gint64      family_id,
                  gint64      visited_at,
                  const char *practitioner)
{
  HearthVisit *self = g_atomic_rc_box_new0 (HearthVisit);

  self->family_id = family_id;
  self->visited_at = visited_at;
  self->practitioner = g_strdup (practitioner);
  self->present_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->children = g_array_new (FALSE, FALSE, sizeof (HearthVisitChild));

  return self;
}

/**
 * hearth_visit_ref:
 * @visit: a visit
 *
 * Returns: (transfer full): @visit, with one more reference
 */
HearthVisit *
hearth_visit_ref (HearthVisit *visit)
{
  g_return_val_if_fail (visit != NULL, NULL);

  return g_atomic_rc_box_acquire (visit);
}

/**
 * hearth_visit_unref:
 * @visit: (nullable): a visit
 *
 * Drops a reference, freeing @visit when it was the last.
 */
void
hearth_visit_unref (HearthVisit *visit)
{
  if (visit != NULL)
    g_atomic_rc_box_release_full (visit, (GDestroyNotify) visit_clear);
}

/**
 * hearth_visit_copy:
 * @visit: a visit
 *
 * Returns: (transfer full): a deep copy of @visit, for editing
 */
HearthVisit *
hearth_visit_copy (const HearthVisit *visit)
{
  HearthVisit *copy;

  g_return_val_if_fail (visit != NULL, NULL);

  copy = hearth_visit_new (visit->family_id, visit->visited_at, visit->practitioner);
  copy->id = visit->id;
  copy->announced = visit->announced;
  copy->others_present = g_strdup (visit->others_present);
  copy->notes = g_strdup (visit->notes);
  copy->created_at = visit->created_at;
  copy->updated_at = visit->updated_at;
  if (visit->present_ids != NULL && visit->present_ids->len > 0)
    g_array_append_vals (copy->present_ids, visit->present_ids->data, visit->present_ids->len);
  if (visit->children != NULL && visit->children->len > 0)
    g_array_append_vals (copy->children, visit->children->data, visit->children->len);

  return copy;
}

/**
 * hearth_visit_add_present:
 * @visit: a visit
 * @person_id: the row id of a person of the family
 *
 * Records @person_id as present, once.
 */
void
hearth_visit_add_present (HearthVisit *visit,
                          gint64       person_id)
{
  g_return_if_fail (visit != NULL);
  g_return_if_fail (person_id > 0);

  if (!hearth_entities_ids_contain (visit->present_ids, person_id))
    g_array_append_val (visit->present_ids, person_id);
}

/**
 * hearth_visit_set_child:
 * @visit: a visit
 * @person_id: the child's row id
 * @seen: whether the child was seen
 * @seen_alone: whether the child was seen alone
 *
 * Records whether a child was seen, replacing any earlier flags for that
 * child. Seeing a child alone means seeing the child, so @seen_alone sets
 * @seen too.
 */
void
hearth_visit_set_child (HearthVisit *visit,
                        gint64       person_id,
                        gboolean     seen,
                        gboolean     seen_alone)
{
  HearthVisitChild entry = { person_id, seen || seen_alone, seen_alone };

  g_return_if_fail (visit != NULL);
  g_return_if_fail (person_id > 0);

  for (guint i = 0; i < visit->children->len; i++)
    {
      HearthVisitChild *child = &g_array_index (visit->children, HearthVisitChild, i);

      if (child->person_id == person_id)
        {
          *child = entry;
          return;
        }
    }

  g_array_append_val (visit->children, entry);
}

/**
 * hearth_visit_lookup_child:
 * @visit: a visit
 * @person_id: a child's row id
 *
 * Returns: (transfer none) (nullable): the child's flags, or %NULL when the
 *   visit does not record that child
 */
const HearthVisitChild *
hearth_visit_lookup_child (const HearthVisit *visit,
                           gint64             person_id)
{
  g_return_val_if_fail (visit != NULL, NULL);

  for (guint i = 0; visit->children != NULL && i < visit->children->len; i++)
    {
      const HearthVisitChild *child = &g_array_index (visit->children, HearthVisitChild, i);

      if (child->person_id == person_id)
        return child;
    }

  return NULL;
}

/**
 * hearth_visit_validate:
 * @visit: a visit
 *
 * Checks that @visit can be stored: it belongs to a family, has a moment
 * not before 1900 and a practitioner, lists nobody twice, and no child is
 * seen alone without being seen.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_visit_validate (const HearthVisit  *visit,
                       GError            **error)
{
  g_return_val_if_fail (visit != NULL, FALSE);

  if (visit->family_id <= 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The visit does not belong to a family."));
      return FALSE;
    }

  if (!hearth_date_time_validate_unix (visit->visited_at, error))
    return FALSE;

  if (hearth_entities_text_is_blank (visit->practitioner))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The visit needs the practitioner who visited."));
      return FALSE;
    }

  for (guint i = 0; visit->present_ids != NULL && i < visit->present_ids->len; i++)
    {
      gint64 id = g_array_index (visit->present_ids, gint64, i);

      if (id <= 0)
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                               _("The visit lists a person present who is not stored."));
          return FALSE;
        }

      for (guint j = i + 1; j < visit->present_ids->len; j++)
        {
          if (g_array_index (visit->present_ids, gint64, j) == id)
            {
              g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                                   _("The visit lists a person present twice."));
              return FALSE;
            }
        }
    }

  for (guint i = 0; visit->children != NULL && i < visit->children->len; i++)
    {
      const HearthVisitChild *child = &g_array_index (visit->children, HearthVisitChild, i);

      if (child->person_id <= 0)
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                               _("The visit lists a child who is not stored."));
          return FALSE;
        }

      if (child->seen_alone && !child->seen)
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                               _("A child seen alone must also be recorded as seen."));
          return FALSE;
        }

      for (guint j = i + 1; j < visit->children->len; j++)
        {
          if (g_array_index (visit->children, HearthVisitChild, j).person_id == child->person_id)
            {
              g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                                   _("The visit lists a child twice."));
              return FALSE;
            }
        }
    }

  return TRUE;
}
