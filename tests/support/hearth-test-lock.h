/* hearth-test-lock.h — real windows under an idle lock, and how a test types at it
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

#pragma once

#include <adwaita.h>
#include <string.h>

#include "core/hearth-instrument-registry.h"
#include "hearth-gui-test.h"
#include "hearth-test-tmpdir.h"
#include "store/hearth-store.h"
#include "windows/hearth-assessment-window.h"
#include "windows/hearth-lock-screen.h"
#include "windows/hearth-lock.h"
#include "windows/hearth-window.h"

G_BEGIN_DECLS

/* A main window and an assessment window on a store holding one family
 * (the "Oakfoot household", with the child Bramble Oakfoot), and an idle
 * lock over them after one idle "minute". Run with
 * HEARTH_IDLE_LOCK_SECONDS_PER_MINUTE=1, so a minute is a second.
 * Header-only, like hearth-gui-test.h. */

static const char *const hearth_test_lock_private_words[] = { "Oakfoot", "Bramble" };

typedef struct
{
  char                     *dir;
  char                     *passphrase_path;
  HearthStore              *store;
  HearthInstrumentRegistry *registry;
  GSettings                *settings;
  GtkWindow                *main_window;
  GtkWindow                *assessment_window;
  HearthLock               *lock;
} HearthLockFixture;

static inline void
hearth_test_lock_iterate_for (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static inline void
hearth_test_lock_wait_for (HearthLock *lock,
                           gboolean    locked)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (hearth_lock_get_locked (lock) != locked && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (hearth_lock_get_locked (lock), ==, locked);
  hearth_test_lock_iterate_for (50);
}

/* Every text a window holds: labels, entries, titles; with @mapped_only,
 * only those on screen, that is, what the window's frames draw. */
static inline void
hearth_test_lock_collect_texts (GtkWidget *widget,
                                gboolean   mapped_only,
                                GString   *texts)
{
  if (mapped_only && !gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_EDITABLE (widget))
    g_string_append_printf (texts, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (ADW_IS_WINDOW_TITLE (widget))
    g_string_append_printf (texts, "%s\n%s\n",
                            adw_window_title_get_title (ADW_WINDOW_TITLE (widget)),
                            adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hearth_test_lock_collect_texts (child, mapped_only, texts);
}

static inline char *
hearth_test_lock_texts (GtkWindow *window,
                        gboolean   mapped_only)
{
  GString *texts = g_string_new (gtk_window_get_title (window));

  g_string_append_c (texts, '\n');
  hearth_test_lock_collect_texts (GTK_WIDGET (window), mapped_only, texts);
  return g_string_free (texts, FALSE);
}

static inline char *
hearth_test_lock_window_texts (GtkWindow *window)
{
  return hearth_test_lock_texts (window, FALSE);
}

static inline char *
hearth_test_lock_mapped_texts (GtkWindow *window)
{
  return hearth_test_lock_texts (window, TRUE);
}

/* No name or title of a record is on @window. */
static inline void
hearth_test_lock_assert_hidden (GtkWindow *window)
{
  g_autofree char *texts = hearth_test_lock_window_texts (window);

  for (guint i = 0; i < G_N_ELEMENTS (hearth_test_lock_private_words); i++)
    g_assert_null (strstr (texts, hearth_test_lock_private_words[i]));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Hearth — Locked");
}

static inline void
hearth_test_lock_find_widgets (GtkWidget *widget,
                               GType      type,
                               GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hearth_test_lock_find_widgets (child, type, found);
}

static inline HearthLockScreen *
hearth_test_lock_screen (GtkWindow *window)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  hearth_test_lock_find_widgets (GTK_WIDGET (window), HEARTH_TYPE_LOCK_SCREEN, found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* Returns: (transfer none) (nullable): the first visible widget of @type
 * with @css_class on @window's lock screen */
static inline GtkWidget *
hearth_test_lock_find_on_screen (GtkWindow  *window,
                                 GType       type,
                                 const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  hearth_test_lock_find_widgets (GTK_WIDGET (hearth_test_lock_screen (window)), type, found);
  for (guint i = 0; i < found->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (found, i), css_class))
      return g_ptr_array_index (found, i);
  return NULL;
}

/* Returns: (transfer none): the Unlock button of @window's lock screen */
static inline GtkWidget *
hearth_test_lock_unlock_button (GtkWindow *window)
{
  GtkWidget *button = hearth_test_lock_find_on_screen (window, GTK_TYPE_BUTTON, "suggested-action");

  g_assert_nonnull (button);
  return button;
}

/* Types @first (and @second, when the screen asks twice) and presses
 * Enter, as a person would. */
static inline void
hearth_test_lock_enter_passphrase (GtkWindow  *window,
                                   const char *first,
                                   const char *second)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  hearth_test_lock_find_widgets (GTK_WIDGET (hearth_test_lock_screen (window)),
                                 GTK_TYPE_PASSWORD_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, second != NULL ? 2 : 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), first);
  if (second != NULL)
    gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 1)), second);
  g_signal_emit_by_name (g_ptr_array_index (entries, entries->len - 1), "activate");
  hearth_test_lock_iterate_for (50);
}

