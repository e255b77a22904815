/* hearth-time-scale.c
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

#include "hearth-time-scale.h"

/* The whole range of valid days, as a continuous interval: the last day
 * ends where the day after it would start. */
#define DOMAIN_FROM ((double) HEARTH_CHART_DAY_MIN)
#define DOMAIN_TO   ((double) HEARTH_CHART_DAY_MAX + 1.0)

/* The ladder of tick intervals, finest first. The shortest a step can be
 * (February for a month, January to March for a quarter, years without a
 * leap day) decides whether its ticks keep their distance everywhere on
 * the axis, not just on average. */
typedef struct
{
  HearthTimeUnit unit;
  guint          step;
  double         shortest_days;
  guint          major_every;  /* years; only for HEARTH_TIME_UNIT_YEAR */
} TickStep;

static const TickStep tick_steps[] = {
  { HEARTH_TIME_UNIT_DAY,     1,   1.0,      0 },
  { HEARTH_TIME_UNIT_WEEK,    1,   7.0,      0 },
  { HEARTH_TIME_UNIT_MONTH,   1,   28.0,     0 },
  { HEARTH_TIME_UNIT_QUARTER, 1,   90.0,     0 },
  { HEARTH_TIME_UNIT_YEAR,    1,   365.0,    5 },
  { HEARTH_TIME_UNIT_YEAR,    2,   730.0,    10 },
  { HEARTH_TIME_UNIT_YEAR,    5,   1825.0,   10 },
  { HEARTH_TIME_UNIT_YEAR,    10,  3650.0,   50 },
  { HEARTH_TIME_UNIT_YEAR,    20,  7300.0,   100 },
  { HEARTH_TIME_UNIT_YEAR,    50,  18250.0,  100 },
  { HEARTH_TIME_UNIT_YEAR,    100, 36500.0,  500 },
};

static const char *month_abbreviations[] = {
  /* Translators: abbreviated month names on the timeline axis. */
  NC_("abbreviated month", "Jan"),
  NC_("abbreviated month", "Feb"),
  NC_("abbreviated month", "Mar"),
  NC_("abbreviated month", "Apr"),
  NC_("abbreviated month", "May"),
  NC_("abbreviated month", "Jun"),
  NC_("abbreviated month", "Jul"),
  NC_("abbreviated month", "Aug"),
  NC_("abbreviated month", "Sep"),
  NC_("abbreviated month", "Oct"),
  NC_("abbreviated month", "Nov"),
  NC_("abbreviated month", "Dec"),
};

G_DEFINE_BOXED_TYPE (HearthTimeScale, hearth_time_scale, hearth_time_scale_copy, hearth_time_scale_free)

