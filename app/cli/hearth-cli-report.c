/* hearth-cli-report.c — write a family's supervision pack as a PDF
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

#include "charts/data/hearth-pack-load.h"
#include "core/hearth-date.h"

#include "hearth-cli-private.h"

typedef struct
{
  const char *reference;
  const char *out;
  const char *from;
  const char *to;
  const char *prepared_by;
} Request;

/* Takes "--name VALUE" or "--name=VALUE" at argv[*i]; moves *i past it. */
static gboolean
take_option (int          argc,
             char       **argv,
             int         *i,
             const char  *name,
             const char **value)
{
  size_t length = strlen (name);

  if (strncmp (argv[*i], name, length) != 0)
    return FALSE;

  if (argv[*i][length] == '=')
    {
      *value = argv[*i] + length + 1;
      return TRUE;
    }
  if (argv[*i][length] != '\0')
    return FALSE;

  *value = *i + 1 < argc ? argv[++(*i)] : "";
  return TRUE;
}

static int
parse_request (int       argc,
               char    **argv,
               Request  *request)
{
  for (int i = 1; i < argc; i++)
    {
      const char *value = NULL;

      if (take_option (argc, argv, &i, "--out", &value))
        {
          if (value[0] == '\0')
            return hearth_cli_usage_error ("The option --out needs a file name.");
          request->out = value;
        }
      else if (take_option (argc, argv, &i, "--from", &value))
        {
          if (!hearth_date_validate (value, NULL))
            return hearth_cli_usage_error ("The option --from needs a date written as YYYY-MM-DD.");
          request->from = value;
        }
      else if (take_option (argc, argv, &i, "--to", &value))
        {
          if (!hearth_date_validate (value, NULL))
            return hearth_cli_usage_error ("The option --to needs a date written as YYYY-MM-DD.");
          request->to = value;
        }
      else if (take_option (argc, argv, &i, "--prepared-by", &value))
        {
          if (value[0] == '\0' || !g_utf8_validate (value, -1, NULL))
            return hearth_cli_usage_error ("The option --prepared-by needs a name.");
          request->prepared_by = value;
        }
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        return hearth_cli_usage_error ("The option “%s” is not known.", argv[i]);
      else if (request->reference == NULL && argv[i][0] != '\0')
        request->reference = argv[i];
      else
        return hearth_cli_usage_error ("The command “report” takes one case reference.");
    }

  if (request->reference == NULL)
    return hearth_cli_usage_error ("The command “report” needs a case reference.");
  if (request->out == NULL)
    return hearth_cli_usage_error ("The command “report” needs --out FILE.pdf.");
  if (!g_str_has_suffix (request->out, ".pdf") && !g_str_has_suffix (request->out, ".PDF"))
    return hearth_cli_usage_error ("The supervision pack is a PDF: give --out a name ending in "
                                   ".pdf.");
  if (request->from != NULL && request->to != NULL && strcmp (request->to, request->from) < 0)
    return hearth_cli_usage_error (
        "The date given with --to comes before the one given with --from.");

  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_report:
 * @cli: global options
 * @argc: the number of arguments, counting "report"
 * @argv: the arguments, starting with "report"
 *
 * Runs `report REF --out FILE.pdf [--from DATE] [--to DATE]
 * [--prepared-by NAME]`: writes the family's supervision pack for the
 * period as an A4 PDF that only its owner may read. Without --to the
 * period ends today; without --from it starts with the first record.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR when the family
 *   cannot be read or the file written, or %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_report (HearthCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(HearthPackDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *user_dir = NULL;
  g_autofree char *levels_path = NULL;
  HearthPackOptions options;
  Request request = { 0 };
  int status;

  status = parse_request (argc, argv, &request);
  if (status != HEARTH_CLI_EXIT_OK)
    return status;

  /* Reading only: a mistyped path must not leave an empty database. */
  path = cli->database_path != NULL ? g_strdup (cli->database_path)
                                    : hearth_store_dup_default_path ();
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (&error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           "There is no database at the path given.");
      return hearth_cli_error (error);
    }

  store = hearth_cli_open_store (cli, &error);
  if (store == NULL)
    return hearth_cli_error (error);
  family = hearth_store_load_family_by_reference (store, request.reference, &error);
  if (family == NULL)
    return hearth_cli_error (error);

  /* Without the instruments assessments cannot be scored, but the rest
   * of the pack still stands: report the problem and go on. */
  user_dir = hearth_instrument_registry_dup_user_dir ();
  registry = hearth_instrument_registry_new (user_dir, &error);
  if (registry == NULL)
    {
      g_printerr ("hearth-cli: %s\n", error->message);
      g_clear_error (&error);
    }
  levels_path = hearth_levels_of_need_dup_user_path ();
  levels = hearth_levels_of_need_new (levels_path, NULL);
  if (levels == NULL)
    levels = hearth_levels_of_need_new (NULL, NULL);

  hearth_pack_options_init (&options);
  options.registry = registry;
  options.levels = levels;
  options.from = request.from;
  options.to = request.to;
  options.prepared_by = request.prepared_by;

  document = hearth_pack_load (store, family, &options, &error);
  if (document == NULL)
    return hearth_cli_error (error);
  if (!hearth_pack_document_write_pdf (document, request.out, &error))
    return hearth_cli_error (error);

  printf ("Wrote the supervision pack: %u pages\n", hearth_pack_document_get_n_pages (document));
  return HEARTH_CLI_EXIT_OK;
}
