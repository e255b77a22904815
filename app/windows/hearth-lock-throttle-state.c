/* hearth-lock-throttle-state.c
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

#define G_LOG_DOMAIN "hearth-lock"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "hearth-lock-throttle-private.h"

/*
 * The idle lock's count of wrong passphrases, kept on disk so that a
 * restart does not forget it (hearth-lock-throttle.c says why). It sits
 * beside the passphrase file, in Hearth's owner-only data folder, as a key
 * file of a few dozen bytes:
 *
 *   [Throttle]
 *   Failures=3
 *   WaitEnds=1767225600000000
 *
 * WaitEnds is the end of the wait on the wall clock, in microseconds since
 * the epoch, or 0 when there is none. The file is replaced whole (a new
 * file, synced, renamed over the old one), so a crash leaves the old
 * count or the new one, never half of each.
 */

#define STATE_FILE_NAME "lock-throttle"
#define STATE_GROUP     "Throttle"
#define STATE_FAILURES  "Failures"
#define STATE_WAIT_ENDS "WaitEnds"
#define STATE_MAX_BYTES 1024

/**
 * hearth_lock_throttle_dup_state_path:
 * @passphrase_path: the file holding the passphrase's hash
 *
 * Returns: (transfer full): the file beside it that keeps the count of
 *   wrong passphrases across restarts
 */
char *
hearth_lock_throttle_dup_state_path (const char *passphrase_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (passphrase_path != NULL, NULL);

  dir = g_path_get_dirname (passphrase_path);
  return g_build_filename (dir, STATE_FILE_NAME, NULL);
}

/**
 * hearth_lock_throttle_state_read:
 * @path: the state file
 * @failures: (out): the count, when read
 * @wait_ends_us: (out): the end of the wait on the wall clock, or 0, when
 *   read
 *
 * Reads the state file. Anything but a missing file or a well-formed one
 * is damaged: unreadable, too long, not a key file, a key missing, or a
 * number out of range. The caller decides what a damaged file means.
 *
 * Returns: whether the file was missing, read, or damaged
 */
HearthLockThrottleState
hearth_lock_throttle_state_read (const char *path,
                                 guint      *failures,
                                 gint64     *wait_ends_us)
{
  g_autofree char *data = NULL;
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  guint64 count;
  gint64 ends;

  g_return_val_if_fail (path != NULL, HEARTH_LOCK_THROTTLE_STATE_DAMAGED);
  g_return_val_if_fail (failures != NULL, HEARTH_LOCK_THROTTLE_STATE_DAMAGED);
  g_return_val_if_fail (wait_ends_us != NULL, HEARTH_LOCK_THROTTLE_STATE_DAMAGED);

  if (!g_file_get_contents (path, &data, &length, &error))
    return g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)
           ? HEARTH_LOCK_THROTTLE_STATE_ABSENT
           : HEARTH_LOCK_THROTTLE_STATE_DAMAGED;

  key_file = g_key_file_new ();
  if (length > STATE_MAX_BYTES
      || !g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, NULL))
    return HEARTH_LOCK_THROTTLE_STATE_DAMAGED;

  count = g_key_file_get_uint64 (key_file, STATE_GROUP, STATE_FAILURES, &error);
  if (error != NULL || count > G_MAXUINT)
    return HEARTH_LOCK_THROTTLE_STATE_DAMAGED;
  ends = g_key_file_get_int64 (key_file, STATE_GROUP, STATE_WAIT_ENDS, &error);
  if (error != NULL || ends < 0)
    return HEARTH_LOCK_THROTTLE_STATE_DAMAGED;

  *failures = (guint) count;
  *wait_ends_us = ends;
  return HEARTH_LOCK_THROTTLE_STATE_READ;
}

/**
 * hearth_lock_throttle_state_write:
 * @path: the state file
 * @failures: the count
 * @wait_ends_us: the end of the wait on the wall clock, or 0
 * @error: return location for a #GError
 *
 * Replaces the state file at once, mode 0600 whatever the umask.
 *
 * Returns: %TRUE on success; %FALSE with a #GFileError otherwise
 */
gboolean
hearth_lock_throttle_state_write (const char  *path,
                                  guint        failures,
                                  gint64       wait_ends_us,
                                  GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (wait_ends_us >= 0, FALSE);

  g_key_file_set_uint64 (key_file, STATE_GROUP, STATE_FAILURES, failures);
  g_key_file_set_int64 (key_file, STATE_GROUP, STATE_WAIT_ENDS, wait_ends_us);
  data = g_key_file_to_data (key_file, &length, NULL);

  return g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/**
 * hearth_lock_throttle_state_remove:
 * @path: the state file
 * @error: return location for a #GError
 *
 * Removes the state file: no wrong passphrases. A file already missing is
 * no error.
 *
 * Returns: %TRUE on success; %FALSE with a #GFileError otherwise
 */
gboolean
hearth_lock_throttle_state_remove (const char  *path,
                                   GError     **error)
{
  int saved_errno;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_unlink (path) == 0)
    return TRUE;

  saved_errno = errno;
  if (saved_errno == ENOENT)
    return TRUE;

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "The count of wrong passphrases could not be removed: %s", g_strerror (saved_errno));
  return FALSE;
}
