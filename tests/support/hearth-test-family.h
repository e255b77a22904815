/* hearth-test-family.h
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

#pragma once

#include "store/hearth-store.h"

G_BEGIN_DECLS

/* A fictional family with one of every kind of record, stored through the
 * ordinary store API: the exchange tests export it, import it elsewhere
 * and compare. Its text holds what XML makes awkward (line breaks,
 * carriage returns, tabs, markup characters, leading and trailing spaces,
 * non-ASCII), and its audit trail names a record that was deleted since.
 * Header-only, like hearth-test-tmpdir.h. */

#define TEST_FAMILY_REFERENCE "HX-2026-0042"
#define TEST_FAMILY_NAME "Thistlewood household"
#define TEST_FAMILY_AWKWARD_NOTE "  Line one\r\nLine two\t<b> & \"quoted\" ]]> ‘Welsh: Croeso’  "

/* 2025-03-14T10:30:00Z and 2025-05-02T14:00:00Z */
#define TEST_FAMILY_VISIT_1 G_GINT64_CONSTANT (1741948200)
#define TEST_FAMILY_VISIT_2 G_GINT64_CONSTANT (1746194400)

static inline void
test_family_save_person (HearthStore  *store,
                         HearthPerson *person,
                         gint64        family_id)
{
  g_autoptr(GError) error = NULL;

  person->family_id = family_id;
  g_assert_true (hearth_store_save_person (store, person, &error));
  g_assert_no_error (error);
}

static inline void
test_family_respond (HearthAssessment *assessment,
                     const char       *item_id,
                     int               level,
                     gboolean          not_known,
                     const char       *note,
                     const char       *value)
{
  g_autoptr(HearthResponse) response = hearth_response_new (item_id);

  response->level = level;
  response->not_known = not_known;
  response->note = g_strdup (note);
  response->value = g_strdup (value);
  hearth_assessment_set_response (assessment, response);
}

