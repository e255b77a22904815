/* test-core-instrument-bad.c
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

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>

#include "core/hearth-instrument.h"
#include "core/hearth-xml.h"

/* Malformed and hostile definitions: each file in data/instruments/bad/ is
 * refused with one sentence naming the file, the line and the fault. */

typedef struct
{
  const char *file;
  int         code;
  int         line;     /* 0: no line in the message; -1: a line, not checked */
  const char *fault;    /* a substring of the message */
} BadCase;

/* Short names keep the table one row per file. */
#define ENCODING  HEARTH_INSTRUMENT_ERROR_ENCODING
#define MALFORMED HEARTH_INSTRUMENT_ERROR_MALFORMED
#define FORBIDDEN HEARTH_INSTRUMENT_ERROR_FORBIDDEN
#define TOO_DEEP  HEARTH_INSTRUMENT_ERROR_TOO_DEEP
#define SCHEMA    HEARTH_INSTRUMENT_ERROR_SCHEMA
#define INVALID   HEARTH_INSTRUMENT_ERROR_INVALID

static const BadCase bad_cases[] = {
  /* Bytes that are not a UTF-8 text file. */
  { "empty.xml",                       ENCODING,    0, "the file is empty." },
  { "binary-nul.xml",                  ENCODING,   22, "contains a NUL byte" },
  { "invalid-utf8.xml",                ENCODING,   24, "not valid UTF-8" },
  { "latin1-declared.xml",             ENCODING,    1, "must be encoded in UTF-8" },

  /* XML that is not well-formed. */
  { "not-well-formed.xml",             MALFORMED,  25, "not well-formed" },
  { "truncated.xml",                   MALFORMED,  -1, "not well-formed" },
  { "undefined-entity.xml",            MALFORMED,  22, "Entity 'meals' not defined" },

  /* Attacks: all stop at the DOCTYPE, before any entity is declared. */
  { "doctype.xml",                     FORBIDDEN,   2, "DOCTYPE declaration is not allowed" },
  { "external-entity.xml",             FORBIDDEN,   2, "DOCTYPE declaration is not allowed" },
  { "external-entity-network.xml",     FORBIDDEN,   2, "DOCTYPE declaration is not allowed" },
  { "parameter-entity.xml",            FORBIDDEN,   2, "DOCTYPE declaration is not allowed" },
  { "billion-laughs.xml",              FORBIDDEN,   2, "DOCTYPE declaration is not allowed" },
  { "quadratic-blowup.xml",            FORBIDDEN,   2, "DOCTYPE declaration is not allowed" },
  { "xinclude.xml",                    FORBIDDEN,  32, "XInclude elements are not allowed" },
  { "deep-nesting.xml",                TOO_DEEP,   17, "nested more than 32 deep" },

  /* The wrong document, or one the schema refuses. */
  { "wrong-root.xml",                  SCHEMA,      4, "the root element must be “instrument”" },
  { "namespaced-root.xml",             SCHEMA,      4, "the root element must be “instrument”" },
  { "schema-violation.xml",            SCHEMA,      4, "does not follow the instrument schema" },
  { "schema-unknown-element.xml",      SCHEMA,     18, "does not follow the instrument schema" },
  { "schema-bad-attribute-value.xml",  SCHEMA,     19, "Invalid attribute category for element item" },
  { "missing-attribute.xml",           SCHEMA,     19, "the element “item” has no “label” attribute." },

  /* Valid by the schema, but not sensible. */
  { "duplicate-item-ids.xml",          INVALID,    26, "the id “meals” is used twice" },
  { "duplicate-field-and-item-id.xml", INVALID,    39, "the id “gates” is used twice" },
  { "duplicate-option.xml",            INVALID,    41, "has the option “calm” twice" },
  { "missing-descriptor.xml",          INVALID,    26, "the item “baby” has no descriptor for level 3." },
  { "descriptor-off-scale.xml",        INVALID,    30, "level 7, which the scale does not have" },
  { "empty-descriptor.xml",            INVALID,    36, "an empty descriptor for level 2" },
  { "unknown-category.xml",            INVALID,    34, "the unknown category “safty”" },
  { "rule-unknown-category.xml",       INVALID,    50, "the unknown category “hazards”" },
  { "category-without-rule.xml",       INVALID,    14, "“safety” has no scoring rule" },
  { "band-overlap.xml",                INVALID,    54, "overlaps the band from 1 to 1.5" },
  { "band-gap.xml",                    INVALID,    55, "a gap between the band that ends at 2" },
  { "band-short.xml",                  INVALID,    56, "bands end at 2.75, but the scale ends at 3" },
  { "band-level-down.xml",             INVALID,    55, "suggests a lower level of need" },
  { "age-band-reversed.xml",           INVALID,    26, "from 11 to 4 years, which is back to front" },
  { "age-band-household.xml",          INVALID,    26, "only instruments with the scope “child”" },
  { "scale-gap.xml",                   INVALID,    10, "should have the value 3, not 4" },
  { "scale-duplicate-value.xml",       INVALID,    10, "the scale value 2 is used twice" },
  { "reason-field-not-text.xml",       INVALID,    45, "“mood” for its reason, which is not a text" },
  { "min-known-too-high.xml",          INVALID,    51, "needs 9 known items but has only 3" },
};

static char *
bad_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "instruments", "bad", name, NULL);
}

