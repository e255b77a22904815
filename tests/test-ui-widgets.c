/* test-ui-widgets.c — widgets in a real display: templates, stylesheet, level picker
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

#include <adwaita.h>

#include "forms/hearth-assessment-editor.h"
#include "forms/hearth-item-card.h"
#include "forms/hearth-score-panel.h"
#include "widgets/hearth-family-row.h"
#include "windows/hearth-assessment-window.h"
#include "windows/hearth-charts-page.h"
#include "windows/hearth-event-dialog.h"
#include "windows/hearth-family-dialog.h"
#include "windows/hearth-family-page.h"
#include "windows/hearth-lock-screen.h"
#include "windows/hearth-person-dialog.h"
#include "windows/hearth-visit-dialog.h"
#include "windows/hearth-preferences-window.h"
#include "windows/hearth-supervision-page.h"
#include "windows/hearth-upgrade-page.h"
#include "windows/hearth-window.h"

static void
collect_builder_files (const char *path,
                       gboolean    templates,
                       GPtrArray  *found)
{
  g_auto(GStrv) children = g_resources_enumerate_children (path, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, children[i], NULL);

      if (g_str_has_suffix (child, "/"))
        collect_builder_files (child, templates, found);
      else if (g_str_has_suffix (child, ".ui"))
        {
          g_autoptr(GBytes) bytes = g_resources_lookup_data (child, 0, NULL);
          gsize size = 0;
          const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

          /* Class templates, or else the plain builder files (the
           * shortcuts window, the sidebar's status pages) that are built
           * where they are used. */
          if (data != NULL && (g_strstr_len (data, size, "<template ") != NULL) == templates)
            g_ptr_array_add (found, g_steal_pointer (&child));
        }
    }
}

/* Every template in the resources builds, so a widget or property newer than
 * Debian 12's GTK 4.8 and libadwaita 1.2 fails here even when the version
 * macros cannot see it (templates are parsed only at run time). */
static void
test_every_template_builds (void)
{
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func (g_free);
  GType types[] = {
    HEARTH_TYPE_ASSESSMENT_EDITOR,
    HEARTH_TYPE_ITEM_CARD,
    HEARTH_TYPE_SCORE_PANEL,
    HEARTH_TYPE_ASSESSMENT_WINDOW,
    HEARTH_TYPE_CHARTS_PAGE,
    HEARTH_TYPE_EVENT_DIALOG,
    HEARTH_TYPE_FAMILY_DIALOG,
    HEARTH_TYPE_FAMILY_PAGE,
    HEARTH_TYPE_LOCK_SCREEN,
    HEARTH_TYPE_PERSON_DIALOG,
    HEARTH_TYPE_VISIT_DIALOG,
    HEARTH_TYPE_PREFERENCES_WINDOW,
    HEARTH_TYPE_SUPERVISION_PAGE,
    HEARTH_TYPE_UPGRADE_PAGE,
    HEARTH_TYPE_WINDOW,
  };
  guint built = 0;

  collect_builder_files (RESOURCE_PREFIX "/", TRUE, templates);
  g_assert_cmpuint (templates->len, >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *widget = g_object_new (types[i], NULL);

      g_assert_true (GTK_IS_WIDGET (widget));
      if (GTK_IS_WINDOW (widget))
        gtk_window_destroy (GTK_WINDOW (widget));
      else
        g_object_unref (g_object_ref_sink (widget));
      built++;
    }

  /* A new template must be added to the list above. */
  g_assert_cmpuint (built, ==, templates->len);
}

/* The plain builder files build too, and hold only what Debian 12 has:
 * they are built when first needed, so a mistake would otherwise show only
 * when a practitioner first asks for one. */
static void
test_every_builder_file_builds (void)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  collect_builder_files (RESOURCE_PREFIX "/", FALSE, files);
  /* The shortcuts window and the sidebar's status pages, at least. */
  g_assert_cmpuint (files->len, >=, 2);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GtkBuilder) builder = gtk_builder_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GSList) objects = NULL;

      g_test_message ("%s", path);
      g_assert_true (gtk_builder_add_from_resource (builder, path, &error));
      g_assert_no_error (error);
      objects = gtk_builder_get_objects (builder);
      g_assert_nonnull (objects);
      for (GSList *l = objects; l != NULL; l = l->next)
        if (GTK_IS_WINDOW (l->data))
          gtk_window_destroy (GTK_WINDOW (l->data));
    }
}

static void
parsing_error_cb (GtkCssProvider *provider,
                  GtkCssSection  *section,
                  const GError   *error,
                  guint          *errors)
{
  g_autofree char *where = gtk_css_section_to_string (section);

  g_test_message ("style.css: %s: %s", where, error->message);
  (*errors)++;
}

static void
test_stylesheet_parses (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  guint errors = 0;

  g_signal_connect (provider, "parsing-error", G_CALLBACK (parsing_error_cb), &errors);
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  g_assert_cmpuint (errors, ==, 0);
}

static void
test_person_dialog_parse_date (void)
{
  const struct {
    const char *typed;
    const char *expected;
  } cases[] = {
    { "14/03/2018", "2018-03-14" },
    { " 1/2/2019 ", "2019-02-01" },
    { "14-03-2018", "2018-03-14" },
    { "14.03.2018", "2018-03-14" },
    { "2018-03-14", "2018-03-14" },
    { "29/02/2020", "2020-02-29" },
    { "29/02/2019", NULL },
    { "31/04/2018", NULL },
    { "14/13/2018", NULL },
    { "14/03/2018 extra", NULL },
    { "14/03-2018", NULL },
    { "yesterday", NULL },
    { "", NULL },
    { "03/14/2018", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *parsed = hearth_person_dialog_parse_date (cases[i].typed);

      g_assert_cmpstr (parsed, ==, cases[i].expected);
    }
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/widgets/templates/every-template-builds", test_every_template_builds);
  g_test_add_func ("/ui/widgets/templates/every-builder-file-builds", test_every_builder_file_builds);
  g_test_add_func ("/ui/widgets/stylesheet/parses", test_stylesheet_parses);
  g_test_add_func ("/ui/widgets/person-dialog/parse-date", test_person_dialog_parse_date);

  return g_test_run ();
}
