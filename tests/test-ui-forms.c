/* test-ui-forms.c — the form editor built from the shipped instruments, in a real display
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

#include "core/hearth-instrument-registry.h"
#include "core/hearth-person.h"
#include "forms/hearth-assessment-editor.h"
#include "forms/hearth-field-input.h"
#include "forms/hearth-item-card.h"

#include "hearth-gui-test.h"

/* Every editor here is a real widget tree in a real window under Xvfb:
 * keys go through the item's own key controller, text through the real
 * buffers, choices through the real combo rows. */

typedef struct
{
  guint           count;
  HearthResponse *last;
} Changes;

static void
changes_clear (Changes *changes)
{
  g_clear_pointer (&changes->last, hearth_response_free);
  changes->count = 0;
}

static void
response_changed_cb (HearthAssessmentEditor *editor,
                     HearthResponse         *response,
                     Changes                *changes)
{
  changes->count++;
  g_clear_pointer (&changes->last, hearth_response_free);
  changes->last = hearth_response_copy (response);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static HearthInstrument *
load_instrument (const char *id)
{
  g_autoptr(HearthInstrumentRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  HearthInstrument *instrument;

  registry = hearth_instrument_registry_new (NULL, &error);
  g_assert_no_error (error);
  instrument = hearth_instrument_registry_lookup (registry, id, 0, &error);
  g_assert_no_error (error);
  return instrument;
}

static HearthLevelsOfNeed *
load_levels (void)
{
  g_autoptr(GError) error = NULL;
  HearthLevelsOfNeed *levels = hearth_levels_of_need_new (NULL, &error);

  g_assert_no_error (error);
  return levels;
}

static GPtrArray *
make_children (void)
{
  GPtrArray *children = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_person_unref);
  HearthPerson *bramble = hearth_person_new_child ("Bramble Oakfoot", "2019-03-14");
  HearthPerson *testy = hearth_person_new_child ("Testy McTestface", "2012-09-02");

  bramble->id = 11;
  testy->id = 12;
  g_ptr_array_add (children, bramble);
  g_ptr_array_add (children, testy);
  return children;
}

static HearthAssessment *
new_assessment (HearthInstrument *instrument)
{
  gboolean household = hearth_instrument_get_scope (instrument) == HEARTH_INSTRUMENT_SCOPE_HOUSEHOLD;
  g_autofree char *version = g_strdup_printf ("%d", hearth_instrument_get_version (instrument));

  return hearth_assessment_new (7,
                                household ? HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD
                                          : HEARTH_ASSESSMENT_SCOPE_CHILD,
                                household ? 0 : 11,
                                hearth_instrument_get_id (instrument),
                                version);
}

static HearthAssessmentEditor *
new_editor (HearthInstrument *instrument,
            HearthAssessment *assessment,
            int               age_years)
{
  g_autoptr(HearthLevelsOfNeed) levels = load_levels ();
  g_autoptr(GPtrArray) children = make_children ();
  GtkWidget *editor = hearth_assessment_editor_new (instrument, assessment, age_years,
                                                    children, levels);

  return HEARTH_ASSESSMENT_EDITOR (g_object_ref_sink (editor));
}

static GtkWindow *
show_in_window (HearthAssessmentEditor *editor)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, GTK_WIDGET (editor));
  hearth_gui_test_show_and_wait (window);
  return window;
}

static void
close_and_finalize (GtkWindow              *window,
                    HearthAssessmentEditor *editor)
{
  gtk_window_destroy (window);
  g_assert_finalize_object (editor);
}

/* Sends a key press through the widget's own key controllers, as GTK does
 * for a key typed while the widget has the focus. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static HearthItemCard *
get_card (HearthAssessmentEditor *editor,
          const char             *item_id)
{
  GtkWidget *widget = hearth_assessment_editor_get_entry_widget (editor, item_id);

  g_assert_true (HEARTH_IS_ITEM_CARD (widget));
  return HEARTH_ITEM_CARD (widget);
}

static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_descendants (child, type, found);
    }
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_descendants (widget, type, found);
  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

/* Whether a label on screen (mapped) reads exactly @text. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_descendants (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_mapped (label) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Waits until the section pages have stopped cross-fading, so a
 * screenshot shows one page. */
static void
wait_for_page (GtkWindow              *window,
               HearthAssessmentEditor *editor)
{
  GtkWidget *stack = find_descendant (GTK_WIDGET (editor), GTK_TYPE_STACK);

  while (gtk_stack_get_transition_running (GTK_STACK (stack)))
    g_main_context_iteration (NULL, TRUE);
  hearth_gui_test_show_and_wait (window);
}

