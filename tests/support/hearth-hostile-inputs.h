/* hearth-hostile-inputs.h
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

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <linux/fs.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "hearth-test-store.h"
#include "store/hearth-store-exchange.h"

G_BEGIN_DECLS

/* The inputs of test-data-hostile.c: how each bad case is prepared, and the
 * cases that go through the store's API in-process. Header-only, like the
 * other helpers here, and meant for that one test. */

typedef struct
{
  char        *dir;        /* the case's own folder */
  char        *db;         /* the copy of the fixture database */
  char        *input;      /* the file the case feeds in, if any */
  char        *target;     /* the file that must stay unchanged: db unless a case says */
  char        *home;       /* XDG_DATA_HOME for hearth-cli */
  sqlite3     *holder;     /* a second connection holding a lock, if any */
  char        *immutable;  /* a folder made immutable, if any */
  gboolean     skipped;
} Work;

typedef void     (*PrepareFunc) (Work *work);
typedef gboolean (*StoreFunc)   (Work *work, GError **error);

static char *template_db;       /* the fixture database, made once */
static GBytes *baseline;        /* its family exported, a valid import file */

/* Helpers */

static void
write_file (const char *path,
            const char *data,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  write_file (to, contents, (gssize) length);
}

static char *
baseline_text (void)
{
  return g_strndup (g_bytes_get_data (baseline, NULL), g_bytes_get_size (baseline));
}

/* The baseline with its first @from replaced by @to. */
static char *
mutate (const char *text,
        const char *from,
        const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* A valid import file of a new family, mutated once. */
static void
write_import (Work       *work,
              const char *from,
              const char *to)
{
  g_autofree char *text = baseline_text ();
  g_autofree char *renamed = mutate (text, "reference=\"HX-HOSTILE-1\"", "reference=\"HX-HOSTILE-2\"");
  g_autofree char *bad = from != NULL ? mutate (renamed, from, to) : g_strdup (renamed);

  write_file (work->input, bad, -1);
}

static char *
repeat (char  c,
        gsize n)
{
  char *s = g_malloc (n + 1);

  memset (s, c, n);
  s[n] = '\0';
  return s;
}

static void
use_bad_instrument (Work       *work,
                    const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "instruments", "bad", name, NULL);

  copy_file (path, work->input);
}

