/* test-ui-supervision.c — the supervision page on a real store: signals, changes, the record
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

#include "core/hearth-date.h"
#include "core/hearth-entities.h"
#include "core/hearth-signals.h"
#include "hearth-gui-test.h"
#include "hearth-test-tmpdir.h"
#include "windows/hearth-family-page.h"
#include "windows/hearth-supervision-page.h"
#include "windows/hearth-supervision-reflection.h"

/* A fictional family judged on the real date: every date below is so
 * many days ago. Its history raises every signal: visits stopped 130 days
 * ago, Bramble was not seen at the last two, Bramble's physical care has
 * not improved across three screenings, home conditions improved and fell
 * back, two referrals within a year, two missed appointments, and an
 * action from the last supervision (140 days ago) is overdue. */
typedef struct
{
  char                     *tmpdir;
  HearthStore              *store;
  HearthInstrumentRegistry *registry;
  HearthFamily             *family;
  gint64                    bramble;
  gint64                    thistle;
  gint64                    first_supervision;
  GtkWindow                *window;
  HearthSupervisionPage    *page;
} Fixture;

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static char *
days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static gint64
noon_days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_time_get_year (then),
                                                     g_date_time_get_month (then),
                                                     g_date_time_get_day_of_month (then), 12, 0, 0);

  return g_date_time_to_unix (noon);
}

static gint64
add_child (Fixture    *fixture,
           const char *name,
           int         years)
{
  g_autofree char *born = days_ago (years * 366);
  g_autoptr(HearthPerson) child = hearth_person_new_child (name, born);
  g_autoptr(GError) error = NULL;

  child->family_id = fixture->family->id;
  g_assert_true (hearth_store_save_person (fixture->store, child, &error));
  g_assert_no_error (error);
  return child->id;
}

/* A finalised assessment made on @visit_id, every item at @spec's level:
 * "physical=3,*=2" rates physical items 3 and the rest 2. */
static void
add_assessment (Fixture    *fixture,
                const char *instrument_id,
                gint64      child_id,
                gint64      visit_id,
                gint64      visited_at,
                const char *spec)
{
  g_autoptr(HearthInstrument) instrument = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;
  g_auto(GStrv) pairs = g_strsplit (spec, ",", -1);
  g_autoptr(GError) error = NULL;

  instrument = hearth_instrument_registry_lookup (fixture->registry, instrument_id, 0, &error);
  g_assert_no_error (error);
  assessment = hearth_assessment_new (fixture->family->id,
                                      child_id != 0 ? HEARTH_ASSESSMENT_SCOPE_CHILD
                                                    : HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD,
                                      child_id, instrument_id, "1");
  assessment->visit_id = visit_id;
  assessment->status = HEARTH_ASSESSMENT_STATUS_FINAL;
  assessment->finalised_at = visited_at;
  assessment->finalised_by = g_strdup ("Testy McTestface");

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
      g_autoptr(HearthResponse) response = hearth_response_new (item->id);

      for (guint p = 0; pairs[p] != NULL; p++)
        {
          g_auto(GStrv) kv = g_strsplit (pairs[p], "=", 2);

          if (g_str_equal (kv[0], item->category)
              || (g_str_equal (kv[0], "*") && response->level == 0))
            response->level = (int) g_ascii_strtoll (kv[1], NULL, 10);
        }
      hearth_assessment_set_response (assessment, response);
    }

  g_assert_true (hearth_store_save_assessment (fixture->store, assessment, &error));
  g_assert_no_error (error);
}

static void
add_event (Fixture             *fixture,
           int                  days,
           HearthEventCategory  category,
           const char          *what)
{
  g_autofree char *date = days_ago (days);
  g_autoptr(HearthEvent) event = hearth_event_new (fixture->family->id, date, category,
                                                   "Test health centre", what);
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_store_save_event (fixture->store, event, &error));
  g_assert_no_error (error);
}

