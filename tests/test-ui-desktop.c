/* test-ui-desktop.c — preferences, window state, shortcuts and dark style
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
#include <glib/gstdio.h>

#include "windows/hearth-application.h"
#include "windows/hearth-desktop.h"
#include "windows/hearth-preferences-window.h"
#include "windows/hearth-window.h"

#include "hearth-gui-test.h"

static char *tmpdir;
/* One application for the process: it owns its name on the session bus. */
static HearthApplication *app;

static GSettings *
new_settings (void)
{
  g_autoptr(GError) error = NULL;
  GSettings *settings = hearth_desktop_settings_new (&error);

  g_assert_no_error (error);
  g_assert_nonnull (settings);
  return settings;
}

/* The spin button offers exactly the range the schema accepts. */
static void
assert_range_matches (GSettings     *settings,
                      const char    *key,
                      GtkSpinButton *spin)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *type;
  guint32 min;
  guint32 max;
  double lower;
  double upper;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &limits);
  g_assert_cmpstr (type, ==, "range");
  g_variant_get (limits, "(uu)", &min, &max);

  gtk_spin_button_get_range (spin, &lower, &upper);
  g_assert_cmpfloat (lower, ==, min);
  g_assert_cmpfloat (upper, ==, max);
  g_assert_cmpuint (gtk_spin_button_get_digits (spin), ==, 0);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            GType       type,
            const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkSpinButton *
row_spin (GtkWidget  *window,
          const char *title)
{
  GtkWidget *row = find_named (window, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return GTK_SPIN_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
}

static void
test_preferences_bound (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  GtkWidget *window;
  GtkWidget *name_row;
  GtkSpinButton *autosave;
  GtkSpinButton *idle_lock;
  GtkSpinButton *drift;

  g_settings_reset (settings, "practitioner-name");
  g_settings_reset (settings, "autosave-interval");
  g_settings_reset (settings, "idle-lock-minutes");
  g_settings_reset (settings, "drift-threshold-weeks");

  window = hearth_preferences_window_new (settings);
  g_object_ref_sink (window);
  g_assert_true (hearth_preferences_window_get_settings (HEARTH_PREFERENCES_WINDOW (window)) == settings);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));

  name_row = find_named (window, ADW_TYPE_ENTRY_ROW, "Your Name");
  autosave = row_spin (window, "Save After");
  idle_lock = row_spin (window, "Hide Records After");
  drift = row_spin (window, "Show Drift After");
  g_assert_nonnull (name_row);

  /* The rows show the defaults of the schema. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (autosave), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (idle_lock), ==, 10);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (drift), ==, 8);
  assert_range_matches (settings, "autosave-interval", autosave);
  assert_range_matches (settings, "idle-lock-minutes", idle_lock);
  assert_range_matches (settings, "drift-threshold-weeks", drift);

  /* A change in the window is stored at once… */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Bramble Oakfoot");
  gtk_spin_button_set_value (autosave, 5);
  gtk_spin_button_set_value (idle_lock, 30);
  gtk_spin_button_set_value (drift, 12);
  {
    g_autofree char *name = g_settings_get_string (settings, "practitioner-name");

    g_assert_cmpstr (name, ==, "Bramble Oakfoot");
  }
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 5);
  g_assert_cmpuint (g_settings_get_uint (settings, "idle-lock-minutes"), ==, 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "drift-threshold-weeks"), ==, 12);

  /* …and a change from elsewhere shows in the window. */
  g_settings_set_uint (settings, "drift-threshold-weeks", 26);
  g_settings_set_string (settings, "practitioner-name", "Testy McTestface");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (drift), ==, 26);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Testy McTestface");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The lock's switch stores idle-lock-enabled, and the minutes row is
 * insensitive while the lock is off. */
