/* test-store-roundtrip.c
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

#include "core/hearth-entities.h"
#include "hearth-test-store.h"

/* 2025-03-14T10:30:00Z */
#define A_VISIT_TIME G_GINT64_CONSTANT (1741948200)

static void
assert_family_equal (const HearthFamily *a,
                     const HearthFamily *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpstr (a->case_reference, ==, b->case_reference);
  g_assert_cmpstr (a->display_name, ==, b->display_name);
  g_assert_cmpint (a->created_at, ==, b->created_at);
  g_assert_cmpint (a->updated_at, ==, b->updated_at);
  g_assert_cmpint (a->archived, ==, b->archived);
}

static void
assert_person_equal (const HearthPerson *a,
                     const HearthPerson *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpint (a->family_id, ==, b->family_id);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->date_of_birth, ==, b->date_of_birth);
  g_assert_cmpint (a->sex, ==, b->sex);
  g_assert_cmpint (a->send, ==, b->send);
  g_assert_cmpint (a->role, ==, b->role);
  g_assert_cmpint (a->lives_in_home, ==, b->lives_in_home);
  g_assert_cmpint (a->created_at, ==, b->created_at);
  g_assert_cmpint (a->updated_at, ==, b->updated_at);
}

static void
assert_ids_equal (const GArray *a,
                  const GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, gint64, i), ==, g_array_index (b, gint64, i));
}

static void
assert_visit_equal (const HearthVisit *a,
                    const HearthVisit *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpint (a->family_id, ==, b->family_id);
  g_assert_cmpint (a->visited_at, ==, b->visited_at);
  g_assert_cmpstr (a->practitioner, ==, b->practitioner);
  g_assert_cmpint (a->announced, ==, b->announced);
  assert_ids_equal (a->present_ids, b->present_ids);
  g_assert_cmpstr (a->others_present, ==, b->others_present);
  g_assert_cmpuint (a->children->len, ==, b->children->len);
  for (guint i = 0; i < a->children->len; i++)
    {
      const HearthVisitChild *x = &g_array_index (a->children, HearthVisitChild, i);
      const HearthVisitChild *y = &g_array_index (b->children, HearthVisitChild, i);

      g_assert_cmpint (x->person_id, ==, y->person_id);
      g_assert_cmpint (x->seen, ==, y->seen);
      g_assert_cmpint (x->seen_alone, ==, y->seen_alone);
    }
  g_assert_cmpstr (a->notes, ==, b->notes);
  g_assert_cmpint (a->created_at, ==, b->created_at);
  g_assert_cmpint (a->updated_at, ==, b->updated_at);
}

static void
assert_assessment_equal (const HearthAssessment *a,
                         const HearthAssessment *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpint (a->family_id, ==, b->family_id);
  g_assert_cmpint (a->scope, ==, b->scope);
  g_assert_cmpint (a->child_id, ==, b->child_id);
  g_assert_cmpstr (a->instrument_id, ==, b->instrument_id);
  g_assert_cmpstr (a->instrument_version, ==, b->instrument_version);
  g_assert_cmpint (a->visit_id, ==, b->visit_id);
  g_assert_cmpint (a->status, ==, b->status);
  g_assert_cmpint (a->created_at, ==, b->created_at);
  g_assert_cmpint (a->updated_at, ==, b->updated_at);
  g_assert_cmpint (a->finalised_at, ==, b->finalised_at);
  g_assert_cmpstr (a->finalised_by, ==, b->finalised_by);
  g_assert_cmpint (a->supersedes_id, ==, b->supersedes_id);
  g_assert_cmpstr (a->amend_reason, ==, b->amend_reason);
  g_assert_cmpuint (a->responses->len, ==, b->responses->len);
  for (guint i = 0; i < a->responses->len; i++)
    {
      const HearthResponse *x = g_ptr_array_index (a->responses, i);
      const HearthResponse *y = hearth_assessment_lookup_response (b, x->item_id);

      g_assert_nonnull (y);
      g_assert_cmpint (x->level, ==, y->level);
      g_assert_cmpint (x->not_known, ==, y->not_known);
      g_assert_cmpstr (x->note, ==, y->note);
      g_assert_cmpstr (x->value, ==, y->value);
    }
}

