/* hearth-timeline-chart-text.c
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

/* The words of the timeline: its legend, the period it shows, tooltips,
 * and the summary screen readers read in place of the picture. */

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hearth-timeline-chart-private.h"

static const char *
describe_significance (guint8 significance)
{
  switch (significance)
    {
    case 0:
      return C_("significance", "low");
    case 1:
      return C_("significance", "medium");
    default:
      return C_("significance", "high");
    }
}

/**
 * hearth_timeline_chart_dup_period_text:
 * @from: the first day of a window (fractional)
 * @to: the end of the window
 *
 * Returns: (transfer full): the days a window shows, such as
 *   "3 Mar 2024 – 2 Apr 2024"
 */
char *
hearth_timeline_chart_dup_period_text (double from,
                                       double to)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gint32 first_day, last_day;

  g_return_val_if_fail (from < to, NULL);

  first_day = (gint32) CLAMP (floor (from), HEARTH_CHART_DAY_MIN, HEARTH_CHART_DAY_MAX);
  last_day = (gint32) CLAMP (ceil (to) - 1.0, first_day, HEARTH_CHART_DAY_MAX);
  first = hearth_chart_format_day (first_day);
  last = hearth_chart_format_day (last_day);

  /* Translators: the period a chart shows, from the first day to the last. */
  return g_strdup_printf (_("%s – %s"), first, last);
}

/**
 * hearth_timeline_chart_dup_gap_label:
 * @gap: a stretch without action
 *
 * Returns: (transfer full): the label of a possible drift
 */
char *
hearth_timeline_chart_dup_gap_label (const HearthDayRange *gap)
{
  gint64 days = (gint64) gap->to - gap->from;
  int weeks = (int) (days / 7);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Possible drift: %d week without action",
                                       "Possible drift: %d weeks without action",
                                       weeks),
                          weeks);
}

static void
add_item (HearthChartLegendItem  *items,
          guint                  *n_items,
          guint                   max_items,
          HearthChartLegendKind   kind,
          HearthChartShape        shape,
          HearthChartFill         fill,
          const HearthChartColor *color,
          const char             *badge,
          const char             *label)
{
  if (*n_items >= max_items)
    return;

  items[*n_items] = (HearthChartLegendItem) { kind, shape, fill, color, badge, label };
  (*n_items)++;
}

/**
 * hearth_timeline_chart_build_legend:
 * @self: a chart
 * @palette: the palette
 * @items: (out caller-allocates) (array length=max_items): the entries
 * @max_items: room in @items
 * @strings: strings the entries borrow, freed with the array
 *
 * Lists what the timeline's shapes, fills, colours and patterns mean: the
 * groups present, the three fills, the levels of need, the kinds of
 * period present, clusters and drift.
 *
 * Returns: the number of entries
 */
