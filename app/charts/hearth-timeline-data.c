/* hearth-timeline-data.c
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

#include "hearth-chart-palette.h"
#include "hearth-timeline-data.h"

/* Eight weeks: the default of the drift-threshold-weeks preference. */
#define DEFAULT_DRIFT_THRESHOLD_DAYS (8 * 7)

typedef struct
{
  HearthTimelinePeriod period;
  HearthPeriodKind     kind;
} PeriodEntry;

struct _HearthTimelineData
{
  char      *title;
  GPtrArray *lanes;       /* owned; char * */
  GArray    *events;      /* owned; HearthTimelineEvent, by day once sealed */
  GArray    *items;       /* owned; HearthTimelineItem, parallel to events */
  GArray    *periods;     /* owned; HearthTimelinePeriod */
  GArray    *period_kinds;/* owned; HearthPeriodKind, parallel to periods */
  gint32     drift_threshold;
  gint32     today;
  char      *level_names[HEARTH_CHART_N_LEVELS];
  gboolean   sorted;
  gboolean   sealed;
};

G_DEFINE_BOXED_TYPE (HearthTimelineData,
                     hearth_timeline_data,
                     hearth_timeline_data_ref,
                     hearth_timeline_data_unref)

static const HearthTimelineGroup category_groups[HEARTH_EVENT_N_CATEGORIES] = {
  [HEARTH_EVENT_CATEGORY_HOUSEHOLD_CHANGE] = HEARTH_TIMELINE_GROUP_HOUSEHOLD,
  [HEARTH_EVENT_CATEGORY_NEW_ADULT] = HEARTH_TIMELINE_GROUP_HOUSEHOLD,
  [HEARTH_EVENT_CATEGORY_MOVE] = HEARTH_TIMELINE_GROUP_HOUSEHOLD,
  [HEARTH_EVENT_CATEGORY_SCHOOL_CHANGE] = HEARTH_TIMELINE_GROUP_EDUCATION,
  [HEARTH_EVENT_CATEGORY_EXCLUSION] = HEARTH_TIMELINE_GROUP_EDUCATION,
  [HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT] = HEARTH_TIMELINE_GROUP_HEALTH,
  [HEARTH_EVENT_CATEGORY_AE_ATTENDANCE] = HEARTH_TIMELINE_GROUP_HEALTH,
  [HEARTH_EVENT_CATEGORY_HEALTH] = HEARTH_TIMELINE_GROUP_HEALTH,
  [HEARTH_EVENT_CATEGORY_EDUCATION] = HEARTH_TIMELINE_GROUP_EDUCATION,
  [HEARTH_EVENT_CATEGORY_DOMESTIC_ABUSE] = HEARTH_TIMELINE_GROUP_SAFETY,
  [HEARTH_EVENT_CATEGORY_SUBSTANCE_MISUSE] = HEARTH_TIMELINE_GROUP_SAFETY,
  [HEARTH_EVENT_CATEGORY_POLICE] = HEARTH_TIMELINE_GROUP_SAFETY,
  [HEARTH_EVENT_CATEGORY_MISSING_EPISODE] = HEARTH_TIMELINE_GROUP_SAFETY,
  [HEARTH_EVENT_CATEGORY_REFERRAL] = HEARTH_TIMELINE_GROUP_INVOLVEMENT,
  [HEARTH_EVENT_CATEGORY_ASSESSMENT] = HEARTH_TIMELINE_GROUP_INVOLVEMENT,
  [HEARTH_EVENT_CATEGORY_PLAN_OR_MEETING] = HEARTH_TIMELINE_GROUP_INVOLVEMENT,
  [HEARTH_EVENT_CATEGORY_SUPPORT_GIVEN] = HEARTH_TIMELINE_GROUP_INVOLVEMENT,
  [HEARTH_EVENT_CATEGORY_POSITIVE] = HEARTH_TIMELINE_GROUP_POSITIVE,
  [HEARTH_EVENT_CATEGORY_VISIT] = HEARTH_TIMELINE_GROUP_INVOLVEMENT,
  [HEARTH_EVENT_CATEGORY_OTHER] = HEARTH_TIMELINE_GROUP_OTHER,
};

