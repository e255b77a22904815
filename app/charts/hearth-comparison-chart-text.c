/* hearth-comparison-chart-text.c
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

/* The words of the comparison charts: the summary screen readers read in
 * place of the picture, and the tooltip of the bar, point or cell under
 * the pointer. */

#define G_LOG_DOMAIN "hearth-charts"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-comparison-chart-private.h"

static void
append_value (GString                *text,
              HearthComparisonData   *data,
              const HearthChartValue *value)
{
  switch (value->state)
    {
    case HEARTH_CHART_VALUE_SCORED:
      g_string_append_printf (text, "%.1f", value->value);
      if (value->level > 0)
        g_string_append_printf (text, " (%s)",
                                hearth_comparison_data_get_level_name (data, value->level));
      break;
    case HEARTH_CHART_VALUE_INSUFFICIENT:
      g_string_append (text, _("insufficient information"));
      break;
    case HEARTH_CHART_VALUE_NOT_SEEN:
      g_string_append (text, C_("home conditions", "not seen"));
      break;
    case HEARTH_CHART_VALUE_NONE:
    default:
      g_string_append (text, _("not rated"));
      break;
    }
}

/* One series at one point: "Physical 3.2 (Child in need), Educational
 * insufficient information, …". */
static void
append_point (GString              *text,
              HearthComparisonData *data,
              guint                 series,
              guint                 point)
{
  for (guint c = 0; c < hearth_comparison_data_get_n_categories (data); c++)
    {
      if (c > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%s ", hearth_comparison_data_get_category_label (data, c));
      append_value (text, data, hearth_comparison_data_get_value (data, series, point, c));
    }
}

/**
 * hearth_comparison_chart_dup_summary:
 * @kind: which chart
 * @data: its data
 *
 * Writes out what a comparison chart shows, for screen readers and as the
 * chart's text alternative: every value, by child and date.
 *
 * Returns: (transfer full): the summary
 */
char *
hearth_comparison_chart_dup_summary (HearthComparisonKind  kind,
                                     HearthComparisonData *data)
{
  GString *text;

  g_return_val_if_fail (data != NULL, NULL);

  if (!hearth_comparison_has_points (kind, data))
    {
      const char *heading, *explanation;

      hearth_comparison_data_get_empty_text (data, &heading, &explanation);
      return explanation != NULL ? g_strdup_printf ("%s. %s", heading, explanation)
                                 : g_strdup (heading);
    }

  text = g_string_new (hearth_comparison_data_get_title (data));
  g_string_append (text, ". ");

  for (guint s = 0; s < hearth_comparison_data_get_n_series (data); s++)
    {
      guint n_points = hearth_comparison_data_get_n_points (data, s);

      if (kind == HEARTH_COMPARISON_HOME && s > 0)
        break;

      g_string_append_printf (text, "%s: ", hearth_comparison_data_get_series_label (data, s));
      if (n_points == 0)
        {
          g_string_append (text, _("no finalised assessment."));
          g_string_append_c (text, ' ');
          continue;
        }

      for (guint p = (kind == HEARTH_COMPARISON_SIBLINGS ? n_points - 1 : 0); p < n_points; p++)
        {
          g_autofree char *day
              = hearth_chart_format_day (hearth_comparison_data_get_point_day (data, s, p));

          g_string_append_printf (text, "%s, ", day);
          append_point (text, data, s, p);
          g_string_append (text, p + 1 < n_points ? "; " : ". ");
        }
    }

  if (text->len > 0 && text->str[text->len - 1] == ' ')
    g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}

/**
 * hearth_comparison_chart_find_mark:
 * @marks: (element-type HearthChartMark): the marks a chart reported
 * @x: a point's x
 * @y: a point's y
 *
 * Finds the bar, point or cell under a point, as the pointer hovers.
 *
 * Returns: (transfer none) (nullable): the mark, or %NULL
 */
const HearthChartMark *
hearth_comparison_chart_find_mark (GArray *marks,
                                   double  x,
                                   double  y)
{
  g_return_val_if_fail (marks != NULL, NULL);

  for (guint i = 0; i < marks->len; i++)
    {
      const HearthChartMark *mark = &g_array_index (marks, HearthChartMark, i);

      /* Points are small: reach a little beyond them. */
      if (x >= mark->x - 3.0 && x <= mark->x + mark->width + 3.0
          && y >= mark->y - 3.0 && y <= mark->y + mark->height + 3.0)
        return mark;
    }

  return NULL;
}

/**
 * hearth_comparison_chart_dup_mark_text:
 * @kind: which chart
 * @data: its data
 * @mark: a mark it reported
 *
 * Describes a mark for its tooltip: whose, when, which category, and the
 * value or why there is none.
 *
 * Returns: (transfer full): plain text
 */
char *
hearth_comparison_chart_dup_mark_text (HearthComparisonKind   kind,
                                       HearthComparisonData  *data,
                                       const HearthChartMark *mark)
{
  g_autofree char *day = NULL;
  GString *text;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (mark != NULL, NULL);

  day = hearth_chart_format_day (
      hearth_comparison_data_get_point_day (data, mark->series, mark->point));
  text = g_string_new (NULL);
  if (kind != HEARTH_COMPARISON_HOME)
    g_string_append_printf (text, "%s · ",
                            hearth_comparison_data_get_series_label (data, mark->series));
  g_string_append_printf (text, "%s\n%s: ", day,
                          hearth_comparison_data_get_category_label (data, mark->category));
  append_value (text, data,
                hearth_comparison_data_get_value (data, mark->series, mark->point, mark->category));
  if (kind == HEARTH_COMPARISON_HOME && mark->state == HEARTH_CHART_VALUE_SCORED
      && hearth_comparison_data_get_scale_label (data, (int) mark->value) != NULL)
    g_string_append_printf (text, " (%s)",
                            hearth_comparison_data_get_scale_label (data, (int) mark->value));

  return g_string_free (text, FALSE);
}
