/* hearth-person.c
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
#include "hearth-person.h"

G_DEFINE_BOXED_TYPE (HearthPerson, hearth_person, hearth_person_ref, hearth_person_unref)

static const char * const kind_names[] = {
  [HEARTH_PERSON_KIND_CHILD] = "child",
  [HEARTH_PERSON_KIND_ADULT] = "adult",
};

static const char * const sex_names[] = {
  [HEARTH_SEX_NOT_RECORDED] = "not-recorded",
  [HEARTH_SEX_FEMALE] = "female",
  [HEARTH_SEX_MALE] = "male",
  [HEARTH_SEX_OTHER] = "other",
};

static const char * const role_names[] = {
  [HEARTH_ADULT_ROLE_PARENT] = "parent",
  [HEARTH_ADULT_ROLE_CARER] = "carer",
  [HEARTH_ADULT_ROLE_PARTNER] = "partner",
  [HEARTH_ADULT_ROLE_RELATIVE] = "relative",
  [HEARTH_ADULT_ROLE_OTHER] = "other",
};

static const char * const role_labels[] = {
  [HEARTH_ADULT_ROLE_PARENT] = N_("Parent"),
  [HEARTH_ADULT_ROLE_CARER] = N_("Carer"),
  [HEARTH_ADULT_ROLE_PARTNER] = N_("Partner"),
  [HEARTH_ADULT_ROLE_RELATIVE] = N_("Relative"),
  [HEARTH_ADULT_ROLE_OTHER] = N_("Other significant adult"),
};

/* hearth_person_kind_to_string(), hearth_person_kind_from_string(),
 * hearth_sex_…() and hearth_adult_role_…(): the stable storage strings of
 * each enum, and the reverse lookup (FALSE for an unknown string). */
HEARTH_DEFINE_ENUM_STRINGS (HearthPersonKind, hearth_person_kind, kind_names)
HEARTH_DEFINE_ENUM_STRINGS (HearthSex, hearth_sex, sex_names)
HEARTH_DEFINE_ENUM_STRINGS (HearthAdultRole, hearth_adult_role, role_names)

static void
person_clear (HearthPerson *self)
{
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->date_of_birth, g_free);
}

/**
 * hearth_adult_role_get_label:
 * @role: an adult's role
 *
 * Returns: (transfer none): the translated label of @role
 */
const char *
hearth_adult_role_get_label (HearthAdultRole role)
{
  g_return_val_if_fail (role < G_N_ELEMENTS (role_labels), NULL);

  return g_dgettext (GETTEXT_PACKAGE, role_labels[role]);
}

/**
 * hearth_person_new_child:
 * @name: (nullable): the child's name
 * @date_of_birth: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full): a new child, not yet stored
 */
HearthPerson *
hearth_person_new_child (const char *name,
                         const char *date_of_birth)
{
  HearthPerson *self = g_atomic_rc_box_new0 (HearthPerson);

  self->kind = HEARTH_PERSON_KIND_CHILD;
  self->name = g_strdup (name);
  self->date_of_birth = g_strdup (date_of_birth);
  self->sex = HEARTH_SEX_NOT_RECORDED;
  self->lives_in_home = TRUE;

  return self;
}

/**
 * hearth_person_new_adult:
 * @name: (nullable): the adult's name
 * @role: the adult's role
 * @lives_in_home: whether the adult lives in the child's home
 *
 * Returns: (transfer full): a new adult, not yet stored
 */
HearthPerson *
hearth_person_new_adult (const char      *name,
                         HearthAdultRole  role,
                         gboolean         lives_in_home)
{
  HearthPerson *self = g_atomic_rc_box_new0 (HearthPerson);

  self->kind = HEARTH_PERSON_KIND_ADULT;
  self->name = g_strdup (name);
  self->sex = HEARTH_SEX_NOT_RECORDED;
  self->role = role;
  self->lives_in_home = lives_in_home;

  return self;
}

