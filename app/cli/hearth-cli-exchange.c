/* hearth-cli-exchange.c
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

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "store/hearth-store-exchange.h"

#include "hearth-cli-private.h"

/*
 * The export, import and training commands. A refused import leaves the
 * database as it was, byte for byte: the file is checked completely before
 * the database is even opened, and the import itself is one transaction.
 */

/* Reads "--NAME VALUE" or "--NAME=VALUE" at argv[*i]; advances *i past a
 * separate value. Returns the value, or %NULL when argv[*i] is not it. */
static const char *
take_value_option (int          argc,
                   char       **argv,
                   int         *i,
                   const char  *name,
                   gboolean    *missing)
{
  gsize length = strlen (name);

  *missing = FALSE;

  if (g_str_equal (argv[*i], name))
    {
      if (*i + 1 >= argc || argv[*i + 1][0] == '\0')
        {
          *missing = TRUE;
          return NULL;
        }
      return argv[++*i];
    }

  if (strncmp (argv[*i], name, length) == 0 && argv[*i][length] == '=')
    {
      if (argv[*i][length + 1] == '\0')
        *missing = TRUE;
      return *missing ? NULL : argv[*i] + length + 1;
    }

  return NULL;
}

static char *
dup_database_path (HearthCli *cli)
{
  return cli->database_path != NULL ? g_strdup (cli->database_path)
                                    : hearth_store_dup_default_path ();
}

/**
 * hearth_cli_export:
 * @cli: global options
 * @argc: the number of arguments, counting "export"
 * @argv: the arguments, starting with "export"
 *
 * Runs `export REF --out FILE`: writes the family with case reference REF
 * as an exchange file, readable by its owner only. With `--out -` the
 * document goes to standard output.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR, or
 *   %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_export (HearthCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *reference = NULL;
  const char *out = NULL;

  for (int i = 1; i < argc; i++)
    {
      gboolean missing;
      const char *value = take_value_option (argc, argv, &i, "--out", &missing);

      if (missing)
        return hearth_cli_usage_error ("The option --out needs a file path.");
      else if (value != NULL)
        out = value;
      else if (argv[i][0] == '-')
        return hearth_cli_usage_error ("The command “export” takes only the option --out.");
      else if (reference == NULL)
        reference = argv[i];
      else
        return hearth_cli_usage_error ("The command “export” takes one case reference.");
    }

  if (reference == NULL || *reference == '\0')
    return hearth_cli_usage_error ("The command “export” needs the case reference of a family.");
  if (out == NULL)
    return hearth_cli_usage_error ("The command “export” needs --out and a file path.");

  /* Exporting must never leave an empty database behind a mistyped path. */
  path = dup_database_path (cli);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (&error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           "There is no database at the path given.");
      return hearth_cli_error (error);
    }

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_error (error);

  if (g_str_equal (out, "-"))
    {
      g_autoptr(GBytes) bytes = hearth_store_export_family_to_bytes (store, reference, &error);
      gsize size;
      gconstpointer data;

      if (bytes == NULL)
        return hearth_cli_error (error);

      data = g_bytes_get_data (bytes, &size);
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error_literal (&error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_WRITE,
                               "The family could not be written to standard output.");
          return hearth_cli_error (error);
        }

      return HEARTH_CLI_EXIT_OK;
    }

  if (!hearth_store_export_family_to_file (store, reference, out, &error))
    return hearth_cli_error (error);

  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_import:
 * @cli: global options
 * @argc: the number of arguments, counting "import"
 * @argv: the arguments, starting with "import"
 *
 * Runs `import FILE [--replace]`: checks the exchange file completely,
 * then imports its family in one transaction. A family whose case
 * reference is already in the database is refused unless --replace is
 * given, which replaces it in the same transaction. Prints the case
 * reference imported.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR (the database
 *   unchanged), or %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_import (HearthCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  const char *file = NULL;
  gboolean replace = FALSE;
  gint64 family_id = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--replace"))
        replace = TRUE;
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        return hearth_cli_usage_error ("The command “import” takes only the option --replace.");
      else if (file == NULL)
        file = argv[i];
      else
        return hearth_cli_usage_error ("The command “import” takes one file.");
    }

  if (file == NULL || *file == '\0')
    return hearth_cli_usage_error ("The command “import” needs the exchange file to import.");

  bytes = hearth_exchange_load_file (file, &error);
  if (bytes == NULL)
    return hearth_cli_error (error);

  /* Checked before the database is opened, so a bad file cannot even
   * create one. */
  name = g_path_get_basename (file);
  if (!hearth_exchange_check_bytes (bytes, name, &error))
    return hearth_cli_error (error);

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_error (error);

  if (!hearth_store_import_family (store, bytes, name, replace, &family_id, &error))
    return hearth_cli_error (error);

  family = hearth_store_load_family (store, family_id, &error);
  if (family == NULL)
    return hearth_cli_error (error);

  printf ("Imported %s\n", family->case_reference);
  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_training:
 * @cli: global options
 * @argc: the number of arguments, counting "training"
 * @argv: the arguments, starting with "training"
 *
 * Runs `training reset`: empties the training database (or the database
 * given with --database, which must not be the default one) and loads the
 * fictional training set again.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR, or
 *   %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_training (HearthCli  *cli,
                     int         argc,
                     char      **argv)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (argc != 2 || !g_str_equal (argv[1], "reset"))
    return hearth_cli_usage_error ("The command “training” takes one subcommand: reset.");

  path = cli->database_path != NULL ? g_strdup (cli->database_path)
                                    : hearth_store_dup_training_path ();
  store = hearth_cli_open_path (path, &error);
  if (store == NULL)
    return hearth_cli_error (error);

  if (!hearth_store_reset_training (store, &error))
    return hearth_cli_error (error);

  families = hearth_store_list_families (store, TRUE, &error);
  if (families == NULL)
    return hearth_cli_error (error);

  printf ("Reset the training data: %u fictional families\n", families->len);
  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_use_training:
 * @cli: global options
 * @error: return location for a #GError
 *
 * For `hearth-cli --training …`: points @cli at the training database and
 * loads the training set into it on first use, so every command sees the
 * fictional families and never the real database.
 *
 * Returns: %TRUE on success; %FALSE with an error
 */
gboolean
hearth_cli_use_training (HearthCli  *cli,
                         GError    **error)
{
  g_autoptr(HearthStore) store = NULL;

  g_return_val_if_fail (cli != NULL, FALSE);

  g_free (cli->database_path);
  cli->database_path = hearth_store_dup_training_path ();

  store = hearth_cli_open_path (cli->database_path, error);
  if (store == NULL)
    return FALSE;

  return hearth_store_ensure_training (store, NULL, error);
}
