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
#include "windows/hearth-assessment-window.h"
#include "windows/hearth-event-dialog.h"
#include "windows/hearth-family-dialog.h"
#include "windows/hearth-family-page.h"
#include "windows/hearth-person-dialog.h"
#include "windows/hearth-visit-dialog.h"
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
  /* The families are read just after the first frame; let the window lay
   * them out before the test looks. */
  iterate ();
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
  GtkWidget *page = GTK_WIDGET (hearth_window_get_family_page (fixture->window));
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
  page = GTK_WIDGET (hearth_window_get_family_page (fixture->window));
  g_assert_cmpuint (count_rows (child (page, HEARTH_TYPE_FAMILY_PAGE, "children_list")), ==, 2);
  g_assert_cmpuint (count_rows (child (page, HEARTH_TYPE_FAMILY_PAGE, "adults_list")), ==, 1);

  hearth_gui_test_show_and_wait (GTK_WINDOW (fixture->window));
  shot = hearth_gui_test_screenshot (GTK_WINDOW (fixture->window), "workflow-family-people.png");

  /* At the window's default size the open family sits beside the list of
   * families: no page of it (the charts' toolbar once did) is so wide
   * that the window has to fold. */
  {
    int width = 0;
    int height = 0;

    gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, width);
    g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (child (fixture->window, HEARTH_TYPE_WINDOW, "leaflet"))));
  }
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *search = child (fixture->window, HEARTH_TYPE_WINDOW, "search_entry");
  GtkListView *view = GTK_LIST_VIEW (child (fixture->window, HEARTH_TYPE_WINDOW, "families_view"));
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

  g_autofree char *path = g_build_filename (fixture->tmpdir, "hearth.db", NULL);
  GtkWidget *empty_page;
  GtkWidget *path_label;

  /* A first-time user is told what to do and where the records are kept. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "empty");
  empty_page = gtk_stack_get_visible_child (sidebar);
  g_assert_true (ADW_IS_STATUS_PAGE (empty_page));
  g_assert_true (gtk_widget_get_mapped (empty_page));
  g_assert_true (g_str_has_prefix (adw_status_page_get_description (ADW_STATUS_PAGE (empty_page)),
                                   "Add the first family"));
  path_label = adw_status_page_get_child (ADW_STATUS_PAGE (empty_page));
  g_assert_true (GTK_IS_LABEL (path_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (path_label)), ==, path);
  /* With nothing to choose, the content pane does not ask to choose. */
  g_assert_false (gtk_widget_get_visible (child (fixture->window, HEARTH_TYPE_WINDOW, "choose_family_page")));

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
  g_assert_true (gtk_widget_get_visible (child (fixture->window, HEARTH_TYPE_WINDOW, "choose_family_page")));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint shown;

      gtk_editable_set_text (GTK_EDITABLE (search), cases[i].query);
      g_signal_emit_by_name (search, "search-changed");
      iterate ();
      shown = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view)));
      g_assert_cmpuint (shown, ==, cases[i].expected);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==,
                       cases[i].expected > 0 ? "families" : "no-results");
      if (cases[i].expected == 0)
        g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (gtk_stack_get_visible_child (sidebar))), ==,
                         "No Matching Families");
    }
}

static HearthFamily *
family_with_children (Fixture *fixture)
{
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Bramble Oakfoot", "Thistle Oakfoot" };
  const char *births[] = { "2018-03-14", "2021-09-30" };

  add_family (fixture, "FIC-0100", "The Oakfoot Family (fictional)");
  family = hearth_store_load_family_by_reference (fixture->store, "FIC-0100", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HearthPerson) person = hearth_person_new_child (names[i], births[i]);

      person->family_id = family->id;
      g_assert_true (hearth_store_save_person (fixture->store, person, &error));
      g_assert_no_error (error);
    }
  {
    g_autoptr(HearthPerson) adult = hearth_person_new_adult ("Rowan Testperson", HEARTH_ADULT_ROLE_PARTNER, FALSE);

    adult->family_id = family->id;
    g_assert_true (hearth_store_save_person (fixture->store, adult, &error));
    g_assert_no_error (error);
  }
  hearth_window_reload (fixture->window);
  hearth_window_select_family (fixture->window, family->id);
  return g_steal_pointer (&family);
}

