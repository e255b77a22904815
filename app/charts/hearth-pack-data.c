/* hearth-pack-data.c
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

#include "hearth-chart-day.h"
#include "hearth-pack-data.h"

static void
person_free (HearthPackPerson *person)
{
  g_free (person->name);
  g_free (person->details);
  g_free (person);
}

static void
signal_free (HearthPackSignal *signal)
{
  g_free (signal->title);
  g_free (signal->explanation);
  g_ptr_array_unref (signal->evidence);
  g_free (signal);
}

static void
event_free (HearthPackEvent *event)
{
  g_free (event->date);
  g_free (event->source);
  g_free (event->category);
  g_free (event->children);
  g_free (event->what_happened);
  g_free (event->impact);
  g_free (event->action);
  g_free (event);
}

static void
score_free (HearthPackScore *score)
{
  g_free (score->label);
  g_free (score->score);
  g_free (score->level);
  g_free (score->note);
  g_free (score);
}

static void
action_free (HearthPackAction *action)
{
  g_free (action->text);
  g_free (action->owner);
  g_free (action->due);
  g_free (action->state);
  g_free (action);
}

static void
section_free (HearthPackSection *section)
{
  g_free (section->heading);
  g_free (section->text);
  g_free (section);
}

static void
supervision_free (HearthPackSupervision *supervision)
{
  g_free (supervision->date);
  g_ptr_array_unref (supervision->fields);
  g_ptr_array_unref (supervision->sections);
  g_ptr_array_unref (supervision->actions);
  g_free (supervision);
}

/**
 * hearth_pack_data_new:
 *
 * Returns: (transfer full): empty pack data, every array made and every
 *   string %NULL, the timeline fitted to the whole history
 */
HearthPackData *
hearth_pack_data_new (void)
{
  HearthPackData *self = g_new0 (HearthPackData, 1);

  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  self->adults = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  self->signals = g_ptr_array_new_with_free_func ((GDestroyNotify) signal_free);
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) event_free);
  self->screenings
      = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_pack_assessment_free);
  self->unscreened = g_ptr_array_new_with_free_func (g_free);
  self->supervisions = g_ptr_array_new_with_free_func ((GDestroyNotify) supervision_free);
  self->first_day = HEARTH_CHART_DAY_NONE;
  self->last_day = HEARTH_CHART_DAY_NONE;
  return self;
}

/**
 * hearth_pack_data_free:
 * @self: (transfer full): pack data
 *
 * Frees @self and everything it holds; chart data others still
 * reference lives on.
 */
void
hearth_pack_data_free (HearthPackData *self)
{
  if (self == NULL)
    return;

  g_free (self->case_reference);
  g_free (self->family_name);
  g_free (self->period);
  g_free (self->prepared_by);
  g_free (self->prepared_on);
  g_free (self->as_of);
  g_ptr_array_unref (self->children);
  g_ptr_array_unref (self->adults);
  g_ptr_array_unref (self->signals);
  g_clear_pointer (&self->timeline, hearth_timeline_data_unref);
  g_clear_pointer (&self->screening, hearth_comparison_data_unref);
  g_clear_pointer (&self->home, hearth_comparison_data_unref);
  g_ptr_array_unref (self->events);
  g_ptr_array_unref (self->screenings);
  g_ptr_array_unref (self->unscreened);
  g_clear_pointer (&self->home_conditions, hearth_pack_assessment_free);
  g_ptr_array_unref (self->supervisions);
  g_free (self);
}

/**
 * hearth_pack_person_new:
 * @name: the person's name
 * @details: (nullable): what to say about them
 *
 * Returns: (transfer full): a person, for #HearthPackData's arrays
 */
HearthPackPerson *
hearth_pack_person_new (const char *name,
                        const char *details)
{
  HearthPackPerson *person = g_new0 (HearthPackPerson, 1);

  g_return_val_if_fail (name != NULL, NULL);

  person->name = g_strdup (name);
  person->details = g_strdup (details);
  return person;
}

/**
 * hearth_pack_signal_new:
 * @severity: how much it matters
 * @title: the signal's name, and whom it is about
 * @explanation: what was found
 *
 * Returns: (transfer full): a signal with no evidence yet; append lines
 *   to its @evidence
 */
HearthPackSignal *
hearth_pack_signal_new (HearthSignalSeverity  severity,
                        const char           *title,
                        const char           *explanation)
{
  HearthPackSignal *signal = g_new0 (HearthPackSignal, 1);

  g_return_val_if_fail (title != NULL && explanation != NULL, NULL);

  signal->severity = severity;
  signal->title = g_strdup (title);
  signal->explanation = g_strdup (explanation);
  signal->evidence = g_ptr_array_new_with_free_func (g_free);
  return signal;
}

/**
 * hearth_pack_event_new:
 * @date: when
 * @source: who reported it
 * @category: the kind of event
 * @what_happened: what happened
 *
 * Returns: (transfer full): a chronology row; the other fields are
 *   filled by the caller
 */