static void
set_text_field (HearthAssessmentEditor *editor,
                const char             *field_id,
                const char             *text)
{
  GtkWidget *widget = hearth_assessment_editor_get_entry_widget (editor, field_id);
  GtkWidget *view = find_descendant (widget, GTK_TYPE_TEXT_VIEW);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
rate_every_item (HearthAssessmentEditor *editor,
                 guint                   keyval)
{
  HearthInstrument *instrument = hearth_assessment_editor_get_instrument (editor);

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    {
      HearthItemCard *card = get_card (editor, hearth_instrument_get_item (instrument, i)->id);

      if (gtk_widget_get_visible (GTK_WIDGET (card)))
        g_assert_true (press_key (GTK_WIDGET (card), keyval));
    }
}

static guint
count_in_band (HearthInstrument *instrument,
               int               age_years)
{
  guint n = 0;

  for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
    if (hearth_instrument_item_applies_at_age (hearth_instrument_get_item (instrument, i), age_years))
      n++;
  return n;
}

static void
test_builds_every_instrument (void)
{
  const struct {
    const char *id;
    int         age;
  } cases[] = {
    { "neglect-screening", 7 },
    { "home-conditions", -1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(HearthInstrument) instrument = load_instrument (cases[c].id);
      g_autoptr(HearthAssessment) assessment = new_assessment (instrument);
      HearthAssessmentEditor *editor = new_editor (instrument, assessment, cases[c].age);
      GtkWindow *window = show_in_window (editor);
      g_autoptr(GdkTexture) texture = NULL;
      g_autofree char *name = NULL;
      g_autofree char *progress = NULL;
      const HearthInstrumentItem *first_item = hearth_instrument_get_item (instrument, 0);

      g_assert_true (hearth_assessment_editor_get_editable (editor));
      g_assert_nonnull (hearth_assessment_editor_get_score (editor));

      /* Every item has a card with every level, and every field an input. */
      for (guint i = 0; i < hearth_instrument_get_n_items (instrument); i++)
        {
          const HearthInstrumentItem *item = hearth_instrument_get_item (instrument, i);
          HearthItemCard *card = get_card (editor, item->id);

          for (guint l = 0; l < hearth_instrument_get_n_levels (instrument); l++)
            {
              GtkWidget *button = hearth_item_card_get_level_button (card, (int) l + 1);

              g_assert_nonnull (button);
              g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL));
            }
          g_assert_null (hearth_item_card_get_level_button (card, (int) hearth_instrument_get_n_levels (instrument) + 1));
          g_assert_true (item->allow_not_known == (hearth_item_card_get_level_button (card, 0) != NULL));
          g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (hearth_item_card_get_note_row (card)),
                                                           GTK_ACCESSIBLE_PROPERTY_LABEL));
        }
      for (guint i = 0; i < hearth_instrument_get_n_fields (instrument); i++)
        g_assert_nonnull (hearth_assessment_editor_get_entry_widget (editor,
                                                                     hearth_instrument_get_field (instrument, i)->id));

      /* A level's accessible name says which item and which level. */
      {
        const HearthScaleLevel *level = hearth_instrument_get_level (instrument, 2);
        g_autofree char *expected = g_strdup_printf ("%s: level %d, %s",
                                                     first_item->label, level->value, level->label);

        gtk_test_accessible_assert_property (GTK_ACCESSIBLE (hearth_item_card_get_level_button (get_card (editor, first_item->id), 3)),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
      }

      /* The progress counts the items that apply, and is on screen. */
      g_assert_cmpuint (hearth_assessment_editor_get_n_rated (editor), ==, 0);
      g_assert_cmpuint (hearth_assessment_editor_get_n_applicable (editor), ==,
                        count_in_band (instrument, cases[c].age));
      progress = g_strdup_printf ("0 of %u rated", count_in_band (instrument, cases[c].age));
      g_assert_true (shows_label (GTK_WIDGET (editor), progress));

      /* The first page; then the first page with items, with some rated. */
      name = g_strdup_printf ("forms-%s-first.png", cases[c].id);
      g_clear_object (&texture);
      texture = hearth_gui_test_screenshot (window, name);
      g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (window)));

      g_assert_true (hearth_assessment_editor_set_section (editor, first_item->section));
      g_assert_cmpstr (hearth_assessment_editor_get_section (editor), ==, first_item->section);
      g_assert_true (hearth_assessment_editor_focus_entry (editor, first_item->id));
      press_key (GTK_WIDGET (get_card (editor, first_item->id)), GDK_KEY_2);
      press_key (GTK_WIDGET (get_card (editor, hearth_instrument_get_item (instrument, 1)->id)), GDK_KEY_0);
      gtk_window_set_focus_visible (window, TRUE);
      wait_for_page (window, editor);
      g_free (name);
      name = g_strdup_printf ("forms-%s-items.png", cases[c].id);
      g_clear_object (&texture);
      texture = hearth_gui_test_screenshot (window, name);

      /* The same in the dark style, which only named colours survive. */
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          ADW_COLOR_SCHEME_FORCE_DARK);
      hearth_gui_test_show_and_wait (window);
      g_free (name);
      name = g_strdup_printf ("forms-%s-items-dark.png", cases[c].id);
      g_clear_object (&texture);
      texture = hearth_gui_test_screenshot (window, name);
      g_assert_cmpfloat (hearth_gui_test_mean_luminance (texture), <, 0.5);
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          ADW_COLOR_SCHEME_DEFAULT);

      close_and_finalize (window, editor);
    }
}

