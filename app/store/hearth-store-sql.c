/* hearth-store-sql.c
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
#include <string.h>

#include "hearth-store-private.h"

/* The store's shared plumbing: cached statements, errors, transactions,
 * audit rows and checks that keep records inside their family. */

static const char *
reason_for_code (HearthStoreError code)
{
  switch (code)
    {
    case HEARTH_STORE_ERROR_LOCKED:
      return _("the database is in use by another program");
    case HEARTH_STORE_ERROR_FULL:
      return _("the disk is full");
    case HEARTH_STORE_ERROR_READ_ONLY:
      return _("the database cannot be written to");
    case HEARTH_STORE_ERROR_DUPLICATE:
      return _("another record already has the same unique value");
    case HEARTH_STORE_ERROR_REFUSED:
      return _("other records depend on it or it refers to a record that does not exist");
    case HEARTH_STORE_ERROR_CORRUPT:
      return _("the database file is damaged");
    case HEARTH_STORE_ERROR_NOT_A_DATABASE:
      return _("the file is not a Hearth database");
    case HEARTH_STORE_ERROR_OPEN:
      return _("the database file could not be opened");
    case HEARTH_STORE_ERROR_TOO_BIG:
      return _("a text is longer than Hearth can store");
    case HEARTH_STORE_ERROR_NOT_FOUND:
    case HEARTH_STORE_ERROR_TOO_NEW:
    case HEARTH_STORE_ERROR_FAILED:
    default:
      return _("of an unexpected database error");
    }
}

static HearthStoreError
code_for_sqlite (int rc)
{
  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return HEARTH_STORE_ERROR_DUPLICATE;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return HEARTH_STORE_ERROR_REFUSED;
    default:
      break;
    }

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return HEARTH_STORE_ERROR_LOCKED;
    case SQLITE_FULL:
      return HEARTH_STORE_ERROR_FULL;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return HEARTH_STORE_ERROR_READ_ONLY;
    case SQLITE_CORRUPT:
      return HEARTH_STORE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return HEARTH_STORE_ERROR_NOT_A_DATABASE;
    case SQLITE_CANTOPEN:
      return HEARTH_STORE_ERROR_OPEN;
    case SQLITE_TOOBIG:
      return HEARTH_STORE_ERROR_TOO_BIG;
    default:
      return HEARTH_STORE_ERROR_FAILED;
    }
}

/*
 * hearth_store_stmt_release:
 * @stmt: (nullable): a cached statement
 *
 * Resets @stmt and clears its bindings, so the next user starts afresh.
 */
void
hearth_store_stmt_release (HearthStmt *stmt)
{
  if (stmt == NULL)
    return;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/*
 * hearth_store_prepare:
 * @sql: a static SQL string; its address is the cache key
 * @what: the start of an error sentence, such as "Could not save the family"
 *
 * Returns: (transfer none): the cached statement, to be released with
 *   g_autoptr(HearthStmt); %NULL with an error
 */
HearthStmt *
hearth_store_prepare (HearthStore  *self,
                      const char   *sql,
                      const char   *what,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_debug ("Preparing a statement failed: %s", sqlite3_errmsg (self->db));
      hearth_store_set_error (self, rc, what, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/*
 * hearth_store_set_error:
 * @rc: an SQLite result code
 * @what: the start of the sentence, such as "Could not save the family"
 *
 * Sets @error to one sentence: @what, why, and whether stored records are
 * safe. SQLite's own message is logged at debug level only, since it may
 * quote the schema.
 */
void
hearth_store_set_error (HearthStore  *self,
                        int           rc,
                        const char   *what,
                        GError      **error)
{
  hearth_store_set_db_error (self->db, rc, what, error);
}

/*
 * hearth_store_set_db_error:
 * @db: (nullable): the connection that failed, which need not be a store's
 *
 * Like hearth_store_set_error(), for a connection such as a backup's.
 */
void
hearth_store_set_db_error (sqlite3     *db,
                           int          rc,
                           const char  *what,
                           GError     **error)
{
  HearthStoreError code = code_for_sqlite (rc);

  g_debug ("SQLite error %d: %s", rc, db != NULL ? sqlite3_errmsg (db) : "");

  if (code == HEARTH_STORE_ERROR_CORRUPT || code == HEARTH_STORE_ERROR_NOT_A_DATABASE
      || code == HEARTH_STORE_ERROR_OPEN)
    g_set_error (error, HEARTH_STORE_ERROR, code,
                 /* Translators: the first %s is an action such as "Could not save
                  * the family", the second a reason such as "the disk is full" */
                 _("%s because %s."), what, reason_for_code (code));
  else
    g_set_error (error, HEARTH_STORE_ERROR, code,
                 /* Translators: the first %s is an action such as "Could not save
                  * the family", the second a reason such as "the disk is full" */
                 _("%s because %s; the stored records are safe."), what, reason_for_code (code));
}

/*
 * hearth_store_set_not_found:
 * @what: the start of the sentence, such as "Could not load the family"
 */
void
hearth_store_set_not_found (const char  *what,
                            GError     **error)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND,
               /* Translators: %s is an action such as "Could not load the family" */
               _("%s because it is not in the database."), what);
}

/*
 * hearth_store_set_corrupt_row:
 * @what: the start of the sentence
 *
 * For a row that holds a value Hearth never writes (an unknown category, a
 * bad date): the file was changed by something else.
 */
void
hearth_store_set_corrupt_row (const char  *what,
                              GError     **error)
{
  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
               /* Translators: %s is an action such as "Could not load the family" */
               _("%s because the database holds a value Hearth does not know."), what);
}

