/* hearth-store-schema.c
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

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-store-private.h"

/*
 * The schema, as a list of upgrade steps. Step N takes a database of
 * version N - 1 to version N. Steps never change once released: a new
 * design need is a new step. All steps needed run in one transaction,
 * together with the new PRAGMA user_version, so an upgrade happens
 * completely or not at all.
 *
 * Storage rules: enums are stored as their stable strings (see the core
 * *_to_string() functions), calendar dates as "YYYY-MM-DD" text, moments as
 * integer seconds since 1970 UTC, and a missing link as NULL.
 */

typedef gboolean (*SchemaStep) (HearthStore               *self,
                                const HearthStoreUpgrade  *upgrade,
                                GError                   **error);

/* Version 1: the initial schema. */
static const char schema_v1[] =
  "PRAGMA application_id = 1213355080;"

  "CREATE TABLE families ("
  "  id INTEGER PRIMARY KEY,"
  "  case_reference TEXT NOT NULL UNIQUE,"
  "  display_name TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL,"
  "  archived INTEGER NOT NULL DEFAULT 0"
  ");"

  "CREATE TABLE people ("
  "  id INTEGER PRIMARY KEY,"
  "  family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  name TEXT NOT NULL,"
  "  date_of_birth TEXT,"
  "  sex TEXT NOT NULL,"
  "  send INTEGER NOT NULL DEFAULT 0,"
  "  role TEXT NOT NULL,"
  "  lives_in_home INTEGER NOT NULL DEFAULT 1,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX people_by_family ON people (family_id);"

  "CREATE TABLE visits ("
  "  id INTEGER PRIMARY KEY,"
  "  family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,"
  "  visited_at INTEGER NOT NULL,"
  "  practitioner TEXT NOT NULL,"
  "  announced INTEGER NOT NULL,"
  "  others_present TEXT,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX visits_by_family ON visits (family_id, visited_at);"

  /* People links never cascade from a person: deleting someone whom records
   * name is refused. They cascade from the visit and so from the family. */
  "CREATE TABLE visit_present ("
  "  visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES people (id),"
  "  position INTEGER NOT NULL,"
  "  PRIMARY KEY (visit_id, person_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX visit_present_by_person ON visit_present (person_id);"

  "CREATE TABLE visit_children ("
  "  visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES people (id),"
  "  position INTEGER NOT NULL,"
  "  seen INTEGER NOT NULL,"
  "  seen_alone INTEGER NOT NULL,"
  "  PRIMARY KEY (visit_id, person_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX visit_children_by_person ON visit_children (person_id);"

  "CREATE TABLE assessments ("
  "  id INTEGER PRIMARY KEY,"
  "  family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,"
  "  scope TEXT NOT NULL,"
  "  child_id INTEGER REFERENCES people (id),"
  "  instrument_id TEXT NOT NULL,"
  "  instrument_version TEXT NOT NULL,"
  "  visit_id INTEGER REFERENCES visits (id),"
  "  status TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL,"
  "  finalised_at INTEGER,"
  "  finalised_by TEXT,"
  "  supersedes_id INTEGER REFERENCES assessments (id),"
  "  amend_reason TEXT"
  ");"
  "CREATE INDEX assessments_by_family ON assessments (family_id);"
  "CREATE INDEX assessments_by_child ON assessments (child_id);"
  "CREATE INDEX assessments_by_visit ON assessments (visit_id);"
  "CREATE INDEX assessments_by_supersedes ON assessments (supersedes_id);"

  "CREATE TABLE responses ("
  "  assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,"
  "  item_id TEXT NOT NULL,"
  "  level INTEGER NOT NULL,"
  "  not_known INTEGER NOT NULL,"
  "  note TEXT,"
  "  value TEXT,"
  "  PRIMARY KEY (assessment_id, item_id)"
  ") WITHOUT ROWID;"

  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY,"
  "  family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,"
  "  event_date TEXT NOT NULL,"
  "  precision TEXT NOT NULL,"
  "  category TEXT NOT NULL,"
  "  source_agency TEXT NOT NULL CHECK (length (trim (source_agency)) > 0),"
  "  what_happened TEXT NOT NULL CHECK (length (trim (what_happened)) > 0),"
  "  impact TEXT NOT NULL,"
  "  impact_text TEXT,"
  "  action_taken TEXT,"
  "  analysis TEXT,"
  "  significance TEXT NOT NULL,"
  "  visit_id INTEGER REFERENCES visits (id) ON DELETE SET NULL,"
  "  assessment_id INTEGER REFERENCES assessments (id) ON DELETE SET NULL,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX events_by_family ON events (family_id);"
  "CREATE INDEX events_by_visit ON events (visit_id);"
  "CREATE INDEX events_by_assessment ON events (assessment_id);"

  "CREATE TABLE event_children ("
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES people (id),"
  "  position INTEGER NOT NULL,"
  "  PRIMARY KEY (event_id, person_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX event_children_by_person ON event_children (person_id);"

  "CREATE TABLE periods ("
  "  id INTEGER PRIMARY KEY,"
  "  family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES people (id),"
  "  kind TEXT NOT NULL,"
  "  start_date TEXT NOT NULL,"
  "  end_date TEXT,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX periods_by_family ON periods (family_id);"
  "CREATE INDEX periods_by_person ON periods (person_id);"

  "CREATE TABLE supervisions ("
  "  id INTEGER PRIMARY KEY,"
  "  family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,"
  "  held_on TEXT NOT NULL,"
  "  supervisor TEXT NOT NULL,"
  "  practitioner TEXT NOT NULL,"
  "  reflection TEXT,"
  "  decisions TEXT,"
  "  next_review TEXT,"
  "  status TEXT NOT NULL,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX supervisions_by_family ON supervisions (family_id);"

  "CREATE TABLE supervision_actions ("
  "  id INTEGER PRIMARY KEY,"
  "  supervision_id INTEGER NOT NULL REFERENCES supervisions (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  owner TEXT,"
  "  due_date TEXT,"
  "  done INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX supervision_actions_by_supervision ON supervision_actions (supervision_id);"

  /* The audit trail outlives the records it describes: no foreign keys. */
  "CREATE TABLE audit ("
  "  id INTEGER PRIMARY KEY,"
  "  at INTEGER NOT NULL,"
  "  actor TEXT NOT NULL,"
  "  family_id INTEGER,"
  "  entity_type TEXT NOT NULL,"
  "  entity_id INTEGER NOT NULL,"
  "  action TEXT NOT NULL,"
  "  summary TEXT NOT NULL"
  ");"
  "CREATE INDEX audit_by_entity ON audit (entity_type, entity_id);"
  "CREATE INDEX audit_by_family ON audit (family_id);";

