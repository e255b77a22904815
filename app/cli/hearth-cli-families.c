/* hearth-cli-families.c
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

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/hearth-date.h"

#include "hearth-cli-private.h"

/*
 * The families and family commands: a plain-text view of the database for
 * scripts and tests. Each line is either a "Label: value" pair or an
 * indented, tab-separated record, so `grep` and `cut` can pick it apart.
 */

/* Opens the database for reading, refusing to create one: a mistyped path
 * must not leave an empty database behind. */
static HearthStore *
open_existing_store (HearthCli  *cli,
                     GError    **error)
{
  g_autofree char *path = cli->database_path != NULL ? g_strdup (cli->database_path)
                                                     : hearth_store_dup_default_path ();

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_OPEN,
                           "There is no database at the path given.");
      return NULL;
    }

  return hearth_cli_open_store (cli, error);
}

static const char *
yes_no (gboolean value)
{
  return value ? "yes" : "no";
}

static const char *
person_name (GPtrArray *people,
             gint64     person_id)
{
  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);

      if (person->id == person_id)
        return person->name;
    }

  return "(unknown)";
}

static void
print_people (GPtrArray  *people,
              const char *today)
{
  guint n_children = 0, n_adults = 0;

  for (guint i = 0; i < people->len; i++)
    {
      if (hearth_person_is_child (g_ptr_array_index (people, i)))
        n_children++;
      else
        n_adults++;
    }

  printf ("\nChildren: %u\n", n_children);
  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);
      int age;

      if (!hearth_person_is_child (person))
        continue;

      printf ("  %s\tborn %s", person->name, person->date_of_birth);
      if (hearth_person_get_age_at (person, today, &age))
        printf ("\tage %d", age);
      printf ("\t%s%s\n", hearth_sex_to_string (person->sex), person->send ? "\tSEND" : "");
    }

  printf ("\nAdults: %u\n", n_adults);
  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);

      if (hearth_person_is_child (person))
        continue;

      printf ("  %s\t%s\t%s\n", person->name, hearth_adult_role_to_string (person->role),
              person->lives_in_home ? "lives in the home" : "does not live in the home");
    }
}

static void
print_visits (GPtrArray *visits)
{
  printf ("\nVisits: %u\n", visits->len);
  for (guint i = 0; i < visits->len; i++)
    {
      HearthVisit *visit = g_ptr_array_index (visits, i);
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (visit->visited_at);
      g_autoptr(GDateTime) local = g_date_time_to_local (utc);
      g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
      guint n_seen = 0, n_alone = 0;

      for (guint c = 0; c < visit->children->len; c++)
        {
          const HearthVisitChild *child = &g_array_index (visit->children, HearthVisitChild, c);

          n_seen += child->seen ? 1 : 0;
          n_alone += child->seen_alone ? 1 : 0;
        }

      printf ("  %s\t%s\t%s\tchildren seen %u of %u, alone %u\n", when, visit->practitioner,
              visit->announced ? "announced" : "unannounced", n_seen, visit->children->len, n_alone);
    }
}

static void
print_assessments (GPtrArray *assessments,
                   GPtrArray *people)
{
  printf ("\nAssessments: %u\n", assessments->len);
  for (guint i = 0; i < assessments->len; i++)
    {
      HearthAssessment *assessment = g_ptr_array_index (assessments, i);

      printf ("  %" G_GINT64_FORMAT "\t%s\t%s %s\t%s\n", assessment->id,
              hearth_assessment_status_to_string (assessment->status),
              assessment->instrument_id, assessment->instrument_version,
              assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD
                ? person_name (people, assessment->child_id) : "household");
    }
}

static void
print_periods (GPtrArray *periods,
               GPtrArray *people)
{
  printf ("\nPeriods: %u\n", periods->len);
  for (guint i = 0; i < periods->len; i++)
    {
      HearthPeriod *period = g_ptr_array_index (periods, i);

      printf ("  %s\t%s\t%s to %s\n", person_name (people, period->person_id),
              hearth_period_kind_to_string (period->kind), period->start_date,
              period->end_date != NULL ? period->end_date : "open");
    }
}

