/* test-ui-assessment.c — a screening filled from the keyboard survives a killed process; finalise and amend
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
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "core/hearth-instrument-registry.h"
#include "forms/hearth-assessment-editor.h"
#include "forms/hearth-item-card.h"
#include "hearth-gui-test.h"
#include "hearth-test-tmpdir.h"
#include "windows/hearth-assessment-window.h"

/* What the child process types: item, key, and a note for some items. The
 * items are indicators of the shipped neglect screening that apply to a
 * child of eight. */
typedef struct
{
  const char *item;
  guint       keyval;
  int         level;      /* 0 with not_known */
  gboolean    not_known;
  const char *note;
} Keystroke;

static const Keystroke keystrokes[] = {
  { NULL, GDK_KEY_2, 2, FALSE, NULL },
  { NULL, GDK_KEY_4, 4, FALSE, "Lunchbox empty on two visits; ate quickly when offered food." },
  { NULL, GDK_KEY_0, 0, TRUE, NULL },
  { NULL, GDK_KEY_KP_3, 3, FALSE, NULL },
  { NULL, GDK_KEY_1, 1, FALSE, "Warm coat and boots seen." },
};

#define CHILD_AGE_DOB "2018-03-14"

typedef struct
{
  char         *tmpdir;
  char         *db_path;
  gint64        assessment_id;
  HearthInstrumentRegistry *registry;
  HearthInstrument *instrument;
  char         *items[G_N_ELEMENTS (keystrokes)];
} Fixture;

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The first applicable, required items of the instrument at the child's age,
 * one per keystroke, so the test follows the shipped instrument. */
static void
choose_items (Fixture *fixture,
              int      age)
{
  guint n = 0;

  for (guint i = 0; i < hearth_instrument_get_n_items (fixture->instrument) && n < G_N_ELEMENTS (keystrokes); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (fixture->instrument, i);

      if (!hearth_instrument_item_applies_at_age (item, age))
        continue;
      if (keystrokes[n].not_known && !item->allow_not_known)
        continue;
      fixture->items[n++] = g_strdup (item->id);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (keystrokes));
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  gboolean handled = FALSE;

  /* Walk up from the focused entry, as GTK's key propagation does. */
  for (; widget != NULL && !handled; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
            g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
        }
    }
  return handled;
}

/* Runs in the child process: types into a real window until every change is
 * stored, says so, then waits to be killed. */
static G_GNUC_NORETURN void
run_child (const char *db_path,
           gint64      assessment_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;
  HearthAssessmentWindow *window;
  HearthAssessmentEditor *editor;
  Fixture fixture = { NULL };

  store = hearth_store_open (db_path, &error);
  g_assert_no_error (error);
  registry = hearth_instrument_registry_new (NULL, &error);
  g_assert_no_error (error);
  fixture.instrument = hearth_instrument_registry_lookup (registry, "neglect-screening", 0, &error);
  g_assert_no_error (error);
  choose_items (&fixture, 8);

  window = hearth_assessment_window_new (NULL, store, registry, NULL, assessment_id, &error);
  g_assert_no_error (error);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  editor = HEARTH_ASSESSMENT_EDITOR (hearth_assessment_window_get_editor (window));

  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      GtkWidget *entry;

      g_assert_true (hearth_assessment_editor_focus_entry (editor, fixture.items[i]));
      iterate ();
      entry = hearth_assessment_editor_get_entry_widget (editor, fixture.items[i]);
      g_assert_nonnull (entry);
      g_assert_true (press_key (gtk_root_get_focus (GTK_ROOT (window)) != NULL
                                ? gtk_root_get_focus (GTK_ROOT (window)) : entry,
                                keystrokes[i].keyval));
      if (keystrokes[i].note != NULL)
        {
          GtkWidget *note = hearth_item_card_get_note_row (HEARTH_ITEM_CARD (entry));

          gtk_editable_set_text (GTK_EDITABLE (note), keystrokes[i].note);
        }
      iterate ();
    }

  /* Autosave needs no help: wait, without asking, until nothing is pending. */
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (!hearth_assessment_window_get_saved (window) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (hearth_assessment_window_get_saved (window));
  }

  printf ("SAVED\n");
  fflush (stdout);

  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new ("FIC-0200", "The Willowbank Family (fictional)");
  g_autoptr(HearthPerson) child = NULL;
  g_autoptr(HearthVisit) visit = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(GDateTime) visit_time = g_date_time_new_utc (2026, 11, 12, 10, 30, 0);
  g_autofree char *version = NULL;

  fixture->tmpdir = hearth_test_make_tmpdir ();
  fixture->db_path = g_build_filename (fixture->tmpdir, "hearth.db", NULL);
  fixture->registry = hearth_instrument_registry_new (NULL, &error);
  g_assert_no_error (error);
  fixture->instrument = hearth_instrument_registry_lookup (fixture->registry, "neglect-screening", 0, &error);
  g_assert_no_error (error);
  choose_items (fixture, 8);

  store = hearth_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_store_save_family (store, family, &error));
  child = hearth_person_new_child ("Moss Willowbank", CHILD_AGE_DOB);
  child->family_id = family->id;
  g_assert_true (hearth_store_save_person (store, child, &error));
  visit = hearth_visit_new (family->id, g_date_time_to_unix (visit_time), "Pat Practitioner");
  hearth_visit_set_child (visit, child->id, TRUE, TRUE);
  g_assert_true (hearth_store_save_visit (store, visit, &error));
  version = g_strdup_printf ("%d", hearth_instrument_get_version (fixture->instrument));
  assessment = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_CHILD, child->id,
                                      "neglect-screening", version);
  assessment->visit_id = visit->id;
  g_assert_true (hearth_store_save_assessment (store, assessment, &error));
  g_assert_no_error (error);
  fixture->assessment_id = assessment->id;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->items); i++)
    g_free (fixture->items[i]);
  g_clear_object (&fixture->instrument);
  g_clear_object (&fixture->registry);
  iterate ();
  hearth_test_remove_tree (fixture->tmpdir);
  g_free (fixture->db_path);
  g_free (fixture->tmpdir);
}