HearthPackEvent *
hearth_pack_event_new (const char *date,
                       const char *source,
                       const char *category,
                       const char *what_happened)
{
  HearthPackEvent *event = g_new0 (HearthPackEvent, 1);

  event->date = g_strdup (date);
  event->source = g_strdup (source);
  event->category = g_strdup (category);
  event->what_happened = g_strdup (what_happened);
  return event;
}

/**
 * hearth_pack_score_new:
 * @label: what is scored, or a fact's label
 * @score: the score, rating or value
 * @level: (nullable): the level of need suggested
 * @level_ordinal: that level, 1 to 4, or 0
 * @note: (nullable): a note
 *
 * Returns: (transfer full): a score, for an assessment's arrays
 */
HearthPackScore *
hearth_pack_score_new (const char *label,
                       const char *score,
                       const char *level,
                       int         level_ordinal,
                       const char *note)
{
  HearthPackScore *self = g_new0 (HearthPackScore, 1);

  self->label = g_strdup (label);
  self->score = g_strdup (score);
  self->level = g_strdup (level);
  self->level_ordinal = level_ordinal;
  self->note = g_strdup (note);
  return self;
}

/**
 * hearth_pack_assessment_new:
 * @subject: the child's name, or the household
 * @title: the instrument's title
 * @date: when it was made
 *
 * Returns: (transfer full): an assessment with empty arrays
 */
HearthPackAssessment *
hearth_pack_assessment_new (const char *subject,
                            const char *title,
                            const char *date)
{
  HearthPackAssessment *self = g_new0 (HearthPackAssessment, 1);

  self->subject = g_strdup (subject);
  self->title = g_strdup (title);
  self->date = g_strdup (date);
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) score_free);
  self->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) score_free);
  return self;
}

/**
 * hearth_pack_assessment_free:
 * @assessment: (transfer full): an assessment
 *
 * Frees @assessment.
 */
void
hearth_pack_assessment_free (HearthPackAssessment *assessment)
{
  if (assessment == NULL)
    return;

  g_free (assessment->subject);
  g_free (assessment->title);
  g_free (assessment->date);
  g_free (assessment->practitioner);
  g_ptr_array_unref (assessment->fields);
  g_ptr_array_unref (assessment->scores);
  g_free (assessment->voice);
  g_free (assessment->analysis);
  g_free (assessment);
}

/**
 * hearth_pack_supervision_new:
 * @date: when it took place
 *
 * Returns: (transfer full): a supervision record with empty arrays
 */
HearthPackSupervision *
hearth_pack_supervision_new (const char *date)
{
  HearthPackSupervision *self = g_new0 (HearthPackSupervision, 1);

  self->date = g_strdup (date);
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) score_free);
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  self->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) action_free);
  return self;
}

/**
 * hearth_pack_supervision_add_field:
 * @supervision: a supervision record
 * @label: the fact's label
 * @value: its value
 *
 * Adds a fact shown as label and value.
 */
void
hearth_pack_supervision_add_field (HearthPackSupervision *supervision,
                                   const char            *label,
                                   const char            *value)
{
  g_return_if_fail (supervision != NULL);

  g_ptr_array_add (supervision->fields, hearth_pack_score_new (label, value, NULL, 0, NULL));
}

/**
 * hearth_pack_supervision_add_section:
 * @supervision: a supervision record
 * @heading: the prompt or part
 * @text: what was written
 *
 * Adds a part of the record's text under its heading.
 */
void
hearth_pack_supervision_add_section (HearthPackSupervision *supervision,
                                     const char            *heading,
                                     const char            *text)
{
  HearthPackSection *section;

  g_return_if_fail (supervision != NULL);
  g_return_if_fail (heading != NULL && text != NULL);

  section = g_new0 (HearthPackSection, 1);
  section->heading = g_strdup (heading);
  section->text = g_strdup (text);
  g_ptr_array_add (supervision->sections, section);
}

/**
 * hearth_pack_supervision_add_action:
 * @supervision: a supervision record
 * @text: what is to be done
 * @owner: (nullable): who is to do it
 * @due: (nullable): by when
 * @state: done, open or overdue, in words
 * @overdue: %TRUE when past its date and not done
 *
 * Adds an agreed action.
 */
void
hearth_pack_supervision_add_action (HearthPackSupervision *supervision,
                                    const char            *text,
                                    const char            *owner,
                                    const char            *due,
                                    const char            *state,
                                    gboolean               overdue)
{
  HearthPackAction *action;

  g_return_if_fail (supervision != NULL);
  g_return_if_fail (text != NULL && state != NULL);

  action = g_new0 (HearthPackAction, 1);
  action->text = g_strdup (text);
  action->owner = g_strdup (owner);
  action->due = g_strdup (due);
  action->state = g_strdup (state);
  action->overdue = overdue;
  g_ptr_array_add (supervision->actions, action);
}