static const TickStep *
find_tick_step (const HearthTimeScale *self,
                double                 min_spacing)
{
  double pixels_per_day = hearth_time_scale_get_pixels_per_day (self);

  for (guint i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    {
      if (tick_steps[i].shortest_days * pixels_per_day >= min_spacing)
        return &tick_steps[i];
    }

  /* Even a century is too narrow: keep the coarsest step, which still
   * leaves at most a hundred ticks over the whole calendar. */
  return &tick_steps[G_N_ELEMENTS (tick_steps) - 1];
}

/* Keeps a window of the given span inside the valid days, shifting it
 * rather than shrinking it. */
static gboolean
set_range_within_domain (HearthTimeScale *self,
                         double           from,
                         double           span)
{
  double old_from = self->from;
  double old_to = self->to;

  g_assert (span > 0.0);

  if (from < DOMAIN_FROM)
    from = DOMAIN_FROM;
  if (from + span > DOMAIN_TO)
    from = MAX (DOMAIN_FROM, DOMAIN_TO - span);

  self->from = from;
  self->to = from + span;

  return self->from != old_from || self->to != old_to;
}

static void
add_tick (GArray                *ticks,
          const HearthTimeScale *self,
          gint32                 day,
          gboolean               major,
          HearthTimeUnit         unit)
{
  HearthTimeTick tick;

  tick.day = day;
  tick.x = hearth_time_scale_day_to_x (self, day);
  tick.major = major;
  tick.label = hearth_time_scale_format_day (day, unit);

  g_array_append_val (ticks, tick);
}

static void
add_day_ticks (GArray                *ticks,
               const HearthTimeScale *self,
               gint32                 first,
               gint32                 last)
{
  for (gint32 day = first; day <= last; day++)
    {
      int day_of_month;

      hearth_chart_day_to_ymd (day, NULL, NULL, &day_of_month);
      add_tick (ticks, self, day, day_of_month == 1, HEARTH_TIME_UNIT_DAY);
    }
}

static void
add_week_ticks (GArray                *ticks,
                const HearthTimeScale *self,
                gint32                 first,
                gint32                 last)
{
  gint32 monday = first + (8 - hearth_chart_day_get_weekday (first)) % 7;

  for (gint32 day = monday; day <= last; day += 7)
    {
      int day_of_month;

      /* The first Monday of each month is major, so the eye finds months
       * among the weeks. */
      hearth_chart_day_to_ymd (day, NULL, NULL, &day_of_month);
      add_tick (ticks, self, day, day_of_month <= 7, HEARTH_TIME_UNIT_WEEK);
    }
}

static void
add_month_ticks (GArray                *ticks,
                 const HearthTimeScale *self,
                 gint32                 first,
                 gint32                 last,
                 int                    months_per_tick,
                 HearthTimeUnit         unit)
{
  int year, month, day_of_month;

  hearth_chart_day_to_ymd (first, &year, &month, &day_of_month);

  /* Start at the first month boundary in the window that falls on the
   * grid: every month, or January, April, July and October. */
  if (day_of_month != 1)
    month++;
  while ((month - 1) % months_per_tick != 0)
    month++;
  year += (month - 1) / 12;
  month = (month - 1) % 12 + 1;

  while (year <= 9999)
    {
      gint32 day = hearth_chart_day_from_ymd (year, month, 1);

      if (day > last)
        break;

      add_tick (ticks, self, day, month == 1, unit);

      month += months_per_tick;
      if (month > 12)
        {
          month -= 12;
          year++;
        }
    }
}

static void
add_year_ticks (GArray                *ticks,
                const HearthTimeScale *self,
                gint32                 first,
                gint32                 last,
                const TickStep        *step)
{
  int year, month, day_of_month;

  hearth_chart_day_to_ymd (first, &year, &month, &day_of_month);

  if (month != 1 || day_of_month != 1)
    year++;
  year = (year + (int) step->step - 1) / (int) step->step * (int) step->step;

  for (; year <= 9999; year += (int) step->step)
    {
      gint32 day = hearth_chart_day_from_ymd (year, 1, 1);

      if (day > last)
        break;

      add_tick (ticks, self, day, year % (int) step->major_every == 0, HEARTH_TIME_UNIT_YEAR);
    }
}

static void
clear_tick (gpointer data)
{
  HearthTimeTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

/**
 * hearth_time_scale_new:
 * @from: the day number at @x0
 * @to: the day number at @x1, greater than @from
 * @x0: the left edge in pixels
 * @x1: the right edge in pixels, greater than @x0
 *
 * Creates a time scale on the heap; see hearth_time_scale_init().
 *
 * Returns: (transfer full): a new time scale; free it with
 *   hearth_time_scale_free()
 */
HearthTimeScale *
hearth_time_scale_new (double from,
                       double to,
                       double x0,
                       double x1)
{
  HearthTimeScale *self;

  g_return_val_if_fail (isfinite (from) && isfinite (to) && from < to, NULL);
  g_return_val_if_fail (isfinite (x0) && isfinite (x1) && x0 < x1, NULL);

  self = g_new0 (HearthTimeScale, 1);
  hearth_time_scale_init (self, from, to, x0, x1);

  return self;
}

/**
 * hearth_time_scale_copy:
 * @self: a time scale
 *
 * Returns: (transfer full): a copy of @self
 */
HearthTimeScale *
hearth_time_scale_copy (const HearthTimeScale *self)
{
  HearthTimeScale *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (HearthTimeScale, 1);
  *copy = *self;

  return copy;
}

/**
 * hearth_time_scale_free:
 * @self: (nullable): a time scale from hearth_time_scale_new() or
 *   hearth_time_scale_copy()
 *
 * Frees @self.
 */
void
hearth_time_scale_free (HearthTimeScale *self)
{
  g_free (self);
}

/**
 * hearth_time_scale_init:
 * @self: (out caller-allocates): the time scale to set
 * @from: the day number at @x0
 * @to: the day number at @x1, greater than @from
 * @x0: the left edge in pixels
 * @x1: the right edge in pixels, greater than @x0
 *
 * Sets @self to map the days [@from, @to] onto the pixels [@x0, @x1]. The
 * span is taken as given; only hearth_time_scale_zoom() keeps it between
 * %HEARTH_TIME_SCALE_MIN_SPAN_DAYS and %HEARTH_TIME_SCALE_MAX_SPAN_DAYS.
 */
void
hearth_time_scale_init (HearthTimeScale *self,
                        double           from,
                        double           to,
                        double           x0,
                        double           x1)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (isfinite (from) && isfinite (to) && from < to);
  g_return_if_fail (isfinite (x0) && isfinite (x1) && x0 < x1);

  self->from = from;
  self->to = to;
  self->x0 = x0;
  self->x1 = x1;
}

/**
 * hearth_time_scale_get_span:
 * @self: a time scale
 *
 * Returns: the number of days shown, @to - @from
 */
double
hearth_time_scale_get_span (const HearthTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->to - self->from;
}

/**
 * hearth_time_scale_get_width:
 * @self: a time scale
 *
 * Returns: the width in pixels, @x1 - @x0
 */
double
hearth_time_scale_get_width (const HearthTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->x1 - self->x0;
}

/**
 * hearth_time_scale_get_pixels_per_day:
 * @self: a time scale
 *
 * Returns: how many pixels one day takes
 */
double
hearth_time_scale_get_pixels_per_day (const HearthTimeScale *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return (self->x1 - self->x0) / (self->to - self->from);
}

/**
 * hearth_time_scale_day_to_x:
 * @self: a time scale
 * @day: a day number, fractional; need not be inside the window
 *
 * Returns: the x position of @day in pixels (outside [@x0, @x1] for days
 *   outside the window)
 */
double
hearth_time_scale_day_to_x (const HearthTimeScale *self,
                            double                 day)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->x0 + (day - self->from) * (self->x1 - self->x0) / (self->to - self->from);
}