static void
test_visit_starts_assessments (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(HearthFamily) family = family_with_children (fixture);
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  GtkWidget *page = GTK_WIDGET (hearth_window_get_family_page (fixture->window));
  HearthVisitDialog *dialog;
  HearthVisit *visit;
  guint households = 0, screenings = 0;

  g_assert_true (gtk_widget_activate_action (page, "page.new-visit", NULL));
  dialog = HEARTH_VISIT_DIALOG (hearth_gui_test_find_toplevel (HEARTH_TYPE_VISIT_DIALOG));
  g_assert_nonnull (dialog);

  /* A visit dated before a child's birth is refused and nothing is stored. */
  type_into (dialog, HEARTH_TYPE_VISIT_DIALOG, "when_row", "01/01/2019 10:00");
  type_into (dialog, HEARTH_TYPE_VISIT_DIALOG, "practitioner_row", "Pat Practitioner");
  click (dialog, HEARTH_TYPE_VISIT_DIALOG, "save_button");
  iterate ();
  g_assert_true (gtk_widget_get_visible (child (dialog, HEARTH_TYPE_VISIT_DIALOG, "error_label")));
  visits = hearth_store_list_visits (fixture->store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (visits->len, ==, 0);
  g_clear_pointer (&visits, g_ptr_array_unref);

  type_into (dialog, HEARTH_TYPE_VISIT_DIALOG, "when_row", "12/11/2026 10:30");
  gtk_switch_set_active (GTK_SWITCH (child (dialog, HEARTH_TYPE_VISIT_DIALOG, "announced_switch")), FALSE);
  hearth_gui_test_show_and_wait (GTK_WINDOW (dialog));
  shot = hearth_gui_test_screenshot (GTK_WINDOW (dialog), "workflow-visit-dialog.png");
  click (dialog, HEARTH_TYPE_VISIT_DIALOG, "save_button");
  iterate ();
  g_assert_null (hearth_gui_test_find_toplevel (HEARTH_TYPE_VISIT_DIALOG));

  visits = hearth_store_list_visits (fixture->store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (visits->len, ==, 1);
  visit = g_ptr_array_index (visits, 0);
  g_assert_cmpstr (visit->practitioner, ==, "Pat Practitioner");
  g_assert_false (visit->announced);
  g_assert_cmpuint (visit->children->len, ==, 2);

  /* One household assessment and one screening per child, all drafts. */
  assessments = hearth_store_list_assessments (fixture->store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 3);
  for (guint i = 0; i < assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (assessments, i);

      g_assert_cmpint (assessment->status, ==, HEARTH_ASSESSMENT_STATUS_DRAFT);
      g_assert_cmpint (assessment->visit_id, ==, visit->id);
      if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD)
        {
          g_assert_cmpstr (assessment->instrument_id, ==, "home-conditions");
          households++;
        }
      else
        {
          g_assert_cmpstr (assessment->instrument_id, ==, "neglect-screening");
          screenings++;
        }
    }
  g_assert_cmpuint (households, ==, 1);
  g_assert_cmpuint (screenings, ==, 2);

  /* The visit appears in the chronology by itself. */
  events = hearth_store_list_events (fixture->store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpint (((HearthEvent *) g_ptr_array_index (events, 0))->category, ==, HEARTH_EVENT_CATEGORY_VISIT);
  g_assert_cmpint (((HearthEvent *) g_ptr_array_index (events, 0))->visit_id, ==, visit->id);

  g_assert_cmpuint (count_rows (child (page, HEARTH_TYPE_FAMILY_PAGE, "assessments_list")), ==, 3);

  /* Opening an assessment from the list shows it in its own window; opening
   * it again brings the same window forward. */
  {
    GtkWidget *list = child (page, HEARTH_TYPE_FAMILY_PAGE, "assessments_list");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    GtkWindow *opened;

    g_signal_emit_by_name (list, "row-activated", row);
    opened = hearth_gui_test_find_toplevel (HEARTH_TYPE_ASSESSMENT_WINDOW);
    g_assert_nonnull (opened);
    g_signal_emit_by_name (list, "row-activated", row);
    g_assert_true (hearth_gui_test_find_toplevel (HEARTH_TYPE_ASSESSMENT_WINDOW) == opened);
    hearth_gui_test_show_and_wait (opened);
    g_clear_object (&shot);
    shot = hearth_gui_test_screenshot (opened, "workflow-assessment-window.png");
    gtk_window_close (opened);
    iterate ();
    g_assert_null (hearth_gui_test_find_toplevel (HEARTH_TYPE_ASSESSMENT_WINDOW));
  }
  g_clear_object (&shot);
  hearth_gui_test_show_and_wait (GTK_WINDOW (fixture->window));
  shot = hearth_gui_test_screenshot (GTK_WINDOW (fixture->window), "workflow-visits.png");
}

static void
test_chronology_events (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HearthFamily) family = family_with_children (fixture);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  GtkWidget *page = GTK_WIDGET (hearth_window_get_family_page (fixture->window));
  GtkWidget *events_list = child (page, HEARTH_TYPE_FAMILY_PAGE, "events_list");
  HearthEventDialog *dialog;
  GtkWindow *confirm;
  HearthEvent *event;
  GtkListBoxRow *row;

  /* Without a source agency the event is refused, and nothing is stored. */
  g_assert_true (gtk_widget_activate_action (page, "page.add-event", NULL));
  dialog = HEARTH_EVENT_DIALOG (hearth_gui_test_find_toplevel (HEARTH_TYPE_EVENT_DIALOG));
  type_into (dialog, HEARTH_TYPE_EVENT_DIALOG, "date_row", "03/02/2026");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, HEARTH_TYPE_EVENT_DIALOG, "category_row")),
                              HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (dialog, HEARTH_TYPE_EVENT_DIALOG,
                                                                            "what_view"))),
                            "Missed the second dental appointment in a row.", -1);
  click (dialog, HEARTH_TYPE_EVENT_DIALOG, "save_button");
  iterate ();
  g_assert_true (gtk_widget_get_visible (child (dialog, HEARTH_TYPE_EVENT_DIALOG, "error_label")));
  events = hearth_store_list_events (fixture->store, family->id, &error);
  g_assert_cmpuint (events->len, ==, 0);
  g_clear_pointer (&events, g_ptr_array_unref);

  type_into (dialog, HEARTH_TYPE_EVENT_DIALOG, "source_row", "Community dental service");
  type_into (dialog, HEARTH_TYPE_EVENT_DIALOG, "action_row", "Health visitor to follow up");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, HEARTH_TYPE_EVENT_DIALOG, "significance_row")), 2);
  click (dialog, HEARTH_TYPE_EVENT_DIALOG, "save_button");
  iterate ();
  g_assert_null (hearth_gui_test_find_toplevel (HEARTH_TYPE_EVENT_DIALOG));

  events = hearth_store_list_events (fixture->store, family->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpstr (event->date, ==, "2026-02-03");
  g_assert_cmpint (event->category, ==, HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT);
  g_assert_cmpint (event->significance, ==, HEARTH_SIGNIFICANCE_HIGH);
  g_assert_cmpstr (event->action_taken, ==, "Health visitor to follow up");
  g_assert_true (hearth_event_is_household (event));
  g_assert_cmpuint (count_rows (events_list), ==, 1);

  /* Filtering by another category hides it. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (page, HEARTH_TYPE_FAMILY_PAGE, "category_filter")),
                              HEARTH_EVENT_CATEGORY_POLICE + 1);
  g_assert_cmpuint (count_rows (events_list), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (page, HEARTH_TYPE_FAMILY_PAGE, "category_filter")), 0);
  g_assert_cmpuint (count_rows (events_list), ==, 1);

  /* Edit it: open from the list, change what happened. */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (events_list), 0);
  g_signal_emit_by_name (events_list, "row-activated", row);
  dialog = HEARTH_EVENT_DIALOG (hearth_gui_test_find_toplevel (HEARTH_TYPE_EVENT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, HEARTH_TYPE_EVENT_DIALOG, "source_row"))),
                   ==, "Community dental service");
  type_into (dialog, HEARTH_TYPE_EVENT_DIALOG, "analysis_row", "Part of a pattern of missed health care");
  click (dialog, HEARTH_TYPE_EVENT_DIALOG, "save_button");
  iterate ();
  g_clear_pointer (&events, g_ptr_array_unref);
  events = hearth_store_list_events (fixture->store, family->id, &error);
  g_assert_cmpstr (((HearthEvent *) g_ptr_array_index (events, 0))->analysis, ==,
                   "Part of a pattern of missed health care");

  hearth_gui_test_show_and_wait (GTK_WINDOW (fixture->window));
  shot = hearth_gui_test_screenshot (GTK_WINDOW (fixture->window), "workflow-chronology.png");

  /* Delete asks first; cancelling keeps it. */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (events_list), 0);
  g_signal_emit_by_name (events_list, "row-activated", row);
  dialog = HEARTH_EVENT_DIALOG (hearth_gui_test_find_toplevel (HEARTH_TYPE_EVENT_DIALOG));
  click (dialog, HEARTH_TYPE_EVENT_DIALOG, "delete_button");
  confirm = hearth_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  iterate ();
  g_clear_pointer (&events, g_ptr_array_unref);
  events = hearth_store_list_events (fixture->store, family->id, &error);
  g_assert_cmpuint (events->len, ==, 1);

  click (dialog, HEARTH_TYPE_EVENT_DIALOG, "delete_button");
  confirm = hearth_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "delete");
  iterate ();
  g_clear_pointer (&events, g_ptr_array_unref);
  events = hearth_store_list_events (fixture->store, family->id, &error);
  g_assert_cmpuint (events->len, ==, 0);
  g_assert_cmpuint (count_rows (events_list), ==, 0);

  /* Every change is in the audit trail. */
  audit = hearth_store_list_family_audit (fixture->store, family->id, &error);
  g_assert_no_error (error);
  {
    guint deletes = 0;

    for (guint i = 0; i < audit->len; i++)
      {
        HearthAuditEntry *entry = g_ptr_array_index (audit, i);

        if (g_strcmp0 (entry->entity_type, "event") == 0 && entry->action == HEARTH_AUDIT_ACTION_DELETE)
          deletes++;
      }
    g_assert_cmpuint (deletes, ==, 1);
  }
}

