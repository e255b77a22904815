/* hearth-time-scale.h
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

/* Zoom stops at a week (closer would show a handful of days spread over
 * the whole width) and at a century (a whole life and more). */
#define HEARTH_TIME_SCALE_MIN_SPAN_DAYS 7.0
#define HEARTH_TIME_SCALE_MAX_SPAN_DAYS 36525.0

/**
 * HearthTimeScale:
 * @from: the day number (see hearth-chart-day.h) shown at @x0; fractional
 * @to: the day number shown at @x1; greater than @from
 * @x0: the left edge in pixels
 * @x1: the right edge in pixels; greater than @x0
 *
 * A linear map from a range of days onto a range of pixels. Day numbers
 * are continuous: day N covers [N, N + 1), so its start is at
 * day_to_x (N) and its middle at day_to_x (N + 0.5).
 *
 * A small value type: keep it on the stack and set it with
 * hearth_time_scale_init(), or use the boxed copy from
 * hearth_time_scale_new().
 */
typedef struct
{
  double from;
  double to;
  double x0;
  double x1;
} HearthTimeScale;

/**
 * HearthTimeUnit:
 * @HEARTH_TIME_UNIT_DAY: one tick per day, labelled "14 Mar"
 * @HEARTH_TIME_UNIT_WEEK: one tick per week on Mondays, labelled "14 Mar"
 * @HEARTH_TIME_UNIT_MONTH: one tick per month, labelled "Mar 2025"
 * @HEARTH_TIME_UNIT_QUARTER: one tick per quarter (January, April, July,
 *   October), labelled "Apr 2025"
 * @HEARTH_TIME_UNIT_YEAR: one tick every step years, labelled "2025"
 *
 * The unit between two neighbouring ticks of an axis.
 */
typedef enum
{
  HEARTH_TIME_UNIT_DAY,
  HEARTH_TIME_UNIT_WEEK,
  HEARTH_TIME_UNIT_MONTH,
  HEARTH_TIME_UNIT_QUARTER,
  HEARTH_TIME_UNIT_YEAR,
} HearthTimeUnit;

/**
 * HearthTimeTick:
 * @day: the day the tick marks; the tick stands at the start of that day
 * @x: the tick's position in pixels
 * @major: %TRUE where a coarser unit begins (a new month for days, the
 *   first Monday of a month for weeks, January for months and quarters,
 *   a round year for years)
 * @label: (owned): the tick's label, translated
 *
 * One tick of a time axis, as returned by hearth_time_scale_ticks().
 */
typedef struct
{
  gint32    day;
  double    x;
  gboolean  major;
  char     *label;
} HearthTimeTick;

#define HEARTH_TYPE_TIME_SCALE (hearth_time_scale_get_type ())

GType            hearth_time_scale_get_type      (void) G_GNUC_CONST;
HearthTimeScale *hearth_time_scale_new           (double                 from,
                                                  double                 to,
                                                  double                 x0,
                                                  double                 x1);
HearthTimeScale *hearth_time_scale_copy          (const HearthTimeScale *self);
void             hearth_time_scale_free          (HearthTimeScale       *self);
void             hearth_time_scale_init          (HearthTimeScale       *self,
                                                  double                 from,
                                                  double                 to,
                                                  double                 x0,
                                                  double                 x1);
double           hearth_time_scale_get_span      (const HearthTimeScale *self);
double           hearth_time_scale_get_width     (const HearthTimeScale *self);
double           hearth_time_scale_get_pixels_per_day
                                                 (const HearthTimeScale *self);
double           hearth_time_scale_day_to_x      (const HearthTimeScale *self,
                                                  double                 day);
double           hearth_time_scale_x_to_day      (const HearthTimeScale *self,
                                                  double                 x);
gboolean         hearth_time_scale_zoom          (HearthTimeScale       *self,
                                                  double                 anchor_x,
                                                  double                 factor);
gboolean         hearth_time_scale_pan           (HearthTimeScale       *self,
                                                  double                 dx);
void             hearth_time_scale_choose_unit   (const HearthTimeScale *self,
                                                  double                 min_spacing,
                                                  HearthTimeUnit        *unit,
                                                  guint                 *step);
GArray          *hearth_time_scale_ticks         (const HearthTimeScale *self,
                                                  double                 min_spacing,
                                                  HearthTimeUnit        *unit,
                                                  guint                 *step);
char            *hearth_time_scale_format_day    (gint32                 day,
                                                  HearthTimeUnit         unit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthTimeScale, hearth_time_scale_free)

G_END_DECLS
