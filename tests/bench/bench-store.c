/* bench-store.c
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
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "store/hearth-store-private.h"

#include "bench-stats.h"

/*
 * bench-store GENERATOR SQLITE3 DATABASE RESULTS AUDIT-HASH-EXTENSION
 *
 * Times the store on a large synthetic database (made by GENERATOR when
 * DATABASE is missing) beside the sqlite3 shell running the same SQL on the
 * same file, and writes a small table to RESULTS.
 *
 * The shell is timed as a spawned process: each script runs its statements
 * REPEAT times, and the same script without them is the baseline, so
 * process start-up cancels out: shell time = (script - baseline) / REPEAT.
 * Each wall time is the median of several runs. The store and the shell
 * are measured one after the other in each of several rounds; each figure
 * is the median over the rounds, and the ratio is the median of the
 * per-round ratios, so a slow moment of the disk favours neither side.
 */

#define REPEAT   200
#define RUNS     5
#define ROUNDS   5
#define BIG_REF  "BENCH-00001"

/* What hearth_store_open() runs on an existing, current database. */
#define OPEN_SQL \
  "PRAGMA foreign_keys = ON;\n" \
  "SELECT (SELECT user_version FROM pragma_user_version)," \
  " (SELECT application_id FROM pragma_application_id)," \
  " (SELECT count(*) FROM sqlite_master);\n" \
  "PRAGMA journal_mode = WAL;\n" \
  "PRAGMA synchronous = FULL;\n"

typedef struct
{
  double mean_ms;
  double median_ms;
} Timing;

static Timing
summarise (GArray *samples_ms)
{
  Timing timing = { 0, 0 };

  for (guint i = 0; i < samples_ms->len; i++)
    timing.mean_ms += g_array_index (samples_ms, double, i);
  timing.mean_ms /= samples_ms->len;
  timing.median_ms = bench_median (samples_ms);

  return timing;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Median wall time, in ms, of the shell running @script on stdin. */
static double
time_shell (const char *sqlite3,
            const char *script)
{
  g_autoptr(GArray) walls = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GSubprocess) shell = NULL;
      g_autoptr(GBytes) input = g_bytes_new (script, strlen (script));
      g_autoptr(GBytes) output = NULL;
      g_autoptr(GError) error = NULL;
      double start = now_ms (), wall;

      shell = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                &error, sqlite3, "-batch", "-bail", NULL);
      g_assert_no_error (error);
      g_subprocess_communicate (shell, input, NULL, &output, NULL, &error);
      g_assert_no_error (error);
      wall = now_ms () - start;

      g_assert_true (g_subprocess_get_if_exited (shell));
      g_assert_cmpint (g_subprocess_get_exit_status (shell), ==, 0);
      g_array_append_val (walls, wall);
    }

  return bench_median (walls);
}

/* Per-repetition shell time of @body after @setup, less the baseline. */
static double
time_shell_body (const char *sqlite3,
                 const char *setup,
                 const char *body)
{
  g_autoptr(GString) script = g_string_new (setup);
  double with_body, baseline;

  baseline = time_shell (sqlite3, setup);
  for (guint i = 0; i < REPEAT; i++)
    g_string_append (script, body);
  with_body = time_shell (sqlite3, script->str);

  return (with_body - baseline) / REPEAT;
}

/* Per-open shell time: .open alone does not read the file; followed by
 * the statements hearth_store_open() runs, it does. The next .open closes
 * the connection, as g_object_unref() does in time_open(). */
static double
time_shell_open (const char *sqlite3,
                 const char *path)
{
  g_autofree char *open_body = g_strdup_printf (".open %s\n" OPEN_SQL, path);
  g_autofree char *open_baseline = g_strdup_printf (".open %s\n", path);
  g_autoptr(GString) with_body = g_string_new (".output /dev/null\n");
  g_autoptr(GString) baseline = g_string_new (".output /dev/null\n");

  for (guint i = 0; i < REPEAT; i++)
    {
      g_string_append (with_body, open_body);
      g_string_append (baseline, open_baseline);
    }

  return (time_shell (sqlite3, with_body->str) - time_shell (sqlite3, baseline->str)) / REPEAT;
}

