/* hearth-person.h
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
 * HearthPersonKind:
 * @HEARTH_PERSON_KIND_CHILD: a child the service is concerned about
 * @HEARTH_PERSON_KIND_ADULT: an adult in the child's life
 */
typedef enum
{
  HEARTH_PERSON_KIND_CHILD,
  HEARTH_PERSON_KIND_ADULT,
} HearthPersonKind;

/**
 * HearthSex:
 * @HEARTH_SEX_NOT_RECORDED: not recorded
 * @HEARTH_SEX_FEMALE: female
 * @HEARTH_SEX_MALE: male
 * @HEARTH_SEX_OTHER: another description
 */
typedef enum
{
  HEARTH_SEX_NOT_RECORDED,
  HEARTH_SEX_FEMALE,
  HEARTH_SEX_MALE,
  HEARTH_SEX_OTHER,
} HearthSex;

/**
 * HearthAdultRole:
 * @HEARTH_ADULT_ROLE_PARENT: a parent
 * @HEARTH_ADULT_ROLE_CARER: a carer who is not a parent
 * @HEARTH_ADULT_ROLE_PARTNER: a parent's partner
 * @HEARTH_ADULT_ROLE_RELATIVE: another relative
 * @HEARTH_ADULT_ROLE_OTHER: another significant adult
 */
typedef enum
{
  HEARTH_ADULT_ROLE_PARENT,
  HEARTH_ADULT_ROLE_CARER,
  HEARTH_ADULT_ROLE_PARTNER,
  HEARTH_ADULT_ROLE_RELATIVE,
  HEARTH_ADULT_ROLE_OTHER,
} HearthAdultRole;

/**
 * HearthPerson:
 * @id: the row id, or 0 when not yet stored
 * @family_id: the family's row id
 * @kind: child or adult
 * @name: (owned): the person's name
 * @date_of_birth: (owned) (nullable): "YYYY-MM-DD"; required for children
 * @sex: the sex recorded (children)
 * @send: %TRUE when the child has a disability or special educational needs
 * @role: the adult's role (adults)
 * @lives_in_home: %TRUE when the adult lives in the child's home; adults who
 *   do not matter as much as those who do (DESIGN.md, "invisible men")
 * @created_at: when first stored, seconds since 1970 UTC
 * @updated_at: when last changed, seconds since 1970 UTC
 *
 * A child or an adult of a family. Refcounted.
 */
typedef struct
{
  gint64            id;
  gint64            family_id;
  HearthPersonKind  kind;
  char             *name;
  char             *date_of_birth;
  HearthSex         sex;
  gboolean          send;
  HearthAdultRole   role;
  gboolean          lives_in_home;
  gint64            created_at;
  gint64            updated_at;
} HearthPerson;

#define HEARTH_TYPE_PERSON (hearth_person_get_type ())

GType         hearth_person_get_type            (void) G_GNUC_CONST;
HearthPerson *hearth_person_new_child           (const char         *name,
                                                 const char         *date_of_birth);
HearthPerson *hearth_person_new_adult           (const char         *name,
                                                 HearthAdultRole     role,
                                                 gboolean            lives_in_home);
HearthPerson *hearth_person_ref                 (HearthPerson       *person);
void          hearth_person_unref               (HearthPerson       *person);
HearthPerson *hearth_person_copy                (const HearthPerson *person);
gboolean      hearth_person_is_child            (const HearthPerson *person);
gboolean      hearth_person_validate            (const HearthPerson *person,
                                                 GError            **error);
gboolean      hearth_person_validate_at         (const HearthPerson *person,
                                                 const char         *today,
                                                 GError            **error);
gboolean      hearth_person_get_age_at          (const HearthPerson *person,
                                                 const char         *date,
                                                 int                *years);

const char   *hearth_person_kind_to_string      (HearthPersonKind    kind);
gboolean      hearth_person_kind_from_string    (const char         *string,
                                                 HearthPersonKind   *kind);
const char   *hearth_sex_to_string              (HearthSex           sex);
gboolean      hearth_sex_from_string            (const char         *string,
                                                 HearthSex          *sex);
const char   *hearth_adult_role_to_string       (HearthAdultRole     role);
gboolean      hearth_adult_role_from_string     (const char         *string,
                                                 HearthAdultRole    *role);
const char   *hearth_adult_role_get_label       (HearthAdultRole     role);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthPerson, hearth_person_unref)

G_END_DECLS
