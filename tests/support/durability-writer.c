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
 * durability-writer DATABASE
 *
 * Writes records to DATABASE one per transaction, for ever, and prints a
 * line on standard output after each commit returns:
 *
 *   event ID
 *   response ASSESSMENT_ID ITEM_ID LEVEL
 *
 * The durability test kills this process at random moments and then checks
 * that everything it printed is in the database.
 */

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

  if (argc != 2)
    {
      fprintf (stderr, "Usage: durability-writer DATABASE\n");
      return 2;
    }

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
          g_autofree char *item = g_strdup_printf ("item-%d-%" G_GUINT64_FORMAT, (int) getpid (), n);
          g_autoptr(HearthResponse) response = hearth_response_new (item);

          response->level = (int) (n % 4) + 1;
          if (!hearth_store_save_response (store, assessment_id, response, &error))
            break;
          printf ("response %" G_GINT64_FORMAT " %s %d\n", assessment_id, item, response->level);
        }

      /* Acknowledge only after the commit has returned. */
      fflush (stdout);
    }

  fprintf (stderr, "durability-writer: %s\n", error->message);
  return 1;
}
