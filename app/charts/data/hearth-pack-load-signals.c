/* hearth-pack-load-signals.c
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
#include <string.h>

#include "core/hearth-date.h"

#include "hearth-pack-load-private.h"

/* The signals of a supervision pack, each with the records it rests on
 * named in words: a record's kind, date and who was involved, never more
 * of its content than the chronology shows anyway. */

static char *
describe_record (HearthPackLoader           *loader,
                 const HearthSignal         *signal,
                 const HearthSignalEvidence *evidence)
{
  const HearthVisit *visit;
  const HearthAssessment *assessment;
  const HearthEvent *event;
  const HearthPeriod *period;
  const HearthSupervision *record;

  switch (evidence->kind)
    {
    case HEARTH_EVIDENCE_VISIT:
      visit = hearth_pack_load_find_by_id (loader->visits, G_STRUCT_OFFSET (HearthVisit, id), evidence->id);
      if (visit == NULL)
        return g_strdup (_("Visit"));
      if (signal->child_id != 0)
        {
          const HearthVisitChild *seen = hearth_visit_lookup_child (visit, signal->child_id);

          return g_strdup_printf (_("Visit by %s: %s"), visit->practitioner,
                                  seen == NULL ? _("the child is not recorded as seen")
                                  : seen->seen_alone ? _("seen alone")
                                  : seen->seen ? _("seen, not alone")
                                               : _("not seen"));
        }
      return g_strdup_printf (_("Visit by %s"), visit->practitioner);

    case HEARTH_EVIDENCE_ASSESSMENT:
      assessment = hearth_pack_load_find_by_id (loader->assessments, G_STRUCT_OFFSET (HearthAssessment, id),
                               evidence->id);
      if (assessment == NULL)
        return g_strdup (_("Assessment"));
      {
        g_autoptr(HearthInstrument) instrument = hearth_pack_load_instrument (loader, assessment);

        /* Translators: an assessment cited as evidence: the instrument, then whom it is about. */
        return g_strdup_printf (_("%s of %s"),
                                instrument != NULL ? hearth_instrument_get_title (instrument)
                                                   : assessment->instrument_id,
                                assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD
                                ? hearth_pack_load_person_name (loader, assessment->child_id)
                                : _("the household"));
      }

    case HEARTH_EVIDENCE_EVENT:
      event = hearth_pack_load_find_by_id (loader->events, G_STRUCT_OFFSET (HearthEvent, id), evidence->id);
      if (event == NULL)
        return g_strdup (_("Chronology event"));
      /* Translators: a chronology event cited as evidence: its kind, then who reported it. */
      return g_strdup_printf (_("%s, reported by %s"),
                              hearth_event_category_get_label (event->category),
                              event->source_agency);

    case HEARTH_EVIDENCE_PERIOD:
      period = hearth_pack_load_find_by_id (loader->periods, G_STRUCT_OFFSET (HearthPeriod, id), evidence->id);
      if (period == NULL)
        return g_strdup (_("Period of involvement"));
      return g_strdup_printf (_("%s opened for %s"), hearth_period_kind_get_label (period->kind),
                              hearth_pack_load_person_name (loader, period->person_id));

    case HEARTH_EVIDENCE_SUPERVISION:
      record = hearth_pack_load_find_by_id (loader->supervisions, G_STRUCT_OFFSET (HearthSupervision, id),
                           evidence->id);
      if (record == NULL)
        return g_strdup (_("Supervision"));
      return g_strdup_printf (_("Supervision, %s with %s"), record->supervisor,
                              record->practitioner);

    case HEARTH_EVIDENCE_SUPERVISION_ACTION:
      for (guint i = 0; i < loader->supervisions->len; i++)
        {
          record = g_ptr_array_index (loader->supervisions, i);
          for (guint a = 0; a < record->actions->len; a++)
            {
              const HearthSupervisionAction *action = g_ptr_array_index (record->actions, a);

              if (action->id == evidence->id)
                return action->owner != NULL
                           ? g_strdup_printf (_("Action: %s (%s)"), action->text, action->owner)
                           : g_strdup_printf (_("Action: %s"), action->text);
            }
        }
      return g_strdup (_("Action"));

    default:
      g_return_val_if_reached (NULL);
    }
}

/* One line per record: a record cited for several subjects (categories,
 * areas of the home) names them together. */
