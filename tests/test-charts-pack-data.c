/* test-charts-pack-data.c — supervision packs of stored families
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
#include <string.h>
#include <sys/stat.h>

#include "charts/data/hearth-pack-load.h"
#include "store/hearth-store-exchange.h"

#include "hearth-test-chart-family.h"
#include "hearth-test-pack.h"
#include "hearth-test-tmpdir.h"

/* A family stored through the store's API, and the largest family of the
 * training set, each made into a pack through the same path as the
 * window and hearth-cli, then read back by poppler. Run with TZ=UTC. */

#define REFERENCE "HTP-2024-0101"
#define N_IN_PERIOD 120
#define N_LONG_WORDS 900

static const char * const headings[] = {
  "Signals of drift and cumulative harm",
  "Timeline and comparison charts",
  "Chronology",
  "Latest neglect screening of each child",
  "Latest home conditions",
  "Supervision records",
  NULL,
};

static const char * const chronology_header[] = {
  "Date", "Source", "What happened", "Impact on the child", "Action", NULL,
};

typedef struct
{
  char                     *dir;
  char                     *path;
  HearthStore              *store;
  HearthInstrumentRegistry *registry;
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
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
set_field (HearthAssessment *assessment,
           const char       *item_id,
           const char       *value)
{
  g_autoptr(HearthResponse) response = hearth_response_new (item_id);

  response->value = g_strdup (value);
  hearth_assessment_set_response (assessment, response);
}

static void
add_screening (Fixture *fixture,
               gint64   family_id,
               gint64   child_id,
               gint64   visit_id,
               guint    seed,
               const char *voice)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthInstrument) instrument
      = hearth_instrument_registry_lookup (fixture->registry, "neglect-screening", 0, &error);
  g_autofree char *version = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;

  g_assert_no_error (error);
  version = g_strdup_printf ("%d", hearth_instrument_get_version (instrument));
  assessment = hearth_assessment_new (family_id, HEARTH_ASSESSMENT_SCOPE_CHILD, child_id,
                                      "neglect-screening", version);
  assessment->visit_id = visit_id;
  hearth_test_chart_rate (assessment, instrument, seed, NULL, 0);
  set_field (assessment, "child-seen", "true");
  set_field (assessment, "child-seen-alone", "true");
  set_field (assessment, "child-voice", voice);
  set_field (assessment, "analysis", "Breakfast is still missed on school days.");
  set_field (assessment, "decision", "3");
  set_field (assessment, "decision-reason", "The pattern over the year matters more.");
  g_assert_true (hearth_store_save_assessment (fixture->store, assessment, &error));
  g_assert_true (hearth_store_finalise_assessment (fixture->store, assessment->id, &error));
  g_assert_no_error (error);
}

static void
add_event (Fixture             *fixture,
           gint64               family_id,
           const char          *date,
           HearthEventCategory  category,
           gint64               child_id,
           const char          *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthEvent) event = hearth_event_new (family_id, date, category, "Health visitor",
                                                   what);

  event->impact = HEARTH_EVENT_IMPACT_NEGATIVE;
  event->impact_text = g_strdup ("Bramble went to school hungry.");
  event->action_taken = g_strdup ("Discussed with the family.");
  event->significance = HEARTH_SIGNIFICANCE_MEDIUM;
  if (child_id != 0)
    hearth_event_add_child (event, child_id);
  g_assert_true (hearth_store_save_event (fixture->store, event, &error));
  g_assert_no_error (error);
}

