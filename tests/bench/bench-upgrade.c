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

#include "bench-stats.h"

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
 *
 * Beside each synchronous upgrade (hearth_store_open(), as hearth-cli
 * does it), a round times:
 *  - the verification of the new chain (hearth_store_verify_audit()),
 *    which reads and hashes every row as the upgrade must, but writes
 *    nothing: the floor any upgrade stands on;
 *  - the upgrade as the GUI runs it (hearth_store_open_async()), with the
 *    longest the main loop went without running meanwhile: the window
 *    must go on drawing.
 *
 * Targets (a miss fails the benchmark): the upgrade within 4x the
 * verification, and no main-loop stall over 500 ms, where the synchronous
 * upgrade held the main loop for the whole upgrade (on a busy two-core
 * machine the worker and other processes can keep the main thread off the
 * CPU for a fifth of a second now and then).
 */

#define DEFAULT_ROUNDS 5
#define TARGET_RATIO   4.0
#define TARGET_STALL_S 0.5

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

typedef struct
{
  GAsyncResult *result;
  gint64        last_tick_us;
  gint64        longest_stall_us;
  guint         n_progress;
} AsyncRun;

static gboolean
tick_cb (gpointer user_data)
{
  AsyncRun *run = user_data;
  gint64 now = g_get_monotonic_time ();

  run->longest_stall_us = MAX (run->longest_stall_us, now - run->last_tick_us);
  run->last_tick_us = now;
  return G_SOURCE_CONTINUE;
}

static void
progress_cb (gint64   done,
             gint64   total,
             gpointer user_data)
{
  AsyncRun *run = user_data;

  run->n_progress++;
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->result = g_object_ref (result);
}

/* Upgrades @path through the worker thread while this thread's main loop
 * ticks every 5 ms; returns the wall time, and the longest gap between
 * ticks in @stall_s. */
static double
time_async_upgrade (const char *path,
                    double     *stall_s,
                    guint      *n_progress)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  AsyncRun run = { NULL };
  double wall = g_get_monotonic_time () / 1e6;
  guint tick;

  run.last_tick_us = g_get_monotonic_time ();
  tick = g_timeout_add (5, tick_cb, &run);
  hearth_store_open_async (path, progress_cb, &run, NULL, opened_cb, &run);
  while (run.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  tick_cb (&run);
  g_source_remove (tick);

  store = hearth_store_open_finish (run.result, &error);
  g_clear_object (&run.result);
  if (store == NULL)
    g_error ("The upgrade failed: %s", error->message);
  g_clear_object (&store);
  wall = g_get_monotonic_time () / 1e6 - wall;

  *stall_s = run.longest_stall_us / 1e6;
  *n_progress = run.n_progress;
  return wall;
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
  g_autoptr(GArray) verify_walls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) async_walls = g_array_new (FALSE, FALSE, sizeof (double));
  double longest_stall = 0, ratio;
  guint n_progress = 0;
  gboolean met;
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
      double wall, cpu, verify, async_wall, stall, round_ratio;
      gint64 n_entries = 0;

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

      store = hearth_store_open (copy, &error);
      g_assert_no_error (error);
      verify = g_get_monotonic_time () / 1e6;
      if (!hearth_store_verify_audit (store, &n_entries, NULL, &error))
        g_error ("The upgraded chain does not verify: %s", error->message);
      verify = g_get_monotonic_time () / 1e6 - verify;
      g_assert_cmpint (n_entries, ==, n_audit);
      g_clear_object (&store);

      copy_database (argv[2], copy);
      async_wall = time_async_upgrade (copy, &stall, &n_progress);
      longest_stall = MAX (longest_stall, stall);

      round_ratio = wall / verify;
      g_array_append_val (walls, wall);
      g_array_append_val (cpus, cpu);
      g_array_append_val (verify_walls, verify);
      g_array_append_val (ratios, round_ratio);
      g_array_append_val (async_walls, async_wall);
      fprintf (stderr, "bench-upgrade: round %u: %.2f s wall, %.2f s CPU; verification %.2f s;"
               " in the worker %.2f s, main loop stalled %.0f ms at most, %u progress reports\n",
               round + 1, wall, cpu, verify, async_wall, stall * 1000, n_progress);
    }

  remove_database (copy);
  load_after = read_load ();

  ratio = bench_median (ratios);
  met = ratio <= TARGET_RATIO && longest_stall <= TARGET_STALL_S;
  g_string_append_printf (table,
                          "Hearth schema upgrade benchmark: the first open of a version 2 database\n"
                          "Database: synthetic (bench-generate --schema-version 2), %" G_GINT64_FORMAT
                          " audit rows; SQLite %s\n"
                          "%u rounds, medians; load average before and after: %s / %s\n\n"
                          "open and upgrade to version %d (hearth_store_open)    wall %.2f s    CPU %.2f s\n"
                          "verify the new chain (the floor: read and hash)       wall %.2f s\n"
                          "upgrade / verification                               %.2f (target <= %.1f)\n"
                          "upgrade in the worker thread (hearth_store_open_async) wall %.2f s\n"
                          "longest main-loop stall meanwhile, any round          %.0f ms (target <= %.0f)\n"
                          "\nTargets met: %s\n",
                          n_audit, sqlite3_libversion (), rounds, load_before, load_after,
                          HEARTH_STORE_SCHEMA_VERSION, bench_median (walls), bench_median (cpus),
                          bench_median (verify_walls), ratio, TARGET_RATIO, bench_median (async_walls),
                          longest_stall * 1000, TARGET_STALL_S * 1000, met ? "yes" : "NO");

  fputs (table->str, stdout);
  if (!g_file_set_contents (argv[3], table->str, -1, &error))
    g_error ("Could not write the results: %s", error->message);

  /* A missed target fails the benchmark. */
  return met ? 0 : 1;
}