static void
test_keys_rate_item (void)
{
  g_autoptr(HearthInstrument) instrument = load_instrument ("neglect-screening");
  g_autoptr(HearthAssessment) assessment = new_assessment (instrument);
  HearthAssessmentEditor *editor = new_editor (instrument, assessment, 7);
  GtkWindow *window = show_in_window (editor);
  HearthItemCard *nutrition = get_card (editor, "nutrition");
  HearthItemCard *growth = get_card (editor, "growth");
  Changes changes = { 0, NULL };
  guint applicable = hearth_assessment_editor_get_n_applicable (editor);
  g_autofree char *progress = NULL;
  GtkWidget *note;

  g_signal_connect (editor, "response-changed", G_CALLBACK (response_changed_cb), &changes);
  g_assert_true (hearth_assessment_editor_focus_entry (editor, "nutrition"));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (nutrition)));
  g_assert_cmpstr (hearth_assessment_editor_get_section (editor), ==, "physical");

  /* Each of keys 1–5 sets the level and says so exactly once. */
  for (guint level = 1; level <= 5; level++)
    {
      changes_clear (&changes);
      g_assert_true (press_key (GTK_WIDGET (nutrition), GDK_KEY_0 + level));
      g_assert_cmpuint (changes.count, ==, 1);
      g_assert_cmpstr (changes.last->item_id, ==, "nutrition");
      g_assert_cmpint (changes.last->level, ==, (int) level);
      g_assert_false (changes.last->not_known);
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (hearth_item_card_get_level_button (nutrition, (int) level))));
      g_assert_cmpint (hearth_assessment_editor_lookup_response (editor, "nutrition")->level, ==, (int) level);
    }

  /* The same key again changes nothing and says nothing. */
  changes_clear (&changes);
  g_assert_true (press_key (GTK_WIDGET (nutrition), GDK_KEY_5));
  g_assert_cmpuint (changes.count, ==, 0);

  /* A key beyond the scale is left for others. */
  g_assert_false (press_key (GTK_WIDGET (nutrition), GDK_KEY_7));
  g_assert_cmpuint (changes.count, ==, 0);

  /* The progress counts the rated item. */
  g_assert_cmpuint (hearth_assessment_editor_get_n_rated (editor), ==, 1);
  progress = g_strdup_printf ("1 of %u rated", applicable);
  g_assert_true (shows_label (GTK_WIDGET (editor), progress));

  /* 0 marks it not known, which clears the level and still counts. */
  g_assert_true (press_key (GTK_WIDGET (nutrition), GDK_KEY_KP_0));
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_true (changes.last->not_known);
  g_assert_cmpint (changes.last->level, ==, 0);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (hearth_item_card_get_level_button (nutrition, 0))));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (hearth_item_card_get_level_button (nutrition, 5))));
  g_assert_cmpuint (hearth_assessment_editor_get_n_rated (editor), ==, 1);

  /* A note is part of the same answer, reported as it is typed. */
  changes_clear (&changes);
  note = hearth_item_card_get_note_row (nutrition);
  gtk_editable_set_text (GTK_EDITABLE (note), "Seen at tea time");
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpstr (changes.last->note, ==, "Seen at tea time");
  g_assert_true (changes.last->not_known);

  /* Clicking a level is the same as its key, and takes the focus. */
  changes_clear (&changes);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (hearth_item_card_get_level_button (growth, 4)), TRUE);
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpstr (changes.last->item_id, ==, "growth");
  g_assert_cmpint (changes.last->level, ==, 4);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (growth)));
  g_assert_cmpuint (hearth_assessment_editor_get_n_rated (editor), ==, 2);

  /* Delete clears the rating. */
  changes_clear (&changes);
  g_assert_true (press_key (GTK_WIDGET (growth), GDK_KEY_Delete));
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_false (hearth_response_is_rated (changes.last));
  g_assert_cmpuint (hearth_assessment_editor_get_n_rated (editor), ==, 1);

  /* Up and Down move between items. */
  g_assert_true (press_key (GTK_WIDGET (growth), GDK_KEY_Up));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (nutrition)));
  g_assert_true (press_key (GTK_WIDGET (nutrition), GDK_KEY_Down));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (growth)));

  /* Tab goes from an item to its note, then on to the next item, not
   * through every level. */
  g_assert_true (hearth_assessment_editor_focus_entry (editor, "nutrition"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (window),
                                         hearth_item_card_get_note_row (nutrition)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (growth)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (window),
                                         hearth_item_card_get_note_row (nutrition)));

  /* Sections move with the keyboard, the focus going along. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.next-section", NULL));
  g_assert_cmpstr (hearth_assessment_editor_get_section (editor), ==, "educational");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.previous-section", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.previous-section", NULL));
  g_assert_cmpstr (hearth_assessment_editor_get_section (editor), ==, "seeing-the-child");

  /* Nothing the editor returns has been changed behind the caller's back. */
  g_assert_cmpuint (assessment->responses->len, ==, 0);
  g_assert_cmpuint (hearth_assessment_editor_get_responses (editor)->len, ==, 2);

  changes_clear (&changes);
  close_and_finalize (window, editor);
}

