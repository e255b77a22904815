/* hearth-score-panel.c
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

#define G_LOG_DOMAIN "hearth-forms"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hearth-score-panel.h"

/* The numbers a practitioner watches while rating: items rated out of
 * those that apply at the child's age, and per category the score or
 * "insufficient information" — which is not a score of any kind — with the
 * level of need the score's band suggests (DESIGN.md, "Thresholds / levels
 * of need"). One row per category, then overall, then the suggestion. */
struct _HearthScorePanel
{
  GtkWidget       parent_instance;

  GPtrArray      *rows;        /* borrowed AdwActionRows: categories, then overall */
  GPtrArray      *values;      /* borrowed suffix labels, parallel to rows */
  GtkWidget      *suggestion_row;
  GtkWidget      *suggestion_label;

  GtkLabel       *progress_label;
  GtkProgressBar *progress_bar;
  GtkListBox     *score_list;
};

G_DEFINE_FINAL_TYPE (HearthScorePanel, hearth_score_panel, GTK_TYPE_WIDGET)

static GtkWidget *
add_row (HearthScorePanel *self,
         GtkWidget       **value_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (NULL);

  gtk_widget_set_valign (value, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (value, "score-value");
  gtk_widget_add_css_class (value, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  gtk_list_box_append (self->score_list, row);

  *value_out = value;
  return row;
}

static void
ensure_rows (HearthScorePanel *self,
             guint             n_rows)
{
  if (self->rows->len == n_rows)
    return;

  while (self->rows->len > 0)
    {
      gtk_list_box_remove (self->score_list, g_ptr_array_index (self->rows, 0));
      g_ptr_array_remove_index (self->rows, 0);
      g_ptr_array_remove_index (self->values, 0);
    }
  if (self->suggestion_row != NULL)
    gtk_list_box_remove (self->score_list, self->suggestion_row);

  for (guint i = 0; i < n_rows; i++)
    {
      GtkWidget *value = NULL;
      GtkWidget *row = add_row (self, &value);

      if (i == n_rows - 1)
        gtk_widget_add_css_class (row, "overall");
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->values, value);
    }

  /* The suggestion is a name, often a long one: it goes under the title
   * rather than beside it. */
  self->suggestion_row = add_row (self, &self->suggestion_label);
  gtk_widget_set_visible (self->suggestion_label, FALSE);
  gtk_widget_add_css_class (self->suggestion_row, "suggestion");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->suggestion_row),
                                 _("Suggested level of need"));
}

static char *
dup_level_name (HearthLevelsOfNeed *levels,
                int                 ordinal)
{
  const char *name = levels != NULL ? hearth_levels_of_need_get_name (levels, ordinal) : NULL;

  if (name != NULL)
    return g_strdup (name);
  return g_strdup_printf (_("Level of need %d"), ordinal);
}