static void
fill_family (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new (REFERENCE, "The Oakfoot family");
  g_autoptr(HearthPerson) bramble = hearth_person_new_child ("Bramble Oakfoot", "2014-05-03");
  g_autoptr(HearthPerson) pip = hearth_person_new_child ("Pip Oakfoot", "2019-02-11");
  g_autoptr(HearthPerson) rowan
      = hearth_person_new_adult ("Rowan Oakfoot", HEARTH_ADULT_ROLE_PARENT, TRUE);
  g_autoptr(HearthPerson) alder
      = hearth_person_new_adult ("Alder Quickfoot", HEARTH_ADULT_ROLE_PARTNER, FALSE);
  g_autoptr(HearthInstrument) home = NULL;
  g_autoptr(HearthSupervision) supervision = NULL;
  g_autofree char *long_text = hearth_test_pack_numbered_text ("lw", N_LONG_WORDS);
  g_autofree char *long_what = g_strconcat ("Bramble told the teacher: ", long_text, NULL);
  gint64 first_visit, last_visit;

  g_assert_true (hearth_store_save_family (fixture->store, family, &error));
  bramble->family_id = pip->family_id = rowan->family_id = alder->family_id = family->id;
  g_assert_true (hearth_store_save_person (fixture->store, bramble, &error));
  g_assert_true (hearth_store_save_person (fixture->store, pip, &error));
  g_assert_true (hearth_store_save_person (fixture->store, rowan, &error));
  g_assert_true (hearth_store_save_person (fixture->store, alder, &error));
  g_assert_no_error (error);

  /* Outside the period on both sides: left out of the pack. */
  add_event (fixture, family->id, "2022-06-01", HEARTH_EVENT_CATEGORY_REFERRAL, 0,
             "Long before the period.");
  add_event (fixture, family->id, "2025-01-10", HEARTH_EVENT_CATEGORY_POLICE, 0,
             "After the period.");

  for (guint i = 0; i < N_IN_PERIOD - 1; i++)
    {
      g_autofree char *date = g_strdup_printf ("%d-%02d-%02d", 2023 + (int) (i / 60),
                                               1 + (int) (i % 60) / 6, 1 + (int) (i % 6) * 4);
      g_autofree char *what = g_strdup_printf ("Event %u of the chronology, recorded in full.",
                                               i + 1);

      add_event (fixture, family->id, date,
                 (i % 3) == 0 ? HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT
                              : HEARTH_EVENT_CATEGORY_HEALTH,
                 (i % 2) == 0 ? bramble->id : 0, what);
    }
  /* Taller than a page in its column: it goes on over pages. */
  add_event (fixture, family->id, "2023-06-12", HEARTH_EVENT_CATEGORY_EDUCATION, bramble->id,
             long_what);

  first_visit = hearth_test_chart_add_visit (fixture->store, family->id, "2023-03-14", bramble->id,
                                             pip->id);
  last_visit = hearth_test_chart_add_visit (fixture->store, family->id, "2024-08-20", 0,
                                            bramble->id);
  add_screening (fixture, family->id, bramble->id, first_visit, 2, "Nan does my packed lunch.");
  add_screening (fixture, family->id, bramble->id, last_visit, 3,
                 "I get my own cereal now, Mum sleeps in.");

  home = hearth_instrument_registry_lookup (fixture->registry, "home-conditions", 0, &error);
  g_assert_no_error (error);
  hearth_test_chart_add_assessment (fixture->store, home, family->id, 0, last_visit, TRUE, 1,
                                    NULL, 4);

  supervision = hearth_supervision_new (family->id, "2024-09-02", "Hazel Testwood",
                                        "Jo Practitioner");
  supervision->reflection
      = g_strdup ("## The child’s lived experience\nBramble gets breakfast alone.\n\n"
                  "## What worries us\nThe winter, and the boiler.");
  supervision->decisions = g_strdup ("Stay at child in need; review in three months.");
  supervision->next_review = g_strdup ("2024-12-02");
  hearth_supervision_add_action (supervision, "Chase the landlord about the boiler",
                                 "Jo Practitioner", "2024-10-01");
  g_assert_true (hearth_store_save_supervision (fixture->store, supervision, &error));
  g_assert_true (hearth_store_finalise_supervision (fixture->store, supervision->id, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *extra = NULL;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
  extra = g_build_filename (fixture->dir, "instruments", NULL);
  fixture->store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, "jpractitioner");
  fixture->registry = hearth_instrument_registry_new (extra, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->registry);
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static HearthPackDocument *
load_pack (Fixture    *fixture,
           const char *reference,
           const char *from,
           const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) family
      = hearth_store_load_family_by_reference (fixture->store, reference, &error);
  HearthPackDocument *document;
  HearthPackOptions options;

  g_assert_no_error (error);
  hearth_pack_options_init (&options);
  options.registry = fixture->registry;
  options.from = from;
  options.to = to;
  options.today = "2026-11-02";
  options.prepared_by = "Hazel Testwood";
  document = hearth_pack_load (fixture->store, family, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static HearthTestPdf *
write_and_read (Fixture            *fixture,
                HearthPackDocument *document)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pack.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_pack_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  return hearth_test_pdf_load (path);
}

/* The page a section starts on, after the cover's contents. */
static int
section_page (HearthTestPdf *pdf,
              const char    *heading)
{
  return hearth_test_pdf_find_from (pdf, heading, 1);
}

static void
test_family (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(HearthPackDocument) document = NULL;
  g_autoptr(HearthTestPdf) pdf = NULL;
  g_autofree char *events = g_strdup_printf ("%u events in the period", N_IN_PERIOD);
  int signals, chronology, screenings, supervisions;
  guint n_pages;

  fill_family (fixture);
  document = load_pack (fixture, REFERENCE, "2023-01-01", "2024-12-01");
  n_pages = hearth_pack_document_get_n_pages (document);
  pdf = write_and_read (fixture, document);
  if (pdf == NULL)
    return;

  /* Every page numbered and marked, nothing outside its box, and the
   * contents right about where each section starts. */
  hearth_test_pack_check_pages (pdf, n_pages, REFERENCE);
  hearth_test_pack_check_contents (pdf, headings);

  /* The cover. */
  g_assert_true (hearth_test_pdf_page_has (pdf, 0, "The Oakfoot family"));
  g_assert_true (hearth_test_pdf_page_has (pdf, 0, "1 January 2023 to 1 December 2024"));
  g_assert_true (hearth_test_pdf_page_has (pdf, 0, "Bramble Oakfoot — born 3 May 2014, aged 10"));
  g_assert_true (hearth_test_pdf_page_has (pdf, 0, "Pip Oakfoot — born 11 February 2019, aged 5"));
  g_assert_true (hearth_test_pdf_page_has (pdf, 0, "Alder Quickfoot — Partner, does not live in "
                                                   "the home"));
  g_assert_true (hearth_test_pdf_page_has (pdf, 0, events));
  g_assert_true (hearth_test_pdf_page_has (pdf, 0, "Prepared by Hazel Testwood on 2 November "
                                                   "2026"));

  /* The signals, with their evidence: the action is overdue. */
  signals = section_page (pdf, headings[0]);
  g_assert_true (hearth_test_pdf_page_has (pdf, signals, "Overdue actions"));
  g_assert_true (hearth_test_pdf_page_has (pdf, signals, "Chase the landlord about the boiler"));

  /* The chronology: the period only, oldest first, over several pages
   * with the header repeated, and the longest entry whole, in order. */
  chronology = section_page (pdf, headings[2]);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Long before the period."), ==, -1);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "After the period."), ==, -1);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Event 1 of the chronology, recorded in full."),
                   ==, chronology);
  g_assert_cmpint (hearth_test_pack_check_repeated_header (pdf, "Chronology, continued",
                                                           chronology_header),
                   >=, 3);
  g_assert_cmpuint (hearth_test_pack_check_numbered_words (pdf, "lw", N_LONG_WORDS), >=, 2);
  for (guint i = 1; i < N_IN_PERIOD; i++)
    {
      g_autofree char *what = g_strdup_printf ("Event %u of the chronology, recorded in full.", i);

      g_assert_cmpint (hearth_test_pdf_find (pdf, what), >=, chronology);
    }

  /* The latest screening of each child, in the child's own words. */
  screenings = section_page (pdf, headings[3]);
  g_assert_true (hearth_test_pdf_page_has (pdf, screenings, "Bramble Oakfoot · 20 August 2024"));
  g_assert_true (hearth_test_pdf_page_has (pdf, screenings, "In the child’s own words"));
  g_assert_cmpint (hearth_test_pdf_find (pdf, "I get my own cereal now, Mum sleeps in."), >=,
                   screenings);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "Nan does my packed lunch."), ==, -1);
  g_assert_cmpint (hearth_test_pdf_find_from (pdf, "Level 3", screenings), >=, screenings);
  g_assert_cmpint (hearth_test_pdf_find (pdf, "No finalised neglect screening in the period for: "
                                              "Pip Oakfoot."), >=, screenings);

  /* The home conditions and the supervision record. */
  g_assert_cmpint (hearth_test_pdf_find (pdf, "The home · 20 August 2024"), >=, screenings);
  supervisions = section_page (pdf, headings[5]);
  g_assert_true (hearth_test_pdf_page_has (pdf, supervisions, "Supervision on 2 September 2024"));
  g_assert_true (hearth_test_pdf_page_has (pdf, supervisions, "What worries us"));
  g_assert_true (hearth_test_pdf_page_has (pdf, supervisions, "The winter, and the boiler."));
  g_assert_true (hearth_test_pdf_page_has (pdf, supervisions, "Overdue"));
  g_assert_true (hearth_test_pdf_page_has (pdf, supervisions,
                                           "Stay at child in need; review in three months."));
}