static void
test_fields_report_changes (void)
{
  g_autoptr(HearthInstrument) instrument = load_instrument ("home-conditions");
  g_autoptr(HearthAssessment) assessment = new_assessment (instrument);
  HearthAssessmentEditor *editor = new_editor (instrument, assessment, -1);
  GtkWindow *window = show_in_window (editor);
  Changes changes = { 0, NULL };
  GtkWidget *widget;

  g_signal_connect (editor, "response-changed", G_CALLBACK (response_changed_cb), &changes);

  /* A child field offers the family's children and stores the row id. */
  widget = hearth_assessment_editor_get_entry_widget (editor, "most-vulnerable-child");
  g_assert_true (ADW_IS_COMBO_ROW (widget));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (widget))), ==, 3);
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), 2);
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpstr (changes.last->item_id, ==, "most-vulnerable-child");
  g_assert_cmpstr (changes.last->value, ==, "12");

  /* A choice stores the option id. */
  widget = hearth_assessment_editor_get_entry_widget (editor, "visit-notice");
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), 2);
  g_assert_cmpuint (changes.count, ==, 2);
  g_assert_cmpstr (changes.last->value, ==, "unannounced");

  /* Text is reported on every change. */
  set_text_field (editor, "family-view", "“We tidied up.”");
  g_assert_cmpuint (changes.count, ==, 3);
  g_assert_cmpstr (changes.last->value, ==, "“We tidied up.”");
  close_and_finalize (window, editor);
  changes_clear (&changes);

  /* In the screening: switches and several choices at once. */
  {
    g_autoptr(HearthInstrument) screening = load_instrument ("neglect-screening");
    g_autoptr(HearthAssessment) child = new_assessment (screening);

    editor = new_editor (screening, child, 7);
    window = show_in_window (editor);
    g_signal_connect (editor, "response-changed", G_CALLBACK (response_changed_cb), &changes);

    widget = find_descendant (hearth_assessment_editor_get_entry_widget (editor, "child-seen"),
                              GTK_TYPE_SWITCH);
    gtk_switch_set_active (GTK_SWITCH (widget), TRUE);
    g_assert_cmpuint (changes.count, ==, 1);
    g_assert_cmpstr (changes.last->value, ==, "true");

    {
      g_autoptr(GPtrArray) checks = g_ptr_array_new ();

      collect_descendants (hearth_assessment_editor_get_entry_widget (editor, "parental-factors"),
                           GTK_TYPE_CHECK_BUTTON, checks);
      g_assert_cmpuint (checks->len, ==,
                        hearth_instrument_lookup_field (screening, "parental-factors")->n_options);
      gtk_check_button_set_active (g_ptr_array_index (checks, 2), TRUE);
      gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
      g_assert_cmpuint (changes.count, ==, 3);
      g_assert_cmpstr (changes.last->item_id, ==, "parental-factors");
      g_assert_cmpstr (changes.last->value, ==, "mental-health" HEARTH_FIELD_VALUE_SEPARATOR "domestic-abuse");
    }
  }

  changes_clear (&changes);
  close_and_finalize (window, editor);
}

