/* hearth-supervision.c
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
#include <string.h>

#include "hearth-date.h"
#include "hearth-entities.h"
#include "hearth-entities-private.h"
#include "hearth-supervision.h"

G_DEFINE_BOXED_TYPE (HearthSupervisionAction, hearth_supervision_action,
                     hearth_supervision_action_copy, hearth_supervision_action_free)
G_DEFINE_BOXED_TYPE (HearthSupervision, hearth_supervision, hearth_supervision_ref, hearth_supervision_unref)

static const char * const status_names[] = {
  [HEARTH_SUPERVISION_STATUS_DRAFT] = "draft",
  [HEARTH_SUPERVISION_STATUS_FINAL] = "final",
};

/* hearth_supervision_status_to_string() and _from_string(): stable storage
 * strings and the reverse lookup. */
HEARTH_DEFINE_ENUM_STRINGS (HearthSupervisionStatus, hearth_supervision_status, status_names)

static void
supervision_clear (HearthSupervision *self)
{
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->supervisor, g_free);
  g_clear_pointer (&self->practitioner, g_free);
  g_clear_pointer (&self->reflection, g_free);
  g_clear_pointer (&self->decisions, g_free);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->next_review, g_free);
}

/**
 * hearth_supervision_action_new:
 * @text: (nullable): what is to be done
 * @owner: (nullable): who is to do it
 * @due_date: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full): a new action, not done, not yet stored
 */
HearthSupervisionAction *
hearth_supervision_action_new (const char *text,
                               const char *owner,
                               const char *due_date)
{
  HearthSupervisionAction *self = g_new0 (HearthSupervisionAction, 1);

  self->text = g_strdup (text);
  self->owner = g_strdup (owner);
  self->due_date = g_strdup (due_date);

  return self;
}

/**
 * hearth_supervision_action_copy:
 * @action: an action
 *
 * Returns: (transfer full): a deep copy of @action
 */
HearthSupervisionAction *
hearth_supervision_action_copy (const HearthSupervisionAction *action)
{
  HearthSupervisionAction *copy;

  g_return_val_if_fail (action != NULL, NULL);

  copy = hearth_supervision_action_new (action->text, action->owner, action->due_date);
  copy->id = action->id;
  copy->done = action->done;

  return copy;
}

/**
 * hearth_supervision_action_free:
 * @action: (nullable): an action
 *
 * Frees @action and everything it owns.
 */
void
hearth_supervision_action_free (HearthSupervisionAction *action)
{
  if (action == NULL)
    return;

  g_free (action->text);
  g_free (action->owner);
  g_free (action->due_date);
  g_free (action);
}

/**
 * hearth_supervision_new:
 * @family_id: the family's row id
 * @date: (nullable): "YYYY-MM-DD"
 * @supervisor: (nullable): the supervisor
 * @practitioner: (nullable): the practitioner supervised
 *
 * Returns: (transfer full): a new draft record without actions
 */
HearthSupervision *
hearth_supervision_new (gint64      family_id,
                        const char *date,
                        const char *supervisor,
                        const char *practitioner)
{
  HearthSupervision *self = g_atomic_rc_box_new0 (HearthSupervision);

  self->family_id = family_id;
  self->date = g_strdup (date);
  self->supervisor = g_strdup (supervisor);
  self->practitioner = g_strdup (practitioner);
  self->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_supervision_action_free);
  self->status = HEARTH_SUPERVISION_STATUS_DRAFT;

  return self;
}

/**
 * hearth_supervision_ref:
 * @supervision: a supervision record
 *
 * Returns: (transfer full): @supervision, with one more reference
 */
HearthSupervision *
hearth_supervision_ref (HearthSupervision *supervision)
{
  g_return_val_if_fail (supervision != NULL, NULL);

  return g_atomic_rc_box_acquire (supervision);
}

/**
 * hearth_supervision_unref:
 * @supervision: (nullable): a supervision record
 *
 * Drops a reference, freeing @supervision when it was the last.
 */
void
hearth_supervision_unref (HearthSupervision *supervision)
{
  if (supervision != NULL)
    g_atomic_rc_box_release_full (supervision, (GDestroyNotify) supervision_clear);
}

/**
 * hearth_supervision_copy:
 * @supervision: a supervision record
 *
 * Returns: (transfer full): a deep copy of @supervision and its actions
 */
HearthSupervision *
hearth_supervision_copy (const HearthSupervision *supervision)
{
  HearthSupervision *copy;

  g_return_val_if_fail (supervision != NULL, NULL);

  copy = hearth_supervision_new (supervision->family_id, supervision->date,
                                 supervision->supervisor, supervision->practitioner);
  copy->id = supervision->id;
  copy->reflection = g_strdup (supervision->reflection);
  copy->decisions = g_strdup (supervision->decisions);
  copy->next_review = g_strdup (supervision->next_review);
  copy->status = supervision->status;
  copy->created_at = supervision->created_at;
  copy->updated_at = supervision->updated_at;
  for (guint i = 0; i < supervision->actions->len; i++)
    g_ptr_array_add (copy->actions,
                     hearth_supervision_action_copy (g_ptr_array_index (supervision->actions, i)));

  return copy;
}