static void
assert_one_sentence (const GError *error,
                     const char   *name,
                     int           line)
{
  g_autofree char *prefix = NULL;

  if (line > 0)
    prefix = g_strdup_printf ("%s line %d: ", name, line);
  else if (line == 0)
    prefix = g_strdup_printf ("%s: ", name);
  else
    prefix = g_strdup_printf ("%s line ", name);

  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_true (g_str_has_suffix (error->message, "."));
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_bad_file (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *path = bad_path (bad->file);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autoptr(GError) error = NULL;

  instrument = hearth_instrument_new_from_file (file, &error);
  g_assert_null (instrument);
  g_assert_error (error, HEARTH_INSTRUMENT_ERROR, bad->code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, bad->fault));
  assert_one_sentence (error, bad->file, bad->line);
}

/* Every fixture is in the table, so none is forgotten. */
static void
test_table_covers_fixtures (void)
{
  g_autofree char *dir_path = bad_path ("");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
        listed |= g_str_equal (bad_cases[i].file, name);
      if (!listed)
        g_test_fail_printf ("%s is not in the table", name);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (bad_cases));
  g_assert_cmpuint (n_files, >=, 15);
}

static char *
write_padded (const char *dir,
              const char *name,
              gsize       size)
{
  g_autofree char *minimal_path = g_test_build_filename (G_TEST_DIST, "data", "instruments",
                                                         "good", "minimal.xml", NULL);
  g_autofree char *minimal = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize filler;

  g_file_get_contents (minimal_path, &minimal, NULL, &error);
  g_assert_no_error (error);

  /* A comment after the root element pads the file to the size wanted. */
  text = g_string_new (minimal);
  g_assert_cmpuint (size, >, text->len + 8);
  filler = size - text->len - strlen ("<!---->\n");
  g_string_append (text, "<!--");
  for (gsize i = 0; i < filler; i++)
    g_string_append_c (text, i % 80 == 79 ? '\n' : 'x');
  g_string_append (text, "-->\n");
  g_assert_cmpuint (text->len, ==, size);

  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  return path;
}

static void
test_size_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-huge-XXXXXX", &error);
  g_autofree char *at_limit = NULL;
  g_autofree char *over_limit = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  g_assert_no_error (error);

  /* Exactly at the limit is allowed… */
  at_limit = write_padded (dir, "at-limit.xml", HEARTH_XML_MAX_SIZE);
  file = g_file_new_for_path (at_limit);
  instrument = hearth_instrument_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (instrument);
  g_clear_object (&instrument);
  g_clear_object (&file);

  /* …one byte over is not, whether read from a file or handed over. */
  over_limit = write_padded (dir, "huge.xml", HEARTH_XML_MAX_SIZE + 1);
  file = g_file_new_for_path (over_limit);
  instrument = hearth_instrument_new_from_file (file, &error);
  g_assert_null (instrument);
  g_assert_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "huge.xml: the file is larger than the limit of 2 MiB.");
  g_clear_error (&error);

  g_file_get_contents (over_limit, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  instrument = hearth_instrument_new_from_bytes (bytes, "huge.xml", &error);
  g_assert_null (instrument);
  g_assert_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "huge.xml: the file is larger than the limit of 2 MiB.");

  g_assert_cmpint (g_remove (at_limit), ==, 0);
  g_assert_cmpint (g_remove (over_limit), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static int n_loader_calls;

static xmlParserInputPtr
counting_loader_cb (const char       *url,
                    const char       *id,
                    xmlParserCtxtPtr  ctxt)
{
  n_loader_calls++;
  return NULL;
}

/* The refusing loader is installed only while Hearth parses: whatever
 * loader the process had before is back afterwards, and was never asked
 * to load anything for Hearth. */
static void
test_entity_loader_restored (void)
{
  static const char * const files[] = { "external-entity.xml", "parameter-entity.xml",
                                         "xinclude.xml", "schema-violation.xml" };

  xmlSetExternalEntityLoader (counting_loader_cb);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = bad_path (files[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(HearthInstrument) instrument = NULL;
      g_autoptr(GError) error = NULL;

      instrument = hearth_instrument_new_from_file (file, &error);
      g_assert_null (instrument);
      g_assert_nonnull (error);
      g_assert_true (xmlGetExternalEntityLoader () == counting_loader_cb);
    }

  g_assert_cmpint (n_loader_calls, ==, 0);
}

/* libxml2's own messages become the GError; nothing reaches stderr. */
static void
test_quiet (void)
{
  if (g_test_subprocess ())
    {
      for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
        {
          g_autofree char *path = bad_path (bad_cases[i].file);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(HearthInstrument) instrument = NULL;
          g_autoptr(GError) error = NULL;

          instrument = hearth_instrument_new_from_file (file, &error);
          g_assert_null (instrument);
        }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/core/instrument/bad/%s", bad_cases[i].file);

      g_test_add_data_func (test_path, &bad_cases[i], test_bad_file);
    }
  g_test_add_func ("/core/instrument/bad-table-covers-fixtures", test_table_covers_fixtures);
  g_test_add_func ("/core/instrument/size-limit", test_size_limit);
  g_test_add_func ("/core/instrument/entity-loader-restored", test_entity_loader_restored);
  g_test_add_func ("/core/instrument/quiet", test_quiet);

  return g_test_run ();
}
