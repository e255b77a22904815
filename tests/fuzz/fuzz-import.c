/* fuzz-import.c
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

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/xmlerror.h>
#include <stdint.h>
#include <stdlib.h>

#include "store/hearth-store-exchange.h"

/*
 * libFuzzer target: the import path. Each input is checked as an exchange
 * file; one that passes is imported into a real database inside a
 * transaction that is then rolled back, so the database stays small and
 * every input meets the same state. Any input must end in a GError or a
 * clean import, never a crash, a leak or undefined behaviour.
 */

int LLVMFuzzerInitialize     (int            *argc,
                              char         ***argv);
int LLVMFuzzerTestOneInput   (const uint8_t  *data,
                              size_t          size);

static HearthStore *store;
static char *store_dir;

typedef struct
{
  GBytes  *bytes;
  gboolean imported;
} Attempt;

static gboolean
import_then_undo_cb (HearthStore  *self,
                     gpointer      user_data,
                     GError      **error)
{
  Attempt *attempt = user_data;
  g_autoptr(GError) local_error = NULL;

  attempt->imported = hearth_store_import_family (self, attempt->bytes, "fuzz.xml", TRUE, NULL,
                                                  &local_error);
  if (!attempt->imported && local_error == NULL)
    __builtin_trap ();

  /* Always roll back. */
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Rolled back.");
  return FALSE;
}

/* Anything libxml2 prints on its own may quote the file: a finding. */
static void
generic_error_trap (void       *context,
                    const char *format,
                    ...)
{
  __builtin_trap ();
}

static void
remove_store (void)
{
  g_autofree char *db = g_build_filename (store_dir, "fuzz.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_clear_object (&store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (store_dir);
  g_free (store_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  xmlSetGenericErrorFunc (NULL, generic_error_trap);

  store_dir = g_dir_make_tmp ("hearth-fuzz-XXXXXX", &error);
  if (store_dir == NULL)
    abort ();
  db = g_build_filename (store_dir, "fuzz.db", NULL);
  store = hearth_store_open (db, &error);
  if (store == NULL)
    abort ();
  atexit (remove_store);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  Attempt attempt = { bytes, FALSE };

  if (!hearth_exchange_check_bytes (bytes, "fuzz.xml", &error))
    {
      if (error == NULL || error->message[0] == '\0')
        __builtin_trap ();
      return 0;
    }

  /* Checked files are imported, then undone. */
  if (hearth_store_transaction (store, import_then_undo_cb, &attempt, &error))
    __builtin_trap ();

  return 0;
}