static void
build_history (Fixture *fixture)
{
  static const struct
  {
    int         days;
    gboolean    bramble_seen;
    const char *screening;
    const char *home;
  } visits[] = {
    { 200, TRUE, "physical=3,*=4", "*=4" },
    { 150, FALSE, "physical=3,*=3", "*=2" },
    { 130, FALSE, "physical=3,*=2", "*=4" },
  };
  g_autoptr(HearthSupervision) supervision = NULL;
  g_autofree char *held = days_ago (140);
  g_autofree char *due = days_ago (30);
  g_autoptr(GError) error = NULL;

  fixture->family = hearth_family_new ("FIC-SUP-1", "The Oakfoot Family (fictional)");
  g_assert_true (hearth_store_save_family (fixture->store, fixture->family, &error));
  g_assert_no_error (error);
  fixture->bramble = add_child (fixture, "Bramble Oakfoot", 9);
  fixture->thistle = add_child (fixture, "Thistle Oakfoot", 11);

  for (guint i = 0; i < G_N_ELEMENTS (visits); i++)
    {
      gint64 at = noon_days_ago (visits[i].days);
      g_autoptr(HearthVisit) visit = hearth_visit_new (fixture->family->id, at, "Testy McTestface");

      hearth_visit_set_child (visit, fixture->bramble, visits[i].bramble_seen,
                              visits[i].bramble_seen);
      hearth_visit_set_child (visit, fixture->thistle, TRUE, TRUE);
      g_assert_true (hearth_store_save_visit (fixture->store, visit, &error));
      g_assert_no_error (error);
      add_assessment (fixture, "neglect-screening", fixture->bramble, visit->id, at,
                      visits[i].screening);
      add_assessment (fixture, "neglect-screening", fixture->thistle, visit->id, at, "*=1");
      add_assessment (fixture, "home-conditions", 0, visit->id, at, visits[i].home);
    }

  add_event (fixture, 300, HEARTH_EVENT_CATEGORY_REFERRAL, "Referral from the school nurse");
  add_event (fixture, 100, HEARTH_EVENT_CATEGORY_REFERRAL, "Referral from the health visitor");
  add_event (fixture, 60, HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT, "Dental check missed");
  add_event (fixture, 20, HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT, "Eye test missed");

  supervision = hearth_supervision_new (fixture->family->id, held, "Hazel Underbough",
                                        "Testy McTestface");
  supervision->status = HEARTH_SUPERVISION_STATUS_FINAL;
  supervision->reflection = g_strdup ("An earlier discussion.");
  hearth_supervision_add_action (supervision, "Book a health review", "Testy McTestface", due);
  g_assert_true (hearth_store_save_supervision (fixture->store, supervision, &error));
  g_assert_no_error (error);
  fixture->first_supervision = supervision->id;
}

static void
open_page (Fixture *fixture)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 780);
  fixture->page = HEARTH_SUPERVISION_PAGE (hearth_supervision_page_new (fixture->store,
                                                                        fixture->registry));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  hearth_supervision_page_set_family (fixture->page, fixture->family);
  hearth_gui_test_show_and_wait (fixture->window);
}

static void
close_page (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  iterate ();
  fixture->window = NULL;
  fixture->page = NULL;
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
  hearth_store_set_actor (fixture->store, "test-actor");
  fixture->registry = hearth_instrument_registry_new (NULL, &error);
  g_assert_no_error (error);
  build_history (fixture);
  open_page (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = hearth_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  if (fixture->window != NULL)
    close_page (fixture);
  g_assert_finalize_object (fixture->registry);
  g_assert_finalize_object (fixture->store);
  hearth_family_unref (fixture->family);
  hearth_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                  HEARTH_TYPE_SUPERVISION_PAGE, name);

  g_assert_nonnull (found);
  return GTK_WIDGET (found);
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      n++;
  return n;
}

static GtkListBoxRow *
nth_row (GtkWidget *list,
         guint      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) index);

  g_assert_nonnull (row);
  return row;
}

