/* hearth-store-backup.c
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
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-store-private.h"

/*
 * Backup and restore. Both write a new file under a temporary name in the
 * destination's folder, owner-only from its creation, and give it its
 * final name only when it is complete and checked, with link(), which
 * never replaces a file that appeared meanwhile. A failure leaves no
 * file behind and changes nothing that existed.
 */

/* How often a backup retries while another connection is recovering the
 * write-ahead log, 20 ms apart. */
#define BACKUP_BUSY_RETRIES 250

static const char *const companion_suffixes[] = { "-journal", "-wal", "-shm" };

static void
remove_with_companions (const char *path)
{
  g_unlink (path);
  for (guint i = 0; i < G_N_ELEMENTS (companion_suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, companion_suffixes[i], NULL);

      g_unlink (companion);
    }
}

/* Whether @path or one of its companions exists: a database that a crash
 * left as a write-ahead log alone is still a database. */
static gboolean
exists_with_companions (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (companion_suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, companion_suffixes[i], NULL);

      if (g_file_test (companion, G_FILE_TEST_EXISTS))
        return TRUE;
    }

  return FALSE;
}

static void
sync_directory (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  do
    fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
sync_file (const char *path)
{
  int fd;
  gboolean ok;

  do
    fd = open (path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
  while (fd < 0 && errno == EINTR);

  if (fd < 0)
    return FALSE;

  ok = fsync (fd) == 0;
  ok = close (fd) == 0 && ok;
  return ok;
}

/* Creates an empty, owner-only file next to @path and returns its name. */
static char *
create_temporary (const char  *path,
                  const char  *what,
                  GError     **error)
{
  g_autofree char *template = g_strconcat (path, ".partial-XXXXXX", NULL);
  int fd;

  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_STORE_ERROR,
                   saved_errno == ENOSPC ? HEARTH_STORE_ERROR_FULL
                   : (saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM)
                     ? HEARTH_STORE_ERROR_READ_ONLY
                     : HEARTH_STORE_ERROR_OPEN,
                   /* Translators: %s is an action such as "Could not make the backup" */
                   _("%s because its folder does not exist or cannot be written to; the stored "
                     "records are safe."),
                   what);
      return NULL;
    }

  /* The umask may have taken bits away, never added any. */
  if (fchmod (fd, 0600) != 0)
    {
      close (fd);
      g_unlink (template);
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                   /* Translators: %s is an action such as "Could not make the backup" */
                   _("%s because the new file could not be made private to its owner; the "
                     "stored records are safe."),
                   what);
      return NULL;
    }

  close (fd);
  return g_steal_pointer (&template);
}

/* Gives the complete file @temporary the name @path, unless a file of
 * that name appeared meanwhile. */
static gboolean
publish (const char  *temporary,
         const char  *path,
         const char  *what,
         GError     **error)
{
  if (!sync_file (temporary))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED,
                   /* Translators: %s is an action such as "Could not make the backup" */
                   _("%s because the new file could not be written to the disk; the stored "
                     "records are safe."),
                   what);
      return FALSE;
    }

  if (link (temporary, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, HEARTH_STORE_ERROR,
                   saved_errno == EEXIST ? HEARTH_STORE_ERROR_DUPLICATE
                   : saved_errno == ENOSPC ? HEARTH_STORE_ERROR_FULL
                   : HEARTH_STORE_ERROR_FAILED,
                   saved_errno == EEXIST
                   /* Translators: %s is an action such as "Could not make the backup" */
                   ? _("%s because a file already exists at the path given; nothing was "
                       "changed.")
                   /* Translators: %s is an action such as "Could not make the backup" */
                   : _("%s because the new file could not be given its name; the stored "
                       "records are safe."),
                   what);
      return FALSE;
    }

  g_unlink (temporary);
  sync_directory (path);
  return TRUE;
}

static gboolean
refuse_existing (const char  *path,
                 const char  *what,
                 GError     **error)
{
  if (!exists_with_companions (path))
    return TRUE;

  g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_DUPLICATE,
               /* Translators: %s is an action such as "Could not make the backup" */
               _("%s because a file already exists at the path given; nothing was changed."),
               what);
  return FALSE;
}

static gboolean
query_int (sqlite3  *db,
           const char *sql,
           int      *value,
           int      *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  *rc_out = rc;
  return rc == SQLITE_OK;
}

/* Runs a check pragma; "clean" means one row "ok" (integrity) or no rows
 * (foreign keys). */
static gboolean
pragma_clean (sqlite3    *db,
              const char *sql,
              gboolean    expect_ok,
              int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  gboolean clean = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (expect_ok)
        clean = rc == SQLITE_ROW
                && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
      else
        clean = rc == SQLITE_DONE;

      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  *rc_out = rc;
  return clean;
}

/*
 * check_copy:
 * @path: a private copy of a backup
 *
 * Checks that @path is a Hearth database of a version this code knows,
 * that SQLite finds nothing wrong in it, that its links all resolve and
 * that its audit trail verifies. The copy may be changed (SQLite may
 * create and remove its companions), the backup itself never is.
 */
