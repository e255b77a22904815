/* test-data-hostile.c
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
#include <locale.h>
#include <string.h>

#include "hearth-hostile-inputs.h"

/*
 * Hostile and bad input, as a table (issue 7). Every case runs on a fresh
 * copy of one database of fictional records, through hearth-cli or the
 * store's API, and must end in:
 *
 *  - one clear sentence: it ends with a full stop, holds no newline and
 *    no second sentence, and names none of the records' people or notes;
 *  - the database byte for byte as it was, and no file left behind.
 */

/* Record content that must never reach an error message. */
static const char *const private_words[] = {
  "Bramble", "Oakfoot", "Hazel", "McTestface", "missed school", "root:x:0",
};

typedef struct
{
  const char  *name;
  PrepareFunc  prepare;
  /* hearth-cli's arguments: "@DB" is the database, "@IN" the input. */
  const char  *argv[10];
  StoreFunc    store_func;
  int          status;      /* hearth-cli's exit status: 1 refused, 2 usage */
  const char  *contains;    /* a phrase the message must hold, or NULL */
  PrepareFunc  hold;        /* takes a lock from a second connection */
} HostileCase;

/* The table */

static const HostileCase cases[] = {
  /* Instrument files */
  { "instrument/external-entity", prep_instr_external_entity, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/external-entity-network", prep_instr_network_entity, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/parameter-entity", prep_instr_parameter_entity, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/billion-laughs", prep_instr_billion_laughs, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/quadratic-blowup", prep_instr_quadratic, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/xinclude", prep_instr_xinclude, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/deep-nesting", prep_instr_deep, { "instruments", "validate", "@IN" }, NULL, 1, "nested" },
  { "instrument/truncated", prep_instr_truncated, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/nul-byte", prep_instr_nul, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/invalid-utf8", prep_instr_utf8, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/utf7-declared", prep_instr_utf7, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/ebcdic-declared", prep_instr_ebcdic, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/wrong-root", prep_instr_wrong_root, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/schema-violation", prep_instr_schema, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/duplicate-ids", prep_instr_duplicate, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/empty", prep_instr_empty, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/huge-attribute", prep_instr_huge_attribute, { "instruments", "validate", "@IN" }, NULL, 1, "limit" },
  { "instrument/binary", prep_instr_binary, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/folder", prep_instr_folder, { "instruments", "validate", "@IN" }, NULL, 1, "folder" },
  { "instrument/missing", NULL, { "instruments", "validate", "@IN" }, NULL, 1, NULL },
  { "instrument/endless", NULL, { "instruments", "validate", "/dev/zero" }, NULL, 1, "limit" },

  /* Import files */
  { "import/family-exists", prep_import_existing, { "--database", "@DB", "import", "@IN" }, NULL, 1, "replace" },
  { "import/external-entity", prep_import_external_entity, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/billion-laughs", prep_import_billion_laughs, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/xinclude", prep_import_xinclude, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/deep-nesting", prep_import_deep, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/huge-attribute", prep_import_huge_attribute, { "--database", "@DB", "import", "@IN" }, NULL, 1, "limit" },
  { "import/huge-text", prep_import_huge_text, { "--database", "@DB", "import", "@IN" }, NULL, 1, "limit" },
  { "import/truncated", prep_import_truncated, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/binary", prep_import_binary, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/invalid-utf8", prep_import_utf8, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/utf7-declared", prep_import_utf7, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/utf32-declared", prep_import_utf32, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/nul-byte", prep_import_nul, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/wrong-root", prep_import_wrong_root, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/unknown-element", prep_import_unknown_element, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/missing-attribute", prep_import_missing_attribute, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/duplicate-ids", prep_import_duplicate_ids, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/date-before-1900", prep_import_before_1900, { "--database", "@DB", "import", "@IN" }, NULL, 1, "1900" },
  { "import/impossible-date", prep_import_impossible_date, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/event-in-future", prep_import_future_event, { "--database", "@DB", "import", "@IN" }, NULL, 1, "future" },
  { "import/born-after-event", prep_import_born_after_event, { "--database", "@DB", "import", "@IN" }, NULL, 1, "birth" },
  { "import/born-in-future", prep_import_born_future, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/unknown-value", prep_import_unknown_value, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/dangling-link", prep_import_dangling, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/unknown-format", prep_import_format, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/empty", prep_import_empty, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/folder", prep_import_folder, { "--database", "@DB", "import", "@IN" }, NULL, 1, "folder" },
  { "import/missing", NULL, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "import/endless", NULL, { "--database", "@DB", "import", "/dev/zero" }, NULL, 1, "limit" },
  { "import/database-locked", prep_import_locked, { "--database", "@DB", "import", "@IN" }, NULL, 1, "in use",
    hold_write_lock },

  /* Command-line arguments */
  { "args/unknown-command", NULL, { "--database", "@DB", "obliterate" }, NULL, 2, NULL },
  { "args/unknown-option", NULL, { "--database", "@DB", "--force", "families" }, NULL, 2, NULL },
  { "args/database-without-path", NULL, { "--database" }, NULL, 2, NULL },
  { "args/database-empty-path", NULL, { "--database=", "families" }, NULL, 2, NULL },
  { "args/database-and-training", NULL, { "--database", "@DB", "--training", "families" }, NULL, 2, NULL },
  { "args/export-without-out", NULL, { "--database", "@DB", "export", "HX-HOSTILE-1" }, NULL, 2, NULL },
  { "args/import-two-files", NULL, { "--database", "@DB", "import", "a.xml", "b.xml" }, NULL, 2, NULL },
  { "args/check-with-argument", NULL, { "--database", "@DB", "check", "now" }, NULL, 2, NULL },
  { "args/backup-without-path", NULL, { "--database", "@DB", "backup" }, NULL, 2, NULL },
  { "args/restore-without-path", NULL, { "--database", "@DB", "restore" }, NULL, 2, NULL },
  { "args/chart-date-before-1900", NULL, { "--database", "@DB", "chart", "timeline", "HX-HOSTILE-1", "--out", "@IN",
                                           "--from", "1899-12-31" }, NULL, 2, NULL },
  { "args/chart-impossible-date", NULL, { "--database", "@DB", "chart", "timeline", "HX-HOSTILE-1", "--out", "@IN",
                                          "--from", "2024-02-30" }, NULL, 2, NULL },
  { "args/chart-not-a-date", NULL, { "--database", "@DB", "chart", "timeline", "HX-HOSTILE-1", "--out", "@IN",
                                     "--to", "yesterday" }, NULL, 2, NULL },
  { "args/invalid-utf8-reference", NULL, { "--database", "@DB", "family", "HX-\xff\xfe" }, NULL, 2, "UTF-8" },

  /* Texts too large, dates out of range, through the store's API */
  { "size/10-mb-note", NULL, { NULL }, store_huge_note, 0, "longer" },
  { "size/6-mb-event", NULL, { NULL }, store_huge_event, 0, "longer" },
  { "dates/event-before-1900", NULL, { NULL }, store_event_before_1900, 0, "1900" },
  { "dates/impossible-date", NULL, { NULL }, store_event_impossible_date, 0, NULL },
  { "dates/born-in-future", NULL, { NULL }, store_born_in_future, 0, "future" },

  /* Database files */
  { "database/not-a-database", prep_db_text, { "--database", "@IN", "families" }, NULL, 1, "not a Hearth database" },
  { "database/other-program", prep_db_other_program, { "--database", "@IN", "families" }, NULL, 1, "another program" },
  { "database/truncated", prep_db_truncated, { "--database", "@IN", "families" }, NULL, 1, "cut short" },
  { "database/too-new", prep_db_too_new, { "--database", "@IN", "families" }, NULL, 1, "newer" },
  { "database/audit-tampered", prep_db_tampered, { "--database", "@DB", "check" }, NULL, 1, "entry 2," },
  { "database/under-a-file", prep_db_under_file, { "--database", "@IN/hearth.db", "families" }, NULL, 1, NULL },
  { "database/a-folder", prep_instr_folder, { "--database", "@IN", "families" }, NULL, 1, NULL },
  { "database/read-only-folder", prep_db_read_only_existing, { "--database", "@DB", "import", "@IN" }, NULL, 1, NULL },
  { "database/read-only-folder-new", prep_db_read_only_new, { NULL }, store_open_read_only_new, 0, NULL },
  { "database/locked-by-another-process", NULL, { "--database", "@DB", "families" }, NULL, 1, "in use",
    hold_exclusive_lock },
  { "database/locked-write", NULL, { NULL }, store_locked, 0, "in use" },
  { "database/full-disk-save", NULL, { NULL }, store_full_disk_save, 0, "disk is full" },
  { "database/full-disk-import", NULL, { NULL }, store_full_disk_import, 0, "disk is full" },
};

/* Running a case */

static gboolean
is_one_sentence (const char *message)
{
  gsize length = strlen (message);

  if (length < 10 || length > 400 || message[length - 1] != '.'
      || strchr (message, '\n') != NULL || !g_utf8_validate (message, -1, NULL))
    return FALSE;

  /* A second sentence would start after ". " with a capital. */
  for (const char *p = strstr (message, ". "); p != NULL; p = strstr (p + 1, ". "))
    if (g_ascii_isupper (p[2]))
      return FALSE;

  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
list_dir (const char *dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      /* The shared-memory index holds no records, and an empty log is no
       * change; a log with content would be. */
      if (g_str_has_suffix (name, "-shm")
          || (g_str_has_suffix (name, "-wal") && g_stat (path, &st) == 0 && st.st_size == 0))
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }
  g_dir_close (handle);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_private (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (private_words); i++)
    if (strstr (text, private_words[i]) != NULL)
      g_error ("Record content “%s” in: %s", private_words[i], text);
}

/* Removes GLib's log lines ("domain-DEBUG: …") from @text in place. */
static void
drop_log_lines (char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) kept = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (strstr (lines[i], "-DEBUG: ") != NULL || strstr (lines[i], "-INFO: ") != NULL)
        continue;
      g_string_append (kept, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (kept, '\n');
    }
  strcpy (text, kept->str);
}

/* In-process cases: every log message while a case runs, debug included. */
static GString *captured_logs;

static GLogWriterOutput
capture_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  if (captured_logs != NULL)
    for (gsize i = 0; i < n_fields; i++)
      if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        g_string_append_printf (captured_logs, "%s\n", (const char *) fields[i].value);

  if (level & G_LOG_LEVEL_DEBUG)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* Runs hearth-cli; returns its standard error's first line without the
 * program name, and checks the rest. */
static char *
run_cli (Work              *work,
         const HostileCase *hostile)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  const char *cli = g_getenv ("HEARTH_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, g_strdup (cli));
  for (guint i = 0; i < G_N_ELEMENTS (hostile->argv) && hostile->argv[i] != NULL; i++)
    {
      const char *arg = hostile->argv[i];

      if (g_str_has_prefix (arg, "@DB"))
        g_ptr_array_add (argv, g_strconcat (work->db, arg + 3, NULL));
      else if (g_str_has_prefix (arg, "@IN"))
        g_ptr_array_add (argv, g_strconcat (work->input, arg + 3, NULL));
      else
        g_ptr_array_add (argv, g_strdup (arg));
    }
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", work->home, TRUE);
  g_subprocess_launcher_setenv (launcher, "G_MESSAGES_DEBUG", "all", TRUE);
  g_subprocess_launcher_set_cwd (launcher, work->dir);
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (child, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (child));
  g_assert_cmpint (g_subprocess_get_exit_status (child), ==, hostile->status);

  /* Debug logging is on: the logs hold no record content either. */
  assert_private (out);
  assert_private (err);
  drop_log_lines (out);
  drop_log_lines (err);
  g_assert_cmpstr (out, ==, "");

  lines = g_strsplit (err, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "hearth-cli: "));
  /* A usage error adds the same fixed hint; nothing else follows. */
  if (hostile->status == 2)
    {
      g_assert_cmpstr (lines[1], ==, "Try “hearth-cli --help”.");
      g_assert_cmpstr (lines[2], ==, "");
    }
  else
    g_assert_cmpstr (lines[1], ==, "");

  return g_strdup (lines[0] + strlen ("hearth-cli: "));
}

static void
work_release (Work *work)
{
  if (work->holder != NULL)
    {
      sqlite3_exec (work->holder, "ROLLBACK", NULL, NULL, NULL);
      g_assert_cmpint (sqlite3_close (work->holder), ==, SQLITE_OK);
      work->holder = NULL;
    }
  if (work->immutable != NULL)
    {
      g_assert_true (set_immutable (work->immutable, FALSE));
      g_clear_pointer (&work->immutable, g_free);
    }
}

static void
test_case (gconstpointer data)
{
  const HostileCase *hostile = data;
  Work work = { NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *files_before = NULL;
  g_autofree char *files_after = NULL;
  g_autofree char *message = NULL;
  gboolean target_existed;

  work.dir = hearth_test_make_tmpdir ();
  work.home = hearth_test_make_tmpdir ();
  work.db = g_build_filename (work.dir, "hearth.db", NULL);
  work.input = g_build_filename (work.dir, "input.xml", NULL);
  copy_file (template_db, work.db);
  work.target = g_strdup (work.db);

  if (hostile->prepare != NULL)
    hostile->prepare (&work);

  if (work.skipped)
    goto out;

  target_existed = g_file_test (work.target, G_FILE_TEST_IS_REGULAR);
  if (target_existed)
    before = hearth_test_checksum_file (work.target);
  files_before = list_dir (work.dir);

  /* Locks come last: closing any descriptor of the file, as the checksum
   * does, drops every POSIX lock this process holds on it. */
  if (hostile->hold != NULL)
    hostile->hold (&work);

  if (hostile->store_func != NULL)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      captured_logs = g_string_new (NULL);
      ok = hostile->store_func (&work, &error);
      assert_private (captured_logs->str);
      g_string_free (g_steal_pointer (&captured_logs), TRUE);

      work_release (&work);
      if (work.skipped)
        goto out;
      g_assert_false (ok);
      g_assert_nonnull (error);
      message = g_strdup (error->message);
    }
  else
    {
      message = run_cli (&work, hostile);
      work_release (&work);
    }

  g_test_message ("%s", message);
  g_assert_true (is_one_sentence (message));
  if (hostile->contains != NULL)
    g_assert_nonnull (strstr (message, hostile->contains));
  for (guint i = 0; i < G_N_ELEMENTS (private_words); i++)
    g_assert_null (strstr (message, private_words[i]));

  /* Nothing changed, nothing created, nothing left behind. */
  if (target_existed)
    {
      after = hearth_test_checksum_file (work.target);
      g_assert_cmpstr (before, ==, after);
    }
  else
    g_assert_false (g_file_test (work.target, G_FILE_TEST_EXISTS));
  files_after = list_dir (work.dir);
  g_assert_cmpstr (files_before, ==, files_after);
  {
    g_autofree char *home_files = list_dir (work.home);

    g_assert_cmpstr (home_files, ==, "");
  }

out:
  work_release (&work);
  hearth_test_remove_tree (work.dir);
  hearth_test_remove_tree (work.home);
  g_free (work.dir);
  g_free (work.home);
  g_free (work.db);
  g_free (work.input);
  g_free (work.target);
}

/* The baseline import file is valid: every refusal above is the
 * mutation's doing. */
static void
test_baseline_imports (void)
{
  g_autofree char *dir = hearth_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "hearth.db", NULL);
  g_autofree char *text = baseline_text ();
  g_autofree char *renamed = mutate (text, "HX-HOSTILE-1", "HX-HOSTILE-2");
  g_autoptr(GBytes) bytes = g_bytes_new (renamed, strlen (renamed));
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;

  copy_file (template_db, db);
  store = hearth_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_import_family (store, bytes, "family.xml", FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_store_check_integrity (store, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  hearth_test_remove_tree (dir);
}

static void
make_template (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(HearthPerson) child = NULL;
  g_autoptr(HearthPerson) mum = hearth_person_new_adult ("Hazel Oakfoot", HEARTH_ADULT_ROLE_PARENT, TRUE);
  g_autoptr(HearthPerson) partner = hearth_person_new_adult ("Testy McTestface", HEARTH_ADULT_ROLE_PARTNER, FALSE);
  g_autoptr(HearthEvent) event = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;

  template_db = g_build_filename (dir, "template.db", NULL);
  store = hearth_store_open (template_db, &error);
  g_assert_no_error (error);
  family = add_family (store, "HX-HOSTILE-1", "Oakfoot household");
  child = add_child (store, family->id, "Bramble Oakfoot", "2015-04-01");
  mum->family_id = partner->family_id = family->id;
  g_assert_true (hearth_store_save_person (store, mum, &error));
  g_assert_true (hearth_store_save_person (store, partner, &error));
  event = hearth_event_new (family->id, "2024-02-03", HEARTH_EVENT_CATEGORY_EDUCATION, "School",
                            "Bramble missed school again.");
  hearth_event_add_child (event, child->id);
  g_assert_true (hearth_store_save_event (store, event, &error));
  assessment = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD, 0, "home-conditions", "1");
  g_assert_true (hearth_store_save_assessment (store, assessment, &error));
  g_assert_no_error (error);

  baseline = hearth_store_export_family_to_bytes (store, "HX-HOSTILE-1", &error);
  g_assert_no_error (error);

  /* Closing folds the write-ahead log into the file: copies are whole. */
  g_assert_finalize_object (g_steal_pointer (&store));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_writer_func (capture_writer, NULL, NULL);
  g_test_init (&argc, &argv, NULL);

  dir = hearth_test_make_tmpdir ();
  make_template (dir);

  g_test_add_func ("/data/hostile/baseline-imports", test_baseline_imports);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/data/hostile/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  status = g_test_run ();

  g_bytes_unref (baseline);
  hearth_test_remove_tree (dir);
  g_free (template_db);
  return status;
}