/* Stores the family; returns its id. */
static inline gint64
test_family_build (HearthStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new (TEST_FAMILY_REFERENCE, TEST_FAMILY_NAME);
  g_autoptr(HearthPerson) bramble = hearth_person_new_child ("Bramble Thistlewood", "2015-06-01");
  g_autoptr(HearthPerson) pip = hearth_person_new_child ("Pip Thistlewood", "2019-09-09");
  g_autoptr(HearthPerson) hazel = hearth_person_new_adult ("Hazel Thistlewood",
                                                           HEARTH_ADULT_ROLE_PARENT, TRUE);
  g_autoptr(HearthPerson) testy = hearth_person_new_adult ("Testy McTestface",
                                                           HEARTH_ADULT_ROLE_PARTNER, FALSE);
  g_autoptr(HearthPerson) spare = hearth_person_new_adult ("Spare Oakfoot",
                                                           HEARTH_ADULT_ROLE_OTHER, FALSE);
  g_autoptr(HearthVisit) first = NULL;
  g_autoptr(HearthVisit) second = NULL;
  g_autoptr(HearthAssessment) screening = NULL;
  g_autoptr(HearthAssessment) amended = NULL;
  g_autoptr(HearthAssessment) home = NULL;
  g_autoptr(HearthEvent) move = NULL;
  g_autoptr(HearthEvent) missed = NULL;
  g_autoptr(HearthPeriod) cin = NULL;
  g_autoptr(HearthPeriod) cp = NULL;
  g_autoptr(HearthSupervision) supervision = NULL;
  g_autoptr(HearthResponse) nutrition = hearth_response_new ("nutrition");
  g_autofree char *pip_id = NULL;
  const HearthSupervisionAction *chase;

  g_assert_true (hearth_store_save_family (store, family, &error));
  g_assert_no_error (error);

  bramble->sex = HEARTH_SEX_FEMALE;
  bramble->send = TRUE;
  pip->sex = HEARTH_SEX_MALE;
  testy->date_of_birth = g_strdup ("1990-02-28");
  test_family_save_person (store, bramble, family->id);
  test_family_save_person (store, pip, family->id);
  test_family_save_person (store, hazel, family->id);
  test_family_save_person (store, testy, family->id);
  test_family_save_person (store, spare, family->id);
  g_assert_true (hearth_store_delete_person (store, spare->id, &error));
  g_assert_no_error (error);

  first = hearth_visit_new (family->id, TEST_FAMILY_VISIT_1, "Jo Practitioner");
  first->announced = TRUE;
  hearth_visit_add_present (first, hazel->id);
  hearth_visit_set_child (first, bramble->id, TRUE, TRUE);
  hearth_visit_set_child (first, pip->id, TRUE, FALSE);
  first->others_present = g_strdup ("Grandmother");
  first->notes = g_strdup (TEST_FAMILY_AWKWARD_NOTE);
  g_assert_true (hearth_store_save_visit (store, first, &error));
  g_assert_no_error (error);

  second = hearth_visit_new (family->id, TEST_FAMILY_VISIT_2, "Jo Practitioner");
  hearth_visit_set_child (second, pip->id, FALSE, FALSE);
  second->others_present = g_strdup ("");
  g_assert_true (hearth_store_save_visit (store, second, &error));
  g_assert_no_error (error);

  screening = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_CHILD, bramble->id,
                                     "neglect-screening", "1");
  screening->visit_id = first->id;
  test_family_respond (screening, "nutrition", 3, FALSE, "Lunchbox empty\ntwice.", NULL);
  test_family_respond (screening, "growth", 0, TRUE, NULL, NULL);
  test_family_respond (screening, "child-voice", 0, FALSE, NULL, "I like school.\nMostly.");
  test_family_respond (screening, "child-seen", 0, FALSE, NULL, "true");
  g_assert_true (hearth_store_save_assessment (store, screening, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_store_finalise_assessment (store, screening->id, &error));
  g_assert_no_error (error);

  amended = hearth_store_amend_assessment (store, screening->id, "Wrong level for nutrition.",
                                           &error);
  g_assert_no_error (error);
  nutrition->level = 2;
  nutrition->note = g_strdup ("Lunchbox empty once.");
  g_assert_true (hearth_store_save_response (store, amended->id, nutrition, &error));
  g_assert_true (hearth_store_finalise_assessment (store, amended->id, &error));
  g_assert_no_error (error);

  pip_id = g_strdup_printf ("%" G_GINT64_FORMAT, pip->id);
  home = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD, 0,
                                "home-conditions", "1");
  home->visit_id = second->id;
  test_family_respond (home, "kitchen", 4, FALSE, "", NULL);
  test_family_respond (home, "most-vulnerable-child", 0, FALSE, NULL, pip_id);
  g_assert_true (hearth_store_save_assessment (store, home, &error));
  g_assert_no_error (error);

  move = hearth_event_new (family->id, "2024-11-20", HEARTH_EVENT_CATEGORY_MOVE,
                           "Housing", "Moved to a smaller flat.");
  g_assert_true (hearth_store_save_event (store, move, &error));
  g_assert_no_error (error);

  missed = hearth_event_new (family->id, "2025-02-01", HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT,
                             "Health visitor", TEST_FAMILY_AWKWARD_NOTE);
  missed->precision = HEARTH_DATE_PRECISION_MONTH;
  missed->impact = HEARTH_EVENT_IMPACT_NEGATIVE;
  missed->significance = HEARTH_SIGNIFICANCE_HIGH;
  missed->impact_text = g_strdup ("Dental pain untreated.");
  missed->action_taken = g_strdup ("Rebooked.");
  missed->analysis = g_strdup ("");
  missed->visit_id = first->id;
  missed->assessment_id = screening->id;
  hearth_event_add_child (missed, pip->id);
  hearth_event_add_child (missed, bramble->id);
  g_assert_true (hearth_store_save_event (store, missed, &error));
  g_assert_no_error (error);

  cin = hearth_period_new (family->id, bramble->id, HEARTH_PERIOD_KIND_CHILD_IN_NEED,
                           "2024-01-01", "2024-12-31");
  g_assert_true (hearth_store_save_period (store, cin, &error));
  cp = hearth_period_new (family->id, pip->id, HEARTH_PERIOD_KIND_CHILD_PROTECTION,
                          "2025-01-15", NULL);
  g_assert_true (hearth_store_save_period (store, cp, &error));
  g_assert_no_error (error);

  supervision = hearth_supervision_new (family->id, "2025-04-01", "Sam Supervisor",
                                        "Jo Practitioner");
  supervision->reflection = g_strdup ("What is it like to be Pip?\nHungry, often.");
  supervision->decisions = g_strdup ("Stay at child in need.");
  supervision->next_review = g_strdup ("2025-07-01");
  hearth_supervision_add_action (supervision, "Chase the GP.", "Jo Practitioner", "2025-05-01");
  hearth_supervision_add_action (supervision, "Visit the school.", NULL, NULL);
  g_assert_true (hearth_store_save_supervision (store, supervision, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_store_finalise_supervision (store, supervision->id, &error));
  g_assert_no_error (error);
  chase = g_ptr_array_index (supervision->actions, 0);
  g_assert_true (hearth_store_set_supervision_action_done (store, chase->id, TRUE, &error));
  g_assert_no_error (error);

  g_assert_true (hearth_store_archive_family (store, family->id, TRUE, &error));
  g_assert_true (hearth_store_archive_family (store, family->id, FALSE, &error));
  g_assert_no_error (error);

  return family->id;
}

G_END_DECLS
