/* test-core-entities.c
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

#include <locale.h>

#include "core/hearth-assessment.h"
#include "core/hearth-audit.h"
#include "core/hearth-entities.h"
#include "core/hearth-event.h"
#include "core/hearth-family.h"
#include "core/hearth-period.h"
#include "core/hearth-person.h"
#include "core/hearth-supervision.h"
#include "core/hearth-visit.h"

/* 2025-03-14T10:30:00Z */
#define A_VISIT_TIME G_GINT64_CONSTANT (1741948200)

static void
test_family_validate (void)
{
  static const struct
  {
    const char *reference;
    const char *name;
    int         code;   /* -1: valid */
  } cases[] = {
    { "HX-2025-0001", "Oakfoot household", -1 },
    { "", "Oakfoot household", HEARTH_ENTITY_ERROR_MISSING },
    { "   ", "Oakfoot household", HEARTH_ENTITY_ERROR_MISSING },
    { NULL, "Oakfoot household", HEARTH_ENTITY_ERROR_MISSING },
    { "HX-1", "", HEARTH_ENTITY_ERROR_MISSING },
    { "HX-1", NULL, HEARTH_ENTITY_ERROR_MISSING },
    { "HX\t1", "Oakfoot household", HEARTH_ENTITY_ERROR_INVALID },
    { "HX\n1", "Oakfoot household", HEARTH_ENTITY_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HearthFamily) family = hearth_family_new (cases[i].reference, cases[i].name);
      g_autoptr(GError) error = NULL;
      gboolean ok = hearth_family_validate (family, &error);

      g_test_message ("case %u", i);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, HEARTH_ENTITY_ERROR, cases[i].code);
        }
    }
}

static void
test_family_copy (void)
{
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-7", "Bramble household");
  g_autoptr(HearthFamily) copy = NULL;
  g_autoptr(HearthFamily) ref = NULL;

  family->id = 7;
  family->created_at = 100;
  family->updated_at = 200;
  family->archived = TRUE;

  copy = hearth_family_copy (family);
  ref = hearth_family_ref (family);
  g_assert_true (ref == family);
  g_assert_true (copy != family);
  g_assert_true (copy->case_reference != family->case_reference);
  g_assert_cmpint (copy->id, ==, 7);
  g_assert_cmpstr (copy->case_reference, ==, "HX-7");
  g_assert_cmpstr (copy->display_name, ==, "Bramble household");
  g_assert_cmpint (copy->created_at, ==, 100);
  g_assert_cmpint (copy->updated_at, ==, 200);
  g_assert_true (copy->archived);
}

static void
test_person_validate (void)
{
  static const struct
  {
    HearthPersonKind  kind;
    const char       *name;
    const char       *born;
    int               code;
  } cases[] = {
    { HEARTH_PERSON_KIND_CHILD, "Bramble Oakfoot", "2016-04-02", -1 },
    { HEARTH_PERSON_KIND_CHILD, "Bramble Oakfoot", "2025-06-01", -1 },       /* born today */
    { HEARTH_PERSON_KIND_CHILD, "Bramble Oakfoot", "2025-06-02", HEARTH_ENTITY_ERROR_INVALID_DATE },
    { HEARTH_PERSON_KIND_CHILD, "Bramble Oakfoot", NULL, HEARTH_ENTITY_ERROR_MISSING },
    { HEARTH_PERSON_KIND_CHILD, "Bramble Oakfoot", "1899-05-01", HEARTH_ENTITY_ERROR_INVALID_DATE },
    { HEARTH_PERSON_KIND_CHILD, "Bramble Oakfoot", "2016-02-30", HEARTH_ENTITY_ERROR_INVALID_DATE },
    { HEARTH_PERSON_KIND_CHILD, " ", "2016-04-02", HEARTH_ENTITY_ERROR_MISSING },
    { HEARTH_PERSON_KIND_ADULT, "Testy McTestface", NULL, -1 },
    { HEARTH_PERSON_KIND_ADULT, "Testy McTestface", "1990-01-01", -1 },
    { HEARTH_PERSON_KIND_ADULT, "Testy McTestface", "2030-01-01", HEARTH_ENTITY_ERROR_INVALID_DATE },
    { HEARTH_PERSON_KIND_ADULT, NULL, NULL, HEARTH_ENTITY_ERROR_MISSING },
    { 7, "Testy McTestface", NULL, HEARTH_ENTITY_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HearthPerson) person = hearth_person_new_child (cases[i].name, cases[i].born);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      person->kind = cases[i].kind;
      ok = hearth_person_validate_at (person, "2025-06-01", &error);
      g_test_message ("case %u", i);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, HEARTH_ENTITY_ERROR, cases[i].code);
        }
    }

  /* Against the real clock, a date of birth far in the future fails. */
  {
    g_autoptr(HearthPerson) person = hearth_person_new_child ("Bramble Oakfoot", "2999-01-01");
    g_autoptr(GError) error = NULL;

    g_assert_false (hearth_person_validate (person, &error));
    g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
  }
}

