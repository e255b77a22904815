/* bench-generate.c
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

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "store/hearth-store-private.h"

/*
 * bench-generate [--schema-version N] DATABASE
 *
 * Writes a synthetic database at the scale of a large service: 10,000
 * families, 1,000,000 chronology events, 100,000 assessments with 20
 * responses each. The first family ("BENCH-00001") has exactly 2,000
 * events; the others share the rest. Everything goes through the store's
 * own save calls (so every row has its audit row, as in real use), batched
 * into transactions of 100 families. Deterministic: a fixed seed.
 *
 * With --schema-version N the database is written, and left, at that older
 * schema version, as an earlier Hearth would have written it: the upgrade
 * benchmark (bench-upgrade) times the first open by this Hearth.
 */

#define N_FAMILIES          10000
#define N_EVENTS            1000000
#define N_BIG_FAMILY_EVENTS 2000
#define N_ASSESSMENTS       100000
#define N_RESPONSES         20
#define BATCH               100

static const char * const agencies[] = {
  "School", "Health visitor", "GP", "Police", "Hospital", "Housing", "Nursery",
  "Children's social care", "Probation", "Youth service",
};

static const char * const happenings[] = {
  "Arrived at school without a coat and had not eaten breakfast; told staff there was no food at home.",
  "Missed the appointment for the second time; no contact from the family afterwards.",
  "Attended A&E with a burn to the hand; the explanation given was consistent with the injury.",
  "Neighbour reported shouting late at night and a child crying for a long time.",
  "New adult seen at the home; mother said he is a friend staying for a few weeks.",
  "Family moved to temporary accommodation after eviction; school place not yet found.",
  "Good attendance this half term and the child was proud of a certificate for reading.",
  "Home visit: kitchen cleaner than before, beds made, fridge stocked with fresh food.",
};

typedef struct
{
  GRand *rand;
  guint  next_family;
  guint  events_left;
  guint  assessments_left;
} Generator;

static guint
events_for_family (guint index)
{
  guint rest = N_EVENTS - N_BIG_FAMILY_EVENTS;
  guint others = N_FAMILIES - 1;

  if (index == 0)
    return N_BIG_FAMILY_EVENTS;

  /* Spread the rest evenly: the first (rest % others) families get one more. */
  return rest / others + ((index - 1) < rest % others ? 1 : 0);
}

static char *
random_date (GRand *rand,
             int    first_year,
             int    last_year)
{
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_rand_int_range (rand, first_year, last_year + 1),
                          g_rand_int_range (rand, 1, 13),
                          g_rand_int_range (rand, 1, 29));
}

