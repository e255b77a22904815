/* hearth-store-rows.c
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

#include "hearth-store-private.h"

/* Reading rows into records: the one loop every load and list shares, so
 * that each kind of record only says how one row becomes a record. */

typedef struct
{
  GPtrArray            *records;  /* borrowed */
  HearthStoreRowReader  read;
} Collect;

static gboolean
collect_row (HearthStmt  *stmt,
             gpointer     user_data,
             const char  *what,
             GError     **error)
{
  Collect *collect = user_data;
  gpointer record = collect->read (stmt, what, error);

  if (record == NULL)
    return FALSE;

  g_ptr_array_add (collect->records, record);
  return TRUE;
}

/*
 * hearth_store_step_row:
 * @stmt: a statement with its parameters bound
 * @what: the start of an error sentence, such as "Could not load the visit"
 *
 * Steps @stmt to its first row, for a query (or a statement with a
 * RETURNING clause) that names one record.
 *
 * Returns: %TRUE with @stmt standing on the row; %FALSE with
 *   %HEARTH_STORE_ERROR_NOT_FOUND when there is none, or another
 *   %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_step_row (HearthStore  *self,
                       HearthStmt   *stmt,
                       const char   *what,
                       GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    {
      hearth_store_set_not_found (what, error);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  return TRUE;
}

/*
 * hearth_store_load_row:
 * @sql: a static query with one parameter, the row id
 * @id: the row id
 * @read: builds the record from the row
 *
 * Loads one record by its row id.
 *
 * Returns: (transfer full): the record made by @read, or %NULL with an
 *   error as for hearth_store_step_row() or @read
 */
gpointer
hearth_store_load_row (HearthStore           *self,
                       const char            *sql,
                       gint64                 id,
                       HearthStoreRowReader   read,
                       const char            *what,
                       GError               **error)
{
  g_autoptr(HearthStmt) stmt = hearth_store_prepare (self, sql, what, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!hearth_store_step_row (self, stmt, what, error))
    return NULL;

  return read (stmt, what, error);
}

/*
 * hearth_store_step_rows:
 * @stmt: a statement with its parameters bound
 * @func: takes in each row
 * @user_data: data for @func
 *
 * Steps @stmt through all its rows, handing each to @func.
 *
 * Returns: %TRUE after the last row; %FALSE with the error of @func or a
 *   %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_step_rows (HearthStore         *self,
                        HearthStmt          *stmt,
                        HearthStoreRowFunc   func,
                        gpointer             user_data,
                        const char          *what,
                        GError             **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!func (stmt, user_data, what, error))
        return FALSE;
    }

  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  return TRUE;
}

/*
 * hearth_store_each_row:
 * @sql: a static query with one parameter
 * @key: the value of the parameter, such as a family's row id
 * @func: takes in each row
 * @user_data: data for @func
 *
 * Runs a query and hands each of its rows to @func, as
 * hearth_store_step_rows() does.
 *
 * Returns: %TRUE after the last row; %FALSE with the error of @func or a
 *   %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_each_row (HearthStore         *self,
                       const char          *sql,
                       gint64               key,
                       HearthStoreRowFunc   func,
                       gpointer             user_data,
                       const char          *what,
                       GError             **error)
{
  g_autoptr(HearthStmt) stmt = hearth_store_prepare (self, sql, what, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, key);
  return hearth_store_step_rows (self, stmt, func, user_data, what, error);
}

/*
 * hearth_store_read_rows:
 * @stmt: a statement with its parameters bound
 * @read: builds a record from each row
 * @free_func: frees a record
 *
 * Steps @stmt through all its rows and builds a record from each.
 *
 * Returns: (transfer container): the records in the order of the rows, or
 *   %NULL with the error of @read or a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_read_rows (HearthStore           *self,
                        HearthStmt            *stmt,
                        HearthStoreRowReader   read,
                        GDestroyNotify         free_func,
                        const char            *what,
                        GError               **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (free_func);
  Collect collect = { records, read };

  if (!hearth_store_step_rows (self, stmt, collect_row, &collect, what, error))
    return NULL;

  return g_steal_pointer (&records);
}

/*
 * hearth_store_load_rows:
 * @sql: a static query with one parameter
 * @key: the value of the parameter, such as a family's row id
 * @read: builds a record from each row
 * @free_func: frees a record
 *
 * Runs a query and builds a record from each row, as
 * hearth_store_read_rows() does.
 *
 * Returns: (transfer container): the records in the order of the rows, or
 *   %NULL with the error of @read or a %HEARTH_STORE_ERROR
 */
GPtrArray *
hearth_store_load_rows (HearthStore           *self,
                        const char            *sql,
                        gint64                 key,
                        HearthStoreRowReader   read,
                        GDestroyNotify         free_func,
                        const char            *what,
                        GError               **error)
{
  g_autoptr(HearthStmt) stmt = hearth_store_prepare (self, sql, what, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, key);
  return hearth_store_read_rows (self, stmt, read, free_func, what, error);
}

/*
 * hearth_store_index_records:
 * @records: (element-type gpointer): records of one type
 * @id_offset: where a record holds its gint64 row id, such as
 *   `G_STRUCT_OFFSET (HearthVisit, id)`
 *
 * Indexes records by row id, so the rows that hang from them (a visit's
 * children, an assessment's responses) can find their record.
 *
 * Returns: (transfer container): row id → record, both borrowed from
 *   @records
 */
GHashTable *
hearth_store_index_records (GPtrArray *records,
                            gsize      id_offset)
{
  GHashTable *by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);

      g_hash_table_insert (by_id, G_STRUCT_MEMBER_P (record, id_offset), record);
    }

  return by_id;
}