static void
test_scores_update (void)
{
  g_autoptr(HearthInstrument) instrument = load_instrument ("neglect-screening");
  g_autoptr(HearthAssessment) assessment = new_assessment (instrument);
  g_autoptr(HearthLevelsOfNeed) levels = load_levels ();
  HearthAssessmentEditor *editor = new_editor (instrument, assessment, 7);
  GtkWindow *window = show_in_window (editor);
  const HearthCategoryScore *physical;
  g_autofree char *shown = NULL;
  guint notified = 0;

  g_signal_connect_swapped (editor, "notify::score", G_CALLBACK (count_cb), &notified);

  physical = hearth_score_lookup_category (hearth_assessment_editor_get_score (editor), "physical");
  g_assert_cmpint (physical->state, ==, HEARTH_SCORE_INSUFFICIENT);
  g_assert_true (shows_label (GTK_WIDGET (editor), "Insufficient information"));

  /* Two known items are too few for the physical category. */
  press_key (GTK_WIDGET (get_card (editor, "nutrition")), GDK_KEY_2);
  g_assert_cmpuint (notified, ==, 1);
  press_key (GTK_WIDGET (get_card (editor, "growth")), GDK_KEY_2);
  physical = hearth_score_lookup_category (hearth_assessment_editor_get_score (editor), "physical");
  g_assert_cmpint (physical->state, ==, HEARTH_SCORE_INSUFFICIENT);
  g_assert_cmpuint (physical->n_known, ==, 2);

  /* Not known is left out of the score. */
  press_key (GTK_WIDGET (get_card (editor, "clothing")), GDK_KEY_0);
  physical = hearth_score_lookup_category (hearth_assessment_editor_get_score (editor), "physical");
  g_assert_cmpint (physical->state, ==, HEARTH_SCORE_INSUFFICIENT);
  g_assert_cmpuint (physical->n_not_known, ==, 1);

  /* The third known item makes a score: the mean of 2, 2 and 3. */
  press_key (GTK_WIDGET (get_card (editor, "personal-hygiene")), GDK_KEY_3);
  physical = hearth_score_lookup_category (hearth_assessment_editor_get_score (editor), "physical");
  g_assert_cmpint (physical->state, ==, HEARTH_SCORE_SCORED);
  g_assert_cmpfloat_with_epsilon (physical->score, (2 + 2 + 3) / 3.0, 1e-9);
  shown = g_strdup_printf ("%.1f", (2 + 2 + 3) / 3.0);
  g_assert_true (shows_label (GTK_WIDGET (editor), shown));
  g_assert_true (shows_label (GTK_WIDGET (editor),
                              hearth_levels_of_need_get_name (levels, physical->level)));

  /* Other categories still have too little. */
  g_assert_cmpint (hearth_score_lookup_category (hearth_assessment_editor_get_score (editor),
                                                 "medical")->state, ==, HEARTH_SCORE_INSUFFICIENT);
  g_assert_true (shows_label (GTK_WIDGET (editor), "Insufficient information: 0 of 3 known"));

  close_and_finalize (window, editor);
}

static void
assert_visible (HearthAssessmentEditor *editor,
                const char             *item_id,
                gboolean                visible)
{
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_card (editor, item_id))) == visible);
  g_assert_true (hearth_assessment_editor_focus_entry (editor, item_id) == visible);
}

static void
test_age_bands (void)
{
  g_autoptr(HearthInstrument) instrument = load_instrument ("neglect-screening");
  g_autoptr(HearthAssessment) assessment = new_assessment (instrument);
  HearthAssessmentEditor *editor;
  GtkWindow *window;

  /* A three-year-old: baby care and early learning, no school or
   * adolescence. */
  editor = new_editor (instrument, assessment, 3);
  window = show_in_window (editor);
  assert_visible (editor, "baby-care", TRUE);
  assert_visible (editor, "early-learning", TRUE);
  assert_visible (editor, "school-attendance", FALSE);
  assert_visible (editor, "education-future", FALSE);
  assert_visible (editor, "adolescent-risks", FALSE);
  assert_visible (editor, "nutrition", TRUE);
  g_assert_cmpuint (hearth_assessment_editor_get_n_applicable (editor), ==,
                    count_in_band (instrument, 3));
  g_assert_cmpuint (count_in_band (instrument, 3), <, hearth_instrument_get_n_items (instrument));
  close_and_finalize (window, editor);

  /* A fourteen-year-old: the other way round. */
  editor = new_editor (instrument, assessment, 14);
  window = show_in_window (editor);
  assert_visible (editor, "baby-care", FALSE);
  assert_visible (editor, "early-learning", FALSE);
  assert_visible (editor, "school-attendance", TRUE);
  assert_visible (editor, "education-future", TRUE);
  assert_visible (editor, "adolescent-risks", TRUE);
  assert_visible (editor, "nutrition", TRUE);
  g_assert_cmpuint (hearth_assessment_editor_get_n_applicable (editor), ==,
                    count_in_band (instrument, 14));
  close_and_finalize (window, editor);
}