static char *
view_text (Fixture    *fixture,
           const char *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (fixture, name)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_view_text (Fixture    *fixture,
               const char *name,
               const char *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (child (fixture, name));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
set_row_text (Fixture    *fixture,
              const char *name,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (fixture, name)), text);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_str_equal (gtk_widget_get_name (child), name))
        return child;
      if ((found = find_named (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* One part of an action row: "done", "text", "owner", "due" or "remove". */
static GtkWidget *
action_part (Fixture    *fixture,
             guint       index,
             const char *part)
{
  g_autofree char *name = g_strconcat ("action-", part, NULL);
  GtkListBoxRow *row = nth_row (child (fixture, "actions_list"), index);
  GtkWidget *widget = find_named (GTK_WIDGET (row), name);

  g_assert_nonnull (widget);
  return widget;
}

/* Waits, as a person would, for the autosave after the last change. */
static void
wait_for_autosave (Fixture *fixture)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (15, hearth_gui_test_timeout_cb, &timed_out);

  while (!hearth_supervision_page_get_saved (fixture->page) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
}

static HearthSupervision *
load_record (Fixture *fixture,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  HearthSupervision *record = hearth_store_load_supervision (fixture->store, id, &error);

  g_assert_no_error (error);
  return record;
}

static void
scroll_to (Fixture    *fixture,
           const char *name)
{
  GtkWidget *target = child (fixture, name);
  GtkWidget *scrolled = gtk_widget_get_ancestor (target, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  double x, y;

  /* Measured from the top of the content, not of what is in view; the
   * viewport would follow the focus back up, so it is told not to. */
  g_assert_true (GTK_IS_VIEWPORT (content));
  gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (content), FALSE);
  content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  g_assert_true (gtk_widget_translate_coordinates (target, content, 0, 0, &x, &y));
  gtk_adjustment_set_value (adjustment, y - 12);
  hearth_gui_test_show_and_wait (fixture->window);
}

static void
test_signals_and_changes (Fixture       *fixture,
                          gconstpointer  data)
{
  GPtrArray *signals = hearth_supervision_page_get_signals (fixture->page);
  g_autoptr(GdkTexture) shot = NULL;
  GtkWidget *signals_list = child (fixture, "signals_list");
  const char *description;
  guint kinds[HEARTH_SIGNAL_N_KINDS] = { 0 };

  /* Every kind of signal, each once; Thistle, seen alone and scoring well,
   * raises none. */
  g_assert_nonnull (signals);
  g_assert_cmpuint (signals->len, ==, HEARTH_SIGNAL_N_KINDS);
  for (guint i = 0; i < signals->len; i++)
    {
      const HearthSignal *signal = g_ptr_array_index (signals, i);

      kinds[signal->kind]++;
      g_assert_cmpint (signal->child_id, !=, fixture->thistle);
      g_assert_cmpuint (signal->evidence->len, >, 0);
    }
  for (guint k = 0; k < HEARTH_SIGNAL_N_KINDS; k++)
    g_assert_cmpuint (kinds[k], ==, 1);

  /* One expandable row per signal, the most severe first, naming the
   * child; each opens onto its evidence. */
  g_assert_cmpuint (count_rows (signals_list), ==, signals->len);
  for (guint i = 0; i < signals->len; i++)
    {
      const HearthSignal *signal = g_ptr_array_index (signals, i);
      AdwExpanderRow *row = ADW_EXPANDER_ROW (nth_row (signals_list, i));

      g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, signal->explanation);
      if (signal->kind == HEARTH_SIGNAL_CHILD_NOT_SEEN)
        g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                  "Bramble Oakfoot"));
    }
  g_assert_cmpint (((HearthSignal *) g_ptr_array_index (signals, 0))->severity, ==,
                   HEARTH_SIGNAL_SEVERITY_SERIOUS);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (nth_row (signals_list, 0)), TRUE);
  hearth_gui_test_show_and_wait (fixture->window);

  /* Since the supervision 140 days ago: the screenings and home
   * conditions of the visit 130 days ago, with their score changes, and
   * the referral and two missed appointments since. */
  description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (
                                                         child (fixture, "changes_group")));
  g_assert_nonnull (strstr (description, "Since the supervision of"));
  g_assert_cmpuint (count_rows (child (fixture, "changes_list")), ==, 6);
  {
    gboolean home_change = FALSE, missed = FALSE;

    for (guint i = 0; i < 6; i++)
      {
        AdwPreferencesRow *row = ADW_PREFERENCES_ROW (nth_row (child (fixture, "changes_list"), i));
        const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

        if (g_str_has_prefix (adw_preferences_row_get_title (row), "Home conditions"))
          home_change = strstr (subtitle, "2.0 → 4.0") != NULL;
        missed = missed || strstr (subtitle, "Eye test missed") != NULL;
      }
    g_assert_true (home_change);
    g_assert_true (missed);
  }

  shot = hearth_gui_test_screenshot (fixture->window, "supervision-signals.png");
  g_assert_cmpint (gdk_texture_get_width (shot), >, 0);
}