static void
test_training (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(HearthPackDocument) document = NULL;
  g_autoptr(HearthTestPdf) pdf = NULL;
  g_autoptr(GPtrArray) people = NULL;
  HearthFamily *largest = NULL;
  gint64 most = -1;
  int screenings;

  g_assert_true (hearth_store_reset_training (fixture->store, &error));
  g_assert_no_error (error);
  families = hearth_store_list_families (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (families->len, >=, 3);
  for (guint i = 0; i < families->len; i++)
    {
      HearthFamily *family = g_ptr_array_index (families, i);
      gint64 n = hearth_store_count_events (fixture->store, family->id, &error);

      g_assert_no_error (error);
      if (n > most)
        {
          most = n;
          largest = family;
        }
    }

  /* The whole record, to the end of the training set's story. */
  g_assert_nonnull (largest);
  document = load_pack (fixture, largest->case_reference, NULL, "2026-11-01");
  pdf = write_and_read (fixture, document);
  if (pdf == NULL)
    return;

  hearth_test_pack_check_pages (pdf, hearth_pack_document_get_n_pages (document),
                                largest->case_reference);
  hearth_test_pack_check_contents (pdf, headings);
  g_assert_cmpint (hearth_test_pack_check_repeated_header (pdf, "Chronology, continued",
                                                           chronology_header),
                   >=, 1);

  /* Each child's name, and the child's own words, in the screenings. */
  people = hearth_store_list_people (fixture->store, largest->id, &error);
  g_assert_no_error (error);
  screenings = section_page (pdf, headings[3]);
  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);

      if (hearth_person_is_child (person))
        g_assert_cmpint (hearth_test_pdf_find_from (pdf, person->name, screenings), >=,
                         screenings);
    }
  g_assert_cmpint (hearth_test_pdf_find_from (pdf, "In the child’s own words", screenings), ==,
                   screenings);
}

