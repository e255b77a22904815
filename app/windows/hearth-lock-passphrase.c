/* hearth-lock-passphrase.c
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

#include <argon2.h>
#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/random.h>

#include "hearth-lock-passphrase.h"

/*
 * The local passphrase that unlocks Hearth after the idle lock. Only an
 * Argon2id hash is kept, in PHC string form ("$argon2id$v=19$m=…"), in a
 * file of mode 0600 in Hearth's data folder (0700). The cost is OWASP's
 * minimum for Argon2id: 19 MiB of memory, two passes, one lane.
 */

#define T_COST      2
#define M_COST_KIB  (19 * 1024)
#define PARALLELISM 1
#define SALT_BYTES  16
#define HASH_BYTES  32

/* Shorter than this is refused; no upper rule, no composition rules. */
#define MIN_CHARACTERS 8

/**
 * hearth_lock_passphrase_dup_default_path:
 *
 * Returns: (transfer full): the passphrase file beside the default
 *   database, `$XDG_DATA_HOME/hearth/lock-passphrase`
 */
char *
hearth_lock_passphrase_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hearth", "lock-passphrase", NULL);
}

/**
 * hearth_lock_passphrase_is_set:
 * @path: the passphrase file
 *
 * Returns: whether a passphrase has been chosen
 */
gboolean
hearth_lock_passphrase_is_set (const char *path)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* The base64 alphabet of the PHC string format, which has no padding. */
static gboolean
is_phc_base64 (const char *text,
               gsize       min_length)
{
  gsize length = strlen (text);

  if (length < min_length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (text[i]) && text[i] != '+' && text[i] != '/')
      return FALSE;
  return TRUE;
}

/* "v=19" or "m=19456,t=2,p=1": each named field a number. */
static gboolean
has_numeric_fields (const char        *text,
                    const char *const *names)
{
  g_auto(GStrv) fields = g_strsplit (text, ",", -1);

  if (g_strv_length (fields) != g_strv_length ((GStrv) names))
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      gsize prefix = strlen (names[i]);

      if (strncmp (fields[i], names[i], prefix) != 0
          || !g_ascii_string_to_unsigned (fields[i] + prefix, 10, 1, G_MAXUINT32, NULL, NULL))
        return FALSE;
    }
  return TRUE;
}

/**
 * hearth_lock_passphrase_is_valid:
 * @path: the passphrase file
 *
 * Whether a passphrase has been chosen and its file holds an Argon2id hash
 * in PHC string form. Only the form is checked, not the passphrase, so
 * this costs a read of a short file and no hashing. When the file does
 * not exist, nothing more than that is looked up: Hearth asks at start.
 *
 * Returns: whether @path holds a well-formed Argon2id hash
 */
gboolean
hearth_lock_passphrase_is_valid (const char *path)
{
  static const char *const version_fields[] = { "v=", NULL };
  static const char *const cost_fields[] = { "m=", "t=", "p=", NULL };
  g_autofree char *encoded = NULL;
  g_auto(GStrv) parts = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!hearth_lock_passphrase_is_set (path)
      || !g_file_get_contents (path, &encoded, &length, NULL)
      || length == 0 || length > 1024 || memchr (encoded, '\0', length) != NULL)
    return FALSE;

  /* "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>"; libargon2 refuses a
   * salt under 8 bytes (11 characters) and a hash under 4 (6). */
  parts = g_strsplit (g_strstrip (encoded), "$", -1);
  return g_strv_length (parts) == 6
         && parts[0][0] == '\0'
         && g_str_equal (parts[1], "argon2id")
         && has_numeric_fields (parts[2], version_fields)
         && has_numeric_fields (parts[3], cost_fields)
         && is_phc_base64 (parts[4], 11)
         && is_phc_base64 (parts[5], 6);
}

/**
 * hearth_lock_passphrase_set:
 * @path: the passphrase file
 * @passphrase: the new passphrase, UTF-8
 * @error: return location for a #GError
 *
 * Stores the Argon2id hash of @passphrase, with a fresh random salt, in
 * @path (mode 0600; its folder is created 0700), replacing any earlier one
 * at once.
 *
 * Returns: %TRUE on success; %FALSE with a %G_IO_ERROR: %G_IO_ERROR_INVALID_DATA
 *   for a passphrase that is too short, or another code when it cannot be
 *   stored
 */
gboolean
hearth_lock_passphrase_set (const char  *path,
                            const char  *passphrase,
                            GError     **error)
{
  g_autofree char *dir = NULL;
  guint8 salt[SALT_BYTES];
  char encoded[256];
  gboolean ok;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);

  if (!g_utf8_validate (passphrase, -1, NULL) || g_utf8_strlen (passphrase, -1) < MIN_CHARACTERS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %d is a number of characters, such as 8 */
                   _("The passphrase needs at least %d characters."), MIN_CHARACTERS);
      return FALSE;
    }

  if (getrandom (salt, sizeof salt, 0) != (ssize_t) sizeof salt)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The passphrase could not be stored because the system gave no "
                             "random numbers."));
      return FALSE;
    }

  rc = argon2id_hash_encoded (T_COST, M_COST_KIB, PARALLELISM, passphrase, strlen (passphrase),
                              salt, sizeof salt, HASH_BYTES, encoded, sizeof encoded);
  if (rc != ARGON2_OK)
    {
      g_debug ("Argon2id failed: %s", argon2_error_message (rc));
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The passphrase could not be stored because it could not be hashed."));
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  ok = (g_file_test (dir, G_FILE_TEST_IS_DIR)
        || (g_mkdir_with_parents (dir, 0700) == 0 && g_chmod (dir, 0700) == 0))
       && g_file_set_contents_full (path, encoded, -1,
                                    G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                    0600, NULL);
  memset (encoded, 0, sizeof encoded);

  if (!ok)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The passphrase could not be stored because its file could not be "
                             "written."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_lock_passphrase_verify:
 * @path: the passphrase file
 * @passphrase: the passphrase typed
 * @matches: (out): whether @passphrase is the stored one
 * @error: return location for a #GError
 *
 * Checks @passphrase against the stored hash, in time that does not depend
 * on where they differ.
 *
 * Returns: %TRUE when the check ran (see @matches); %FALSE with a
 *   %G_IO_ERROR when there is no readable passphrase file
 */
gboolean
hearth_lock_passphrase_verify (const char  *path,
                               const char  *passphrase,
                               gboolean    *matches,
                               GError     **error)
{
  g_autofree char *encoded = NULL;
  gsize length;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (matches != NULL, FALSE);

  *matches = FALSE;

  if (!g_file_get_contents (path, &encoded, &length, NULL) || length == 0 || length > 1024)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The passphrase file could not be read."));
      return FALSE;
    }

  rc = argon2id_verify (g_strstrip (encoded), passphrase, strlen (passphrase));
  if (rc == ARGON2_OK)
    *matches = TRUE;
  else if (rc != ARGON2_VERIFY_MISMATCH)
    {
      g_debug ("Argon2id verification failed: %s", argon2_error_message (rc));
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The passphrase file is damaged."));
      return FALSE;
    }

  return TRUE;
}