static void
test_record_autosave_and_finalise (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(HearthSupervision) stored = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *review = days_ago (-28);
  g_autofree char *review_typed = NULL;
  g_autofree char *due_typed = NULL;
  g_autofree char *text = NULL;
  g_autofree char *review_shown = NULL;
  HearthSupervisionAction *action;
  HearthSupervision *record;
  GtkWindow *dialog;
  gint64 id;

  /* Dates are typed day first, without leading zeros, and shown back
   * with them. */
  {
    GDate date;

    g_assert_true (hearth_date_parse (review, &date, NULL));
    review_typed = g_strdup_printf ("%d/%d/%d", g_date_get_day (&date), g_date_get_month (&date),
                                    g_date_get_year (&date));
    review_shown = g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&date),
                                    g_date_get_month (&date), g_date_get_year (&date));
    due_typed = g_strdup (review_typed);
  }

  /* No draft yet: the form opens on a new record, dated today, stored
   * only once it names the supervisor and the practitioner. */
  record = hearth_supervision_page_get_record (fixture->page);
  g_assert_nonnull (record);
  g_assert_cmpint (record->id, ==, 0);
  set_view_text (fixture, "lived_view", "Bramble says mornings are the hardest part of the day.");
  g_assert_false (hearth_supervision_page_get_saved (fixture->page));
  g_assert_false (hearth_supervision_page_save_now (fixture->page, &error));
  g_assert_error (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING);
  g_clear_error (&error);
  g_assert_true (gtk_widget_get_visible (child (fixture, "form_message")));

  /* Nor does it give way to a new one, which would lose what was typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "supervision.new-record",
                                             NULL));
  text = view_text (fixture, "lived_view");
  g_assert_cmpstr (text, ==, "Bramble says mornings are the hardest part of the day.");
  g_clear_pointer (&text, g_free);

  set_row_text (fixture, "supervisor_row", "Hazel Underbough");
  set_row_text (fixture, "practitioner_row", "Testy McTestface");
  set_view_text (fixture, "worries_view", "Nobody has seen Bramble at the last two visits.");
  set_view_text (fixture, "decisions_view", "Unannounced visit within a week.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "supervision.add-action",
                                             NULL));
  gtk_editable_set_text (GTK_EDITABLE (action_part (fixture, 0, "text")),
                         "See Bramble alone at school");
  gtk_editable_set_text (GTK_EDITABLE (action_part (fixture, 0, "owner")), "Testy McTestface");
  gtk_editable_set_text (GTK_EDITABLE (action_part (fixture, 0, "due")), due_typed);
  set_row_text (fixture, "next_review_row", review_typed);

  /* Autosaved after a pause, without being asked. */
  wait_for_autosave (fixture);
  id = hearth_supervision_page_get_record (fixture->page)->id;
  g_assert_cmpint (id, >, 0);
  g_assert_false (gtk_widget_get_visible (child (fixture, "form_message")));
  stored = load_record (fixture, id);
  g_assert_cmpint (stored->status, ==, HEARTH_SUPERVISION_STATUS_DRAFT);
  g_assert_cmpstr (stored->supervisor, ==, "Hazel Underbough");
  g_assert_cmpstr (stored->practitioner, ==, "Testy McTestface");
  g_assert_nonnull (strstr (stored->reflection,
                            "## The child’s lived experience\n"
                            "Bramble says mornings are the hardest part of the day."));
  g_assert_nonnull (strstr (stored->reflection, "## What worries us\n"));
  g_assert_cmpstr (stored->decisions, ==, "Unannounced visit within a week.");
  g_assert_cmpstr (stored->next_review, ==, review);
  g_assert_cmpuint (stored->actions->len, ==, 1);
  action = g_ptr_array_index (stored->actions, 0);
  g_assert_cmpstr (action->text, ==, "See Bramble alone at school");
  g_assert_cmpstr (action->owner, ==, "Testy McTestface");
  g_assert_cmpstr (action->due_date, ==, review);
  g_assert_false (action->done);
  g_clear_pointer (&stored, hearth_supervision_unref);
  scroll_to (fixture, "actions_list");
  shot = hearth_gui_test_screenshot (fixture->window, "supervision-draft.png");
  g_assert_cmpint (gdk_texture_get_width (shot), >, 0);
  g_clear_object (&shot);

  /* A half-typed date is marked and leaves the stored date alone, while
   * the rest is still saved. */
  set_row_text (fixture, "date_row", "31/02/2025");
  set_view_text (fixture, "working_view", "Thistle's school attendance is up.");
  g_assert_true (hearth_supervision_page_save_now (fixture->page, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_has_css_class (child (fixture, "date_row"), "error"));
  g_assert_true (gtk_widget_get_visible (child (fixture, "form_message")));
  stored = load_record (fixture, id);
  g_assert_cmpstr (stored->date, ==, hearth_supervision_page_get_record (fixture->page)->date);
  g_assert_nonnull (strstr (stored->reflection, "Thistle's school attendance is up."));
  g_clear_pointer (&stored, hearth_supervision_unref);

  /* Closing the page saves what was typed a moment before. */
  set_view_text (fixture, "changed_view", "Home conditions improved, then slipped back.");
  close_page (fixture);
  open_page (fixture);
  g_assert_cmpint (hearth_supervision_page_get_record (fixture->page)->id, ==, id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "supervisor_row"))), ==,
                   "Hazel Underbough");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (fixture, "next_review_row"))), ==,
                   review_shown);
  text = view_text (fixture, "changed_view");
  g_assert_cmpstr (text, ==, "Home conditions improved, then slipped back.");
  g_clear_pointer (&text, g_free);
  text = view_text (fixture, "lived_view");
  g_assert_cmpstr (text, ==, "Bramble says mornings are the hardest part of the day.");
  g_clear_pointer (&text, g_free);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (action_part (fixture, 0, "text"))), ==,
                   "See Bramble alone at school");

  /* Finalised through the confirmation: read-only afterwards. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "supervision.finalise",
                                             NULL));
  dialog = hearth_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (dialog, "response", "finalise");
  gtk_window_destroy (dialog);
  iterate ();

  stored = load_record (fixture, id);
  g_assert_cmpint (stored->status, ==, HEARTH_SUPERVISION_STATUS_FINAL);
  g_clear_pointer (&stored, hearth_supervision_unref);
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (child (fixture, "lived_view"))));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (child (fixture, "supervisor_row"))));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (action_part (fixture, 0, "text"))));
  g_assert_false (gtk_widget_get_visible (child (fixture, "finalise_button")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (fixture, "save_label"))), ==, "Finalised");
  g_assert_false (gtk_widget_get_visible (action_part (fixture, 0, "remove")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "supervision.add-action", NULL);
  g_assert_cmpuint (count_rows (child (fixture, "actions_list")), ==, 1);

  /* This record is now the last supervision: its action is not yet due,
   * so nothing is overdue any more. */
  {
    GPtrArray *signals = hearth_supervision_page_get_signals (fixture->page);

    for (guint i = 0; i < signals->len; i++)
      g_assert_cmpint (((HearthSignal *) g_ptr_array_index (signals, i))->kind, !=,
                       HEARTH_SIGNAL_OVERDUE_ACTIONS);
  }

  /* Its actions can still be ticked off. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (action_part (fixture, 0, "done")), TRUE);
  stored = load_record (fixture, id);
  g_assert_true (((HearthSupervisionAction *) g_ptr_array_index (stored->actions, 0))->done);
  g_clear_pointer (&stored, hearth_supervision_unref);

  scroll_to (fixture, "record_group");
  shot = hearth_gui_test_screenshot (fixture->window, "supervision-record.png");
  g_assert_cmpint (gdk_texture_get_width (shot), >, 0);

  /* Earlier records stay readable, read-only. */
  g_assert_cmpuint (count_rows (child (fixture, "records_list")), ==, 2);
  g_assert_true (hearth_supervision_page_open_record (fixture->page, fixture->first_supervision));
  text = view_text (fixture, "lived_view");
  g_assert_cmpstr (text, ==, "An earlier discussion.");
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (child (fixture, "lived_view"))));

  /* A new record starts empty and editable. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "supervision.new-record",
                                             NULL));
  g_assert_cmpint (hearth_supervision_page_get_record (fixture->page)->id, ==, 0);
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (child (fixture, "lived_view"))));
  g_clear_pointer (&text, g_free);
  text = view_text (fixture, "lived_view");
  g_assert_cmpstr (text, ==, "");
}

/* The reflection is stored as one text with a heading per prompt, and
 * reads back into the same answers, whatever they hold. */
