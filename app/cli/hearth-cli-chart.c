/* hearth-cli-chart.c — render a family's charts to PNG, SVG or PDF
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

#include <math.h>
#include <string.h>

#include "charts/data/hearth-chart-set.h"
#include "charts/hearth-chart-export.h"
#include "charts/hearth-timeline-chart.h"
#include "core/hearth-date.h"

#include "hearth-cli-private.h"

#define DEFAULT_WIDTH  1200
#define DEFAULT_HEIGHT 600

typedef enum
{
  CHART_TIMELINE,
  CHART_SIBLINGS,
  CHART_PROGRESS,
  CHART_HOME,
} ChartKind;

static const char * const chart_names[] = {
  [CHART_TIMELINE] = "timeline",
  [CHART_SIBLINGS] = "siblings",
  [CHART_PROGRESS] = "progress",
  [CHART_HOME] = "home",
};

typedef struct
{
  ChartKind             kind;
  const char           *reference;
  const char           *out;
  int                   width;
  int                   height;
  gint32                from;
  gint32                to;
  HearthChartSet       *set;        /* borrowed */
  HearthTimelineChart  *timeline;   /* borrowed */
} Request;

static gboolean
parse_size (const char *text,
            int        *size)
{
  gint64 value;

  if (!g_ascii_string_to_signed (text, 10, HEARTH_CHART_MIN_SIZE, HEARTH_CHART_MAX_SIZE, &value,
                                 NULL))
    return FALSE;
  *size = (int) value;
  return TRUE;
}

static gboolean
parse_day (const char *text,
           gint32     *day)
{
  GDate date;

  if (!hearth_date_parse (text, &date, NULL))
    return FALSE;
  *day = hearth_chart_day_from_date (&date);
  return TRUE;
}

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
  gboolean have_kind = FALSE;

  request->width = DEFAULT_WIDTH;
  request->height = DEFAULT_HEIGHT;
  request->from = HEARTH_CHART_DAY_NONE;
  request->to = HEARTH_CHART_DAY_NONE;

  if (argc < 2)
    return hearth_cli_usage_error (
        "The command “chart” needs a chart: timeline, siblings, progress or home.");

  for (guint k = 0; k < G_N_ELEMENTS (chart_names); k++)
    if (g_str_equal (argv[1], chart_names[k]))
      {
        request->kind = (ChartKind) k;
        have_kind = TRUE;
      }
  if (!have_kind)
    return hearth_cli_usage_error (
        "The chart “%s” is not known; use timeline, siblings, progress or home.", argv[1]);

  for (int i = 2; i < argc; i++)
    {
      const char *value = NULL;

      if (take_option (argc, argv, &i, "--out", &value))
        {
          if (value[0] == '\0')
            return hearth_cli_usage_error ("The option --out needs a file name.");
          request->out = value;
        }
      else if (take_option (argc, argv, &i, "--width", &value))
        {
          if (!parse_size (value, &request->width))
            return hearth_cli_usage_error ("The width must be a whole number from %d to %d.",
                                           HEARTH_CHART_MIN_SIZE, HEARTH_CHART_MAX_SIZE);
        }
      else if (take_option (argc, argv, &i, "--height", &value))
        {
          if (!parse_size (value, &request->height))
            return hearth_cli_usage_error ("The height must be a whole number from %d to %d.",
                                           HEARTH_CHART_MIN_SIZE, HEARTH_CHART_MAX_SIZE);
        }
      else if (take_option (argc, argv, &i, "--from", &value))
        {
          if (!parse_day (value, &request->from))
            return hearth_cli_usage_error ("The option --from needs a date written as YYYY-MM-DD.");
        }
      else if (take_option (argc, argv, &i, "--to", &value))
        {
          if (!parse_day (value, &request->to))
            return hearth_cli_usage_error ("The option --to needs a date written as YYYY-MM-DD.");
        }
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        return hearth_cli_usage_error ("The option “%s” is not known.", argv[i]);
      else if (request->reference == NULL && argv[i][0] != '\0')
        request->reference = argv[i];
      else
        return hearth_cli_usage_error ("The command “chart” takes one case reference.");
    }

  if (request->reference == NULL)
    return hearth_cli_usage_error ("The command “chart” needs a case reference.");
  if (request->out == NULL)
    return hearth_cli_usage_error ("The command “chart” needs --out FILE.");
  if (request->from != HEARTH_CHART_DAY_NONE && request->to != HEARTH_CHART_DAY_NONE
      && request->to < request->from)
    return hearth_cli_usage_error (
        "The date given with --to comes before the one given with --from.");

  return HEARTH_CLI_EXIT_OK;
}