static void
test_person_age_and_copy (void)
{
  g_autoptr(HearthPerson) child = hearth_person_new_child ("Bramble Oakfoot", "2016-04-02");
  g_autoptr(HearthPerson) adult = hearth_person_new_adult ("Testy McTestface",
                                                           HEARTH_ADULT_ROLE_PARTNER, FALSE);
  g_autoptr(HearthPerson) copy = NULL;
  int age = -1;

  g_assert_true (hearth_person_is_child (child));
  g_assert_false (hearth_person_is_child (adult));
  g_assert_true (hearth_person_get_age_at (child, "2025-04-01", &age));
  g_assert_cmpint (age, ==, 8);
  g_assert_true (hearth_person_get_age_at (child, "2025-04-02", &age));
  g_assert_cmpint (age, ==, 9);
  g_assert_false (hearth_person_get_age_at (adult, "2025-04-02", &age));
  g_assert_cmpint (age, ==, 9);

  g_assert_cmpint (adult->role, ==, HEARTH_ADULT_ROLE_PARTNER);
  g_assert_false (adult->lives_in_home);
  g_assert_true (child->lives_in_home);

  child->send = TRUE;
  child->sex = HEARTH_SEX_FEMALE;
  copy = hearth_person_copy (child);
  g_assert_true (copy->name != child->name);
  g_assert_cmpstr (copy->name, ==, "Bramble Oakfoot");
  g_assert_cmpstr (copy->date_of_birth, ==, "2016-04-02");
  g_assert_true (copy->send);
  g_assert_cmpint (copy->sex, ==, HEARTH_SEX_FEMALE);
}

static void
test_visit (void)
{
  g_autoptr(HearthVisit) visit = hearth_visit_new (3, A_VISIT_TIME, "Jo Practitioner");
  g_autoptr(HearthVisit) copy = NULL;
  g_autoptr(GError) error = NULL;
  const HearthVisitChild *child;

  hearth_visit_add_present (visit, 11);
  hearth_visit_add_present (visit, 12);
  hearth_visit_add_present (visit, 11);
  g_assert_cmpuint (visit->present_ids->len, ==, 2);

  hearth_visit_set_child (visit, 21, TRUE, FALSE);
  hearth_visit_set_child (visit, 22, FALSE, TRUE);  /* seen alone implies seen */
  hearth_visit_set_child (visit, 21, TRUE, TRUE);   /* replaces */
  g_assert_cmpuint (visit->children->len, ==, 2);
  child = hearth_visit_lookup_child (visit, 22);
  g_assert_nonnull (child);
  g_assert_true (child->seen);
  g_assert_true (child->seen_alone);
  child = hearth_visit_lookup_child (visit, 21);
  g_assert_true (child->seen_alone);
  g_assert_null (hearth_visit_lookup_child (visit, 99));

  g_assert_true (hearth_visit_validate (visit, &error));
  g_assert_no_error (error);

  copy = hearth_visit_copy (visit);
  g_assert_true (copy->children != visit->children);
  g_assert_cmpuint (copy->children->len, ==, 2);
  g_assert_cmpint (g_array_index (copy->present_ids, gint64, 1), ==, 12);

  /* Refusals: each made on a fresh copy. */
  {
    g_autoptr(HearthVisit) bad = hearth_visit_copy (visit);

    g_array_index (bad->children, HearthVisitChild, 0).seen = FALSE;
    g_assert_false (hearth_visit_validate (bad, &error));
    g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(HearthVisit) bad = hearth_visit_copy (visit);
    gint64 twice = 11;

    g_array_append_val (bad->present_ids, twice);
    g_assert_false (hearth_visit_validate (bad, &error));
    g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(HearthVisit) bad = hearth_visit_copy (visit);

    g_free (bad->practitioner);
    bad->practitioner = g_strdup ("");
    g_assert_false (hearth_visit_validate (bad, &error));
    g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
    g_clear_error (&error);
  }
  {
    g_autoptr(HearthVisit) bad = hearth_visit_copy (visit);

    bad->visited_at = G_GINT64_CONSTANT (-2208988801);
    g_assert_false (hearth_visit_validate (bad, &error));
    g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
    g_clear_error (&error);
  }
}

