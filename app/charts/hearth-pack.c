/* hearth-pack.c
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

#include "hearth-comparison-chart.h"
#include "hearth-pack.h"
#include "hearth-timeline-chart.h"

/* The supervision pack: the sections of DESIGN.md's supervisor's view,
 * laid out as a document. Record text is escaped wherever it meets
 * markup. Charts are drawn by the same renderers as on screen. */

/* Chart renderers work in pixels at 96 dots per inch; a point is 4/3 of
 * one, so a chart's text keeps its size on paper. */
#define CHART_SCALE 0.75

static const HearthChartColor severity_colors[] = {
  [HEARTH_SIGNAL_SEVERITY_NOTICE] = { 0x56 / 255.0, 0xb4 / 255.0, 0xe9 / 255.0, 1.0 },
  [HEARTH_SIGNAL_SEVERITY_CONCERN] = { 0xe6 / 255.0, 0x9f / 255.0, 0x00 / 255.0, 1.0 },
  [HEARTH_SIGNAL_SEVERITY_SERIOUS] = { 0xd5 / 255.0, 0x5e / 255.0, 0x00 / 255.0, 1.0 },
};

static const HearthChartColor overdue_color = { 0xd5 / 255.0, 0x5e / 255.0, 0x00 / 255.0, 1.0 };

typedef struct
{
  HearthTimelineChart *chart;   /* owned */
  gint32               first_day;
  gint32               last_day;
} TimelineFigure;

typedef struct
{
  HearthComparisonKind  kind;
  HearthComparisonData *data;   /* owned */
} ComparisonFigure;

static void
timeline_figure_free (gpointer data)
{
  TimelineFigure *figure = data;

  hearth_timeline_chart_free (figure->chart);
  g_free (figure);
}

static void
comparison_figure_free (gpointer data)
{
  ComparisonFigure *figure = data;

  hearth_comparison_data_unref (figure->data);
  g_free (figure);
}

static void
draw_timeline_cb (cairo_t  *cr,
                  double    width,
                  double    height,
                  gpointer  user_data)
{
  TimelineFigure *figure = user_data;
  HearthChartPalette palette;
  double from, to;

  hearth_chart_palette_init (&palette, FALSE);
  hearth_timeline_chart_get_fit_range (figure->chart, &from, &to);
  if (figure->first_day != HEARTH_CHART_DAY_NONE)
    from = figure->first_day;
  if (figure->last_day != HEARTH_CHART_DAY_NONE)
    to = figure->last_day + 1.0;
  if (to - from < HEARTH_TIME_SCALE_MIN_SPAN_DAYS)
    to = from + HEARTH_TIME_SCALE_MIN_SPAN_DAYS;

  cairo_scale (cr, CHART_SCALE, CHART_SCALE);
  hearth_timeline_chart_draw (figure->chart, cr, width / CHART_SCALE, height / CHART_SCALE, from,
                              to, &palette);
}