static void
describe_evidence (HearthPackLoader   *loader,
                   const HearthSignal *signal,
                   HearthPackSignal   *row)
{
  for (guint i = 0; i < signal->evidence->len; i++)
    {
      const HearthSignalEvidence *evidence
          = &g_array_index (signal->evidence, HearthSignalEvidence, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autoptr(HearthInstrument) instrument = NULL;
      g_autofree char *date = NULL;
      g_autofree char *record = NULL;
      gboolean seen_before = FALSE, first_subject = TRUE;

      for (guint j = 0; j < i && !seen_before; j++)
        {
          const HearthSignalEvidence *earlier
              = &g_array_index (signal->evidence, HearthSignalEvidence, j);

          seen_before = earlier->kind == evidence->kind && earlier->id == evidence->id;
        }
      if (seen_before)
        continue;

      if (evidence->kind == HEARTH_EVIDENCE_ASSESSMENT)
        {
          const HearthAssessment *assessment
              = hearth_pack_load_find_by_id (loader->assessments, G_STRUCT_OFFSET (HearthAssessment, id),
                            evidence->id);

          instrument = assessment != NULL ? hearth_pack_load_instrument (loader, assessment) : NULL;
        }

      date = hearth_pack_load_format_date (evidence->date, HEARTH_DATE_PRECISION_DAY);
      record = describe_record (loader, signal, evidence);
      if (evidence->kind == HEARTH_EVIDENCE_SUPERVISION_ACTION)
        /* Translators: an action cited as evidence: when it was due, then the action. */
        g_string_append_printf (line, _("Due %s: %s"), date, record);
      else
        g_string_append_printf (line, "%s: %s", date, record);

      for (guint j = i; j < signal->evidence->len; j++)
        {
          const HearthSignalEvidence *same
              = &g_array_index (signal->evidence, HearthSignalEvidence, j);
          g_autofree char *subject = NULL;

          if (same->kind != evidence->kind || same->id != evidence->id || same->subject == NULL)
            continue;
          subject = hearth_signal_dup_subject_label (instrument, same->subject, same->value);
          g_string_append_printf (line, "%s%s", first_subject ? ", " : "; ", subject);
          first_subject = FALSE;
        }

      g_ptr_array_add (row->evidence, g_string_free (g_steal_pointer (&line), FALSE));
    }
}

/* Records dated after the period's end are not yet known on that day. */
static GPtrArray *
filter_known (HearthPackLoader *loader,
              GPtrArray        *records,
              gsize             date_offset)
{
  GPtrArray *known = g_ptr_array_new ();

  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);

      if (hearth_pack_load_not_after (loader, G_STRUCT_MEMBER (const char *, record, date_offset)))
        g_ptr_array_add (known, record);
    }
  return known;
}

/**
 * hearth_pack_load_signals: (skip)
 * @loader: a loader whose records are read
 *
 * Works the signals of drift and cumulative harm out as at the period's
 * end, from the records known by then, and puts each into words with
 * the records it rests on.
 */
void
hearth_pack_load_signals (HearthPackLoader *loader)
{
  g_autoptr(GPtrArray) events = filter_known (loader, loader->events,
                                              G_STRUCT_OFFSET (HearthEvent, date));
  g_autoptr(GPtrArray) periods = filter_known (loader, loader->periods,
                                               G_STRUCT_OFFSET (HearthPeriod, start_date));
  g_autoptr(GPtrArray) supervisions = filter_known (loader, loader->supervisions,
                                                    G_STRUCT_OFFSET (HearthSupervision, date));
  g_autoptr(GPtrArray) visits = g_ptr_array_new ();
  g_autoptr(GPtrArray) assessments = g_ptr_array_new ();
  g_autoptr(GPtrArray) signals = NULL;
  HearthSignalOptions options;
  HearthSignalInput input = { 0 };

  for (guint i = 0; i < loader->visits->len; i++)
    {
      HearthVisit *visit = g_ptr_array_index (loader->visits, i);
      g_autofree char *date = hearth_date_from_unix (visit->visited_at);

      if (hearth_pack_load_not_after (loader, date))
        g_ptr_array_add (visits, visit);
    }
  for (guint i = 0; i < loader->assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (loader->assessments, i);
      g_autofree char *date
          = hearth_signals_dup_assessment_date (assessment, loader->assessments, loader->visits);

      if (hearth_pack_load_not_after (loader, date))
        g_ptr_array_add (assessments, assessment);
    }

  input.family = loader->family;
  input.people = loader->people;
  input.visits = visits;
  input.assessments = assessments;
  input.events = events;
  input.periods = periods;
  input.supervisions = supervisions;
  input.registry = loader->options.registry;
  input.today = loader->as_of;
  hearth_signal_options_init (&options);
  if (loader->options.drift_weeks > 0)
    options.drift_weeks = loader->options.drift_weeks;

  signals = hearth_signals_compute (&input, &options);
  for (guint i = 0; i < signals->len; i++)
    {
      const HearthSignal *signal = g_ptr_array_index (signals, i);
      g_autofree char *title = NULL;
      HearthPackSignal *row;

      title = signal->child_id != 0
                  /* Translators: a signal and the child it is about. */
                  ? g_strdup_printf (_("%s: %s"), hearth_signal_kind_get_label (signal->kind),
                                     hearth_pack_load_person_name (loader, signal->child_id))
                  : g_strdup (hearth_signal_kind_get_label (signal->kind));
      row = hearth_pack_signal_new (signal->severity, title, signal->explanation);
      describe_evidence (loader, signal, row);
      g_ptr_array_add (loader->data->signals, row);
    }
}
