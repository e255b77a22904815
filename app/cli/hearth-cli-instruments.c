/* hearth-cli-instruments.c — `hearth-cli instruments list | validate FILE`
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

#include "core/hearth-instrument.h"
#include "core/hearth-instrument-registry.h"

#include "hearth-cli-private.h"

/* One line per instrument, tab-separated so scripts can cut it:
 * id, version, scope, title. Files in the user's folder that could not be
 * loaded are reported on standard error but do not fail the listing. */
static int
list_instruments (void)
{
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user_dir = hearth_instrument_registry_dup_user_dir ();
  guint n;

  registry = hearth_instrument_registry_new (user_dir, &error);
  if (registry == NULL)
    return hearth_cli_error (error);

  for (guint i = 0; i < hearth_instrument_registry_get_n_problems (registry); i++)
    {
      const GError *problem = hearth_instrument_registry_get_problem (registry, i);

      fprintf (stderr, "hearth-cli: %s\n", problem->message);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (registry));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthInstrument) instrument = NULL;

      instrument = g_list_model_get_item (G_LIST_MODEL (registry), i);

      printf ("%s\t%d\t%s\t%s\n",
              hearth_instrument_get_id (instrument),
              hearth_instrument_get_version (instrument),
              hearth_instrument_scope_to_string (hearth_instrument_get_scope (instrument)),
              hearth_instrument_get_title (instrument));
    }

  return HEARTH_CLI_EXIT_OK;
}

static int
validate_instrument (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autoptr(GError) error = NULL;

  instrument = hearth_instrument_new_from_file (file, &error);
  if (instrument == NULL)
    return hearth_cli_error (error);

  printf ("%s: valid\n", path);
  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_instruments:
 * @cli: global options (unused: instruments need no database)
 * @argc: the number of arguments, counting "instruments"
 * @argv: the arguments, starting with "instruments"
 *
 * Runs `instruments list` or `instruments validate FILE`.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR when an instrument
 *   cannot be loaded, or %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_instruments (HearthCli  *cli,
                        int         argc,
                        char      **argv)
{
  if (argc < 2)
    return hearth_cli_usage_error ("The command “instruments” needs “list” or "
                                   "“validate FILE”.");

  if (g_str_equal (argv[1], "list"))
    {
      if (argc != 2)
        return hearth_cli_usage_error ("The command “instruments list” takes no arguments.");
      return list_instruments ();
    }

  if (g_str_equal (argv[1], "validate"))
    {
      if (argc != 3 || argv[2][0] == '\0')
        return hearth_cli_usage_error ("The command “instruments validate” needs one file.");
      return validate_instrument (argv[2]);
    }

  return hearth_cli_usage_error ("The command “instruments %s” is not known.", argv[1]);
}