static void
test_reflection_text (void)
{
  static const char *const cases[][HEARTH_REFLECTION_N_PROMPTS] = {
    { "Bramble says mornings are hard.", "", "Nobody has seen Bramble.", "" },
    { "# not a heading", "## nor this\nsecond line", "\\ a backslash", "line one\n\nline three" },
    { "", "", "", "Only the last." },
  };
  g_autofree char *empty = NULL;
  g_auto(GStrv) legacy = NULL;
  g_auto(GStrv) extra = NULL;

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *text = hearth_supervision_reflection_join (cases[c]);
      g_auto(GStrv) back = hearth_supervision_reflection_split (text);

      g_assert_nonnull (text);
      g_assert_nonnull (strstr (text, "## What is working well\n"));
      g_assert_cmpuint (g_strv_length (back), ==, HEARTH_REFLECTION_N_PROMPTS);
      for (guint i = 0; i < HEARTH_REFLECTION_N_PROMPTS; i++)
        g_assert_cmpstr (back[i], ==, cases[c][i]);
    }

  /* Nothing written is no reflection at all. */
  empty = hearth_supervision_reflection_join ((const char *const[]) { "", " ", "\n", "" });
  g_assert_null (empty);

  /* Text from before the prompts belongs to the first; sections past the
   * last prompt join the last. */
  legacy = hearth_supervision_reflection_split ("An earlier discussion.");
  g_assert_cmpstr (legacy[0], ==, "An earlier discussion.");
  g_assert_cmpstr (legacy[3], ==, "");
  extra = hearth_supervision_reflection_split ("## A\na\n## B\nb\n## C\nc\n## D\nd\n## E\ne");
  g_assert_cmpstr (extra[0], ==, "a");
  g_assert_cmpstr (extra[3], ==, "d\ne");
}

