/* hearth-audit.h
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
 * HearthAuditAction:
 * @HEARTH_AUDIT_ACTION_CREATE: a record was created
 * @HEARTH_AUDIT_ACTION_UPDATE: a record was changed
 * @HEARTH_AUDIT_ACTION_DELETE: a record was deleted
 * @HEARTH_AUDIT_ACTION_FINALISE: a record was finalised
 * @HEARTH_AUDIT_ACTION_AMEND: a finalised record was amended
 * @HEARTH_AUDIT_ACTION_ARCHIVE: a family was archived or brought back
 * @HEARTH_AUDIT_ACTION_IMPORT: a family was imported from an exchange file
 */
typedef enum
{
  HEARTH_AUDIT_ACTION_CREATE,
  HEARTH_AUDIT_ACTION_UPDATE,
  HEARTH_AUDIT_ACTION_DELETE,
  HEARTH_AUDIT_ACTION_FINALISE,
  HEARTH_AUDIT_ACTION_AMEND,
  HEARTH_AUDIT_ACTION_ARCHIVE,
  HEARTH_AUDIT_ACTION_IMPORT,
} HearthAuditAction;

/**
 * HearthAuditEntry:
 * @id: the row id
 * @at: when, seconds since 1970 UTC
 * @actor: (owned): who: the user name or the actor set on the store
 * @family_id: the family the record belongs to, or 0
 * @entity_type: (owned): the kind of record, such as "family" or "event"
 * @entity_id: the record's row id
 * @action: what was done
 * @summary: (owned): a short summary that never holds record content
 *
 * One row of the audit trail (DESIGN.md, "Storage"). Refcounted.
 */
typedef struct
{
  gint64             id;
  gint64             at;
  char              *actor;
  gint64             family_id;
  char              *entity_type;
  gint64             entity_id;
  HearthAuditAction  action;
  char              *summary;
} HearthAuditEntry;

#define HEARTH_TYPE_AUDIT_ENTRY (hearth_audit_entry_get_type ())

GType             hearth_audit_entry_get_type     (void) G_GNUC_CONST;
HearthAuditEntry *hearth_audit_entry_new          (const char        *actor,
                                                   const char        *entity_type,
                                                   gint64             entity_id,
                                                   HearthAuditAction  action,
                                                   const char        *summary);
HearthAuditEntry *hearth_audit_entry_ref          (HearthAuditEntry  *entry);
void              hearth_audit_entry_unref        (HearthAuditEntry  *entry);

const char       *hearth_audit_action_to_string   (HearthAuditAction  action);
gboolean          hearth_audit_action_from_string (const char        *string,
                                                   HearthAuditAction *action);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthAuditEntry, hearth_audit_entry_unref)

G_END_DECLS
