/* test-core-signals-scores.c — signals read from scores: no improvement, home conditions falling
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

#include <math.h>

#include "hearth-signals-history.h"

/* --- a child's category not improving ----------------------------------- */

typedef struct
{
  const char           *name;
  const char           *physical;   /* one digit per screening, oldest first */
  const char           *statuses;   /* F final, S superseded, D draft */
  guint                 screenings; /* the threshold */
  guint                 run;        /* screenings in the run, 0 when quiet */
  HearthSignalSeverity  severity;
} ImprovingCase;

static const ImprovingCase improving_cases[] = {
  { "three the same", "333", "FFF", 3, 3, CONCERN },
  { "getting worse", "234", "FFF", 3, 3, SERIOUS },
  { "up and down, never below the first", "243", "FFF", 3, 3, SERIOUS },
  { "improving", "432", "FFF", 3, 0, 0 },
  { "improved at the last", "332", "FFF", 3, 0, 0 },
  { "only two screenings", "33", "FF", 3, 0, 0 },
  { "a dip breaks the run", "323", "FFF", 3, 0, 0 },
  { "a run after an improvement", "4333", "FFFF", 3, 3, CONCERN },
  { "the run goes back past a dip", "2324", "FFFF", 3, 4, SERIOUS },
  { "superseded screenings are ignored", "333", "FSF", 3, 0, 0 },
  { "drafts are ignored", "333", "FDF", 3, 0, 0 },
  { "a higher threshold", "333", "FFF", 4, 0, 0 },
  { "four the same at four", "3333", "FFFF", 4, 4, CONCERN },
  { "good throughout", "111", "FFF", 3, 0, 0 },
  { "from good to a concern", "112", "FFF", 3, 3, SERIOUS },
};

static void
test_not_improving (gconstpointer data)
{
  const ImprovingCase *row = data;
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  g_autoptr(GPtrArray) made = g_ptr_array_new ();
  HearthSignalOptions options;
  HearthPerson *child, *sibling;
  HearthSignal *signal;
  guint n = strlen (row->physical);

  g_assert_cmpuint (strlen (row->statuses), ==, n);
  hearth_signal_options_init (&options);
  options.not_improving_screenings = row->screenings;
  child = add_child (history, "Bramble Oakfoot", "2016-04-01");
  sibling = add_child (history, "Thistle Oakfoot", "2014-09-12");

  for (guint i = 0; i < n; i++)
    {
      /* The other categories improve by a level each time, so only
       * physical neglect can raise the signal. */
      int others = MAX (1, 4 - (int) i);
      g_autofree char *spec = g_strdup_printf ("physical=%c,*=%d", row->physical[i], others);
      int days_ago = 90 * (int) (n - i);

      g_ptr_array_add (made, add_assessment (history, "neglect-screening", child->id, days_ago,
                                             status_from_char (row->statuses[i]), spec));
      /* The sibling's screenings stay good throughout: nothing to
       * improve on, and judged on their own. */
      add_assessment (history, "neglect-screening", sibling->id, days_ago, FINAL,
                      "*=1");
    }

  signals = compute (history, &options);
  signal = find_signal (signals, HEARTH_SIGNAL_NOT_IMPROVING, child->id);
  if (row->run == 0)
    g_assert_null (signal);
  else
    {
      g_assert_nonnull (signal);
      g_assert_cmpint (signal->severity, ==, row->severity);
      g_assert_cmpuint (hearth_signal_count_evidence (signal, HEARTH_EVIDENCE_ASSESSMENT), ==,
                        row->run);
      g_assert_cmpuint (signal->evidence->len, ==, row->run);
      /* The run ends at the latest screening and shows each score. */
      for (guint i = 0; i < row->run; i++)
        {
          const HearthSignalEvidence *evidence;
          HearthAssessment *assessment;

          evidence = &g_array_index (signal->evidence, HearthSignalEvidence, i);
          assessment = g_ptr_array_index (made, n - row->run + i);
          g_assert_cmpint (evidence->id, ==, assessment->id);
          g_assert_cmpstr (evidence->subject, ==, "physical");
          g_assert_cmpfloat (evidence->value, ==, row->physical[n - row->run + i] - '0');
        }
      g_assert_nonnull (strstr (signal->explanation, "Physical"));
    }

  g_assert_cmpuint (count_kind (signals, HEARTH_SIGNAL_NOT_IMPROVING), ==, row->run > 0 ? 1 : 0);
}

/* The screening's scale could run the other way: with "higher is better",
 * rising scores are improvement. */
