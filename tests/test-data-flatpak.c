/* test-data-flatpak.c — the Flatpak manifest matches the libraries Hearth is written against
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

#include <json-glib/json-glib.h>
#include <string.h>

/* The manifest cannot be built here (no flatpak-builder, no network), so its
 * fields are checked instead. GNOME 43 is the runtime of GTK 4.8,
 * libadwaita 1.2 and GLib 2.74: the versions meson.build pins. */

static JsonObject *
load_manifest (JsonParser *parser)
{
  g_autofree char *path = g_build_filename (g_getenv ("HEARTH_SOURCE_DIR"), "resources",
                                            APPLICATION_ID ".json", NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

static void
test_identity (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);

  g_assert_cmpstr (json_object_get_string_member (manifest, "app-id"), ==, APPLICATION_ID);
  g_assert_cmpstr (json_object_get_string_member (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member (manifest, "runtime-version"), ==, "43");
  g_assert_cmpstr (json_object_get_string_member (manifest, "sdk"), ==, "org.gnome.Sdk");
  g_assert_cmpstr (json_object_get_string_member (manifest, "command"), ==, "hearth");
}

/* Records never leave the computer: the sandbox has no network, and no
 * access to the home folder beyond its own data. */
static void
test_permissions (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *finish_args = json_object_get_array_member (manifest, "finish-args");
  const char *required[] = { "--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri" };
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_assert_nonnull (finish_args);
  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      const char *arg = json_array_get_string_element (finish_args, i);

      g_assert_nonnull (arg);
      g_ptr_array_add (args, (gpointer) arg);
      g_assert_cmpstr (arg, !=, "--share=network");
      g_assert_false (g_str_has_prefix (arg, "--filesystem="));
      g_assert_false (g_str_equal (arg, "--socket=x11"));
      g_assert_false (g_str_has_prefix (arg, "--device=all"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < args->len; j++)
        found = found || g_str_equal (g_ptr_array_index (args, j), required[i]);
      if (!found)
        g_test_message ("finish-args lacks %s", required[i]);
      g_assert_true (found);
    }
}

/* Hearth is the last module, built with meson from this source tree. */
static void
test_modules (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser);
  JsonArray *modules = json_object_get_array_member (manifest, "modules");
  JsonObject *hearth;
  JsonArray *sources;
  guint n;

  g_assert_nonnull (modules);
  n = json_array_get_length (modules);
  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (modules, i);
      JsonObject *module;

      /* A module may also be the path of a JSON file beside the manifest. */
      if (JSON_NODE_HOLDS_VALUE (node))
        continue;
      module = json_node_get_object (node);
      g_assert_true (json_object_has_member (module, "name"));
      g_assert_true (json_object_has_member (module, "buildsystem"));
      g_assert_cmpstr (json_object_get_string_member (module, "buildsystem"), ==, "meson");
    }

  hearth = json_array_get_object_element (modules, n - 1);
  g_assert_cmpstr (json_object_get_string_member (hearth, "name"), ==, "hearth");
  sources = json_object_get_array_member (hearth, "sources");
  g_assert_nonnull (sources);
  g_assert_cmpuint (json_array_get_length (sources), ==, 1);
  {
    JsonObject *source = json_array_get_object_element (sources, 0);

    g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "dir");
    /* The manifest lives in resources/; the project is one level up. */
    g_assert_cmpstr (json_object_get_string_member (source, "path"), ==, "..");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/flatpak/identity", test_identity);
  g_test_add_func ("/data/flatpak/permissions", test_permissions);
  g_test_add_func ("/data/flatpak/modules", test_modules);

  return g_test_run ();
}