static void
draw_comparison_cb (cairo_t  *cr,
                    double    width,
                    double    height,
                    gpointer  user_data)
{
  ComparisonFigure *figure = user_data;
  HearthChartPalette palette;

  hearth_chart_palette_init (&palette, FALSE);
  cairo_scale (cr, CHART_SCALE, CHART_SCALE);
  hearth_comparison_chart_draw (figure->kind, figure->data, cr, width / CHART_SCALE,
                                height / CHART_SCALE, &palette, NULL);
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static void
add_fields_row (HearthPackDocument *document,
                const char         *label,
                const char         *value)
{
  const char *cells[] = { label, value != NULL ? value : "" };

  hearth_pack_document_add_row (document, NULL, cells);
}

static char *
join_people (GPtrArray *people)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < people->len; i++)
    {
      const HearthPackPerson *person = g_ptr_array_index (people, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (person->details != NULL)
        /* Translators: a person on the pack's cover: name, then details
         * such as "born 3 May 2014, aged 10". */
        g_string_append_printf (text, _("%s — %s"), person->name, person->details);
      else
        g_string_append (text, person->name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
count_signals (const HearthPackData *data)
{
  guint counts[HEARTH_SIGNAL_SEVERITY_SERIOUS + 1] = { 0 };

  if (data->signals->len == 0)
    return g_strdup (_("None"));

  for (guint i = 0; i < data->signals->len; i++)
    {
      const HearthPackSignal *signal = g_ptr_array_index (data->signals, i);

      counts[CLAMP (signal->severity, 0, HEARTH_SIGNAL_SEVERITY_SERIOUS)]++;
    }
  /* Translators: the signals on the pack's cover: how many are serious,
   * to discuss in supervision, and worth a look. */
  return g_strdup_printf (_("%u serious, %u to discuss, %u to note"),
                          counts[HEARTH_SIGNAL_SEVERITY_SERIOUS],
                          counts[HEARTH_SIGNAL_SEVERITY_CONCERN],
                          counts[HEARTH_SIGNAL_SEVERITY_NOTICE]);
}

static void
add_cover (HearthPackDocument   *document,
           const HearthPackData *data)
{
  static const double widths[] = { 0.27, 0.73 };
  g_autofree char *kicker_text = NULL;
  g_autofree char *kicker = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *children = join_people (data->children);
  g_autofree char *adults = join_people (data->adults);
  g_autofree char *signals = count_signals (data);
  g_autofree char *events = NULL;

  /* Letter spacing would split the words for text extraction and
   * screen readers; the kicker is set apart by colour and weight. */
  kicker_text = escape (_("SUPERVISION PACK"));
  kicker = g_strdup_printf ("<span foreground='#1f4e79' weight='bold'>%s</span>", kicker_text);
  hearth_pack_document_add_markup (document, HEARTH_PACK_STYLE_NOTE, kicker);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_TITLE, data->family_name);
  /* Translators: beneath the pack's title: the case reference, then the
   * period covered. */
  subtitle = g_strdup_printf (_("Case reference %s · %s"), data->case_reference, data->period);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_SUBTITLE, subtitle);

  hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_FIELDS, 2, widths, NULL, NULL);
  add_fields_row (document, _("Case reference"), data->case_reference);
  add_fields_row (document, _("Period covered"), data->period);
  add_fields_row (document, _("Children"),
                  data->children->len > 0 ? children : _("No children are recorded."));
  add_fields_row (document, _("Adults"),
                  data->adults->len > 0 ? adults : _("No adults are recorded."));
  add_fields_row (document, _("Signals"), signals);
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event in the period",
                                         "%u events in the period", data->events->len),
                            data->events->len);
  add_fields_row (document, _("Chronology"), events);
  add_fields_row (document, _("Prepared by"), data->prepared_by);
  add_fields_row (document, _("Date prepared"), data->prepared_on);

  hearth_pack_document_add_text (
      document, HEARTH_PACK_STYLE_NOTE,
      _("This pack holds personal information about children and the adults around them. It is "
        "marked OFFICIAL-SENSITIVE: keep it secure, share it only with those who need it for "
        "the child’s safety and welfare, and destroy it when it is no longer needed."));
  hearth_pack_document_add_space (document, 10.0);
  hearth_pack_document_add_contents (document, _("Contents"));
  hearth_pack_document_add_page_break (document);
}

