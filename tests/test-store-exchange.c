/* test-store-exchange.c
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
#include <string.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "store/hearth-store-exchange.h"

#include "hearth-test-family.h"
#include "hearth-test-store.h"

/* Export, import and their refusals, on real databases in fresh folders. */

static GBytes *
export_family (HearthStore *store)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = hearth_store_export_family_to_bytes (store, TEST_FAMILY_REFERENCE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* A second, empty database beside the fixture's. */
static HearthStore *
open_second_store (Fixture    *fixture,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  HearthStore *store = hearth_store_open (path, &error);

  g_assert_no_error (error);
  hearth_store_set_actor (store, "importer");
  return store;
}

static const HearthResponse *
find_response (const HearthAssessment *assessment,
               const char             *item_id)
{
  return hearth_assessment_lookup_response (assessment, item_id);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) second = NULL;
  g_autoptr(GBytes) first_export = NULL;
  g_autoptr(GBytes) second_export = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GPtrArray) original_audit = NULL;
  g_autoptr(HearthFamily) family = NULL;
  gint64 original_id, family_id = 0;
  const HearthPerson *pip;
  const HearthAssessment *home = NULL;
  g_autofree char *pip_id = NULL;

  original_id = test_family_build (fixture->store);
  first_export = export_family (fixture->store);

  /* The same database exports the same bytes again. */
  second_export = export_family (fixture->store);
  g_assert_true (g_bytes_equal (first_export, second_export));
  g_clear_pointer (&second_export, g_bytes_unref);

  /* A database with other families, so that every row id differs. */
  second = open_second_store (fixture, "second.db");
  g_clear_pointer (&family, hearth_family_unref);
  family = hearth_family_new ("HX-OTHER-1", "Another household");
  g_assert_true (hearth_store_save_family (second, family, &error));
  g_assert_no_error (error);

  g_assert_true (hearth_store_import_family (second, first_export, "family.xml", FALSE, &family_id,
                                             &error));
  g_assert_no_error (error);
  g_assert_cmpint (family_id, >, family->id);

  second_export = export_family (second);
  if (!g_bytes_equal (first_export, second_export))
    {
      g_test_message ("first:\n%s", (const char *) g_bytes_get_data (first_export, NULL));
      g_test_message ("second:\n%s", (const char *) g_bytes_get_data (second_export, NULL));
    }
  g_assert_true (g_bytes_equal (first_export, second_export));

  /* The records themselves, not only the document, came across. */
  people = hearth_store_list_people (second, family_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 4);
  visits = hearth_store_list_visits (second, family_id, &error);
  g_assert_cmpuint (visits->len, ==, 2);
  for (guint i = 0; i < visits->len; i++)
    {
      HearthVisit *visit = g_ptr_array_index (visits, i);

      if (visit->visited_at == TEST_FAMILY_VISIT_1)
        g_assert_cmpstr (visit->notes, ==, TEST_FAMILY_AWKWARD_NOTE);
      else
        {
          g_assert_null (visit->notes);
          g_assert_cmpstr (visit->others_present, ==, "");
        }
    }

  pip = NULL;
  for (guint i = 0; i < people->len; i++)
    if (g_str_equal (((HearthPerson *) g_ptr_array_index (people, i))->name, "Pip Thistlewood"))
      pip = g_ptr_array_index (people, i);
  g_assert_nonnull (pip);
  pip_id = g_strdup_printf ("%" G_GINT64_FORMAT, pip->id);

  assessments = hearth_store_list_assessments (second, family_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 3);
  for (guint i = 0; i < assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (assessments, i);

      if (g_str_equal (assessment->instrument_id, "home-conditions"))
        home = assessment;
      else if (assessment->supersedes_id != 0)
        {
          g_assert_cmpint (assessment->status, ==, HEARTH_ASSESSMENT_STATUS_FINAL);
          g_assert_cmpstr (assessment->amend_reason, ==, "Wrong level for nutrition.");
          g_assert_cmpint (find_response (assessment, "nutrition")->level, ==, 2);
        }
      else
        {
          g_assert_cmpint (assessment->status, ==, HEARTH_ASSESSMENT_STATUS_SUPERSEDED);
          g_assert_cmpint (assessment->finalised_at, >, 0);
          g_assert_cmpstr (find_response (assessment, "child-voice")->value, ==,
                           "I like school.\nMostly.");
          g_assert_true (find_response (assessment, "growth")->not_known);
        }
    }
  /* The chosen child is the imported Pip, by the new database's id. */
  g_assert_nonnull (home);
  g_assert_cmpstr (find_response (home, "most-vulnerable-child")->value, ==, pip_id);

  events = hearth_store_list_events (second, family_id, &error);
  g_assert_cmpuint (events->len, ==, 2);

  /* The audit trail came as history, with one row for the import. */
  original_audit = hearth_store_list_family_audit (fixture->store, original_id, &error);
  audit = hearth_store_list_family_audit (second, family_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (audit->len, ==, original_audit->len + 1);
  for (guint i = 0; i < original_audit->len; i++)
    {
      HearthAuditEntry *before = g_ptr_array_index (original_audit, i);
      HearthAuditEntry *after = g_ptr_array_index (audit, i);

      g_assert_cmpint (before->at, ==, after->at);
      g_assert_cmpstr (before->actor, ==, after->actor);
      g_assert_cmpstr (before->summary, ==, after->summary);
      g_assert_cmpint (before->action, ==, after->action);
    }
  g_assert_cmpint (((HearthAuditEntry *) g_ptr_array_index (audit, original_audit->len))->action,
                   ==, HEARTH_AUDIT_ACTION_IMPORT);
  g_assert_cmpstr (((HearthAuditEntry *) g_ptr_array_index (audit, original_audit->len))->actor,
                   ==, "importer");

  g_assert_true (hearth_store_check_integrity (second, &error));
  g_assert_no_error (error);
}

