/* test-ui-translations.c — every string a user sees is translated, and long translations fit
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
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "windows/hearth-application.h"
#include "windows/hearth-event-dialog.h"
#include "windows/hearth-family-dialog.h"
#include "windows/hearth-person-dialog.h"
#include "windows/hearth-preferences-window.h"
#include "windows/hearth-window.h"

#include "hearth-gui-test.h"

/* A pseudo-translation turns every message into bracketed, accented and
 * lengthened text: "Quit" becomes "[Qüít ··]" (support/hearth-pseudo-translate.c).
 * Hearth's own catalogue is built from the sources at test time, as
 * `ninja hearth-pot` would, so a string that was never marked for
 * translation shows up plain. GTK and libadwaita get a pseudo-translation
 * of their own catalogues with other brackets, "⟦…⟧", so their strings are
 * told apart from ours. */
#define PSEUDO_LANGUAGE "qps"
#define OURS_OPEN "["
#define OURS_CLOSE "]"
#define TOOLKIT_OPEN "⟦"
#define TOOLKIT_CLOSE "⟧"

static char *tmpdir;
static char *pseudo_localedir;
static char *toolkit_localedir[2];
static const char *toolkit_domains[2] = { "gtk40", "libadwaita" };

static void
run_tool (const char * const *argv,
          const char          *workdir,
          const char * const  *envp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (workdir, (char **) argv, (char **) envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("%s failed: %s%s", argv[0], out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* A catalogue → its pseudo-translation, compiled into
 * LOCALEDIR/qps/LC_MESSAGES/DOMAIN.mo. msgfmt checks that every printf
 * directive survived. */
static char *
compile_pseudo (const char *po,
                const char *domain,
                gboolean    toolkit)
{
  g_autofree char *pseudo_po = g_strconcat (po, ".pseudo.po", NULL);
  g_autofree char *localedir = g_build_filename (tmpdir, domain, NULL);
  g_autofree char *modir = g_build_filename (localedir, PSEUDO_LANGUAGE, "LC_MESSAGES", NULL);
  g_autofree char *mo = g_strconcat (modir, G_DIR_SEPARATOR_S, domain, ".mo", NULL);
  const char *translate = g_getenv ("HEARTH_PSEUDO_TRANSLATE");
  const char *translate_argv[] = { translate, toolkit ? "--toolkit" : po, toolkit ? po : pseudo_po,
                                   toolkit ? pseudo_po : NULL, NULL };
  const char *msgfmt_argv[] = { "msgfmt", "--check-format", "-o", mo, pseudo_po, NULL };

  g_assert_nonnull (translate);
  g_assert_cmpint (g_mkdir_with_parents (modir, 0700), ==, 0);
  run_tool (translate_argv, tmpdir, NULL);
  run_tool (msgfmt_argv, tmpdir, NULL);

  return g_steal_pointer (&localedir);
}

/* Hearth's catalogue, extracted from po/POTFILES.in with the same options
 * as po/meson.build (the glib preset, and our ITS rules for instruments). */
static void
build_hearth_catalogue (void)
{
  const char *srcdir = g_getenv ("HEARTH_SOURCE_DIR");
  g_autofree char *potfiles = NULL;
  g_autofree char *podir = NULL;
  g_autofree char *pot = g_build_filename (tmpdir, "hearth.pot", NULL);
  g_autofree char *en_po = g_build_filename (tmpdir, "hearth.en.po", NULL);
  g_autofree char *gettextdatadirs = NULL;
  g_auto(GStrv) envp = g_get_environ ();

  g_assert_nonnull (srcdir);
  potfiles = g_build_filename (srcdir, "po", "POTFILES.in", NULL);
  podir = g_build_filename (srcdir, "po", NULL);
  gettextdatadirs = g_strdup (podir);
  envp = g_environ_setenv (envp, "GETTEXTDATADIRS", gettextdatadirs, TRUE);

  {
    const char *xgettext_argv[] = {
      "xgettext", "--package-name=" GETTEXT_PACKAGE, "-f", potfiles, "-D", srcdir, "-k_",
      "-o", pot, "--from-code=UTF-8", "--add-comments",
      "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
      "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
      "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
      "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
      "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
      "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
      "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_printerr:1:c-format",
      "--flag=g_print:1:c-format", NULL
    };
    const char *msgen_argv[] = { "msgen", "-o", en_po, pot, NULL };

    run_tool (xgettext_argv, tmpdir, (const char * const *) envp);
    run_tool (msgen_argv, tmpdir, NULL);
  }

  pseudo_localedir = compile_pseudo (en_po, GETTEXT_PACKAGE, FALSE);
}

/* The toolkit's messages, recovered from any installed translation: the
 * filter takes each message id, whatever the translation was. */
static char *
build_toolkit_catalogue (const char *domain)
{
  g_autofree char *mo_name = g_strconcat (domain, ".mo", NULL);
  g_autofree char *installed = NULL;
  g_autofree char *po = g_strdup_printf ("%s/%s.po", tmpdir, domain);
  const char *languages[] = { "de", "fr", "es", "cy", NULL };

  for (guint i = 0; languages[i] != NULL && installed == NULL; i++)
    {
      g_autofree char *path = g_build_filename ("/usr/share/locale", languages[i], "LC_MESSAGES",
                                                mo_name, NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        installed = g_steal_pointer (&path);
    }
  if (installed == NULL)
    return NULL;

  {
    const char *msgunfmt_argv[] = { "msgunfmt", "-o", po, installed, NULL };

    run_tool (msgunfmt_argv, tmpdir, NULL);
  }

  return compile_pseudo (po, domain, TRUE);
}

/* --- Switching languages in the running process ----------------------------- */

static char *toolkit_installed_dir[2];

/* gettext reads LANGUAGE on every lookup; setlocale() empties its cache of
 * earlier answers. LANG is C.UTF-8 (see main), where LANGUAGE counts. */
static void
use_language (const char *language,
              const char *hearth_localedir,
              gboolean    pseudo_toolkit)
{
  g_setenv ("LANGUAGE", language, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, hearth_localedir);
  for (guint i = 0; i < G_N_ELEMENTS (toolkit_domains); i++)
    {
      const char *dir = pseudo_toolkit ? toolkit_localedir[i] : toolkit_installed_dir[i];

      if (dir != NULL)
        bindtextdomain (toolkit_domains[i], dir);
    }
  setlocale (LC_ALL, "");
}

/* --- Walking the widget tree ----------------------------------------------- */

typedef struct
{
  const char * const *data;     /* record content shown as is: never translated */
  GPtrArray          *problems;  /* owned; one line per untranslated or clipped text */
  guint               checked;   /* how many texts were looked at */
} Walk;

static gboolean
has_letters (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static gboolean
is_bracketed (const char *text,
              const char *open,
              const char *close)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  /* A mnemonic underline may come first, as in "_[Qüít ··]". */
  if (stripped[0] == '_')
    return g_str_has_prefix (stripped + 1, open) && g_str_has_suffix (stripped, close);
  return g_str_has_prefix (stripped, open) && g_str_has_suffix (stripped, close);
}

static void
check_text (Walk       *walk,
            const char *text,
            const char *what,
            GtkWidget  *where)
{
  if (text == NULL || !has_letters (text))
    return;
  if (walk->data != NULL && g_strv_contains (walk->data, text))
    return;

  walk->checked++;
  if (!is_bracketed (text, OURS_OPEN, OURS_CLOSE) && !is_bracketed (text, TOOLKIT_OPEN, TOOLKIT_CLOSE))
    g_ptr_array_add (walk->problems,
                     g_strdup_printf ("untranslated %s \"%s\" in %s", what, text,
                                      where != NULL ? G_OBJECT_TYPE_NAME (where) : "a menu"));
}

/* A label clips when its text needs more room than it was given; one that
 * ellipsizes says so on purpose, and a wrapping label is given a layout
 * width, so the height is what shows clipping there. */
static void
check_label_fits (Walk     *walk,
                  GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  int width = gtk_widget_get_width (GTK_WIDGET (label));
  int height = gtk_widget_get_height (GTK_WIDGET (label));
  PangoRectangle logical;

  if (gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE)
    return;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (logical.width > width + 1 || logical.height > height + 1)
    g_ptr_array_add (walk->problems,
                     g_strdup_printf ("clipped label \"%s\": needs %d×%d, has %d×%d",
                                      gtk_label_get_text (label), logical.width, logical.height,
                                      width, height));
}

static void
walk_widget (Walk      *walk,
             GtkWidget *widget)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  /* Key caps are GTK's names for keys, not messages. */
  if (GTK_IS_SHORTCUT_LABEL (widget))
    return;

  check_text (walk, gtk_widget_get_tooltip_text (widget), "tooltip", widget);

  if (GTK_IS_LABEL (widget))
    {
      check_text (walk, gtk_label_get_text (GTK_LABEL (widget)), "label", widget);
      check_label_fits (walk, GTK_LABEL (widget));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk_widget (walk, child);
}

static void
walk_menu (Walk       *walk,
           GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      const char *link_name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check_text (walk, label, "menu item", NULL);

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_get_next (links, &link_name, &link))
        {
          walk_menu (walk, link);
          g_object_unref (link);
        }
    }
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
walk_window (Walk      *walk,
             GtkWindow *window)
{
  check_text (walk, gtk_window_get_title (window), "window title", GTK_WIDGET (window));
  walk_widget (walk, GTK_WIDGET (window));
}

/* Every problem is listed before the test fails, so one run shows them all. */
static void
assert_walk_clean (Walk  *walk,
                   guint  at_least)
{
  g_test_message ("%u texts checked", walk->checked);
  for (guint i = 0; i < walk->problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (walk->problems, i));
  g_assert_cmpuint (walk->problems->len, ==, 0);
  g_assert_cmpuint (walk->checked, >=, at_least);
}

/* The walk itself: a plain string is caught, pseudo-translated text and
 * record content are not, and a hidden widget is not looked at. */
static void
test_walk_catches_plain_text (void)
{
  const char *data[] = { "Bramble Oakfoot", NULL };
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  Walk walk = { data, problems, 0 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *hidden = gtk_label_new ("Hidden and plain");

  gtk_window_set_title (GTK_WINDOW (window), _("Preferences"));
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("Preferences")));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Bramble Oakfoot"));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Never marked for translation"));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("2026-01-31"));
  gtk_box_append (GTK_BOX (box), hidden);
  gtk_widget_set_visible (hidden, FALSE);
  gtk_window_set_child (GTK_WINDOW (window), box);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));

  walk_window (&walk, GTK_WINDOW (window));
  g_assert_cmpuint (walk.checked, ==, 3);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "Never marked for translation"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* --- The screens ------------------------------------------------------------ */

