/* hearth-store.h
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

#include <gio/gio.h>

#include "core/hearth-assessment.h"
#include "core/hearth-audit.h"
#include "core/hearth-event.h"
#include "core/hearth-family.h"
#include "core/hearth-period.h"
#include "core/hearth-person.h"
#include "core/hearth-response.h"
#include "core/hearth-supervision.h"
#include "core/hearth-visit.h"

G_BEGIN_DECLS

#define HEARTH_STORE_ERROR (hearth_store_error_quark ())

/**
 * HearthStoreError:
 * @HEARTH_STORE_ERROR_OPEN: the file or its folder could not be opened or
 *   created
 * @HEARTH_STORE_ERROR_NOT_A_DATABASE: the file is not a Hearth database
 * @HEARTH_STORE_ERROR_TOO_NEW: the database was written by a newer Hearth
 * @HEARTH_STORE_ERROR_LOCKED: another program holds the database
 * @HEARTH_STORE_ERROR_FULL: the disk is full
 * @HEARTH_STORE_ERROR_READ_ONLY: the database cannot be written to
 * @HEARTH_STORE_ERROR_NOT_FOUND: no record has that id or reference
 * @HEARTH_STORE_ERROR_DUPLICATE: the record would repeat a unique value,
 *   such as a case reference
 * @HEARTH_STORE_ERROR_REFUSED: the change is not allowed, such as editing
 *   a finalised assessment or deleting a person other records refer to
 * @HEARTH_STORE_ERROR_CORRUPT: the database file is damaged
 * @HEARTH_STORE_ERROR_FAILED: anything else, such as an input/output error
 * @HEARTH_STORE_ERROR_TAMPERED: the audit trail was changed outside Hearth
 * @HEARTH_STORE_ERROR_TOO_BIG: a text is longer than the store keeps
 *   (%HEARTH_STORE_MAX_LENGTH bytes for a whole record)
 * @HEARTH_STORE_ERROR_NEEDS_UPGRADE: the database was written by an older
 *   Hearth, and %HEARTH_STORE_OPEN_NO_UPGRADE asked not to upgrade it here
 *
 * Errors from the store. Their messages are one sentence that says what
 * failed and whether the stored records are safe; they never hold names,
 * notes or other record content.
 */
typedef enum
{
  HEARTH_STORE_ERROR_OPEN,
  HEARTH_STORE_ERROR_NOT_A_DATABASE,
  HEARTH_STORE_ERROR_TOO_NEW,
  HEARTH_STORE_ERROR_LOCKED,
  HEARTH_STORE_ERROR_FULL,
  HEARTH_STORE_ERROR_READ_ONLY,
  HEARTH_STORE_ERROR_NOT_FOUND,
  HEARTH_STORE_ERROR_DUPLICATE,
  HEARTH_STORE_ERROR_REFUSED,
  HEARTH_STORE_ERROR_CORRUPT,
  HEARTH_STORE_ERROR_FAILED,
  HEARTH_STORE_ERROR_TAMPERED,
  HEARTH_STORE_ERROR_TOO_BIG,
  HEARTH_STORE_ERROR_NEEDS_UPGRADE,
} HearthStoreError;

/* The longest record the store keeps, all its texts together: 4 MiB, far
 * more than anyone types, and a bound on what a pasted file can cost. */
#define HEARTH_STORE_MAX_LENGTH (4 * 1024 * 1024)

/* The schema version this code writes; see hearth-store-schema.c. */
#define HEARTH_STORE_SCHEMA_VERSION 3

#define HEARTH_TYPE_STORE (hearth_store_get_type ())

G_DECLARE_FINAL_TYPE (HearthStore, hearth_store, HEARTH, STORE, GObject)

/**
 * HearthStoreFunc:
 * @store: the store
 * @user_data: the data passed to hearth_store_transaction()
 * @error: return location for an error
 *
 * A batch of changes run inside one transaction.
 *
 * Returns: %TRUE to commit; %FALSE (with @error set) to roll back
 */
typedef gboolean (*HearthStoreFunc) (HearthStore  *store,
                                     gpointer      user_data,
                                     GError      **error);

