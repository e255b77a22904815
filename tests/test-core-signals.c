/* test-core-signals.c — signals read from records: drift, restarts, appointments, unseen children
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

#include "hearth-signals-history.h"

/* --- drift ------------------------------------------------------------ */

typedef struct
{
  const char           *name;
  int                   visit;        /* days ago, or G_MININT for none */
  int                   assessment;   /* days ago, or G_MININT for none */
  gboolean              amendment;    /* the assessment amends an older one */
  int                   family_added; /* days ago */
  guint                 weeks;
  gboolean              fires;
  HearthSignalSeverity  severity;
  guint                 gap;
} DriftCase;

static const DriftCase drift_cases[] = {
  { "exactly at the threshold", 56, G_MININT, FALSE, 400, 8, FALSE, 0, 0 },
  { "one day over", 57, G_MININT, FALSE, 400, 8, TRUE, CONCERN, 57 },
  { "twice the threshold", 112, G_MININT, FALSE, 400, 8, TRUE, CONCERN, 112 },
  { "over twice the threshold", 113, G_MININT, FALSE, 400, 8, TRUE, SERIOUS, 113 },
  { "a later assessment counts", 90, 20, FALSE, 400, 8, FALSE, 0, 0 },
  { "an assessment alone counts", G_MININT, 57, FALSE, 400, 8, TRUE, CONCERN, 57 },
  { "an amendment is not contact", 90, 2, TRUE, 400, 8, TRUE, CONCERN, 90 },
  { "a visit in the future is not contact", -3, G_MININT, FALSE, 70, 8, TRUE,
    CONCERN, 70 },
  { "no contact since the family was added", G_MININT, G_MININT, FALSE, 60, 8, TRUE,
    CONCERN, 60 },
  { "a new family", G_MININT, G_MININT, FALSE, 20, 8, FALSE, 0, 0 },
  { "a shorter threshold", 15, G_MININT, FALSE, 400, 2, TRUE, CONCERN, 15 },
  { "over twice a shorter threshold", 29, G_MININT, FALSE, 400, 2, TRUE, SERIOUS, 29 },
};

static void
test_drift (gconstpointer data)
{
  const DriftCase *row = data;
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  g_autofree char *added = days_before (row->family_added);
  HearthSignalOptions options;
  HearthSignal *signal;
  HearthVisit *visit = NULL;
  HearthAssessment *assessment = NULL;

  hearth_signal_options_init (&options);
  options.drift_weeks = row->weeks;
  history->family->created_at = noon (added);
  if (row->visit != G_MININT)
    visit = add_visit (history, row->visit);
  if (row->assessment != G_MININT)
    {
      assessment = add_assessment (history, "home-conditions", 0, row->assessment,
                                   FINAL, "*=2");
      if (row->amendment)
        assessment->supersedes_id = 1;
    }

  signals = compute (history, &options);
  signal = find_signal (signals, HEARTH_SIGNAL_DRIFT, 0);
  if (!row->fires)
    {
      g_assert_null (signal);
      return;
    }

  g_assert_nonnull (signal);
  g_assert_cmpint (signal->severity, ==, row->severity);
  g_assert_cmpint (signal->child_id, ==, 0);
  {
    g_autofree char *days = g_strdup_printf (" %u day", row->gap);

    g_assert_nonnull (strstr (signal->explanation, days));
  }
  /* The evidence is the last contact of each kind, if any. */
  g_assert_cmpuint (hearth_signal_count_evidence (signal, HEARTH_EVIDENCE_VISIT), ==,
                    visit != NULL && row->visit >= 0 ? 1 : 0);
  if (visit != NULL && row->visit >= 0)
    g_assert_true (hearth_signal_has_evidence (signal, HEARTH_EVIDENCE_VISIT, visit->id));
  /* An amendment is never the evidence of contact. */
  if (assessment != NULL)
    g_assert_true (hearth_signal_has_evidence (signal, HEARTH_EVIDENCE_ASSESSMENT, assessment->id)
                   == !row->amendment);
}

/* --- start again ---------------------------------------------------------- */

/* Records are written "R-300" (a referral 300 days ago), "A-20" (an
 * assessment recorded in the chronology), "a-20" (the same, linked to an
 * assessment made in Hearth), "P-100:-40" (a plan from 100 to 40 days
 * ago; no end when open), "d-200" (a screening left as a draft) or
 * "s-100" (a screening, finalised). A "*" marks the records expected as
 * the signal's evidence. */