static const char * const group_labels[HEARTH_TIMELINE_N_GROUPS] = {
  /* Translators: groups of chronology events in the timeline's legend. */
  [HEARTH_TIMELINE_GROUP_HOUSEHOLD] = N_("Household and home"),
  [HEARTH_TIMELINE_GROUP_EDUCATION] = N_("Education"),
  [HEARTH_TIMELINE_GROUP_HEALTH] = N_("Health"),
  [HEARTH_TIMELINE_GROUP_SAFETY] = N_("Safety and harm"),
  [HEARTH_TIMELINE_GROUP_INVOLVEMENT] = N_("Services and visits"),
  [HEARTH_TIMELINE_GROUP_POSITIVE] = N_("Positive"),
  [HEARTH_TIMELINE_GROUP_OTHER] = N_("Other"),
  [HEARTH_TIMELINE_GROUP_ASSESSMENT] = N_("Assessment"),
};

static const HearthChartShape group_shapes[HEARTH_TIMELINE_N_GROUPS] = {
  [HEARTH_TIMELINE_GROUP_HOUSEHOLD] = HEARTH_CHART_SHAPE_SQUARE,
  [HEARTH_TIMELINE_GROUP_EDUCATION] = HEARTH_CHART_SHAPE_TRIANGLE_UP,
  [HEARTH_TIMELINE_GROUP_HEALTH] = HEARTH_CHART_SHAPE_PLUS,
  [HEARTH_TIMELINE_GROUP_SAFETY] = HEARTH_CHART_SHAPE_DIAMOND,
  [HEARTH_TIMELINE_GROUP_INVOLVEMENT] = HEARTH_CHART_SHAPE_CIRCLE,
  [HEARTH_TIMELINE_GROUP_POSITIVE] = HEARTH_CHART_SHAPE_STAR,
  [HEARTH_TIMELINE_GROUP_OTHER] = HEARTH_CHART_SHAPE_TRIANGLE_DOWN,
  [HEARTH_TIMELINE_GROUP_ASSESSMENT] = HEARTH_CHART_SHAPE_BADGE,
};

/* Indices into HearthChartPalette.hues (Okabe–Ito order: blue,
 * vermillion, bluish green, orange, reddish purple, sky blue, yellow,
 * grey). Safety gets vermillion, the hue of alarm; assessments are
 * coloured by their level instead, so their hue only tints clusters. */
static const guint group_hues[HEARTH_TIMELINE_N_GROUPS] = {
  [HEARTH_TIMELINE_GROUP_HOUSEHOLD] = 3,
  [HEARTH_TIMELINE_GROUP_EDUCATION] = 0,
  [HEARTH_TIMELINE_GROUP_HEALTH] = 2,
  [HEARTH_TIMELINE_GROUP_SAFETY] = 1,
  [HEARTH_TIMELINE_GROUP_INVOLVEMENT] = 5,
  [HEARTH_TIMELINE_GROUP_POSITIVE] = 4,
  [HEARTH_TIMELINE_GROUP_OTHER] = 7,
  [HEARTH_TIMELINE_GROUP_ASSESSMENT] = 7,
};

static const char * const period_short_labels[HEARTH_CHART_N_PERIOD_KINDS] = {
  /* Translators: short names of periods of involvement, written on the
   * shaded span of the period in the timeline. */
  [HEARTH_PERIOD_KIND_EARLY_HELP] = N_("Early help"),
  [HEARTH_PERIOD_KIND_CHILD_IN_NEED] = N_("CIN plan"),
  [HEARTH_PERIOD_KIND_CHILD_PROTECTION] = N_("CP plan"),
  [HEARTH_PERIOD_KIND_LOOKED_AFTER] = N_("Looked after"),
};