/* Closes the fixture's store (so SQLite folds its log into the file) and
 * returns the file's checksum. */
static char *
close_and_checksum (Fixture *fixture)
{
  g_clear_object (&fixture->store);
  return hearth_test_checksum_file (fixture->path);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->store = hearth_store_open (fixture->path, &error);
  g_assert_no_error (error);
  hearth_store_set_actor (fixture->store, "test-actor");
}

/* One sentence, without record content. */
static void
assert_one_sentence (const GError *error)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_str_has_suffix (error->message, "."));
  g_assert_null (strstr (error->message, "Thistlewood"));
  g_assert_null (strstr (error->message, "Line two"));
}

static void
test_refuse_existing (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) document = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 family_id = -1;

  test_family_build (fixture->store);
  document = export_family (fixture->store);
  before = close_and_checksum (fixture);

  reopen (fixture);
  g_assert_false (hearth_store_import_family (fixture->store, document, "family.xml", FALSE,
                                              &family_id, &error));
  g_assert_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_EXISTS);
  assert_one_sentence (error);
  g_assert_cmpint (family_id, ==, -1);

  after = close_and_checksum (fixture);
  g_assert_cmpstr (before, ==, after);
  reopen (fixture);
}

static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) document = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(HearthFamily) gone = NULL;
  g_autoptr(GPtrArray) old_audit = NULL;
  g_autoptr(GPtrArray) new_audit = NULL;
  g_autoptr(GPtrArray) families = NULL;
  gint64 old_id, new_id = 0;
  guint n_old_audit;

  old_id = test_family_build (fixture->store);
  document = export_family (fixture->store);
  old_audit = hearth_store_list_family_audit (fixture->store, old_id, &error);
  n_old_audit = old_audit->len;
  g_clear_pointer (&old_audit, g_ptr_array_unref);

  g_assert_true (hearth_store_import_family (fixture->store, document, "family.xml", TRUE,
                                             &new_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (new_id, >, old_id);

  /* One family with the reference, the new one; the old one is gone. */
  families = hearth_store_list_families (fixture->store, TRUE, &error);
  g_assert_cmpuint (families->len, ==, 1);
  g_assert_cmpint (((HearthFamily *) g_ptr_array_index (families, 0))->id, ==, new_id);
  gone = hearth_store_load_family (fixture->store, old_id, &error);
  g_assert_null (gone);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The old family's trail stays, with the deletion; the new one's is the
   * imported history plus the import. */
  old_audit = hearth_store_list_family_audit (fixture->store, old_id, &error);
  g_assert_cmpuint (old_audit->len, ==, n_old_audit + 1);
  g_assert_cmpint (((HearthAuditEntry *) g_ptr_array_index (old_audit, n_old_audit))->action, ==,
                   HEARTH_AUDIT_ACTION_DELETE);
  new_audit = hearth_store_list_family_audit (fixture->store, new_id, &error);
  g_assert_cmpuint (new_audit->len, ==, n_old_audit + 1);

  again = export_family (fixture->store);
  g_assert_true (g_bytes_equal (document, again));
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM people"), ==, 4);
  g_assert_true (hearth_store_check_integrity (fixture->store, &error));
  g_assert_no_error (error);
}

static void
test_export_not_found (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  test_family_build (fixture->store);
  bytes = hearth_store_export_family_to_bytes (fixture->store, "HX-NOT-HERE", &error);
  g_assert_null (bytes);
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND);
  assert_one_sentence (error);
}