typedef struct
{
  const char           *name;
  const char           *records;
  guint                 months;
  guint                 restarts;   /* 0 when quiet */
  HearthSignalSeverity  severity;
} StartAgainCase;

static const StartAgainCase start_again_cases[] = {
  { "two referrals in a year", "R-300* R-100*", 12, 2, CONCERN },
  { "two referrals over a year apart", "R-500 R-100", 12, 0, 0 },
  { "one referral", "R-100", 12, 0, 0 },
  { "two referrals on one day", "R-100 R-100", 12, 0, 0 },
  { "a referral and an assessment by another agency", "R-200* A-150*", 12, 2,
    CONCERN },
  { "an assessment linked to Hearth's own", "R-200 a-150", 12, 0, 0 },
  { "a screening begun beside an unfinished one", "R-250* d-200 s-150*", 12, 2,
    CONCERN },
  { "a review that follows a finalised screening", "R-250 s-200 s-150", 12, 0, 0 },
  { "a plan re-opened after it closed", "R-250* P-400:-300 P-200:*", 12, 2,
    CONCERN },
  { "a plan stepped up the next day", "R-250 P-400:-201 P-200:", 12, 0, 0 },
  { "four restarts", "R-330* R-250* A-150* R-20*", 12, 4, SERIOUS },
  { "a shorter window", "R-300 R-100", 6, 0, 0 },
  { "the latest cluster is reported", "R-900 R-800 R-300* R-100*", 12, 2,
    CONCERN },
  { "a referral in the future is not counted", "R-100 R--30", 12, 0, 0 },
};

static void
test_start_again (gconstpointer data)
{
  const StartAgainCase *row = data;
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) records = g_strsplit (row->records, " ", -1);
  HearthPerson *child = add_child (history, "Bramble Oakfoot", "2016-04-01");
  HearthSignalOptions options;
  HearthSignal *signal;

  hearth_signal_options_init (&options);
  options.start_again_months = row->months;

  for (guint i = 0; records[i] != NULL; i++)
    {
      g_autofree char *record = g_strdup (records[i]);
      gboolean marked = g_str_has_suffix (record, "*");
      int days;
      gint64 id = 0;

      if (marked)
        record[strlen (record) - 1] = '\0';
      days = atoi (record + 2);

      switch (record[0])
        {
        case 'R':
          id = add_event (history, days, HEARTH_EVENT_CATEGORY_REFERRAL)->id;
          break;
        case 'A':
          id = add_event (history, days, HEARTH_EVENT_CATEGORY_ASSESSMENT)->id;
          break;
        case 'a':
          {
            HearthEvent *event = add_event (history, days, HEARTH_EVENT_CATEGORY_ASSESSMENT);

            event->assessment_id = 1;
            id = event->id;
          }
          break;
        case 'd':
          id = add_assessment (history, "neglect-screening", child->id, days,
                               HEARTH_ASSESSMENT_STATUS_DRAFT, "*=2")->id;
          break;
        case 's':
          id = add_assessment (history, "neglect-screening", child->id, days,
                               FINAL, "*=2")->id;
          break;
        case 'P':
          {
            const char *colon = strchr (record, ':');
            g_autofree char *start = days_before (days);
            g_autofree char *end = colon[1] != '\0' ? days_before (atoi (colon + 2)) : NULL;
            HearthPeriod *period = hearth_period_new (history->family->id, child->id,
                                                      HEARTH_PERIOD_KIND_CHILD_IN_NEED, start, end);

            period->id = id = history->next_id++;
            g_ptr_array_add (history->periods, period);
          }
          break;
        default:
          g_assert_not_reached ();
        }

      g_assert_cmpint (id, !=, 0);
      if (marked)
        g_array_append_val (expected, id);
    }

  signals = compute (history, &options);
  signal = find_signal (signals, HEARTH_SIGNAL_START_AGAIN, 0);
  if (row->restarts == 0)
    {
      g_assert_null (signal);
      return;
    }

  g_assert_nonnull (signal);
  g_assert_cmpint (signal->severity, ==, row->severity);
  g_assert_cmpuint (expected->len, ==, row->restarts);
  g_assert_cmpuint (signal->evidence->len, ==, row->restarts);
  /* The evidence is the latest restarts, oldest first. */
  for (guint i = 0; i < row->restarts; i++)
    g_assert_cmpint (g_array_index (signal->evidence, HearthSignalEvidence, i).id, ==,
                     g_array_index (expected, gint64, i));
}

/* Exactly twelve calendar months apart is within the window; a day more
 * is not. */
