/* hearth-store.c
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

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-store-private.h"

/* A writer waits this long for another connection before reporting that the
 * database is locked. */
#define BUSY_TIMEOUT_MS 5000

#define SQLITE_HEADER_SIZE 100

G_DEFINE_QUARK (hearth-store-error-quark, hearth_store_error)

G_DEFINE_FINAL_TYPE (HearthStore, hearth_store, G_TYPE_OBJECT)

/* Helpers */

static void
stmt_finalize (gpointer data)
{
  sqlite3_finalize (data);
}

/* Reads a big-endian unsigned integer of @n bytes. */
static guint32
read_be (const guint8 *bytes,
         guint         n)
{
  guint32 value = 0;

  for (guint i = 0; i < n; i++)
    value = (value << 8) | bytes[i];

  return value;
}

/*
 * check_header:
 *
 * Looks at the file before SQLite does, so that a file that is not a
 * database, or a database cut short, is refused without being touched.
 */
static gboolean
check_header (int          fd,
              const char  *path,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 header[SQLITE_HEADER_SIZE];
  struct stat st;
  ssize_t n_read;
  guint32 page_size, n_pages, change_counter, valid_for;
  g_autofree char *wal_path = NULL;
  GStatBuf wal_st;

  if (fstat (fd, &st) != 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           _("The database file could not be examined; it was not changed."));
      return FALSE;
    }

  /* A new, empty file becomes a new database. */
  if (st.st_size == 0)
    return TRUE;

  do
    n_read = pread (fd, header, sizeof header, 0);
  while (n_read < 0 && errno == EINTR);

  if (n_read < 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           _("The database file could not be read; it was not changed."));
      return FALSE;
    }

  if ((gsize) n_read < sizeof magic || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_A_DATABASE,
                           _("The file is not a Hearth database; it was not changed."));
      return FALSE;
    }

  if (n_read < SQLITE_HEADER_SIZE)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                           _("The database file is damaged because it is cut short; it was not changed."));
      return FALSE;
    }

  page_size = read_be (header + 16, 2);
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                           _("The database file is damaged because its header is invalid; "
                             "it was not changed."));
      return FALSE;
    }

  n_pages = read_be (header + 28, 4);
  change_counter = read_be (header + 24, 4);
  valid_for = read_be (header + 92, 4);

  if ((st.st_size % page_size) == 0
      && (n_pages == 0 || change_counter != valid_for
          || (guint64) st.st_size >= (guint64) n_pages * page_size))
    return TRUE;

  /* While a write-ahead log holds frames, the main file may lag behind its
   * own header; SQLite recovers from the log, so the file is only judged
   * cut short when there is no log. */
  wal_path = g_strconcat (path, "-wal", NULL);
  if (g_stat (wal_path, &wal_st) == 0 && wal_st.st_size > 0)
    return TRUE;

  g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                       _("The database file is damaged because it is cut short; it was not changed."));
  return FALSE;
}

/*
 * prepare_file:
 *
 * Creates the folder (0700) and the file (0600) when missing, whatever the
 * umask, then checks an existing file's header.
 */
static gboolean
prepare_file (const char  *path,
              GError     **error)
{
  gboolean created = FALSE;
  int fd;

  /* The everyday case first: an existing database, checked in a few system
   * calls. */
  do
    fd = open (path, O_RDONLY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);

  if (fd < 0 && errno == ENOENT)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (!g_file_test (dir, G_FILE_TEST_IS_DIR)
          && (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0))
        {
          g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                               _("The folder for the database could not be created."));
          return FALSE;
        }

      do
        fd = open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
      while (fd < 0 && errno == EINTR);

      if (fd >= 0)
        created = TRUE;
      else if (errno == EEXIST)
        {
          /* Another process created it meanwhile. */
          do
            fd = open (path, O_RDONLY | O_CLOEXEC);
          while (fd < 0 && errno == EINTR);
        }
    }

  if (fd < 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           _("The database file could not be opened or created."));
      return FALSE;
    }

  /* The umask may have taken bits away, never added any; fchmod makes the
   * mode exact. */
  if (created && fchmod (fd, 0600) != 0)
    {
      close (fd);
      g_unlink (path);
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           _("The database file could not be made private to its owner."));
      return FALSE;
    }

  if (!created && !check_header (fd, path, error))
    {
      close (fd);
      return FALSE;
    }

  /* Close before SQLite opens the file: closing any descriptor of a file
   * drops the process's POSIX locks on it, including SQLite's. */
  close (fd);
  return TRUE;
}