static void
run_cli (Fixture    *fixture,
         Result     *result,
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
  g_ptr_array_add (argv, "--database");
  g_ptr_array_add (argv, fixture->path);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "TZ", "UTC", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", fixture->dir, TRUE);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  result->status = g_subprocess_get_exit_status (child);
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  user_data)
{
  g_autofree char *out = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "report.png", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.pdf", NULL);
  g_autoptr(HearthPackDocument) document = NULL;
  g_autoptr(HearthTestPdf) pdf = NULL;
  g_autofree char *expected = NULL;
  GStatBuf buf;

  fill_family (fixture);

  {
    g_auto (Result) result = { 0 };

    run_cli (fixture, &result, "report", REFERENCE, "--out", out, "--from", "2023-01-01", "--to",
             "2024-12-01", "--prepared-by", "Hazel Testwood", NULL);
    g_assert_cmpstr (result.err, ==, "");
    g_assert_cmpint (result.status, ==, 0);
  }

  /* Only its owner may read it; poppler reads the pages the API lays
   * out for the same family and period. */
  g_assert_cmpint (g_stat (out, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  document = load_pack (fixture, REFERENCE, "2023-01-01", "2024-12-01");
  pdf = hearth_test_pdf_load (out);
  if (pdf == NULL)
    return;
  hearth_test_pack_check_pages (pdf, hearth_pack_document_get_n_pages (document), REFERENCE);
  hearth_test_pack_check_contents (pdf, headings);
  expected = g_strdup_printf ("%u events in the period", N_IN_PERIOD);
  g_assert_true (hearth_test_pdf_page_has (pdf, 0, expected));

  /* Refusals: nothing written, a usage status, one sentence. */
  {
    g_auto (Result) result = { 0 };

    run_cli (fixture, &result, "report", REFERENCE, "--out", missing, "--from", "2024-12-01",
             "--to", "2024-01-01", NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_true (g_str_has_prefix (result.err, "hearth-cli: "));
  }
  {
    g_auto (Result) result = { 0 };

    run_cli (fixture, &result, "report", REFERENCE, "--out", png, NULL);
    g_assert_cmpint (result.status, ==, 2);
  }
  {
    g_auto (Result) result = { 0 };

    run_cli (fixture, &result, "report", REFERENCE, NULL);
    g_assert_cmpint (result.status, ==, 2);
  }
  {
    g_auto (Result) result = { 0 };

    run_cli (fixture, &result, "report", "HTP-NO-SUCH-CASE", "--out", missing, NULL);
    g_assert_cmpint (result.status, ==, 1);
    g_assert_null (strstr (result.err, "HTP-NO-SUCH-CASE"));
  }
  {
    g_auto (Result) result = { 0 };

    run_cli (fixture, &result, "report", REFERENCE, "--out", missing, "--to", "2024-02-30", NULL);
    g_assert_cmpint (result.status, ==, 2);
  }
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/charts/pack-data/family", Fixture, NULL, fixture_set_up, test_family,
              fixture_tear_down);
  g_test_add ("/charts/pack-data/training", Fixture, NULL, fixture_set_up, test_training,
              fixture_tear_down);
  g_test_add ("/charts/pack-data/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}