static void
test_preferences_idle_lock_switch (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(GdkTexture) shot = NULL;
  GtkWidget *window;
  GtkWidget *switch_row;
  GtkWidget *minutes_row;
  GtkSwitch *lock_switch;

  g_settings_reset (settings, "idle-lock-enabled");
  g_settings_reset (settings, "idle-lock-minutes");

  window = hearth_preferences_window_new (settings);
  g_object_ref_sink (window);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));

  switch_row = find_named (window, ADW_TYPE_ACTION_ROW, "Hide Records When Idle");
  minutes_row = find_named (window, ADW_TYPE_ACTION_ROW, "Hide Records After");
  g_assert_nonnull (switch_row);
  g_assert_nonnull (minutes_row);
  lock_switch = GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (switch_row)));
  g_assert_true (GTK_IS_SWITCH (lock_switch));

  /* On by default, with the minutes to set. */
  g_assert_true (g_settings_get_boolean (settings, "idle-lock-enabled"));
  g_assert_true (gtk_switch_get_active (lock_switch));
  g_assert_true (gtk_widget_get_sensitive (minutes_row));

  /* Activating the row, as a click or Enter on it does, switches it off. */
  adw_action_row_activate (ADW_ACTION_ROW (switch_row));
  g_assert_false (gtk_switch_get_active (lock_switch));
  g_assert_false (g_settings_get_boolean (settings, "idle-lock-enabled"));
  g_assert_false (gtk_widget_get_sensitive (minutes_row));
  /* The minutes are kept for when it is switched on again. */
  g_assert_cmpuint (g_settings_get_uint (settings, "idle-lock-minutes"), ==, 10);

  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  shot = hearth_gui_test_screenshot (GTK_WINDOW (window), "preferences-idle-lock-off.png");

  /* A change from elsewhere shows in the window. */
  g_settings_set_boolean (settings, "idle-lock-enabled", TRUE);
  g_assert_true (gtk_switch_get_active (lock_switch));
  g_assert_true (gtk_widget_get_sensitive (minutes_row));

  gtk_switch_set_active (lock_switch, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "idle-lock-enabled"));
  gtk_switch_set_active (lock_switch, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "idle-lock-enabled"));
  g_assert_true (gtk_widget_get_sensitive (minutes_row));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  GtkWidget *window;
  int width = 0;
  int height = 0;

  g_settings_set_int (settings, "window-width", 700);
  g_settings_set_int (settings, "window-height", 500);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = gtk_window_new ();
  g_object_ref_sink (window);
  hearth_desktop_track_window_state (GTK_WINDOW (window), settings);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));

  /* The practitioner resizes the window, then closes it. */
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_assert_finalize_object (window);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_str_equal (name, action))
        return TRUE;
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          gboolean found = menu_has_action (link, action);

          g_object_unref (link);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

/* The header bar's primary menu (F10), not any other menu button. */
static GtkWidget *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_accel (GtkApplication *app,
              const char     *action,
              const char     *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

/* The application wires it together: actions, shortcuts, menu, settings. */
static void
test_application_integration (void)
{
  GSettings *settings;
  GtkWindow *window;
  GtkWindow *preferences;
  GtkWidget *menu_button;
  int width = 0;
  int height = 0;

  settings = hearth_application_get_settings (app);
  g_assert_nonnull (settings);

  for (guint i = 0; i < 3; i++)
    {
      const char *actions[] = { "quit", "about", "preferences" };

      g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), actions[i]));
    }
  assert_accel (GTK_APPLICATION (app), "app.preferences", "<Control>comma");
  assert_accel (GTK_APPLICATION (app), "app.quit", "<Control>q");
  assert_accel (GTK_APPLICATION (app), "win.show-help-overlay", "<Control>question");

  /* The main window opens at the size it was closed at. */
  g_settings_set_int (settings, "window-width", 880);
  g_settings_set_int (settings, "window-height", 620);
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (HEARTH_IS_WINDOW (window));
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 880);
  g_assert_cmpint (height, ==, 620);
  hearth_gui_test_show_and_wait (window);

  /* The keyboard shortcuts window, from resources/hearth-shortcuts-window.ui,
   * built when first asked for and shown over the main window. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  {
    GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));

    g_assert_nonnull (overlay);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == window);
    gtk_window_close (GTK_WINDOW (overlay));
  }

  menu_button = find_primary_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (menu_button);
  {
    GMenuModel *menu;

    /* The menu is given to the button when it first opens. */
    gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
    g_assert_nonnull (menu);
    gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

    g_assert_true (menu_has_action (menu, "app.preferences"));
    g_assert_true (menu_has_action (menu, "win.show-help-overlay"));
    g_assert_true (menu_has_action (menu, "app.about"));
  }

  /* Preferences open over the main window and edit the application's
   * settings. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = hearth_gui_test_find_toplevel (HEARTH_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == window);
  g_assert_true (hearth_preferences_window_get_settings (HEARTH_PREFERENCES_WINDOW (preferences))
                 == settings);
  gtk_window_destroy (preferences);

  /* About shows the version and the licence. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  {
    AdwAboutWindow *about = ADW_ABOUT_WINDOW (hearth_gui_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));

    g_assert_nonnull (about);
    g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
    g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
    g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APPLICATION_ID);
    gtk_window_destroy (GTK_WINDOW (about));
  }

  /* Closing keeps the size for next time. */
  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_close (window);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    GtkWindow *overlay = hearth_gui_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);

    if (overlay != NULL)
      gtk_window_destroy (overlay);
  }
}