guint
hearth_timeline_chart_build_legend (HearthTimelineChart      *self,
                                    const HearthChartPalette *palette,
                                    HearthChartLegendItem    *items,
                                    guint                     max_items,
                                    GPtrArray                *strings)
{
  static const char *digits[] = { "?", "1", "2", "3", "4" };
  const HearthChartColor *grey = &palette->hues[HEARTH_CHART_N_HUES - 1];
  guint n = 0;

  for (guint group = 0; group < HEARTH_TIMELINE_GROUP_ASSESSMENT; group++)
    {
      if ((self->groups_present & (1u << group)) == 0)
        continue;
      add_item (items, &n, max_items, HEARTH_CHART_LEGEND_MARKER,
                hearth_timeline_group_get_shape (group), HEARTH_CHART_FILL_FULL,
                &palette->hues[hearth_timeline_group_get_hue (group)], NULL,
                hearth_timeline_group_get_label (group));
    }

  add_item (items, &n, max_items, HEARTH_CHART_LEGEND_MARKER, HEARTH_CHART_SHAPE_CIRCLE,
            HEARTH_CHART_FILL_HOLLOW, grey, NULL, _("Low significance"));
  add_item (items, &n, max_items, HEARTH_CHART_LEGEND_MARKER, HEARTH_CHART_SHAPE_CIRCLE,
            HEARTH_CHART_FILL_HALF, grey, NULL, _("Medium significance"));
  add_item (items, &n, max_items, HEARTH_CHART_LEGEND_MARKER, HEARTH_CHART_SHAPE_CIRCLE,
            HEARTH_CHART_FILL_FULL, grey, NULL, _("High significance"));

  if ((self->groups_present & (1u << HEARTH_TIMELINE_GROUP_ASSESSMENT)) != 0)
    {
      for (int level = 1; level < HEARTH_CHART_N_LEVELS; level++)
        {
          char *label = g_strdup_printf (_("Assessment: %s"),
                                         hearth_timeline_data_get_level_name (self->data, level));

          g_ptr_array_add (strings, label);
          add_item (items, &n, max_items, HEARTH_CHART_LEGEND_SWATCH, HEARTH_CHART_SHAPE_BADGE,
                    HEARTH_CHART_FILL_FULL, &palette->levels[level], digits[level], label);
        }
      if (self->has_insufficient)
        add_item (items, &n, max_items, HEARTH_CHART_LEGEND_HATCH, HEARTH_CHART_SHAPE_BADGE,
                  HEARTH_CHART_FILL_HOLLOW, &palette->hatch, NULL,
                  _("Assessment: insufficient information"));
    }

  for (guint kind = 0; kind < HEARTH_CHART_N_PERIOD_KINDS; kind++)
    {
      if ((self->period_kinds_present & (1u << kind)) == 0)
        continue;
      add_item (items, &n, max_items, HEARTH_CHART_LEGEND_SWATCH, HEARTH_CHART_SHAPE_SQUARE,
                HEARTH_CHART_FILL_FULL, &palette->periods[kind], NULL,
                hearth_period_kind_get_label ((HearthPeriodKind) kind));
    }

  add_item (items, &n, max_items, HEARTH_CHART_LEGEND_SWATCH, HEARTH_CHART_SHAPE_SQUARE,
            HEARTH_CHART_FILL_FULL, grey, "3",
            _("Events too close to tell apart, with their count"));

  if (self->gaps->len > 0)
    {
      char *label = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "Possible drift: over %d week without action",
                       "Possible drift: over %d weeks without action",
                       hearth_timeline_data_get_drift_threshold (self->data) / 7),
          hearth_timeline_data_get_drift_threshold (self->data) / 7);

      g_ptr_array_add (strings, label);
      add_item (items, &n, max_items, HEARTH_CHART_LEGEND_SWATCH, HEARTH_CHART_SHAPE_SQUARE,
                HEARTH_CHART_FILL_FULL, &palette->drift, NULL, label);
    }

  return n;
}

/**
 * hearth_timeline_chart_dup_marker_text:
 * @self: a chart
 * @marker: a marker of its last frame
 *
 * Describes a marker for its tooltip: the day, lane, label and summary of
 * a single event; the count, days and highest significance of a cluster.
 *
 * Returns: (transfer full): the text, plain (no markup)
 */
char *
hearth_timeline_chart_dup_marker_text (HearthTimelineChart        *self,
                                       const HearthTimelineMarker *marker)
{
  const char *lane;
  g_autofree char *first = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (marker != NULL, NULL);

  lane = hearth_timeline_data_get_lane_label (self->data, marker->lane);
  first = hearth_chart_format_day (marker->first_day);

  if (marker->count == 1)
    {
      const HearthTimelineItem *item = hearth_timeline_data_get_item (self->data, marker->first);
      GString *text = g_string_new (NULL);

      g_string_append_printf (text, "%s · %s\n%s", first, lane, item->label);
      if (item->kind == HEARTH_TIMELINE_ITEM_ASSESSMENT)
        g_string_append_printf (
            text, " · %s",
            hearth_timeline_data_get_level_name (
                self->data, MIN (marker->significance, HEARTH_CHART_N_LEVELS - 1)));
      else
        /* Translators: the significance of one chronology event. */
        g_string_append_printf (text, " · %s", describe_significance (marker->significance));
      if (item->summary != NULL && item->summary[0] != '\0')
        g_string_append_printf (text, "\n%s", item->summary);
      return g_string_free (text, FALSE);
    }
  else
    {
      g_autofree char *last = hearth_chart_format_day (marker->last_day);
      g_autofree char *count = g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%zu event", "%zu events", marker->count), marker->count);

      /* Translators: a cluster's tooltip: "12 events, 3 Mar 2024 – 28 Apr
       * 2024 · Ada", then the highest significance among them. */
      return g_strdup_printf (
          _("%s, %s – %s · %s\nHighest significance: %s\nZoom in to see each one."), count, first,
          last, lane,
          marker->group == HEARTH_TIMELINE_GROUP_ASSESSMENT
              ? hearth_timeline_data_get_level_name (
                  self->data, MIN (marker->significance, HEARTH_CHART_N_LEVELS - 1))
              : describe_significance (marker->significance));
    }
}