static void
assert_every_control_read_only (GtkWidget *root)
{
  const GType insensitive[] = { GTK_TYPE_CHECK_BUTTON, GTK_TYPE_SWITCH, ADW_TYPE_COMBO_ROW };
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  for (guint t = 0; t < G_N_ELEMENTS (insensitive); t++)
    {
      g_autoptr(GPtrArray) found = g_ptr_array_new ();

      collect_descendants (root, insensitive[t], found);
      g_assert_cmpuint (found->len, >, 0);
      for (guint i = 0; i < found->len; i++)
        g_assert_false (gtk_widget_is_sensitive (g_ptr_array_index (found, i)));
    }

  collect_descendants (root, GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, >, 0);
  for (guint i = 0; i < views->len; i++)
    {
      g_assert_false (gtk_text_view_get_editable (g_ptr_array_index (views, i)));
      g_assert_true (gtk_widget_is_sensitive (g_ptr_array_index (views, i)));
    }

  collect_descendants (root, GTK_TYPE_TEXT, texts);
  g_assert_cmpuint (texts->len, >, 0);
  for (guint i = 0; i < texts->len; i++)
    g_assert_false (gtk_editable_get_editable (g_ptr_array_index (texts, i)));
}

static void
test_read_only (void)
{
  g_autoptr(HearthInstrument) instrument = load_instrument ("neglect-screening");
  g_autoptr(HearthAssessment) assessment = new_assessment (instrument);
  g_autoptr(HearthResponse) stored = hearth_response_new ("nutrition");
  HearthAssessmentEditor *editor;
  HearthItemCard *card;
  GtkWindow *window;
  Changes changes = { 0, NULL };
  g_autoptr(GdkTexture) texture = NULL;

  stored->level = 3;
  stored->note = g_strdup ("Fruit bowl full");
  hearth_assessment_set_response (assessment, stored);
  assessment->status = HEARTH_ASSESSMENT_STATUS_FINAL;

  /* A final assessment opens read-only, and stays so. */
  editor = new_editor (instrument, assessment, 7);
  window = show_in_window (editor);
  g_signal_connect (editor, "response-changed", G_CALLBACK (response_changed_cb), &changes);
  g_assert_false (hearth_assessment_editor_get_editable (editor));
  hearth_assessment_editor_set_editable (editor, TRUE);
  g_assert_false (hearth_assessment_editor_get_editable (editor));
  assert_every_control_read_only (GTK_WIDGET (editor));

  /* Readable: the stored answer shows, and the words can be selected. */
  card = get_card (editor, "nutrition");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (hearth_item_card_get_level_button (card, 3))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hearth_item_card_get_note_row (card))), ==,
                   "Fruit bowl full");
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (find_descendant (GTK_WIDGET (card), GTK_TYPE_LABEL))));

  /* Keys change nothing. */
  g_assert_false (press_key (GTK_WIDGET (card), GDK_KEY_1));
  g_assert_cmpint (hearth_item_card_get_response (card)->level, ==, 3);
  g_assert_cmpuint (changes.count, ==, 0);

  hearth_assessment_editor_set_section (editor, "physical");
  wait_for_page (window, editor);
  texture = hearth_gui_test_screenshot (window, "forms-neglect-screening-read-only.png");
  close_and_finalize (window, editor);

  /* A draft made read-only by the caller can be made editable again. */
  assessment->status = HEARTH_ASSESSMENT_STATUS_DRAFT;
  editor = new_editor (instrument, assessment, 7);
  window = show_in_window (editor);
  hearth_assessment_editor_set_editable (editor, FALSE);
  assert_every_control_read_only (GTK_WIDGET (editor));
  hearth_assessment_editor_set_editable (editor, TRUE);
  card = get_card (editor, "nutrition");
  g_assert_true (gtk_widget_is_sensitive (hearth_item_card_get_level_button (card, 1)));
  g_assert_true (press_key (GTK_WIDGET (card), GDK_KEY_1));
  close_and_finalize (window, editor);
}