static gboolean
check_copy (const char  *path,
            const char  *what,
            GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok = FALSE;
  int rc, application_id = 0, version = 0;

  if (!hearth_store_check_file (path, error))
    return FALSE;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      hearth_store_set_db_error (db, rc, what, error);
      goto out;
    }
  sqlite3_extended_result_codes (db, TRUE);

  if (!query_int (db, "PRAGMA application_id", &application_id, &rc)
      || !query_int (db, "PRAGMA user_version", &version, &rc))
    {
      hearth_store_set_db_error (db, rc, what, error);
      goto out;
    }

  if (application_id != HEARTH_STORE_APPLICATION_ID || version < 1)
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_A_DATABASE,
                   /* Translators: %s is an action such as "Could not restore the backup" */
                   _("%s because the file is not a Hearth database; nothing was changed."), what);
      goto out;
    }

  if (version > hearth_store_schema_get_latest ())
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TOO_NEW,
                   /* Translators: %s is an action such as "Could not restore the backup" */
                   _("%s because it was made by a newer version of Hearth; nothing was changed."),
                   what);
      goto out;
    }

  if (!pragma_clean (db, "PRAGMA integrity_check", TRUE, &rc))
    {
      if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_CORRUPT)
        hearth_store_set_db_error (db, rc, what, error);
      else
        g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                     /* Translators: %s is an action such as "Could not restore the backup" */
                     _("%s because the backup file is damaged; nothing was changed."), what);
      goto out;
    }

  if (!pragma_clean (db, "PRAGMA foreign_key_check", FALSE, &rc))
    {
      if (rc != SQLITE_OK)
        hearth_store_set_db_error (db, rc, what, error);
      else
        g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                     /* Translators: %s is an action such as "Could not restore the backup" */
                     _("%s because the backup holds links to records that do not exist; nothing "
                       "was changed."),
                     what);
      goto out;
    }

  /* Before version 3 the audit trail had no hashes; the upgrade adds them. */
  if (version >= 3)
    {
      g_autoptr(GError) chain_error = NULL;
      gint64 broken = 0;

      if (!hearth_store_chain_verify (db, NULL, &broken, &chain_error))
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, broken);

          if (broken == 0)
            g_propagate_error (error, g_steal_pointer (&chain_error));
          else
            g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_TAMPERED,
                         /* Translators: the first %s is an action such as "Could not restore
                          * the backup", the second the number of an audit trail entry */
                         _("%s because its audit trail was changed outside Hearth at entry %s; "
                           "nothing was changed."),
                         what, number);
          goto out;
        }
    }

  ok = TRUE;

out:
  sqlite3_close_v2 (db);
  return ok;
}

/* Copies the bytes of @from into the existing private file @to, which
 * keeps its owner-only mode. */
static gboolean
copy_file (const char  *from,
           const char  *to,
           const char  *what,
           GError     **error)
{
  g_autofree char *buffer = g_malloc (64 * 1024);
  int in, out, saved_errno = 0;
  gboolean ok = FALSE;

  do
    in = open (from, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  while (in < 0 && errno == EINTR);
  do
    out = open (to, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
  while (out < 0 && errno == EINTR);

  if (in >= 0 && out >= 0)
    for (;;)
      {
        ssize_t n = read (in, buffer, 64 * 1024);

        if (n < 0 && errno == EINTR)
          continue;
        if (n <= 0)
          {
            ok = n == 0;
            saved_errno = errno;
            break;
          }

        for (ssize_t done = 0; done < n;)
          {
            ssize_t written = write (out, buffer + done, (size_t) (n - done));

            if (written < 0 && errno == EINTR)
              continue;
            if (written <= 0)
              {
                saved_errno = errno;
                goto finish;
              }
            done += written;
          }
      }

finish:
  if (out >= 0 && close (out) != 0 && ok)
    {
      saved_errno = errno;
      ok = FALSE;
    }
  if (in >= 0)
    close (in);

  if (!ok)
    g_set_error (error, HEARTH_STORE_ERROR,
                 saved_errno == ENOSPC ? HEARTH_STORE_ERROR_FULL : HEARTH_STORE_ERROR_OPEN,
                 /* Translators: %s is an action such as "Could not restore the backup" */
                 _("%s because the backup file could not be read or copied; nothing was "
                   "changed."),
                 what);
  return ok;
}

/**
 * hearth_store_backup:
 * @self: a store
 * @path: the new backup file; it must not exist
 *
 * Copies the database to @path with SQLite's online backup API, in one
 * read transaction: other connections (the GUI) go on reading and
 * writing meanwhile, and the copy is the database as of one moment. The
 * copy is checked with SQLite's integrity check before it gets its
 * name. The file is readable and writable by its owner only.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR, such as
 *   %HEARTH_STORE_ERROR_DUPLICATE when @path exists
 */
gboolean
hearth_store_backup (HearthStore  *self,
                     const char   *path,
                     GError      **error)
{
  const char *what = _("Could not make the backup");
  g_autofree char *temporary = NULL;
  sqlite3 *destination = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  if (!refuse_existing (path, what, error))
    return FALSE;

  temporary = create_temporary (path, what, error);
  if (temporary == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temporary, &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    goto sqlite_fail;
  sqlite3_extended_result_codes (destination, TRUE);

  backup = sqlite3_backup_init (destination, "main", self->db, "main");
  if (backup == NULL)
    {
      rc = sqlite3_errcode (destination);
      goto sqlite_fail;
    }

  /* All pages in one step: one read transaction, so the copy is
   * consistent even while another connection writes. */
  for (guint retry = 0;; retry++)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || retry >= BACKUP_BUSY_RETRIES)
        break;
      sqlite3_sleep (20);
    }
  sqlite3_backup_finish (backup);

  /* A full disk, a locked source or an input/output error is reported
   * as such. */
  if (rc != SQLITE_DONE)
    goto sqlite_fail;

  {
    int check_rc;

    if (!pragma_clean (destination, "PRAGMA integrity_check", TRUE, &check_rc))
      {
        g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT,
                     /* Translators: %s is an action such as "Could not make the backup" */
                     _("%s because the copy did not pass the integrity check; the stored "
                       "records are safe."),
                     what);
        goto fail;
      }
  }

  rc = sqlite3_close (destination);
  destination = NULL;
  if (rc != SQLITE_OK)
    goto sqlite_fail;

  if (!publish (temporary, path, what, error))
    goto fail;

  return TRUE;

sqlite_fail:
  hearth_store_set_db_error (destination != NULL ? destination : self->db, rc, what, error);

fail:
  sqlite3_close_v2 (destination);
  remove_with_companions (temporary);
  return FALSE;
}