/**
 * hearth_timeline_chart_dup_summary:
 * @self: a chart
 *
 * Summarises what the chart shows in a few sentences, for screen readers:
 * how many events, for whom, over which days, how many are of high
 * significance, how many assessments, and the possible drift.
 *
 * Returns: (transfer full): the summary
 */
char *
hearth_timeline_chart_dup_summary (HearthTimelineChart *self)
{
  GString *summary;
  gsize n_kept, n_high = 0, n_assessments = 0;
  guint n_lanes_shown = 0;
  gint32 first_day, last_day;
  gint64 longest_gap = 0;

  g_return_val_if_fail (self != NULL, NULL);

  n_kept = hearth_timeline_index_get_n_events (self->index);
  if (n_kept == 0)
    return g_strdup (_("Chronology timeline with no events to show."));

  for (guint lane = 0; lane < self->n_lanes; lane++)
    if ((self->filter.lanes & (G_GUINT64_CONSTANT (1) << lane)) != 0)
      n_lanes_shown++;

  for (gsize i = 0; i < self->n_events; i++)
    {
      const HearthTimelineEvent *event = &self->events[i];

      if ((event->lanes & self->filter.lanes) == 0
          || (self->filter.groups & (1u << event->group)) == 0)
        continue;
      if (event->group == HEARTH_TIMELINE_GROUP_ASSESSMENT)
        n_assessments++;
      else if (event->significance >= 2)
        n_high++;
    }

  for (guint i = 0; i < self->gaps->len; i++)
    {
      const HearthDayRange *gap = &g_array_index (self->gaps, HearthDayRange, i);

      longest_gap = MAX (longest_gap, (gint64) gap->to - gap->from);
    }

  hearth_timeline_index_get_extent (self->index, &first_day, &last_day);

  summary = g_string_new (NULL);
  {
    g_autofree char *first = hearth_chart_format_day (first_day);
    g_autofree char *last = hearth_chart_format_day (last_day);

    g_string_append_printf (
        summary,
        g_dngettext (GETTEXT_PACKAGE,
                     "Chronology timeline of %zu entry in %u lanes, from %s to %s.",
                     "Chronology timeline of %zu entries in %u lanes, from %s to %s.", n_kept),
        n_kept, n_lanes_shown, first, last);
  }
  g_string_append_c (summary, ' ');
  g_string_append_printf (summary,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%zu event of high significance.",
                                       "%zu events of high significance.",
                                       n_high),
                          n_high);
  g_string_append_c (summary, ' ');
  g_string_append_printf (
      summary, g_dngettext (GETTEXT_PACKAGE, "%zu assessment.", "%zu assessments.", n_assessments),
      n_assessments);
  g_string_append_c (summary, ' ');
  if (self->gaps->len == 0)
    g_string_append (summary, _("No possible drift."));
  else
    g_string_append_printf (
        summary,
        g_dngettext (GETTEXT_PACKAGE,
                     "%u stretch of possible drift, the longest %d weeks without action.",
                     "%u stretches of possible drift, the longest %d weeks without action.",
                     self->gaps->len),
        self->gaps->len, (int) (longest_gap / 7));

  return g_string_free (summary, FALSE);
}