static void
test_not_improving_higher_is_better (void)
{
  static const char *const instrument =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<instrument format=\"1\" id=\"test-wellbeing\" version=\"1\" scope=\"child\">\n"
    "  <title>Test wellbeing</title>\n"
    "  <description>Higher is better.</description>\n"
    "  <scale direction=\"higher-is-better\">\n"
    "    <level value=\"1\" label=\"One\">Worst.</level>\n"
    "    <level value=\"2\" label=\"Two\">Second.</level>\n"
    "    <level value=\"3\" label=\"Three\">Third.</level>\n"
    "    <level value=\"4\" label=\"Four\">Best.</level>\n"
    "  </scale>\n"
    "  <categories><category id=\"a\" label=\"Category A\"/></categories>\n"
    "  <section id=\"s\" label=\"Everything\">\n"
    "    <item id=\"a1\" category=\"a\" label=\"A1\">\n"
    "      <descriptor level=\"1\">a</descriptor><descriptor level=\"2\">b</descriptor>\n"
    "      <descriptor level=\"3\">c</descriptor><descriptor level=\"4\">d</descriptor>\n"
    "    </item>\n"
    "  </section>\n"
    "  <scoring>\n"
    "    <category-score category=\"a\" method=\"mean\" min-known=\"1\"/>\n"
    "    <overall-score method=\"mean\" min-known=\"1\"/>\n"
    "    <bands>\n"
    "      <band from=\"1\" to=\"2\" level-of-need=\"4\"/>\n"
    "      <band from=\"2\" to=\"3\" level-of-need=\"3\"/>\n"
    "      <band from=\"3\" to=\"3.5\" level-of-need=\"2\"/>\n"
    "      <band from=\"3.5\" to=\"4\" level-of-need=\"1\"/>\n"
    "    </bands>\n"
    "  </scoring>\n"
    "</instrument>\n";
  static const struct
  {
    const char *levels;
    gboolean    fires;
  } cases[] = {
    { "234", FALSE },
    { "432", TRUE },
    { "333", TRUE },
  };
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test-wellbeing.xml", NULL);
  g_autoptr(GError) error = NULL;
  HearthInstrumentRegistry *shipped = registry;

  g_file_set_contents (path, instrument, -1, &error);
  g_assert_no_error (error);
  registry = hearth_instrument_registry_new (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hearth_instrument_registry_get_n_problems (registry), ==, 0);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(History) history = history_new ();
      g_autoptr(GPtrArray) signals = NULL;
      HearthPerson *child = add_child (history, "Bramble Oakfoot", "2016-04-01");

      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *spec = g_strdup_printf ("a1=%c", cases[c].levels[i]);

          add_assessment (history, "test-wellbeing", child->id, 90 * (3 - (int) i),
                          FINAL, spec);
        }
      signals = compute (history, NULL);
      g_assert_true ((find_signal (signals, HEARTH_SIGNAL_NOT_IMPROVING, child->id) != NULL)
                     == cases[c].fires);
    }

  g_object_unref (registry);
  registry = shipped;
  hearth_test_remove_tree (dir);
}

/* --- home conditions that improved and fell back --------------------------- */

typedef struct
{
  const char           *name;
  const char           *overall;   /* every item at this level, oldest first */
  const char           *kitchen;   /* the kitchen's own level, or NULL */
  const char           *statuses;
  double                levels;    /* the threshold */
  gboolean              fires;
  gboolean              overall_fell;
  HearthSignalSeverity  severity;
} HomeCase;

static const HomeCase home_cases[] = {
  { "fell all the way back", "424", NULL, "FFF", 1, TRUE, TRUE, SERIOUS },
  { "fell back part of the way", "423", NULL, "FFF", 1, TRUE, TRUE, CONCERN },
  { "improved and held", "4322", NULL, "FFFF", 1, FALSE, FALSE, 0 },
  { "never improved", "234", NULL, "FFF", 1, FALSE, FALSE, 0 },
  { "a larger threshold", "423", NULL, "FFF", 2, FALSE, FALSE, 0 },
  { "a fall back later on", "43223", NULL, "FFFFF", 1, TRUE, TRUE, CONCERN },
  { "the fall back was superseded", "4242", NULL, "FFSF", 1, FALSE, FALSE, 0 },
  { "the fall back is a draft", "424", NULL, "FFD", 1, FALSE, FALSE, 0 },
  { "one area fell back", "222", "424", "FFF", 1, TRUE, FALSE, CONCERN },
  { "one area improved and held", "222", "422", "FFF", 1, FALSE, FALSE, 0 },
};

