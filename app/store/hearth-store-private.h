/* hearth-store-private.h
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

#include <sqlite3.h>

#include "hearth-store.h"

G_BEGIN_DECLS

/* The application id in the database header: "HRTH". */
#define HEARTH_STORE_APPLICATION_ID 0x48525448

struct _HearthStore
{
  GObject     parent_instance;

  char       *path;               /* owned */
  char       *actor;              /* owned, nullable: the OS user when unset */
  sqlite3    *db;                 /* owned */
  GHashTable *statements;         /* static SQL string → owned sqlite3_stmt */
  guint       transaction_depth;
  int         schema_version;
};

/* A cached prepared statement. Going out of scope resets it and clears its
 * bindings; the store finalises it when it closes. */
typedef sqlite3_stmt HearthStmt;

void        hearth_store_stmt_release        (HearthStmt         *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthStmt, hearth_store_stmt_release)

/* Test hook: opens (or creates) a database but upgrades it no further than
 * @version, so migration tests can build databases of older versions. */
HearthStore *hearth_store_open_at_version    (const char         *path,
                                              int                 version,
                                              GError            **error);

/* Test hook: how long a write waits for another connection's lock. */
void         hearth_store_set_busy_timeout   (HearthStore        *self,
                                              int                 milliseconds);

/* hearth-store-sql.c: statements, errors, transactions, audit */
HearthStmt *hearth_store_prepare             (HearthStore        *self,
                                              const char         *sql,
                                              const char         *what,
                                              GError            **error);
void        hearth_store_set_error           (HearthStore        *self,
                                              int                 rc,
                                              const char         *what,
                                              GError            **error);
void        hearth_store_set_db_error        (sqlite3            *db,
                                              int                 rc,
                                              const char         *what,
                                              GError            **error);
gboolean    hearth_store_step_done           (HearthStore        *self,
                                              HearthStmt         *stmt,
                                              const char         *what,
                                              GError            **error);
gboolean    hearth_store_begin               (HearthStore        *self,
                                              const char         *what,
                                              GError            **error);
gboolean    hearth_store_commit              (HearthStore        *self,
                                              const char         *what,
                                              GError            **error);
void        hearth_store_rollback            (HearthStore        *self);
gboolean    hearth_store_audit               (HearthStore        *self,
                                              gint64              family_id,
                                              const char         *entity_type,
                                              gint64              entity_id,
                                              HearthAuditAction   action,
                                              const char         *summary,
                                              const char         *what,
                                              GError            **error);
gint64      hearth_store_now                 (HearthStore        *self);
gboolean    hearth_store_check_person        (HearthStore        *self,
                                              gint64              family_id,
                                              gint64              person_id,
                                              gboolean            must_be_child,
                                              const char         *what,
                                              GError            **error);
gboolean    hearth_store_check_owned         (HearthStore        *self,
                                              const char         *sql,
                                              gint64              family_id,
                                              gint64              id,
                                              const char         *what,
                                              GError            **error);
void        hearth_store_set_not_found       (const char         *what,
                                              GError            **error);
void        hearth_store_set_corrupt_row     (const char         *what,
                                              GError            **error);

/* hearth-store-assessments.c, for hearth-store-responses.c */
gboolean    hearth_store_lookup_assessment   (HearthStore             *self,
                                              gint64                   assessment_id,
                                              HearthAssessmentStatus  *status,
                                              gint64                  *family_id,
                                              gint64                  *supersedes_id,
                                              const char              *what,
                                              GError                 **error);
gboolean    hearth_store_require_draft_assessment (HearthAssessmentStatus   status,
                                                   const char              *what,
                                                   GError                 **error);
gboolean    hearth_store_write_response      (HearthStore             *self,
                                              gint64                   assessment_id,
                                              const HearthResponse    *response,
                                              const char              *what,
                                              GError                 **error);
gboolean    hearth_store_touch_assessment    (HearthStore             *self,
                                              gint64                   assessment_id,
                                              gint64                   now,
                                              const char              *what,
                                              GError                 **error);

/* Binding and reading helpers. */
void        hearth_store_bind_text           (HearthStmt         *stmt,
                                              int                 index,
                                              const char         *text);
void        hearth_store_bind_id             (HearthStmt         *stmt,
                                              int                 index,
                                              gint64              id);