static void
test_start_again_boundary (void)
{
  static const struct
  {
    const char *first;
    gboolean    fires;
  } cases[] = {
    { "2024-06-30", TRUE },
    { "2024-06-29", FALSE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(History) history = history_new ();
      g_autoptr(GPtrArray) signals = NULL;
      HearthEvent *first = add_event (history, 0, HEARTH_EVENT_CATEGORY_REFERRAL);

      g_free (first->date);
      first->date = g_strdup (cases[c].first);
      add_event (history, 0, HEARTH_EVENT_CATEGORY_REFERRAL);
      signals = compute (history, NULL);
      g_assert_true ((find_signal (signals, HEARTH_SIGNAL_START_AGAIN, 0) != NULL)
                     == cases[c].fires);
    }
}

/* --- missed appointments --------------------------------------------------- */

typedef struct
{
  const char           *name;
  const char           *dates;   /* dates of missed appointments */
  guint                 count;   /* the threshold */
  guint                 missed;  /* 0 when quiet */
  HearthSignalSeverity  severity;
} MissedCase;

static const MissedCase missed_cases[] = {
  { "two recent", "2025-06-01 2025-03-10", 2, 2, CONCERN },
  { "one recent", "2025-06-01", 2, 0, 0 },
  { "exactly six months ago", "2024-12-30 2025-06-01", 2, 2, CONCERN },
  { "a day over six months ago", "2024-12-29 2025-06-01", 2, 0, 0 },
  { "today counts", "2025-06-30 2025-06-01", 2, 2, CONCERN },
  { "the future does not", "2025-07-01 2025-06-01", 2, 0, 0 },
  { "a higher threshold", "2025-06-01 2025-03-10", 3, 0, 0 },
  { "twice the threshold", "2025-06-01 2025-05-01 2025-04-01 2025-03-10", 2, 4,
    SERIOUS },
};

static void
test_missed_appointments (gconstpointer data)
{
  const MissedCase *row = data;
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  g_auto(GStrv) dates = g_strsplit (row->dates, " ", -1);
  HearthSignalOptions options;
  HearthSignal *signal;

  hearth_signal_options_init (&options);
  options.missed_count = row->count;
  for (guint i = 0; dates[i] != NULL; i++)
    {
      HearthEvent *event = add_event (history, 0, HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT);

      g_free (event->date);
      event->date = g_strdup (dates[i]);
    }
  /* Other kinds of event never count. */
  add_event (history, 5, HEARTH_EVENT_CATEGORY_HEALTH);
  add_event (history, 6, HEARTH_EVENT_CATEGORY_AE_ATTENDANCE);

  signals = compute (history, &options);
  signal = find_signal (signals, HEARTH_SIGNAL_MISSED_APPOINTMENTS, 0);
  if (row->missed == 0)
    {
      g_assert_null (signal);
      return;
    }

  g_assert_nonnull (signal);
  g_assert_cmpint (signal->severity, ==, row->severity);
  g_assert_cmpuint (hearth_signal_count_evidence (signal, HEARTH_EVIDENCE_EVENT), ==, row->missed);
  g_assert_cmpuint (signal->evidence->len, ==, row->missed);
}

/* --- a child not seen, or not seen alone ------------------------------------ */

/* Visits, newest last, as "days:flag" per visit: flag "-" not seen, "s"
 * seen, "a" seen alone, "x" the visit does not mention the child. */
typedef struct
{
  const char           *name;
  const char           *visits;
  const char           *born;
  guint                 last;      /* the threshold */
  gboolean              fires;
  HearthSignalSeverity  severity;
} SeenCase;

static const SeenCase seen_cases[] = {
  { "not seen at the last two", "60:a 30:- 10:-", "2016-04-01", 2, TRUE, SERIOUS },
  { "seen but never alone", "60:a 30:s 10:s", "2016-04-01", 2, TRUE, CONCERN },
  { "unseen, then seen not alone", "30:- 10:s", "2016-04-01", 2, TRUE, CONCERN },
  { "seen alone at one", "30:a 10:-", "2016-04-01", 2, FALSE, 0 },
  { "only one visit", "10:-", "2016-04-01", 2, FALSE, 0 },
  { "not mentioned is not seen", "30:x 10:x", "2016-04-01", 2, TRUE, SERIOUS },
  { "a visit before the birth", "30:- 10:-", "2025-06-10", 2, FALSE, 0 },
  { "a visit in the future", "-5:- 30:a 10:-", "2016-04-01", 2, FALSE, 0 },
  { "a threshold of three", "90:a 30:- 10:-", "2016-04-01", 3, FALSE, 0 },
  { "a threshold of one", "30:a 10:-", "2016-04-01", 1, TRUE, SERIOUS },
};

static void
test_child_not_seen (gconstpointer data)
{
  const SeenCase *row = data;
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  g_auto(GStrv) visits = g_strsplit (row->visits, " ", -1);
  HearthPerson *child = add_child (history, "Bramble Oakfoot", row->born);
  HearthPerson *sibling = add_child (history, "Thistle Oakfoot", "2014-09-12");
  g_autoptr(GPtrArray) made = g_ptr_array_new ();
  HearthSignalOptions options;
  HearthSignal *signal;

  hearth_signal_options_init (&options);
  options.not_seen_visits = row->last;
  for (guint i = 0; visits[i] != NULL; i++)
    {
      char flag = strchr (visits[i], ':')[1];
      HearthVisit *visit = add_visit (history, atoi (visits[i]));

      if (flag != 'x')
        hearth_visit_set_child (visit, child->id, flag != '-', flag == 'a');
      /* The sibling is always seen alone. */
      hearth_visit_set_child (visit, sibling->id, TRUE, TRUE);
      g_ptr_array_add (made, visit);
    }

  signals = compute (history, &options);
  g_assert_null (find_signal (signals, HEARTH_SIGNAL_CHILD_NOT_SEEN, sibling->id));
  signal = find_signal (signals, HEARTH_SIGNAL_CHILD_NOT_SEEN, child->id);
  if (!row->fires)
    {
      g_assert_null (signal);
      return;
    }

  g_assert_nonnull (signal);
  g_assert_cmpint (signal->severity, ==, row->severity);
  g_assert_cmpuint (hearth_signal_count_evidence (signal, HEARTH_EVIDENCE_VISIT), ==, row->last);
  /* The evidence is the last visits, oldest first. */
  for (guint i = 0; i < row->last; i++)
    {
      HearthVisit *visit = g_ptr_array_index (made, made->len - row->last + i);

      g_assert_cmpint (g_array_index (signal->evidence, HearthSignalEvidence, i).id, ==, visit->id);
    }
}

/* --- overdue actions -------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *due;            /* the action's due date, or NULL */
  gboolean    done;
  HearthSupervisionStatus status;
  gboolean    newer_record;   /* a later final record without actions */
  gboolean    fires;
} OverdueCase;