static void
chmod_companion (const char *path,
                 const char *suffix)
{
  g_autofree char *companion = g_strconcat (path, suffix, NULL);

  /* A companion that does not exist yet simply fails with ENOENT. */
  g_chmod (companion, 0600);
}

static gboolean
exec_sql (HearthStore  *self,
          const char   *sql,
          const char   *what,
          GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  return TRUE;
}

/* Reads the header fields and the schema size in one statement: the first
 * read of the file, which also tells a non-database apart. */
static gboolean
read_header_fields (HearthStore  *self,
                    int          *version,
                    int          *application_id,
                    int          *n_objects,
                    const char   *what,
                    GError      **error)
{
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  stmt = hearth_store_prepare (self,
                               "SELECT (SELECT user_version FROM pragma_user_version),"
                               " (SELECT application_id FROM pragma_application_id),"
                               " (SELECT count(*) FROM sqlite_master)",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  *version = sqlite3_column_int (stmt, 0);
  *application_id = sqlite3_column_int (stmt, 1);
  *n_objects = sqlite3_column_int (stmt, 2);
  return TRUE;
}

static gboolean
configure_connection (HearthStore               *self,
                      int                        target_version,
                      HearthStoreOpenFlags       flags,
                      const HearthStoreUpgrade  *upgrade,
                      GError                   **error)
{
  const char *what = _("Could not open the database");
  int version = 0, application_id = 0, n_objects = 0;

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_limit (self->db, SQLITE_LIMIT_LENGTH, HEARTH_STORE_MAX_LENGTH);

  /* Connection settings only: none of these write to the file. */
  if (!exec_sql (self, "PRAGMA foreign_keys = ON", what, error))
    return FALSE;

  /* Reading the header first finds files that are not databases, and
   * versions this code does not know, before anything is written. */
  if (!read_header_fields (self, &version, &application_id, &n_objects, what, error))
    return FALSE;

  if ((application_id != 0 && application_id != HEARTH_STORE_APPLICATION_ID)
      || (application_id == 0 && (version != 0 || n_objects != 0)))
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_A_DATABASE,
                           _("The file is a database of another program, not Hearth; it was not changed."));
      return FALSE;
    }

  if (version > hearth_store_schema_get_latest ())
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TOO_NEW,
                           _("The database was written by a newer version of Hearth; it was not changed."));
      return FALSE;
    }

  /* An existing database of an older version; a new one (version 0) is
   * created here at once, as it costs nothing. */
  if ((flags & HEARTH_STORE_OPEN_NO_UPGRADE) != 0 && version > 0 && version < target_version)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NEEDS_UPGRADE,
                           _("The database must be brought up to date for this version of Hearth "
                             "first; it was not changed."));
      return FALSE;
    }

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_READ_ONLY,
                           _("The database file cannot be written to; it was not changed."));
      return FALSE;
    }

  {
    g_autoptr(HearthStmt) stmt = hearth_store_prepare (self, "PRAGMA journal_mode = WAL",
                                                       what, error);
    int rc;

    if (stmt == NULL)
      return FALSE;

    rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW)
      {
        hearth_store_set_error (self, rc, what, error);
        return FALSE;
      }

    if (g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
      {
        g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                             _("The database could not be switched to write-ahead logging; "
                               "the stored records are safe."));
        return FALSE;
      }
  }

  /* An acknowledged write must survive a crash or a power cut. */
  if (!exec_sql (self, "PRAGMA synchronous = FULL", what, error))
    return FALSE;

  if (version < target_version
      && !hearth_store_schema_upgrade (self, version, target_version, upgrade, error))
    return FALSE;

  self->schema_version = MAX (version, target_version);
  return TRUE;
}

