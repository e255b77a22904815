/* hearth-comparison-data.c
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

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hearth-chart-palette.h"
#include "hearth-comparison-data.h"

typedef struct
{
  double from;
  double to;
  int    level;
} Band;

typedef struct
{
  char   *label;
  GArray *days;    /* gint32, ascending */
  GArray *values;  /* HearthChartValue, n_categories per point */
} Series;

struct _HearthComparisonData
{
  char      *title;
  double     scale_min;
  double     scale_max;
  gboolean   higher_is_worse;
  char      *empty_heading;
  char      *empty_explanation;
  GPtrArray *categories;   /* owned; char * */
  GArray    *bands;        /* owned; Band, ascending */
  char      *level_names[HEARTH_CHART_N_LEVELS];
  GHashTable *scale_labels;/* owned; GINT_TO_POINTER (value) → char * */
  GPtrArray *series;       /* owned; Series * */
  gboolean   has_points;
};

G_DEFINE_BOXED_TYPE (HearthComparisonData, hearth_comparison_data,
                     hearth_comparison_data_ref, hearth_comparison_data_unref)

static void
free_series (gpointer data)
{
  Series *series = data;

  g_free (series->label);
  g_array_unref (series->days);
  g_array_unref (series->values);
  g_free (series);
}

static void
free_data (gpointer data)
{
  HearthComparisonData *self = data;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->empty_heading, g_free);
  g_clear_pointer (&self->empty_explanation, g_free);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->scale_labels, g_hash_table_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  for (guint i = 0; i < HEARTH_CHART_N_LEVELS; i++)
    g_clear_pointer (&self->level_names[i], g_free);
}

static Series *
get_series (HearthComparisonData *self,
            guint                 series)
{
  g_return_val_if_fail (series < self->series->len, NULL);

  return g_ptr_array_index (self->series, series);
}

/**
 * hearth_comparison_data_new:
 * @title: the charts' title
 * @scale_min: the lowest value of the scale
 * @scale_max: the highest value; greater than @scale_min
 * @higher_is_worse: %TRUE when a higher value is a graver concern
 *
 * Returns: (transfer full): new, empty comparison data
 */
HearthComparisonData *
hearth_comparison_data_new (const char *title,
                            double      scale_min,
                            double      scale_max,
                            gboolean    higher_is_worse)
{
  HearthComparisonData *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (isfinite (scale_min) && isfinite (scale_max) && scale_min < scale_max,
                        NULL);

  self = g_atomic_rc_box_new0 (HearthComparisonData);
  self->title = g_strdup (title);
  self->scale_min = scale_min;
  self->scale_max = scale_max;
  self->higher_is_worse = higher_is_worse;
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->bands = g_array_new (FALSE, FALSE, sizeof (Band));
  self->scale_labels = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->series = g_ptr_array_new_with_free_func (free_series);

  return self;
}

/**
 * hearth_comparison_data_ref:
 * @self: comparison data
 *
 * Returns: (transfer full): @self, with one more reference
 */
HearthComparisonData *
hearth_comparison_data_ref (HearthComparisonData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

/**
 * hearth_comparison_data_unref:
 * @self: (transfer full): comparison data
 *
 * Drops a reference, freeing @self with the last one.
 */
void
hearth_comparison_data_unref (HearthComparisonData *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, free_data);
}

/**
 * hearth_comparison_data_set_empty_text:
 * @self: comparison data
 * @heading: what is missing, in a few words
 * @explanation: (nullable): why, and what would fill the chart
 *
 * Sets what an empty chart says.
 */
void
hearth_comparison_data_set_empty_text (HearthComparisonData *self,
                                       const char           *heading,
                                       const char           *explanation)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (heading != NULL);

  g_free (self->empty_heading);
  g_free (self->empty_explanation);
  self->empty_heading = g_strdup (heading);
  self->empty_explanation = g_strdup (explanation);
}

