/* hearth-cli.c — headless commands for scripts, tests and benchmarks
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

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "hearth-cli-private.h"

typedef struct
{
  const char           *name;
  HearthCliCommandFunc  func;
  const char           *synopsis;
} Command;

static const Command commands[] = {
  { "instruments", hearth_cli_instruments, "instruments list | instruments validate FILE" },
  { "families",    hearth_cli_families,    "families [--all]" },
  { "family",      hearth_cli_family,      "family REF" },
  { "export",      hearth_cli_export,      "export REF --out FILE" },
  { "import",      hearth_cli_import,      "import FILE [--replace]" },
  { "training",    hearth_cli_training,    "training reset" },
  { "check",       hearth_cli_check,       "check" },
  { "backup",      hearth_cli_backup,      "backup OUT" },
  { "restore",     hearth_cli_restore,     "restore IN" },
  { "chart",       hearth_cli_chart,
    "chart timeline|siblings|progress|home REF --out FILE.png|.svg|.pdf [--width W] [--height H]"
    " [--from YYYY-MM-DD] [--to YYYY-MM-DD]" },
  { "report",      hearth_cli_report,
    "report REF --out FILE.pdf [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--prepared-by NAME]" },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "Usage: hearth-cli [--database PATH | --training] COMMAND [ARGS…]\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %s\n", commands[i].synopsis);
  fprintf (out, "\nWithout --database, the default database in the user's data directory is used.\n");
  fprintf (out, "With --training, the separate training database of fictional families is used.\n");
}

/**
 * hearth_cli_error:
 * @error: the error to report
 *
 * Prints @error's message, which is one sentence, on standard error.
 *
 * Returns: %HEARTH_CLI_EXIT_ERROR
 */
int
hearth_cli_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, HEARTH_CLI_EXIT_ERROR);

  fprintf (stderr, "hearth-cli: %s\n", error->message);
  return HEARTH_CLI_EXIT_ERROR;
}

/**
 * hearth_cli_usage_error:
 * @format: printf-style format of one sentence
 *
 * Prints a usage error on standard error.
 *
 * Returns: %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_usage_error (const char *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "hearth-cli: %s\nTry “hearth-cli --help”.\n", message);
  return HEARTH_CLI_EXIT_USAGE;
}

/**
 * hearth_cli_open_path:
 * @path: the database file
 * @error: return location for a #GError
 *
 * Opens the database at @path, creating it when missing. A database
 * written by an older Hearth is upgraded here, synchronously, after one
 * line on standard error: the upgrade of a large database takes seconds,
 * and a script's user should know why nothing happens meanwhile.
 *
 * Returns: (transfer full): the store, or %NULL with a %HEARTH_STORE_ERROR
 */
HearthStore *
hearth_cli_open_path (const char  *path,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  HearthStore *store;

  g_return_val_if_fail (path != NULL, NULL);

  store = hearth_store_open_full (path, HEARTH_STORE_OPEN_NO_UPGRADE, &local_error);
  if (store != NULL
      || !g_error_matches (local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NEEDS_UPGRADE))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return store;
    }

  fprintf (stderr, "hearth-cli: Bringing the records up to date for this version of Hearth; "
                   "on a large database this can take a minute.\n");
  fflush (stderr);
  return hearth_store_open (path, error);
}

int
main (int    argc,
      char **argv)
{
  HearthCli cli = { NULL };
  int status = HEARTH_CLI_EXIT_USAGE;
  gboolean training = FALSE;
  int i;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Records are sensitive: whatever this process creates is owner-only. */
  umask (077);

  /* Global options come before the command; the command parses the rest. */
  for (i = 1; i < argc && g_str_has_prefix (argv[i], "-"); i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_usage (stdout);
          status = HEARTH_CLI_EXIT_OK;
          goto out;
        }
      else if (g_str_equal (arg, "--version"))
        {
          printf ("hearth-cli %s\n", PACKAGE_VERSION);
          status = HEARTH_CLI_EXIT_OK;
          goto out;
        }
      else if (g_str_equal (arg, "--database"))
        {
          if (i + 1 >= argc || argv[i + 1][0] == '\0')
            {
              status = hearth_cli_usage_error ("The option --database needs a file path.");
              goto out;
            }
          g_free (cli.database_path);
          cli.database_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (arg, "--database="))
        {
          const char *path = arg + strlen ("--database=");

          if (*path == '\0')
            {
              status = hearth_cli_usage_error ("The option --database needs a file path.");
              goto out;
            }
          g_free (cli.database_path);
          cli.database_path = g_strdup (path);
        }
      else if (g_str_equal (arg, "--training"))
        training = TRUE;
      else
        {
          status = hearth_cli_usage_error ("The option “%s” is not known.", arg);
          goto out;
        }
    }

  if (training)
    {
      g_autoptr(GError) error = NULL;

      if (cli.database_path != NULL)
        {
          status = hearth_cli_usage_error ("The options --database and --training cannot be "
                                           "used together.");
          goto out;
        }
      if (!hearth_cli_use_training (&cli, &error))
        {
          status = hearth_cli_error (error);
          goto out;
        }
    }

  if (i >= argc)
    {
      print_usage (stderr);
      status = HEARTH_CLI_EXIT_USAGE;
      goto out;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      if (g_str_equal (argv[i], commands[c].name))
        {
          status = commands[c].func (&cli, argc - i, argv + i);
          goto out;
        }
    }

  status = hearth_cli_usage_error ("The command “%s” is not known.", argv[i]);

out:
  g_free (cli.database_path);
  return status;
}