static HearthApplication *app;

static HearthWindow *
open_main_window (void)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (HEARTH_IS_WINDOW (window));
  hearth_gui_test_show_and_wait (window);

  return HEARTH_WINDOW (window);
}

static void
test_pseudo_main_window (void)
{
  const char *database_path = hearth_application_get_database_path (app);
  const char *data[] = { database_path, "Oakfoot family", "TEST-0001", NULL };
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  Walk walk = { data, problems, 0 };
  g_autoptr(HearthFamily) family = hearth_family_new ("TEST-0001", "Oakfoot family");
  g_autoptr(GError) error = NULL;
  g_autofree char *not_a_database = g_build_filename (tmpdir, "not-a-database.db", NULL);
  g_autoptr(HearthStore) refused = NULL;
  HearthStore *store = hearth_application_get_store (app);
  HearthWindow *window;
  GtkWidget *menu_button;

  g_assert_nonnull (store);
  window = open_main_window ();

  /* The first run: no families yet. */
  walk_window (&walk, GTK_WINDOW (window));

  menu_button = find_primary_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (menu_button);
  /* The menu is given to the button when it first opens. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));
  walk_menu (&walk, gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

  /* A family in the list. */
  g_assert_true (hearth_store_save_family (store, family, &error));
  g_assert_no_error (error);
  hearth_window_reload (window);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  walk_window (&walk, GTK_WINDOW (window));

  /* The family's own page. */
  hearth_window_select_family (window, family->id);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  walk_window (&walk, GTK_WINDOW (window));
  g_object_unref (hearth_gui_test_screenshot (GTK_WINDOW (window), "family-page-pseudo.png"));

  /* Records that cannot be opened: the message comes from the store. */
  g_file_set_contents (not_a_database, "This is a shopping list, not a database.\n", -1, &error);
  g_assert_no_error (error);
  refused = hearth_store_open (not_a_database, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
  hearth_window_show_open_error (window, error);
  hearth_gui_test_show_and_wait (GTK_WINDOW (window));
  walk_window (&walk, GTK_WINDOW (window));

  /* The window's first-run size holds the longer text. */
  {
    GSettings *settings = hearth_application_get_settings (app);
    g_autoptr(GVariant) width = g_settings_get_default_value (settings, "window-width");
    int minimum = 0;

    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                        &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, g_variant_get_int32 (width));
  }

  assert_walk_clean (&walk, 10);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The dialogs that record a family, a person and a chronology event. */
static void
test_pseudo_dialogs (void)
{
  const char *data[] = { "Oakfoot family", "TEST-0001", NULL };
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  Walk walk = { data, problems, 0 };
  HearthStore *store = hearth_application_get_store (app);
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(GError) error = NULL;
  HearthWindow *window = open_main_window ();
  GtkWindow *dialogs[3];

  family = hearth_store_load_family_by_reference (store, "TEST-0001", &error);
  g_assert_no_error (error);

  dialogs[0] = GTK_WINDOW (hearth_family_dialog_new (GTK_WINDOW (window), store));
  dialogs[1] = GTK_WINDOW (hearth_person_dialog_new (GTK_WINDOW (window), store, family->id,
                                                     HEARTH_PERSON_KIND_CHILD));
  dialogs[2] = GTK_WINDOW (hearth_event_dialog_new (GTK_WINDOW (window), store, family->id, people));

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      hearth_gui_test_show_and_wait (dialogs[i]);
      walk_window (&walk, dialogs[i]);
      gtk_window_destroy (dialogs[i]);
    }

  assert_walk_clean (&walk, 15);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_pseudo_preferences (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  Walk walk = { NULL, problems, 0 };
  GtkWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = hearth_gui_test_find_toplevel (HEARTH_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  hearth_gui_test_show_and_wait (preferences);

  walk_window (&walk, preferences);
  assert_walk_clean (&walk, 8);

  gtk_window_destroy (preferences);
}

/* The shortcuts window: GtkShortcutsShortcut and GtkShortcutsGroup keep
 * their titles in properties; some pages are not on screen. */
static void
walk_shortcuts (Walk      *walk,
                GtkWidget *widget)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget) || GTK_IS_SHORTCUTS_GROUP (widget))
    {
      g_autofree char *title = NULL;

      g_object_get (widget, "title", &title, NULL);
      check_text (walk, title, "shortcut title", widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk_shortcuts (walk, child);
}

static void
test_pseudo_shortcuts (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  Walk walk = { NULL, problems, 0 };
  HearthWindow *window = open_main_window ();
  GtkShortcutsWindow *overlay;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  hearth_gui_test_show_and_wait (GTK_WINDOW (overlay));

  walk_widget (&walk, GTK_WIDGET (overlay));
  walk_shortcuts (&walk, GTK_WIDGET (overlay));
  assert_walk_clean (&walk, 8);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_pseudo_about (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  Walk walk = { NULL, problems, 0 };
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = ADW_ABOUT_WINDOW (hearth_gui_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_nonnull (about);
  hearth_gui_test_show_and_wait (GTK_WINDOW (about));

  check_text (&walk, adw_about_window_get_application_name (about), "application name", NULL);
  check_text (&walk, adw_about_window_get_developer_name (about), "developer name", NULL);
  check_text (&walk, adw_about_window_get_comments (about), "comments", NULL);
  walk_window (&walk, GTK_WINDOW (about));
  assert_walk_clean (&walk, 3);

  gtk_window_destroy (GTK_WINDOW (about));
}

/* Welsh, as the build directory's catalogue has it; a screenshot for people
 * to look at, and a check that the catalogue was really used. */
static void
test_welsh_screenshot (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);
  g_autofree char *mo = g_build_filename (localedir, "cy", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GdkTexture) texture = NULL;
  HearthWindow *window;
  GtkWidget *menu_button;
  const char *tooltip;

  g_assert_true (g_file_test (mo, G_FILE_TEST_EXISTS));
  use_language ("cy", localedir, FALSE);

  window = open_main_window ();
  menu_button = find_primary_menu_button (GTK_WIDGET (window));
  tooltip = gtk_widget_get_tooltip_text (menu_button);
  g_assert_cmpstr (tooltip, ==, g_dgettext (GETTEXT_PACKAGE, "Main Menu"));
  g_assert_cmpstr (tooltip, !=, "Main Menu");

  texture = hearth_gui_test_screenshot (GTK_WINDOW (window), "main-window-cy.png");
  g_assert_cmpint (gdk_texture_get_width (texture), >=, 360);

  gtk_window_destroy (GTK_WINDOW (window));
  use_language (PSEUDO_LANGUAGE, pseudo_localedir, TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  tmpdir = g_dir_make_tmp ("hearth-translations-XXXXXX", &error);
  g_assert_no_error (error);

  /* The application's default database goes in a fresh data directory. */
  data_home = g_build_filename (tmpdir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  textdomain (GETTEXT_PACKAGE);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* A stack's cross-fade would show two pages at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  build_hearth_catalogue ();
  for (guint i = 0; i < G_N_ELEMENTS (toolkit_domains); i++)
    {
      toolkit_installed_dir[i] = g_strdup (bindtextdomain (toolkit_domains[i], NULL));
      toolkit_localedir[i] = build_toolkit_catalogue (toolkit_domains[i]);
      g_assert_nonnull (toolkit_localedir[i]);
    }
  use_language (PSEUDO_LANGUAGE, pseudo_localedir, TRUE);

  app = hearth_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/translations/pseudo/walk-catches-plain-text", test_walk_catches_plain_text);
  g_test_add_func ("/ui/translations/pseudo/main-window", test_pseudo_main_window);
  g_test_add_func ("/ui/translations/pseudo/dialogs", test_pseudo_dialogs);
  g_test_add_func ("/ui/translations/pseudo/preferences", test_pseudo_preferences);
  g_test_add_func ("/ui/translations/pseudo/shortcuts", test_pseudo_shortcuts);
  g_test_add_func ("/ui/translations/pseudo/about", test_pseudo_about);
  g_test_add_func ("/ui/translations/welsh/screenshot", test_welsh_screenshot);

  status = g_test_run ();

  g_clear_object (&app);
  {
    g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", tmpdir);

    g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL);
  }
  return status;
}