/**
 * hearth_person_ref:
 * @person: a person
 *
 * Returns: (transfer full): @person, with one more reference
 */
HearthPerson *
hearth_person_ref (HearthPerson *person)
{
  g_return_val_if_fail (person != NULL, NULL);

  return g_atomic_rc_box_acquire (person);
}

/**
 * hearth_person_unref:
 * @person: (nullable): a person
 *
 * Drops a reference, freeing @person when it was the last.
 */
void
hearth_person_unref (HearthPerson *person)
{
  if (person != NULL)
    g_atomic_rc_box_release_full (person, (GDestroyNotify) person_clear);
}

/**
 * hearth_person_copy:
 * @person: a person
 *
 * Returns: (transfer full): a deep copy of @person, for editing
 */
HearthPerson *
hearth_person_copy (const HearthPerson *person)
{
  HearthPerson *copy;

  g_return_val_if_fail (person != NULL, NULL);

  copy = g_atomic_rc_box_new0 (HearthPerson);
  *copy = *person;
  copy->name = g_strdup (person->name);
  copy->date_of_birth = g_strdup (person->date_of_birth);

  return copy;
}

/**
 * hearth_person_is_child:
 * @person: a person
 *
 * Returns: %TRUE when @person is a child
 */
gboolean
hearth_person_is_child (const HearthPerson *person)
{
  g_return_val_if_fail (person != NULL, FALSE);

  return person->kind == HEARTH_PERSON_KIND_CHILD;
}

/**
 * hearth_person_validate_at:
 * @person: a person
 * @today: today's date, "YYYY-MM-DD"
 *
 * Checks that @person can be stored, taking @today as the current date: a
 * name is needed; a child needs a date of birth that is not in the future;
 * an adult's date of birth is optional but checked the same way.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_person_validate_at (const HearthPerson  *person,
                           const char          *today,
                           GError             **error)
{
  g_return_val_if_fail (person != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (hearth_entities_text_is_blank (person->name))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The person needs a name."));
      return FALSE;
    }

  if (person->kind != HEARTH_PERSON_KIND_CHILD && person->kind != HEARTH_PERSON_KIND_ADULT)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The person must be a child or an adult."));
      return FALSE;
    }

  if ((guint) person->sex >= G_N_ELEMENTS (sex_names)
      || (guint) person->role >= G_N_ELEMENTS (role_names))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The person’s sex or role is not one Hearth knows."));
      return FALSE;
    }

  if (person->kind == HEARTH_PERSON_KIND_CHILD && person->date_of_birth == NULL)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The child needs a date of birth."));
      return FALSE;
    }

  if (person->date_of_birth != NULL)
    {
      if (!hearth_date_validate (person->date_of_birth, error))
        return FALSE;

      /* Valid ISO dates compare correctly as strings. */
      if (strcmp (person->date_of_birth, today) > 0)
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                               _("The date of birth is in the future."));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * hearth_person_validate:
 * @person: a person
 *
 * Checks @person as hearth_person_validate_at() does, against today's date.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_person_validate (const HearthPerson  *person,
                        GError             **error)
{
  g_autofree char *today = hearth_date_dup_today ();

  return hearth_person_validate_at (person, today, error);
}

/**
 * hearth_person_get_age_at:
 * @person: a person
 * @date: "YYYY-MM-DD"
 * @years: (out): the age in whole years at @date
 *
 * Returns: %TRUE when the age is known (a valid date of birth not after
 *   @date)
 */
gboolean
hearth_person_get_age_at (const HearthPerson *person,
                          const char         *date,
                          int                *years)
{
  g_return_val_if_fail (person != NULL, FALSE);
  g_return_val_if_fail (years != NULL, FALSE);

  if (person->date_of_birth == NULL)
    return FALSE;

  return hearth_date_age_at (person->date_of_birth, date, years, NULL);
}