/*
 * hearth_store_step_done:
 *
 * Runs a statement that returns no rows.
 */
gboolean
hearth_store_step_done (HearthStore  *self,
                        HearthStmt   *stmt,
                        const char   *what,
                        GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  return TRUE;
}

/*
 * hearth_store_begin:
 *
 * Starts a write transaction, or a savepoint inside one already running, so
 * that batches can group many saves into one commit.
 */
gboolean
hearth_store_begin (HearthStore  *self,
                    const char   *what,
                    GError      **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  /* IMMEDIATE takes the write lock now, so a busy database fails here,
   * before anything is half done. */
  stmt = hearth_store_prepare (self,
                               self->transaction_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested",
                               what, error);
  if (stmt == NULL || !hearth_store_step_done (self, stmt, what, error))
    return FALSE;

  self->transaction_depth++;
  return TRUE;
}

/*
 * hearth_store_commit:
 *
 * Commits the transaction (or releases the savepoint). On failure the
 * whole transaction is rolled back.
 */
gboolean
hearth_store_commit (HearthStore  *self,
                     const char   *what,
                     GError      **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  g_assert (self->transaction_depth > 0);

  stmt = hearth_store_prepare (self,
                               self->transaction_depth == 1 ? "COMMIT" : "RELEASE nested",
                               what, error);
  if (stmt == NULL || !hearth_store_step_done (self, stmt, what, error))
    {
      g_clear_pointer (&stmt, hearth_store_stmt_release);
      hearth_store_rollback (self);
      return FALSE;
    }

  self->transaction_depth--;
  return TRUE;
}

/*
 * hearth_store_rollback:
 *
 * Undoes the transaction (or everything since the savepoint).
 */