static void
clear_item (gpointer data)
{
  HearthTimelineItem *item = data;

  g_clear_pointer (&item->summary, g_free);
}

static void
free_data (gpointer data)
{
  HearthTimelineData *self = data;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->period_kinds, g_array_unref);
  for (guint i = 0; i < HEARTH_CHART_N_LEVELS; i++)
    g_clear_pointer (&self->level_names[i], g_free);
}

typedef struct
{
  gint32 day;
  guint  index;
} SortKey;

static int
compare_sort_keys (gconstpointer a,
                   gconstpointer b)
{
  const SortKey *key_a = a;
  const SortKey *key_b = b;

  if (key_a->day != key_b->day)
    return key_a->day < key_b->day ? -1 : 1;
  return key_a->index < key_b->index ? -1 : key_a->index > key_b->index;
}

/* Sorts the events by day, keeping the order they were added within a
 * day, and their items with them. */
static void
sort_events (HearthTimelineData *self)
{
  g_autofree SortKey *keys = NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) items = NULL;
  guint n = self->events->len;

  keys = g_new (SortKey, n);
  for (guint i = 0; i < n; i++)
    {
      keys[i].day = g_array_index (self->events, HearthTimelineEvent, i).day;
      keys[i].index = i;
    }
  qsort (keys, n, sizeof (SortKey), compare_sort_keys);

  events = g_array_sized_new (FALSE, FALSE, sizeof (HearthTimelineEvent), n);
  items = g_array_sized_new (FALSE, FALSE, sizeof (HearthTimelineItem), n);
  g_array_set_clear_func (items, clear_item);
  for (guint i = 0; i < n; i++)
    {
      g_array_append_val (events, g_array_index (self->events, HearthTimelineEvent, keys[i].index));
      g_array_append_val (items, g_array_index (self->items, HearthTimelineItem, keys[i].index));
    }

  /* The summaries moved to the new array: the old one must not free them. */
  g_array_set_clear_func (self->items, NULL);
  g_array_unref (self->events);
  g_array_unref (self->items);
  self->events = g_steal_pointer (&events);
  self->items = g_steal_pointer (&items);
  self->sorted = TRUE;
}

/**
 * hearth_timeline_data_new:
 * @title: the chart's title, such as the family's name
 *
 * Returns: (transfer full): new, empty timeline data
 */
HearthTimelineData *
hearth_timeline_data_new (const char *title)
{
  HearthTimelineData *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_atomic_rc_box_new0 (HearthTimelineData);
  self->title = g_strdup (title);
  self->lanes = g_ptr_array_new_with_free_func (g_free);
  self->events = g_array_new (FALSE, FALSE, sizeof (HearthTimelineEvent));
  self->items = g_array_new (FALSE, FALSE, sizeof (HearthTimelineItem));
  g_array_set_clear_func (self->items, clear_item);
  self->periods = g_array_new (FALSE, FALSE, sizeof (HearthTimelinePeriod));
  self->period_kinds = g_array_new (FALSE, FALSE, sizeof (HearthPeriodKind));
  self->drift_threshold = DEFAULT_DRIFT_THRESHOLD_DAYS;
  self->today = HEARTH_CHART_DAY_NONE;
  self->sorted = TRUE;

  return self;
}

/**
 * hearth_timeline_data_ref:
 * @self: timeline data
 *
 * Returns: (transfer full): @self, with one more reference
 */
HearthTimelineData *
hearth_timeline_data_ref (HearthTimelineData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

/**
 * hearth_timeline_data_unref:
 * @self: (transfer full): timeline data
 *
 * Drops a reference, freeing @self with the last one.
 */
void
hearth_timeline_data_unref (HearthTimelineData *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, free_data);
}

/**
 * hearth_timeline_data_add_lane:
 * @self: timeline data, not yet sealed
 * @label: the lane's name, such as a child's name or "Household"
 *
 * Adds a lane below those already added.
 *
 * Returns: the lane's index, for the lane bits of events and periods
 */