/* Version 2: visits gain the practitioner's notes, and the chronology is
 * read in date order per family, which the GUI does on every family page:
 * an index on (family, date) replaces the family-only index. */
static const char schema_v2[] =
  "ALTER TABLE visits ADD COLUMN notes TEXT;"
  "DROP INDEX events_by_family;"
  "CREATE INDEX events_by_family_date ON events (family_id, event_date, id);";

G_STATIC_ASSERT (HEARTH_STORE_APPLICATION_ID == 1213355080);

static gboolean
run_script (HearthStore  *self,
            const char   *script,
            GError      **error)
{
  int rc = sqlite3_exec (self->db, script, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      hearth_store_set_error (self, rc, _("Could not upgrade the database"), error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
step_v1 (HearthStore               *self,
         const HearthStoreUpgrade  *upgrade,
         GError                   **error)
{
  return run_script (self, schema_v1, error);
}

static gboolean
step_v2 (HearthStore               *self,
         const HearthStoreUpgrade  *upgrade,
         GError                   **error)
{
  return run_script (self, schema_v2, error);
}

/* Version 3: the audit trail becomes tamper-evident. Each row gets a hash
 * over its content and the previous row's hash (hearth-store-chain.c);
 * existing rows are hashed in order, and a trigger hashes new ones. */
static gboolean
step_v3 (HearthStore               *self,
         const HearthStoreUpgrade  *upgrade,
         GError                   **error)
{
  return run_script (self, hearth_store_chain_schema, error)
         && hearth_store_chain_hash_all (self, upgrade, error);
}

static const SchemaStep steps[] = {
  step_v1,
  step_v2,
  step_v3,
};

G_STATIC_ASSERT (G_N_ELEMENTS (steps) == HEARTH_STORE_SCHEMA_VERSION);

/*
 * hearth_store_schema_get_latest:
 *
 * Returns: the newest schema version this code can write
 */
int
hearth_store_schema_get_latest (void)
{
  return (int) G_N_ELEMENTS (steps);
}

/* SQLite's progress handler: a non-zero return interrupts the statement
 * running, and the upgrade then rolls back. */
static int
cancelled_cb (void *user_data)
{
  return g_cancellable_is_cancelled (user_data);
}

static gboolean
run_steps (HearthStore               *self,
           int                        from_version,
           int                        to_version,
           const HearthStoreUpgrade  *upgrade,
           GError                   **error)
{
  const char *what = _("Could not upgrade the database");
  g_autofree char *set_version = NULL;

  if (!hearth_store_begin (self, what, error))
    return FALSE;

  for (int version = from_version + 1; version <= to_version; version++)
    {
      g_debug ("Upgrading the schema to version %d", version);

      if (!steps[version - 1] (self, upgrade, error))
        {
          hearth_store_rollback (self);
          return FALSE;
        }
    }

  /* PRAGMA takes no bound parameters; the version is a number we control. */
  set_version = g_strdup_printf ("PRAGMA user_version = %d", to_version);
  if (!run_script (self, set_version, error))
    {
      hearth_store_rollback (self);
      return FALSE;
    }

  return hearth_store_commit (self, what, error);
}

/*
 * hearth_store_schema_upgrade:
 * @from_version: the database's current version
 * @to_version: the version to reach
 * @upgrade: (nullable): where to report progress, and what cancels
 *
 * Runs the steps from @from_version + 1 to @to_version and sets the new
 * user_version, all in one transaction: on failure, or when cancelled
 * (%G_IO_ERROR_CANCELLED), nothing changes.
 */
gboolean
hearth_store_schema_upgrade (HearthStore               *self,
                             int                        from_version,
                             int                        to_version,
                             const HearthStoreUpgrade  *upgrade,
                             GError                   **error)
{
  GCancellable *cancellable = upgrade != NULL ? upgrade->cancellable : NULL;
  g_autoptr(GError) local_error = NULL;

  g_assert (from_version >= 0 && from_version < to_version);
  g_assert (to_version <= hearth_store_schema_get_latest ());

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Every thousand virtual machine instructions, a few microseconds. */
  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, 1000, cancelled_cb, cancellable);

  run_steps (self, from_version, to_version, upgrade, &local_error);

  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, 0, NULL, NULL);

  if (local_error == NULL)
    return TRUE;

  /* The interruption rolled everything back: report the cancellation, not
   * a failure. */
  if (!g_cancellable_set_error_if_cancelled (cancellable, error))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
