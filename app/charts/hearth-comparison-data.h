/* hearth-comparison-data.h
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

#include <glib-object.h>

#include "hearth-chart-day.h"

G_BEGIN_DECLS

/**
 * HearthChartValueState:
 * @HEARTH_CHART_VALUE_NONE: nothing was recorded
 * @HEARTH_CHART_VALUE_SCORED: a value
 * @HEARTH_CHART_VALUE_INSUFFICIENT: too little was known for a score:
 *   "insufficient information", which is not a value of any kind
 * @HEARTH_CHART_VALUE_NOT_SEEN: the practitioner could not see it
 *
 * Whether a cell of comparison data holds a value, and if not, why.
 */
typedef enum
{
  HEARTH_CHART_VALUE_NONE,
  HEARTH_CHART_VALUE_SCORED,
  HEARTH_CHART_VALUE_INSUFFICIENT,
  HEARTH_CHART_VALUE_NOT_SEEN,
} HearthChartValueState;

/**
 * HearthChartValue:
 * @state: whether there is a value
 * @value: the score or rating, on the data's scale; ignored unless scored
 * @level: the level of need its band suggests, 1 to 4, or 0
 *
 * One category's score (or one area's rating) at one date.
 */
typedef struct
{
  HearthChartValueState state;
  double                value;
  int                   level;
} HearthChartValue;

/**
 * HearthChartMark:
 * @series: the series (child) it belongs to
 * @point: the point (date) within the series
 * @category: the category (or area of the home)
 * @state: what it shows
 * @value: the value, when scored
 * @level: the level of need, when scored
 * @x: the left edge of what was drawn
 * @y: the top edge
 * @width: the width
 * @height: the height
 *
 * One bar, point or cell as a comparison chart drew it, for tests and
 * tooltips.
 */
typedef struct
{
  guint                 series;
  guint                 point;
  guint                 category;
  HearthChartValueState state;
  double                value;
  int                   level;
  double                x;
  double                y;
  double                width;
  double                height;
} HearthChartMark;

/**
 * HearthComparisonData:
 *
 * The data of the comparison charts, independent of any store: a scale,
 * its bands of level of need, categories (the four categories of neglect,
 * or the areas of the home), and series (one per child, or the household)
 * of dated points, each with a value per category. Refcounted.
 */
typedef struct _HearthComparisonData HearthComparisonData;

#define HEARTH_TYPE_COMPARISON_DATA (hearth_comparison_data_get_type ())

GType                   hearth_comparison_data_get_type           (void) G_GNUC_CONST;
HearthComparisonData   *hearth_comparison_data_new                (const char              *title,
                                                                   double                   scale_min,
                                                                   double                   scale_max,
                                                                   gboolean                 higher_is_worse);
HearthComparisonData   *hearth_comparison_data_ref                (HearthComparisonData    *self);
void                    hearth_comparison_data_unref              (HearthComparisonData    *self);

void                    hearth_comparison_data_set_empty_text     (HearthComparisonData    *self,
                                                                   const char              *heading,
                                                                   const char              *explanation);
guint                   hearth_comparison_data_add_category       (HearthComparisonData    *self,
                                                                   const char              *label);
void                    hearth_comparison_data_add_band           (HearthComparisonData    *self,
                                                                   double                   from,
                                                                   double                   to,
                                                                   int                      level);
void                    hearth_comparison_data_set_level_name     (HearthComparisonData    *self,
                                                                   int                      level,
                                                                   const char              *name);
void                    hearth_comparison_data_set_scale_label    (HearthComparisonData    *self,
                                                                   int                      value,
                                                                   const char              *label);
guint                   hearth_comparison_data_add_series         (HearthComparisonData    *self,
                                                                   const char              *label);
guint                   hearth_comparison_data_add_point          (HearthComparisonData    *self,
                                                                   guint                    series,
                                                                   gint32                   day);
void                    hearth_comparison_data_set_value          (HearthComparisonData    *self,
                                                                   guint                    series,
                                                                   guint                    point,
                                                                   guint                    category,
                                                                   const HearthChartValue  *value);

const char             *hearth_comparison_data_get_title          (HearthComparisonData    *self);
void                    hearth_comparison_data_get_scale          (HearthComparisonData    *self,
                                                                   double                  *scale_min,
                                                                   double                  *scale_max,
                                                                   gboolean                *higher_is_worse);
void                    hearth_comparison_data_get_empty_text     (HearthComparisonData    *self,
                                                                   const char             **heading,
                                                                   const char             **explanation);
guint                   hearth_comparison_data_get_n_categories   (HearthComparisonData    *self);
const char             *hearth_comparison_data_get_category_label (HearthComparisonData    *self,
                                                                   guint                    category);
guint                   hearth_comparison_data_get_n_bands        (HearthComparisonData    *self);
void                    hearth_comparison_data_get_band           (HearthComparisonData    *self,
                                                                   guint                    index,
                                                                   double                  *from,
                                                                   double                  *to,
                                                                   int                     *level);
const char             *hearth_comparison_data_get_level_name     (HearthComparisonData    *self,
                                                                   int                      level);
const char             *hearth_comparison_data_get_scale_label    (HearthComparisonData    *self,
                                                                   int                      value);
guint                   hearth_comparison_data_get_n_series       (HearthComparisonData    *self);
const char             *hearth_comparison_data_get_series_label   (HearthComparisonData    *self,
                                                                   guint                    series);
guint                   hearth_comparison_data_get_n_points       (HearthComparisonData    *self,
                                                                   guint                    series);
gint32                  hearth_comparison_data_get_point_day      (HearthComparisonData    *self,
                                                                   guint                    series,
                                                                   guint                    point);
const HearthChartValue *hearth_comparison_data_get_value          (HearthComparisonData    *self,
                                                                   guint                    series,
                                                                   guint                    point,
                                                                   guint                    category);
gboolean                hearth_comparison_data_get_day_range      (HearthComparisonData    *self,
                                                                   gint32                  *first_day,
                                                                   gint32                  *last_day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthComparisonData, hearth_comparison_data_unref)

G_END_DECLS