/**
 * hearth_time_scale_x_to_day:
 * @self: a time scale
 * @x: a position in pixels; need not be inside [@x0, @x1]
 *
 * The inverse of hearth_time_scale_day_to_x(). Round down with floor() to
 * find the day under a pointer.
 *
 * Returns: the fractional day number at @x
 */
double
hearth_time_scale_x_to_day (const HearthTimeScale *self,
                            double                 x)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->from + (x - self->x0) * (self->to - self->from) / (self->x1 - self->x0);
}

/**
 * hearth_time_scale_zoom:
 * @self: a time scale
 * @anchor_x: the position in pixels that keeps its day, usually the pointer
 * @factor: how much to magnify: above 1 zooms in (fewer days), below 1
 *   zooms out
 *
 * Zooms around @anchor_x. The span stays between
 * %HEARTH_TIME_SCALE_MIN_SPAN_DAYS and %HEARTH_TIME_SCALE_MAX_SPAN_DAYS
 * (a span already outside those limits never moves further out), and the
 * window stays within the valid days, shifting if it must.
 *
 * Returns: %TRUE if the window changed
 */
gboolean
hearth_time_scale_zoom (HearthTimeScale *self,
                        double           anchor_x,
                        double           factor)
{
  double span, new_span, anchor_day, anchor_fraction;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (isfinite (anchor_x), FALSE);
  g_return_val_if_fail (isfinite (factor) && factor > 0.0, FALSE);

  span = hearth_time_scale_get_span (self);
  new_span = CLAMP (span / factor,
                    MIN (span, HEARTH_TIME_SCALE_MIN_SPAN_DAYS),
                    MAX (span, HEARTH_TIME_SCALE_MAX_SPAN_DAYS));
  new_span = MIN (new_span, DOMAIN_TO - DOMAIN_FROM);

  anchor_day = hearth_time_scale_x_to_day (self, anchor_x);
  anchor_fraction = (anchor_x - self->x0) / (self->x1 - self->x0);

  return set_range_within_domain (self, anchor_day - anchor_fraction * new_span, new_span);
}

/**
 * hearth_time_scale_pan:
 * @self: a time scale
 * @dx: the distance in pixels to move the content; positive moves it to
 *   the right (bringing earlier days into view), as when dragging
 *
 * Moves the window by @dx pixels without changing its span. The window
 * stops at the first and last valid days.
 *
 * Returns: %TRUE if the window changed
 */
gboolean
hearth_time_scale_pan (HearthTimeScale *self,
                       double           dx)
{
  double span;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (isfinite (dx), FALSE);

  span = hearth_time_scale_get_span (self);

  return set_range_within_domain (self,
                                  self->from - dx / hearth_time_scale_get_pixels_per_day (self),
                                  span);
}

/**
 * hearth_time_scale_choose_unit:
 * @self: a time scale
 * @min_spacing: the least distance in pixels between two ticks, such as
 *   the widest label plus a margin; greater than 0
 * @unit: (out) (optional): the finest unit whose ticks keep that distance
 * @step: (out) (optional): how many units one tick spans (above 1 only
 *   for years: 2, 5, 10, 20, 50 or 100)
 *
 * Chooses the tick interval for the axis: the finest of days, weeks,
 * months, quarters and years (in steps of 1 to 100) whose shortest
 * interval still spans @min_spacing pixels.
 */
