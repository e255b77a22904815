/* hearth-store-import-check.c
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

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hearth-date.h"

#include "hearth-store-exchange-private.h"

/*
 * The checks on an exchange document that need more than one record at a
 * time: each record alone has already passed the schema and the core
 * validators (hearth-store-import-read.c).
 *
 *  - A child's date of birth is not after any chronology event about the
 *    child: such an event is a typing slip in one date or the other.
 *  - Nothing in the chronology or the visits lies in the future.
 *  - Versions of an assessment form chains: a version supersedes an
 *    earlier version of the same assessment (same scope, child and
 *    instrument), which is then "superseded"; each version is superseded
 *    at most once, and a superseded version has its successor. Final and
 *    superseded versions were finalised; drafts were not.
 *  - Answers fit their instrument when this installation has it: items
 *    and fields it defines, levels on its scale, and a child named only
 *    by a field of type "child". An instrument Hearth does not have (a
 *    partnership's own, not installed here) cannot be checked and is
 *    accepted as it is.
 */

/* A visit a little in the future is a clock set differently elsewhere;
 * more than a day is a mistake. */
#define VISIT_CLOCK_SLACK (24 * 60 * 60)

/*
 * hearth_exchange_set_invalid:
 * @display_name: how messages name the document
 * @line: the line at fault, or 0
 * @reason: what is wrong, a sentence fragment without a final full stop
 *
 * Sets @error to %HEARTH_EXCHANGE_ERROR_INVALID with one sentence.
 */
void
hearth_exchange_set_invalid (GError     **error,
                             const char  *display_name,
                             int          line,
                             const char  *reason)
{
  if (line > 0)
    g_set_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_INVALID,
                 /* Translators: a file name, a line number and what is wrong there */
                 _("%s line %d: %s; nothing was imported."), display_name, line, reason);
  else
    g_set_error (error, HEARTH_EXCHANGE_ERROR, HEARTH_EXCHANGE_ERROR_INVALID,
                 /* Translators: a file name and what is wrong in it */
                 _("%s: %s; nothing was imported."), display_name, reason);
}

static gboolean
fail (ExchangeDocument  *document,
      ExchangeKind       kind,
      guint              index,
      const char        *reason,
      GError           **error)
{
  hearth_exchange_set_invalid (error, document->display_name,
                               g_array_index (document->lines[kind], int, index), reason);
  return FALSE;
}

static gpointer
get_record (ExchangeDocument *document,
            ExchangeKind      kind,
            gint64            position)
{
  g_assert (position >= 1 && position <= document->records[kind]->len);

  return g_ptr_array_index (document->records[kind], position - 1);
}

static gboolean
check_chronology (ExchangeDocument  *document,
                  GError           **error)
{
  g_autofree char *today = hearth_date_dup_today ();
  GPtrArray *events = document->records[EXCHANGE_EVENT];

  for (guint i = 0; i < events->len; i++)
    {
      const HearthEvent *event = g_ptr_array_index (events, i);

      if (strcmp (event->date, today) > 0)
        return fail (document, EXCHANGE_EVENT, i, _("the event is dated in the future"), error);

      for (guint c = 0; c < event->child_ids->len; c++)
        {
          const HearthPerson *child = get_record (document, EXCHANGE_PERSON,
                                                  g_array_index (event->child_ids, gint64, c));

          if (child->date_of_birth != NULL && strcmp (child->date_of_birth, event->date) > 0)
            return fail (document, EXCHANGE_EVENT, i,
                         _("the event is dated before the date of birth of a child it "
                           "concerns"),
                         error);
        }
    }

  return TRUE;
}

static gboolean
check_visits (ExchangeDocument  *document,
              GError           **error)
{
  gint64 latest = hearth_date_time_now () + VISIT_CLOCK_SLACK;
  GPtrArray *visits = document->records[EXCHANGE_VISIT];

  for (guint i = 0; i < visits->len; i++)
    {
      const HearthVisit *visit = g_ptr_array_index (visits, i);

      if (visit->visited_at > latest)
        return fail (document, EXCHANGE_VISIT, i, _("the visit is in the future"), error);
    }

  return TRUE;
}

