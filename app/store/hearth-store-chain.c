/* hearth-store-chain.c
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
 * The audit trail's hash chain (schema version 3). Each audit row's hash
 * is the SHA-256 of the previous row's hash followed by the row's own
 * columns, so changing or removing a row breaks the chain at the row
 * itself or at the one after it.
 *
 * A trigger fills the hash of every new row through the SQL function
 * hearth_audit_hash(), which each connection of the store registers:
 * every writer of audit rows (saves, imports, upgrades) joins the chain
 * without knowing about it, and a program without the function cannot
 * append rows at all.
 *
 * The chain has no secret key. It shows a change made behind Hearth's back
 * with SQL, as the issue asks; someone who recomputes every later hash can
 * still rewrite history, and removing the newest rows leaves no trace.
 */

/* The columns hashed, in order; the previous hash comes first. */
#define CHAIN_COLUMNS "id, at, actor, family_id, entity_type, entity_id, action, summary"
#define CHAIN_N_COLUMNS 8

/* Feeds one value to @checksum with its type and length, so that no two
 * different rows give the same byte sequence ("ab" + "c" ≠ "a" + "bc"). */
static void
add_value (GChecksum     *checksum,
           sqlite3_value *value)
{
  char prefix[64];
  int length;

  switch (sqlite3_value_type (value))
    {
    case SQLITE_NULL:
      g_checksum_update (checksum, (const guchar *) "N;", 2);
      return;

    case SQLITE_INTEGER:
      g_snprintf (prefix, sizeof prefix, "I%" G_GINT64_FORMAT ";",
                  (gint64) sqlite3_value_int64 (value));
      g_checksum_update (checksum, (const guchar *) prefix, -1);
      return;

    case SQLITE_FLOAT:
      /* Hearth never writes one; hash its exact text form. */
      g_snprintf (prefix, sizeof prefix, "F%.17g;", sqlite3_value_double (value));
      g_checksum_update (checksum, (const guchar *) prefix, -1);
      return;

    case SQLITE_BLOB:
      length = sqlite3_value_bytes (value);
      g_snprintf (prefix, sizeof prefix, "B%d:", length);
      g_checksum_update (checksum, (const guchar *) prefix, -1);
      if (length > 0)
        g_checksum_update (checksum, sqlite3_value_blob (value), length);
      return;

    case SQLITE_TEXT:
    default:
      {
        const guchar *text = sqlite3_value_text (value);

        length = sqlite3_value_bytes (value);
        g_snprintf (prefix, sizeof prefix, "T%d:", length);
        g_checksum_update (checksum, (const guchar *) prefix, -1);
        if (length > 0)
          g_checksum_update (checksum, text, length);
      }
      return;
    }
}

/* Returns the hex SHA-256 of @previous (nullable) and @values. */
static char *
compute_hash (const char     *previous,
              sqlite3_value **values,
              int             n_values)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_checksum_update (checksum, (const guchar *) "hearth-audit-1;", -1);
  if (previous != NULL)
    g_checksum_update (checksum, (const guchar *) previous, -1);
  g_checksum_update (checksum, (const guchar *) ";", 1);

  for (int i = 0; i < n_values; i++)
    add_value (checksum, values[i]);

  return g_strdup (g_checksum_get_string (checksum));
}

/* hearth_audit_hash (previous, id, at, actor, family_id, entity_type,
 *                    entity_id, action, summary) */
static void
audit_hash_func (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  char *hash;

  g_assert (argc == CHAIN_N_COLUMNS + 1);

  hash = compute_hash ((const char *) sqlite3_value_text (argv[0]), argv + 1, argc - 1);
  sqlite3_result_text (context, hash, -1, g_free);
}

/*
 * hearth_store_chain_register:
 * @db: a connection
 *
 * Registers hearth_audit_hash() on @db, for the trigger that chains new
 * audit rows.
 *
 * Returns: an SQLite result code
 */
int
hearth_store_chain_register (sqlite3 *db)
{
  /* Innocuous: the trigger may call it even when the schema is not
   * trusted. */
  return sqlite3_create_function_v2 (db, "hearth_audit_hash", CHAIN_N_COLUMNS + 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                     NULL, audit_hash_func, NULL, NULL, NULL);
}

/*
 * hearth_store_chain_schema:
 *
 * The SQL that adds the chain to a version 2 database, run by the
 * version 3 upgrade step before hearth_store_chain_hash_all().
 */
