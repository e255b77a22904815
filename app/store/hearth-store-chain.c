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

/* A hash as text: 64 hexadecimal digits. */
#define HASH_LENGTH 64

/* How often the upgrade reports progress, in rows. */
#define PROGRESS_ROWS 4096

/* Writes @tag, @number in decimal and @end into @buffer (at least 23
 * bytes), as "%c%" G_GINT64_FORMAT "%c" would, without printf's cost on a
 * million rows. Returns the length written. */
static gsize
format_number (char   *buffer,
               char    tag,
               gint64  number,
               char    end)
{
  char digits[20];
  guint64 magnitude = number < 0 ? -(guint64) number : (guint64) number;
  gsize n_digits = 0, length = 0;

  do
    {
      digits[n_digits++] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude != 0);

  buffer[length++] = tag;
  if (number < 0)
    buffer[length++] = '-';
  while (n_digits > 0)
    buffer[length++] = digits[--n_digits];
  buffer[length++] = end;

  return length;
}

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
      g_checksum_update (checksum, (const guchar *) prefix,
                         format_number (prefix, 'I', sqlite3_value_int64 (value), ';'));
      return;

    case SQLITE_FLOAT:
      /* Hearth never writes one; hash its exact text form. */
      g_snprintf (prefix, sizeof prefix, "F%.17g;", sqlite3_value_double (value));
      g_checksum_update (checksum, (const guchar *) prefix, -1);
      return;

    case SQLITE_BLOB:
      length = sqlite3_value_bytes (value);
      g_checksum_update (checksum, (const guchar *) prefix, format_number (prefix, 'B', length, ':'));
      if (length > 0)
        g_checksum_update (checksum, sqlite3_value_blob (value), length);
      return;

    case SQLITE_TEXT:
    default:
      {
        const guchar *text = sqlite3_value_text (value);

        length = sqlite3_value_bytes (value);
        g_checksum_update (checksum, (const guchar *) prefix, format_number (prefix, 'T', length, ':'));
        if (length > 0)
          g_checksum_update (checksum, text, length);
      }
      return;
    }
}

/* Writes into @hash the hex SHA-256 of @previous (nullable) and @values,
 * using @checksum, which it resets first: one checksum serves a whole
 * pass over the trail. */
static void
compute_hash (GChecksum      *checksum,
              const char     *previous,
              sqlite3_value **values,
              int             n_values,
              char            hash[HASH_LENGTH + 1])
{
  g_checksum_reset (checksum);
  g_checksum_update (checksum, (const guchar *) "hearth-audit-1;", -1);
  if (previous != NULL)
    g_checksum_update (checksum, (const guchar *) previous, -1);
  g_checksum_update (checksum, (const guchar *) ";", 1);

  for (int i = 0; i < n_values; i++)
    add_value (checksum, values[i]);

  g_strlcpy (hash, g_checksum_get_string (checksum), HASH_LENGTH + 1);
}

/* hearth_audit_hash (previous, id, at, actor, family_id, entity_type,
 *                    entity_id, action, summary) */