static void
add_signals (HearthPackDocument   *document,
             const HearthPackData *data)
{
  static const double widths[] = { 0.13, 0.24, 0.31, 0.32 };
  const char *header[] = { _("Severity"), _("Signal"), _("What was found"), _("Evidence") };
  g_autofree char *intro = NULL;

  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING,
                                 _("Signals of drift and cumulative harm"));
  /* Translators: %s is the date the signals were worked out at. */
  intro = g_strdup_printf (_("Worked out from the records as they stood on %s. Each rests on the "
                             "records listed beside it. Signals are prompts for reflection, not "
                             "judgements: the practitioner and supervisor decide what they mean."),
                           data->as_of);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_NOTE, intro);

  if (data->signals->len == 0)
    {
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY,
                                     _("No signals of drift or cumulative harm were found."));
      return;
    }

  hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_GRID, G_N_ELEMENTS (widths), widths,
                                  header, _("Signals of drift and cumulative harm, continued"));
  for (guint i = 0; i < data->signals->len; i++)
    {
      const HearthPackSignal *signal = g_ptr_array_index (data->signals, i);
      HearthSignalSeverity severity = CLAMP (signal->severity, 0, HEARTH_SIGNAL_SEVERITY_SERIOUS);
      g_autoptr(GString) evidence = g_string_new (NULL);
      const char *cells[4];

      for (guint e = 0; e < signal->evidence->len; e++)
        g_string_append_printf (evidence, "%s• %s", e > 0 ? "\n" : "",
                                (const char *) g_ptr_array_index (signal->evidence, e));
      cells[0] = hearth_signal_severity_get_label (severity);
      cells[1] = signal->title;
      cells[2] = signal->explanation;
      cells[3] = evidence->len > 0 ? evidence->str : _("No records cited.");
      hearth_pack_document_add_row (document, &severity_colors[severity], cells);
    }
}

static void
add_comparison (HearthPackDocument   *document,
                HearthComparisonKind  kind,
                HearthComparisonData *data,
                double                height)
{
  ComparisonFigure *figure;

  if (data == NULL)
    return;

  figure = g_new0 (ComparisonFigure, 1);
  figure->kind = kind;
  figure->data = hearth_comparison_data_ref (data);
  hearth_pack_document_add_figure (document, height, draw_comparison_cb, figure,
                                   comparison_figure_free);
}

static void
add_charts (HearthPackDocument   *document,
            const HearthPackData *data)
{
  guint n_children = MAX (data->children->len, 1);

  hearth_pack_document_add_page_break (document);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING,
                                 _("Timeline and comparison charts"));
  hearth_pack_document_add_text (
      document, HEARTH_PACK_STYLE_NOTE,
      _("The chronology over time, child by child, with gaps that may be drift; each child’s "
        "latest screening beside their brothers’ and sisters’; each child’s scores over time; and "
        "the home conditions area by area. The charts are those Hearth shows on screen."));

  if (data->timeline != NULL)
    {
      TimelineFigure *figure = g_new0 (TimelineFigure, 1);
      guint n_lanes = hearth_timeline_data_get_n_lanes (data->timeline);

      figure->chart = hearth_timeline_chart_new (data->timeline);
      figure->first_day = data->first_day;
      figure->last_day = data->last_day;
      hearth_pack_document_add_figure (document, 150.0 + 34.0 * n_lanes, draw_timeline_cb, figure,
                                       timeline_figure_free);
    }

  add_comparison (document, HEARTH_COMPARISON_SIBLINGS, data->screening, 300.0);
  add_comparison (document, HEARTH_COMPARISON_PROGRESS, data->screening,
                  90.0 + 150.0 * ((n_children + 1) / 2));
  add_comparison (document, HEARTH_COMPARISON_HOME, data->home, 330.0);
}

static void
add_chronology (HearthPackDocument   *document,
                const HearthPackData *data)
{
  static const HearthChartColor high = { 0xd5 / 255.0, 0x5e / 255.0, 0x00 / 255.0, 1.0 };
  static const double widths[] = { 0.13, 0.14, 0.35, 0.21, 0.17 };
  const char *header[] = { _("Date"), _("Source"), _("What happened"), _("Impact on the child"),
                           _("Action") };

  hearth_pack_document_add_page_break (document);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING, _("Chronology"));
  if (data->events->len == 0)
    {
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY,
                                     _("No chronology events fall in the period covered."));
      return;
    }
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_NOTE,
                                 _("Oldest first. A bar at the left marks an event of high "
                                   "significance."));

  hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_GRID, G_N_ELEMENTS (widths), widths,
                                  header, _("Chronology, continued"));
  for (guint i = 0; i < data->events->len; i++)
    {
      const HearthPackEvent *event = g_ptr_array_index (data->events, i);
      g_autofree char *date = escape (event->date);
      g_autofree char *source = escape (event->source);
      g_autofree char *category = escape (event->category);
      g_autofree char *children = escape (event->children);
      g_autofree char *what = escape (event->what_happened);
      g_autofree char *impact = escape (event->impact);
      g_autofree char *action = escape (event->action);
      g_autofree char *happened = NULL;
      const char *cells[5];

      happened = event->children != NULL
                     ? g_strdup_printf ("<b>%s</b> · %s\n%s", category, children, what)
                     : g_strdup_printf ("<b>%s</b>\n%s", category, what);
      cells[0] = date;
      cells[1] = source;
      cells[2] = happened;
      cells[3] = impact;
      cells[4] = action;
      hearth_pack_document_add_markup_row (
          document, event->significance == HEARTH_SIGNIFICANCE_HIGH ? &high : NULL, cells);
    }
}