static void
draw_cb (cairo_t  *cr,
         double    width,
         double    height,
         gpointer  user_data)
{
  Request *request = user_data;
  HearthChartPalette palette;

  hearth_chart_palette_init (&palette, FALSE);

  if (request->kind == CHART_TIMELINE)
    {
      double from, to, fit_from, fit_to;

      /* The days asked for, the whole history where none were. */
      hearth_timeline_chart_get_fit_range (request->timeline, &fit_from, &fit_to);
      from = request->from != HEARTH_CHART_DAY_NONE ? request->from : fit_from;
      to = request->to != HEARTH_CHART_DAY_NONE ? request->to + 1.0 : fit_to;
      if (to - from < HEARTH_TIME_SCALE_MIN_SPAN_DAYS)
        to = from + HEARTH_TIME_SCALE_MIN_SPAN_DAYS;
      hearth_timeline_chart_draw (request->timeline, cr, width, height, from, to, &palette);
      return;
    }

  hearth_comparison_chart_draw (request->kind == CHART_SIBLINGS   ? HEARTH_COMPARISON_SIBLINGS
                                : request->kind == CHART_PROGRESS ? HEARTH_COMPARISON_PROGRESS
                                                                  : HEARTH_COMPARISON_HOME,
                                hearth_chart_set_get_comparison (request->set,
                                                                 request->kind == CHART_HOME
                                                                 ? HEARTH_COMPARISON_HOME
                                                                 : HEARTH_COMPARISON_SIBLINGS),
                                cr, width, height, &palette, NULL);
}

/**
 * hearth_cli_chart:
 * @cli: global options
 * @argc: the number of arguments, counting "chart"
 * @argv: the arguments, starting with "chart"
 *
 * Runs `chart timeline|siblings|progress|home REF --out FILE [--width W]
 * [--height H] [--from DATE] [--to DATE]`: draws one of a family's charts
 * into a PNG, SVG or PDF file, the format taken from the file's
 * extension. --from and --to choose the days of the timeline, and the
 * assessments the comparison charts include.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR when the family
 *   cannot be read or the file written, or %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_chart (HearthCli  *cli,
                  int         argc,
                  char      **argv)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(HearthChartSet) set = NULL;
  g_autoptr(HearthTimelineChart) timeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *user_dir = NULL;
  g_autofree char *levels_path = NULL;
  HearthChartSetOptions options;
  HearthChartFormat format;
  Request request = { 0 };
  int status;

  status = parse_request (argc, argv, &request);
  if (status != HEARTH_CLI_EXIT_OK)
    return status;

  if (!hearth_chart_format_from_path (request.out, &format, &error))
    return hearth_cli_error (error);

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

  /* Without the instruments assessments cannot be scored, but the
   * chronology still draws: report the problem and go on. */
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

  hearth_chart_set_options_init (&options);
  options.registry = registry;
  options.levels = levels;
  options.first_day = request.from;
  options.last_day = request.to;
  set = hearth_chart_set_load (store, family, &options, &error);
  if (set == NULL)
    return hearth_cli_error (error);

  timeline = hearth_timeline_chart_new (hearth_chart_set_get_timeline (set));
  request.set = set;
  request.timeline = timeline;

  if (!hearth_chart_export (request.out, format, request.width, request.height, draw_cb, &request,
                            &error))
    return hearth_cli_error (error);

  return HEARTH_CLI_EXIT_OK;
}