/**
 * hearth_supervision_add_action:
 * @supervision: a supervision record
 * @text: what is to be done
 * @owner: (nullable): who is to do it
 * @due_date: (nullable): "YYYY-MM-DD"
 *
 * Appends a new action.
 *
 * Returns: (transfer none): the action, owned by @supervision
 */
HearthSupervisionAction *
hearth_supervision_add_action (HearthSupervision *supervision,
                               const char        *text,
                               const char        *owner,
                               const char        *due_date)
{
  HearthSupervisionAction *action;

  g_return_val_if_fail (supervision != NULL, NULL);

  action = hearth_supervision_action_new (text, owner, due_date);
  g_ptr_array_add (supervision->actions, action);

  return action;
}

/**
 * hearth_supervision_validate:
 * @supervision: a supervision record
 *
 * Checks that @supervision can be stored: a family, a valid date, the
 * supervisor and practitioner, a known status, a valid review date, and
 * for each action some text and a valid due date.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_supervision_validate (const HearthSupervision  *supervision,
                             GError                  **error)
{
  g_return_val_if_fail (supervision != NULL, FALSE);

  if (supervision->family_id <= 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The supervision record does not belong to a family."));
      return FALSE;
    }

  if (!hearth_date_validate (supervision->date, error))
    return FALSE;

  if (hearth_entities_text_is_blank (supervision->supervisor)
      || hearth_entities_text_is_blank (supervision->practitioner))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The supervision record needs the supervisor and the practitioner."));
      return FALSE;
    }

  if ((guint) supervision->status >= G_N_ELEMENTS (status_names))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The supervision record’s status is not one Hearth knows."));
      return FALSE;
    }

  if (supervision->next_review != NULL)
    {
      if (!hearth_date_validate (supervision->next_review, error))
        return FALSE;

      if (strcmp (supervision->next_review, supervision->date) < 0)
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                               _("The next review date is before the supervision."));
          return FALSE;
        }
    }

  for (guint i = 0; i < supervision->actions->len; i++)
    {
      const HearthSupervisionAction *action = g_ptr_array_index (supervision->actions, i);

      if (hearth_entities_text_is_blank (action->text))
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                               _("Each supervision action needs a description."));
          return FALSE;
        }

      if (action->due_date != NULL && !hearth_date_validate (action->due_date, error))
        return FALSE;
    }

  return TRUE;
}

static void
reflection_section_free (HearthReflectionSection *section)
{
  g_free (section->heading);
  g_free (section->text);
  g_free (section);
}

/**
 * hearth_supervision_read_reflection:
 * @reflection: (nullable): a reflection as stored in
 *   #HearthSupervision.reflection
 *
 * Reads a stored reflection back into its sections: one for each heading
 * line (marked with %HEARTH_SUPERVISION_REFLECTION_MARK), in order, and
 * first, when there is any, one without a heading for the text before the
 * first heading (written before prompts existed, or imported). Escaped
 * lines lose their backslash. What each caller makes of the sections
 * differs: the supervision page matches them to its prompts by position,
 * the printed pack shows them under the headings as written.
 *
 * Returns: (transfer full) (element-type HearthReflectionSection): the
 *   sections, empty when @reflection is %NULL or empty
 */
GPtrArray *
hearth_supervision_read_reflection (const char *reflection)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) reflection_section_free);
  g_auto(GStrv) lines = g_strsplit (reflection != NULL ? reflection : "", "\n", -1);
  g_autoptr(GString) text = NULL;
  HearthReflectionSection *section = NULL; /* the last in @sections, still being read */

  for (guint l = 0; lines[l] != NULL; l++)
    {
      const char *line = lines[l];
      gboolean is_heading = g_str_has_prefix (line, HEARTH_SUPERVISION_REFLECTION_MARK);

      if (is_heading || section == NULL)
        {
          if (section != NULL)
            section->text = g_string_free (g_steal_pointer (&text), FALSE);
          section = g_new0 (HearthReflectionSection, 1);
          g_ptr_array_add (sections, section);
          text = g_string_new (NULL);
        }
      if (is_heading)
        {
          section->heading
              = g_strstrip (g_strdup (line + strlen (HEARTH_SUPERVISION_REFLECTION_MARK)));
          continue;
        }

      if (line[0] == '\\' && (line[1] == '#' || line[1] == '\\'))
        line++;
      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }
  if (section != NULL)
    section->text = g_string_free (g_steal_pointer (&text), FALSE);

  return sections;
}