static gboolean
check_versions (ExchangeDocument  *document,
                GError           **error)
{
  GPtrArray *assessments = document->records[EXCHANGE_ASSESSMENT];
  g_autofree guint *successors = g_new0 (guint, assessments->len + 1);

  for (guint i = 0; i < assessments->len; i++)
    {
      const HearthAssessment *assessment = g_ptr_array_index (assessments, i);
      const HearthAssessment *earlier;

      if (assessment->status == HEARTH_ASSESSMENT_STATUS_DRAFT && assessment->finalised_at != 0)
        return fail (document, EXCHANGE_ASSESSMENT, i,
                     _("a draft assessment cannot have a time it was finalised"), error);

      if (assessment->status != HEARTH_ASSESSMENT_STATUS_DRAFT && assessment->finalised_at == 0)
        return fail (document, EXCHANGE_ASSESSMENT, i,
                     _("a final or superseded assessment needs the time it was finalised"),
                     error);

      if (assessment->supersedes_id == 0)
        continue;

      earlier = get_record (document, EXCHANGE_ASSESSMENT, assessment->supersedes_id);
      if (earlier->scope != assessment->scope || earlier->child_id != assessment->child_id
          || g_strcmp0 (earlier->instrument_id, assessment->instrument_id) != 0)
        return fail (document, EXCHANGE_ASSESSMENT, i,
                     _("the assessment supersedes a version of a different assessment"), error);

      if (earlier->status != HEARTH_ASSESSMENT_STATUS_SUPERSEDED)
        return fail (document, EXCHANGE_ASSESSMENT, i,
                     _("the assessment supersedes a version that is not marked superseded"),
                     error);

      if (++successors[assessment->supersedes_id] > 1)
        return fail (document, EXCHANGE_ASSESSMENT, i,
                     _("the assessment supersedes a version that another already supersedes"),
                     error);
    }

  for (guint i = 0; i < assessments->len; i++)
    {
      const HearthAssessment *assessment = g_ptr_array_index (assessments, i);

      if (assessment->status == HEARTH_ASSESSMENT_STATUS_SUPERSEDED && successors[i + 1] == 0)
        return fail (document, EXCHANGE_ASSESSMENT, i,
                     _("the assessment is marked superseded but no later version supersedes it"),
                     error);
    }

  return TRUE;
}

static gboolean
check_response (ExchangeDocument      *document,
                guint                  index,
                HearthInstrument      *instrument,
                const HearthResponse  *response,
                GError               **error)
{
  const HearthInstrumentItem *item = hearth_instrument_lookup_item (instrument, response->item_id);
  const HearthInstrumentField *field = hearth_instrument_lookup_field (instrument, response->item_id);
  gboolean names_child = g_hash_table_contains (document->child_responses, response);

  if (item == NULL && field == NULL)
    return fail (document, EXCHANGE_ASSESSMENT, index,
                 _("the assessment answers an item its instrument does not have"), error);

  if (item != NULL)
    {
      if (response->level != HEARTH_LEVEL_NONE
          && hearth_instrument_lookup_level (instrument, response->level) == NULL)
        return fail (document, EXCHANGE_ASSESSMENT, index,
                     _("an answer has a level that is not on its instrument’s scale"), error);

      if (names_child)
        return fail (document, EXCHANGE_ASSESSMENT, index,
                     _("an answer to a rated item names a child"), error);

      return TRUE;
    }

  if (response->level != HEARTH_LEVEL_NONE)
    return fail (document, EXCHANGE_ASSESSMENT, index,
                 _("an answer to a field has a level, which only rated items have"), error);

  if (field->type == HEARTH_FIELD_CHILD)
    {
      /* A bare value would be a database id from somewhere else. */
      if (!names_child && response->value != NULL && *response->value != '\0')
        return fail (document, EXCHANGE_ASSESSMENT, index,
                     _("an answer that chooses a child must name the child by its id in the "
                       "document"),
                     error);
    }
  else if (names_child)
    return fail (document, EXCHANGE_ASSESSMENT, index,
                 _("an answer names a child for a field that does not choose a child"), error);

  return TRUE;
}

static gboolean
check_answers (ExchangeDocument  *document,
               GError           **error)
{
  g_autoptr(HearthInstrumentRegistry) instruments = NULL;
  GPtrArray *assessments = document->records[EXCHANGE_ASSESSMENT];

  if (assessments->len == 0)
    return TRUE;

  instruments = hearth_exchange_load_instruments (error);
  if (instruments == NULL)
    return FALSE;

  for (guint i = 0; i < assessments->len; i++)
    {
      const HearthAssessment *assessment = g_ptr_array_index (assessments, i);
      g_autoptr(HearthInstrument) instrument = NULL;
      HearthAssessmentScope scope;

      instrument = hearth_exchange_lookup_instrument (instruments, assessment->instrument_id,
                                                      assessment->instrument_version);
      if (instrument == NULL)
        continue;

      scope = hearth_instrument_get_scope (instrument) == HEARTH_INSTRUMENT_SCOPE_CHILD
              ? HEARTH_ASSESSMENT_SCOPE_CHILD : HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD;
      if (scope != assessment->scope)
        return fail (document, EXCHANGE_ASSESSMENT, i,
                     _("the assessment’s scope is not its instrument’s"), error);

      for (guint r = 0; r < assessment->responses->len; r++)
        if (!check_response (document, i, instrument,
                             g_ptr_array_index (assessment->responses, r), error))
          return FALSE;
    }

  return TRUE;
}

/*
 * hearth_exchange_check_document:
 * @document: a document read by hearth_exchange_read_document()
 *
 * Checks what needs more than one record at a time (see the top of this
 * file).
 *
 * Returns: %TRUE when the document makes sense; %FALSE with
 *   %HEARTH_EXCHANGE_ERROR_INVALID naming the line at fault
 */
gboolean
hearth_exchange_check_document (ExchangeDocument  *document,
                                GError           **error)
{
  return check_chronology (document, error)
         && check_visits (document, error)
         && check_versions (document, error)
         && check_answers (document, error);
}
