/* test-data-translations.c — the translation catalogue covers every string, instruments included
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

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

static const char *srcdir;

static char *
source_path (const char *first,
             ...)
{
  va_list args;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;

  g_ptr_array_add (parts, (gpointer) srcdir);
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* The entries of a list file such as POTFILES.in or LINGUAS: one a line,
 * blank lines and # comments left out. */
static GPtrArray *
read_list (const char *name)
{
  g_autofree char *path = source_path ("po", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (line[0] != '\0' && line[0] != '#')
        g_ptr_array_add (entries, g_strdup (line));
    }
  return entries;
}

static gboolean
list_contains (GPtrArray  *list,
               const char *entry)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), entry))
      return TRUE;
  return FALSE;
}

static void
test_potfiles_sorted_and_present (void)
{
  g_autoptr(GPtrArray) potfiles = read_list ("POTFILES.in");

  g_assert_cmpuint (potfiles->len, >, 0);
  for (guint i = 0; i < potfiles->len; i++)
    {
      const char *entry = g_ptr_array_index (potfiles, i);
      g_autofree char *path = source_path (entry, NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_test_message ("POTFILES.in lists %s, which does not exist", entry);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      if (i > 0 && strcmp (g_ptr_array_index (potfiles, i - 1), entry) >= 0)
        g_test_message ("POTFILES.in is out of order (or repeats) at %s", entry);
      g_assert_true (i == 0 || strcmp (g_ptr_array_index (potfiles, i - 1), entry) < 0);
    }
}

/* Whether @contents marks a string for translation: _("…"), N_(), C_(),
 * NC_() or g_dpgettext2() in C; translatable="yes" in a template. */
static gboolean
marks_strings (const char *name,
               const char *contents)
{
  if (g_str_has_suffix (name, ".ui"))
    return strstr (contents, "translatable=\"yes\"") != NULL;

  for (const char *p = contents; (p = strchr (p, '(')) != NULL; p++)
    {
      const char *q = p;

      while (q > contents && q[-1] == ' ')
        q--;
      if (q - contents >= 2 && (strncmp (q - 2, "N_", 2) == 0 || strncmp (q - 2, "C_", 2) == 0)
          && (q - contents == 2 || !g_ascii_isalnum (q[-3])))
        return TRUE;
      if (q - contents >= 1 && q[-1] == '_' && (q - contents == 1 || !(g_ascii_isalnum (q[-2]) || q[-2] == '_')))
        return TRUE;
      if (q - contents >= 12 && strncmp (q - 12, "g_dpgettext2", 12) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
collect_marked (const char *relative,
                GPtrArray  *found)
{
  g_autofree char *path = source_path (relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *child_path = source_path (child, NULL);
      g_autofree char *contents = NULL;

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        {
          collect_marked (child, found);
          continue;
        }
      if (!g_str_has_suffix (name, ".c") && !g_str_has_suffix (name, ".ui"))
        continue;
      if (g_file_get_contents (child_path, &contents, NULL, NULL) && marks_strings (name, contents))
        g_ptr_array_add (found, g_steal_pointer (&child));
    }
}

static void
test_potfiles_complete (void)
{
  g_autoptr(GPtrArray) potfiles = read_list ("POTFILES.in");
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *instruments = source_path ("resources", "instruments", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint missing = 0;

  collect_marked ("app", expected);
  collect_marked ("ui", expected);
  collect_marked ("resources", expected);
  g_ptr_array_add (expected, g_strdup ("resources/" APPLICATION_ID ".desktop.in"));
  g_ptr_array_add (expected, g_strdup ("resources/" APPLICATION_ID ".metainfo.xml.in"));
  g_ptr_array_add (expected, g_strdup ("resources/" APPLICATION_ID ".gschema.xml"));

  dir = g_dir_open (instruments, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (expected, g_build_filename ("resources", "instruments", name, NULL));

  g_assert_cmpuint (expected->len, >, 5);
  for (guint i = 0; i < expected->len; i++)
    if (!list_contains (potfiles, g_ptr_array_index (expected, i)))
      {
        g_test_message ("%s has text to translate but is not in po/POTFILES.in",
                        (const char *) g_ptr_array_index (expected, i));
        missing++;
      }
  g_assert_cmpuint (missing, ==, 0);
}

/* Every LINGUAS entry needs its .po when meson sets up (STYLE.md), and a
 * .po left out of LINGUAS is never built. */
static void
test_linguas_match_catalogues (void)
{
  g_autoptr(GPtrArray) linguas = read_list ("LINGUAS");
  g_autofree char *podir = source_path ("po", NULL);
  g_autoptr(GDir) dir = g_dir_open (podir, 0, NULL);
  const char *name;

  g_assert_true (list_contains (linguas, "cy"));
  for (guint i = 0; i < linguas->len; i++)
    {
      g_autofree char *po = g_strconcat (g_ptr_array_index (linguas, i), ".po", NULL);
      g_autofree char *path = source_path ("po", po, NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".po"))
      {
        g_autofree char *language = g_strndup (name, strlen (name) - 3);

        g_assert_true (list_contains (linguas, language));
      }
}

static void
test_catalogues_check (void)
{
  g_autoptr(GPtrArray) linguas = read_list ("LINGUAS");

  for (guint i = 0; i < linguas->len; i++)
    {
      g_autofree char *po = g_strconcat (g_ptr_array_index (linguas, i), ".po", NULL);
      g_autofree char *path = source_path ("po", po, NULL);
      const char *argv[] = { "msgfmt", "--check", "--statistics", "-o", "/dev/null", path, NULL };
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &err,
                    &status, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %s", po, err);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
}

/* Public services in Wales must offer Welsh; until a Welsh speaker has read
 * it, the catalogue says so. */
static void
test_welsh_awaits_review (void)
{
  g_autofree char *path = source_path ("po", "cy.po", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"Language: cy\\n\""));
  g_assert_nonnull (strstr (contents, "awaits review by a Welsh speaker"));
  g_assert_nonnull (strstr (contents, "\"Plural-Forms: nplurals="));
}

/* --- Instruments: our ITS rules extract every text, in the id's context ---- */

typedef struct
{
  char      *id;        /* the instrument id: the context of each message */
  GPtrArray *texts;     /* what a translator must see */
  GString   *text;      /* the text of the element being read, or NULL */
} Expected;

/* White space collapses the way xgettext collapses it in ITS documents, and
 * the way Hearth looks the text up at run time (po/README.md). */
static char *
collapse_space (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Expected *expected = user_data;
  const char *with_text[] = { "title", "description", "guidance", "level", "category", "descriptor", NULL };

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (element, "instrument") && g_str_equal (names[i], "id"))
        expected->id = g_strdup (values[i]);
      if (g_str_equal (names[i], "label") || g_str_equal (names[i], "not-known-label"))
        g_ptr_array_add (expected->texts, collapse_space (values[i]));
    }

  if (g_strv_contains (with_text, element))
    expected->text = g_string_new (NULL);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 len,
         gpointer              user_data,
         GError              **error)
{
  Expected *expected = user_data;

  if (expected->text != NULL)
    g_string_append_len (expected->text, text, len);
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Expected *expected = user_data;

  if (expected->text != NULL)
    {
      g_autofree char *text = collapse_space (expected->text->str);

      if (text[0] != '\0')
        g_ptr_array_add (expected->texts, g_steal_pointer (&text));
      g_string_free (g_steal_pointer (&expected->text), TRUE);
    }
}

/* The messages of a PO file, as "context\004msgid" (or "msgid"). */
static void
add_message (GHashTable *messages,
             GString    *ctxt,
             GString    *id)
{
  if (id == NULL || id->len == 0)
    return;
  g_hash_table_add (messages,
                    ctxt != NULL ? g_strconcat (ctxt->str, "\004", id->str, NULL) : g_strdup (id->str));
}

static GHashTable *
parse_po (const char *contents)
{
  GHashTable *messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GString *ctxt = NULL;
  GString *id = NULL;
  GString *current = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quoted = NULL;

      /* A comment, a blank line or a new context ends the message. */
      if (line[0] == '\0' || line[0] == '#' || g_str_has_prefix (line, "msgctxt ")
          || (g_str_has_prefix (line, "msgid ") && id != NULL))
        {
          add_message (messages, ctxt, id);
          if (ctxt != NULL)
            g_string_free (g_steal_pointer (&ctxt), TRUE);
          if (id != NULL)
            g_string_free (g_steal_pointer (&id), TRUE);
          current = NULL;
        }

      if (g_str_has_prefix (line, "msgctxt "))
        {
          current = ctxt = g_string_new (NULL);
          quoted = line + strlen ("msgctxt ");
        }
      else if (g_str_has_prefix (line, "msgid "))
        {
          current = id = g_string_new (NULL);
          quoted = line + strlen ("msgid ");
        }
      else if (g_str_has_prefix (line, "msgstr") || g_str_has_prefix (line, "msgid_plural"))
        {
          current = NULL;
        }
      else if (line[0] == '"')
        {
          quoted = line;
        }

      if (current != NULL && quoted != NULL && quoted[0] == '"' && strlen (quoted) >= 2)
        {
          g_autofree char *inner = g_strndup (quoted + 1, strlen (quoted) - 2);
          g_autofree char *unescaped = g_strcompress (inner);

          g_string_append (current, unescaped);
        }
    }

  add_message (messages, ctxt, id);
  if (ctxt != NULL)
    g_string_free (ctxt, TRUE);
  if (id != NULL)
    g_string_free (id, TRUE);
  return messages;
}

static void
test_instrument_text_extracted (void)
{
  g_autofree char *instruments = source_path ("resources", "instruments", NULL);
  g_autofree char *podir = source_path ("po", NULL);
  g_autoptr(GDir) dir = g_dir_open (instruments, 0, NULL);
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "GETTEXTDATADIRS", podir, TRUE);
  const char *name;
  guint checked = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *relative = g_build_filename ("resources", "instruments", name, NULL);
      g_autofree char *path = source_path (relative, NULL);
      g_autofree char *xml = NULL;
      g_autofree char *pot = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GHashTable) messages = NULL;
      g_autoptr(GMarkupParseContext) context = NULL;
      g_autoptr(GError) error = NULL;
      GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
      Expected expected = { NULL, g_ptr_array_new_with_free_func (g_free), NULL };
      const char *argv[] = { "xgettext", "--from-code=UTF-8", "-o", "-", relative, NULL };
      int status = 0;

      if (!g_str_has_suffix (name, ".xml"))
        continue;

      g_file_get_contents (path, &xml, NULL, &error);
      g_assert_no_error (error);
      context = g_markup_parse_context_new (&parser, 0, &expected, NULL);
      g_markup_parse_context_parse (context, xml, -1, &error);
      g_assert_no_error (error);
      g_markup_parse_context_end_parse (context, &error);
      g_assert_no_error (error);
      g_assert_nonnull (expected.id);

      g_spawn_sync (srcdir, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &pot, &err,
                    &status, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %u texts in context %s; %s", name, expected.texts->len, expected.id, err);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      messages = parse_po (pot);

      g_assert_cmpuint (expected.texts->len, >, 0);
      for (guint i = 0; i < expected.texts->len; i++)
        {
          const char *text = g_ptr_array_index (expected.texts, i);
          g_autofree char *key = g_strconcat (expected.id, "\004", text, NULL);

          if (!g_hash_table_contains (messages, key))
            g_test_message ("%s: not extracted: \"%s\"", name, text);
          g_assert_true (g_hash_table_contains (messages, key));
          checked++;
        }

      /* Identifiers, levels and scoring are data, never messages: nothing
       * else is extracted. */
      {
        g_autoptr(GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

        for (guint i = 0; i < expected.texts->len; i++)
          g_hash_table_add (distinct, g_strconcat (expected.id, "\004",
                                                   (const char *) g_ptr_array_index (expected.texts, i),
                                                   NULL));
        g_assert_cmpuint (g_hash_table_size (messages), ==, g_hash_table_size (distinct));
      }

      g_free (expected.id);
      g_ptr_array_unref (expected.texts);
    }
  g_assert_cmpuint (checked, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  srcdir = g_getenv ("HEARTH_SOURCE_DIR");
  g_assert_nonnull (srcdir);

  g_test_add_func ("/data/translations/potfiles/sorted-and-present", test_potfiles_sorted_and_present);
  g_test_add_func ("/data/translations/potfiles/complete", test_potfiles_complete);
  g_test_add_func ("/data/translations/linguas", test_linguas_match_catalogues);
  g_test_add_func ("/data/translations/catalogues-check", test_catalogues_check);
  g_test_add_func ("/data/translations/welsh-awaits-review", test_welsh_awaits_review);
  g_test_add_func ("/data/translations/instrument-text-extracted", test_instrument_text_extracted);

  return g_test_run ();
}
