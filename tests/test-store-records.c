/* test-store-records.c
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

static void
assert_period_equal (const HearthPeriod *a,
                     const HearthPeriod *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpint (a->family_id, ==, b->family_id);
  g_assert_cmpint (a->person_id, ==, b->person_id);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->start_date, ==, b->start_date);
  g_assert_cmpstr (a->end_date, ==, b->end_date);
  g_assert_cmpint (a->created_at, ==, b->created_at);
  g_assert_cmpint (a->updated_at, ==, b->updated_at);
}

static void
assert_supervision_equal (const HearthSupervision *a,
                          const HearthSupervision *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpint (a->family_id, ==, b->family_id);
  g_assert_cmpstr (a->date, ==, b->date);
  g_assert_cmpstr (a->supervisor, ==, b->supervisor);
  g_assert_cmpstr (a->practitioner, ==, b->practitioner);
  g_assert_cmpstr (a->reflection, ==, b->reflection);
  g_assert_cmpstr (a->decisions, ==, b->decisions);
  g_assert_cmpstr (a->next_review, ==, b->next_review);
  g_assert_cmpint (a->status, ==, b->status);
  g_assert_cmpint (a->created_at, ==, b->created_at);
  g_assert_cmpint (a->updated_at, ==, b->updated_at);
  g_assert_cmpuint (a->actions->len, ==, b->actions->len);
  for (guint i = 0; i < a->actions->len; i++)
    {
      const HearthSupervisionAction *x = g_ptr_array_index (a->actions, i);
      const HearthSupervisionAction *y = g_ptr_array_index (b->actions, i);

      g_assert_cmpint (x->id, ==, y->id);
      g_assert_cmpstr (x->text, ==, y->text);
      g_assert_cmpstr (x->owner, ==, y->owner);
      g_assert_cmpstr (x->due_date, ==, y->due_date);
      g_assert_cmpint (x->done, ==, y->done);
    }
}

static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = add_family (store, "HX-1", "Oakfoot household");
  g_autoptr(HearthPerson) bramble = add_child (store, family->id, "Bramble Oakfoot", "2014-02-28");
  g_autoptr(HearthPeriod) help = hearth_period_new (family->id, bramble->id, HEARTH_PERIOD_KIND_EARLY_HELP,
                                                    "2022-01-05", "2022-07-30");
  g_autoptr(HearthPeriod) plan = hearth_period_new (family->id, bramble->id,
                                                    HEARTH_PERIOD_KIND_CHILD_PROTECTION,
                                                    "2024-02-01", NULL);
  g_autoptr(HearthPeriod) loaded = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;

  g_assert_true (hearth_store_save_period (store, plan, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_store_save_period (store, help, &error));

  loaded = hearth_store_load_period (store, plan->id, &error);
  g_assert_no_error (error);
  assert_period_equal (loaded, plan);
  g_assert_null (loaded->end_date);
  g_clear_pointer (&loaded, hearth_period_unref);

  plan->end_date = g_strdup ("2025-01-31");
  plan->kind = HEARTH_PERIOD_KIND_CHILD_IN_NEED;
  g_assert_true (hearth_store_save_period (store, plan, &error));
  loaded = hearth_store_load_period (store, plan->id, &error);
  assert_period_equal (loaded, plan);
  g_clear_pointer (&loaded, hearth_period_unref);

  periods = hearth_store_list_periods (store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 2);
  assert_period_equal (g_ptr_array_index (periods, 0), help);
  assert_period_equal (g_ptr_array_index (periods, 1), plan);

  /* A child with periods cannot be deleted. */
  g_assert_false (hearth_store_delete_person (store, bramble->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (hearth_store_delete_period (store, help->id, &error));
  g_assert_no_error (error);
  g_assert_null (hearth_store_load_period (store, help->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);

  actions = audit_actions (store, "period", plan->id);
  g_assert_cmpstr (actions, ==, "create,update");
}

static void
test_supervision (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = add_family (store, "HX-1", "Oakfoot household");
  g_autoptr(HearthSupervision) supervision = NULL;
  g_autoptr(HearthSupervision) loaded = NULL;
  g_autoptr(GPtrArray) supervisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;
  gint64 kept_id;

  supervision = hearth_supervision_new (family->id, "2025-02-01", "Sam Supervisor", "Jo Practitioner");
  supervision->reflection = g_strdup ("Drift since the summer; third referral from school.");
  supervision->decisions = g_strdup ("Step up to a child in need plan.");
  supervision->next_review = g_strdup ("2025-03-01");
  hearth_supervision_add_action (supervision, "Book a joint visit.", "Jo Practitioner", "2025-02-14");
  hearth_supervision_add_action (supervision, "Ask school for attendance.", NULL, NULL);
  g_assert_true (hearth_store_save_supervision (store, supervision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (((HearthSupervisionAction *) g_ptr_array_index (supervision->actions, 0))->id, >, 0);

  loaded = hearth_store_load_supervision (store, supervision->id, &error);
  g_assert_no_error (error);
  assert_supervision_equal (loaded, supervision);
  g_clear_pointer (&loaded, hearth_supervision_unref);

  /* Update: drop the first action, mark the second done, add a third. */
  kept_id = ((HearthSupervisionAction *) g_ptr_array_index (supervision->actions, 1))->id;
  g_ptr_array_remove_index (supervision->actions, 0);
  ((HearthSupervisionAction *) g_ptr_array_index (supervision->actions, 0))->done = TRUE;
  hearth_supervision_add_action (supervision, "Chronology review at next supervision.",
                                 "Sam Supervisor", "2025-03-01");
  g_assert_true (hearth_store_save_supervision (store, supervision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (((HearthSupervisionAction *) g_ptr_array_index (supervision->actions, 0))->id, ==, kept_id);
  loaded = hearth_store_load_supervision (store, supervision->id, &error);
  assert_supervision_equal (loaded, supervision);
  g_clear_pointer (&loaded, hearth_supervision_unref);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM supervision_actions"), ==, 2);

  supervisions = hearth_store_list_supervisions (store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (supervisions->len, ==, 1);
  assert_supervision_equal (g_ptr_array_index (supervisions, 0), supervision);

  /* Final: no more edits, but actions can still be followed up. */
  g_assert_true (hearth_store_finalise_supervision (store, supervision->id, &error));
  g_assert_no_error (error);
  g_free (supervision->decisions);
  supervision->decisions = g_strdup ("Changed after the fact.");
  g_assert_false (hearth_store_save_supervision (store, supervision, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (hearth_store_finalise_supervision (store, supervision->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_false (hearth_store_delete_supervision (store, supervision->id, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (hearth_store_set_supervision_action_done (store, kept_id, FALSE, &error));
  g_assert_no_error (error);
  loaded = hearth_store_load_supervision (store, supervision->id, &error);
  g_assert_cmpint (loaded->status, ==, HEARTH_SUPERVISION_STATUS_FINAL);
  g_assert_cmpstr (loaded->decisions, ==, "Step up to a child in need plan.");
  g_assert_false (((HearthSupervisionAction *) g_ptr_array_index (loaded->actions, 0))->done);

  actions = audit_actions (store, "supervision", supervision->id);
  g_assert_cmpstr (actions, ==, "create,update,finalise,update");
}

/* The audit trail covers every change, never holds record content, and
 * outlives the records it describes. */
static void
test_audit_trail (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = add_family (store, "HX-SECRET-9", "Oakfoot household");
  g_autoptr(HearthPerson) bramble = add_child (store, family->id, "Bramble Oakfoot", "2014-02-28");
  g_autoptr(HearthEvent) event = hearth_event_new (family->id, "2024-11-03", HEARTH_EVENT_CATEGORY_POLICE,
                                                   "Police", "Bramble Oakfoot found alone at night.");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before;

  g_assert_true (hearth_store_save_event (store, event, &error));

  hearth_store_set_actor (store, NULL);
  g_assert_cmpstr (hearth_store_get_actor (store), ==, g_get_user_name ());
  g_assert_true (hearth_store_delete_event (store, event->id, &error));
  hearth_store_set_actor (store, "test-actor");

  entries = hearth_store_list_family_audit (store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 4);
  for (guint i = 0; i < entries->len; i++)
    {
      const HearthAuditEntry *entry = g_ptr_array_index (entries, i);

      g_assert_cmpint (entry->family_id, ==, family->id);
      g_assert_null (strstr (entry->summary, "Oakfoot"));
      g_assert_null (strstr (entry->summary, "Bramble"));
      g_assert_null (strstr (entry->summary, "SECRET"));
      g_assert_null (strstr (entry->summary, "alone"));
      g_assert_cmpstr (entry->summary, !=, "");
    }
  g_assert_cmpstr (((HearthAuditEntry *) g_ptr_array_index (entries, 3))->actor, ==, g_get_user_name ());
  g_assert_cmpint (((HearthAuditEntry *) g_ptr_array_index (entries, 1))->entity_id, ==, bramble->id);

  /* Deleting the family removes every record, but not the trail. */
  before = count_rows (store, "SELECT count(*) FROM audit");
  g_assert_true (hearth_store_delete_family (store, family->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit"), ==, before + 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM people"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM events"), ==, 0);
}

static gboolean
save_two_then_fail_cb (HearthStore  *store,
                       gpointer      user_data,
                       GError      **error)
{
  gboolean fail = GPOINTER_TO_INT (user_data);
  g_autoptr(HearthFamily) first = hearth_family_new (fail ? "HX-A" : "HX-C", "Family A");
  g_autoptr(HearthFamily) second = hearth_family_new (fail ? "HX-B" : "HX-D", "Family B");

  if (!hearth_store_save_family (store, first, error)
      || !hearth_store_save_family (store, second, error))
    return FALSE;

  if (fail)
    {
      /* A clash inside the batch: the batch as a whole must vanish. */
      g_autoptr(HearthFamily) clash = hearth_family_new ("HX-A", "Family A again");

      return hearth_store_save_family (store, clash, error);
    }

  return TRUE;
}

static void
test_transaction (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  gint64 audit_before = count_rows (store, "SELECT count(*) FROM audit");

  g_assert_false (hearth_store_transaction (store, save_two_then_fail_cb, GINT_TO_POINTER (TRUE), &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM families"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit"), ==, audit_before);

  g_assert_true (hearth_store_transaction (store, save_two_then_fail_cb, GINT_TO_POINTER (FALSE), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM families"), ==, 2);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit"), ==, audit_before + 2);

  /* The store is usable after both. */
  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

/* The shared helpers of hearth-store-rows.c and hearth-store-changes.c,
 * driven directly with made-up writes and readers. */

static gboolean
insert_family_cb (HearthStore        *store,
                  HearthStoreChange  *change,
                  gpointer            user_data,
                  const char         *what,
                  GError            **error)
{
  g_autoptr(HearthStmt) stmt = NULL;

  stmt = hearth_store_prepare (store,
                               "INSERT INTO families (case_reference, display_name, created_at,"
                               " updated_at, archived) VALUES ('HX-W', 'W', 1, 1, 0)",
                               what, error);
  if (stmt == NULL || !hearth_store_step_done (store, stmt, what, error))
    return FALSE;

  change->family_id = change->entity_id = sqlite3_last_insert_rowid (store->db);

  if (GPOINTER_TO_INT (user_data))
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED, "refused");
      return FALSE;
    }

  return TRUE;
}

static void
test_helper_write (Fixture       *fixture,
                   gconstpointer  data)
{
  HearthStore *store = fixture->store;
  HearthStoreChange change = { 0, "family", 0, HEARTH_AUDIT_ACTION_CREATE, "Created family" };
  HearthStoreChange broken = { 0, NULL, 0, HEARTH_AUDIT_ACTION_CREATE, "Created family" };
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;

  /* A write that fails rolls back what it wrote, and writes no audit row. */
  g_assert_false (hearth_store_write (store, &change, insert_family_cb, GINT_TO_POINTER (TRUE),
                                      "Could not write", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM families"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit"), ==, 0);
  g_assert_cmpuint (store->transaction_depth, ==, 0);

  /* So does a write whose audit row cannot be written. */
  g_assert_false (hearth_store_write (store, &broken, insert_family_cb, GINT_TO_POINTER (FALSE),
                                      "Could not write", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM families"), ==, 0);
  g_assert_cmpuint (store->transaction_depth, ==, 0);

  /* A write that succeeds commits with the audit row it completed. */
  g_assert_true (hearth_store_write (store, &change, insert_family_cb, GINT_TO_POINTER (FALSE),
                                     "Could not write", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM families"), ==, 1);
  actions = audit_actions (store, "family", change.entity_id);
  g_assert_cmpstr (actions, ==, "create");
  g_assert_cmpuint (store->transaction_depth, ==, 0);
}

static gboolean
save_family_cb (HearthStore      *store,
                HearthStoreSave  *save,
                gpointer          record,
                const char       *what,
                GError          **error)
{
  HearthFamily *family = record;
  g_autoptr(HearthStmt) stmt = NULL;

  if (save->insert)
    stmt = hearth_store_prepare (store,
                                 "INSERT INTO families (case_reference, display_name, created_at,"
                                 " updated_at, archived) VALUES (?1, ?2, ?3, ?3, 0)",
                                 what, error);
  else
    stmt = hearth_store_prepare (store,
                                 "UPDATE families SET case_reference = ?1, display_name = ?2,"
                                 " updated_at = ?3 WHERE id = ?4",
                                 what, error);
  if (stmt == NULL)
    return FALSE;

  hearth_store_bind_text (stmt, 1, family->case_reference);
  hearth_store_bind_text (stmt, 2, family->display_name);
  sqlite3_bind_int64 (stmt, 3, save->now);
  if (!save->insert)
    sqlite3_bind_int64 (stmt, 4, family->id);
  if (!hearth_store_step_save (store, stmt, save, what, error))
    return FALSE;

  hearth_store_save_set_audit (save, save->id, "family", "Created family", "Updated family");
  return TRUE;
}

static void
test_helper_save (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-S", "Saved");
  g_autoptr(HearthFamily) clash = hearth_family_new ("HX-S", "Clash");
  g_autoptr(GError) error = NULL;
  g_autofree char *actions = NULL;
  gint64 created;

  g_assert_true (hearth_store_save (store, family, &family->id, &family->created_at,
                                    &family->updated_at, save_family_cb, "Could not save", &error));
  g_assert_no_error (error);
  g_assert_cmpint (family->id, >, 0);
  g_assert_cmpint (family->created_at, >, 0);
  g_assert_cmpint (family->updated_at, ==, family->created_at);
  created = family->created_at;

  g_assert_true (hearth_store_save (store, family, &family->id, &family->created_at,
                                    &family->updated_at, save_family_cb, "Could not save", &error));
  g_assert_no_error (error);
  g_assert_cmpint (family->created_at, ==, created);
  actions = audit_actions (store, "family", family->id);
  g_assert_cmpstr (actions, ==, "create,update");

  /* A failed insert leaves the record without an id or time stamps. */
  g_assert_false (hearth_store_save (store, clash, &clash->id, &clash->created_at,
                                     &clash->updated_at, save_family_cb, "Could not save", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (clash->id, ==, 0);
  g_assert_cmpint (clash->created_at, ==, 0);
  g_assert_cmpint (clash->updated_at, ==, 0);

  /* An update of a row that is gone is not found, and changes nothing. */
  clash->id = family->id + 100;
  g_assert_false (hearth_store_save (store, clash, &clash->id, &clash->created_at,
                                     &clash->updated_at, save_family_cb, "Could not save", &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (clash->updated_at, ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit"), ==, 2);
}

/* Reads a family's case reference, refusing one that starts "HX-BAD". */
static gpointer
reference_from_row (HearthStmt  *stmt,
                    const char  *what,
                    GError     **error)
{
  const char *reference = (const char *) sqlite3_column_text (stmt, 0);

  if (g_str_has_prefix (reference, "HX-BAD"))
    {
      hearth_store_set_corrupt_row (what, error);
      return NULL;
    }

  return g_strdup (reference);
}

static gboolean
count_row_cb (HearthStmt  *stmt,
              gpointer     user_data,
              const char  *what,
              GError     **error)
{
  (*(guint *) user_data)++;
  return TRUE;
}

static void
test_helper_rows (Fixture       *fixture,
                  gconstpointer  data)
{
  HearthStore *store = fixture->store;
  g_autoptr(HearthFamily) first = add_family (store, "HX-1", "First");
  g_autoptr(HearthFamily) second = add_family (store, "HX-2", "Second");
  g_autoptr(HearthFamily) bad = NULL;
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = NULL;
  guint n_rows = 0;

  reference = hearth_store_load_row (store, "SELECT case_reference FROM families WHERE id = ?",
                                     second->id, reference_from_row, "Could not load", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reference, ==, "HX-2");

  g_assert_null (hearth_store_load_row (store, "SELECT case_reference FROM families WHERE id = ?",
                                        second->id + 100, reference_from_row, "Could not load",
                                        &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Could not load because it is not in the database.");
  g_clear_error (&error);

  references = hearth_store_load_rows (store,
                                       "SELECT case_reference FROM families WHERE id >= ?"
                                       " ORDER BY id",
                                       first->id, reference_from_row, g_free, "Could not list",
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (references->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (references, 1), ==, "HX-2");

  g_clear_pointer (&references, g_ptr_array_unref);

  families = hearth_store_list_families (store, TRUE, &error);
  g_assert_no_error (error);
  by_id = hearth_store_index_records (families, G_STRUCT_OFFSET (HearthFamily, id));
  g_assert_cmpuint (g_hash_table_size (by_id), ==, 2);
  g_assert_cmpstr (((HearthFamily *) g_hash_table_lookup (by_id, &second->id))->case_reference,
                   ==, "HX-2");

  g_assert_true (hearth_store_each_row (store, "SELECT id FROM families WHERE id >= ?", first->id,
                                        count_row_cb, &n_rows, "Could not count", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 2);

  /* A row the reader refuses fails the whole list. */
  bad = add_family (store, "HX-BAD", "Bad");
  g_assert_null (hearth_store_load_rows (store, "SELECT case_reference FROM families WHERE id >= ?",
                                         first->id, reference_from_row, g_free, "Could not list",
                                         &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_CORRUPT);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/period/round-trip", test_period);
  ADD ("/store/supervision/round-trip", test_supervision);
  ADD ("/store/audit/trail", test_audit_trail);
  ADD ("/store/transaction/all-or-nothing", test_transaction);
  ADD ("/store/helpers/write", test_helper_write);
  ADD ("/store/helpers/save", test_helper_save);
  ADD ("/store/helpers/rows", test_helper_rows);

#undef ADD

  return g_test_run ();
}
