/* test-core-instrument.c
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
#include <string.h>

#include "core/hearth-instrument.h"
#include "core/hearth-instrument-registry.h"

/* Tests of well-formed definitions: the shipped instruments, the accessors,
 * and the registry. Refusals live in test-core-instrument-bad.c. */

static HearthInstrument *
load_test_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "instruments", "good",
                                                 name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HearthInstrument *instrument;

  instrument = hearth_instrument_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (instrument);

  return instrument;
}

static HearthInstrument *
load_shipped (const char *id)
{
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  HearthInstrument *instrument;

  registry = hearth_instrument_registry_new (NULL, &error);
  g_assert_no_error (error);

  instrument = hearth_instrument_registry_lookup (registry, id, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (instrument);

  return instrument;
}

static guint
count_items_in (HearthInstrument *instrument,
                const char       *category)
{
  guint n = 0;

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    if (g_str_equal (hearth_instrument_get_item (instrument, i)->category, category))
      n++;

  return n;
}

/* Every level of every item has a descriptor of its own, and the scale
 * says which way it runs. */
static void
assert_fully_described (HearthInstrument *instrument)
{
  guint n_levels = hearth_instrument_get_n_levels (instrument);

  g_assert_cmpuint (n_levels, ==, 5);
  for (guint l = 0; l < n_levels; l++)
    {
      const HearthScaleLevel *level = hearth_instrument_get_level (instrument, l);

      g_assert_cmpint (level->value, ==, (int) l + 1);
      g_assert_cmpstr (level->label, !=, "");
      g_assert_cmpstr (level->meaning, !=, "");
    }
  g_assert_nonnull (strstr (hearth_instrument_get_level (instrument, 0)->meaning, "best"));
  g_assert_nonnull (strstr (hearth_instrument_get_level (instrument, 4)->meaning, "gravest"));
  g_assert_cmpint (hearth_instrument_get_scale_direction (instrument), ==,
                   HEARTH_SCALE_HIGHER_IS_WORSE);

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);

      g_assert_cmpuint (item->n_descriptors, ==, n_levels);
      g_assert_true (item->allow_not_known);
      g_assert_true (item->required);
      for (int level = 1; level <= (int) n_levels; level++)
        {
          const char *text = hearth_instrument_item_get_descriptor (item, level);

          g_assert_nonnull (text);
          g_assert_cmpuint (strlen (text), >, 20);
          /* Descriptors differ from level to level. */
          if (level > 1)
            g_assert_cmpstr (text, !=, hearth_instrument_item_get_descriptor (item, level - 1));
        }
    }
}

static void
assert_decision_fields (HearthInstrument *instrument)
{
  const HearthInstrumentField *suggested = hearth_instrument_lookup_field (instrument,
                                                                           "suggested-level");
  const HearthInstrumentField *decision = hearth_instrument_lookup_field (instrument, "decision");
  const HearthInstrumentField *reason = hearth_instrument_lookup_field (instrument,
                                                                        "decision-reason");

  g_assert_nonnull (suggested);
  g_assert_cmpint (suggested->type, ==, HEARTH_FIELD_LEVEL_OF_NEED);
  g_assert_true (suggested->computed);
  g_assert_nonnull (decision);
  g_assert_cmpint (decision->type, ==, HEARTH_FIELD_LEVEL_OF_NEED);
  g_assert_true (decision->required);
  g_assert_cmpstr (decision->compare_with, ==, "suggested-level");
  g_assert_cmpstr (decision->reason_field, ==, "decision-reason");
  g_assert_nonnull (reason);
  g_assert_cmpint (reason->type, ==, HEARTH_FIELD_TEXT);
}

