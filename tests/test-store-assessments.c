/* test-store-assessments.c
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
#include "hearth-test-tmpdir.h"
#include "store/hearth-store-private.h"

typedef struct
{
  char             *dir;
  char             *path;
  HearthStore      *store;
  HearthFamily     *family;
  HearthPerson     *child;
  HearthAssessment *assessment;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthResponse) response = hearth_response_new ("physical-food");

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, "jo.practitioner");

  fixture->family = hearth_family_new ("HX-1", "Oakfoot household");
  g_assert_true (hearth_store_save_family (fixture->store, fixture->family, &error));
  fixture->child = hearth_person_new_child ("Bramble Oakfoot", "2014-02-28");
  fixture->child->family_id = fixture->family->id;
  g_assert_true (hearth_store_save_person (fixture->store, fixture->child, &error));

  fixture->assessment = hearth_assessment_new (fixture->family->id, HEARTH_ASSESSMENT_SCOPE_CHILD,
                                               fixture->child->id, "neglect-screening", "1");
  response->level = 2;
  hearth_assessment_set_response (fixture->assessment, response);
  g_assert_true (hearth_store_save_assessment (fixture->store, fixture->assessment, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->assessment, hearth_assessment_unref);
  g_clear_pointer (&fixture->child, hearth_person_unref);
  g_clear_pointer (&fixture->family, hearth_family_unref);
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static HearthResponse *
make_response (const char *item_id,
               int         level,
               const char *note)
{
  HearthResponse *response = hearth_response_new (item_id);

  response->level = level;
  response->note = g_strdup (note);
  return response;
}

static HearthAssessment *
reload (Fixture *fixture,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  HearthAssessment *assessment = hearth_store_load_assessment (fixture->store, id, &error);

  g_assert_no_error (error);
  return assessment;
}

static char *
audit_actions (HearthStore *store,
               gint64       id)
{
  g_autoptr(GPtrArray) entries = hearth_store_list_audit (store, "assessment", id, NULL);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "",
                            hearth_audit_action_to_string (((HearthAuditEntry *) g_ptr_array_index (entries, i))->action));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_save_response (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 id = fixture->assessment->id;
  g_autoptr(HearthResponse) first = make_response ("physical-clothing", 1, "Coat too small.");
  g_autoptr(HearthResponse) again = make_response ("physical-clothing", 3, "No coat at all.");
  g_autoptr(HearthResponse) unknown = hearth_response_new ("medical-dental");
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_store_save_response (fixture->store, id, first, &error));
  g_assert_no_error (error);
  loaded = reload (fixture, id);
  g_assert_cmpuint (loaded->responses->len, ==, 2);
  g_assert_cmpint (hearth_assessment_lookup_response (loaded, "physical-clothing")->level, ==, 1);
  g_assert_cmpstr (hearth_assessment_lookup_response (loaded, "physical-clothing")->note, ==, "Coat too small.");
  g_clear_pointer (&loaded, hearth_assessment_unref);

  /* The same item again replaces the answer. */
  g_assert_true (hearth_store_save_response (fixture->store, id, again, &error));
  unknown->not_known = TRUE;
  unknown->value = g_strdup ("no dentist registered");
  g_assert_true (hearth_store_save_response (fixture->store, id, unknown, &error));
  g_assert_no_error (error);
  loaded = reload (fixture, id);
  g_assert_cmpuint (loaded->responses->len, ==, 3);
  g_assert_cmpint (hearth_assessment_lookup_response (loaded, "physical-clothing")->level, ==, 3);
  g_assert_cmpstr (hearth_assessment_lookup_response (loaded, "physical-clothing")->note, ==, "No coat at all.");
  g_assert_true (hearth_assessment_lookup_response (loaded, "medical-dental")->not_known);
  g_assert_cmpstr (hearth_assessment_lookup_response (loaded, "medical-dental")->value, ==,
                   "no dentist registered");
  g_assert_null (hearth_assessment_lookup_response (loaded, "medical-dental")->note);
  g_assert_cmpint (loaded->updated_at, >=, fixture->assessment->updated_at);
  g_clear_pointer (&loaded, hearth_assessment_unref);

  /* Clearing removes the row. */
  g_assert_true (hearth_store_delete_response (fixture->store, id, "physical-clothing", &error));
  g_assert_no_error (error);
  loaded = reload (fixture, id);
  g_assert_cmpuint (loaded->responses->len, ==, 2);
  g_assert_null (hearth_assessment_lookup_response (loaded, "physical-clothing"));
  g_clear_pointer (&loaded, hearth_assessment_unref);

  /* Refused before the database: both a level and not known. */
  again->not_known = TRUE;
  g_assert_false (hearth_store_save_response (fixture->store, id, again, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID);
  g_clear_error (&error);

  /* An assessment that does not exist. */
  g_assert_false (hearth_store_save_response (fixture->store, 4242, first, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  {
    g_autofree char *actions = audit_actions (fixture->store, id);

    g_assert_cmpstr (actions, ==, "create,update,update,update,update");
  }
}

static void
test_finalised_refuses_edits (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 id = fixture->assessment->id;
  g_autoptr(HearthResponse) change = make_response ("physical-food", 4, "Changed later.");
  g_autoptr(HearthAssessment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;

  g_assert_true (hearth_store_finalise_assessment (fixture->store, id, &error));
  g_assert_no_error (error);

  loaded = reload (fixture, id);
  g_assert_cmpint (loaded->status, ==, HEARTH_ASSESSMENT_STATUS_FINAL);
  g_assert_cmpint (loaded->finalised_at, >, 0);
  g_assert_cmpstr (loaded->finalised_by, ==, "jo.practitioner");

  /* Every way of changing it is refused, and it stays as it was. */
  g_assert_false (hearth_store_save_response (fixture->store, id, change, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "safe"));
  g_clear_error (&error);

  g_assert_false (hearth_store_delete_response (fixture->store, id, "physical-food", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  hearth_assessment_set_response (loaded, change);
  loaded->status = HEARTH_ASSESSMENT_STATUS_DRAFT;
  g_assert_false (hearth_store_save_assessment (fixture->store, loaded, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_false (hearth_store_delete_assessment (fixture->store, id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_false (hearth_store_finalise_assessment (fixture->store, id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  g_clear_pointer (&loaded, hearth_assessment_unref);
  loaded = reload (fixture, id);
  g_assert_cmpint (loaded->status, ==, HEARTH_ASSESSMENT_STATUS_FINAL);
  g_assert_cmpuint (loaded->responses->len, ==, 1);
  g_assert_cmpint (hearth_assessment_lookup_response (loaded, "physical-food")->level, ==, 2);

  actions = audit_actions (fixture->store, id);
  g_assert_cmpstr (actions, ==, "create,finalise");
}

static void
test_amend (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 id = fixture->assessment->id;
  g_autoptr(HearthAssessment) amendment = NULL;
  g_autoptr(HearthAssessment) old = NULL;
  g_autoptr(HearthResponse) corrected = make_response ("physical-food", 1, "Misread the scale.");
  g_autoptr(GError) error = NULL;
  g_autofree char *old_actions = NULL;
  g_autofree char *new_actions = NULL;
  gint64 amendment_id;

  /* A draft is edited, not amended. */
  g_assert_null (hearth_store_amend_assessment (fixture->store, id, "Too early.", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (hearth_store_finalise_assessment (fixture->store, id, &error));

  g_assert_null (hearth_store_amend_assessment (fixture->store, id, "  ", &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
  g_clear_error (&error);

  amendment = hearth_store_amend_assessment (fixture->store, id, "Rating entered on the wrong item.", &error);
  g_assert_no_error (error);
  g_assert_nonnull (amendment);
  g_assert_cmpint (amendment->id, !=, id);
  g_assert_cmpint (amendment->status, ==, HEARTH_ASSESSMENT_STATUS_DRAFT);
  g_assert_cmpint (amendment->supersedes_id, ==, id);
  g_assert_cmpstr (amendment->amend_reason, ==, "Rating entered on the wrong item.");
  g_assert_cmpint (amendment->child_id, ==, fixture->child->id);
  g_assert_cmpstr (amendment->instrument_id, ==, "neglect-screening");
  g_assert_cmpint (amendment->finalised_at, ==, 0);
  g_assert_null (amendment->finalised_by);
  g_assert_cmpuint (amendment->responses->len, ==, 1);
  g_assert_cmpint (hearth_assessment_lookup_response (amendment, "physical-food")->level, ==, 2);

  old = reload (fixture, id);
  g_assert_cmpint (old->status, ==, HEARTH_ASSESSMENT_STATUS_SUPERSEDED);
  g_assert_cmpstr (old->finalised_by, ==, "jo.practitioner");

  /* Only the current version can be amended, and the old one stays frozen. */
  g_assert_null (hearth_store_amend_assessment (fixture->store, id, "Again.", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (hearth_store_save_response (fixture->store, id, corrected, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  /* The amendment is a normal draft. */
  g_assert_true (hearth_store_save_response (fixture->store, amendment->id, corrected, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_store_finalise_assessment (fixture->store, amendment->id, &error));
  amendment_id = amendment->id;
  g_clear_pointer (&amendment, hearth_assessment_unref);
  amendment = reload (fixture, amendment_id);
  g_assert_cmpint (amendment->status, ==, HEARTH_ASSESSMENT_STATUS_FINAL);
  g_assert_cmpint (hearth_assessment_lookup_response (amendment, "physical-food")->level, ==, 1);
  g_clear_pointer (&old, hearth_assessment_unref);
  old = reload (fixture, id);
  g_assert_cmpint (hearth_assessment_lookup_response (old, "physical-food")->level, ==, 2);

  old_actions = audit_actions (fixture->store, id);
  g_assert_cmpstr (old_actions, ==, "create,finalise,amend");
  new_actions = audit_actions (fixture->store, amendment->id);
  g_assert_cmpstr (new_actions, ==, "create,update,finalise");
}

static void
test_delete_amendment (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 id = fixture->assessment->id;
  g_autoptr(HearthAssessment) amendment = NULL;
  g_autoptr(HearthAssessment) old = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_store_finalise_assessment (fixture->store, id, &error));
  amendment = hearth_store_amend_assessment (fixture->store, id, "Started by mistake.", &error);
  g_assert_no_error (error);

  /* Abandoning the amendment makes the old version current again. */
  g_assert_true (hearth_store_delete_assessment (fixture->store, amendment->id, &error));
  g_assert_no_error (error);
  old = reload (fixture, id);
  g_assert_cmpint (old->status, ==, HEARTH_ASSESSMENT_STATUS_FINAL);
  g_assert_null (hearth_store_load_assessment (fixture->store, amendment->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/assessment/save-response", test_save_response);
  ADD ("/store/assessment/finalised-refuses-edits", test_finalised_refuses_edits);
  ADD ("/store/assessment/amend", test_amend);
  ADD ("/store/assessment/delete-amendment", test_delete_amendment);

#undef ADD

  return g_test_run ();
}