/**
 * HearthStoreOpenFlags:
 * @HEARTH_STORE_OPEN_DEFAULT: create the database, or upgrade it, as needed
 * @HEARTH_STORE_OPEN_NO_UPGRADE: refuse a database written by an older
 *   Hearth with %HEARTH_STORE_ERROR_NEEDS_UPGRADE, before anything is
 *   written, so that the caller can upgrade it with
 *   hearth_store_open_async() while showing progress
 *
 * How hearth_store_open_full() treats the database's schema version.
 */
typedef enum
{
  HEARTH_STORE_OPEN_DEFAULT    = 0,
  HEARTH_STORE_OPEN_NO_UPGRADE = 1 << 0,
} HearthStoreOpenFlags;

/**
 * HearthStoreProgressFunc:
 * @done: how many audit rows the upgrade has brought up to date
 * @total: how many it has to; 0 when there are none
 * @user_data: the data given with the function
 *
 * Reports how far an upgrade has gone.
 */
typedef void (*HearthStoreProgressFunc) (gint64    done,
                                         gint64    total,
                                         gpointer  user_data);

GQuark             hearth_store_error_quark              (void);

char              *hearth_store_dup_default_path         (void);
HearthStore       *hearth_store_open                     (const char         *path,
                                                          GError            **error);
HearthStore       *hearth_store_open_full                (const char         *path,
                                                          HearthStoreOpenFlags flags,
                                                          GError            **error);
void               hearth_store_open_async               (const char         *path,
                                                          HearthStoreProgressFunc progress,
                                                          gpointer            progress_data,
                                                          GCancellable       *cancellable,
                                                          GAsyncReadyCallback callback,
                                                          gpointer            user_data);
HearthStore       *hearth_store_open_finish              (GAsyncResult       *result,
                                                          GError            **error);
const char        *hearth_store_get_path                 (HearthStore        *self);
int                hearth_store_get_schema_version       (HearthStore        *self);
void               hearth_store_set_actor                (HearthStore        *self,
                                                          const char         *actor);
const char        *hearth_store_get_actor                (HearthStore        *self);
gboolean           hearth_store_transaction              (HearthStore        *self,
                                                          HearthStoreFunc     func,
                                                          gpointer            user_data,
                                                          GError            **error);
gboolean           hearth_store_check_integrity          (HearthStore        *self,
                                                          GError            **error);

/* Backup, restore and checks (hearth-store-backup.c) */
gboolean           hearth_store_backup                   (HearthStore        *self,
                                                          const char         *path,
                                                          GError            **error);
gboolean           hearth_store_restore                  (const char         *backup_path,
                                                          const char         *path,
                                                          GError            **error);
gboolean           hearth_store_verify_audit             (HearthStore        *self,
                                                          gint64             *n_entries,
                                                          gint64             *first_broken,
                                                          GError            **error);

/* Families (hearth-store-families.c) */
gboolean           hearth_store_save_family              (HearthStore        *self,
                                                          HearthFamily       *family,
                                                          GError            **error);
