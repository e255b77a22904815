/* test-ui-training-windows.c
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
#include "store/hearth-store-exchange.h"
#include "windows/hearth-application.h"
#include "windows/hearth-assessment-window.h"
#include "windows/hearth-family-dialog.h"
#include "windows/hearth-preferences-window.h"
#include "windows/hearth-training.h"
#include "windows/hearth-window.h"

/*
 * Hearth started with --training, in this process: the application runs
 * as its own instance on the training database, loads the fictional
 * families on first use, puts the banner on every window (the main
 * window, an assessment window, a dialog, the preferences), and Reset
 * Training Data, once confirmed, closes the assessment windows and
 * restores the families.
 */

static char *data_home;
static gboolean checks_done;

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Waits until @window is mapped, as a presented window becomes. */
static void
wait_mapped (GtkWindow *window)
{
  for (guint i = 0; i < 2000 && !gtk_widget_get_mapped (GTK_WIDGET (window)); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

static void
assert_has_banner (GtkWindow *window)
{
  GtkWidget *banner = hearth_training_get_banner (window);

  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_get_mapped (banner));
  g_assert_true (gtk_revealer_get_child_revealed (GTK_REVEALER (banner))
                 || gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
}

/* The share of pixels in rows @from to @to that are the banner's amber:
 * red and green high, blue low. */
static double
amber_share (GdkTexture *texture,
             int         from,
             int         to)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  guint n = 0, amber = 0;

  gdk_texture_download (texture, pixels, stride);
  for (int y = from; y < MIN (to, height); y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + y * stride + x * 4;  /* B, G, R, A */

        n++;
        if (p[2] > 180 && p[1] > 120 && p[0] < 120)
          amber++;
      }

  return n > 0 ? (double) amber / n : 0;
}

static gint64
first_assessment_id (HearthStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = hearth_store_list_families (store, TRUE, &error);
  g_autoptr(GPtrArray) assessments = NULL;

  g_assert_no_error (error);
  assessments = hearth_store_list_assessments (store,
                                               ((HearthFamily *) g_ptr_array_index (families, 0))->id,
                                               &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, >, 0);
  return ((HearthAssessment *) g_ptr_array_index (assessments, 0))->id;
}

static guint
count_families (HearthStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = hearth_store_list_families (store, TRUE, &error);

  g_assert_no_error (error);
  return families->len;
}

static void
check_training (HearthApplication *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autofree char *expected_path = g_build_filename (data_home, "hearth", "training.db", NULL);
  HearthStore *store = hearth_application_get_store (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  HearthAssessmentWindow *assessment;
  GtkWindow *dialog;
  GtkWindow *confirm;
  int banner_height;

  /* Its own instance, on its own database, with the fictional families. */
  g_assert_cmpstr (g_application_get_application_id (G_APPLICATION (app)), ==,
                   APPLICATION_ID HEARTH_TRAINING_ID_SUFFIX);
  g_assert_cmpstr (hearth_application_get_database_path (app), ==, expected_path);
  g_assert_nonnull (store);
  g_assert_cmpuint (count_families (store), ==, 3);
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "reset-training"));

  /* The main window: the banner, on top, in amber. */
  g_assert_true (HEARTH_IS_WINDOW (window));
  hearth_gui_test_show_and_wait (window);
  assert_has_banner (window);
  banner_height = gtk_widget_get_height (hearth_training_get_banner (window));
  g_assert_cmpint (banner_height, >=, 16);
  texture = hearth_gui_test_screenshot (window, "training-main-window.png");
  g_assert_cmpfloat (amber_share (texture, 2, banner_height - 2), >, 0.5);
  g_assert_cmpfloat (amber_share (texture, banner_height + 60, banner_height + 120), <, 0.01);

  /* An assessment window has it too. */
  assessment = hearth_window_open_assessment (HEARTH_WINDOW (window), first_assessment_id (store));
  g_assert_nonnull (assessment);
  wait_mapped (GTK_WINDOW (assessment));
  assert_has_banner (GTK_WINDOW (assessment));
  g_object_add_weak_pointer (G_OBJECT (assessment), (gpointer *) &assessment);

  /* And a dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-family", NULL));
  dialog = hearth_gui_test_find_toplevel (HEARTH_TYPE_FAMILY_DIALOG);
  g_assert_nonnull (dialog);
  wait_mapped (dialog);
  assert_has_banner (dialog);
  gtk_window_destroy (dialog);
  iterate ();

  /* And the preferences. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  dialog = hearth_gui_test_find_toplevel (HEARTH_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (dialog);
  wait_mapped (dialog);
  assert_has_banner (dialog);
  gtk_window_destroy (dialog);
  iterate ();

  /* A trainee deletes a family; Reset Training Data, confirmed, brings it
   * back and closes the assessment window first. */
  families = hearth_store_list_families (store, TRUE, &error);
  g_assert_true (hearth_store_delete_family (store,
                                             ((HearthFamily *) g_ptr_array_index (families, 2))->id,
                                             &error));
  g_assert_no_error (error);
  hearth_window_reload (HEARTH_WINDOW (window));
  g_assert_cmpuint (count_families (store), ==, 2);

  g_action_group_activate_action (G_ACTION_GROUP (app), "reset-training", NULL);
  confirm = hearth_gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (confirm);
  wait_mapped (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "reset");
  iterate ();

  g_assert_cmpuint (count_families (store), ==, 3);
  g_assert_null (assessment);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  checks_done = TRUE;
}

static gboolean
run_checks_cb (gpointer user_data)
{
  HearthApplication *app = user_data;

  check_training (app);
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app,
             gpointer      user_data)
{
  g_idle_add (run_checks_cb, app);
}

static void
test_training_windows (void)
{
  g_autoptr(HearthApplication) app = hearth_application_new ();
  char *argv[] = { (char *) "hearth", (char *) "--training", NULL };
  g_autofree char *real = g_build_filename (data_home, "hearth", "hearth.db", NULL);
  int status;

  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  status = g_application_run (G_APPLICATION (app), 2, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (checks_done);

  /* Training mode never made the real database. */
  g_assert_false (g_file_test (real, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib reads it: both databases live in a fresh folder. */
  data_home = hearth_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/training/every-window-and-reset", test_training_windows);

  status = g_test_run ();
  hearth_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