/**
 * hearth_store_restore:
 * @backup_path: a backup made by hearth_store_backup() (or a copy of a
 *   closed database)
 * @path: the new database; neither it nor its companions may exist
 *
 * Restores a backup into a new database. The backup is copied first, and
 * the copy checked before anything else: it must be a Hearth database of
 * a schema version this code knows, pass SQLite's integrity and foreign
 * key checks, and have an audit trail that verifies; a file with a
 * write-ahead log beside it (a database copied while in use) is refused. The copy is then
 * upgraded to the current schema and given the name @path (mode 0600, its
 * folder created 0700 when missing). The backup itself is only read.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR, such as
 *   %HEARTH_STORE_ERROR_DUPLICATE when @path exists or
 *   %HEARTH_STORE_ERROR_TAMPERED when the audit trail does not verify
 */
gboolean
hearth_store_restore (const char  *backup_path,
                      const char  *path,
                      GError     **error)
{
  const char *what = _("Could not restore the backup");
  g_autofree char *dir = NULL;
  g_autofree char *temporary = NULL;

  g_return_val_if_fail (backup_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!refuse_existing (path, what, error))
    return FALSE;

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                   /* Translators: %s is an action such as "Could not restore the backup" */
                   _("%s because there is no backup file at the path given; nothing was "
                     "changed."),
                   what);
      return FALSE;
    }

  /* A database copied while open may keep its latest changes in a log
   * beside it; restoring the file alone would lose them without a word. */
  {
    g_autofree char *wal = g_strconcat (backup_path, "-wal", NULL);
    GStatBuf st;

    if (g_stat (wal, &st) == 0 && st.st_size > 0)
      {
        g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED,
                     /* Translators: %s is an action such as "Could not restore the backup" */
                     _("%s because it was copied while in use, with its latest changes still "
                       "in the log beside it; nothing was changed."),
                     what);
        return FALSE;
      }
  }

  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR)
      && (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                   /* Translators: %s is an action such as "Could not restore the backup" */
                   _("%s because the folder for the database could not be created; nothing "
                     "was changed."),
                   what);
      return FALSE;
    }

  temporary = create_temporary (path, what, error);
  if (temporary == NULL)
    return FALSE;

  if (!copy_file (backup_path, temporary, what, error) || !check_copy (temporary, what, error))
    goto fail;

  /* Upgrade the checked copy in place, as opening it would. */
  {
    g_autoptr(HearthStore) store = hearth_store_open (temporary, error);

    if (store == NULL || !hearth_store_check_integrity (store, error))
      goto fail;
  }

  if (!publish (temporary, path, what, error))
    goto fail;

  return TRUE;

fail:
  remove_with_companions (temporary);
  return FALSE;
}

/**
 * hearth_store_verify_audit:
 * @self: a store
 * @n_entries: (out) (optional): the number of audit rows verified
 * @first_broken: (out) (optional): the id of the first audit row where the
 *   chain breaks, or 0
 *
 * Verifies the audit trail's hash chain (hearth-store-chain.c) from its
 * first row.
 *
 * Returns: %TRUE when every row verifies; %FALSE with
 *   %HEARTH_STORE_ERROR_TAMPERED naming the first row that does not, or
 *   another %HEARTH_STORE_ERROR
 */
gboolean
hearth_store_verify_audit (HearthStore  *self,
                           gint64       *n_entries,
                           gint64       *first_broken,
                           GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->schema_version >= 3, FALSE);

  return hearth_store_chain_verify (self->db, n_entries, first_broken, error);
}