const char hearth_store_chain_schema[] =
  "ALTER TABLE audit ADD COLUMN hash TEXT;"
  "CREATE TRIGGER audit_chain AFTER INSERT ON audit BEGIN"
  "  UPDATE audit SET hash = hearth_audit_hash ("
  "    (SELECT hash FROM audit WHERE id < NEW.id ORDER BY id DESC LIMIT 1),"
  "    NEW.id, NEW.at, NEW.actor, NEW.family_id, NEW.entity_type, NEW.entity_id,"
  "    NEW.action, NEW.summary)"
  "  WHERE id = NEW.id;"
  "END;";

/*
 * hearth_store_chain_hash_all:
 *
 * Hashes every audit row in id order, for the version 3 upgrade of a
 * database whose rows have no hash yet. Runs inside the upgrade's
 * transaction.
 */
gboolean
hearth_store_chain_hash_all (HearthStore  *self,
                             GError      **error)
{
  const char *what = _("Could not upgrade the database");
  sqlite3_stmt *select = NULL;
  sqlite3_stmt *update = NULL;
  g_autofree char *previous = NULL;
  int rc;

  g_assert (self->transaction_depth > 0);

  rc = sqlite3_prepare_v2 (self->db, "SELECT " CHAIN_COLUMNS " FROM audit ORDER BY id", -1,
                           &select, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (self->db, "UPDATE audit SET hash = ? WHERE id = ?", -1, &update, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      sqlite3_value *values[CHAIN_N_COLUMNS];
      char *hash;

      for (int i = 0; i < CHAIN_N_COLUMNS; i++)
        values[i] = sqlite3_column_value (select, i);

      hash = compute_hash (previous, values, CHAIN_N_COLUMNS);
      sqlite3_bind_text (update, 1, hash, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (update, 2, sqlite3_column_int64 (select, 0));
      g_free (previous);
      previous = hash;

      rc = sqlite3_step (update);
      sqlite3_reset (update);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }

  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  else
    hearth_store_set_error (self, rc, what, error);

  sqlite3_finalize (select);
  sqlite3_finalize (update);

  return rc == SQLITE_OK;
}

/*
 * hearth_store_chain_verify:
 * @db: a connection to a database of version 3 or later
 * @n_entries: (out) (optional): how many audit rows were verified
 * @first_broken: (out) (optional): the id of the first row whose hash does
 *   not follow, or 0
 *
 * Recomputes the chain from the first row. A row changed behind Hearth's
 * back fails at that row; a row removed fails at the row after it.
 *
 * Returns: %TRUE when every row verifies; %FALSE with
 *   %HEARTH_STORE_ERROR_TAMPERED naming the first row that does not, or
 *   another %HEARTH_STORE_ERROR when the trail cannot be read
 */
gboolean
hearth_store_chain_verify (sqlite3  *db,
                           gint64   *n_entries,
                           gint64   *first_broken,
                           GError  **error)
{
  sqlite3_stmt *select = NULL;
  g_autofree char *previous = NULL;
  gint64 broken = 0, n = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT " CHAIN_COLUMNS ", hash FROM audit ORDER BY id", -1,
                           &select, NULL);

  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      sqlite3_value *values[CHAIN_N_COLUMNS];
      const char *stored;
      char *hash;

      rc = sqlite3_step (select);
      if (rc != SQLITE_ROW)
        break;

      stored = (const char *) sqlite3_column_text (select, CHAIN_N_COLUMNS);
      for (int i = 0; i < CHAIN_N_COLUMNS; i++)
        values[i] = sqlite3_column_value (select, i);

      hash = compute_hash (previous, values, CHAIN_N_COLUMNS);
      g_free (previous);
      previous = hash;
      n++;

      if (g_strcmp0 (stored, hash) != 0)
        {
          broken = sqlite3_column_int64 (select, 0);
          rc = SQLITE_DONE;
          break;
        }
    }

  sqlite3_finalize (select);

  if (n_entries != NULL)
    *n_entries = n;
  if (first_broken != NULL)
    *first_broken = broken;

  if (rc != SQLITE_DONE)
    {
      g_debug ("Reading the audit trail failed: %s", sqlite3_errmsg (db));
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                           _("Could not read the audit trail because the database file is "
                             "damaged; make a copy before changing anything."));
      return FALSE;
    }

  if (broken != 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, broken);

      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TAMPERED,
                   /* Translators: %s is the number of an audit trail entry */
                   _("The audit trail was changed outside Hearth at entry %s, or an entry "
                     "just before it was removed; make a copy before changing anything."),
                   number);
      return FALSE;
    }

  return TRUE;
}
