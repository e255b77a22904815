/* hearth-audit.c
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

#include "hearth-audit.h"
#include "hearth-entities-private.h"

G_DEFINE_BOXED_TYPE (HearthAuditEntry, hearth_audit_entry, hearth_audit_entry_ref, hearth_audit_entry_unref)

static const char * const action_names[] = {
  [HEARTH_AUDIT_ACTION_CREATE] = "create",
  [HEARTH_AUDIT_ACTION_UPDATE] = "update",
  [HEARTH_AUDIT_ACTION_DELETE] = "delete",
  [HEARTH_AUDIT_ACTION_FINALISE] = "finalise",
  [HEARTH_AUDIT_ACTION_AMEND] = "amend",
  [HEARTH_AUDIT_ACTION_ARCHIVE] = "archive",
  [HEARTH_AUDIT_ACTION_IMPORT] = "import",
};

/* hearth_audit_action_to_string() and hearth_audit_action_from_string():
 * stable storage strings and the reverse lookup. */
HEARTH_DEFINE_ENUM_STRINGS (HearthAuditAction, hearth_audit_action, action_names)

static void
audit_entry_clear (HearthAuditEntry *self)
{
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->entity_type, g_free);
  g_clear_pointer (&self->summary, g_free);
}

/**
 * hearth_audit_entry_new:
 * @actor: who acted
 * @entity_type: the kind of record
 * @entity_id: the record's row id
 * @action: what was done
 * @summary: a short summary without record content
 *
 * Returns: (transfer full): a new audit entry, not yet stored
 */
HearthAuditEntry *
hearth_audit_entry_new (const char        *actor,
                        const char        *entity_type,
                        gint64             entity_id,
                        HearthAuditAction  action,
                        const char        *summary)
{
  HearthAuditEntry *self = g_atomic_rc_box_new0 (HearthAuditEntry);

  self->actor = g_strdup (actor);
  self->entity_type = g_strdup (entity_type);
  self->entity_id = entity_id;
  self->action = action;
  self->summary = g_strdup (summary);

  return self;
}

/**
 * hearth_audit_entry_ref:
 * @entry: an audit entry
 *
 * Returns: (transfer full): @entry, with one more reference
 */
HearthAuditEntry *
hearth_audit_entry_ref (HearthAuditEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  return g_atomic_rc_box_acquire (entry);
}

/**
 * hearth_audit_entry_unref:
 * @entry: (nullable): an audit entry
 *
 * Drops a reference, freeing @entry when it was the last.
 */
void
hearth_audit_entry_unref (HearthAuditEntry *entry)
{
  if (entry != NULL)
    g_atomic_rc_box_release_full (entry, (GDestroyNotify) audit_entry_clear);
}