static void
check_typed (Fixture          *fixture,
             HearthAssessment *assessment)
{
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      HearthResponse *response = hearth_assessment_lookup_response (assessment, fixture->items[i]);

      g_assert_nonnull (response);
      g_assert_cmpint (response->level, ==, keystrokes[i].level);
      g_assert_cmpint (response->not_known, ==, keystrokes[i].not_known);
      g_assert_cmpstr (response->note, ==, keystrokes[i].note);
    }
}

/* Answers every required item and field that the keystrokes left, so the
 * screening can be finalised; levels are mild, and the decision agrees
 * with the suggestion except where the test says otherwise. */
static void
answer_the_rest (Fixture     *fixture,
                 HearthStore *store,
                 gint64       child_id)
{
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;

  assessment = hearth_store_load_assessment (store, fixture->assessment_id, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < hearth_instrument_get_n_items (fixture->instrument); i++)
    {
      const HearthInstrumentItem *item = hearth_instrument_get_item (fixture->instrument, i);
      g_autoptr(HearthResponse) response = NULL;

      if (hearth_assessment_lookup_response (assessment, item->id) != NULL ||
          !hearth_instrument_item_applies_at_age (item, 8))
        continue;
      response = hearth_response_new (item->id);
      response->level = 2;
      g_assert_true (hearth_store_save_response (store, fixture->assessment_id, response, &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < hearth_instrument_get_n_fields (fixture->instrument); i++)
    {
      const HearthInstrumentField *field = hearth_instrument_get_field (fixture->instrument, i);
      g_autoptr(HearthResponse) response = hearth_response_new (field->id);

      if (field->computed)
        continue;
      switch (field->type)
        {
        case HEARTH_FIELD_BOOLEAN:
          response->value = g_strdup ("true");
          break;
        case HEARTH_FIELD_TEXT:
          response->value = g_strdup ("Fictional text written by the test.");
          break;
        case HEARTH_FIELD_CHOICE:
        case HEARTH_FIELD_MULTI_CHOICE:
          response->value = field->n_options > 0 ? g_strdup (field->options[0].id) : NULL;
          break;
        case HEARTH_FIELD_CHILD:
          response->value = g_strdup_printf ("%" G_GINT64_FORMAT, child_id);
          break;
        case HEARTH_FIELD_LEVEL_OF_NEED:
          response->value = g_strdup ("4");
          break;
        default:
          g_assert_not_reached ();
        }
      g_assert_true (hearth_store_save_response (store, fixture->assessment_id, response, &error));
      g_assert_no_error (error);
    }
}

static void
test_survives_kill_then_finalise_and_amend (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->assessment_id);
  const char *argv[] = { g_test_get_filename (G_TEST_BUILT, "test-ui-assessment", NULL),
                         "--child", fixture->db_path, id_text, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) out = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthAssessment) assessment = NULL;
  g_autoptr(HearthAssessment) after = NULL;
  g_autoptr(GdkTexture) shot = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *line = NULL;
  HearthAssessmentWindow *window;
  HearthAssessmentEditor *editor;
  gint64 amended_id;
  GPid pid;
  int out_fd;
  int status;

  /* 1. A real process types a screening from the keyboard, autosave keeps
   *    it, and the process is killed without warning. */
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  while (g_io_channel_read_line (out, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
    {
      if (g_str_equal (line, "SAVED\n"))
        break;
      g_clear_pointer (&line, g_free);
    }
  g_assert_cmpstr (line, ==, "SAVED\n");
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_spawn_close_pid (pid);

  /* 2. Reopen: every value is there, in the store and in the form. */
  store = hearth_store_open (fixture->db_path, &error);
  g_assert_no_error (error);
  assessment = hearth_store_load_assessment (store, fixture->assessment_id, &error);
  g_assert_no_error (error);
  check_typed (fixture, assessment);

  window = hearth_assessment_window_new (NULL, store, fixture->registry, NULL, fixture->assessment_id, &error);
  g_assert_no_error (error);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  editor = HEARTH_ASSESSMENT_EDITOR (hearth_assessment_window_get_editor (window));
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      HearthResponse *response = hearth_assessment_editor_lookup_response (editor, fixture->items[i]);

      g_assert_nonnull (response);
      g_assert_cmpint (response->level, ==, keystrokes[i].level);
      g_assert_cmpstr (response->note, ==, keystrokes[i].note);
    }
  shot = hearth_gui_test_screenshot (GTK_WINDOW (window), "assessment-draft.png");
  g_clear_object (&shot);

  /* 3. Finalising an incomplete screening is refused, saying what is missing. */
  g_assert_false (hearth_assessment_window_finalise (window, &error));
  g_assert_nonnull (error);
  g_test_message ("refusal: %s", error->message);
  g_clear_error (&error);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();

  people = hearth_store_list_people (store, assessment->family_id, &error);
  answer_the_rest (fixture, store, ((HearthPerson *) g_ptr_array_index (people, 0))->id);

  window = hearth_assessment_window_new (NULL, store, fixture->registry, NULL, fixture->assessment_id, &error);
  g_assert_no_error (error);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  if (!hearth_assessment_window_finalise (window, &error))
    g_error ("finalise refused: %s", error->message);
  after = hearth_store_load_assessment (store, fixture->assessment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->status, ==, HEARTH_ASSESSMENT_STATUS_FINAL);
  g_assert_nonnull (after->finalised_by);
  g_clear_pointer (&after, hearth_assessment_unref);

  /* 4. A final assessment refuses edits: the form is read-only and the
   *    store refuses a write, leaving the answer as it was. */
  editor = HEARTH_ASSESSMENT_EDITOR (hearth_assessment_window_get_editor (window));
  g_assert_false (hearth_assessment_editor_get_editable (editor));
  {
    g_autoptr(HearthResponse) change = hearth_response_new (fixture->items[0]);

    change->level = 5;
    g_assert_false (hearth_store_save_response (store, fixture->assessment_id, change, &error));
    g_assert_error (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_REFUSED);
    g_clear_error (&error);
    press_key (hearth_assessment_editor_get_entry_widget (editor, fixture->items[0]), GDK_KEY_5);
    g_assert_cmpint (hearth_assessment_editor_lookup_response (editor, fixture->items[0])->level, ==,
                     keystrokes[0].level);
    after = hearth_store_load_assessment (store, fixture->assessment_id, &error);
    g_assert_cmpint (hearth_assessment_lookup_response (after, fixture->items[0])->level, ==, keystrokes[0].level);
    g_clear_pointer (&after, hearth_assessment_unref);
  }
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  shot = hearth_gui_test_screenshot (GTK_WINDOW (window), "assessment-final.png");
  g_clear_object (&shot);

  /* 5. Amend with a reason: a new draft supersedes it; the earlier version
   *    stays readable and unchanged. */
  g_assert_true (hearth_assessment_window_amend (window, "Score for clothing entered against the wrong child", &error));
  g_assert_no_error (error);
  amended_id = hearth_assessment_window_get_assessment_id (window);
  g_assert_cmpint (amended_id, !=, fixture->assessment_id);
  after = hearth_store_load_assessment (store, amended_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->status, ==, HEARTH_ASSESSMENT_STATUS_DRAFT);
  g_assert_cmpint (after->supersedes_id, ==, fixture->assessment_id);
  g_assert_cmpstr (after->amend_reason, ==, "Score for clothing entered against the wrong child");
  check_typed (fixture, after);
  g_clear_pointer (&after, hearth_assessment_unref);
  after = hearth_store_load_assessment (store, fixture->assessment_id, &error);
  g_assert_cmpint (after->status, ==, HEARTH_ASSESSMENT_STATUS_SUPERSEDED);
  check_typed (fixture, after);
  g_assert_true (hearth_assessment_editor_get_editable (
                   HEARTH_ASSESSMENT_EDITOR (hearth_assessment_window_get_editor (window))));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

int
main (int    argc,
      char **argv)
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    {
      gtk_init ();
      adw_init ();
      run_child (argv[2], g_ascii_strtoll (argv[3], NULL, 10));
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/assessment/survives-kill-then-finalise-and-amend", Fixture, NULL,
              fixture_set_up, test_survives_kill_then_finalise_and_amend, fixture_tear_down);

  return g_test_run ();
}
