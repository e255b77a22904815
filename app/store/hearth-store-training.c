/* hearth-store-training.c
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

#include "hearth-store-exchange-private.h"

/*
 * Training mode (DESIGN.md, "trainer"): fictional families on a database
 * of their own, never the real one. The training set is a handful of
 * exchange files bundled as resources (resources/training/, made by
 * tests/data/make-training.py), loaded through the same import path as
 * real files, so it is checked exactly as a real import is.
 */

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * hearth_store_dup_training_path:
 *
 * Returns: (transfer full): the path of the training database,
 *   `$XDG_DATA_HOME/hearth/training.db`, beside but never the same as the
 *   default database
 */
char *
hearth_store_dup_training_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "hearth", "training.db", NULL);
}

/**
 * hearth_store_list_training_files:
 *
 * Returns: (transfer full): the resource paths of the training set's
 *   exchange files, in name order; empty when the program was built
 *   without them
 */
char **
hearth_store_list_training_files (void)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (HEARTH_TRAINING_RESOURCE_DIR,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".xml"))
      g_ptr_array_add (paths, g_strconcat (HEARTH_TRAINING_RESOURCE_DIR, names[i], NULL));

  /* Families load in a stable order, so they get the same ids each time. */
  g_ptr_array_sort (paths, compare_paths);
  g_ptr_array_add (paths, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&paths), FALSE);
}

static gboolean
is_real_database (HearthStore *self)
{
  g_autofree char *real = hearth_store_dup_default_path ();
  g_autofree char *canonical_real = g_canonicalize_filename (real, NULL);
  g_autofree char *canonical_self = g_canonicalize_filename (hearth_store_get_path (self), NULL);

  return g_strcmp0 (canonical_real, canonical_self) == 0;
}

static gboolean
exec_sql (HearthStore  *self,
          const char   *sql,
          const char   *what,
          GError      **error)
{
  g_autoptr(HearthStmt) stmt = hearth_store_prepare (self, sql, what, error);

  return stmt != NULL && hearth_store_step_done (self, stmt, what, error);
}

/**
 * hearth_store_reset_training:
 * @self: a store on the training database
 * @error: return location for a #GError
 *
 * Empties the training database, audit trail included, and loads the
 * training set again, all in one transaction. The default database is
 * refused, whatever else happens.
 *
 * Returns: %TRUE on success; %FALSE with a %HEARTH_STORE_ERROR or a
 *   %HEARTH_EXCHANGE_ERROR, the database unchanged
 */
gboolean
hearth_store_reset_training (HearthStore  *self,
                             GError      **error)
{
  const char *what = _("Could not reset the training data");
  g_auto(GStrv) files = NULL;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (is_real_database (self))
    {
      g_set_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED,
                   /* Translators: %s is "Could not reset the training data" */
                   _("%s because this is the database of real records; the stored records "
                     "are safe."),
                   what);
      return FALSE;
    }

  files = hearth_store_list_training_files ();
  if (files[0] == NULL)
    {
      g_set_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_READ,
                   /* Translators: %s is "Could not reset the training data" */
                   _("%s because the training set is missing from this build of Hearth; the "
                     "stored records are safe."),
                   what);
      return FALSE;
    }

  if (!hearth_store_begin (self, what, error))
    return FALSE;

  if (!exec_sql (self, "DELETE FROM families", what, error)
      || !exec_sql (self, "DELETE FROM audit", what, error))
    goto fail;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (files[i], G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                         NULL);
      g_autofree char *name = g_path_get_basename (files[i]);

      if (bytes == NULL)
        {
          g_set_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_READ,
                       _("%s because the training set is missing from this build of Hearth; "
                         "the stored records are safe."),
                       what);
          goto fail;
        }

      if (!hearth_store_import_family (self, bytes, name, FALSE, NULL, error))
        goto fail;
    }

  return hearth_store_commit (self, what, error);

fail:
  hearth_store_rollback (self);
  return FALSE;
}

/**
 * hearth_store_ensure_training:
 * @self: a store on the training database
 * @loaded: (out) (optional): whether the training set was loaded now
 * @error: return location for a #GError
 *
 * Loads the training set into a training database that has never held
 * anything (no records and no audit trail): the first use of training
 * mode. A database that has been used is left as the trainer left it.
 *
 * Returns: %TRUE on success; %FALSE with an error as for
 *   hearth_store_reset_training()
 */
gboolean
hearth_store_ensure_training (HearthStore  *self,
                              gboolean     *loaded,
                              GError      **error)
{
  const char *what = _("Could not load the training data");
  g_autoptr(HearthStmt) stmt = NULL;
  gboolean used;
  int rc;

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  if (loaded != NULL)
    *loaded = FALSE;

  stmt = hearth_store_prepare (self,
                               "SELECT EXISTS (SELECT 1 FROM families)"
                               " OR EXISTS (SELECT 1 FROM audit)",
                               what, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      hearth_store_set_error (self, rc, what, error);
      return FALSE;
    }
  used = sqlite3_column_int (stmt, 0) != 0;
  g_clear_pointer (&stmt, hearth_store_stmt_release);

  if (used)
    return TRUE;

  if (!hearth_store_reset_training (self, error))
    return FALSE;

  if (loaded != NULL)
    *loaded = TRUE;

  return TRUE;
}
