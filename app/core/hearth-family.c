/* hearth-family.c
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

#include "hearth-entities.h"
#include "hearth-entities-private.h"
#include "hearth-family.h"

G_DEFINE_BOXED_TYPE (HearthFamily, hearth_family, hearth_family_ref, hearth_family_unref)

static void
family_clear (HearthFamily *self)
{
  g_clear_pointer (&self->case_reference, g_free);
  g_clear_pointer (&self->display_name, g_free);
}

/**
 * hearth_family_new:
 * @case_reference: (nullable): the case reference
 * @display_name: (nullable): the name shown in lists
 *
 * Returns: (transfer full): a new family, not yet stored
 */
HearthFamily *
hearth_family_new (const char *case_reference,
                   const char *display_name)
{
  HearthFamily *self = g_atomic_rc_box_new0 (HearthFamily);

  self->case_reference = g_strdup (case_reference);
  self->display_name = g_strdup (display_name);

  return self;
}

/**
 * hearth_family_ref:
 * @family: a family
 *
 * Returns: (transfer full): @family, with one more reference
 */
HearthFamily *
hearth_family_ref (HearthFamily *family)
{
  g_return_val_if_fail (family != NULL, NULL);

  return g_atomic_rc_box_acquire (family);
}

/**
 * hearth_family_unref:
 * @family: (nullable): a family
 *
 * Drops a reference, freeing @family when it was the last.
 */
void
hearth_family_unref (HearthFamily *family)
{
  if (family != NULL)
    g_atomic_rc_box_release_full (family, (GDestroyNotify) family_clear);
}

/**
 * hearth_family_copy:
 * @family: a family
 *
 * Returns: (transfer full): a deep copy of @family, for editing
 */
HearthFamily *
hearth_family_copy (const HearthFamily *family)
{
  HearthFamily *copy;

  g_return_val_if_fail (family != NULL, NULL);

  copy = hearth_family_new (family->case_reference, family->display_name);
  copy->id = family->id;
  copy->created_at = family->created_at;
  copy->updated_at = family->updated_at;
  copy->archived = family->archived;

  return copy;
}

/**
 * hearth_family_validate:
 * @family: a family
 *
 * Checks that @family can be stored: it needs a case reference and a name.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_family_validate (const HearthFamily  *family,
                        GError             **error)
{
  g_return_val_if_fail (family != NULL, FALSE);

  if (hearth_entities_text_is_blank (family->case_reference))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The family needs a case reference."));
      return FALSE;
    }

  /* References are one token in lists and exports: no control characters. */
  for (const char *c = family->case_reference; *c != '\0'; c++)
    {
      if (g_ascii_iscntrl (*c))
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                               _("The case reference cannot contain tabs or line breaks."));
          return FALSE;
        }
    }

  if (hearth_entities_text_is_blank (family->display_name))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The family needs a name."));
      return FALSE;
    }

  return TRUE;
}