static HearthStore *
open_internal (const char                *path,
               int                        target_version,
               HearthStoreOpenFlags       flags,
               const HearthStoreUpgrade  *upgrade,
               GError                   **error)
{
  g_autoptr(HearthStore) self = NULL;
  int rc;

  if (!prepare_file (path, error))
    return NULL;

  self = g_object_new (HEARTH_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    rc = hearth_store_chain_register (self->db);
  if (rc != SQLITE_OK)
    {
      hearth_store_set_error (self, rc, _("Could not open the database"), error);
      return NULL;
    }

  if (!configure_connection (self, target_version, flags, upgrade, error))
    return NULL;

  /* SQLite copies the database's mode to its companions, but make sure. */
  chmod_companion (path, "-wal");
  chmod_companion (path, "-shm");

  return g_steal_pointer (&self);
}

/* Overrides */

static void
hearth_store_finalize (GObject *object)
{
  HearthStore *self = (HearthStore *) object;

  /* Statements must be finalised before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->actor, g_free);

  G_OBJECT_CLASS (hearth_store_parent_class)->finalize (object);
}

static void
hearth_store_class_init (HearthStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_store_finalize;
}

static void
hearth_store_init (HearthStore *self)
{
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, stmt_finalize);
}

/* Private API */

/*
 * hearth_store_check_file:
 * @path: an existing file
 *
 * Makes the checks hearth_store_open() makes before SQLite reads a file:
 * it is an SQLite database, and not one cut short.
 *
 * Returns: %TRUE when the file may be opened; %FALSE with
 *   %HEARTH_STORE_ERROR_NOT_A_DATABASE, %HEARTH_STORE_ERROR_CORRUPT or
 *   %HEARTH_STORE_ERROR_OPEN
 */
gboolean
hearth_store_check_file (const char  *path,
                         GError     **error)
{
  gboolean ok;
  int fd;

  do
    fd = open (path, O_RDONLY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);

  if (fd < 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           _("The database file could not be opened; it was not changed."));
      return FALSE;
    }

  ok = check_header (fd, path, error);
  close (fd);
  return ok;
}

/*
 * hearth_store_open_at_version:
 * @version: the schema version to stop at
 *
 * Test hook: like hearth_store_open() but upgrades no further than
 * @version. Other store calls may fail on an older schema.
 */
HearthStore *
hearth_store_open_at_version (const char  *path,
                              int          version,
                              GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version >= 1 && version <= hearth_store_schema_get_latest (), NULL);

  return open_internal (path, version, HEARTH_STORE_OPEN_DEFAULT, NULL, error);
}

/*
 * hearth_store_open_upgrading:
 * @upgrade: where to report the upgrade's progress, and what cancels it
 *
 * Like hearth_store_open(), for hearth_store_open_async()'s worker thread.
 */
HearthStore *
hearth_store_open_upgrading (const char                *path,
                             const HearthStoreUpgrade  *upgrade,
                             GError                   **error)
{
  return open_internal (path, hearth_store_schema_get_latest (), HEARTH_STORE_OPEN_DEFAULT,
                        upgrade, error);
}

/*
 * hearth_store_set_busy_timeout:
 * @milliseconds: how long to wait for a lock
 *
 * Test hook: shortens the wait so lock tests run quickly.
 */
void
hearth_store_set_busy_timeout (HearthStore *self,
                               int          milliseconds)
{
  sqlite3_busy_timeout (self->db, milliseconds);
}

/* Public API */

/**
 * hearth_store_dup_default_path:
 *
 * Returns: (transfer full): the path of the default database,
 *   `$XDG_DATA_HOME/hearth/hearth.db`
 */
char *
hearth_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hearth", "hearth.db", NULL);
}

/**
 * hearth_store_open:
 * @path: the database file
 *
 * Opens the database at @path, creating it (in a folder made 0700, as a
 * file of mode 0600) when missing, and upgrading its schema to the current
 * version in one transaction. The connection uses write-ahead logging,
 * foreign keys and full synchronous commits, so an acknowledged write is
 * durable.
 *
 * A file that is not a Hearth database, one cut short, or one written by a
 * newer version is refused without being changed.
 *
 * Upgrading a large database takes seconds (the version 3 step hashes
 * every audit row): a program with a window opens with
 * hearth_store_open_full() and %HEARTH_STORE_OPEN_NO_UPGRADE, then
 * upgrades with hearth_store_open_async().
 *
 * Returns: (transfer full): the store, or %NULL with a %HEARTH_STORE_ERROR
 */
HearthStore *
hearth_store_open (const char  *path,
                   GError     **error)
{
  return hearth_store_open_full (path, HEARTH_STORE_OPEN_DEFAULT, error);
}