static void
add_assessment (HearthPackDocument         *document,
                const HearthPackAssessment *assessment,
                gboolean                    child)
{
  static const double field_widths[] = { 0.27, 0.73 };
  static const double child_widths[] = { 0.34, 0.22, 0.44 };
  static const double home_widths[] = { 0.27, 0.2, 0.53 };
  const char *child_header[] = { _("Category"), _("Score"), _("Level of need suggested") };
  const char *home_header[] = { _("Area"), _("Rating"), _("Note") };
  g_autofree char *heading = NULL;

  /* Translators: an assessment's heading: whom it is about, then when. */
  heading = g_strdup_printf (_("%s · %s"), assessment->subject, assessment->date);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_SUBHEADING, heading);

  hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_FIELDS, 2, field_widths, NULL,
                                  NULL);
  add_fields_row (document, _("Assessment"), assessment->title);
  if (assessment->practitioner != NULL)
    add_fields_row (document, _("Finalised by"), assessment->practitioner);
  for (guint i = 0; i < assessment->fields->len; i++)
    {
      const HearthPackScore *field = g_ptr_array_index (assessment->fields, i);

      add_fields_row (document, field->label, field->score);
    }

  if (assessment->scores->len > 0)
    {
      hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_GRID, 3,
                                      child ? child_widths : home_widths,
                                      child ? child_header : home_header,
                                      child ? NULL : _("Home conditions, continued"));
      for (guint i = 0; i < assessment->scores->len; i++)
        {
          const HearthPackScore *score = g_ptr_array_index (assessment->scores, i);
          const char *cells[3] = { score->label, score->score,
                                   child ? score->level : score->note };

          hearth_pack_document_add_row (document, NULL, cells);
        }
    }

  if (child)
    {
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_LABEL,
                                     _("In the child’s own words"));
      if (assessment->voice != NULL)
        hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_QUOTE, assessment->voice);
      else
        hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_NOTE,
                                       _("The child’s words were not recorded."));
    }

  if (assessment->analysis != NULL)
    {
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_LABEL,
                                     _("Practitioner’s analysis"));
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY, assessment->analysis);
    }
}

static void
add_screenings (HearthPackDocument   *document,
                const HearthPackData *data)
{
  hearth_pack_document_add_page_break (document);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING,
                                 _("Latest neglect screening of each child"));

  for (guint i = 0; i < data->screenings->len; i++)
    add_assessment (document, g_ptr_array_index (data->screenings, i), TRUE);

  if (data->unscreened->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint i = 0; i < data->unscreened->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (data->unscreened, i));
      /* Translators: %s lists children's names. */
      text = g_strdup_printf (_("No finalised neglect screening in the period for: %s."),
                              names->str);
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY, text);
    }
}

static void
add_home (HearthPackDocument   *document,
          const HearthPackData *data)
{
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING,
                                 _("Latest home conditions"));
  if (data->home_conditions == NULL)
    {
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY,
                                     _("No finalised home conditions assessment in the period."));
      return;
    }
  add_assessment (document, data->home_conditions, FALSE);
}

