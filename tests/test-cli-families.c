/* test-cli-families.c
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
#include <string.h>

#include "hearth-test-tmpdir.h"
#include "store/hearth-store.h"

/* 2025-03-14T10:30:00Z */
#define A_VISIT_TIME G_GINT64_CONSTANT (1741948200)

typedef struct
{
  char *dir;
  char *path;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_free (result->out);
  g_free (result->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs hearth-cli with ARGS… and collects its exit status and output. */
static void
run_cli (Result     *result,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("HEARTH_CLI");
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* Visit times print in local time: fix the zone. */
  g_subprocess_launcher_setenv (launcher, "TZ", "UTC", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (child, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  result->status = g_subprocess_get_exit_status (child);
}

static void
fill_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = hearth_store_open (path, &error);
  g_autoptr(HearthFamily) oakfoot = hearth_family_new ("HX-2025-0002", "Oakfoot household");
  g_autoptr(HearthFamily) thistle = hearth_family_new ("HX-2025-0001", "Thistledown household");
  g_autoptr(HearthFamily) closed = hearth_family_new ("HX-2019-0420", "Closed case household");
  g_autoptr(HearthPerson) bramble = hearth_person_new_child ("Bramble Oakfoot", "2014-02-28");
  g_autoptr(HearthPerson) pip = hearth_person_new_child ("Pip Oakfoot", "2019-09-09");
  g_autoptr(HearthPerson) mum = hearth_person_new_adult ("Hazel Oakfoot", HEARTH_ADULT_ROLE_PARENT, TRUE);
  g_autoptr(HearthPerson) partner = hearth_person_new_adult ("Testy McTestface",
                                                             HEARTH_ADULT_ROLE_PARTNER, FALSE);
  g_autoptr(HearthVisit) visit = NULL;
  g_autoptr(HearthAssessment) screening = NULL;
  g_autoptr(HearthAssessment) home = NULL;
  g_autoptr(HearthPeriod) period = NULL;

  g_assert_no_error (error);
  g_assert_true (hearth_store_save_family (store, oakfoot, &error));
  g_assert_true (hearth_store_save_family (store, thistle, &error));
  g_assert_true (hearth_store_save_family (store, closed, &error));
  g_assert_true (hearth_store_archive_family (store, closed->id, TRUE, &error));

  bramble->family_id = pip->family_id = mum->family_id = partner->family_id = oakfoot->id;
  bramble->sex = HEARTH_SEX_FEMALE;
  bramble->send = TRUE;
  pip->sex = HEARTH_SEX_MALE;
  g_assert_true (hearth_store_save_person (store, bramble, &error));
  g_assert_true (hearth_store_save_person (store, pip, &error));
  g_assert_true (hearth_store_save_person (store, mum, &error));
  g_assert_true (hearth_store_save_person (store, partner, &error));

  visit = hearth_visit_new (oakfoot->id, A_VISIT_TIME, "Jo Practitioner");
  hearth_visit_set_child (visit, bramble->id, TRUE, TRUE);
  hearth_visit_set_child (visit, pip->id, TRUE, FALSE);
  g_assert_true (hearth_store_save_visit (store, visit, &error));

  screening = hearth_assessment_new (oakfoot->id, HEARTH_ASSESSMENT_SCOPE_CHILD, bramble->id,
                                     "neglect-screening", "1");
  g_assert_true (hearth_store_save_assessment (store, screening, &error));
  g_assert_true (hearth_store_finalise_assessment (store, screening->id, &error));
  home = hearth_assessment_new (oakfoot->id, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD, 0, "home-conditions", "1");
  g_assert_true (hearth_store_save_assessment (store, home, &error));

  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(HearthEvent) event = hearth_event_new (oakfoot->id, "2024-10-01",
                                                       HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT,
                                                       "Health visitor", "Missed appointment.");

      g_assert_true (hearth_store_save_event (store, event, &error));
    }

  period = hearth_period_new (oakfoot->id, bramble->id, HEARTH_PERIOD_KIND_CHILD_PROTECTION,
                              "2024-02-01", NULL);
  g_assert_true (hearth_store_save_period (store, period, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = hearth_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fill_database (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
test_families (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_auto(Result) all = { 0 };

  run_cli (&result, "--database", fixture->path, "families", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpstr (result.out, ==,
                   "HX-2025-0001\tThistledown household\n"
                   "HX-2025-0002\tOakfoot household\n");

  run_cli (&all, "--database", fixture->path, "families", "--all", NULL);
  g_assert_cmpint (all.status, ==, 0);
  g_assert_cmpstr (all.out, ==,
                   "HX-2019-0420\tClosed case household\n"
                   "HX-2025-0001\tThistledown household\n"
                   "HX-2025-0002\tOakfoot household\n");
}

static void
test_family (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *bramble_line = NULL;
  int age;

  run_cli (&result, "--database", fixture->path, "family", "HX-2025-0002", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");

  /* Bramble's age depends on today's date: compute it the same way. */
  {
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

    age = g_date_time_get_year (now) - 2014 - (strcmp (today + 5, "02-28") < 0 ? 1 : 0);
  }
  bramble_line = g_strdup_printf ("  Bramble Oakfoot\tborn 2014-02-28\tage %d\tfemale\tSEND\n", age);

  g_assert_true (g_str_has_prefix (result.out,
                                   "Case reference: HX-2025-0002\n"
                                   "Name: Oakfoot household\n"
                                   "Archived: no\n"));
  g_assert_nonnull (strstr (result.out, "\nChildren: 2\n"));
  g_assert_nonnull (strstr (result.out, bramble_line));
  g_assert_nonnull (strstr (result.out, "  Pip Oakfoot\tborn 2019-09-09\tage "));
  g_assert_nonnull (strstr (result.out, "\nAdults: 2\n"
                                        "  Hazel Oakfoot\tparent\tlives in the home\n"
                                        "  Testy McTestface\tpartner\tdoes not live in the home\n"));
  g_assert_nonnull (strstr (result.out, "\nVisits: 1\n"
                                        "  2025-03-14 10:30\tJo Practitioner\tunannounced\t"
                                        "children seen 2 of 2, alone 1\n"));
  g_assert_nonnull (strstr (result.out, "\nAssessments: 2\n"));
  g_assert_nonnull (strstr (result.out, "\tfinal\tneglect-screening 1\tBramble Oakfoot\n"));
  g_assert_nonnull (strstr (result.out, "\tdraft\thome-conditions 1\thousehold\n"));
  g_assert_nonnull (strstr (result.out, "\nEvents: 7\n"));
  g_assert_nonnull (strstr (result.out, "\nPeriods: 1\n"
                                        "  Bramble Oakfoot\tchild-protection\t2024-02-01 to open\n"));
}

static void
test_family_archived_and_empty (Fixture       *fixture,
                                gconstpointer  data)
{
  g_auto(Result) result = { 0 };

  run_cli (&result, "--database", fixture->path, "family", "HX-2019-0420", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==,
                   "Case reference: HX-2019-0420\n"
                   "Name: Closed case household\n"
                   "Archived: yes\n"
                   "\nChildren: 0\n"
                   "\nAdults: 0\n"
                   "\nVisits: 0\n"
                   "\nAssessments: 0\n"
                   "\nEvents: 0\n"
                   "\nPeriods: 0\n");
}

static void
test_unknown_reference (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autofree char *before = hearth_test_checksum_file (fixture->path);
  g_autofree char *after = NULL;

  run_cli (&result, "--database", fixture->path, "family", "HX-NOPE", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpstr (result.err, ==, "hearth-cli: No family has the case reference “HX-NOPE”.\n");

  after = hearth_test_checksum_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const cases[][3] = {
    { "family", NULL, NULL },
    { "family", "HX-1", "HX-2" },
    { "family", "", NULL },
    { "families", "--archived", NULL },
    { "families", "HX-1", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) result = { 0 };

      run_cli (&result, "--database", fixture->path, cases[i][0], cases[i][1], cases[i][2], NULL);
      g_test_message ("case %u: %s", i, result.err);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_true (g_str_has_prefix (result.err, "hearth-cli: "));
    }
}

static void
test_missing_or_bad_database (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autofree char *notes = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_auto(Result) result = { 0 };
  g_auto(Result) bad = { 0 };
  g_autoptr(GError) error = NULL;

  /* Reading never creates a database. */
  run_cli (&result, "--database", missing, "families", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_true (g_str_has_prefix (result.err, "hearth-cli: "));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_file_set_contents (notes, "not a database\n", -1, &error);
  g_assert_no_error (error);
  run_cli (&bad, "--database", notes, "family", "HX-1", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpstr (bad.err, ==, "hearth-cli: The file is not a Hearth database; it was not changed.\n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/families/list", test_families);
  ADD ("/cli/family/show", test_family);
  ADD ("/cli/family/archived-and-empty", test_family_archived_and_empty);
  ADD ("/cli/family/unknown-reference", test_unknown_reference);
  ADD ("/cli/families/usage-errors", test_usage_errors);
  ADD ("/cli/families/missing-or-bad-database", test_missing_or_bad_database);

#undef ADD

  return g_test_run ();
}