static void
test_home_fell_back (gconstpointer data)
{
  const HomeCase *row = data;
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  g_autoptr(GPtrArray) made = g_ptr_array_new ();
  guint n = strlen (row->overall);
  HearthSignalOptions options;
  HearthSignal *signal;

  hearth_signal_options_init (&options);
  options.home_change_levels = row->levels;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *spec = NULL;

      if (row->kitchen != NULL)
        spec = g_strdup_printf ("kitchen=%c,*=%c", row->kitchen[i], row->overall[i]);
      else
        spec = g_strdup_printf ("*=%c", row->overall[i]);
      g_ptr_array_add (made, add_assessment (history, "home-conditions", 0, 60 * (int) (n - i),
                                             status_from_char (row->statuses[i]), spec));
    }

  signals = compute (history, &options);
  signal = find_signal (signals, HEARTH_SIGNAL_HOME_FELL_BACK, 0);
  if (!row->fires)
    {
      g_assert_null (signal);
      return;
    }

  g_assert_nonnull (signal);
  g_assert_cmpint (signal->severity, ==, row->severity);
  /* Three assessments make the pattern: before, better, worse again. */
  g_assert_cmpuint (hearth_signal_count_evidence (signal, HEARTH_EVIDENCE_ASSESSMENT), ==, 3);
  /* For each subject: graver, then better, then graver again. */
  {
    const char *subjects[] = { "overall", "kitchen" };

    for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
      {
        double values[3];
        guint found = 0;

        for (guint i = 0; i < signal->evidence->len; i++)
          {
            const HearthSignalEvidence *evidence;

            evidence = &g_array_index (signal->evidence, HearthSignalEvidence, i);

            g_assert_nonnull (evidence->subject);
            g_assert_false (isnan (evidence->value));
            if (g_str_equal (evidence->subject, subjects[s]))
              {
                g_assert_cmpuint (found, <, 3);
                values[found++] = evidence->value;
              }
          }

        /* Where every item moves together, the kitchen falls back too. */
        if (s == 0)
          g_assert_cmpuint (found, ==, row->overall_fell ? 3 : 0);
        else
          g_assert_cmpuint (found, ==, 3);
        if (found == 3)
          {
            g_assert_cmpfloat (values[0] - values[1], >=, row->levels);
            g_assert_cmpfloat (values[2] - values[1], >=, row->levels);
          }
      }
  }
}

/* One wording for an evidence subject, shared by the supervision page and
 * the pack. */
static void
test_subject_label (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthInstrument) instrument = hearth_instrument_registry_lookup (registry, "home-conditions", 0, &error);
  const struct { const char *subject; double value; const char *expected; } rows[] = {
    { "overall", 2.54, "Overall 2.5" },
    { "areas", 3.0, "Areas of the home 3.0" },
    { "kitchen", 3.0, "Kitchen and food storage: Concerning" },
    { "kitchen", 9.0, "Kitchen and food storage: ?" },
    { "no-such-subject", 2.0, "no-such-subject" },
    { "kitchen", NAN, "kitchen" },
  };

  g_assert_no_error (error);
  g_assert_nonnull (instrument);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *label = hearth_signal_dup_subject_label (instrument, rows[i].subject, rows[i].value);

      g_assert_cmpstr (label, ==, rows[i].expected);
    }
  {
    g_autofree char *bare = hearth_signal_dup_subject_label (NULL, "kitchen", 3.0);

    g_assert_cmpstr (bare, ==, "kitchen");
    g_assert_null (hearth_signal_dup_subject_label (instrument, NULL, 3.0));
  }
}

/* An amendment made without a visit takes the date of what it replaces. */
static void
test_assessment_date (void)
{
  g_autoptr(History) history = history_new ();
  HearthVisit *visit = add_visit (history, 200);
  HearthAssessment *original, *amendment, *loose;
  g_autofree char *visit_date = days_before (200);
  g_autofree char *loose_date = days_before (30);
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;

  original = add_assessment (history, "home-conditions", 0, 180,
                             HEARTH_ASSESSMENT_STATUS_SUPERSEDED, "*=2");
  original->visit_id = visit->id;
  amendment = add_assessment (history, "home-conditions", 0, 5, FINAL, "*=2");
  amendment->supersedes_id = original->id;
  loose = add_assessment (history, "home-conditions", 0, 30, FINAL, "*=2");

  a = hearth_signals_dup_assessment_date (original, history->assessments, history->visits);
  b = hearth_signals_dup_assessment_date (amendment, history->assessments, history->visits);
  c = hearth_signals_dup_assessment_date (loose, history->assessments, history->visits);
  d = hearth_signals_dup_assessment_date (amendment, NULL, NULL);
  g_assert_cmpstr (a, ==, visit_date);
  g_assert_cmpstr (b, ==, visit_date);
  g_assert_cmpstr (c, ==, loose_date);
  g_assert_cmpstr (d, !=, visit_date);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  registry = hearth_instrument_registry_new (NULL, &error);
  g_assert_no_error (error);

  ADD_TABLE ("/core/signals/not-improving", improving_cases, test_not_improving);
  g_test_add_func ("/core/signals/not-improving/higher-is-better",
                   test_not_improving_higher_is_better);
  ADD_TABLE ("/core/signals/home-fell-back", home_cases, test_home_fell_back);
  g_test_add_func ("/core/signals/assessment-date", test_assessment_date);
  g_test_add_func ("/core/signals/subject-label", test_subject_label);

  status = g_test_run ();
  g_object_unref (registry);
  return status;
}