static void
test_home_conditions (void)
{
  g_autoptr(HearthInstrument) instrument = load_shipped ("home-conditions");
  static const char * const areas[] = {
    "entrance", "kitchen", "living-areas", "bathroom", "children-sleeping",
    "adults-sleeping", "outside-space",
  };
  static const char * const aspects[] = {
    "hygiene", "pests", "hazards", "fire-risk", "windows-stairs", "heating-utilities",
    "clutter", "food", "beds-bedding",
  };
  const HearthInstrumentField *child;

  g_assert_cmpstr (hearth_instrument_get_title (instrument), ==, "Home conditions");
  g_assert_cmpint (hearth_instrument_get_version (instrument), ==, 1);
  g_assert_cmpint (hearth_instrument_get_scope (instrument), ==,
                   HEARTH_INSTRUMENT_SCOPE_HOUSEHOLD);
  g_assert_nonnull (strstr (hearth_instrument_get_guidance (instrument),
                            "most vulnerable child"));
  assert_fully_described (instrument);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_lookup_item (instrument, areas[i]);

      g_assert_nonnull (item);
      g_assert_cmpstr (item->category, ==, "areas");
    }
  for (guint i = 0; i < G_N_ELEMENTS (aspects); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_lookup_item (instrument, aspects[i]);

      g_assert_nonnull (item);
      g_assert_cmpstr (item->category, ==, "aspects");
    }
  g_assert_cmpuint (hearth_instrument_get_n_items (instrument), ==,
                    G_N_ELEMENTS (areas) + G_N_ELEMENTS (aspects));

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);

      g_assert_cmpstr (item->not_known_label, ==, "Not seen");
      g_assert_cmpint (item->min_age, ==, -1);
      g_assert_cmpint (item->max_age, ==, -1);
    }

  child = hearth_instrument_lookup_field (instrument, "most-vulnerable-child");
  g_assert_nonnull (child);
  g_assert_cmpint (child->type, ==, HEARTH_FIELD_CHILD);
  g_assert_true (child->required);
  assert_decision_fields (instrument);
}

static void
test_neglect_screening (void)
{
  g_autoptr(HearthInstrument) instrument = load_shipped ("neglect-screening");
  static const char * const categories[] = { "physical", "educational", "emotional", "medical" };
  static const struct { const char *id; HearthFieldType type; } fields[] = {
    { "child-seen",                  HEARTH_FIELD_BOOLEAN },
    { "child-seen-alone",            HEARTH_FIELD_BOOLEAN },
    { "child-voice",                 HEARTH_FIELD_TEXT },
    { "child-factors",               HEARTH_FIELD_MULTI_CHOICE },
    { "parental-factors",            HEARTH_FIELD_MULTI_CHOICE },
    { "wider-factors",               HEARTH_FIELD_MULTI_CHOICE },
    { "significant-adults",          HEARTH_FIELD_TEXT },
    { "disguised-compliance",        HEARTH_FIELD_CHOICE },
    { "disguised-compliance-detail", HEARTH_FIELD_TEXT },
    { "strengths",                   HEARTH_FIELD_TEXT },
    { "analysis",                    HEARTH_FIELD_TEXT },
  };
  static const struct { const char *field; const char *option; } options[] = {
    { "child-factors",    "disability" },
    { "child-factors",    "behaviour" },
    { "child-factors",    "chronic-ill-health" },
    { "parental-factors", "mental-health" },
    { "parental-factors", "substance-misuse" },
    { "parental-factors", "domestic-abuse" },
    { "parental-factors", "learning-difficulties" },
    { "wider-factors",    "poverty" },
    { "wider-factors",    "isolation" },
    { "wider-factors",    "language" },
    { "wider-factors",    "affluence" },
  };
  guint n_adolescent = 0;

  g_assert_cmpstr (hearth_instrument_get_title (instrument), ==, "Neglect screening");
  g_assert_cmpint (hearth_instrument_get_scope (instrument), ==, HEARTH_INSTRUMENT_SCOPE_CHILD);
  assert_fully_described (instrument);

  g_assert_cmpuint (hearth_instrument_get_n_categories (instrument), ==, 4);
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      g_assert_nonnull (hearth_instrument_lookup_category (instrument, categories[c]));
      g_assert_cmpuint (count_items_in (instrument, categories[c]), >=, 6);
    }

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);

      /* Only the age bands 0–4, 5–11 and 12–17 are used, or school age
       * (5–17) as a whole. */
      if (item->min_age >= 0 || item->max_age >= 0)
        g_assert_true ((item->min_age == 0 && item->max_age == 4)
                       || (item->min_age == 5 && item->max_age == 11)
                       || (item->min_age == 5 && item->max_age == 17)
                       || (item->min_age == 12 && item->max_age == 17));
      if (item->min_age == 12)
        n_adolescent++;
    }
  g_assert_cmpuint (n_adolescent, >=, 3);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const HearthInstrumentField *field = hearth_instrument_lookup_field (instrument,
                                                                           fields[i].id);

      g_assert_nonnull (field);
      g_assert_cmpint (field->type, ==, fields[i].type);
    }
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    g_assert_true (hearth_instrument_field_has_option (
                     hearth_instrument_lookup_field (instrument, options[i].field),
                     options[i].option));
  assert_decision_fields (instrument);
}