void
hearth_store_rollback (HearthStore *self)
{
  g_assert (self->transaction_depth > 0);

  if (self->transaction_depth == 1)
    {
      /* Not cached: ROLLBACK must work even when preparing fails. */
      if (sqlite3_get_autocommit (self->db) == 0)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  else
    {
      sqlite3_exec (self->db, "ROLLBACK TO nested", NULL, NULL, NULL);
      sqlite3_exec (self->db, "RELEASE nested", NULL, NULL, NULL);
    }

  self->transaction_depth--;
}

/*
 * hearth_store_audit:
 * @family_id: the family the record belongs to, or 0
 * @summary: a short, fixed description: never record content
 *
 * Writes one audit row. Call it inside the transaction of the change.
 */
gboolean
hearth_store_audit (HearthStore        *self,
                    gint64              family_id,
                    const char         *entity_type,
                    gint64              entity_id,
                    HearthAuditAction   action,
                    const char         *summary,
                    const char         *what,
                    GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  g_assert (self->transaction_depth > 0);

  stmt = hearth_store_prepare (self,
                               "INSERT INTO audit (at, actor, family_id, entity_type, entity_id,"
                               " action, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, hearth_store_now (self));
  hearth_store_bind_text (stmt, 2, hearth_store_get_actor (self));
  hearth_store_bind_id (stmt, 3, family_id);
  hearth_store_bind_text (stmt, 4, entity_type);
  sqlite3_bind_int64 (stmt, 5, entity_id);
  hearth_store_bind_text (stmt, 6, hearth_audit_action_to_string (action));
  hearth_store_bind_text (stmt, 7, summary);

  return hearth_store_step_done (self, stmt, what, error);
}

/*
 * hearth_store_now:
 *
 * Returns: the time to stamp on records, seconds since 1970 UTC
 */
gint64
hearth_store_now (HearthStore *self)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/*
 * hearth_store_check_person:
 *
 * Checks that @person_id is a person (a child when @must_be_child) of
 * @family_id, so no record can point into another family.
 */
gboolean
hearth_store_check_person (HearthStore  *self,
                           gint64        family_id,
                           gint64        person_id,
                           gboolean      must_be_child,
                           const char   *what,
                           GError      **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  stmt = hearth_store_prepare (self, "SELECT family_id, kind FROM people WHERE id = ?", what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  if (rc == SQLITE_DONE || sqlite3_column_int64 (stmt, 0) != family_id
      || (must_be_child && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1),
                                      hearth_person_kind_to_string (HEARTH_PERSON_KIND_CHILD)) != 0))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED,
                   /* Translators: %s is an action such as "Could not save the event" */
                   _("%s because it names a person who is not a child of this family; "
                     "the stored records are safe."),
                   what);
      return FALSE;
    }

  return TRUE;
}

/*
 * hearth_store_check_owned:
 * @sql: a static query selecting the family_id of the row with id = ?
 *
 * Checks that the row @id exists and belongs to @family_id.
 */
gboolean
hearth_store_check_owned (HearthStore  *self,
                          const char   *sql,
                          gint64        family_id,
                          gint64        id,
                          const char   *what,
                          GError      **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  stmt = hearth_store_prepare (self, sql, what, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  if (rc == SQLITE_DONE || sqlite3_column_int64 (stmt, 0) != family_id)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED,
                   /* Translators: %s is an action such as "Could not save the event" */
                   _("%s because it links to a record of another family or one that does not "
                     "exist; the stored records are safe."),
                   what);
      return FALSE;
    }

  return TRUE;
}

/*
 * hearth_store_bind_text:
 *
 * Binds @text, or SQL NULL when @text is %NULL. SQLite copies the text.
 *
 * A text longer than %HEARTH_STORE_MAX_LENGTH cannot be bound: SQLite
 * would leave the parameter NULL, and a note would be lost without a
 * word. Only its first %HEARTH_STORE_MAX_LENGTH bytes are bound instead,
 * which SQLite accepts; but a row holding them and anything else is over
 * the limit, so the write fails with %HEARTH_STORE_ERROR_TOO_BIG and its
 * transaction rolls back, and a lookup by it finds nothing.
 */
void
hearth_store_bind_text (HearthStmt *stmt,
                        int         index,
                        const char *text)
{
  gsize length;

  if (text == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  length = strlen (text);
  sqlite3_bind_text (stmt, index, text, (int) MIN (length, HEARTH_STORE_MAX_LENGTH),
                     SQLITE_TRANSIENT);
}

/*
 * hearth_store_bind_id:
 *
 * Binds a row id, or SQL NULL for 0 (no link).
 */
void
hearth_store_bind_id (HearthStmt *stmt,
                      int         index,
                      gint64      id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

/*
 * hearth_store_column_dup_text:
 *
 * Returns: (transfer full) (nullable): the column's text, %NULL for SQL NULL
 */
char *
hearth_store_column_dup_text (HearthStmt *stmt,
                              int         column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/*
 * hearth_store_column_id:
 *
 * Returns: the column's row id, 0 for SQL NULL
 */
gint64
hearth_store_column_id (HearthStmt *stmt,
                        int         column)
{
  return sqlite3_column_int64 (stmt, column);
}
