/* hearth-cli-maintenance.c
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

#include "hearth-cli-private.h"

/*
 * The check, backup and restore commands. None of them creates a
 * database where there was none: check and backup need an existing one,
 * and restore makes a new one only from a backup that passed its checks.
 */

static char *
dup_database_path (HearthCli *cli)
{
  return cli->database_path != NULL ? g_strdup (cli->database_path)
                                    : hearth_store_dup_default_path ();
}

/* Opens the existing database, refusing to create one. */
static HearthStore *
open_existing (HearthCli  *cli,
               GError    **error)
{
  g_autofree char *path = dup_database_path (cli);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           "There is no database at the path given.");
      return NULL;
    }

  return hearth_cli_open_path (path, error);
}

/**
 * hearth_cli_check:
 * @cli: global options
 * @argc: the number of arguments, counting "check"
 * @argv: the arguments, starting with "check"
 *
 * Runs `check`: SQLite's integrity check, the foreign key check and the
 * audit trail's hash chain. On a problem, prints one sentence (naming the
 * first audit entry where the chain breaks) and exits with an error.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR, or
 *   %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_check (HearthCli  *cli,
                  int         argc,
                  char      **argv)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_entries = 0;

  if (argc != 1)
    return hearth_cli_usage_error ("The command “check” takes no arguments.");

  store = open_existing (cli, &error);
  if (store == NULL)
    return hearth_cli_error (error);

  if (!hearth_store_check_integrity (store, &error)
      || !hearth_store_verify_audit (store, &n_entries, NULL, &error))
    return hearth_cli_error (error);

  printf ("The database is sound: the integrity and link checks passed, and all %" G_GINT64_FORMAT
          " audit trail entries verify.\n", n_entries);
  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_backup:
 * @cli: global options
 * @argc: the number of arguments, counting "backup"
 * @argv: the arguments, starting with "backup"
 *
 * Runs `backup OUT`: copies the database, while Hearth may be using it, to
 * the new file OUT, readable by its owner only.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR, or
 *   %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_backup (HearthCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2 || argv[1][0] == '\0' || (argv[1][0] == '-' && argv[1][1] != '\0'))
    return hearth_cli_usage_error ("The command “backup” needs the path of the new backup file.");

  store = open_existing (cli, &error);
  if (store == NULL)
    return hearth_cli_error (error);

  if (!hearth_store_backup (store, argv[1], &error))
    return hearth_cli_error (error);

  printf ("Backed up the database to %s\n", argv[1]);
  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_restore:
 * @cli: global options
 * @argc: the number of arguments, counting "restore"
 * @argv: the arguments, starting with "restore"
 *
 * Runs `restore IN`: checks the backup IN and restores it as the database
 * (the one named by --database, or the default), which must not exist yet.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR, or
 *   %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_restore (HearthCli  *cli,
                    int         argc,
                    char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (argc != 2 || argv[1][0] == '\0' || (argv[1][0] == '-' && argv[1][1] != '\0'))
    return hearth_cli_usage_error ("The command “restore” needs the path of a backup file.");

  path = dup_database_path (cli);
  if (!hearth_store_restore (argv[1], path, &error))
    return hearth_cli_error (error);

  printf ("Restored the backup as the database %s\n", path);
  return HEARTH_CLI_EXIT_OK;
}