char       *hearth_store_column_dup_text     (HearthStmt         *stmt,
                                              int                 column);
gint64      hearth_store_column_id           (HearthStmt         *stmt,
                                              int                 column);

/* hearth-store-rows.c: reading rows into records */

/*
 * HearthStoreRowReader:
 * @stmt: a statement standing on a row
 * @what: the start of an error sentence, such as "Could not load the visit"
 * @error: return location for an error
 *
 * Builds one record from the current row of @stmt.
 *
 * Returns: (transfer full): the record, or %NULL with
 *   %HEARTH_STORE_ERROR_CORRUPT for a row that holds a value Hearth never
 *   writes
 */
typedef gpointer (*HearthStoreRowReader) (HearthStmt         *stmt,
                                          const char         *what,
                                          GError            **error);

/*
 * HearthStoreRowFunc:
 * @stmt: a statement standing on a row
 * @user_data: the data given with the function
 * @what: the start of an error sentence
 * @error: return location for an error
 *
 * Takes in one row of a query, such as a child seen on a visit.
 *
 * Returns: %TRUE to go on; %FALSE with @error set to stop
 */
typedef gboolean (*HearthStoreRowFunc)    (HearthStmt         *stmt,
                                           gpointer            user_data,
                                           const char         *what,
                                           GError            **error);

gboolean    hearth_store_step_row            (HearthStore         *self,
                                              HearthStmt          *stmt,
                                              const char          *what,
                                              GError             **error);
gpointer    hearth_store_load_row            (HearthStore         *self,
                                              const char          *sql,
                                              gint64               id,
                                              HearthStoreRowReader read,
                                              const char          *what,
                                              GError             **error);
gboolean    hearth_store_step_rows           (HearthStore         *self,
                                              HearthStmt          *stmt,
                                              HearthStoreRowFunc   func,
                                              gpointer             user_data,
                                              const char          *what,
                                              GError             **error);
gboolean    hearth_store_each_row            (HearthStore         *self,
                                              const char          *sql,
                                              gint64               key,
                                              HearthStoreRowFunc   func,
                                              gpointer             user_data,
                                              const char          *what,
                                              GError             **error);
GPtrArray  *hearth_store_read_rows           (HearthStore         *self,
                                              HearthStmt          *stmt,
                                              HearthStoreRowReader read,
                                              GDestroyNotify       free_func,
                                              const char          *what,
                                              GError             **error);
GPtrArray  *hearth_store_load_rows           (HearthStore         *self,
                                              const char          *sql,
                                              gint64               key,
                                              HearthStoreRowReader read,
                                              GDestroyNotify       free_func,
                                              const char          *what,
                                              GError             **error);
GHashTable *hearth_store_index_records       (GPtrArray           *records,
                                              gsize                id_offset);

/* hearth-store-changes.c: one change, its audit row, one transaction */

/*
 * HearthStoreChange:
 * @family_id: the family the changed record belongs to, or 0
 * @entity_type: (not owned): a static string such as "family" or "visit"
 * @entity_id: the changed record's row id
 * @action: what was done
 * @summary: (not owned): a static, fixed description; never record content
 *
 * The audit row of one change, as hearth_store_audit() writes it.
 */
typedef struct
{
  gint64             family_id;
  const char        *entity_type;
  gint64             entity_id;
  HearthAuditAction  action;
  const char        *summary;
} HearthStoreChange;

/*
 * HearthStoreWriteFunc:
 * @self: the store, inside the change's transaction
 * @change: the change's audit row, to complete with what only the write
 *   finds out (a new row's id, the family a row belongs to)
 * @user_data: the data given to hearth_store_write()
 * @what: the start of an error sentence
 * @error: return location for an error
 *
 * Makes the writes of one change, leaving its audit row to
 * hearth_store_write().
 *
 * Returns: %TRUE to write the audit row and commit; %FALSE with @error set
 *   to roll back
 */
typedef gboolean (*HearthStoreWriteFunc) (HearthStore        *self,
                                          HearthStoreChange  *change,
                                          gpointer            user_data,
                                          const char         *what,
                                          GError            **error);