static gboolean
add_family (HearthStore  *store,
            Generator    *gen,
            guint         index,
            GError      **error)
{
  g_autofree char *reference = g_strdup_printf ("BENCH-%05u", index + 1);
  g_autofree char *name = g_strdup_printf ("Synthetic household %u", index + 1);
  g_autoptr(HearthFamily) family = hearth_family_new (reference, name);
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_children = (guint) g_rand_int_range (gen->rand, 1, 5);
  guint n_adults = (guint) g_rand_int_range (gen->rand, 1, 4);
  guint n_events = events_for_family (index);
  guint n_assessments = N_ASSESSMENTS / N_FAMILIES;

  if (!hearth_store_save_family (store, family, error))
    return FALSE;

  for (guint i = 0; i < n_children; i++)
    {
      g_autofree char *child_name = g_strdup_printf ("Child %u of %u", i + 1, index + 1);
      g_autofree char *born = random_date (gen->rand, 2008, 2023);
      g_autoptr(HearthPerson) child = hearth_person_new_child (child_name, born);

      child->family_id = family->id;
      child->sex = (HearthSex) g_rand_int_range (gen->rand, 0, 3);
      child->send = g_rand_int_range (gen->rand, 0, 6) == 0;
      if (!hearth_store_save_person (store, child, error))
        return FALSE;
      g_array_append_val (children, child->id);
    }

  for (guint i = 0; i < n_adults; i++)
    {
      g_autofree char *adult_name = g_strdup_printf ("Adult %u of %u", i + 1, index + 1);
      g_autoptr(HearthPerson) adult = hearth_person_new_adult (adult_name,
                                                               (HearthAdultRole) g_rand_int_range (gen->rand, 0, 5),
                                                               g_rand_int_range (gen->rand, 0, 3) != 0);

      adult->family_id = family->id;
      if (!hearth_store_save_person (store, adult, error))
        return FALSE;
    }

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *date = random_date (gen->rand, 2015, 2025);
      g_autoptr(HearthEvent) event = NULL;
      guint which = (guint) g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (happenings));
      int n_named = g_rand_int_range (gen->rand, 0, 3);

      event = hearth_event_new (family->id, date,
                                (HearthEventCategory) g_rand_int_range (gen->rand, 0, HEARTH_EVENT_N_CATEGORIES),
                                agencies[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (agencies))],
                                happenings[which]);
      event->precision = (HearthDatePrecision) g_rand_int_range (gen->rand, 0, 4);
      event->impact = (HearthEventImpact) g_rand_int_range (gen->rand, 0, 4);
      event->significance = (HearthSignificance) g_rand_int_range (gen->rand, 0, 3);
      event->action_taken = g_strdup ("Discussed with the family and recorded; no further action today.");
      if (which % 3 == 0)
        event->impact_text = g_strdup ("Hungry and tired in class; struggled to concentrate.");
      for (int c = 0; c < n_named && (guint) c < children->len; c++)
        hearth_event_add_child (event, g_array_index (children, gint64, (guint) c));

      if (!hearth_store_save_event (store, event, error))
        return FALSE;
    }

  for (guint i = 0; i < n_assessments; i++)
    {
      gboolean household = i % 2 == 1;
      g_autoptr(HearthAssessment) assessment = NULL;

      assessment = hearth_assessment_new (family->id,
                                          household ? HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD
                                                    : HEARTH_ASSESSMENT_SCOPE_CHILD,
                                          household ? 0 : g_array_index (children, gint64, i / 2 % children->len),
                                          household ? "home-conditions" : "neglect-screening", "1");
      /* Most are history; the last of each family is still a draft. */
      if (i + 1 < n_assessments)
        {
          assessment->status = HEARTH_ASSESSMENT_STATUS_FINAL;
          assessment->finalised_at = 1700000000 + (gint64) i * 86400;
          assessment->finalised_by = g_strdup ("bench");
        }

      for (guint r = 0; r < N_RESPONSES; r++)
        {
          g_autofree char *item = g_strdup_printf ("item-%02u", r + 1);
          g_autoptr(HearthResponse) response = hearth_response_new (item);

          response->level = g_rand_int_range (gen->rand, 1, 6);
          if (r % 5 == 0)
            response->note = g_strdup ("Seen in the kitchen and the children's bedroom.");
          g_ptr_array_add (assessment->responses, g_steal_pointer (&response));
        }

      if (!hearth_store_save_assessment (store, assessment, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_batch_cb (HearthStore  *store,
              gpointer      user_data,
              GError      **error)
{
  Generator *gen = user_data;

  for (guint i = 0; i < BATCH && gen->next_family < N_FAMILIES; i++, gen->next_family++)
    {
      if (!add_family (store, gen, gen->next_family, error))
        return FALSE;
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  Generator gen = { NULL };
  int version = HEARTH_STORE_SCHEMA_VERSION;
  const char *path;

  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 4 && g_str_equal (argv[1], "--schema-version"))
    {
      version = atoi (argv[2]);
      argv += 2;
      argc -= 2;
    }

  if (argc != 2 || version < 2 || version > HEARTH_STORE_SCHEMA_VERSION)
    {
      fprintf (stderr, "Usage: bench-generate [--schema-version 2..%d] DATABASE\n",
               HEARTH_STORE_SCHEMA_VERSION);
      return 2;
    }
  path = argv[1];

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      fprintf (stderr, "bench-generate: The database already exists; remove it first.\n");
      return 1;
    }

  store = hearth_store_open_at_version (path, version, &error);
  if (store == NULL)
    {
      fprintf (stderr, "bench-generate: %s\n", error->message);
      return 1;
    }
  hearth_store_set_actor (store, "bench-generate");

  /* A generous page cache for the bulk load only; the store keeps SQLite's
   * default for everyday use. */
  sqlite3_exec (store->db, "PRAGMA cache_size = -262144", NULL, NULL, NULL);

  gen.rand = g_rand_new_with_seed (20260101);
  while (gen.next_family < N_FAMILIES)
    {
      if (!hearth_store_transaction (store, add_batch_cb, &gen, &error))
        {
          fprintf (stderr, "bench-generate: %s\n", error->message);
          return 1;
        }

      if (gen.next_family % 1000 == 0)
        fprintf (stderr, "bench-generate: %u families in %.1f s\n", gen.next_family,
                 g_timer_elapsed (timer, NULL));
    }
  g_rand_free (gen.rand);

  /* Fold the log into the main file, as a database at rest would be. */
  if (sqlite3_exec (store->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "bench-generate: checkpoint failed: %s\n", sqlite3_errmsg (store->db));
      return 1;
    }

  fprintf (stderr, "bench-generate: done in %.1f s\n", g_timer_elapsed (timer, NULL));
  return 0;
}