/* The application icon is in the resources too, so the About window shows
 * it before Hearth is installed. */
static void
test_icon_in_resources (void)
{
  g_autoptr(GtkIconPaintable) icon = NULL;
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  gtk_icon_theme_add_resource_path (theme, RESOURCE_PREFIX "/icons");
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID "-symbolic"));
  icon = gtk_icon_theme_lookup_icon (theme, APPLICATION_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  g_assert_nonnull (icon);
}

/* The stylesheet names its colours through libadwaita, so dark style (and
 * high contrast) apply to Hearth's own styling too. */
static void
test_stylesheet_named_colours (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GRegex) hex = NULL;
  g_autoptr(GRegex) functions = NULL;
  g_autoptr(GRegex) keywords = NULL;
  g_autoptr(GRegex) comments = NULL;
  g_autofree char *css = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/style.css", 0, &error);
  g_assert_no_error (error);
  comments = g_regex_new ("/\\*.*?\\*/", G_REGEX_DOTALL, 0, &error);
  g_assert_no_error (error);
  css = g_regex_replace_literal (comments, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 0, "", 0, &error);
  g_assert_no_error (error);

  hex = g_regex_new ("(^|[\\s:,(])#[0-9a-fA-F]{3,8}\\b", 0, 0, &error);
  functions = g_regex_new ("\\b(rgba?|hsla?)\\s*\\(", 0, 0, &error);
  keywords = g_regex_new (":\\s*(white|black|red|green|blue|grey|gray)\\b", G_REGEX_CASELESS, 0, &error);
  g_assert_no_error (error);
  g_assert_false (g_regex_match (hex, css, 0, NULL));
  g_assert_false (g_regex_match (functions, css, 0, NULL));
  g_assert_false (g_regex_match (keywords, css, 0, NULL));
}

static void
test_dark_style_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GdkTexture) dark = NULL;
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) preferences_dark = NULL;
  GtkWindow *window;
  GtkWindow *preferences;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);

  /* The families are read just after the first frame: wait for them, so
   * the screenshots show the empty database's advice, not a blank list. */
  hearth_gui_test_show_and_wait (window);
  while (g_strcmp0 (gtk_stack_get_visible_child_name (
                      GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), HEARTH_TYPE_WINDOW,
                                                                "sidebar_stack"))), "empty") != 0)
    g_main_context_iteration (NULL, TRUE);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  hearth_gui_test_show_and_wait (window);
  dark = hearth_gui_test_screenshot (window, "main-window-dark.png");

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = hearth_gui_test_find_toplevel (HEARTH_TYPE_PREFERENCES_WINDOW);
  hearth_gui_test_show_and_wait (preferences);
  preferences_dark = hearth_gui_test_screenshot (preferences, "preferences-dark.png");
  gtk_window_destroy (preferences);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  hearth_gui_test_show_and_wait (window);
  light = hearth_gui_test_screenshot (window, "main-window-light.png");

  g_test_message ("mean luminance: dark %.2f, light %.2f, preferences dark %.2f",
                  hearth_gui_test_mean_luminance (dark), hearth_gui_test_mean_luminance (light),
                  hearth_gui_test_mean_luminance (preferences_dark));
  g_assert_cmpfloat (hearth_gui_test_mean_luminance (dark), <, 0.3);
  g_assert_cmpfloat (hearth_gui_test_mean_luminance (preferences_dark), <, 0.3);
  g_assert_cmpfloat (hearth_gui_test_mean_luminance (light), >, 0.7);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  tmpdir = g_dir_make_tmp ("hearth-desktop-XXXXXX", &error);
  g_assert_no_error (error);
  /* The application's default database goes in a fresh data directory. */
  data_home = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = hearth_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/desktop/preferences/bound-to-settings", test_preferences_bound);
  g_test_add_func ("/ui/desktop/preferences/idle-lock-switch", test_preferences_idle_lock_switch);
  g_test_add_func ("/ui/desktop/window-state/saved-and-restored", test_window_state);
  g_test_add_func ("/ui/desktop/application/integration", test_application_integration);
  g_test_add_func ("/ui/desktop/icon/in-resources", test_icon_in_resources);
  g_test_add_func ("/ui/desktop/style/named-colours-only", test_stylesheet_named_colours);
  g_test_add_func ("/ui/desktop/style/dark-screenshots", test_dark_style_screenshots);

  status = g_test_run ();

  g_clear_object (&app);
  {
    g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", tmpdir);

    g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL);
  }
  return status;
}