static const OverdueCase overdue_cases[] = {
  { "due yesterday", "2025-06-29", FALSE, HEARTH_SUPERVISION_STATUS_FINAL, FALSE, TRUE },
  { "due today", "2025-06-30", FALSE, HEARTH_SUPERVISION_STATUS_FINAL, FALSE, FALSE },
  { "done", "2025-05-01", TRUE, HEARTH_SUPERVISION_STATUS_FINAL, FALSE, FALSE },
  { "no due date", NULL, FALSE, HEARTH_SUPERVISION_STATUS_FINAL, FALSE, FALSE },
  { "a draft record", "2025-05-01", FALSE, HEARTH_SUPERVISION_STATUS_DRAFT, FALSE, FALSE },
  { "not from the last supervision", "2025-05-01", FALSE, HEARTH_SUPERVISION_STATUS_FINAL, TRUE,
    FALSE },
};

static void
test_overdue_actions (gconstpointer data)
{
  const OverdueCase *row = data;
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  HearthSupervision *record = add_supervision (history, 70, row->status);
  HearthSupervisionAction *action, *kept;
  HearthSignal *signal;

  action = hearth_supervision_add_action (record, "Arrange a health review", "Testy McTestface",
                                          row->due);
  action->id = history->next_id++;
  action->done = row->done;
  /* An action done on time never counts. */
  kept = hearth_supervision_add_action (record, "Visit the school", "Testy McTestface",
                                        "2025-05-10");
  kept->id = history->next_id++;
  kept->done = TRUE;
  if (row->newer_record)
    add_supervision (history, 10, HEARTH_SUPERVISION_STATUS_FINAL);

  signals = compute (history, NULL);
  signal = find_signal (signals, HEARTH_SIGNAL_OVERDUE_ACTIONS, 0);
  if (!row->fires)
    {
      g_assert_null (signal);
      return;
    }

  g_assert_nonnull (signal);
  g_assert_true (hearth_signal_has_evidence (signal, HEARTH_EVIDENCE_SUPERVISION_ACTION,
                                             action->id));
  g_assert_false (hearth_signal_has_evidence (signal, HEARTH_EVIDENCE_SUPERVISION_ACTION,
                                              kept->id));
  g_assert_true (hearth_signal_has_evidence (signal, HEARTH_EVIDENCE_SUPERVISION, record->id));
  g_assert_null (strstr (signal->explanation, "health review"));
}