/* The files in resources/ are the ones compiled in; they must load from
 * disk too, as hearth-cli and partnerships will load them. */
static void
test_shipped_files_on_disk (void)
{
  static const char * const names[] = { "home-conditions.xml", "neglect-screening.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("HEARTH_SOURCE_DIR"), "resources",
                                                "instruments", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(HearthInstrument) instrument = NULL;
      g_autoptr(GError) error = NULL;

      instrument = hearth_instrument_new_from_file (file, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (hearth_instrument_get_source (instrument), ==, names[i]);
    }
}

static void
test_accessors (void)
{
  g_autoptr(HearthInstrument) instrument = load_test_file ("minimal.xml");
  const HearthInstrumentSection *main_section;
  const HearthInstrumentSection *more;
  const HearthInstrumentItem *meals;
  const HearthInstrumentItem *baby;
  const HearthInstrumentItem *gates;
  const HearthInstrumentField *mood;
  const HearthScoring *scoring;

  g_assert_cmpstr (hearth_instrument_get_id (instrument), ==, "test-minimal");
  g_assert_cmpstr (hearth_instrument_get_description (instrument), ==,
                   "A small instrument for the tests.");
  g_assert_null (hearth_instrument_get_guidance (instrument));
  g_assert_cmpuint (hearth_instrument_get_n_levels (instrument), ==, 3);
  g_assert_cmpstr (hearth_instrument_lookup_level (instrument, 2)->label, ==, "Some");
  g_assert_null (hearth_instrument_lookup_level (instrument, 4));

  g_assert_cmpuint (hearth_instrument_get_n_categories (instrument), ==, 2);
  g_assert_cmpstr (hearth_instrument_get_category (instrument, 0)->description, ==,
                   "Day-to-day care.");
  g_assert_null (hearth_instrument_lookup_category (instrument, "safety")->description);

  /* Sections keep items and fields in the order of the file. */
  g_assert_cmpuint (hearth_instrument_get_n_sections (instrument), ==, 2);
  main_section = hearth_instrument_get_section (instrument, 0);
  g_assert_cmpstr (main_section->guidance, ==, "Rate each item.");
  g_assert_cmpuint (main_section->n_entries, ==, 3);
  g_assert_cmpint (main_section->entries[0].kind, ==, HEARTH_ENTRY_FIELD);
  g_assert_cmpstr (main_section->entries[0].field->id, ==, "seen");
  g_assert_cmpint (main_section->entries[1].kind, ==, HEARTH_ENTRY_ITEM);
  g_assert_cmpstr (main_section->entries[1].item->id, ==, "meals");
  more = hearth_instrument_get_section (instrument, 1);
  g_assert_cmpuint (more->n_entries, ==, 5);
  g_assert_cmpstr (more->entries[4].field->id, ==, "reason");

  meals = hearth_instrument_lookup_item (instrument, "meals");
  g_assert_cmpstr (meals->section, ==, "main");
  g_assert_cmpstr (meals->guidance, ==, "Meals over the last week.");
  g_assert_true (meals->required);
  g_assert_cmpstr (meals->not_known_label, ==, "Not known");
  g_assert_true (hearth_instrument_item_applies_at_age (meals, 16));

  baby = hearth_instrument_lookup_item (instrument, "baby");
  g_assert_false (baby->required);
  g_assert_false (baby->allow_not_known);
  g_assert_null (baby->not_known_label);
  g_assert_true (hearth_instrument_item_applies_at_age (baby, 0));
  g_assert_true (hearth_instrument_item_applies_at_age (baby, 4));
  g_assert_false (hearth_instrument_item_applies_at_age (baby, 5));
  g_assert_true (hearth_instrument_item_applies_at_age (baby, -1));

  /* Descriptors come back in scale order whatever order the file uses. */
  gates = hearth_instrument_lookup_item (instrument, "gates");
  g_assert_cmpstr (gates->not_known_label, ==, "Not looked at");
  g_assert_cmpint (gates->descriptors[0].level, ==, 1);
  g_assert_cmpstr (gates->descriptors[0].text, ==, "Fitted and shut.");
  g_assert_cmpstr (hearth_instrument_item_get_descriptor (gates, 3), ==, "None fitted.");
  g_assert_null (hearth_instrument_item_get_descriptor (gates, 4));
  g_assert_null (hearth_instrument_lookup_item (instrument, "mood"));

  mood = hearth_instrument_lookup_field (instrument, "mood");
  g_assert_cmpint (mood->type, ==, HEARTH_FIELD_CHOICE);
  g_assert_cmpuint (mood->n_options, ==, 2);
  g_assert_cmpstr (mood->options[1].label, ==, "Upset");
  g_assert_true (hearth_instrument_field_has_option (mood, "calm"));
  g_assert_false (hearth_instrument_field_has_option (mood, "cross"));
  g_assert_true (hearth_instrument_lookup_field (instrument, "reason")->multiline);
  g_assert_cmpuint (hearth_instrument_get_n_fields (instrument), ==, 5);

  scoring = hearth_instrument_get_scoring (instrument);
  g_assert_cmpuint (scoring->n_rules, ==, 2);
  g_assert_cmpint (scoring->rules[1].method, ==, HEARTH_SCORING_WORST);
  g_assert_cmpuint (scoring->rules[0].min_known, ==, 1);
  g_assert_cmpuint (scoring->overall.min_known, ==, 2);
  g_assert_cmpint (scoring->suggest, ==, HEARTH_SUGGEST_OVERALL);
  g_assert_cmpint (scoring->escalate_at, ==, 0);
  g_assert_cmpuint (scoring->n_bands, ==, 4);
  g_assert_cmpfloat (scoring->bands[3].from, ==, 2.5);
  g_assert_cmpint (scoring->bands[3].level, ==, 4);
}

static char *
copy_to (const char *dir,
         const char *source_path,
         const char *name)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize length;

  g_file_get_contents (source_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return path;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_registry (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hearth-instruments-XXXXXX", &error);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "instruments", "good",
                                                    "minimal.xml", NULL);
  g_autofree char *scoring = g_test_build_filename (G_TEST_DIST, "data", "instruments", "good",
                                                    "scoring.xml", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "instruments", "bad",
                                                   "doctype.xml", NULL);
  g_autofree char *shipped = g_build_filename (g_getenv ("HEARTH_SOURCE_DIR"), "resources",
                                               "instruments", "home-conditions.xml", NULL);
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autoptr(HearthInstrument) found = NULL;
  g_autoptr(HearthInstrument) first = NULL;
  g_autoptr(HearthInstrument) second = NULL;
  g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL, *p4 = NULL, *p5 = NULL;

  g_assert_no_error (error);
  p1 = copy_to (dir, minimal, "a-minimal.xml");
  p2 = copy_to (dir, scoring, "b-scoring.xml");
  p3 = copy_to (dir, broken, "c-broken.xml");
  p4 = copy_to (dir, shipped, "d-home-again.xml");
  p5 = copy_to (dir, minimal, "notes.txt");

  registry = hearth_instrument_registry_new (dir, &error);
  g_assert_no_error (error);

  /* Two shipped plus two good extras; the broken file and the repeat of a
   * shipped id and version are kept as problems; notes.txt is ignored. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (registry)), ==, 4);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (registry)) == HEARTH_TYPE_INSTRUMENT);
  first = g_list_model_get_item (G_LIST_MODEL (registry), 0);
  g_assert_cmpstr (hearth_instrument_get_id (first), ==, "home-conditions");
  second = g_list_model_get_item (G_LIST_MODEL (registry), 3);
  g_assert_cmpstr (hearth_instrument_get_id (second), ==, "test-scoring");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (registry), 4));

  g_assert_cmpuint (hearth_instrument_registry_get_n_problems (registry), ==, 2);
  g_assert_error (hearth_instrument_registry_get_problem (registry, 0),
                  HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_FORBIDDEN);
  g_assert_true (g_str_has_prefix (hearth_instrument_registry_get_problem (registry, 0)->message,
                                   "c-broken.xml line 2:"));
  g_assert_error (hearth_instrument_registry_get_problem (registry, 1),
                  HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_DUPLICATE);
  g_assert_cmpstr (hearth_instrument_registry_get_problem (registry, 1)->message, ==,
                   "d-home-again.xml: the instrument “home-conditions” version 1 is already "
                   "defined by home-conditions.xml.");

  found = hearth_instrument_registry_lookup (registry, "test-scoring", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_instrument_get_source (found), ==, "b-scoring.xml");
  g_clear_object (&found);

  found = hearth_instrument_registry_lookup (registry, "test-scoring", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_instrument_get_version (found), ==, 3);
  g_clear_object (&found);

  found = hearth_instrument_registry_lookup (registry, "test-scoring", 2, &error);
  g_assert_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_NOT_FOUND);
  g_assert_null (found);
  g_clear_error (&error);

  found = hearth_instrument_registry_lookup (registry, "graded-care", 0, &error);
  g_assert_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The instrument “graded-care” is not installed.");
  g_clear_error (&error);

  g_clear_object (&registry);
  remove_tree (dir);
}

static void
test_registry_missing_dir (void)
{
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user_dir = NULL;

  registry = hearth_instrument_registry_new ("/nonexistent/hearth/instruments", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (registry)), ==, 2);
  g_assert_cmpuint (hearth_instrument_registry_get_n_problems (registry), ==, 0);

  user_dir = hearth_instrument_registry_dup_user_dir ();
  g_assert_true (g_str_has_suffix (user_dir, G_DIR_SEPARATOR_S "hearth" G_DIR_SEPARATOR_S
                                   "instruments"));
}

static void
test_read_errors (void)
{
  static const struct { const char *path; const char *message; } cases[] = {
    { "/nonexistent/none.xml", "none.xml could not be read because it does not exist." },
    { "/",                     "/ could not be read because it is a folder." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].path);
      g_autoptr(HearthInstrument) instrument = NULL;
      g_autoptr(GError) error = NULL;

      instrument = hearth_instrument_new_from_file (file, &error);
      g_assert_null (instrument);
      g_assert_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_READ);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/instrument/shipped/home-conditions", test_home_conditions);
  g_test_add_func ("/core/instrument/shipped/neglect-screening", test_neglect_screening);
  g_test_add_func ("/core/instrument/shipped/files-on-disk", test_shipped_files_on_disk);
  g_test_add_func ("/core/instrument/accessors", test_accessors);
  g_test_add_func ("/core/instrument/registry/extra-dir", test_registry);
  g_test_add_func ("/core/instrument/registry/missing-dir", test_registry_missing_dir);
  g_test_add_func ("/core/instrument/read-errors", test_read_errors);

  return g_test_run ();
}