guint
hearth_timeline_data_add_lane (HearthTimelineData *self,
                               const char         *label)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (!self->sealed, 0);
  g_return_val_if_fail (label != NULL, 0);
  g_return_val_if_fail (self->lanes->len < HEARTH_TIMELINE_MAX_LANES, 0);

  g_ptr_array_add (self->lanes, g_strdup (label));
  return self->lanes->len - 1;
}

/**
 * hearth_timeline_data_add_event:
 * @self: timeline data, not yet sealed
 * @event: where the event goes: its day, group, significance (for an
 *   assessment, the level of need of its result, 0 for insufficient
 *   information), flags and lanes
 * @kind: the kind of record
 * @id: the record's row id
 * @label: a short label, such as the category's name
 * @summary: (nullable): a line or two for the tooltip
 *
 * Adds an event, in any order.
 */
void
hearth_timeline_data_add_event (HearthTimelineData        *self,
                                const HearthTimelineEvent *event,
                                HearthTimelineItemKind     kind,
                                gint64                     id,
                                const char                *label,
                                const char                *summary)
{
  HearthTimelineItem item;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->sealed);
  g_return_if_fail (event != NULL && label != NULL);
  g_return_if_fail (event->group < HEARTH_TIMELINE_N_GROUPS);
  g_return_if_fail (hearth_chart_day_is_valid (event->day));

  if (self->events->len > 0
      && g_array_index (self->events, HearthTimelineEvent, self->events->len - 1).day > event->day)
    self->sorted = FALSE;

  item.kind = kind;
  item.id = id;
  item.label = g_intern_string (label);
  item.summary = g_strdup (summary);
  g_array_append_val (self->events, *event);
  g_array_append_val (self->items, item);
}

/**
 * hearth_timeline_data_add_period:
 * @self: timeline data, not yet sealed
 * @period: the days and lanes of the period
 * @kind: the kind of period, which decides its shading and name
 *
 * Adds a period, drawn as a shaded span in its lanes.
 */
void
hearth_timeline_data_add_period (HearthTimelineData         *self,
                                 const HearthTimelinePeriod *period,
                                 HearthPeriodKind            kind)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->sealed);
  g_return_if_fail (period != NULL);
  g_return_if_fail ((guint) kind < HEARTH_CHART_N_PERIOD_KINDS);

  g_array_append_val (self->periods, *period);
  g_array_append_val (self->period_kinds, kind);
}

/**
 * hearth_timeline_data_set_drift_threshold:
 * @self: timeline data
 * @days: the longest stretch without action that is not yet possible
 *   drift, at least 1
 *
 * Sets the drift threshold; the default is eight weeks.
 */
void
hearth_timeline_data_set_drift_threshold (HearthTimelineData *self,
                                          gint32              days)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (days >= 1);

  self->drift_threshold = days;
}

/**
 * hearth_timeline_data_set_today:
 * @self: timeline data
 * @day: today's day number, or %HEARTH_CHART_DAY_NONE
 *
 * Sets today, which the last stretch without action is measured to and
 * which the timeline marks. Without it (the default) only stretches
 * between two actions count.
 */
void
hearth_timeline_data_set_today (HearthTimelineData *self,
                                gint32              day)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (day == HEARTH_CHART_DAY_NONE || hearth_chart_day_is_valid (day));

  self->today = day;
}

/**
 * hearth_timeline_data_set_level_name:
 * @self: timeline data
 * @level: a level of need, 1 to 4
 * @name: its name in the local scheme, such as "Early help"
 *
 * Names a level of need for the legend; the default is "Level N".
 */
void
hearth_timeline_data_set_level_name (HearthTimelineData *self,
                                     int                 level,
                                     const char         *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (level >= 1 && level < HEARTH_CHART_N_LEVELS);
  g_return_if_fail (name != NULL);

  g_free (self->level_names[level]);
  self->level_names[level] = g_strdup (name);
}