/**
 * hearth_comparison_data_add_category:
 * @self: comparison data without points yet
 * @label: the category's name
 *
 * Returns: the category's index
 */
guint
hearth_comparison_data_add_category (HearthComparisonData *self,
                                     const char           *label)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);
  g_return_val_if_fail (!self->has_points, 0);

  g_ptr_array_add (self->categories, g_strdup (label));
  return self->categories->len - 1;
}

/**
 * hearth_comparison_data_add_band:
 * @self: comparison data
 * @from: where the band starts on the scale
 * @to: where it ends; greater than @from
 * @level: the level of need it suggests, 1 to 4
 *
 * Adds a band of the scale, drawn behind the values.
 */
void
hearth_comparison_data_add_band (HearthComparisonData *self,
                                 double                from,
                                 double                to,
                                 int                   level)
{
  Band band = { from, to, level };

  g_return_if_fail (self != NULL);
  g_return_if_fail (from < to);
  g_return_if_fail (level >= 1 && level < HEARTH_CHART_N_LEVELS);

  g_array_append_val (self->bands, band);
}

/**
 * hearth_comparison_data_set_level_name:
 * @self: comparison data
 * @level: a level of need, 1 to 4
 * @name: its name in the local scheme
 *
 * Names a level of need for the legend.
 */
void
hearth_comparison_data_set_level_name (HearthComparisonData *self,
                                       int                   level,
                                       const char           *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (level >= 1 && level < HEARTH_CHART_N_LEVELS);
  g_return_if_fail (name != NULL);

  g_free (self->level_names[level]);
  self->level_names[level] = g_strdup (name);
}

/**
 * hearth_comparison_data_set_scale_label:
 * @self: comparison data
 * @value: a whole value of the scale
 * @label: its name, such as "Adequate"
 *
 * Names a value of the scale for the axis and the legend.
 */
void
hearth_comparison_data_set_scale_label (HearthComparisonData *self,
                                        int                   value,
                                        const char           *label)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  g_hash_table_insert (self->scale_labels, GINT_TO_POINTER (value), g_strdup (label));
}

/**
 * hearth_comparison_data_add_series:
 * @self: comparison data
 * @label: the series' name, such as a child's name
 *
 * Returns: the series' index
 */
guint
hearth_comparison_data_add_series (HearthComparisonData *self,
                                   const char           *label)
{
  Series *series;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (label != NULL, 0);

  series = g_new0 (Series, 1);
  series->label = g_strdup (label);
  series->days = g_array_new (FALSE, FALSE, sizeof (gint32));
  series->values = g_array_new (FALSE, TRUE, sizeof (HearthChartValue));
  g_ptr_array_add (self->series, series);
  return self->series->len - 1;
}

/**
 * hearth_comparison_data_add_point:
 * @self: comparison data
 * @series: a series
 * @day: the point's day; not before the series' last point
 *
 * Adds a point (an assessment's date) to a series, with no value yet in
 * any category.
 *
 * Returns: the point's index in the series
 */
guint
hearth_comparison_data_add_point (HearthComparisonData *self,
                                  guint                 series,
                                  gint32                day)
{
  Series *s;

  g_return_val_if_fail (self != NULL, 0);
  s = get_series (self, series);
  g_return_val_if_fail (s != NULL, 0);
  g_return_val_if_fail (hearth_chart_day_is_valid (day), 0);
  g_return_val_if_fail (
      s->days->len == 0 || g_array_index (s->days, gint32, s->days->len - 1) <= day, 0);

  self->has_points = TRUE;
  g_array_append_val (s->days, day);
  g_array_set_size (s->values, s->days->len * self->categories->len);
  return s->days->len - 1;
}

/**
 * hearth_comparison_data_set_value:
 * @self: comparison data
 * @series: a series
 * @point: a point of it
 * @category: a category
 * @value: the value
 *
 * Sets one value.
 */
