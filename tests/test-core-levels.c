/* test-core-levels.c
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

#include "core/hearth-levels.h"

/* Levels of need: names from resources/levels-of-need.ini, chosen or
 * redefined by a user's file in a fresh temporary folder. */

static char *tmp_dir;

static char *
write_override (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmp_dir, "levels-of-need.ini", NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
assert_names (HearthLevelsOfNeed *levels,
              const char         *scheme,
              const char * const  names[HEARTH_N_LEVELS_OF_NEED])
{
  g_assert_cmpstr (hearth_levels_of_need_get_scheme (levels), ==, scheme);
  for (int ordinal = 1; ordinal <= HEARTH_N_LEVELS_OF_NEED; ordinal++)
    g_assert_cmpstr (hearth_levels_of_need_get_name (levels, ordinal), ==, names[ordinal - 1]);
}

static const char * const threshold_names[] = {
  "Universal", "Early help", "Child in need", "Child protection",
};

static const char * const continuum_names[] = {
  "Help for everyone", "Additional help", "Intensive help", "Specialist help",
};

static void
test_default (void)
{
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) schemes = NULL;

  levels = hearth_levels_of_need_new (NULL, &error);
  g_assert_no_error (error);

  assert_names (levels, "threshold", threshold_names);
  g_assert_cmpstr (hearth_levels_of_need_get_scheme_name (levels, NULL), ==,
                   "Universal, early help, child in need, child protection");
  for (int ordinal = 1; ordinal <= HEARTH_N_LEVELS_OF_NEED; ordinal++)
    g_assert_nonnull (hearth_levels_of_need_get_description (levels, ordinal));
  g_assert_nonnull (strstr (hearth_levels_of_need_get_description (levels, 4), "significant harm"));

  schemes = hearth_levels_of_need_dup_schemes (levels);
  g_assert_cmpuint (g_strv_length (schemes), ==, 2);
  g_assert_cmpstr (schemes[0], ==, "threshold");
  g_assert_cmpstr (schemes[1], ==, "continuum-of-support");

  /* The other shipped scheme can be read without choosing it. */
  for (int ordinal = 1; ordinal <= HEARTH_N_LEVELS_OF_NEED; ordinal++)
    g_assert_cmpstr (hearth_levels_of_need_get_name_in_scheme (levels, "continuum-of-support",
                                                               ordinal), ==,
                     continuum_names[ordinal - 1]);
  g_assert_null (hearth_levels_of_need_get_name_in_scheme (levels, "no-such-scheme", 1));
  g_assert_null (hearth_levels_of_need_get_scheme_name (levels, "no-such-scheme"));
}

static void
test_missing_override (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "not-there.ini", NULL);
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(GError) error = NULL;

  levels = hearth_levels_of_need_new (path, &error);
  g_assert_no_error (error);
  assert_names (levels, "threshold", threshold_names);
}

static void
test_choose_second_scheme (void)
{
  g_autofree char *path = write_override ("# Our partnership uses the continuum.\n"
                                          "[levels-of-need]\n"
                                          "scheme = continuum-of-support\n");
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(GError) error = NULL;

  levels = hearth_levels_of_need_new (path, &error);
  g_assert_no_error (error);
  assert_names (levels, "continuum-of-support", continuum_names);
  g_assert_cmpstr (hearth_levels_of_need_get_scheme_name (levels, NULL), ==,
                   "Help for everyone, additional, intensive, specialist");
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_user_scheme (void)
{
  static const char * const names[] = { "Green", "Amber", "Red", "Purple" };
  g_autofree char *path = write_override ("[levels-of-need]\n"
                                          "scheme=colours\n"
                                          "\n"
                                          "[scheme colours]\n"
                                          "name=Colours\n"
                                          "level-1=Green\n"
                                          "level-1[cy]=Gwyrdd\n"
                                          "level-2=Amber\n"
                                          "level-3=Red\n"
                                          "level-3-description=Statutory help.\n"
                                          "level-4=Purple\n");
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) schemes = NULL;

  levels = hearth_levels_of_need_new (path, &error);
  g_assert_no_error (error);
  assert_names (levels, "colours", names);
  g_assert_cmpstr (hearth_levels_of_need_get_description (levels, 3), ==, "Statutory help.");
  g_assert_null (hearth_levels_of_need_get_description (levels, 1));

  schemes = hearth_levels_of_need_dup_schemes (levels);
  g_assert_cmpuint (g_strv_length (schemes), ==, 3);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* A user's scheme with a shipped id replaces it; the shipped choice stays. */
static void
test_user_replaces_shipped (void)
{
  static const char * const names[] = { "Universal services", "Early help", "Child in need",
                                        "Child protection" };
  g_autofree char *path = write_override ("[scheme threshold]\n"
                                          "name=Our thresholds\n"
                                          "level-1=Universal services\n"
                                          "level-2=Early help\n"
                                          "level-3=Child in need\n"
                                          "level-4=Child protection\n");
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) schemes = NULL;

  levels = hearth_levels_of_need_new (path, &error);
  g_assert_no_error (error);
  assert_names (levels, "threshold", names);
  g_assert_cmpstr (hearth_levels_of_need_get_scheme_name (levels, NULL), ==, "Our thresholds");
  g_assert_null (hearth_levels_of_need_get_description (levels, 1));

  schemes = hearth_levels_of_need_dup_schemes (levels);
  g_assert_cmpuint (g_strv_length (schemes), ==, 2);
  g_assert_cmpint (g_remove (path), ==, 0);
}