/**
 * hearth_timeline_data_seal:
 * @self: timeline data
 *
 * Sorts the events by day and freezes @self: charts hold pointers into
 * its arrays. Called by the getters of events; calling it again does
 * nothing.
 */
void
hearth_timeline_data_seal (HearthTimelineData *self)
{
  g_return_if_fail (self != NULL);

  if (self->sealed)
    return;

  if (!self->sorted)
    sort_events (self);
  self->sealed = TRUE;
}

/**
 * hearth_timeline_data_get_title:
 * @self: timeline data
 *
 * Returns: (transfer none): the title
 */
const char *
hearth_timeline_data_get_title (HearthTimelineData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * hearth_timeline_data_get_n_lanes:
 * @self: timeline data
 *
 * Returns: the number of lanes
 */
guint
hearth_timeline_data_get_n_lanes (HearthTimelineData *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->lanes->len;
}

/**
 * hearth_timeline_data_get_lane_label:
 * @self: timeline data
 * @lane: a lane's index
 *
 * Returns: (transfer none): the lane's name
 */
const char *
hearth_timeline_data_get_lane_label (HearthTimelineData *self,
                                     guint               lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  return g_ptr_array_index (self->lanes, lane);
}

/**
 * hearth_timeline_data_get_events:
 * @self: timeline data; sealed by this call
 * @n_events: (out): the number of events
 *
 * Returns: (transfer none) (array length=n_events): the events, sorted by
 *   day
 */
const HearthTimelineEvent *
hearth_timeline_data_get_events (HearthTimelineData *self,
                                 gsize              *n_events)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_events != NULL, NULL);

  hearth_timeline_data_seal (self);
  *n_events = self->events->len;
  return (const HearthTimelineEvent *) (gpointer) self->events->data;
}

/**
 * hearth_timeline_data_get_item:
 * @self: timeline data; sealed by this call
 * @index: an index into the events
 *
 * Returns: (transfer none): what is known of the event at @index
 */
const HearthTimelineItem *
hearth_timeline_data_get_item (HearthTimelineData *self,
                               gsize               index)
{
  g_return_val_if_fail (self != NULL, NULL);

  hearth_timeline_data_seal (self);
  g_return_val_if_fail (index < self->items->len, NULL);

  return &g_array_index (self->items, HearthTimelineItem, index);
}

/**
 * hearth_timeline_data_get_periods:
 * @self: timeline data
 * @n_periods: (out): the number of periods
 *
 * Returns: (transfer none) (array length=n_periods): the periods, in the
 *   order they were added
 */
const HearthTimelinePeriod *
hearth_timeline_data_get_periods (HearthTimelineData *self,
                                  gsize              *n_periods)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_periods != NULL, NULL);

  *n_periods = self->periods->len;
  return (const HearthTimelinePeriod *) (gpointer) self->periods->data;
}

/**
 * hearth_timeline_data_get_period_kind:
 * @self: timeline data
 * @index: an index into the periods
 *
 * Returns: the kind of the period at @index
 */
HearthPeriodKind
hearth_timeline_data_get_period_kind (HearthTimelineData *self,
                                      gsize               index)
{
  g_return_val_if_fail (self != NULL, HEARTH_PERIOD_KIND_EARLY_HELP);
  g_return_val_if_fail (index < self->period_kinds->len, HEARTH_PERIOD_KIND_EARLY_HELP);

  return g_array_index (self->period_kinds, HearthPeriodKind, index);
}

/**
 * hearth_timeline_data_get_drift_threshold:
 * @self: timeline data
 *
 * Returns: the drift threshold in days
 */
gint32
hearth_timeline_data_get_drift_threshold (HearthTimelineData *self)
{
  g_return_val_if_fail (self != NULL, DEFAULT_DRIFT_THRESHOLD_DAYS);

  return self->drift_threshold;
}