static void
check_scale (HearthStore *store)
{
  static const struct
  {
    const char *sql;
    gint64      expected;
  } counts[] = {
    { "SELECT count(*) FROM families", 10000 },
    { "SELECT count(*) FROM events", 1000000 },
    { "SELECT count(*) FROM assessments", 100000 },
    { "SELECT count(*) FROM responses", 2000000 },
    { "SELECT count(*) FROM events WHERE family_id ="
      " (SELECT id FROM families WHERE case_reference = '" BIG_REF "')", 2000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (store->db, counts[i].sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, counts[i].expected);
      sqlite3_finalize (stmt);
    }
}

static Timing
time_open (const char *path)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < REPEAT; i++)
    {
      g_autoptr(GError) error = NULL;
      HearthStore *store;
      double start = now_ms (), elapsed;

      store = hearth_store_open (path, &error);
      g_assert_no_error (error);
      g_object_unref (store);
      elapsed = now_ms () - start;
      g_array_append_val (samples, elapsed);
    }

  return summarise (samples);
}

static Timing
time_load_family (HearthStore *store)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < REPEAT; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HearthFamily) family = NULL;
      g_autoptr(GPtrArray) people = NULL;
      g_autoptr(GPtrArray) events = NULL;
      double start = now_ms (), elapsed;

      /* What the family page needs: the family, its people, its chronology. */
      family = hearth_store_load_family_by_reference (store, BIG_REF, &error);
      g_assert_no_error (error);
      people = hearth_store_list_people (store, family->id, &error);
      g_assert_no_error (error);
      events = hearth_store_list_events (store, family->id, &error);
      g_assert_no_error (error);
      elapsed = now_ms () - start;

      g_assert_cmpuint (events->len, ==, 2000);
      g_array_append_val (samples, elapsed);
    }

  return summarise (samples);
}

static gint64
find_draft (HearthStore *store,
            gint64      *family_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) family = hearth_store_load_family_by_reference (store, BIG_REF, &error);
  g_autoptr(GPtrArray) assessments = hearth_store_list_assessments (store, family->id, &error);

  g_assert_no_error (error);
  *family_id = family->id;
  for (guint i = 0; i < assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (assessments, i);

      if (hearth_assessment_is_editable (assessment))
        return assessment->id;
    }

  g_assert_not_reached ();
  return 0;
}

static Timing
time_save_response (HearthStore *store,
                    gint64       assessment_id)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < REPEAT; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HearthResponse) response = hearth_response_new ("item-01");
      double start, elapsed;

      response->level = (int) (i % 5) + 1;
      response->note = g_strdup ("Autosaved while typing.");
      start = now_ms ();
      g_assert_true (hearth_store_save_response (store, assessment_id, response, &error));
      elapsed = now_ms () - start;
      g_assert_no_error (error);
      g_array_append_val (samples, elapsed);
    }

  return summarise (samples);
}