typedef struct
{
  const char *name;
  const char *contents;
  const char *message;  /* how the error message starts */
} BrokenOverride;

static const BrokenOverride broken_overrides[] = {
  { "not-a-key-file", "this is not a key file\n", "levels-of-need.ini is not a valid key file (" },
  { "unknown-scheme", "[levels-of-need]\nscheme=traffic-lights\n",
    "levels-of-need.ini: the chosen scheme “traffic-lights” does not exist." },
  { "empty-choice", "[levels-of-need]\nscheme=\n", "levels-of-need.ini: no scheme is chosen." },
  { "missing-level",
    "[scheme ours]\nname=Ours\nlevel-1=One\nlevel-2=Two\nlevel-4=Four\n",
    "levels-of-need.ini: the scheme “ours” has no name for level 3." },
  { "blank-level",
    "[scheme ours]\nname=Ours\nlevel-1=One\nlevel-2=  \nlevel-3=Three\nlevel-4=Four\n",
    "levels-of-need.ini: the scheme “ours” has no name for level 2." },
  { "no-name", "[scheme ours]\nlevel-1=One\nlevel-2=Two\nlevel-3=Three\nlevel-4=Four\n",
    "levels-of-need.ini: the scheme “ours” has no name." },
  { "fifth-level",
    "[scheme ours]\nname=Ours\nlevel-1=One\nlevel-2=Two\nlevel-3=Three\nlevel-4=Four\n"
    "level-5=Five\n",
    "levels-of-need.ini: the scheme “ours” has the unknown key “level-5”." },
  { "same-name-twice",
    "[scheme ours]\nname=Ours\nlevel-1=One\nlevel-2=Two\nlevel-3=One\nlevel-4=Four\n",
    "levels-of-need.ini: the scheme “ours” gives levels 1 and 3 the same name." },
  { "bad-scheme-id",
    "[scheme Our Scheme]\nname=Ours\nlevel-1=One\nlevel-2=Two\nlevel-3=Three\nlevel-4=Four\n",
    "levels-of-need.ini: the scheme id “Our Scheme” must be lower case letters, digits and "
    "hyphens." },
  { "unknown-group", "[level of need]\nscheme=threshold\n",
    "levels-of-need.ini: the group [level of need] is not known; groups are [levels-of-need] and "
    "[scheme ID]." },
  { "unknown-main-key", "[levels-of-need]\nscheme=threshold\ndefault=threshold\n",
    "levels-of-need.ini: the group [levels-of-need] has the unknown key “default”." },
};

static void
test_broken_override (gconstpointer data)
{
  const BrokenOverride *row = data;
  g_autofree char *path = write_override (row->contents);
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(GError) error = NULL;

  levels = hearth_levels_of_need_new (path, &error);
  g_assert_null (levels);
  g_assert_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS);
  g_assert_true (g_str_has_prefix (error->message, row->message));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_override_too_large (void)
{
  g_autoptr(GString) contents = g_string_new ("[levels-of-need]\nscheme=threshold\n");
  g_autofree char *path = NULL;
  g_autoptr(HearthLevelsOfNeed) levels = NULL;
  g_autoptr(GError) error = NULL;

  while (contents->len <= 64 * 1024)
    g_string_append (contents, "# padding padding padding padding padding padding padding\n");
  path = write_override (contents->str);

  levels = hearth_levels_of_need_new (path, &error);
  g_assert_null (levels);
  g_assert_error (error, HEARTH_INSTRUMENT_ERROR, HEARTH_INSTRUMENT_ERROR_LEVELS);
  g_assert_cmpstr (error->message, ==, "levels-of-need.ini is larger than the limit of 64 KiB.");
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_user_path (void)
{
  g_autofree char *path = hearth_levels_of_need_dup_user_path ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "hearth",
                                                "levels-of-need.ini", NULL);

  g_assert_cmpstr (path, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("hearth-levels-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/core/levels/default", test_default);
  g_test_add_func ("/core/levels/missing-override", test_missing_override);
  g_test_add_func ("/core/levels/choose-second-scheme", test_choose_second_scheme);
  g_test_add_func ("/core/levels/user-scheme", test_user_scheme);
  g_test_add_func ("/core/levels/user-replaces-shipped", test_user_replaces_shipped);
  for (guint i = 0; i < G_N_ELEMENTS (broken_overrides); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/levels/broken/%s", broken_overrides[i].name);

      g_test_add_data_func (path, &broken_overrides[i], test_broken_override);
    }
  g_test_add_func ("/core/levels/broken/too-large", test_override_too_large);
  g_test_add_func ("/core/levels/user-path", test_user_path);

  status = g_test_run ();

  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