void
hearth_time_scale_choose_unit (const HearthTimeScale *self,
                               double                 min_spacing,
                               HearthTimeUnit        *unit,
                               guint                 *step)
{
  const TickStep *tick_step;

  g_return_if_fail (self != NULL);
  g_return_if_fail (min_spacing > 0.0);

  tick_step = find_tick_step (self, min_spacing);

  if (unit != NULL)
    *unit = tick_step->unit;
  if (step != NULL)
    *step = tick_step->step;
}

/**
 * hearth_time_scale_ticks:
 * @self: a time scale
 * @min_spacing: the least distance in pixels between two ticks; greater
 *   than 0
 * @unit: (out) (optional): the unit chosen, as by
 *   hearth_time_scale_choose_unit()
 * @step: (out) (optional): the step chosen
 *
 * Lays out the ticks of a time axis: every tick whose day starts inside
 * [@from, @to], in order, at least @min_spacing pixels apart (unless even
 * a century is narrower than that), each with its label. Ticks fall on
 * calendar boundaries: days, Mondays, the first of a month or quarter, or
 * the first of January.
 *
 * Returns: (transfer full) (element-type HearthTimeTick): the ticks; the
 *   array frees their labels
 */
GArray *
hearth_time_scale_ticks (const HearthTimeScale *self,
                         double                 min_spacing,
                         HearthTimeUnit        *unit,
                         guint                 *step)
{
  g_autoptr(GArray) ticks = NULL;
  const TickStep *tick_step;
  double first, last;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (min_spacing > 0.0, NULL);

  ticks = g_array_new (FALSE, FALSE, sizeof (HearthTimeTick));
  g_array_set_clear_func (ticks, clear_tick);

  tick_step = find_tick_step (self, min_spacing);
  if (unit != NULL)
    *unit = tick_step->unit;
  if (step != NULL)
    *step = tick_step->step;

  first = MAX (ceil (self->from), (double) HEARTH_CHART_DAY_MIN);
  last = MIN (floor (self->to), (double) HEARTH_CHART_DAY_MAX);
  if (first > last)
    return g_steal_pointer (&ticks);

  switch (tick_step->unit)
    {
    case HEARTH_TIME_UNIT_DAY:
      add_day_ticks (ticks, self, (gint32) first, (gint32) last);
      break;

    case HEARTH_TIME_UNIT_WEEK:
      add_week_ticks (ticks, self, (gint32) first, (gint32) last);
      break;

    case HEARTH_TIME_UNIT_MONTH:
      add_month_ticks (ticks, self, (gint32) first, (gint32) last, 1, HEARTH_TIME_UNIT_MONTH);
      break;

    case HEARTH_TIME_UNIT_QUARTER:
      add_month_ticks (ticks, self, (gint32) first, (gint32) last, 3, HEARTH_TIME_UNIT_QUARTER);
      break;

    case HEARTH_TIME_UNIT_YEAR:
      add_year_ticks (ticks, self, (gint32) first, (gint32) last, tick_step);
      break;

    default:
      g_assert_not_reached ();
    }

  return g_steal_pointer (&ticks);
}

/**
 * hearth_time_scale_format_day:
 * @day: a valid day number
 * @unit: the unit the label names
 *
 * Formats @day as a tick label for @unit, in the user's language: "14 Mar"
 * for days and weeks, "Mar 2025" for months and quarters, "2025" for years.
 *
 * Returns: (transfer full): the label
 */
char *
hearth_time_scale_format_day (gint32         day,
                              HearthTimeUnit unit)
{
  int year, month, day_of_month;
  const char *month_name;

  g_return_val_if_fail (hearth_chart_day_is_valid (day), NULL);

  hearth_chart_day_to_ymd (day, &year, &month, &day_of_month);
  month_name = g_dpgettext2 (GETTEXT_PACKAGE, "abbreviated month", month_abbreviations[month - 1]);

  switch (unit)
    {
    case HEARTH_TIME_UNIT_DAY:
    case HEARTH_TIME_UNIT_WEEK:
      /* Translators: a tick label on the timeline axis: the day of the
       * month and the abbreviated month name, as in "14 Mar". Reorder with
       * "%2$s %1$d" if your language puts the month first. */
      return g_strdup_printf (C_("timeline tick", "%d %s"), day_of_month, month_name);

    case HEARTH_TIME_UNIT_MONTH:
    case HEARTH_TIME_UNIT_QUARTER:
      /* Translators: a tick label on the timeline axis: the abbreviated
       * month name and the year, as in "Mar 2025". */
      return g_strdup_printf (C_("timeline tick", "%s %d"), month_name, year);

    case HEARTH_TIME_UNIT_YEAR:
      return g_strdup_printf ("%d", year);

    default:
      g_return_val_if_reached (NULL);
    }
}