static void
hold_write_lock (Work *work)
{
  g_assert_cmpint (sqlite3_open (work->db, &work->holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (work->holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
}

/* In exclusive locking mode, a connection that has written keeps the
 * file locked against every other process, readers included. */
static void
hold_exclusive_lock (Work *work)
{
  g_assert_cmpint (sqlite3_open (work->db, &work->holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (work->holder, "PRAGMA locking_mode = EXCLUSIVE;"
                                               "BEGIN EXCLUSIVE;"
                                               "UPDATE families SET updated_at = updated_at",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static gboolean
set_immutable (const char *path,
               gboolean    immutable)
{
  int fd = open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int flags = 0;
  gboolean ok;

  if (fd < 0)
    return FALSE;

  ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (ok)
    {
      flags = immutable ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
      ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
  close (fd);

  return ok;
}

/* A folder that cannot be written to. The superuser writes anywhere a
 * mode allows nothing, so for root the folder is made immutable, which
 * binds root too; where the file system or the capabilities do not allow
 * that, the case is skipped. */
static gboolean
make_read_only (Work       *work,
                const char *dir)
{
  if (geteuid () != 0)
    return g_chmod (dir, 0500) == 0;

  if (!set_immutable (dir, TRUE))
    {
      g_test_skip ("As the superuser, a read-only folder needs the immutable attribute, which "
                   "this file system or these capabilities do not allow.");
      work->skipped = TRUE;
      return FALSE;
    }

  work->immutable = g_strdup (dir);
  return TRUE;
}

/* Preparations: instrument files */

static void prep_instr_external_entity (Work *w) { use_bad_instrument (w, "external-entity.xml"); }
static void prep_instr_network_entity (Work *w) { use_bad_instrument (w, "external-entity-network.xml"); }
static void prep_instr_parameter_entity (Work *w) { use_bad_instrument (w, "parameter-entity.xml"); }
static void prep_instr_billion_laughs (Work *w) { use_bad_instrument (w, "billion-laughs.xml"); }
static void prep_instr_quadratic (Work *w) { use_bad_instrument (w, "quadratic-blowup.xml"); }
static void prep_instr_xinclude (Work *w) { use_bad_instrument (w, "xinclude.xml"); }
static void prep_instr_deep (Work *w) { use_bad_instrument (w, "deep-nesting.xml"); }
static void prep_instr_truncated (Work *w) { use_bad_instrument (w, "truncated.xml"); }
static void prep_instr_nul (Work *w) { use_bad_instrument (w, "binary-nul.xml"); }
static void prep_instr_utf8 (Work *w) { use_bad_instrument (w, "invalid-utf8.xml"); }
static void prep_instr_wrong_root (Work *w) { use_bad_instrument (w, "wrong-root.xml"); }
static void prep_instr_schema (Work *w) { use_bad_instrument (w, "schema-violation.xml"); }
static void prep_instr_duplicate (Work *w) { use_bad_instrument (w, "duplicate-item-ids.xml"); }
static void prep_instr_empty (Work *w) { use_bad_instrument (w, "empty.xml"); }

static void
prep_instr_huge_attribute (Work *work)
{
  g_autofree char *value = repeat ('a', 3 * 1024 * 1024);
  g_autofree char *text = g_strdup_printf ("<?xml version=\"1.0\"?>\n<instrument id=\"%s\"/>\n", value);

  write_file (work->input, text, -1);
}

static void
prep_instr_binary (Work *work)
{
  g_autofree guint8 *noise = g_malloc (4096);
  GRand *rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < 4096; i++)
    noise[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_rand_free (rand);
  write_file (work->input, (const char *) noise, 4096);
}

/* A declared encoding libxml2 cannot convert from: found by fuzzing, when
 * libxml2 printed bytes of the file on standard error. */
static void
write_declared_encoding (const char *source,
                         const char *target,
                         const char *encoding)
{
  g_autofree char *text = NULL;
  g_autofree char *declaration = g_strdup_printf ("encoding=\"%s\"", encoding);
  g_autofree char *bad = NULL;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  bad = mutate (text, "encoding=\"UTF-8\"", declaration);
  write_file (target, bad, -1);
}

static void
prep_instr_utf7 (Work *work)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "instruments", "good",
                                                 "minimal.xml", NULL);

  write_declared_encoding (good, work->input, "UTF-7");
}

static void
prep_instr_ebcdic (Work *work)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "instruments", "good",
                                                 "minimal.xml", NULL);

  write_declared_encoding (good, work->input, "EBCDIC-US");
}

static void
prep_instr_folder (Work *work)
{
  g_assert_cmpint (g_mkdir (work->input, 0700), ==, 0);
}

/* Preparations: import files */

static void prep_import_existing (Work *w) { write_file (w->input, g_bytes_get_data (baseline, NULL), (gssize) g_bytes_get_size (baseline)); }

static void
prep_import_external_entity (Work *work)
{
  g_autofree char *text = baseline_text ();
  g_autofree char *with_doctype = mutate (text, "?>\n", "?>\n<!DOCTYPE hearth-family [\n"
                                                      "<!ENTITY leak SYSTEM \"file:///etc/passwd\">\n]>\n");
  g_autofree char *bad = mutate (with_doctype, "Bramble missed school again.", "&leak;");
  g_autofree char *renamed = mutate (bad, "HX-HOSTILE-1", "HX-HOSTILE-2");

  write_file (work->input, renamed, -1);
}

static void
prep_import_billion_laughs (Work *work)
{
  g_autoptr(GString) doctype = g_string_new ("?>\n<!DOCTYPE hearth-family [\n<!ENTITY l0 \"lol\">\n");
  g_autofree char *text = baseline_text ();
  g_autofree char *with_doctype = NULL;
  g_autofree char *bad = NULL;

  for (int i = 1; i <= 9; i++)
    g_string_append_printf (doctype, "<!ENTITY l%d \"&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;\">\n",
                            i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
  g_string_append (doctype, "]>\n");
  with_doctype = mutate (text, "?>\n", doctype->str);
  bad = mutate (with_doctype, "Bramble missed school again.", "&l9;");
  write_file (work->input, bad, -1);
}

static void
prep_import_xinclude (Work *work)
{
  write_import (work, "<people>", "<people><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                                  "href=\"/etc/passwd\" parse=\"text\"/>");
}

static void
prep_import_deep (Work *work)
{
  g_autoptr(GString) nest = g_string_new ("<what-happened>");

  for (int i = 0; i < 20000; i++)
    g_string_append (nest, "<b>");
  for (int i = 0; i < 20000; i++)
    g_string_append (nest, "</b>");
  write_import (work, "<what-happened>", nest->str);
}

static void
prep_import_huge_attribute (Work *work)
{
  g_autofree char *value = repeat ('A', 3 * 1024 * 1024);
  g_autofree char *attribute = g_strdup_printf ("name=\"%s\"", value);

  write_import (work, "name=\"Bramble Oakfoot\"", attribute);
}

static void
prep_import_huge_text (Work *work)
{
  g_autofree char *value = repeat ('z', 5 * 1024 * 1024);

  write_import (work, "Bramble missed school again.", value);
}

static void
prep_import_truncated (Work *work)
{
  write_file (work->input, g_bytes_get_data (baseline, NULL), (gssize) g_bytes_get_size (baseline) / 2);
}

static void prep_import_binary (Work *w) { prep_instr_binary (w); }
static void prep_import_utf8 (Work *w) { write_import (w, "Bramble missed", "Bramble \xff\xfe missed"); }
static void prep_import_utf7 (Work *w) { write_import (w, "encoding=\"UTF-8\"", "encoding=\"UTF-7\""); }
static void prep_import_utf32 (Work *w) { write_import (w, "encoding=\"UTF-8\"", "encoding=\"UTF-32\""); }

static void
prep_import_nul (Work *work)
{
  g_autofree char *text = baseline_text ();
  g_autofree char *renamed = mutate (text, "HX-HOSTILE-1", "HX-HOSTILE-2");
  gsize length = strlen (renamed);
  char *at = strstr (renamed, "missed school");

  at[6] = '\0';
  write_file (work->input, renamed, (gssize) length);
}

static void
prep_import_wrong_root (Work *work)
{
  g_autofree char *text = baseline_text ();
  g_autofree char *open_tag = mutate (text, "<hearth-family", "<family-export");
  g_autofree char *bad = mutate (open_tag, "</hearth-family>", "</family-export>");

  write_file (work->input, bad, -1);
}

static void prep_import_unknown_element (Work *w) { write_import (w, "<people>", "<people><pet name=\"Rex\"/>"); }
static void prep_import_missing_attribute (Work *w) { write_import (w, " kind=\"child\"", ""); }
static void prep_import_duplicate_ids (Work *w) { write_import (w, "id=\"p2\"", "id=\"p1\""); }
static void prep_import_before_1900 (Work *w) { write_import (w, "date=\"2024-02-03\"", "date=\"1899-12-31\""); }
static void prep_import_impossible_date (Work *w) { write_import (w, "date=\"2024-02-03\"", "date=\"2024-02-30\""); }
static void prep_import_future_event (Work *w) { write_import (w, "date=\"2024-02-03\"", "date=\"2099-01-01\""); }
static void prep_import_born_after_event (Work *w) { write_import (w, "born=\"2015-04-01\"", "born=\"2024-06-01\""); }
static void prep_import_born_future (Work *w) { write_import (w, "born=\"2015-04-01\"", "born=\"2099-06-01\""); }
static void prep_import_unknown_value (Work *w) { write_import (w, "category=\"education\"", "category=\"gossip\""); }
static void prep_import_dangling (Work *w) { write_import (w, "<child person=\"p1\"/>", "<child person=\"p9\"/>"); }
static void prep_import_format (Work *w) { write_import (w, "format=\"1\"", "format=\"99\""); }
static void prep_import_empty (Work *w) { write_file (w->input, "", 0); }
static void prep_import_folder (Work *w) { prep_instr_folder (w); }

static void prep_import_locked (Work *w) { write_import (w, NULL, NULL); }

/* Preparations: database files */

static void
prep_db_text (Work *work)
{
  write_file (work->input, "These are my notes, not a database.\n", -1);
  g_free (work->target);
  work->target = g_strdup (work->input);
}

static void
prep_db_other_program (Work *work)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (work->input, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_free (work->target);
  work->target = g_strdup (work->input);
}

static void
prep_db_truncated (Work *work)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (work->db, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 4 * 4096);
  write_file (work->input, contents, (gssize) (length / 2 / 4096 * 4096));
  g_free (work->target);
  work->target = g_strdup (work->input);
}

static void
prep_db_too_new (Work *work)
{
  sqlite3 *db = NULL;

  copy_file (work->db, work->input);
  g_assert_cmpint (sqlite3_open (work->input, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_free (work->target);
  work->target = g_strdup (work->input);
}

static void
prep_db_tampered (Work *work)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (work->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE audit SET actor = 'someone else' WHERE id = 2",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
prep_db_under_file (Work *work)
{
  /* A "folder" that is a file: nothing can be created under it. */
  write_file (work->input, "A file, not a folder.\n", -1);
}

static void
prep_db_read_only_existing (Work *work)
{
  write_import (work, NULL, NULL);
  make_read_only (work, work->dir);
}


/* In-process cases through the store's API */

static HearthStore *
open_store (Work *work)
{
  g_autoptr(GError) error = NULL;
  HearthStore *store = hearth_store_open (work->db, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
fixture_family_id (HearthStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) family = hearth_store_load_family_by_reference (store, "HX-HOSTILE-1", &error);

  g_assert_no_error (error);
  return family->id;
}

static gboolean
store_huge_note (Work    *work,
                 GError **error)
{
  g_autoptr(HearthStore) store = open_store (work);
  g_autoptr(GPtrArray) assessments = hearth_store_list_assessments (store, fixture_family_id (store), NULL);
  g_autoptr(HearthResponse) response = hearth_response_new ("kitchen");
  HearthAssessment *assessment = g_ptr_array_index (assessments, 0);

  response->level = 2;
  response->note = repeat ('n', 10 * 1024 * 1024);
  return hearth_store_save_response (store, assessment->id, response, error);
}

static gboolean
store_huge_event (Work    *work,
                  GError **error)
{
  g_autoptr(HearthStore) store = open_store (work);
  g_autofree char *text = repeat ('w', 6 * 1024 * 1024);
  g_autoptr(HearthEvent) event = hearth_event_new (fixture_family_id (store), "2024-03-01",
                                                   HEARTH_EVENT_CATEGORY_OTHER, "School", text);

  return hearth_store_save_event (store, event, error);
}

static gboolean
store_event_before_1900 (Work    *work,
                         GError **error)
{
  g_autoptr(HearthStore) store = open_store (work);
  g_autoptr(HearthEvent) event = hearth_event_new (fixture_family_id (store), "1899-12-31",
                                                   HEARTH_EVENT_CATEGORY_OTHER, "School", "Too early.");

  return hearth_store_save_event (store, event, error);
}

static gboolean
store_event_impossible_date (Work    *work,
                             GError **error)
{
  g_autoptr(HearthStore) store = open_store (work);
  g_autoptr(HearthEvent) event = hearth_event_new (fixture_family_id (store), "2023-02-29",
                                                   HEARTH_EVENT_CATEGORY_OTHER, "School", "No such day.");

  return hearth_store_save_event (store, event, error);
}

static gboolean
store_born_in_future (Work    *work,
                      GError **error)
{
  g_autoptr(HearthStore) store = open_store (work);
  g_autoptr(HearthPerson) child = hearth_person_new_child ("Testy McTestface", "2099-01-01");

  child->family_id = fixture_family_id (store);
  return hearth_store_save_person (store, child, error);
}

/* Full disk: SQLite may not grow the file past its current size. */
static void
fill_disk (HearthStore *store)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *pragma = NULL;
  gint64 pages;

  g_assert_cmpint (sqlite3_prepare_v2 (store->db, "PRAGMA page_count", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  pages = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  pragma = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);
  g_assert_cmpint (sqlite3_exec (store->db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
}

static gboolean
store_full_disk_save (Work    *work,
                      GError **error)
{
  g_autoptr(HearthStore) store = open_store (work);
  g_autofree char *text = repeat ('f', 200 * 1024);
  g_autoptr(HearthEvent) event = hearth_event_new (fixture_family_id (store), "2024-03-01",
                                                   HEARTH_EVENT_CATEGORY_OTHER, "School", text);

  fill_disk (store);
  return hearth_store_save_event (store, event, error);
}

static gboolean
store_full_disk_import (Work    *work,
                        GError **error)
{
  g_autoptr(HearthStore) store = open_store (work);
  g_autofree char *text = baseline_text ();
  g_autofree char *big = repeat ('f', 200 * 1024);
  g_autofree char *renamed = mutate (text, "HX-HOSTILE-1", "HX-HOSTILE-2");
  g_autofree char *bigger = mutate (renamed, "Bramble missed school again.", big);
  g_autoptr(GBytes) bytes = g_bytes_new (bigger, strlen (bigger));

  fill_disk (store);
  return hearth_store_import_family (store, bytes, "family.xml", FALSE, NULL, error);
}

static gboolean
store_locked (Work    *work,
              GError **error)
{
  g_autoptr(HearthStore) store = open_store (work);
  g_autoptr(HearthEvent) event = hearth_event_new (fixture_family_id (store), "2024-03-01",
                                                   HEARTH_EVENT_CATEGORY_OTHER, "School", "Blocked.");

  hearth_store_set_busy_timeout (store, 100);
  hold_write_lock (work);
  return hearth_store_save_event (store, event, error);
}

static void
prep_db_read_only_new (Work *work)
{
  g_autofree char *sub = g_build_filename (work->dir, "locked-folder", NULL);

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  make_read_only (work, sub);
}

static gboolean
store_open_read_only_new (Work    *work,
                          GError **error)
{
  g_autofree char *path = g_build_filename (work->dir, "locked-folder", "hearth.db", NULL);
  g_autoptr(HearthStore) store = NULL;

  store = hearth_store_open (path, error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  return store != NULL;
}

G_END_DECLS