static void
count_toast_cb (GtkWidget  *page,
                const char *message,
                guint      *count)
{
  (*count)++;
}

/* The family page shows this page as its Supervision view, hands it the
 * family and passes its toasts on to the window. */
static void
test_family_page_hosts_supervision (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  HearthFamilyPage *family_page = g_object_new (HEARTH_TYPE_FAMILY_PAGE, NULL);
  HearthSupervisionPage *hosted;
  guint toasts = 0;

  gtk_window_set_default_size (window, 900, 700);
  gtk_window_set_child (window, GTK_WIDGET (family_page));
  hearth_family_page_set_store (family_page, fixture->store);
  hearth_family_page_set_registry (family_page, fixture->registry);
  hearth_family_page_set_family (family_page, fixture->family);
  hearth_gui_test_show_and_wait (window);

  hosted = HEARTH_SUPERVISION_PAGE (gtk_widget_get_template_child (GTK_WIDGET (family_page),
                                                                   HEARTH_TYPE_FAMILY_PAGE,
                                                                   "supervision_page"));
  g_assert_nonnull (hearth_supervision_page_get_family (hosted));
  g_assert_cmpint (hearth_supervision_page_get_family (hosted)->id, ==, fixture->family->id);
  g_assert_cmpuint (hearth_supervision_page_get_signals (hosted)->len, ==, HEARTH_SIGNAL_N_KINDS);

  g_signal_connect (family_page, "toast", G_CALLBACK (count_toast_cb), &toasts);
  g_signal_emit_by_name (hosted, "toast", "Supervision record finalised");
  g_assert_cmpuint (toasts, ==, 1);

  gtk_window_destroy (window);
  iterate ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Screenshots show expanded rows at once, not half-way through. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/ui/supervision/reflection-text", test_reflection_text);
  g_test_add ("/ui/supervision/signals-and-changes", Fixture, NULL,
              fixture_set_up, test_signals_and_changes, fixture_tear_down);
  g_test_add ("/ui/supervision/record-autosave-and-finalise", Fixture, NULL,
              fixture_set_up, test_record_autosave_and_finalise, fixture_tear_down);
  g_test_add ("/ui/supervision/in-family-page", Fixture, NULL,
              fixture_set_up, test_family_page_hosts_supervision, fixture_tear_down);

  return g_test_run ();
}
