/* hearth-cli-private.h
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

#pragma once

#include <glib.h>

#include "store/hearth-store.h"

G_BEGIN_DECLS

/* Exit statuses that scripts and tests rely on: keep them stable. */
#define HEARTH_CLI_EXIT_OK    0
#define HEARTH_CLI_EXIT_ERROR 1
#define HEARTH_CLI_EXIT_USAGE 2

typedef struct
{
  char *database_path;   /* owned; NULL means the default database */
} HearthCli;

/* Each command takes argv with argv[0] being the command's own name. */
typedef int (*HearthCliCommandFunc) (HearthCli  *cli,
                                     int         argc,
                                     char      **argv);

int  hearth_cli_error        (const GError *error);
HearthStore *hearth_cli_open_path (const char  *path,
                                   GError     **error);
int  hearth_cli_usage_error  (const char   *format,
                              ...) G_GNUC_PRINTF (1, 2);

/* hearth-cli-instruments.c */
int  hearth_cli_instruments  (HearthCli  *cli,
                              int         argc,
                              char      **argv);

/* hearth-cli-families.c */
HearthStore *hearth_cli_open_store (HearthCli  *cli,
                                    GError    **error);
int  hearth_cli_families     (HearthCli  *cli,
                              int         argc,
                              char      **argv);
int  hearth_cli_family       (HearthCli  *cli,
                              int         argc,
                              char      **argv);

/* hearth-cli-chart.c */
int  hearth_cli_chart        (HearthCli  *cli,
                              int         argc,
                              char      **argv);

/* hearth-cli-report.c */
int  hearth_cli_report       (HearthCli  *cli,
                              int         argc,
                              char      **argv);

/* hearth-cli-exchange.c */
gboolean hearth_cli_use_training (HearthCli  *cli,
                                  GError    **error);
int  hearth_cli_export       (HearthCli  *cli,
                              int         argc,
                              char      **argv);
int  hearth_cli_import       (HearthCli  *cli,
                              int         argc,
                              char      **argv);
int  hearth_cli_training     (HearthCli  *cli,
                              int         argc,
                              char      **argv);

/* hearth-cli-maintenance.c */
int  hearth_cli_check        (HearthCli  *cli,
                              int         argc,
                              char      **argv);
int  hearth_cli_backup       (HearthCli  *cli,
                              int         argc,
                              char      **argv);
int  hearth_cli_restore      (HearthCli  *cli,
                              int         argc,
                              char      **argv);

G_END_DECLS