static void
add_supervision (HearthPackDocument          *document,
                 const HearthPackSupervision *supervision)
{
  static const double field_widths[] = { 0.27, 0.73 };
  static const double action_widths[] = { 0.46, 0.2, 0.16, 0.18 };
  const char *action_header[] = { _("Action"), _("Owner"), _("Due"), _("Status") };
  g_autofree char *heading = NULL;

  /* Translators: a supervision record's heading; %s is its date. */
  heading = g_strdup_printf (_("Supervision on %s"), supervision->date);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_SUBHEADING, heading);

  hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_FIELDS, 2, field_widths, NULL,
                                  _("Supervision record, continued"));
  for (guint i = 0; i < supervision->fields->len; i++)
    {
      const HearthPackScore *field = g_ptr_array_index (supervision->fields, i);

      add_fields_row (document, field->label, field->score);
    }
  for (guint i = 0; i < supervision->sections->len; i++)
    {
      const HearthPackSection *section = g_ptr_array_index (supervision->sections, i);

      add_fields_row (document, section->heading, section->text);
    }

  if (supervision->actions->len == 0)
    {
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_NOTE,
                                     _("No actions were agreed."));
      return;
    }

  hearth_pack_document_add_table (document, HEARTH_PACK_TABLE_GRID, G_N_ELEMENTS (action_widths),
                                  action_widths, action_header, _("Actions, continued"));
  for (guint i = 0; i < supervision->actions->len; i++)
    {
      const HearthPackAction *action = g_ptr_array_index (supervision->actions, i);
      const char *cells[] = { action->text, action->owner, action->due, action->state };

      hearth_pack_document_add_row (document, action->overdue ? &overdue_color : NULL, cells);
    }
}

static void
add_supervisions (HearthPackDocument   *document,
                  const HearthPackData *data)
{
  hearth_pack_document_add_page_break (document);
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_HEADING, _("Supervision records"));
  if (data->supervisions->len == 0)
    {
      hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_BODY,
                                     _("No supervision was recorded in the period."));
      return;
    }
  hearth_pack_document_add_text (document, HEARTH_PACK_STYLE_NOTE, _("Latest first."));
  for (guint i = 0; i < data->supervisions->len; i++)
    add_supervision (document, g_ptr_array_index (data->supervisions, i));
}

/**
 * hearth_pack_build:
 * @data: what the pack shows
 *
 * Lays out a family's supervision pack: a cover with the contents; the
 * signals of drift and cumulative harm with their evidence; the timeline
 * and comparison charts; the chronology; the latest neglect screening of
 * each child with the child's own words; the latest home conditions; and
 * the supervision records. Every page carries the case reference and the
 * marking OFFICIAL-SENSITIVE above and below, and its number.
 *
 * Returns: (transfer full): the document, ready to paginate, write as a
 *   PDF or print; it keeps references to the chart data it draws
 */
HearthPackDocument *
hearth_pack_build (const HearthPackData *data)
{
  g_autoptr(HearthPackDocument) document = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *prepared = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data->case_reference != NULL && data->family_name != NULL, NULL);

  document = hearth_pack_document_new ();

  /* Translators: the title a PDF reader shows; %s is a case reference. */
  title = g_strdup_printf (_("Supervision pack, case %s"), data->case_reference);
  hearth_pack_document_set_title (document, title);
  /* Translators: in every page's running header; %s is a case reference. */
  reference = g_strdup_printf (_("Case reference %s"), data->case_reference);
  hearth_pack_document_set_header (document, reference, HEARTH_PACK_MARKING,
                                   _("Supervision pack"));
  /* Translators: in every page's footer: who prepared the pack, and when. */
  prepared = g_strdup_printf (_("Prepared by %s on %s"),
                              data->prepared_by != NULL ? data->prepared_by : "",
                              data->prepared_on != NULL ? data->prepared_on : "");
  hearth_pack_document_set_footer (document, prepared, HEARTH_PACK_MARKING);

  add_cover (document, data);
  add_signals (document, data);
  add_charts (document, data);
  add_chronology (document, data);
  add_screenings (document, data);
  add_home (document, data);
  add_supervisions (document, data);

  return g_steal_pointer (&document);
}
