/* durability-writer.c
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

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "store/hearth-store.h"

/*
 * durability-writer DATABASE [PAUSE_US]
 *
 * Writes records to DATABASE for ever, one event or one autosave per
 * transaction, and prints a line on standard output for each record after
 * its commit returns:
 *
 *   event ID
 *   response ASSESSMENT_ID ITEM_ID LEVEL
 *
 * An autosave is what the assessment window does (save_pending_cb): one to
 * four responses, each with a note, in one hearth_store_transaction().
 *
 * The durability test kills this process at random moments and then checks
 * that everything it printed is in the database. With PAUSE_US, the writer
 * rests that many microseconds between transactions, as the GUI does
 * between autosaves, so that two writers on one database both get turns:
 * SQLite's busy handler polls, and a writer that never rests would take
 * the lock back before the other's next poll.
 */

typedef struct
{
  gint64          assessment_id;
  HearthResponse *responses[4];
  guint           n_responses;
} Autosave;

static gboolean
autosave_cb (HearthStore  *store,
             gpointer      user_data,
             GError      **error)
{
  Autosave *autosave = user_data;

  for (guint i = 0; i < autosave->n_responses; i++)
    if (!hearth_store_save_response (store, autosave->assessment_id, autosave->responses[i], error))
      return FALSE;

  return TRUE;
}

static HearthFamily *
find_or_create_family (HearthStore  *store,
                       GError      **error)
{
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(GError) local_error = NULL;

  family = hearth_store_load_family_by_reference (store, "DUR-1", &local_error);
  if (family != NULL)
    return g_steal_pointer (&family);

  if (!g_error_matches (local_error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  family = hearth_family_new ("DUR-1", "Durability household");
  if (!hearth_store_save_family (store, family, error))
    return NULL;

  return g_steal_pointer (&family);
}

static gint64
find_or_create_draft (HearthStore   *store,
                      HearthFamily  *family,
                      GError       **error)
{
  g_autoptr(GPtrArray) assessments = hearth_store_list_assessments (store, family->id, error);
  g_autoptr(HearthAssessment) assessment = NULL;

  if (assessments == NULL)
    return 0;

  for (guint i = 0; i < assessments->len; i++)
    {
      HearthAssessment *candidate = g_ptr_array_index (assessments, i);

      if (hearth_assessment_is_editable (candidate))
        return candidate->id;
    }

  assessment = hearth_assessment_new (family->id, HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD, 0,
                                      "home-conditions", "1");
  if (!hearth_store_save_assessment (store, assessment, error))
    return 0;

  return assessment->id;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = NULL;
  gint64 assessment_id;
  guint64 n = 0;
  gulong pause_us;

  if (argc != 2 && argc != 3)
    {
      fprintf (stderr, "Usage: durability-writer DATABASE [PAUSE_US]\n");
      return 2;
    }
  pause_us = argc == 3 ? (gulong) g_ascii_strtoull (argv[2], NULL, 10) : 0;

  store = hearth_store_open (argv[1], &error);
  if (store == NULL
      || (family = find_or_create_family (store, &error)) == NULL
      || (assessment_id = find_or_create_draft (store, family, &error)) == 0)
    {
      fprintf (stderr, "durability-writer: %s\n", error->message);
      return 1;
    }

  for (;;)
    {
      n++;

      if (n % 2 == 0)
        {
          g_autoptr(HearthEvent) event = hearth_event_new (family->id, "2025-01-01",
                                                           HEARTH_EVENT_CATEGORY_OTHER, "Test agency",
                                                           "A write that must survive.");

          if (!hearth_store_save_event (store, event, &error))
            break;
          printf ("event %" G_GINT64_FORMAT "\n", event->id);
        }
      else
        {
          Autosave autosave = { assessment_id, { NULL }, 1 + n % 4 };
          gboolean saved;

          for (guint i = 0; i < autosave.n_responses; i++)
            {
              g_autofree char *item = g_strdup_printf ("item-%d-%" G_GUINT64_FORMAT "-%u",
                                                       (int) getpid (), n, i);

              autosave.responses[i] = hearth_response_new (item);
              autosave.responses[i]->level = (int) ((n + i) % 4) + 1;
              autosave.responses[i]->note = g_strdup ("Seen at the visit; a note that must survive.");
            }

          saved = hearth_store_transaction (store, autosave_cb, &autosave, &error);
          for (guint i = 0; i < autosave.n_responses; i++)
            {
              if (saved)
                printf ("response %" G_GINT64_FORMAT " %s %d\n", assessment_id,
                        autosave.responses[i]->item_id, autosave.responses[i]->level);
              hearth_response_free (autosave.responses[i]);
            }
          if (!saved)
            break;
        }

      /* Acknowledge only after the commit has returned. */
      fflush (stdout);

      if (pause_us > 0)
        g_usleep (pause_us);
    }

  fprintf (stderr, "durability-writer: %s\n", error->message);
  return 1;
}