static void
test_assessment (void)
{
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthAssessment) copy = NULL;
  g_autoptr(HearthResponse) response = hearth_response_new ("physical-food");
  g_autoptr(GError) error = NULL;

  assessment = hearth_assessment_new (1, HEARTH_ASSESSMENT_SCOPE_CHILD, 5,
                                      "neglect-screening", "1");
  g_assert_true (hearth_assessment_is_editable (assessment));
  g_assert_true (hearth_assessment_validate (assessment, &error));
  g_assert_no_error (error);

  response->level = 2;
  hearth_assessment_set_response (assessment, response);
  response->level = 3;
  response->note = g_strdup ("Cupboards bare on both visits.");
  hearth_assessment_set_response (assessment, response);
  g_assert_cmpuint (assessment->responses->len, ==, 1);
  g_assert_cmpint (hearth_assessment_lookup_response (assessment, "physical-food")->level, ==, 3);
  g_assert_null (hearth_assessment_lookup_response (assessment, "medical-dental"));

  copy = hearth_assessment_copy (assessment);
  g_assert_true (hearth_assessment_lookup_response (copy, "physical-food")
                 != hearth_assessment_lookup_response (assessment, "physical-food"));
  g_assert_cmpstr (hearth_assessment_lookup_response (copy, "physical-food")->note, ==,
                   "Cupboards bare on both visits.");

  /* A level and "not known" together make no sense. */
  response->not_known = TRUE;
  g_assert_false (hearth_assessment_validate_response (response, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
  g_clear_error (&error);

  response->level = HEARTH_LEVEL_NONE;
  g_assert_true (hearth_assessment_validate_response (response, &error));
  g_assert_no_error (error);

  response->level = -1;
  response->not_known = FALSE;
  g_assert_false (hearth_assessment_validate_response (response, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
  g_clear_error (&error);

  /* Scope and child go together. */
  copy->child_id = 0;
  g_assert_false (hearth_assessment_validate (copy, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
  g_clear_error (&error);

  copy->scope = HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD;
  g_assert_true (hearth_assessment_validate (copy, &error));
  copy->child_id = 5;
  g_assert_false (hearth_assessment_validate (copy, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  copy->child_id = 0;

  /* An amendment needs a reason. */
  copy->supersedes_id = 4;
  g_assert_false (hearth_assessment_validate (copy, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
  g_clear_error (&error);

  /* No item answered twice. */
  g_ptr_array_add (assessment->responses, hearth_response_new ("physical-food"));
  g_assert_false (hearth_assessment_validate (assessment, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
  g_clear_error (&error);

  g_free (copy->instrument_version);
  copy->instrument_version = NULL;
  g_assert_false (hearth_assessment_validate (copy, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
  g_clear_error (&error);

  assessment->status = HEARTH_ASSESSMENT_STATUS_FINAL;
  g_assert_false (hearth_assessment_is_editable (assessment));
}

static void
test_event (void)
{
  g_autoptr(HearthEvent) event = NULL;
  g_autoptr(HearthEvent) copy = NULL;
  g_autoptr(GError) error = NULL;
  static const struct
  {
    const char *date;
    const char *agency;
    const char *what;
    int         code;
  } cases[] = {
    { "2024-11-03", "School", "Arrived without a coat in the rain.", -1 },
    { "1899-12-31", "School", "Arrived without a coat in the rain.", HEARTH_ENTITY_ERROR_INVALID_DATE },
    { "2024-11-31", "School", "Arrived without a coat in the rain.", HEARTH_ENTITY_ERROR_INVALID_DATE },
    { "2024-11", "School", "Arrived without a coat in the rain.", HEARTH_ENTITY_ERROR_INVALID_DATE },
    { "2024-11-03", "", "Arrived without a coat in the rain.", HEARTH_ENTITY_ERROR_MISSING },
    { "2024-11-03", "  \t", "Arrived without a coat in the rain.", HEARTH_ENTITY_ERROR_MISSING },
    { "2024-11-03", NULL, "Arrived without a coat in the rain.", HEARTH_ENTITY_ERROR_MISSING },
    { "2024-11-03", "School", "", HEARTH_ENTITY_ERROR_MISSING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HearthEvent) e = hearth_event_new (2, cases[i].date, HEARTH_EVENT_CATEGORY_EDUCATION,
                                                   cases[i].agency, cases[i].what);
      gboolean ok = hearth_event_validate (e, &error);

      g_test_message ("case %u", i);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, HEARTH_ENTITY_ERROR, cases[i].code);
          g_clear_error (&error);
        }
    }

  event = hearth_event_new (2, "2024-11-03", HEARTH_EVENT_CATEGORY_AE_ATTENDANCE,
                            "Hospital", "Burn to the hand, seen at A&E.");
  g_assert_true (hearth_event_is_household (event));
  g_assert_true (hearth_event_concerns_child (event, 9));
  hearth_event_add_child (event, 9);
  hearth_event_add_child (event, 9);
  g_assert_cmpuint (event->child_ids->len, ==, 1);
  g_assert_false (hearth_event_is_household (event));
  g_assert_true (hearth_event_concerns_child (event, 9));
  g_assert_false (hearth_event_concerns_child (event, 10));

  copy = hearth_event_copy (event);
  g_assert_true (copy->child_ids != event->child_ids);
  g_assert_cmpuint (copy->child_ids->len, ==, 1);
  g_assert_cmpstr (copy->what_happened, ==, event->what_happened);

  event->category = HEARTH_EVENT_N_CATEGORIES;
  g_assert_false (hearth_event_validate (event, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
  g_clear_error (&error);

  copy->precision = 17;
  g_assert_false (hearth_event_validate (copy, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_period (void)
{
  g_autoptr(HearthPeriod) open_period = hearth_period_new (1, 2, HEARTH_PERIOD_KIND_CHILD_PROTECTION,
                                                           "2024-01-10", NULL);
  g_autoptr(HearthPeriod) closed = hearth_period_new (1, 2, HEARTH_PERIOD_KIND_EARLY_HELP,
                                                      "2023-01-10", "2023-06-30");
  g_autoptr(HearthPeriod) backwards = hearth_period_new (1, 2, HEARTH_PERIOD_KIND_LOOKED_AFTER,
                                                         "2023-06-30", "2023-01-10");
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_period_validate (open_period, &error));
  g_assert_true (hearth_period_validate (closed, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_period_is_open (open_period));
  g_assert_false (hearth_period_is_open (closed));
  g_assert_true (hearth_period_contains (open_period, "2099-01-01"));
  g_assert_false (hearth_period_contains (open_period, "2024-01-09"));
  g_assert_true (hearth_period_contains (closed, "2023-06-30"));
  g_assert_true (hearth_period_contains (closed, "2023-01-10"));
  g_assert_false (hearth_period_contains (closed, "2023-07-01"));

  g_assert_false (hearth_period_validate (backwards, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
  g_clear_error (&error);

  backwards->person_id = 0;
  g_assert_false (hearth_period_validate (backwards, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
}

static void
test_supervision (void)
{
  g_autoptr(HearthSupervision) supervision = hearth_supervision_new (4, "2025-02-01", "Sam Supervisor",
                                                                      "Jo Practitioner");
  g_autoptr(HearthSupervision) copy = NULL;
  g_autoptr(GError) error = NULL;
  HearthSupervisionAction *action;

  action = hearth_supervision_add_action (supervision, "Book a joint visit with health visitor.",
                                          "Jo Practitioner", "2025-02-14");
  g_assert_nonnull (action);
  supervision->next_review = g_strdup ("2025-03-01");
  g_assert_true (hearth_supervision_validate (supervision, &error));
  g_assert_no_error (error);

  copy = hearth_supervision_copy (supervision);
  g_assert_cmpuint (copy->actions->len, ==, 1);
  g_assert_true (g_ptr_array_index (copy->actions, 0) != action);

  g_free (action->due_date);
  action->due_date = g_strdup ("14/02/2025");
  g_assert_false (hearth_supervision_validate (supervision, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_free (copy->next_review);
  copy->next_review = g_strdup ("2025-01-01");
  g_assert_false (hearth_supervision_validate (copy, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
  g_clear_error (&error);

  g_clear_pointer (&copy->next_review, g_free);
  g_free (((HearthSupervisionAction *) g_ptr_array_index (copy->actions, 0))->text);
  ((HearthSupervisionAction *) g_ptr_array_index (copy->actions, 0))->text = g_strdup (" ");
  g_assert_false (hearth_supervision_validate (copy, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
}

/* A stored reflection reads back into its sections: headings as written,
 * text before the first heading on its own, escapes undone, nothing
 * stripped from the text. */
static void
test_supervision_read_reflection (void)
{
  static const struct
  {
    const char *reflection;
    guint       n_sections;
    struct
    {
      const char *heading;
      const char *text;
    } sections[3];
  } cases[] = {
    { NULL, 0, { { NULL, NULL } } },
    { "", 0, { { NULL, NULL } } },
    { "An earlier discussion.", 1, { { NULL, "An earlier discussion.\n" } } },
    { "## A\na\n\n## B\n", 2, { { "A", "a\n\n" }, { "B", "\n" } } },
    { "## A\n## B", 2, { { "A", "" }, { "B", "" } } },
    { "\npre\n##  Spaced out  \n\\# kept\n\\\\ one\n\\x\n##not a heading", 2,
      { { NULL, "\npre\n" }, { "Spaced out", "# kept\n\\ one\n\\x\n##not a heading\n" } } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GPtrArray) sections = hearth_supervision_read_reflection (cases[c].reflection);

      g_assert_cmpuint (sections->len, ==, cases[c].n_sections);
      for (guint i = 0; i < sections->len; i++)
        {
          const HearthReflectionSection *section = g_ptr_array_index (sections, i);

          g_assert_cmpstr (section->heading, ==, cases[c].sections[i].heading);
          g_assert_cmpstr (section->text, ==, cases[c].sections[i].text);
        }
    }
}

/* Every enum has a stable, distinct storage string that reads back. */
static void
test_enum_strings (void)
{
#define CHECK_ENUM(Type, func, n)                                            \
  G_STMT_START {                                                             \
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal); \
    for (int v = 0; v < (n); v++)                                            \
      {                                                                      \
        const char *name = func##_to_string ((Type) v);                      \
        Type back;                                                           \
        g_assert_nonnull (name);                                             \
        g_assert_true (g_hash_table_add (seen, (gpointer) name));            \
        g_assert_true (func##_from_string (name, &back));                    \
        g_assert_cmpint (back, ==, v);                                       \
      }                                                                      \
    {                                                                        \
      Type back;                                                             \
      g_assert_false (func##_from_string ("no-such-value", &back));          \
      g_assert_false (func##_from_string (NULL, &back));                     \
    }                                                                        \
  } G_STMT_END

  CHECK_ENUM (HearthPersonKind, hearth_person_kind, 2);
  CHECK_ENUM (HearthSex, hearth_sex, 4);
  CHECK_ENUM (HearthAdultRole, hearth_adult_role, 5);
  CHECK_ENUM (HearthAssessmentScope, hearth_assessment_scope, 2);
  CHECK_ENUM (HearthAssessmentStatus, hearth_assessment_status, 3);
  CHECK_ENUM (HearthEventCategory, hearth_event_category, HEARTH_EVENT_N_CATEGORIES);
  CHECK_ENUM (HearthEventImpact, hearth_event_impact, 4);
  CHECK_ENUM (HearthSignificance, hearth_significance, 3);
  CHECK_ENUM (HearthPeriodKind, hearth_period_kind, 4);
  CHECK_ENUM (HearthSupervisionStatus, hearth_supervision_status, 2);
  CHECK_ENUM (HearthAuditAction, hearth_audit_action, HEARTH_AUDIT_ACTION_IMPORT + 1);

#undef CHECK_ENUM

  /* The stored strings are a file format: pin a few. */
  g_assert_cmpstr (hearth_event_category_to_string (HEARTH_EVENT_CATEGORY_AE_ATTENDANCE), ==,
                   "ae-attendance");
  g_assert_cmpstr (hearth_adult_role_to_string (HEARTH_ADULT_ROLE_OTHER), ==, "other");
  g_assert_cmpstr (hearth_assessment_status_to_string (HEARTH_ASSESSMENT_STATUS_SUPERSEDED), ==,
                   "superseded");
  g_assert_cmpstr (hearth_period_kind_to_string (HEARTH_PERIOD_KIND_CHILD_IN_NEED), ==,
                   "child-in-need");
  g_assert_cmpstr (hearth_audit_action_to_string (HEARTH_AUDIT_ACTION_FINALISE), ==, "finalise");

  for (int v = 0; v < HEARTH_EVENT_N_CATEGORIES; v++)
    g_assert_cmpstr (hearth_event_category_get_label (v), !=, "");
  g_assert_cmpstr (hearth_adult_role_get_label (HEARTH_ADULT_ROLE_OTHER), ==, "Other significant adult");
  g_assert_cmpstr (hearth_period_kind_get_label (HEARTH_PERIOD_KIND_CHILD_PROTECTION), ==,
                   "Child protection plan");
  g_assert_cmpstr (hearth_assessment_status_get_label (HEARTH_ASSESSMENT_STATUS_FINAL), ==, "Final");
}

static void
test_audit_entry (void)
{
  g_autoptr(HearthAuditEntry) entry = hearth_audit_entry_new ("jo", "event", 12,
                                                              HEARTH_AUDIT_ACTION_DELETE,
                                                              "Deleted chronology event");
  g_autoptr(HearthAuditEntry) ref = hearth_audit_entry_ref (entry);

  g_assert_true (ref == entry);
  g_assert_cmpstr (entry->actor, ==, "jo");
  g_assert_cmpstr (entry->entity_type, ==, "event");
  g_assert_cmpint (entry->entity_id, ==, 12);
  g_assert_cmpint (entry->action, ==, HEARTH_AUDIT_ACTION_DELETE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/family/validate", test_family_validate);
  g_test_add_func ("/core/family/copy", test_family_copy);
  g_test_add_func ("/core/person/validate", test_person_validate);
  g_test_add_func ("/core/person/age-and-copy", test_person_age_and_copy);
  g_test_add_func ("/core/visit/flags-and-validate", test_visit);
  g_test_add_func ("/core/assessment/responses-and-validate", test_assessment);
  g_test_add_func ("/core/event/validate", test_event);
  g_test_add_func ("/core/period/validate", test_period);
  g_test_add_func ("/core/supervision/validate", test_supervision);
  g_test_add_func ("/core/supervision/read-reflection", test_supervision_read_reflection);
  g_test_add_func ("/core/entities/enum-strings", test_enum_strings);
  g_test_add_func ("/core/audit/entry", test_audit_entry);

  return g_test_run ();
}