static void
test_file_mode (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "family.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) document = NULL;
  gsize length;
  GStatBuf st;
  mode_t old_mask = umask (022);

  test_family_build (fixture->store);
  document = export_family (fixture->store);

  /* An existing, readable file is replaced by a private one. */
  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  g_assert_true (hearth_store_export_family_to_file (fixture->store, TEST_FAMILY_REFERENCE, path,
                                                     &error));
  g_assert_no_error (error);
  umask (old_mask);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpmem (contents, length, g_bytes_get_data (document, NULL), g_bytes_get_size (document));
}

static void
test_unexportable (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HearthEvent) event = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "family.xml", NULL);
  gint64 family_id = test_family_build (fixture->store);

  /* A control character pasted into a note: XML 1.0 cannot carry it. */
  event = hearth_event_new (family_id, "2025-06-01", HEARTH_EVENT_CATEGORY_OTHER, "School",
                            "Bell\x07 rang.");
  g_assert_true (hearth_store_save_event (fixture->store, event, &error));
  g_assert_no_error (error);

  bytes = hearth_store_export_family_to_bytes (fixture->store, TEST_FAMILY_REFERENCE, &error);
  g_assert_null (bytes);
  g_assert_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_UNEXPORTABLE);
  assert_one_sentence (error);
  g_clear_error (&error);

  g_assert_false (hearth_store_export_family_to_file (fixture->store, TEST_FAMILY_REFERENCE, path,
                                                      &error));
  g_assert_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_UNEXPORTABLE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A disk that fills up half-way through an import: nothing of it stays. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) second = NULL;
  g_autoptr(GBytes) document = NULL;
  g_autofree char *second_path = g_build_filename (fixture->dir, "second.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3_stmt *stmt = NULL;
  int n_pages;
  gint64 family_id = test_family_build (fixture->store);

  /* Enough chronology to need pages the database does not have yet. */
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(HearthEvent) event = NULL;
      g_autofree char *text = g_strnfill (500, 'x');

      event = hearth_event_new (family_id, "2025-06-01", HEARTH_EVENT_CATEGORY_OTHER, "School",
                                text);
      g_assert_true (hearth_store_save_event (fixture->store, event, &error));
      g_assert_no_error (error);
    }
  document = export_family (fixture->store);

  second = open_second_store (fixture, "second.db");
  g_clear_object (&second);
  before = hearth_test_checksum_file (second_path);
  second = open_second_store (fixture, "second.db");

  g_assert_cmpint (sqlite3_prepare_v2 (second->db, "PRAGMA page_count", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n_pages = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  {
    g_autofree char *pragma = g_strdup_printf ("PRAGMA max_page_count = %d", n_pages + 1);

    g_assert_cmpint (sqlite3_exec (second->db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  }

  g_assert_false (hearth_store_import_family (second, document, "family.xml", FALSE, NULL, &error));
  g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FULL);
  assert_one_sentence (error);
  g_assert_cmpint (count_rows (second, "SELECT count(*) FROM families"), ==, 0);
  g_assert_cmpint (count_rows (second, "SELECT count(*) FROM audit"), ==, 0);

  g_clear_object (&second);
  after = hearth_test_checksum_file (second_path);
  g_assert_cmpstr (before, ==, after);
}

/*
 * Bad files: each is the good export with one fault (or something that is
 * not an export at all). Each must be refused with its error and a clear
 * sentence, and leave the database byte for byte as it was. The imports
 * ask to replace the family, so only the fault can stop them.
 */

typedef enum
{
  MAKE_REPLACE,     /* the good document with @find replaced by @with */
  MAKE_PREFIX,      /* @with, then the good document without its XML declaration */
  MAKE_LITERAL,     /* @with alone */
  MAKE_TRUNCATED,   /* the first half of the good document */
  MAKE_BINARY,      /* bytes that are not text */
  MAKE_HUGE,        /* the good document padded past the size limit */
  MAKE_DEEP,        /* elements nested past the depth limit */
  MAKE_INSTRUMENT,  /* a valid XML file of another kind */
} Make;

typedef struct
{
  const char          *name;
  Make                 make;
  const char          *find;
  const char          *with;
  HearthExchangeError  code;
  const char          *expect;  /* a piece of the message */
} BadFile;

static const BadFile bad_files[] = {
  { "wrong-root", MAKE_INSTRUMENT, NULL, NULL, HEARTH_EXCHANGE_ERROR_SCHEMA, "root element" },
  { "newer-format", MAKE_REPLACE, "format=\"1\"", "format=\"2\"", HEARTH_EXCHANGE_ERROR_SCHEMA,
    "version of the family exchange format" },
  { "unknown-element", MAKE_REPLACE, "<periods>", "<periods><holiday/>",
    HEARTH_EXCHANGE_ERROR_SCHEMA, "family exchange schema" },
  { "missing-attribute", MAKE_REPLACE, " practitioner=\"Jo Practitioner\"", "",
    HEARTH_EXCHANGE_ERROR_SCHEMA, "family exchange schema" },
  { "unknown-category", MAKE_REPLACE, "category=\"move\"", "category=\"moving-house\"",
    HEARTH_EXCHANGE_ERROR_SCHEMA, "family exchange schema" },
  { "bad-boolean", MAKE_REPLACE, "send=\"true\"", "send=\"yes\"", HEARTH_EXCHANGE_ERROR_SCHEMA,
    "family exchange schema" },
  { "dangling-person", MAKE_REPLACE, "<present person=\"p3\"/>", "<present person=\"p9\"/>",
    HEARTH_EXCHANGE_ERROR_INVALID, "does not name an earlier person" },
  { "dangling-visit", MAKE_REPLACE, "visit=\"v1\" assessment", "visit=\"v7\" assessment",
    HEARTH_EXCHANGE_ERROR_INVALID, "does not name an earlier visit" },
  { "wrong-kind-of-id", MAKE_REPLACE, "<present person=\"p3\"/>", "<present person=\"v1\"/>",
    HEARTH_EXCHANGE_ERROR_INVALID, "does not name an earlier person" },
  { "forward-supersedes", MAKE_REPLACE, "supersedes=\"a1\"", "supersedes=\"a3\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "does not name an earlier assessment" },
  { "dangling-audit-record", MAKE_REPLACE, "record=\"e2\"", "record=\"e99\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "does not name an earlier event" },
  { "duplicate-id", MAKE_REPLACE, "id=\"v2\"", "id=\"p1\"", HEARTH_EXCHANGE_ERROR_INVALID,
    "already used" },
  { "date-before-1900", MAKE_REPLACE, "born=\"2015-06-01\"", "born=\"1899-12-31\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "before 1900" },
  { "impossible-date", MAKE_REPLACE, "date=\"2024-11-20\"", "date=\"2024-02-30\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "not a real calendar date" },
  { "impossible-moment", MAKE_REPLACE, "at=\"2025-03-14T10:30:00Z\"",
    "at=\"2025-03-14T25:30:00Z\"", HEARTH_EXCHANGE_ERROR_INVALID, "not a real moment" },
  { "moment-before-1900", MAKE_REPLACE, "at=\"2025-03-14T10:30:00Z\"",
    "at=\"1899-03-14T10:30:00Z\"", HEARTH_EXCHANGE_ERROR_INVALID, "not a real moment" },
  { "birth-after-event", MAKE_REPLACE, "born=\"2019-09-09\"", "born=\"2025-03-01\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "before the date of birth" },
  { "birth-in-future", MAKE_REPLACE, "born=\"2019-09-09\"", "born=\"2099-03-01\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "in the future" },
  { "event-in-future", MAKE_REPLACE, "date=\"2024-11-20\"", "date=\"2099-11-20\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "in the future" },
  { "adult-as-child", MAKE_REPLACE, "<child person=\"p2\" seen=\"false\"",
    "<child person=\"p3\" seen=\"false\"", HEARTH_EXCHANGE_ERROR_INVALID, "names an adult" },
  { "seen-alone-unseen", MAKE_REPLACE, "<child person=\"p2\" seen=\"true\" seen-alone=\"false\"/>",
    "<child person=\"p2\" seen=\"false\" seen-alone=\"true\"/>", HEARTH_EXCHANGE_ERROR_INVALID,
    "seen alone" },
  { "blank-source", MAKE_REPLACE, "source=\"Housing\"", "source=\"   \"",
    HEARTH_EXCHANGE_ERROR_INVALID, "source agency" },
  { "superseded-without-successor", MAKE_REPLACE, " supersedes=\"a1\"", "",
    HEARTH_EXCHANGE_ERROR_INVALID, "no later version" },
  { "draft-finalised", MAKE_REPLACE, "status=\"draft\"",
    "status=\"draft\" finalised-at=\"2025-05-02T14:00:00Z\"", HEARTH_EXCHANGE_ERROR_INVALID,
    "draft" },
  { "unknown-item", MAKE_REPLACE, "item=\"kitchen\"", "item=\"conservatory\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "does not have" },
  { "level-off-scale", MAKE_REPLACE, "item=\"kitchen\" level=\"4\"", "item=\"kitchen\" level=\"9\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "scale" },
  { "child-field-raw-id", MAKE_REPLACE, "not-known=\"false\" child=\"p2\"/>",
    "not-known=\"false\"><value>17</value></response>", HEARTH_EXCHANGE_ERROR_INVALID,
    "name the child" },
  { "repeated-answer", MAKE_REPLACE, "item=\"growth\"", "item=\"nutrition\"",
    HEARTH_EXCHANGE_ERROR_INVALID, "same item twice" },
  { "truncated", MAKE_TRUNCATED, NULL, NULL, HEARTH_EXCHANGE_ERROR_MALFORMED, "not well-formed" },
  { "binary", MAKE_BINARY, NULL, NULL, HEARTH_EXCHANGE_ERROR_MALFORMED, "NUL byte" },
  { "invalid-utf8", MAKE_REPLACE, "Grandmother", "Grand\xff\xfemother",
    HEARTH_EXCHANGE_ERROR_MALFORMED, "UTF-8" },
  { "empty", MAKE_LITERAL, NULL, "", HEARTH_EXCHANGE_ERROR_MALFORMED, "empty" },
  { "not-xml", MAKE_LITERAL, NULL, "family: Thistlewood\n", HEARTH_EXCHANGE_ERROR_MALFORMED,
    "not well-formed" },
  { "entity-bomb", MAKE_PREFIX, NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE hearth-family [<!ENTITY a \"aaaaaaaaaa\">"
    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n",
    HEARTH_EXCHANGE_ERROR_MALFORMED, "DOCTYPE" },
  { "external-entity", MAKE_PREFIX, NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE hearth-family SYSTEM \"file:///etc/passwd\">\n",
    HEARTH_EXCHANGE_ERROR_MALFORMED, "DOCTYPE" },
  { "xinclude", MAKE_REPLACE, "<people>",
    "<people><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\"/>",
    HEARTH_EXCHANGE_ERROR_MALFORMED, "XInclude" },
  { "huge", MAKE_HUGE, NULL, NULL, HEARTH_EXCHANGE_ERROR_READ, "larger than the limit" },
  { "deep", MAKE_DEEP, NULL, NULL, HEARTH_EXCHANGE_ERROR_MALFORMED, "nested" },
};

static GBytes *
make_bad_file (const BadFile *bad,
               GBytes        *good)
{
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (good, NULL), g_bytes_get_size (good));
  const char *body;

  switch (bad->make)
    {
    case MAKE_REPLACE:
      g_assert_nonnull (strstr (text->str, bad->find));
      g_string_replace (text, bad->find, bad->with, 1);
      break;

    case MAKE_PREFIX:
      body = strstr (text->str, "<hearth-family");
      g_assert_nonnull (body);
      g_string_erase (text, 0, body - text->str);
      g_string_prepend (text, bad->with);
      break;

    case MAKE_LITERAL:
      g_string_assign (text, bad->with);
      break;

    case MAKE_TRUNCATED:
      g_string_truncate (text, text->len / 2);
      break;

    case MAKE_BINARY:
      g_string_truncate (text, 0);
      for (guint i = 0; i < 4096; i++)
        g_string_append_c (text, (char) ((i * 7919 + 13) % 256));
      break;

    case MAKE_HUGE:
      {
        g_autofree char *padding = g_strnfill (3 * 1024 * 1024, ' ');
        g_autofree char *comment = g_strconcat ("<people><!--", padding, "-->", NULL);

        g_string_replace (text, "<people>", comment, 1);
      }
      break;

    case MAKE_DEEP:
      {
        g_autoptr(GString) nest = g_string_new (NULL);

        for (guint i = 0; i < 40; i++)
          g_string_append (nest, "<x>");
        for (guint i = 0; i < 40; i++)
          g_string_append (nest, "</x>");
        g_string_insert (nest, 0, "<people>");
        g_string_replace (text, "<people>", nest->str, 1);
      }
      break;

    case MAKE_INSTRUMENT:
    default:
      {
        g_autoptr(GBytes) instrument = NULL;

        instrument = g_resources_lookup_data ("/io/github/hearthapp/Hearth/instruments/"
                                              "home-conditions.xml",
                                              G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
        g_assert_nonnull (instrument);
        g_string_assign (text, g_bytes_get_data (instrument, NULL));
      }
      break;
    }

  return g_bytes_new (text->str, text->len);
}

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) good = NULL;
  g_autofree char *before = NULL;

  g_assert_cmpuint (G_N_ELEMENTS (bad_files), >=, 15);

  test_family_build (fixture->store);
  good = export_family (fixture->store);
  before = close_and_checksum (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *bad = &bad_files[i];
      g_autoptr(GBytes) document = make_bad_file (bad, good);
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      g_autofree char *name = g_strconcat (bad->name, ".xml", NULL);

      g_test_message ("%s", bad->name);
      reopen (fixture);

      /* Checking alone refuses it too, with the same error. */
      g_assert_false (hearth_exchange_check_bytes (document, name, &error));
      g_assert_error (error, HEARTH_EXCHANGE_ERROR, (int) bad->code);
      g_clear_error (&error);

      g_assert_false (hearth_store_import_family (fixture->store, document, name, TRUE, NULL,
                                                  &error));
      g_assert_error (error, HEARTH_EXCHANGE_ERROR, (int) bad->code);
      assert_one_sentence (error);
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_nonnull (strstr (error->message, bad->expect));
      g_assert_nonnull (strstr (error->message, "nothing was imported"));

      after = close_and_checksum (fixture);
      g_assert_cmpstr (before, ==, after);
    }

  reopen (fixture);
}

/* The same refusals from a file, and files that cannot be read at all. */
static void
test_bad_paths (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.xml", NULL);
  g_autofree char *huge = g_build_filename (fixture->dir, "huge.xml", NULL);
  g_autofree char *padding = g_strnfill (3 * 1024 * 1024, ' ');

  g_assert_false (hearth_store_import_family_from_file (fixture->store, missing, FALSE, NULL,
                                                        &error));
  g_assert_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_READ);
  assert_one_sentence (error);
  g_clear_error (&error);

  g_assert_false (hearth_store_import_family_from_file (fixture->store, fixture->dir, FALSE, NULL,
                                                        &error));
  g_assert_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_READ);
  assert_one_sentence (error);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (huge, padding, -1, &error));
  g_assert_false (hearth_store_import_family_from_file (fixture->store, huge, FALSE, NULL, &error));
  g_assert_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_READ);
  assert_one_sentence (error);

  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM families"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/exchange/round-trip", test_round_trip);
  ADD ("/store/exchange/refuse-existing", test_refuse_existing);
  ADD ("/store/exchange/replace", test_replace);
  ADD ("/store/exchange/export-not-found", test_export_not_found);
  ADD ("/store/exchange/file-mode", test_file_mode);
  ADD ("/store/exchange/unexportable", test_unexportable);
  ADD ("/store/exchange/full-disk", test_full_disk);
  ADD ("/store/exchange/bad-files", test_bad_files);
  ADD ("/store/exchange/bad-paths", test_bad_paths);

  return g_test_run ();
}