/**
 * hearth_timeline_data_get_today:
 * @self: timeline data
 *
 * Returns: today's day number, or %HEARTH_CHART_DAY_NONE when not set
 */
gint32
hearth_timeline_data_get_today (HearthTimelineData *self)
{
  g_return_val_if_fail (self != NULL, HEARTH_CHART_DAY_NONE);

  return self->today;
}

/**
 * hearth_timeline_data_get_level_name:
 * @self: timeline data
 * @level: a level of need, 1 to 4, or 0 for insufficient information
 *
 * Returns: (transfer none): the level's name
 */
const char *
hearth_timeline_data_get_level_name (HearthTimelineData *self,
                                     int                 level)
{
  static const char * const defaults[HEARTH_CHART_N_LEVELS] = {
    N_("Insufficient information"), N_("Level 1"), N_("Level 2"), N_("Level 3"), N_("Level 4"),
  };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (level >= 0 && level < HEARTH_CHART_N_LEVELS, NULL);

  if (self->level_names[level] != NULL)
    return self->level_names[level];
  return _(defaults[level]);
}

/**
 * hearth_timeline_group_for_category:
 * @category: a chronology category
 *
 * Returns: the group whose shape marks events of @category
 */
HearthTimelineGroup
hearth_timeline_group_for_category (HearthEventCategory category)
{
  g_return_val_if_fail ((guint) category < HEARTH_EVENT_N_CATEGORIES, HEARTH_TIMELINE_GROUP_OTHER);

  return category_groups[category];
}

/**
 * hearth_timeline_category_is_action:
 * @category: a chronology category
 *
 * Tells whether an event of @category is something the service did — a
 * referral, an assessment, a plan or meeting, support, a visit — and so
 * ends a stretch of possible drift (DESIGN.md, "Drift, delay").
 *
 * Returns: %TRUE for an action
 */
gboolean
hearth_timeline_category_is_action (HearthEventCategory category)
{
  switch (category)
    {
    case HEARTH_EVENT_CATEGORY_REFERRAL:
    case HEARTH_EVENT_CATEGORY_ASSESSMENT:
    case HEARTH_EVENT_CATEGORY_PLAN_OR_MEETING:
    case HEARTH_EVENT_CATEGORY_SUPPORT_GIVEN:
    case HEARTH_EVENT_CATEGORY_VISIT:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * hearth_timeline_group_get_label:
 * @group: a group
 *
 * Returns: (transfer none): the group's translated name
 */
const char *
hearth_timeline_group_get_label (HearthTimelineGroup group)
{
  g_return_val_if_fail ((guint) group < HEARTH_TIMELINE_N_GROUPS, NULL);

  return _(group_labels[group]);
}

/**
 * hearth_timeline_group_get_shape:
 * @group: a group
 *
 * Returns: the shape of the group's markers
 */
HearthChartShape
hearth_timeline_group_get_shape (HearthTimelineGroup group)
{
  g_return_val_if_fail ((guint) group < HEARTH_TIMELINE_N_GROUPS, HEARTH_CHART_SHAPE_CIRCLE);

  return group_shapes[group];
}

/**
 * hearth_timeline_group_get_hue:
 * @group: a group
 *
 * Returns: the index of the group's hue in #HearthChartPalette.hues
 */
guint
hearth_timeline_group_get_hue (HearthTimelineGroup group)
{
  g_return_val_if_fail ((guint) group < HEARTH_TIMELINE_N_GROUPS, HEARTH_CHART_N_HUES - 1);

  return group_hues[group];
}

/**
 * hearth_timeline_period_kind_get_short_label:
 * @kind: a kind of period
 *
 * Returns: (transfer none): a short translated name, to fit on a span
 */
const char *
hearth_timeline_period_kind_get_short_label (HearthPeriodKind kind)
{
  g_return_val_if_fail ((guint) kind < HEARTH_CHART_N_PERIOD_KINDS, NULL);

  return _(period_short_labels[kind]);
}