/* Returns: (transfer full) (nullable): the error shown on @window's lock
 * screen */
static inline char *
hearth_test_lock_shown_error (GtkWindow *window)
{
  GtkWidget *label = hearth_test_lock_find_on_screen (window, GTK_TYPE_LABEL, "error");

  return label != NULL ? g_strdup (gtk_label_get_text (GTK_LABEL (label))) : NULL;
}

/* Stores the one family of the private words, with its child and a
 * screening of the child.
 *
 * Returns: the screening's id */
static inline gint64
hearth_test_lock_fill_store (HearthStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthFamily) family = hearth_family_new ("HX-LOCK-1", "Oakfoot household");
  g_autoptr(HearthPerson) child = hearth_person_new_child ("Bramble Oakfoot", "2015-04-01");
  g_autoptr(HearthAssessment) assessment = NULL;

  g_assert_true (hearth_store_save_family (store, family, &error));
  child->family_id = family->id;
  g_assert_true (hearth_store_save_person (store, child, &error));
  assessment = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_CHILD, child->id,
                                      "neglect-screening", "1");
  g_assert_true (hearth_store_save_assessment (store, assessment, &error));
  g_assert_no_error (error);
  return assessment->id;
}

static inline void
hearth_test_lock_set_up (HearthLockFixture *fixture,
                         gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  gint64 assessment_id;

  fixture->dir = hearth_test_make_tmpdir ();
  fixture->passphrase_path = g_build_filename (fixture->dir, "data", "lock-passphrase", NULL);
  db = g_build_filename (fixture->dir, "hearth.db", NULL);
  fixture->store = hearth_store_open (db, &error);
  g_assert_no_error (error);
  assessment_id = hearth_test_lock_fill_store (fixture->store);

  fixture->registry = hearth_instrument_registry_new (NULL, &error);
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_uint (fixture->settings, "idle-lock-minutes", 1);

  fixture->main_window = g_object_new (HEARTH_TYPE_WINDOW,
                                       "store", fixture->store,
                                       "database-path", db,
                                       "default-width", 900,
                                       "default-height", 640,
                                       NULL);
  fixture->assessment_window = GTK_WINDOW (hearth_assessment_window_new (NULL, fixture->store,
                                                                         fixture->registry, NULL,
                                                                         assessment_id, &error));
  g_assert_no_error (error);
  hearth_gui_test_show_and_wait (fixture->main_window);
  hearth_gui_test_show_and_wait (fixture->assessment_window);

  fixture->lock = hearth_lock_new (NULL, fixture->settings, fixture->passphrase_path);
}

static inline void
hearth_test_lock_tear_down (HearthLockFixture *fixture,
                            gconstpointer      data)
{
  g_assert_finalize_object (fixture->lock);
  gtk_window_destroy (fixture->assessment_window);
  gtk_window_destroy (fixture->main_window);
  hearth_test_lock_iterate_for (100);
  g_settings_reset (fixture->settings, "idle-lock-minutes");
  g_settings_reset (fixture->settings, "idle-lock-enabled");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->registry);
  g_clear_object (&fixture->store);
  hearth_test_remove_tree (fixture->dir);
  g_free (fixture->passphrase_path);
  g_free (fixture->dir);
}

G_END_DECLS
