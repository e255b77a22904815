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
gboolean    hearth_store_delete_row          (HearthStore        *self,
                                              const char         *sql,
                                              gint64              id,
                                              const char         *entity_type,
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

/* hearth-store.c: the checks hearth_store_open() makes before SQLite reads
 * a file, for restore to make on a backup. */
gboolean    hearth_store_check_file          (const char         *path,
                                              GError            **error);

/* hearth-store-chain.c: the audit trail's hash chain */
extern const char hearth_store_chain_schema[];
int         hearth_store_chain_register      (sqlite3            *db);
gboolean    hearth_store_chain_hash_all      (HearthStore        *self,
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
                                              GError            **error);

G_END_DECLS