/*
 * HearthStoreSave:
 * @insert: whether the record has no row yet
 * @now: the time to stamp on the row, seconds since 1970 UTC
 * @id: the row id: the record's, or the new row's once
 *   hearth_store_step_save() has inserted it
 * @change: the audit row, which hearth_store_save_set_audit() describes
 *
 * One insert-or-update of a record by hearth_store_save().
 */
typedef struct
{
  gboolean           insert;
  gint64             now;
  gint64             id;
  HearthStoreChange  change;
} HearthStoreSave;

/*
 * HearthStoreSaveFunc:
 * @self: the store, inside the save's transaction
 * @save: the save under way
 * @record: the record given to hearth_store_save()
 * @what: the start of an error sentence
 * @error: return location for an error
 *
 * Writes @record's row (and rows that hang from it) and describes the
 * audit row with hearth_store_save_set_audit().
 *
 * Returns: %TRUE to write the audit row and commit; %FALSE with @error set
 *   to roll back
 */
typedef gboolean (*HearthStoreSaveFunc)  (HearthStore        *self,
                                          HearthStoreSave    *save,
                                          gpointer            record,
                                          const char         *what,
                                          GError            **error);

gboolean    hearth_store_write               (HearthStore         *self,
                                              HearthStoreChange   *change,
                                              HearthStoreWriteFunc write,
                                              gpointer             user_data,
                                              const char          *what,
                                              GError             **error);
gboolean    hearth_store_save                (HearthStore         *self,
                                              gpointer             record,
                                              gint64              *id,
                                              gint64              *created_at,
                                              gint64              *updated_at,
                                              HearthStoreSaveFunc  write,
                                              const char          *what,
                                              GError             **error);
gboolean    hearth_store_step_save           (HearthStore         *self,
                                              HearthStmt          *stmt,
                                              HearthStoreSave     *save,
                                              const char          *what,
                                              GError             **error);
void        hearth_store_save_set_audit      (HearthStoreSave     *save,
                                              gint64               family_id,
                                              const char          *entity_type,
                                              const char          *created_summary,
                                              const char          *updated_summary);
gboolean    hearth_store_delete_row          (HearthStore         *self,
                                              const char          *sql,
                                              gint64               id,
                                              const char          *entity_type,
                                              const char          *summary,
                                              const char          *what,
                                              GError             **error);
gboolean    hearth_store_exec_id             (HearthStore         *self,
                                              const char          *sql,
                                              gint64               id,
                                              const char          *what,
                                              GError             **error);
gboolean    hearth_store_check_changed       (HearthStore         *self,
                                              const char          *what,
                                              GError             **error);

/* hearth-store.c: the checks hearth_store_open() makes before SQLite reads
 * a file, for restore to make on a backup. */
gboolean    hearth_store_check_file          (const char         *path,
                                              GError            **error);

/*
 * HearthStoreUpgrade:
 * @progress: (nullable): called on the opening thread as the long steps
 *   advance
 * @progress_data: data for @progress
 * @cancellable: (nullable): cancelling it stops the upgrade, which then
 *   rolls back
 *
 * How a schema upgrade reports progress and learns it should stop.
 */
typedef struct
{
  HearthStoreProgressFunc  progress;
  gpointer                 progress_data;
  GCancellable            *cancellable;
} HearthStoreUpgrade;

/* hearth-store.c: the open that hearth_store_open_async() runs in its
 * worker thread. */
HearthStore *hearth_store_open_upgrading     (const char               *path,
                                              const HearthStoreUpgrade *upgrade,
                                              GError                  **error);

/* hearth-store-chain.c: the audit trail's hash chain */
extern const char hearth_store_chain_schema[];
int         hearth_store_chain_register      (sqlite3            *db);
gboolean    hearth_store_chain_hash_all      (HearthStore        *self,
                                              const HearthStoreUpgrade *upgrade,
                                              GError            **error);
gboolean    hearth_store_chain_verify        (sqlite3            *db,
                                              gint64             *n_entries,
                                              gint64             *first_broken,
                                              GError            **error);

/* hearth-store-schema.c */
int         hearth_store_schema_get_latest   (void);
gboolean    hearth_store_schema_upgrade      (HearthStore        *self,
                                              int                 from_version,
                                              int                 to_version,
                                              const HearthStoreUpgrade *upgrade,
                                              GError            **error);

G_END_DECLS
