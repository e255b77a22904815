/* bench-upgrade.c
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

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "store/hearth-store-private.h"

/*
 * bench-upgrade GENERATOR DATABASE RESULTS [ROUNDS]
 *
 * Times the first open, by this Hearth, of a large database written at
 * schema version 2 (made by `GENERATOR --schema-version 2 DATABASE` when
 * missing): 10,000 families, 1,000,000 events, about 1.15 million audit
 * rows, every one of which the version 3 step hashes into the chain.
 *
 * Each round copies DATABASE beside itself and opens the copy, so every
 * round upgrades the same version 2 file; the copy has just been written,
 * so its pages are in the kernel's cache, as a database in daily use is.
 * Wall time and the process's CPU time (steadier on a busy machine) are
 * medians over the rounds; the load average is printed beside them.
 */

#define DEFAULT_ROUNDS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *
read_load (void)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    return g_strdup ("?");
  fields = g_strsplit (contents, " ", 4);
  return g_strjoin (" ", fields[0], fields[1], fields[2], NULL);
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

static void
copy_database (const char *from,
               const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  remove_database (to);
  if (!g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    g_error ("Could not copy the database: %s", error->message);
  g_chmod (to, 0600);
}

static gint64
count_rows (HearthStore *store,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
ensure_database (const char *generator,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { generator, "--schema-version", "2", path, NULL };
  int status = 0;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return;

  fprintf (stderr, "bench-upgrade: generating %s (a few minutes, once)\n", path);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("bench-generate failed: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) walls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) table = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *load_before = NULL;
  g_autofree char *load_after = NULL;
  gint64 n_audit = 0;
  guint rounds = DEFAULT_ROUNDS;

  setlocale (LC_ALL, "C.UTF-8");

  if (argc != 4 && argc != 5)
    {
      fprintf (stderr, "Usage: bench-upgrade GENERATOR DATABASE RESULTS [ROUNDS]\n");
      return 2;
    }
  if (argc == 5)
    rounds = MAX (1, atoi (argv[4]));

  ensure_database (argv[1], argv[2]);
  copy = g_strconcat (argv[2], ".upgrading", NULL);
  load_before = read_load ();

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(HearthStore) store = NULL;
      double wall, cpu;

      copy_database (argv[2], copy);

      /* Close included: the commit's checkpoint is part of the wait. */
      wall = g_get_monotonic_time () / 1e6;
      cpu = cpu_seconds ();
      store = hearth_store_open (copy, &error);
      if (store == NULL)
        g_error ("The upgrade failed: %s", error->message);
      g_assert_cmpint (hearth_store_get_schema_version (store), ==, HEARTH_STORE_SCHEMA_VERSION);
      n_audit = count_rows (store, "SELECT count(*) FROM audit");
      g_clear_object (&store);
      wall = g_get_monotonic_time () / 1e6 - wall;
      cpu = cpu_seconds () - cpu;

      g_array_append_val (walls, wall);
      g_array_append_val (cpus, cpu);
      fprintf (stderr, "bench-upgrade: round %u: %.2f s wall, %.2f s CPU\n", round + 1, wall, cpu);
    }

  remove_database (copy);
  load_after = read_load ();

  g_string_append_printf (table,
                          "Hearth schema upgrade benchmark: the first open of a version 2 database\n"
                          "Database: synthetic (bench-generate --schema-version 2), %" G_GINT64_FORMAT
                          " audit rows; SQLite %s\n"
                          "%u rounds, medians; load average before and after: %s / %s\n\n"
                          "open and upgrade to version %d    wall %.2f s    CPU %.2f s\n",
                          n_audit, sqlite3_libversion (), rounds, load_before, load_after,
                          HEARTH_STORE_SCHEMA_VERSION, median (walls), median (cpus));

  fputs (table->str, stdout);
  if (!g_file_set_contents (argv[3], table->str, -1, &error))
    g_error ("Could not write the results: %s", error->message);

  return 0;
}