static void
audit_hash_func (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  char hash[HASH_LENGTH + 1];

  g_assert (argc == CHAIN_N_COLUMNS + 1);

  compute_hash (checksum, (const char *) sqlite3_value_text (argv[0]), argv + 1, argc - 1, hash);
  sqlite3_result_text (context, hash, -1, SQLITE_TRANSIENT);
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

/* The state of the version 3 upgrade's one pass over the trail. */
typedef struct
{
  GChecksum                *checksum;                /* owned */
  char                      previous[HASH_LENGTH + 1]; /* the last row's hash, or "" */
  gint64                    last_id;
  gint64                    done;
  gint64                    total;
  const HearthStoreUpgrade *upgrade;                 /* nullable */
} ChainFold;

/* hearth_audit_chain_next (id, at, actor, family_id, entity_type,
 *                          entity_id, action, summary)
 *
 * Returns the row's hash, chained to the hash it returned for the row
 * before. It must see the rows in id order: it refuses a row whose id is
 * not above the last one, and hearth_store_chain_hash_all() checks it saw
 * every row, so a query plan that visited the rows in another order
 * fails the upgrade (which then changes nothing) instead of writing a
 * wrong chain. */
static void
chain_next_func (sqlite3_context  *context,
                 int               argc,
                 sqlite3_value   **argv)
{
  ChainFold *fold = sqlite3_user_data (context);
  gint64 id = sqlite3_value_int64 (argv[0]);

  g_assert (argc == CHAIN_N_COLUMNS);

  if (fold->done > 0 && id <= fold->last_id)
    {
      sqlite3_result_error (context, "audit rows were not visited in id order", -1);
      return;
    }

  compute_hash (fold->checksum, fold->done > 0 ? fold->previous : NULL, argv, argc,
                fold->previous);
  fold->last_id = id;
  fold->done++;
  sqlite3_result_text (context, fold->previous, HASH_LENGTH, SQLITE_TRANSIENT);

  if (fold->upgrade != NULL && fold->upgrade->progress != NULL
      && fold->done % PROGRESS_ROWS == 0)
    fold->upgrade->progress (fold->done, fold->total, fold->upgrade->progress_data);
}

/*
 * hearth_store_chain_hash_all:
 * @upgrade: (nullable): where to report progress
 *
 * Hashes every audit row in id order, for the version 3 upgrade of a
 * database whose rows have no hash yet. Runs inside the upgrade's
 * transaction.
 *
 * One UPDATE visits the rows and a function carries the chain from row to
 * row: a million rows take about half the time a SELECT beside an UPDATE
 * of each row by id takes, since SQLite rewrites each row where the scan
 * stands instead of seeking it again.
 */
gboolean
hearth_store_chain_hash_all (HearthStore               *self,
                             const HearthStoreUpgrade  *upgrade,
                             GError                   **error)
{
  const char *what = _("Could not upgrade the database");
  ChainFold fold = { NULL };
  sqlite3_stmt *count = NULL;
  int rc;

  g_assert (self->transaction_depth > 0);

  rc = sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM audit", -1, &count, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (count);
  if (rc == SQLITE_ROW)
    fold.total = sqlite3_column_int64 (count, 0);
  sqlite3_finalize (count);
  if (rc != SQLITE_ROW)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  if (upgrade != NULL && upgrade->progress != NULL)
    upgrade->progress (0, fold.total, upgrade->progress_data);

  fold.checksum = g_checksum_new (G_CHECKSUM_SHA256);
  fold.upgrade = upgrade;

  /* Direct only: a trigger or view in the file can never call it. Not
   * deterministic: it carries state from row to row. */
  rc = sqlite3_create_function_v2 (self->db, "hearth_audit_chain_next", CHAIN_N_COLUMNS,
                                   SQLITE_UTF8 | SQLITE_DIRECTONLY, &fold,
                                   chain_next_func, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db,
                       "UPDATE audit SET hash = hearth_audit_chain_next (" CHAIN_COLUMNS ")",
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    hearth_store_set_error (self, rc, what, error);
  sqlite3_create_function_v2 (self->db, "hearth_audit_chain_next", CHAIN_N_COLUMNS,
                              SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL, NULL, NULL, NULL, NULL);
  g_checksum_free (fold.checksum);

  if (rc != SQLITE_OK)
    return FALSE;

  if (fold.done != fold.total)
    {
      g_debug ("The chain saw %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " audit rows",
               fold.done, fold.total);
      hearth_store_set_error (self, SQLITE_ERROR, what, error);
      return FALSE;
    }

  if (upgrade != NULL && upgrade->progress != NULL && fold.done % PROGRESS_ROWS != 0)
    upgrade->progress (fold.done, fold.total, upgrade->progress_data);

  return TRUE;
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
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3_stmt *select = NULL;
  char previous[HASH_LENGTH + 1] = "";
  gint64 broken = 0, n = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT " CHAIN_COLUMNS ", hash FROM audit ORDER BY id", -1,
                           &select, NULL);

  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      sqlite3_value *values[CHAIN_N_COLUMNS];
      const char *stored;

      rc = sqlite3_step (select);
      if (rc != SQLITE_ROW)
        break;

      stored = (const char *) sqlite3_column_text (select, CHAIN_N_COLUMNS);
      for (int i = 0; i < CHAIN_N_COLUMNS; i++)
        values[i] = sqlite3_column_value (select, i);

      compute_hash (checksum, n > 0 ? previous : NULL, values, CHAIN_N_COLUMNS, previous);
      n++;

      if (g_strcmp0 (stored, previous) != 0)
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