/* --- whole families ---------------------------------------------------------- */

/* A family seen every four weeks, each child seen alone, scores improving,
 * no missed appointments, actions done: nothing to signal. */
static void
test_steady_family_is_quiet (void)
{
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  HearthPerson *child = add_child (history, "Bramble Oakfoot", "2016-04-01");
  HearthSupervision *record;

  add_event (history, 300, HEARTH_EVENT_CATEGORY_REFERRAL);
  for (int days = 360; days >= 10; days -= 28)
    {
      HearthVisit *visit = add_visit (history, days);

      hearth_visit_set_child (visit, child->id, TRUE, TRUE);
    }
  for (int i = 0; i < 4; i++)
    {
      g_autofree char *spec = g_strdup_printf ("*=%d", 4 - i);

      add_assessment (history, "neglect-screening", child->id, 330 - 90 * i, FINAL,
                      spec);
      add_assessment (history, "home-conditions", 0, 330 - 90 * i, FINAL, spec);
    }
  record = add_supervision (history, 40, HEARTH_SUPERVISION_STATUS_FINAL);
  hearth_supervision_add_action (record, "Review the plan", "Testy McTestface",
                                 "2025-06-01")->done = TRUE;
  hearth_supervision_add_action (record, "Visit the school", "Testy McTestface", "2025-07-15");

  signals = compute (history, NULL);
  g_assert_cmpuint (signals->len, ==, 0);
}

/* A family with every pattern at once: each signal is found, most severe
 * first, and an empty input finds nothing. */
static void
test_drifting_family (void)
{
  g_autoptr(History) history = history_new ();
  g_autoptr(GPtrArray) signals = NULL;
  HearthPerson *child = add_child (history, "Bramble Oakfoot", "2016-04-01");
  HearthSupervision *record;
  HearthSignalInput empty = { .today = TODAY };
  g_autoptr(GPtrArray) none = NULL;

  for (int i = 0; i < 3; i++)
    {
      HearthVisit *visit = add_visit (history, 400 - 100 * i);

      hearth_visit_set_child (visit, child->id, FALSE, FALSE);
      add_assessment (history, "neglect-screening", child->id, 400 - 100 * i, FINAL,
                      "*=3");
      add_assessment (history, "home-conditions", 0, 400 - 100 * i, FINAL,
                      i == 1 ? "*=2" : "*=4");
    }
  add_event (history, 300, HEARTH_EVENT_CATEGORY_REFERRAL);
  add_event (history, 100, HEARTH_EVENT_CATEGORY_REFERRAL);
  add_event (history, 40, HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT);
  add_event (history, 20, HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT);
  record = add_supervision (history, 150, HEARTH_SUPERVISION_STATUS_FINAL);
  hearth_supervision_add_action (record, "Arrange a health review", NULL, "2025-01-31");

  signals = compute (history, NULL);
  for (int kind = 0; kind < HEARTH_SIGNAL_N_KINDS; kind++)
    {
      HearthSignalKind parsed;

      g_assert_cmpuint (count_kind (signals, kind), >=, 1);
      g_assert_true (hearth_signal_kind_from_string (hearth_signal_kind_to_string (kind), &parsed));
      g_assert_cmpint (parsed, ==, kind);
      g_assert_nonnull (hearth_signal_kind_get_label (kind));
    }
  g_assert_cmpint (((HearthSignal *) g_ptr_array_index (signals, 0))->severity, ==,
                   SERIOUS);

  none = hearth_signals_compute (&empty, NULL);
  g_assert_cmpuint (none->len, ==, 0);
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

  ADD_TABLE ("/core/signals/drift", drift_cases, test_drift);
  ADD_TABLE ("/core/signals/start-again", start_again_cases, test_start_again);
  g_test_add_func ("/core/signals/start-again/twelve-months-exactly", test_start_again_boundary);
  ADD_TABLE ("/core/signals/missed-appointments", missed_cases, test_missed_appointments);
  ADD_TABLE ("/core/signals/child-not-seen", seen_cases, test_child_not_seen);
  ADD_TABLE ("/core/signals/overdue-actions", overdue_cases, test_overdue_actions);
  g_test_add_func ("/core/signals/steady-family-is-quiet", test_steady_family_is_quiet);
  g_test_add_func ("/core/signals/drifting-family", test_drifting_family);

  status = g_test_run ();
  g_object_unref (registry);
  return status;
}