static void
assert_event_equal (const HearthEvent *a,
                    const HearthEvent *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpint (a->family_id, ==, b->family_id);
  g_assert_cmpstr (a->date, ==, b->date);
  g_assert_cmpint (a->precision, ==, b->precision);
  assert_ids_equal (a->child_ids, b->child_ids);
  g_assert_cmpint (a->category, ==, b->category);
  g_assert_cmpstr (a->source_agency, ==, b->source_agency);
  g_assert_cmpstr (a->what_happened, ==, b->what_happened);
  g_assert_cmpint (a->impact, ==, b->impact);
  g_assert_cmpstr (a->impact_text, ==, b->impact_text);
  g_assert_cmpstr (a->action_taken, ==, b->action_taken);
  g_assert_cmpstr (a->analysis, ==, b->analysis);
  g_assert_cmpint (a->significance, ==, b->significance);
  g_assert_cmpint (a->visit_id, ==, b->visit_id);
  g_assert_cmpint (a->assessment_id, ==, b->assessment_id);
  g_assert_cmpint (a->created_at, ==, b->created_at);
  g_assert_cmpint (a->updated_at, ==, b->updated_at);
}

static void
test_family (Fixture       *fixture,
             gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = add_family (store, "HX-2025-0001", "Oakfoot household");
  g_autoptr(HearthFamily) other = add_family (store, "HX-2025-0002", "Thistledown household");
  g_autoptr(HearthFamily) loaded = NULL;
  g_autoptr(HearthFamily) clash = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;

  g_assert_cmpint (family->created_at, >, 0);
  g_assert_cmpint (family->updated_at, ==, family->created_at);

  loaded = hearth_store_load_family (store, family->id, &error);
  g_assert_no_error (error);
  assert_family_equal (loaded, family);
  g_clear_pointer (&loaded, hearth_family_unref);

  loaded = hearth_store_load_family_by_reference (store, "HX-2025-0002", &error);
  g_assert_no_error (error);
  assert_family_equal (loaded, other);
  g_clear_pointer (&loaded, hearth_family_unref);

  /* Update. */
  g_free (family->display_name);
  family->display_name = g_strdup ("Oakfoot–Bramble household");
  g_assert_true (hearth_store_save_family (store, family, &error));
  g_assert_no_error (error);
  loaded = hearth_store_load_family (store, family->id, &error);
  assert_family_equal (loaded, family);
  g_clear_pointer (&loaded, hearth_family_unref);

  /* A second family with the same reference is refused; nothing changes. */
  clash = hearth_family_new ("HX-2025-0001", "Someone else");
  g_assert_false (hearth_store_save_family (store, clash, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_DUPLICATE);
  g_assert_null (strstr (error->message, "HX-2025-0001"));
  g_assert_nonnull (strstr (error->message, "safe"));
  g_clear_error (&error);
  g_assert_cmpint (clash->id, ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM families"), ==, 2);

  /* Archive: hidden from the everyday list only. */
  g_assert_true (hearth_store_archive_family (store, other->id, TRUE, &error));
  g_assert_no_error (error);
  families = hearth_store_list_families (store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (families->len, ==, 1);
  g_assert_cmpint (((HearthFamily *) g_ptr_array_index (families, 0))->id, ==, family->id);
  g_clear_pointer (&families, g_ptr_array_unref);
  families = hearth_store_list_families (store, TRUE, &error);
  g_assert_cmpuint (families->len, ==, 2);
  g_assert_cmpstr (((HearthFamily *) g_ptr_array_index (families, 1))->case_reference, ==, "HX-2025-0002");
  g_assert_true (((HearthFamily *) g_ptr_array_index (families, 1))->archived);

  /* Saving the family again keeps it archived. */
  g_assert_true (hearth_store_save_family (store, other, &error));
  loaded = hearth_store_load_family (store, other->id, &error);
  g_assert_true (loaded->archived);
  g_clear_pointer (&loaded, hearth_family_unref);

  /* Unknown ids and references. */
  g_assert_null (hearth_store_load_family (store, 999, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (hearth_store_load_family_by_reference (store, "HX-NONE", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  clash->id = 999;
  g_assert_false (hearth_store_save_family (store, clash, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Invalid values never reach the database. */
  g_free (clash->case_reference);
  clash->case_reference = g_strdup ("");
  clash->id = 0;
  g_assert_false (hearth_store_save_family (store, clash, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
  g_clear_error (&error);

  /* Delete. */
  g_assert_true (hearth_store_delete_family (store, other->id, &error));
  g_assert_no_error (error);
  g_assert_null (hearth_store_load_family (store, other->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hearth_store_delete_family (store, other->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  actions = audit_actions (store, "family", family->id);
  g_assert_cmpstr (actions, ==, "create,update");
  g_free (actions);
  actions = audit_actions (store, "family", other->id);
  g_assert_cmpstr (actions, ==, "create,archive,update,delete");
}

static void
test_person (Fixture       *fixture,
             gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = add_family (store, "HX-1", "Oakfoot household");
  g_autoptr(HearthPerson) older = NULL;
  g_autoptr(HearthPerson) younger = NULL;
  g_autoptr(HearthPerson) adult = NULL;
  g_autoptr(HearthPerson) loaded = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;

  younger = hearth_person_new_child ("Pip Oakfoot", "2019-09-09");
  younger->family_id = family->id;
  younger->sex = HEARTH_SEX_MALE;
  younger->send = TRUE;
  g_assert_true (hearth_store_save_person (store, younger, &error));
  g_assert_no_error (error);

  older = hearth_person_new_child ("Bramble Oakfoot", "2014-02-28");
  older->family_id = family->id;
  older->sex = HEARTH_SEX_FEMALE;
  g_assert_true (hearth_store_save_person (store, older, &error));

  /* An adult who does not live in the home is recorded like anyone else. */
  adult = hearth_person_new_adult ("Testy McTestface", HEARTH_ADULT_ROLE_PARTNER, FALSE);
  adult->family_id = family->id;
  adult->date_of_birth = g_strdup ("1988-07-01");
  g_assert_true (hearth_store_save_person (store, adult, &error));
  g_assert_no_error (error);

  loaded = hearth_store_load_person (store, adult->id, &error);
  g_assert_no_error (error);
  assert_person_equal (loaded, adult);
  g_assert_false (loaded->lives_in_home);
  g_assert_cmpint (loaded->role, ==, HEARTH_ADULT_ROLE_PARTNER);
  g_clear_pointer (&loaded, hearth_person_unref);

  loaded = hearth_store_load_person (store, younger->id, &error);
  assert_person_equal (loaded, younger);
  g_clear_pointer (&loaded, hearth_person_unref);

  /* Children oldest first, then adults. */
  people = hearth_store_list_people (store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 3);
  assert_person_equal (g_ptr_array_index (people, 0), older);
  assert_person_equal (g_ptr_array_index (people, 1), younger);
  assert_person_equal (g_ptr_array_index (people, 2), adult);

  /* Update: the partner moves in. */
  adult->lives_in_home = TRUE;
  adult->role = HEARTH_ADULT_ROLE_CARER;
  g_assert_true (hearth_store_save_person (store, adult, &error));
  loaded = hearth_store_load_person (store, adult->id, &error);
  assert_person_equal (loaded, adult);
  g_clear_pointer (&loaded, hearth_person_unref);

  /* A date of birth in the future is refused before any write. */
  younger->date_of_birth = (g_free (younger->date_of_birth), g_strdup ("2999-01-01"));
  g_assert_false (hearth_store_save_person (store, younger, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE);
  g_clear_error (&error);
  loaded = hearth_store_load_person (store, younger->id, &error);
  g_assert_cmpstr (loaded->date_of_birth, ==, "2019-09-09");
  g_clear_pointer (&loaded, hearth_person_unref);

  /* A person cannot be added to a family that does not exist. */
  {
    g_autoptr(HearthPerson) orphan = hearth_person_new_child ("Wren Nobody", "2018-01-01");

    orphan->family_id = 4242;
    g_assert_false (hearth_store_save_person (store, orphan, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
    g_clear_error (&error);
  }

  g_assert_true (hearth_store_delete_person (store, adult->id, &error));
  g_assert_no_error (error);
  g_assert_null (hearth_store_load_person (store, adult->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  actions = audit_actions (store, "person", adult->id);
  g_assert_cmpstr (actions, ==, "create,update,delete");
}

static void
test_visit (Fixture       *fixture,
            gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = add_family (store, "HX-1", "Oakfoot household");
  g_autoptr(HearthPerson) bramble = add_child (store, family->id, "Bramble Oakfoot", "2014-02-28");
  g_autoptr(HearthPerson) pip = add_child (store, family->id, "Pip Oakfoot", "2019-09-09");
  g_autoptr(HearthPerson) adult = hearth_person_new_adult ("Testy McTestface",
                                                           HEARTH_ADULT_ROLE_PARENT, TRUE);
  g_autoptr(HearthVisit) visit = hearth_visit_new (family->id, A_VISIT_TIME, "Jo Practitioner");
  g_autoptr(HearthVisit) earlier = hearth_visit_new (family->id, A_VISIT_TIME - 86400 * 14,
                                                     "Jo Practitioner");
  g_autoptr(HearthVisit) loaded = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;

  adult->family_id = family->id;
  g_assert_true (hearth_store_save_person (store, adult, &error));

  visit->announced = FALSE;
  hearth_visit_add_present (visit, adult->id);
  hearth_visit_add_present (visit, bramble->id);
  visit->others_present = g_strdup ("A neighbour who left early");
  hearth_visit_set_child (visit, bramble->id, TRUE, TRUE);
  hearth_visit_set_child (visit, pip->id, FALSE, FALSE);
  visit->notes = g_strdup ("Kitchen cleaner than last time; Pip at nursery.");
  g_assert_true (hearth_store_save_visit (store, visit, &error));
  g_assert_no_error (error);

  earlier->announced = TRUE;
  g_assert_true (hearth_store_save_visit (store, earlier, &error));

  loaded = hearth_store_load_visit (store, visit->id, &error);
  g_assert_no_error (error);
  assert_visit_equal (loaded, visit);
  g_clear_pointer (&loaded, hearth_visit_unref);

  /* Update: Pip seen after all; the neighbour is removed. */
  hearth_visit_set_child (visit, pip->id, TRUE, FALSE);
  g_clear_pointer (&visit->others_present, g_free);
  g_array_set_size (visit->present_ids, 1);
  g_assert_true (hearth_store_save_visit (store, visit, &error));
  g_assert_no_error (error);
  loaded = hearth_store_load_visit (store, visit->id, &error);
  assert_visit_equal (loaded, visit);
  g_clear_pointer (&loaded, hearth_visit_unref);

  /* Most recent first. */
  visits = hearth_store_list_visits (store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (visits->len, ==, 2);
  assert_visit_equal (g_ptr_array_index (visits, 0), visit);
  assert_visit_equal (g_ptr_array_index (visits, 1), earlier);

  /* A child of the visit must be a child, of this family. */
  {
    g_autoptr(HearthVisit) bad = hearth_visit_copy (visit);

    bad->id = 0;
    hearth_visit_set_child (bad, adult->id, TRUE, FALSE);
    g_assert_false (hearth_store_save_visit (store, bad, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
    g_clear_error (&error);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM visits"), ==, 2);
  }

  /* A person named on a visit cannot be deleted. */
  g_assert_false (hearth_store_delete_person (store, bramble->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (hearth_store_delete_visit (store, earlier->id, &error));
  g_assert_no_error (error);
  g_assert_null (hearth_store_load_visit (store, earlier->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  actions = audit_actions (store, "visit", visit->id);
  g_assert_cmpstr (actions, ==, "create,update");
  g_free (actions);
  actions = audit_actions (store, "visit", earlier->id);
  g_assert_cmpstr (actions, ==, "create,delete");
}

static void
test_assessment (Fixture       *fixture,
                 gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = add_family (store, "HX-1", "Oakfoot household");
  g_autoptr(HearthPerson) bramble = add_child (store, family->id, "Bramble Oakfoot", "2014-02-28");
  g_autoptr(HearthVisit) visit = hearth_visit_new (family->id, A_VISIT_TIME, "Jo Practitioner");
  g_autoptr(HearthAssessment) child = NULL;
  g_autoptr(HearthAssessment) home = NULL;
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(HearthResponse) response = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;

  g_assert_true (hearth_store_save_visit (store, visit, &error));

  child = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_CHILD, bramble->id,
                                 "neglect-screening", "1");
  child->visit_id = visit->id;
  response = hearth_response_new ("physical-food");
  response->level = 3;
  response->note = g_strdup ("Said she had no breakfast.");
  hearth_assessment_set_response (child, response);
  g_clear_pointer (&response, hearth_response_free);
  response = hearth_response_new ("medical-dental");
  response->not_known = TRUE;
  hearth_assessment_set_response (child, response);
  g_clear_pointer (&response, hearth_response_free);
  response = hearth_response_new ("voice-of-child");
  response->value = g_strdup ("“I make my own tea.”");
  hearth_assessment_set_response (child, response);
  g_clear_pointer (&response, hearth_response_free);
  g_assert_true (hearth_store_save_assessment (store, child, &error));
  g_assert_no_error (error);

  home = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD, 0,
                                "home-conditions", "1");
  g_assert_true (hearth_store_save_assessment (store, home, &error));
  g_assert_no_error (error);

  loaded = hearth_store_load_assessment (store, child->id, &error);
  g_assert_no_error (error);
  assert_assessment_equal (loaded, child);
  assert_assessment_equal (child, loaded);
  g_clear_pointer (&loaded, hearth_assessment_unref);

  /* Updating a draft replaces its responses. */
  g_ptr_array_remove_index (child->responses, 1);
  hearth_assessment_lookup_response (child, "physical-food")->level = 2;
  g_assert_true (hearth_store_save_assessment (store, child, &error));
  g_assert_no_error (error);
  loaded = hearth_store_load_assessment (store, child->id, &error);
  assert_assessment_equal (loaded, child);
  assert_assessment_equal (child, loaded);
  g_clear_pointer (&loaded, hearth_assessment_unref);

  assessments = hearth_store_list_assessments (store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 2);
  assert_assessment_equal (g_ptr_array_index (assessments, 0), child);
  assert_assessment_equal (g_ptr_array_index (assessments, 1), home);

  /* The child must be a child of this family. */
  {
    g_autoptr(HearthFamily) other = add_family (store, "HX-2", "Thistledown household");
    g_autoptr(HearthPerson) stranger = add_child (store, other->id, "Wren Thistledown", "2017-05-05");
    g_autoptr(HearthAssessment) bad = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_CHILD,
                                                             stranger->id, "neglect-screening", "1");

    g_assert_false (hearth_store_save_assessment (store, bad, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
    g_clear_error (&error);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM assessments"), ==, 2);
  }

  /* A visit an assessment was made on cannot be deleted. */
  g_assert_false (hearth_store_delete_visit (store, visit->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (hearth_store_delete_assessment (store, home->id, &error));
  g_assert_no_error (error);
  g_assert_null (hearth_store_load_assessment (store, home->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  actions = audit_actions (store, "assessment", child->id);
  g_assert_cmpstr (actions, ==, "create,update");
  g_free (actions);
  actions = audit_actions (store, "assessment", home->id);
  g_assert_cmpstr (actions, ==, "create,delete");
}

static void
test_event (Fixture       *fixture,
            gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = add_family (store, "HX-1", "Oakfoot household");
  g_autoptr(HearthPerson) bramble = add_child (store, family->id, "Bramble Oakfoot", "2014-02-28");
  g_autoptr(HearthPerson) pip = add_child (store, family->id, "Pip Oakfoot", "2019-09-09");
  g_autoptr(HearthVisit) visit = hearth_visit_new (family->id, A_VISIT_TIME, "Jo Practitioner");
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthEvent) event = NULL;
  g_autoptr(HearthEvent) household = NULL;
  g_autoptr(HearthEvent) loaded = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;

  g_assert_true (hearth_store_save_visit (store, visit, &error));
  assessment = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD, 0,
                                      "home-conditions", "1");
  g_assert_true (hearth_store_save_assessment (store, assessment, &error));

  event = hearth_event_new (family->id, "2024-11-03", HEARTH_EVENT_CATEGORY_AE_ATTENDANCE,
                            "Hospital", "Burn to the hand; explanation consistent.");
  event->precision = HEARTH_DATE_PRECISION_APPROXIMATE;
  hearth_event_add_child (event, pip->id);
  hearth_event_add_child (event, bramble->id);
  event->impact = HEARTH_EVENT_IMPACT_NEGATIVE;
  event->impact_text = g_strdup ("Pain; missed two days of nursery.");
  event->action_taken = g_strdup ("Health visitor informed.");
  event->analysis = g_strdup ("Third injury this year.");
  event->significance = HEARTH_SIGNIFICANCE_HIGH;
  event->visit_id = visit->id;
  event->assessment_id = assessment->id;
  g_assert_true (hearth_store_save_event (store, event, &error));
  g_assert_no_error (error);

  household = hearth_event_new (family->id, "2024-06-01", HEARTH_EVENT_CATEGORY_NEW_ADULT,
                                "Police", "Mother's new partner moved in.");
  household->precision = HEARTH_DATE_PRECISION_MONTH;
  g_assert_true (hearth_store_save_event (store, household, &error));

  loaded = hearth_store_load_event (store, event->id, &error);
  g_assert_no_error (error);
  assert_event_equal (loaded, event);
  g_clear_pointer (&loaded, hearth_event_unref);

  /* Update: now about Pip only, with less certainty. */
  g_array_set_size (event->child_ids, 1);
  event->precision = HEARTH_DATE_PRECISION_UNCERTAIN;
  g_clear_pointer (&event->analysis, g_free);
  g_assert_true (hearth_store_save_event (store, event, &error));
  g_assert_no_error (error);
  loaded = hearth_store_load_event (store, event->id, &error);
  assert_event_equal (loaded, event);
  g_clear_pointer (&loaded, hearth_event_unref);

  /* Chronology in date order. */
  events = hearth_store_list_events (store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  assert_event_equal (g_ptr_array_index (events, 0), household);
  assert_event_equal (g_ptr_array_index (events, 1), event);
  g_assert_cmpint (hearth_store_count_events (store, family->id, &error), ==, 2);

  /* No source agency, no event: refused before the database. */
  {
    g_autoptr(HearthEvent) bad = hearth_event_copy (event);

    bad->id = 0;
    g_free (bad->source_agency);
    bad->source_agency = g_strdup ("");
    g_assert_false (hearth_store_save_event (store, bad, &error));
    g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
    g_clear_error (&error);
  }

  /* A child of another family cannot be named. */
  {
    g_autoptr(HearthFamily) other = add_family (store, "HX-2", "Thistledown household");
    g_autoptr(HearthPerson) stranger = add_child (store, other->id, "Wren Thistledown", "2017-05-05");
    g_autoptr(HearthEvent) bad = hearth_event_copy (event);

    bad->id = 0;
    hearth_event_add_child (bad, stranger->id);
    g_assert_false (hearth_store_save_event (store, bad, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
    g_assert_null (strstr (error->message, "Wren"));
    g_clear_error (&error);
    g_assert_cmpint (count_rows (store, "SELECT count(*) FROM events"), ==, 2);
  }

  /* Deleting a linked visit keeps the event and drops the link. */
  {
    g_autoptr(HearthVisit) second = hearth_visit_new (family->id, A_VISIT_TIME + 3600, "Jo Practitioner");

    g_assert_true (hearth_store_save_visit (store, second, &error));
    household->visit_id = second->id;
    g_assert_true (hearth_store_save_event (store, household, &error));
    g_assert_true (hearth_store_delete_visit (store, second->id, &error));
    g_assert_no_error (error);
    loaded = hearth_store_load_event (store, household->id, &error);
    g_assert_cmpint (loaded->visit_id, ==, 0);
    g_clear_pointer (&loaded, hearth_event_unref);
  }

  g_assert_true (hearth_store_delete_event (store, event->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_store_count_events (store, family->id, &error), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM event_children"), ==, 0);

  actions = audit_actions (store, "event", event->id);
  g_assert_cmpstr (actions, ==, "create,update,delete");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/family/round-trip", test_family);
  ADD ("/store/person/round-trip", test_person);
  ADD ("/store/visit/round-trip", test_visit);
  ADD ("/store/assessment/round-trip", test_assessment);
  ADD ("/store/event/round-trip", test_event);

#undef ADD

  return g_test_run ();
}
