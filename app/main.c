/* main.c
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

#include <glib/gi18n.h>
#include <locale.h>
#include <sys/stat.h>

#include "windows/hearth-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(HearthApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* HEARTH_LOCALEDIR lets the tests run a freshly built catalogue (the
   * pseudo-translation, or the build directory's) without installing it. */
  bindtextdomain (GETTEXT_PACKAGE,
                  g_getenv ("HEARTH_LOCALEDIR") != NULL ? g_getenv ("HEARTH_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Records are sensitive: anything this process creates is owner-only. */
  umask (077);

  app = hearth_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