/**
 * hearth_store_open_full:
 * @path: the database file
 * @flags: whether to upgrade an older database
 *
 * Like hearth_store_open(). With %HEARTH_STORE_OPEN_NO_UPGRADE, a database
 * written by an older Hearth is refused with
 * %HEARTH_STORE_ERROR_NEEDS_UPGRADE, unchanged, at the cost of the schema
 * version read every open makes; a missing database is still created.
 *
 * Returns: (transfer full): the store, or %NULL with a %HEARTH_STORE_ERROR
 */
HearthStore *
hearth_store_open_full (const char            *path,
                        HearthStoreOpenFlags   flags,
                        GError               **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_internal (path, hearth_store_schema_get_latest (), flags, NULL, error);
}

/**
 * hearth_store_get_path:
 * @self: a store
 *
 * Returns: (transfer none): the database file's path
 */
const char *
hearth_store_get_path (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->path;
}

/**
 * hearth_store_get_schema_version:
 * @self: a store
 *
 * Returns: the schema version of the open database
 */
int
hearth_store_get_schema_version (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), 0);

  return self->schema_version;
}

/**
 * hearth_store_set_actor:
 * @self: a store
 * @actor: (nullable): who is making changes, or %NULL for the user name
 *
 * Sets the name the audit trail records for the changes that follow.
 */
void
hearth_store_set_actor (HearthStore *self,
                        const char  *actor)
{
  g_return_if_fail (HEARTH_IS_STORE (self));

  g_free (self->actor);
  self->actor = (actor != NULL && *actor != '\0') ? g_strdup (actor) : NULL;
}

/**
 * hearth_store_get_actor:
 * @self: a store
 *
 * Returns: (transfer none): the actor set with hearth_store_set_actor(), or
 *   else the operating system's user name
 */
const char *
hearth_store_get_actor (HearthStore *self)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), NULL);

  return self->actor != NULL ? self->actor : g_get_user_name ();
}

/**
 * hearth_store_transaction:
 * @self: a store
 * @func: the batch of changes
 * @user_data: data for @func
 *
 * Runs @func inside one transaction: every save it makes commits together,
 * or, when @func fails, none does. Transactions nest.
 *
 * Returns: %TRUE when committed; %FALSE with the error of @func or a
 *   %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_transaction (HearthStore      *self,
                          HearthStoreFunc   func,
                          gpointer          user_data,
                          GError          **error)
{
  const char *what = _("Could not save the changes");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!hearth_store_begin (self, what, error))
    return FALSE;

  if (!func (self, user_data, error))
    {
      hearth_store_rollback (self);
      return FALSE;
    }

  return hearth_store_commit (self, what, error);
}

/**
 * hearth_store_check_integrity:
 * @self: a store
 *
 * Runs SQLite's full integrity check, the foreign key check and, from
 * schema version 3, the audit trail's hash chain
 * (hearth_store_verify_audit()).
 *
 * Returns: %TRUE when the database is sound; %FALSE with
 *   %HEARTH_STORE_ERROR_CORRUPT, %HEARTH_STORE_ERROR_TAMPERED (or another
 *   code when the check cannot run)
 */
gboolean
hearth_store_check_integrity (HearthStore  *self,
                              GError      **error)
{
  const char *what = _("Could not check the database");
  g_autoptr(HearthStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  stmt = hearth_store_prepare (self, "PRAGMA integrity_check", what, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                           _("The database file is damaged; make a copy before changing anything."));
      return FALSE;
    }
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  stmt = hearth_store_prepare (self, "PRAGMA foreign_key_check", what, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                           _("The database holds links to records that do not exist; "
                             "make a copy before changing anything."));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }

  if (self->schema_version >= 3)
    return hearth_store_chain_verify (self->db, NULL, NULL, error);

  return TRUE;
}

/**
 * hearth_store_release_memory:
 * @self: a store
 *
 * Gives back the pages SQLite keeps cached from earlier reads, after a
 * large one (the whole list of families) that will not be repeated soon.
 * Nothing stored changes; later reads fill the cache again as needed.
 */
void
hearth_store_release_memory (HearthStore *self)
{
  g_return_if_fail (HEARTH_IS_STORE (self));

  sqlite3_db_release_memory (self->db);
}