static int
show_family (HearthCli  *cli,
             const char *case_reference)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthFamily) family = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hearth_date_dup_today ();
  gint64 n_events;

  store = open_existing_store (cli, &error);
  if (store == NULL)
    return hearth_cli_error (error);

  family = hearth_store_load_family_by_reference (store, case_reference, &error);
  if (family == NULL)
    {
      if (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_NOT_FOUND))
        {
          fprintf (stderr, "hearth-cli: No family has the case reference “%s”.\n", case_reference);
          return HEARTH_CLI_EXIT_ERROR;
        }
      return hearth_cli_error (error);
    }

  if ((people = hearth_store_list_people (store, family->id, &error)) == NULL
      || (visits = hearth_store_list_visits (store, family->id, &error)) == NULL
      || (assessments = hearth_store_list_assessments (store, family->id, &error)) == NULL
      || (periods = hearth_store_list_periods (store, family->id, &error)) == NULL
      || (n_events = hearth_store_count_events (store, family->id, &error)) < 0)
    return hearth_cli_error (error);

  printf ("Case reference: %s\n", family->case_reference);
  printf ("Name: %s\n", family->display_name);
  printf ("Archived: %s\n", yes_no (family->archived));

  print_people (people, today);
  print_visits (visits);
  print_assessments (assessments, people);
  printf ("\nEvents: %" G_GINT64_FORMAT "\n", n_events);
  print_periods (periods, people);

  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_open_store:
 * @cli: global options
 *
 * Opens the database named by --database, or the default database, for
 * any command that needs the store. A missing database is created.
 *
 * Returns: (transfer full): the store, or %NULL with a %HEARTH_STORE_ERROR
 */
HearthStore *
hearth_cli_open_store (HearthCli  *cli,
                       GError    **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (cli != NULL, NULL);

  path = cli->database_path != NULL ? g_strdup (cli->database_path)
                                    : hearth_store_dup_default_path ();

  return hearth_cli_open_path (path, error);
}

/**
 * hearth_cli_families:
 * @cli: global options
 * @argc: the number of arguments, counting "families"
 * @argv: the arguments, starting with "families"
 *
 * Runs `families [--all]`: one line per family, the case reference, a tab
 * and the display name, in case reference order. Archived families are
 * listed only with --all.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR when the database
 *   cannot be read, or %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_families (HearthCli  *cli,
                     int         argc,
                     char      **argv)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GError) error = NULL;
  gboolean include_archived = FALSE;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--all"))
        include_archived = TRUE;
      else
        return hearth_cli_usage_error ("The command “families” takes only the option --all.");
    }

  store = open_existing_store (cli, &error);
  if (store == NULL)
    return hearth_cli_error (error);

  families = hearth_store_list_families (store, include_archived, &error);
  if (families == NULL)
    return hearth_cli_error (error);

  for (guint i = 0; i < families->len; i++)
    {
      HearthFamily *family = g_ptr_array_index (families, i);

      printf ("%s\t%s\n", family->case_reference, family->display_name);
    }

  return HEARTH_CLI_EXIT_OK;
}

/**
 * hearth_cli_family:
 * @cli: global options
 * @argc: the number of arguments, counting "family"
 * @argv: the arguments, starting with "family"
 *
 * Runs `family REF`: the family's details, people, visits, assessments,
 * number of chronology events and periods of involvement.
 *
 * Returns: %HEARTH_CLI_EXIT_OK, %HEARTH_CLI_EXIT_ERROR when no family has
 *   the reference or the database cannot be read, or
 *   %HEARTH_CLI_EXIT_USAGE
 */
int
hearth_cli_family (HearthCli  *cli,
                   int         argc,
                   char      **argv)
{
  if (argc != 2 || argv[1][0] == '\0')
    return hearth_cli_usage_error ("The command “family” needs one case reference.");
  /* The reference is echoed when no family has it: never echo bytes that
   * are not text. */
  if (!g_utf8_validate (argv[1], -1, NULL))
    return hearth_cli_usage_error ("The case reference is not valid UTF-8 text.");

  return show_family (cli, argv[1]);
}
