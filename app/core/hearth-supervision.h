/* hearth-supervision.h
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
 * HearthSupervisionStatus:
 * @HEARTH_SUPERVISION_STATUS_DRAFT: being written
 * @HEARTH_SUPERVISION_STATUS_FINAL: agreed and finalised; only the actions'
 *   done flags may change afterwards
 */
typedef enum
{
  HEARTH_SUPERVISION_STATUS_DRAFT,
  HEARTH_SUPERVISION_STATUS_FINAL,
} HearthSupervisionStatus;

/**
 * HearthSupervisionAction:
 * @id: the row id, or 0 when not yet stored
 * @text: (owned): what is to be done
 * @owner: (owned) (nullable): who is to do it
 * @due_date: (owned) (nullable): "YYYY-MM-DD"
 * @done: %TRUE when done
 *
 * One action agreed in supervision.
 */
typedef struct
{
  gint64    id;
  char     *text;
  char     *owner;
  char     *due_date;
  gboolean  done;
} HearthSupervisionAction;

/**
 * HearthSupervision:
 * @id: the row id, or 0 when not yet stored
 * @family_id: the family's row id
 * @date: (owned): the date of the supervision, "YYYY-MM-DD"
 * @supervisor: (owned): the supervisor
 * @practitioner: (owned): the practitioner supervised
 * @reflection: (owned) (nullable): the reflective discussion
 * @decisions: (owned) (nullable): the decisions made
 * @actions: (owned) (element-type HearthSupervisionAction): agreed actions,
 *   in order
 * @next_review: (owned) (nullable): "YYYY-MM-DD"
 * @status: draft or final
 * @created_at: when first stored, seconds since 1970 UTC
 * @updated_at: when last changed, seconds since 1970 UTC
 *
 * A record of reflective supervision on a family. Refcounted.
 */
typedef struct
{
  gint64                   id;
  gint64                   family_id;
  char                    *date;
  char                    *supervisor;
  char                    *practitioner;
  char                    *reflection;
  char                    *decisions;
  GPtrArray               *actions;
  char                    *next_review;
  HearthSupervisionStatus  status;
  gint64                   created_at;
  gint64                   updated_at;
} HearthSupervision;

/* A stored reflection keeps each prompt's answer under a heading line
 * that starts with this mark; a line of an answer that itself starts with
 * "#" or a backslash is written with a backslash before it. */
#define HEARTH_SUPERVISION_REFLECTION_MARK "## "

/**
 * HearthReflectionSection:
 * @heading: (owned) (nullable): the heading as written after the mark,
 *   without surrounding space; %NULL for text before the first heading
 * @text: (owned): the lines under the heading, unescaped, each ending in
 *   a newline; empty when there are none. Not stripped, so sections read
 *   together join as they were written.
 *
 * One part of a stored reflection, as hearth_supervision_read_reflection()
 * reads it.
 */
typedef struct
{
  char *heading;
  char *text;
} HearthReflectionSection;

#define HEARTH_TYPE_SUPERVISION (hearth_supervision_get_type ())
#define HEARTH_TYPE_SUPERVISION_ACTION (hearth_supervision_action_get_type ())

GType                    hearth_supervision_action_get_type     (void) G_GNUC_CONST;
HearthSupervisionAction *hearth_supervision_action_new          (const char                    *text,
                                                                 const char                    *owner,
                                                                 const char                    *due_date);
HearthSupervisionAction *hearth_supervision_action_copy         (const HearthSupervisionAction *action);
void                     hearth_supervision_action_free         (HearthSupervisionAction       *action);

GType                    hearth_supervision_get_type            (void) G_GNUC_CONST;
HearthSupervision       *hearth_supervision_new                 (gint64                         family_id,
                                                                 const char                    *date,
                                                                 const char                    *supervisor,
                                                                 const char                    *practitioner);
HearthSupervision       *hearth_supervision_ref                 (HearthSupervision             *supervision);
void                     hearth_supervision_unref               (HearthSupervision             *supervision);
HearthSupervision       *hearth_supervision_copy                (const HearthSupervision       *supervision);
HearthSupervisionAction *hearth_supervision_add_action          (HearthSupervision             *supervision,
                                                                 const char                    *text,
                                                                 const char                    *owner,
                                                                 const char                    *due_date);
gboolean                 hearth_supervision_validate            (const HearthSupervision       *supervision,
                                                                 GError                       **error);
GPtrArray               *hearth_supervision_read_reflection     (const char                    *reflection);

const char              *hearth_supervision_status_to_string    (HearthSupervisionStatus        status);
gboolean                 hearth_supervision_status_from_string  (const char                    *string,
                                                                 HearthSupervisionStatus       *status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSupervisionAction, hearth_supervision_action_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSupervision, hearth_supervision_unref)

G_END_DECLS