static void
test_prefill (void)
{
  g_autoptr(HearthInstrument) instrument = load_instrument ("neglect-screening");
  g_autoptr(HearthAssessment) assessment = new_assessment (instrument);
  g_autoptr(HearthResponse) rated = hearth_response_new ("growth");
  g_autoptr(HearthResponse) unknown = hearth_response_new ("dental-care");
  g_autoptr(HearthResponse) voice = hearth_response_new ("child-voice");
  g_autoptr(HearthResponse) decision = hearth_response_new ("decision");
  g_autoptr(HearthResponse) off_scale = hearth_response_new ("clothing");
  HearthAssessmentEditor *editor;
  GtkWindow *window;
  Changes changes = { 0, NULL };
  GtkWidget *view;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  rated->level = 4;
  rated->note = g_strdup ("Weighed by the school nurse");
  unknown->not_known = TRUE;
  voice->value = g_strdup ("“I like my room.”");
  decision->value = g_strdup ("3");
  off_scale->level = 9;
  hearth_assessment_set_response (assessment, rated);
  hearth_assessment_set_response (assessment, unknown);
  hearth_assessment_set_response (assessment, voice);
  hearth_assessment_set_response (assessment, decision);
  hearth_assessment_set_response (assessment, off_scale);

  editor = HEARTH_ASSESSMENT_EDITOR (g_object_ref_sink (g_object_new (HEARTH_TYPE_ASSESSMENT_EDITOR,
                                                                      "instrument", instrument,
                                                                      "assessment", assessment,
                                                                      "age-years", 7,
                                                                      NULL)));
  window = show_in_window (editor);
  g_signal_connect (editor, "response-changed", G_CALLBACK (response_changed_cb), &changes);

  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (hearth_item_card_get_level_button (get_card (editor, "growth"), 4))));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (hearth_item_card_get_level_button (get_card (editor, "dental-care"), 0))));
  view = find_descendant (hearth_assessment_editor_get_entry_widget (editor, "child-voice"),
                          GTK_TYPE_TEXT_VIEW);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end);
  text = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (text, ==, "“I like my room.”");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (hearth_assessment_editor_get_entry_widget (editor, "decision"))), ==, 3);

  /* A level off the scale shows as unrated, and is kept until changed. */
  g_assert_false (hearth_response_is_rated (hearth_item_card_get_response (get_card (editor, "clothing"))));
  g_assert_cmpint (hearth_assessment_editor_lookup_response (editor, "clothing")->level, ==, 9);
  g_assert_cmpuint (hearth_assessment_editor_get_n_rated (editor), ==, 2);

  /* Loading says nothing; changing a stored answer reports all of it. */
  g_assert_cmpuint (changes.count, ==, 0);
  g_assert_cmpuint (hearth_assessment_editor_get_responses (editor)->len, ==, 5);
  press_key (GTK_WIDGET (get_card (editor, "growth")), GDK_KEY_2);
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpint (changes.last->level, ==, 2);
  g_assert_cmpstr (changes.last->note, ==, "Weighed by the school nurse");
  g_assert_cmpuint (hearth_assessment_editor_get_responses (editor)->len, ==, 5);

  changes_clear (&changes);
  close_and_finalize (window, editor);
}