void
hearth_comparison_data_set_value (HearthComparisonData   *self,
                                  guint                   series,
                                  guint                   point,
                                  guint                   category,
                                  const HearthChartValue *value)
{
  Series *s;

  g_return_if_fail (self != NULL);
  g_return_if_fail (value != NULL);
  s = get_series (self, series);
  g_return_if_fail (s != NULL);
  g_return_if_fail (point < s->days->len);
  g_return_if_fail (category < self->categories->len);
  g_return_if_fail (value->level >= 0 && value->level < HEARTH_CHART_N_LEVELS);

  g_array_index (s->values, HearthChartValue, point * self->categories->len + category) = *value;
}

/**
 * hearth_comparison_data_get_title:
 * @self: comparison data
 *
 * Returns: (transfer none): the title
 */
const char *
hearth_comparison_data_get_title (HearthComparisonData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * hearth_comparison_data_get_scale:
 * @self: comparison data
 * @scale_min: (out) (optional): the lowest value
 * @scale_max: (out) (optional): the highest value
 * @higher_is_worse: (out) (optional): the scale's direction
 *
 * Reads the scale.
 */
void
hearth_comparison_data_get_scale (HearthComparisonData *self,
                                  double               *scale_min,
                                  double               *scale_max,
                                  gboolean             *higher_is_worse)
{
  g_return_if_fail (self != NULL);

  if (scale_min != NULL)
    *scale_min = self->scale_min;
  if (scale_max != NULL)
    *scale_max = self->scale_max;
  if (higher_is_worse != NULL)
    *higher_is_worse = self->higher_is_worse;
}

/**
 * hearth_comparison_data_get_empty_text:
 * @self: comparison data
 * @heading: (out) (transfer none): what is missing
 * @explanation: (out) (transfer none) (nullable): why
 *
 * Reads what an empty chart says, with a general default.
 */
void
hearth_comparison_data_get_empty_text (HearthComparisonData  *self,
                                       const char           **heading,
                                       const char           **explanation)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (heading != NULL && explanation != NULL);

  *heading = self->empty_heading != NULL ? self->empty_heading : _("Nothing to compare yet");
  *explanation = self->empty_heading != NULL
                 ? self->empty_explanation
                 : _("Finalised assessments appear here once they are recorded.");
}

/**
 * hearth_comparison_data_get_n_categories:
 * @self: comparison data
 *
 * Returns: the number of categories
 */
guint
hearth_comparison_data_get_n_categories (HearthComparisonData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->categories->len;
}

/**
 * hearth_comparison_data_get_category_label:
 * @self: comparison data
 * @category: a category
 *
 * Returns: (transfer none): its name
 */
const char *
hearth_comparison_data_get_category_label (HearthComparisonData *self,
                                           guint                 category)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, category);
}

/**
 * hearth_comparison_data_get_n_bands:
 * @self: comparison data
 *
 * Returns: the number of bands
 */
guint
hearth_comparison_data_get_n_bands (HearthComparisonData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bands->len;
}

/**
 * hearth_comparison_data_get_band:
 * @self: comparison data
 * @index: a band
 * @from: (out): where it starts
 * @to: (out): where it ends
 * @level: (out): its level of need
 *
 * Reads a band.
 */
void
hearth_comparison_data_get_band (HearthComparisonData *self,
                                 guint                 index,
                                 double               *from,
                                 double               *to,
                                 int                  *level)
{
  const Band *band;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->bands->len);
  g_return_if_fail (from != NULL && to != NULL && level != NULL);

  band = &g_array_index (self->bands, Band, index);
  *from = band->from;
  *to = band->to;
  *level = band->level;
}

/**
 * hearth_comparison_data_get_level_name:
 * @self: comparison data
 * @level: a level of need, 1 to 4
 *
 * Returns: (transfer none): its name, "Level N" by default
 */
const char *
hearth_comparison_data_get_level_name (HearthComparisonData *self,
                                       int                   level)
{
  static const char * const defaults[HEARTH_CHART_N_LEVELS] = {
    N_("Insufficient information"), N_("Level 1"), N_("Level 2"), N_("Level 3"), N_("Level 4"),
  };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (level >= 0 && level < HEARTH_CHART_N_LEVELS, NULL);

  return self->level_names[level] != NULL ? self->level_names[level] : _(defaults[level]);
}