HearthFamily      *hearth_store_load_family              (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
HearthFamily      *hearth_store_load_family_by_reference (HearthStore        *self,
                                                          const char         *case_reference,
                                                          GError            **error);
GPtrArray         *hearth_store_list_families            (HearthStore        *self,
                                                          gboolean            include_archived,
                                                          GError            **error);
GHashTable        *hearth_store_dup_children_names       (HearthStore        *self,
                                                          GError            **error);
gboolean           hearth_store_archive_family           (HearthStore        *self,
                                                          gint64              family_id,
                                                          gboolean            archived,
                                                          GError            **error);
gboolean           hearth_store_delete_family            (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);

/* People (hearth-store-families.c) */
gboolean           hearth_store_save_person              (HearthStore        *self,
                                                          HearthPerson       *person,
                                                          GError            **error);
HearthPerson      *hearth_store_load_person              (HearthStore        *self,
                                                          gint64              person_id,
                                                          GError            **error);
GPtrArray         *hearth_store_list_people              (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
gboolean           hearth_store_delete_person            (HearthStore        *self,
                                                          gint64              person_id,
                                                          GError            **error);

/* Visits (hearth-store-visits.c) */
gboolean           hearth_store_save_visit               (HearthStore        *self,
                                                          HearthVisit        *visit,
                                                          GError            **error);
HearthVisit       *hearth_store_load_visit               (HearthStore        *self,
                                                          gint64              visit_id,
                                                          GError            **error);
GPtrArray         *hearth_store_list_visits              (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
gboolean           hearth_store_delete_visit             (HearthStore        *self,
                                                          gint64              visit_id,
                                                          GError            **error);

/* Assessments and responses (hearth-store-assessments.c) */
gboolean           hearth_store_save_assessment          (HearthStore        *self,
                                                          HearthAssessment   *assessment,
                                                          GError            **error);
HearthAssessment  *hearth_store_load_assessment          (HearthStore        *self,
                                                          gint64              assessment_id,
                                                          GError            **error);
GPtrArray         *hearth_store_list_assessments         (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
gboolean           hearth_store_delete_assessment        (HearthStore        *self,
                                                          gint64              assessment_id,
                                                          GError            **error);
gboolean           hearth_store_save_response            (HearthStore        *self,
                                                          gint64              assessment_id,
                                                          const HearthResponse *response,
                                                          GError            **error);
gboolean           hearth_store_delete_response          (HearthStore        *self,
                                                          gint64              assessment_id,
                                                          const char         *item_id,
                                                          GError            **error);
gboolean           hearth_store_finalise_assessment      (HearthStore        *self,
                                                          gint64              assessment_id,
                                                          GError            **error);
HearthAssessment  *hearth_store_amend_assessment         (HearthStore        *self,
                                                          gint64              assessment_id,
                                                          const char         *reason,
                                                          GError            **error);

/* Chronology events (hearth-store-events.c) */
gboolean           hearth_store_save_event               (HearthStore        *self,
                                                          HearthEvent        *event,
                                                          GError            **error);
HearthEvent       *hearth_store_load_event               (HearthStore        *self,
                                                          gint64              event_id,
                                                          GError            **error);
GPtrArray         *hearth_store_list_events              (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
gint64             hearth_store_count_events             (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
gboolean           hearth_store_delete_event             (HearthStore        *self,
                                                          gint64              event_id,
                                                          GError            **error);

/* Periods of involvement (hearth-store-events.c) */
gboolean           hearth_store_save_period              (HearthStore        *self,
                                                          HearthPeriod       *period,
                                                          GError            **error);
HearthPeriod      *hearth_store_load_period              (HearthStore        *self,
                                                          gint64              period_id,
                                                          GError            **error);
GPtrArray         *hearth_store_list_periods             (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
gboolean           hearth_store_delete_period            (HearthStore        *self,
                                                          gint64              period_id,
                                                          GError            **error);

/* Supervision (hearth-store-supervision.c) */
gboolean           hearth_store_save_supervision         (HearthStore        *self,
                                                          HearthSupervision  *supervision,
                                                          GError            **error);
HearthSupervision *hearth_store_load_supervision         (HearthStore        *self,
                                                          gint64              supervision_id,
                                                          GError            **error);
GPtrArray         *hearth_store_list_supervisions        (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
gboolean           hearth_store_delete_supervision       (HearthStore        *self,
                                                          gint64              supervision_id,
                                                          GError            **error);
gboolean           hearth_store_finalise_supervision     (HearthStore        *self,
                                                          gint64              supervision_id,
                                                          GError            **error);
gboolean           hearth_store_set_supervision_action_done (HearthStore     *self,
                                                          gint64              action_id,
                                                          gboolean            done,
                                                          GError            **error);

/* Audit trail (hearth-store-audit.c) */
GPtrArray         *hearth_store_list_audit               (HearthStore        *self,
                                                          const char         *entity_type,
                                                          gint64              entity_id,
                                                          GError            **error);
GPtrArray         *hearth_store_list_family_audit        (HearthStore        *self,
                                                          gint64              family_id,
                                                          GError            **error);
void               hearth_store_release_memory           (HearthStore        *self);

G_END_DECLS