static void
add_row (GString    *table,
         const char *operation,
         Timing      hearth,
         double      shell_ms,
         double      ratio,
         const char *target)
{
  g_string_append_printf (table, "%-36s %10.3f %10.3f %12.3f %8.2f   %s\n", operation, hearth.mean_ms,
                          hearth.median_ms, shell_ms, ratio, target);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GString) table = g_string_new (NULL);
  g_autofree char *generated_path = NULL;
  g_autofree char *setup = NULL;
  g_autofree char *load_sql = NULL;
  g_autofree char *save_sql = NULL;
  g_autoptr(GArray) open_means = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_means = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_means = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shell_opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shell_loads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shell_saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_ratios = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_ratios = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_ratios = g_array_new (FALSE, FALSE, sizeof (double));
  Timing open_timing, load_timing, save_timing;
  double shell_open, shell_load, shell_save, generate_s = 0;
  double open_ratio, load_ratio, save_ratio;
  gint64 family_id, draft_id;

  setlocale (LC_ALL, "C.UTF-8");

  if (argc != 6)
    {
      fprintf (stderr, "Usage: bench-store GENERATOR SQLITE3 DATABASE RESULTS AUDIT-HASH-EXTENSION\n");
      return 2;
    }

  generated_path = g_strconcat (argv[3], ".generate-seconds", NULL);
  if (!g_file_test (argv[3], G_FILE_TEST_EXISTS))
    {
      g_autoptr(GSubprocess) generator = NULL;
      double start = now_ms ();

      generator = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, argv[1], argv[3], NULL);
      g_assert_no_error (error);
      g_subprocess_wait_check (generator, NULL, &error);
      g_assert_no_error (error);
      generate_s = (now_ms () - start) / 1000.0;

      /* Kept beside the database, so later runs can still report it. */
      {
        g_autofree char *seconds = g_strdup_printf ("%.1f\n", generate_s);

        g_file_set_contents (generated_path, seconds, -1, &error);
        g_assert_no_error (error);
      }
    }
  else
    {
      g_autofree char *seconds = NULL;

      if (g_file_get_contents (generated_path, &seconds, NULL, NULL))
        generate_s = g_ascii_strtod (seconds, NULL);
    }

  store = hearth_store_open (argv[3], &error);
  g_assert_no_error (error);
  check_scale (store);
  draft_id = find_draft (store, &family_id);
  g_clear_object (&store);

  /* The shell appends audit rows through the store's own hash function,
   * loaded as an extension, so its save does the store's work. */
  setup = g_strdup_printf (".output /dev/null\n.open %s\n.load %s\n" OPEN_SQL, argv[3], argv[5]);
  load_sql = g_strdup_printf (
    "SELECT id, case_reference, display_name, created_at, updated_at, archived FROM families"
    " WHERE case_reference = '" BIG_REF "';\n"
    "SELECT id, family_id, kind, name, date_of_birth, sex, send, role, lives_in_home, created_at,"
    " updated_at FROM people WHERE family_id = %" G_GINT64_FORMAT
    " ORDER BY kind <> 'child', CASE WHEN kind = 'child' THEN date_of_birth END, id;\n"
    "SELECT id, family_id, event_date, precision, category, source_agency, what_happened, impact,"
    " impact_text, action_taken, analysis, significance, visit_id, assessment_id, created_at,"
    " updated_at FROM events WHERE family_id = %" G_GINT64_FORMAT " ORDER BY event_date, id;\n"
    "SELECT c.event_id, c.person_id FROM events e JOIN event_children c ON c.event_id = e.id"
    " WHERE e.family_id = %" G_GINT64_FORMAT " ORDER BY c.event_id, c.position;\n",
    family_id, family_id, family_id);

  /* hearth_store_save_response() is one transaction of these statements. */
  save_sql = g_strdup_printf (
    "BEGIN IMMEDIATE;\n"
    "SELECT status, family_id, supersedes_id FROM assessments WHERE id = %1$" G_GINT64_FORMAT ";\n"
    "INSERT INTO responses (assessment_id, item_id, level, not_known, note, value)"
    " VALUES (%1$" G_GINT64_FORMAT ", 'item-01', abs (random ()) %% 5 + 1, 0,"
    " 'Autosaved while typing.', NULL)"
    " ON CONFLICT (assessment_id, item_id) DO UPDATE SET level = excluded.level,"
    " not_known = excluded.not_known, note = excluded.note, value = excluded.value;\n"
    "UPDATE assessments SET updated_at = strftime('%%s') WHERE id = %1$" G_GINT64_FORMAT ";\n"
    "INSERT INTO audit (at, actor, family_id, entity_type, entity_id, action, summary)"
    " VALUES (strftime('%%s'), 'bench', %2$" G_GINT64_FORMAT ", 'assessment', %1$" G_GINT64_FORMAT ","
    " 'update', 'Saved a response');\n"
    "COMMIT;\n",
    draft_id, family_id);

  for (guint round = 0; round < ROUNDS; round++)
    {
      Timing timing;
      double value;

      /* The store, in process. */
      timing = time_open (argv[3]);
      g_array_append_val (open_means, timing.mean_ms);
      g_array_append_val (open_medians, timing.median_ms);

      store = hearth_store_open (argv[3], &error);
      g_assert_no_error (error);
      timing = time_load_family (store);
      g_array_append_val (load_means, timing.mean_ms);
      g_array_append_val (load_medians, timing.median_ms);
      timing = time_save_response (store, draft_id);
      g_array_append_val (save_means, timing.mean_ms);
      g_array_append_val (save_medians, timing.median_ms);
      g_clear_object (&store);

      /* The shell, on the same file and the same SQL. */
      value = time_shell_open (argv[2], argv[3]);
      g_array_append_val (shell_opens, value);
      value = g_array_index (open_means, double, round) / value;
      g_array_append_val (open_ratios, value);
      value = time_shell_body (argv[2], setup, load_sql);
      g_array_append_val (shell_loads, value);
      value = g_array_index (load_means, double, round) / value;
      g_array_append_val (load_ratios, value);
      value = time_shell_body (argv[2], setup, save_sql);
      g_array_append_val (shell_saves, value);
      value = g_array_index (save_means, double, round) / value;
      g_array_append_val (save_ratios, value);
    }

  open_timing.mean_ms = bench_median (open_means);
  open_timing.median_ms = bench_median (open_medians);
  load_timing.mean_ms = bench_median (load_means);
  load_timing.median_ms = bench_median (load_medians);
  save_timing.mean_ms = bench_median (save_means);
  save_timing.median_ms = bench_median (save_medians);
  shell_open = bench_median (shell_opens);
  shell_load = bench_median (shell_loads);
  shell_save = bench_median (shell_saves);
  open_ratio = bench_median (open_ratios);
  load_ratio = bench_median (load_ratios);
  save_ratio = bench_median (save_ratios);

  g_string_append_printf (table, "Hearth store benchmark: 10,000 families, 1,000,000 events, "
                                 "100,000 assessments (2,000,000 responses)\n");
  if (generate_s > 0)
    g_string_append_printf (table, "Database generated (by bench-generate, through the store) in %.1f s\n",
                            generate_s);
  g_string_append_printf (table, "Each figure: median of %d alternating rounds of %d repetitions;\n"
                                 "shell = sqlite3 %s on the same file running the same SQL\n\n",
                          ROUNDS, REPEAT, sqlite3_libversion ());
  g_string_append_printf (table, "%-36s %10s %10s %12s %8s   %s\n", "operation", "mean ms", "median ms",
                          "sqlite3 ms", "ratio", "target");
  add_row (table, "open and close the database", open_timing, shell_open, open_ratio, "");
  add_row (table, "load family (2,000 events + people)", load_timing, shell_load, load_ratio,
           "< 20 ms, ratio <= 1.5");
  add_row (table, "save one response (durable)", save_timing, shell_save, save_ratio, "ratio <= 1.5");
  g_string_append_printf (table, "\nratio = median over the rounds of (store mean / shell), paired round by "
                                 "round; the\nshell prints every row as text, the store builds structs.\n");
  g_string_append_printf (table, "Load target met: %s; within 1.5x: load %s, save %s\n",
                          load_timing.mean_ms < 20 ? "yes" : "NO",
                          load_ratio <= 1.5 ? "yes" : "NO",
                          save_ratio <= 1.5 ? "yes" : "NO");

  fputs (table->str, stdout);
  if (!g_file_set_contents (argv[4], table->str, -1, &error))
    {
      fprintf (stderr, "bench-store: %s\n", error->message);
      return 1;
    }

  /* A missed target fails the benchmark. */
  return load_timing.mean_ms < 20 && load_ratio <= 1.5 && save_ratio <= 1.5 ? 0 : 1;
}