/**
 * hearth_comparison_data_get_scale_label:
 * @self: comparison data
 * @value: a whole value of the scale
 *
 * Returns: (transfer none) (nullable): its name, if it has one
 */
const char *
hearth_comparison_data_get_scale_label (HearthComparisonData *self,
                                        int                   value)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->scale_labels, GINT_TO_POINTER (value));
}

/**
 * hearth_comparison_data_get_n_series:
 * @self: comparison data
 *
 * Returns: the number of series
 */
guint
hearth_comparison_data_get_n_series (HearthComparisonData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->series->len;
}

/**
 * hearth_comparison_data_get_series_label:
 * @self: comparison data
 * @series: a series
 *
 * Returns: (transfer none): its name
 */
const char *
hearth_comparison_data_get_series_label (HearthComparisonData *self,
                                         guint                 series)
{
  Series *s;

  g_return_val_if_fail (self != NULL, NULL);
  s = get_series (self, series);
  g_return_val_if_fail (s != NULL, NULL);

  return s->label;
}

/**
 * hearth_comparison_data_get_n_points:
 * @self: comparison data
 * @series: a series
 *
 * Returns: its number of points
 */
guint
hearth_comparison_data_get_n_points (HearthComparisonData *self,
                                     guint                 series)
{
  Series *s;

  g_return_val_if_fail (self != NULL, 0);
  s = get_series (self, series);
  g_return_val_if_fail (s != NULL, 0);

  return s->days->len;
}

/**
 * hearth_comparison_data_get_point_day:
 * @self: comparison data
 * @series: a series
 * @point: a point of it
 *
 * Returns: the point's day
 */
gint32
hearth_comparison_data_get_point_day (HearthComparisonData *self,
                                      guint                 series,
                                      guint                 point)
{
  Series *s;

  g_return_val_if_fail (self != NULL, HEARTH_CHART_DAY_NONE);
  s = get_series (self, series);
  g_return_val_if_fail (s != NULL, HEARTH_CHART_DAY_NONE);
  g_return_val_if_fail (point < s->days->len, HEARTH_CHART_DAY_NONE);

  return g_array_index (s->days, gint32, point);
}

/**
 * hearth_comparison_data_get_value:
 * @self: comparison data
 * @series: a series
 * @point: a point of it
 * @category: a category
 *
 * Returns: (transfer none): the value
 */
const HearthChartValue *
hearth_comparison_data_get_value (HearthComparisonData *self,
                                  guint                 series,
                                  guint                 point,
                                  guint                 category)
{
  Series *s;

  g_return_val_if_fail (self != NULL, NULL);
  s = get_series (self, series);
  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (point < s->days->len, NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return &g_array_index (s->values, HearthChartValue, point * self->categories->len + category);
}

/**
 * hearth_comparison_data_get_day_range:
 * @self: comparison data
 * @first_day: (out): the earliest point's day
 * @last_day: (out): the latest point's day
 *
 * Returns: %TRUE if there is any point
 */
gboolean
hearth_comparison_data_get_day_range (HearthComparisonData *self,
                                      gint32               *first_day,
                                      gint32               *last_day)
{
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (first_day != NULL && last_day != NULL, FALSE);

  for (guint i = 0; i < self->series->len; i++)
    {
      Series *s = g_ptr_array_index (self->series, i);

      if (s->days->len == 0)
        continue;
      if (!found || g_array_index (s->days, gint32, 0) < *first_day)
        *first_day = g_array_index (s->days, gint32, 0);
      if (!found || g_array_index (s->days, gint32, s->days->len - 1) > *last_day)
        *last_day = g_array_index (s->days, gint32, s->days->len - 1);
      found = TRUE;
    }

  return found;
}
