/* test-ui-workflow.c — the social worker's path through real windows: families and people
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
#include <string.h>

#include "hearth-gui-test.h"
#include "hearth-test-tmpdir.h"
#include "windows/hearth-family-dialog.h"
#include "windows/hearth-family-page.h"
#include "windows/hearth-person-dialog.h"
#include "windows/hearth-window.h"

typedef struct
{
  char         *tmpdir;
  HearthStore  *store;
  HearthWindow *window;
} Fixture;

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);
  return GTK_WIDGET (found);
}

static void
type_into (gpointer    widget,
           GType       type,
           const char *name,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (widget, type, name)), text);
}

static void
click (gpointer    widget,
       GType       type,
       const char *name)
{
  g_signal_emit_by_name (child (widget, type, name), "clicked");
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->tmpdir = hearth_test_make_tmpdir ();
  path = g_build_filename (fixture->tmpdir, "hearth.db", NULL);
  fixture->store = hearth_store_open (path, &error);
  g_assert_no_error (error);

  fixture->window = g_object_new (HEARTH_TYPE_WINDOW,
                                  "store", fixture->store,
                                  "database-path", path,
                                  "default-width", 1100,
                                  "default-height", 720,
                                  NULL);
  hearth_gui_test_show_and_wait (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate ();
  g_assert_finalize_object (fixture->store);
  hearth_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static HearthFamilyDialog *
open_family_dialog (Fixture *fixture)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-family", NULL));
  dialog = hearth_gui_test_find_toplevel (HEARTH_TYPE_FAMILY_DIALOG);
  g_assert_nonnull (dialog);
  return HEARTH_FAMILY_DIALOG (dialog);
}

static HearthPersonDialog *
open_person_dialog (Fixture    *fixture,
                    const char *action)
{
  GtkWidget *page = child (fixture->window, HEARTH_TYPE_WINDOW, "family_page");
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (page, action, NULL));
  dialog = hearth_gui_test_find_toplevel (HEARTH_TYPE_PERSON_DIALOG);
  g_assert_nonnull (dialog);
  return HEARTH_PERSON_DIALOG (dialog);
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      n++;
  return n;
}

static void
add_family (Fixture    *fixture,
            const char *reference,
            const char *name)
{
  HearthFamilyDialog *dialog = open_family_dialog (fixture);

  type_into (dialog, HEARTH_TYPE_FAMILY_DIALOG, "reference_row", reference);
  type_into (dialog, HEARTH_TYPE_FAMILY_DIALOG, "name_row", name);
  click (dialog, HEARTH_TYPE_FAMILY_DIALOG, "save_button");
  iterate ();
  g_assert_null (hearth_gui_test_find_toplevel (HEARTH_TYPE_FAMILY_DIALOG));
}

static void
test_family_and_people (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  HearthFamilyDialog *family_dialog;
  HearthPersonDialog *dialog;
  GtkWidget *error_label;
  GtkWidget *page;
  guint children = 0, adults_outside = 0;

  shot = hearth_gui_test_screenshot (GTK_WINDOW (fixture->window), "workflow-empty.png");
  g_clear_object (&shot);

  add_family (fixture, "FIC-0001", "The Oakfoot Family (fictional)");
  family = hearth_store_load_family_by_reference (fixture->store, "FIC-0001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (family->display_name, ==, "The Oakfoot Family (fictional)");

  /* A second family with the same reference is refused on the dialog,
   * which stays open with what was typed. */
  family_dialog = open_family_dialog (fixture);
  type_into (family_dialog, HEARTH_TYPE_FAMILY_DIALOG, "reference_row", "FIC-0001");
  type_into (family_dialog, HEARTH_TYPE_FAMILY_DIALOG, "name_row", "Duplicate Family");
  click (family_dialog, HEARTH_TYPE_FAMILY_DIALOG, "save_button");
  iterate ();
  error_label = child (family_dialog, HEARTH_TYPE_FAMILY_DIALOG, "error_label");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (family_dialog, HEARTH_TYPE_FAMILY_DIALOG,
                                                                 "name_row"))), ==, "Duplicate Family");
  gtk_window_close (GTK_WINDOW (family_dialog));
  iterate ();

  /* A child born in the future is refused with a clear message. */
  dialog = open_person_dialog (fixture, "page.add-child");
  type_into (dialog, HEARTH_TYPE_PERSON_DIALOG, "name_row", "Bramble Oakfoot");
  type_into (dialog, HEARTH_TYPE_PERSON_DIALOG, "birth_row", "01/01/2999");
  click (dialog, HEARTH_TYPE_PERSON_DIALOG, "save_button");
  iterate ();
  error_label = child (dialog, HEARTH_TYPE_PERSON_DIALOG, "error_label");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "future"));

  /* Not a date at all: refused too, before the store is asked. */
  type_into (dialog, HEARTH_TYPE_PERSON_DIALOG, "birth_row", "next Tuesday");
  click (dialog, HEARTH_TYPE_PERSON_DIALOG, "save_button");
  iterate ();
  g_assert_true (gtk_widget_get_visible (error_label));
  people = hearth_store_list_people (fixture->store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 0);
  g_clear_pointer (&people, g_ptr_array_unref);

  type_into (dialog, HEARTH_TYPE_PERSON_DIALOG, "birth_row", "14/03/2018");
  gtk_switch_set_active (GTK_SWITCH (child (dialog, HEARTH_TYPE_PERSON_DIALOG, "send_switch")), TRUE);
  click (dialog, HEARTH_TYPE_PERSON_DIALOG, "save_button");
  iterate ();
  g_assert_null (hearth_gui_test_find_toplevel (HEARTH_TYPE_PERSON_DIALOG));

  dialog = open_person_dialog (fixture, "page.add-child");
  type_into (dialog, HEARTH_TYPE_PERSON_DIALOG, "name_row", "Thistle Oakfoot");
  type_into (dialog, HEARTH_TYPE_PERSON_DIALOG, "birth_row", "2021-09-30");
  click (dialog, HEARTH_TYPE_PERSON_DIALOG, "save_button");
  iterate ();

  /* An adult who does not live in the home. */
  dialog = open_person_dialog (fixture, "page.add-adult");
  type_into (dialog, HEARTH_TYPE_PERSON_DIALOG, "name_row", "Rowan Testperson");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, HEARTH_TYPE_PERSON_DIALOG, "role_row")),
                              HEARTH_ADULT_ROLE_PARTNER);
  gtk_switch_set_active (GTK_SWITCH (child (dialog, HEARTH_TYPE_PERSON_DIALOG, "home_switch")), FALSE);
  click (dialog, HEARTH_TYPE_PERSON_DIALOG, "save_button");
  iterate ();

  people = hearth_store_list_people (fixture->store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 3);
  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);

      if (hearth_person_is_child (person))
        {
          children++;
          if (g_str_equal (person->name, "Bramble Oakfoot"))
            {
              g_assert_cmpstr (person->date_of_birth, ==, "2018-03-14");
              g_assert_true (person->send);
            }
        }
      else
        {
          g_assert_cmpint (person->role, ==, HEARTH_ADULT_ROLE_PARTNER);
          if (!person->lives_in_home)
            adults_outside++;
        }
    }
  g_assert_cmpuint (children, ==, 2);
  g_assert_cmpuint (adults_outside, ==, 1);

  /* The page shows them. */
  page = child (fixture->window, HEARTH_TYPE_WINDOW, "family_page");
  g_assert_cmpuint (count_rows (child (page, HEARTH_TYPE_FAMILY_PAGE, "children_list")), ==, 2);
  g_assert_cmpuint (count_rows (child (page, HEARTH_TYPE_FAMILY_PAGE, "adults_list")), ==, 1);

  hearth_gui_test_show_and_wait (GTK_WINDOW (fixture->window));
  shot = hearth_gui_test_screenshot (GTK_WINDOW (fixture->window), "workflow-family-people.png");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *search = child (fixture->window, HEARTH_TYPE_WINDOW, "search_entry");
  GtkWidget *list = child (fixture->window, HEARTH_TYPE_WINDOW, "families_list");
  GtkStack *sidebar = GTK_STACK (child (fixture->window, HEARTH_TYPE_WINDOW, "sidebar_stack"));
  const struct {
    const char *query;
    guint       expected;
  } cases[] = {
    { "", 3 },
    { "ash", 1 },         /* a family name */
    { "fic-0002", 1 },    /* a case reference, any case */
    { "FIC", 3 },
    { "pebble", 1 },      /* a child's name */
    { "willow 0003", 1 }, /* every word must match */
    { "nobody", 0 },
  };

  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "empty");

  add_family (fixture, "FIC-0001", "Ash Family");
  add_family (fixture, "FIC-0002", "Birch Family");
  add_family (fixture, "FIC-0003", "Willow Family");

  family = hearth_store_load_family_by_reference (fixture->store, "FIC-0002", &error);
  g_assert_no_error (error);
  person = hearth_person_new_child ("Pebble Birch", "2016-05-01");
  person->family_id = family->id;
  g_assert_true (hearth_store_save_person (fixture->store, person, &error));
  g_assert_no_error (error);
  hearth_window_reload (fixture->window);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint shown = 0;

      gtk_editable_set_text (GTK_EDITABLE (search), cases[i].query);
      g_signal_emit_by_name (search, "search-changed");
      iterate ();
      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
        if (gtk_widget_get_child_visible (row))
          shown++;
      g_assert_cmpuint (shown, ==, cases[i].expected);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==,
                       cases[i].expected > 0 ? "families" : "no-results");
    }
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/workflow/family-and-people", Fixture, NULL,
              fixture_set_up, test_family_and_people, fixture_tear_down);
  g_test_add ("/ui/workflow/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);

  return g_test_run ();
}