static void
show_category (GtkWidget                 *row,
               GtkWidget                 *value,
               const HearthCategoryScore *category,
               HearthLevelsOfNeed        *levels)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *number = NULL;
  g_autofree char *description = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), category->label);

  if (category->state == HEARTH_SCORE_SCORED)
    {
      g_autofree char *name = dup_level_name (levels, category->level);

      number = g_strdup_printf ("%.1f", category->score);
      if (category->escalated)
        /* Translators: a category's level of need, raised because one item
         * was rated at the gravest levels, e.g. "Child protection, raised by
         * a grave rating". */
        subtitle = g_strdup_printf (_("%s, raised by a grave rating"), name);
      else
        subtitle = g_steal_pointer (&name);
      /* Translators: read out for a category's score, e.g.
       * "Score 2.3: Early help". */
      description = g_strdup_printf (_("Score %s: %s"), number, subtitle);
    }
  else
    {
      number = g_strdup ("—");
      /* Translators: a category without enough known items for a score,
       * e.g. "Insufficient information: 1 of 3 known". */
      subtitle = g_strdup_printf (_("Insufficient information: %u of %u known"),
                                  category->n_known, category->n_needed);
      description = g_strdup (subtitle);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_label (GTK_LABEL (value), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  if (category->state == HEARTH_SCORE_SCORED)
    gtk_widget_remove_css_class (row, "insufficient");
  else
    gtk_widget_add_css_class (row, "insufficient");
}

static void
hearth_score_panel_dispose (GObject *object)
{
  HearthScorePanel *self = HEARTH_SCORE_PANEL (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_SCORE_PANEL);
  /* Template children without an id are not cleared by the call above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->suggestion_row = NULL;
  self->suggestion_label = NULL;
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_score_panel_parent_class)->dispose (object);
}

static void
hearth_score_panel_class_init (HearthScorePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_score_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/forms/hearth-score-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthScorePanel, progress_label);
  gtk_widget_class_bind_template_child (widget_class, HearthScorePanel, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HearthScorePanel, score_list);

  gtk_widget_class_set_css_name (widget_class, "scorepanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hearth_score_panel_init (HearthScorePanel *self)
{
  self->rows = g_ptr_array_new ();
  self->values = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_score_panel_set_progress (self, 0, 0);
}

/**
 * hearth_score_panel_new:
 *
 * Returns: (transfer floating): an empty panel
 */
GtkWidget *
hearth_score_panel_new (void)
{
  return g_object_new (HEARTH_TYPE_SCORE_PANEL, NULL);
}

/**
 * hearth_score_panel_set_progress:
 * @self: a panel
 * @n_rated: items rated or marked not known
 * @n_total: items that apply (at the child's age)
 *
 * Shows "@n_rated of @n_total rated".
 */
void
hearth_score_panel_set_progress (HearthScorePanel *self,
                                 guint             n_rated,
                                 guint             n_total)
{
  g_autofree char *text = NULL;

  g_return_if_fail (HEARTH_IS_SCORE_PANEL (self));

  /* Translators: how many of a form's items are rated, e.g. "12 of 27 rated". */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u rated", "%u of %u rated", n_total),
                          n_rated, n_total);
  gtk_label_set_label (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, n_total > 0 ? (double) n_rated / n_total : 0);
}

/**
 * hearth_score_panel_set_score:
 * @self: a panel
 * @score: (nullable): the current score, or %NULL when none can be worked
 *   out
 * @levels: (nullable): the names of the levels of need
 *
 * Shows every category of @score, its overall score and the suggested
 * level of need.
 */
void
hearth_score_panel_set_score (HearthScorePanel   *self,
                              HearthScore        *score,
                              HearthLevelsOfNeed *levels)
{
  guint n_categories;
  int suggested;
  g_autofree char *suggestion = NULL;

  g_return_if_fail (HEARTH_IS_SCORE_PANEL (self));
  g_return_if_fail (levels == NULL || HEARTH_IS_LEVELS_OF_NEED (levels));

  if (score == NULL)
    {
      ensure_rows (self, 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->suggestion_row),
                                   _("The scores cannot be worked out for this assessment."));
      gtk_widget_add_css_class (self->suggestion_row, "insufficient");
      return;
    }

  n_categories = hearth_score_get_n_categories (score);
  ensure_rows (self, n_categories + 1);

  for (guint i = 0; i < n_categories; i++)
    show_category (g_ptr_array_index (self->rows, i), g_ptr_array_index (self->values, i),
                   hearth_score_get_category (score, i), levels);
  show_category (g_ptr_array_index (self->rows, n_categories),
                 g_ptr_array_index (self->values, n_categories),
                 hearth_score_get_overall (score), levels);

  suggested = hearth_score_get_suggested_level (score);
  suggestion = suggested > 0 ? dup_level_name (levels, suggested)
                             : g_strdup (_("Insufficient information"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->suggestion_row), suggestion);
  if (suggested > 0)
    gtk_widget_remove_css_class (self->suggestion_row, "insufficient");
  else
    gtk_widget_add_css_class (self->suggestion_row, "insufficient");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->suggestion_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, suggestion,
                                  -1);
}