static void
test_check_complete (void)
{
  g_autoptr(HearthInstrument) instrument = load_instrument ("neglect-screening");
  g_autoptr(HearthAssessment) assessment = new_assessment (instrument);
  HearthAssessmentEditor *editor = new_editor (instrument, assessment, 7);
  GtkWindow *window = show_in_window (editor);
  g_autoptr(GError) error = NULL;
  AdwComboRow *decision;
  int suggested;

  /* The first required entry without an answer is named. */
  g_assert_false (hearth_assessment_editor_check_complete (editor, &error));
  g_assert_error (error, HEARTH_FORMS_ERROR, HEARTH_FORMS_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "The child’s own words"));
  g_clear_error (&error);

  set_text_field (editor, "child-voice", "   ");
  g_assert_false (hearth_assessment_editor_check_complete (editor, &error));
  g_assert_nonnull (strstr (error->message, "The child’s own words"));
  g_clear_error (&error);

  set_text_field (editor, "child-voice", "Showed me the garden.");
  g_assert_false (hearth_assessment_editor_check_complete (editor, &error));
  g_assert_error (error, HEARTH_FORMS_ERROR, HEARTH_FORMS_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "“Nutrition and feeding”"));
  g_assert_null (strstr (error->message, "Showed me"));
  g_clear_error (&error);

  /* Revealing the fault takes the user there. */
  g_assert_true (hearth_assessment_editor_reveal_incomplete (editor));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (get_card (editor, "nutrition"))));

  /* Every item rated, some not known. */
  rate_every_item (editor, GDK_KEY_2);
  press_key (GTK_WIDGET (get_card (editor, "dental-care")), GDK_KEY_0);
  g_assert_cmpuint (hearth_assessment_editor_get_n_rated (editor), ==,
                    hearth_assessment_editor_get_n_applicable (editor));
  g_assert_false (hearth_assessment_editor_check_complete (editor, &error));
  g_assert_nonnull (strstr (error->message,
                            hearth_instrument_lookup_field (instrument, "significant-adults")->label));
  g_clear_error (&error);

  set_text_field (editor, "significant-adults", "Mother; her partner visits weekends.");
  set_text_field (editor, "analysis", "Care is mostly adequate.");
  g_assert_false (hearth_assessment_editor_check_complete (editor, &error));
  g_assert_nonnull (strstr (error->message,
                            hearth_instrument_lookup_field (instrument, "decision")->label));
  g_clear_error (&error);

  /* A decision that differs from the suggestion needs its reason. */
  suggested = hearth_score_get_suggested_level (hearth_assessment_editor_get_score (editor));
  g_assert_cmpint (suggested, >, 0);
  decision = ADW_COMBO_ROW (hearth_assessment_editor_get_entry_widget (editor, "decision"));
  adw_combo_row_set_selected (decision, suggested < 4 ? suggested + 1 : suggested - 1);
  g_assert_false (hearth_assessment_editor_check_complete (editor, &error));
  g_assert_error (error, HEARTH_FORMS_ERROR, HEARTH_FORMS_ERROR_REASON_MISSING);
  g_assert_nonnull (strstr (error->message,
                            hearth_instrument_lookup_field (instrument, "decision-reason")->label));
  g_clear_error (&error);

  /* The same decision as the suggestion needs none. */
  adw_combo_row_set_selected (decision, suggested);
  g_assert_true (hearth_assessment_editor_check_complete (editor, &error));
  g_assert_no_error (error);

  /* Nor does a differing one with its reason. */
  adw_combo_row_set_selected (decision, suggested < 4 ? suggested + 1 : suggested - 1);
  set_text_field (editor, "decision-reason", "The pattern over two years is worse than today.");
  g_assert_true (hearth_assessment_editor_check_complete (editor, &error));
  g_assert_no_error (error);
  g_assert_false (hearth_assessment_editor_reveal_incomplete (editor));

  {
    g_autoptr(GdkTexture) texture = NULL;

    hearth_assessment_editor_set_section (editor, "summary");
    wait_for_page (window, editor);
    texture = hearth_gui_test_screenshot (window, "forms-neglect-screening-decision.png");
    hearth_assessment_editor_set_section (editor, "context");
    wait_for_page (window, editor);
    g_clear_object (&texture);
    texture = hearth_gui_test_screenshot (window, "forms-neglect-screening-context.png");
  }

  close_and_finalize (window, editor);
}

static void
parsing_error_cb (GtkCssProvider *provider,
                  GtkCssSection  *section,
                  const GError   *error,
                  guint          *errors)
{
  g_autofree char *where = gtk_css_section_to_string (section);

  g_test_message ("hearth-forms.css: %s: %s", where, error->message);
  (*errors)++;
}

static void
test_stylesheet_parses (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  guint errors = 0;

  g_signal_connect (provider, "parsing-error", G_CALLBACK (parsing_error_cb), &errors);
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/forms/hearth-forms.css");
  g_assert_cmpuint (errors, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/forms/editor/builds-every-instrument", test_builds_every_instrument);
  g_test_add_func ("/ui/forms/editor/keys-rate-item", test_keys_rate_item);
  g_test_add_func ("/ui/forms/editor/fields-report-changes", test_fields_report_changes);
  g_test_add_func ("/ui/forms/editor/scores-update", test_scores_update);
  g_test_add_func ("/ui/forms/editor/age-bands", test_age_bands);
  g_test_add_func ("/ui/forms/editor/read-only", test_read_only);
  g_test_add_func ("/ui/forms/editor/prefill", test_prefill);
  g_test_add_func ("/ui/forms/editor/check-complete", test_check_complete);
  g_test_add_func ("/ui/forms/stylesheet/parses", test_stylesheet_parses);

  return g_test_run ();
}