/* Every control a person can operate has a name a screen reader can say:
 * its own text, an accessible label, or a tooltip for icon buttons. */
static guint
count_unnamed (GtkWidget *widget)
{
  guint unnamed = 0;

  if (gtk_widget_get_visible (widget) &&
      (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
       GTK_IS_CHECK_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_EDITABLE (widget) ||
       GTK_IS_TEXT_VIEW (widget)) &&
      !GTK_IS_TEXT (widget))
    {
      gboolean named = FALSE;

      if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
          gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        named = TRUE;
      else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
        named = TRUE;
      else if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL)
        named = TRUE;
      else if (gtk_widget_get_tooltip_text (widget) != NULL)
        named = TRUE;
      else
        {
          /* A row that activates the control names it (AdwActionRow titles). */
          for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL && !named; up = gtk_widget_get_parent (up))
            if (ADW_IS_PREFERENCES_ROW (up) &&
                *adw_preferences_row_get_title (ADW_PREFERENCES_ROW (up)) != '\0')
              named = TRUE;
        }

      if (!named)
        {
          g_test_message ("unnamed %s", G_OBJECT_TYPE_NAME (widget));
          unnamed++;
        }

      /* The parts of a control (a drop-down's toggle and popover search)
       * speak through the control itself. */
      return unnamed;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    unnamed += count_unnamed (c);
  return unnamed;
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HearthFamily) family = family_with_children (fixture);
  GtkWidget *page = GTK_WIDGET (hearth_window_get_family_page (fixture->window));
  const char *actions[] = { "page.new-visit", "page.add-event", "page.add-child", "page.add-adult" };
  GtkWindow *dialog;

  g_assert_cmpuint (count_unnamed (GTK_WIDGET (fixture->window)), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      g_assert_true (gtk_widget_activate_action (page, actions[i], NULL));
      dialog = NULL;
      for (guint j = 0; j < g_list_model_get_n_items (toplevels) && dialog == NULL; j++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, j);

          if (window != GTK_WINDOW (fixture->window) && gtk_widget_get_visible (GTK_WIDGET (window)))
            dialog = window;
        }
      g_assert_nonnull (dialog);
      g_test_message ("checking %s", G_OBJECT_TYPE_NAME (dialog));
      g_assert_cmpuint (count_unnamed (GTK_WIDGET (dialog)), ==, 0);
      gtk_window_destroy (dialog);
      iterate ();
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
  g_test_add ("/ui/workflow/visit-starts-assessments", Fixture, NULL,
              fixture_set_up, test_visit_starts_assessments, fixture_tear_down);
  g_test_add ("/ui/workflow/accessible-names", Fixture, NULL,
              fixture_set_up, test_accessible_names, fixture_tear_down);
  g_test_add ("/ui/workflow/chronology-events", Fixture, NULL,
              fixture_set_up, test_chronology_events, fixture_tear_down);

  return g_test_run ();
}
