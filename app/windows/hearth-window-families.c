/* hearth-window-families.c — the sidebar of HearthWindow: the families
 * list, its search, its status pages and its reading at start-up.
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

#define G_LOG_DOMAIN "hearth-window"

#include "config.h"

#include <glib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "widgets/hearth-family-row.h"

#include "hearth-family-entry.h"
#include "hearth-window-private.h"

static gboolean
filter_family (gpointer item,
               gpointer user_data)
{
  HearthWindow *self = user_data;

  return hearth_family_entry_matches (item, self->query_words);
}

/**
 * hearth_window_show_sidebar_page:
 * @self: a window
 * @name: "families", "empty", "no-results" or "error"
 *
 * Shows that page of the sidebar. The pages for no families, no matches
 * and an open error are built the first time one is shown
 * (hearth-sidebar-pages.ui): the first frame shows the list, and does not
 * pay for them.
 */
void
hearth_window_show_sidebar_page (HearthWindow *self,
                                 const char   *name)
{
  if (self->empty_page == NULL && g_strcmp0 (name, "families") != 0)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/hearth-sidebar-pages.ui");

      /* The stack holds the pages; the window keeps borrowed pointers. */
      self->empty_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "empty_page"));
      self->empty_path_label = GTK_LABEL (gtk_builder_get_object (builder, "empty_path_label"));
      self->error_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "error_page"));
      gtk_label_set_text (self->empty_path_label,
                          self->database_path != NULL ? self->database_path : "");
      gtk_stack_add_named (self->sidebar_stack, GTK_WIDGET (self->empty_page), "empty");
      gtk_stack_add_named (self->sidebar_stack,
                           GTK_WIDGET (gtk_builder_get_object (builder, "no_results_page")), "no-results");
      gtk_stack_add_named (self->sidebar_stack, GTK_WIDGET (self->error_page), "error");
    }

  gtk_stack_set_visible_child_name (self->sidebar_stack, name);
}

static void
update_sidebar_page (HearthWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->families));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  /* "Choose a Family" only when there is one to choose: beside the empty
   * page's advice it would point at nothing. */
  gtk_widget_set_visible (self->choose_family_page, total > 0);

  if (total == 0)
    hearth_window_show_sidebar_page (self, "empty");
  else if (shown == 0)
    hearth_window_show_sidebar_page (self, "no-results");
  else
    hearth_window_show_sidebar_page (self, "families");
}

/**
 * hearth_window_set_query:
 * @self: a window
 * @text: what was typed in the search field
 *
 * Lists only the families that match every word of @text.
 */
void
hearth_window_set_query (HearthWindow *self,
                         const char   *text)
{
  g_strfreev (self->query_words);
  self->query_words = hearth_family_entry_fold_query (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_sidebar_page (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, hearth_family_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  HearthFamilyEntry *entry = gtk_list_item_get_item (item);
  HearthFamily *family = hearth_family_entry_get_family (entry);

  hearth_family_row_set_family (HEARTH_FAMILY_ROW (gtk_list_item_get_child (item)), family);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  hearth_family_row_set_family (HEARTH_FAMILY_ROW (gtk_list_item_get_child (item)), NULL);
}

/* Reading every family filled SQLite's page cache (2 MB) with pages the
 * list now holds itself, and laying out and drawing the list and the
 * prompt beside it left the allocator holding what that work freed: give
 * both back once the families are on screen. */
static void
release_memory_after_paint_cb (GdkFrameClock *frame_clock,
                               HearthWindow  *self)
{
  if (frame_clock != NULL)
    g_signal_handlers_disconnect_by_func (frame_clock, release_memory_after_paint_cb, self);

  if (self->store != NULL)
    hearth_store_release_memory (self->store);
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

static gboolean
initial_load_cb (gpointer user_data)
{
  HearthWindow *self = user_data;
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  self->initial_load_id = 0;
  hearth_window_reload (self);
  if (frame_clock != NULL)
    g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (release_memory_after_paint_cb),
                             self, 0);
  else
    release_memory_after_paint_cb (NULL, self);
  return G_SOURCE_REMOVE;
}

/**
 * hearth_window_schedule_initial_load:
 * @self: a window
 *
 * Reads the families at idle, just after the window's next frame: with
 * thousands of families the list costs as much as the rest of start-up,
 * and redraws run at a higher priority than this idle.
 */
void
hearth_window_schedule_initial_load (HearthWindow *self)
{
  if (self->initial_load_id == 0)
    self->initial_load_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, initial_load_cb, self, NULL);
}

/**
 * hearth_window_init_families:
 * @self: a window whose template is built
 *
 * Gives the sidebar's list its models, filtered by the search, and its rows.
 */
void
hearth_window_init_families (HearthWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->families = g_list_store_new (HEARTH_TYPE_FAMILY_ENTRY);
  self->filter = gtk_custom_filter_new (filter_family, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->families)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->families_view, factory);
  gtk_list_view_set_model (self->families_view, GTK_SELECTION_MODEL (self->selection));
}

/**
 * hearth_window_reload:
 * @self: a window
 *
 * Reads the families from the store again and shows them, or the empty
 * state when there are none.
 */
void
hearth_window_reload (HearthWindow *self)
{
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_WINDOW (self));

  g_clear_handle_id (&self->initial_load_id, g_source_remove);
  if (self->store == NULL)
    return;

  families = hearth_store_list_families (self->store, self->show_archived, &error);
  if (families != NULL)
    children = hearth_store_dup_children_names (self->store, &error);
  if (families == NULL || children == NULL)
    {
      hearth_window_show_open_error (self, error);
      return;
    }

  /* One splice, so the list view updates once however many families. */
  entries = g_ptr_array_new_full (families->len, g_object_unref);
  for (guint i = 0; i < families->len; i++)
    {
      HearthFamily *family = g_ptr_array_index (families, i);

      g_ptr_array_add (entries, hearth_family_entry_new (family, g_hash_table_lookup (children, &family->id)));
    }
  g_list_store_splice (self->families, 0, g_list_model_get_n_items (G_LIST_MODEL (self->families)),
                       entries->pdata, entries->len);

  update_sidebar_page (self);
}
