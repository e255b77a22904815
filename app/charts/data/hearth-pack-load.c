/* hearth-pack-load.c
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
#include <string.h>

#include "core/hearth-date.h"
#include "core/hearth-scoring.h"
#include "core/hearth-supervision.h"

#include "hearth-chart-set.h"
#include "hearth-pack-load-private.h"

/* The bridge from a family's stored records to the supervision pack's
 * data: what the period covers and every record put into words for the
 * page. The signals are in hearth-pack-load-signals.c, the assessments
 * in hearth-pack-load-assessments.c. */

static void
clear_loader (HearthPackLoader *loader)
{
  g_clear_pointer (&loader->as_of, g_free);
  g_clear_pointer (&loader->people, g_ptr_array_unref);
  g_clear_pointer (&loader->events, g_ptr_array_unref);
  g_clear_pointer (&loader->visits, g_ptr_array_unref);
  g_clear_pointer (&loader->assessments, g_ptr_array_unref);
  g_clear_pointer (&loader->periods, g_ptr_array_unref);
  g_clear_pointer (&loader->supervisions, g_ptr_array_unref);
  g_clear_pointer (&loader->data, hearth_pack_data_free);
}

static gboolean
in_period (HearthPackLoader *loader,
           const char       *date)
{
  if (date == NULL || !hearth_date_validate (date, NULL))
    return FALSE;
  return (loader->options.from == NULL || strcmp (date, loader->options.from) >= 0)
         && strcmp (date, loader->as_of) <= 0;
}


static gint32
day_of (const char *date)
{
  GDate gdate;

  if (date == NULL || !hearth_date_parse (date, &gdate, NULL))
    return HEARTH_CHART_DAY_NONE;
  return hearth_chart_day_from_date (&gdate);
}

static void
read_people (HearthPackLoader *loader)
{
  for (guint i = 0; i < loader->people->len; i++)
    {
      const HearthPerson *person = g_ptr_array_index (loader->people, i);
      g_autofree char *details = NULL;

      if (hearth_person_is_child (person))
        {
          g_autofree char *born = NULL;
          int years;

          if (person->date_of_birth == NULL)
            details = g_strdup (_("date of birth not recorded"));
          else
            {
              born = hearth_pack_load_format_date (person->date_of_birth,
                                                   HEARTH_DATE_PRECISION_DAY);
              if (hearth_person_get_age_at (person, loader->as_of, &years) && years >= 0)
                /* Translators: a child on the pack's cover: date of birth and age. */
                details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "born %s, aged %d",
                                                        "born %s, aged %d", years),
                                           born, years);
              else
                details = g_strdup_printf (_("born %s"), born);
            }
          g_ptr_array_add (loader->data->children, hearth_pack_person_new (person->name, details));
        }
      else
        {
          /* Think family: adults outside the home are listed too
           * (DESIGN.md, "the invisible men"). */
          details = g_strdup_printf (person->lives_in_home ? _("%s, lives in the home")
                                                           : _("%s, does not live in the home"),
                                     hearth_adult_role_get_label (person->role));
          g_ptr_array_add (loader->data->adults, hearth_pack_person_new (person->name, details));
        }
    }
}

static const char *
first_record_date (HearthPackLoader *loader)
{
  const char *first = NULL;

  for (guint i = 0; i < loader->events->len; i++)
    {
      const HearthEvent *event = g_ptr_array_index (loader->events, i);

      if (hearth_pack_load_not_after (loader, event->date) && (first == NULL || strcmp (event->date, first) < 0))
        first = event->date;
    }
  return first;
}

static char *
describe_period (HearthPackLoader *loader)
{
  const char *from = loader->options.from != NULL ? loader->options.from
                                                  : first_record_date (loader);
  g_autofree char *to_text = hearth_pack_load_format_date (loader->as_of,
                                                           HEARTH_DATE_PRECISION_DAY);
  g_autofree char *from_text = NULL;

  if (from == NULL)
    /* Translators: the period a pack covers when nothing came before; %s is a date. */
    return g_strdup_printf (_("Up to %s"), to_text);
  from_text = hearth_pack_load_format_date (from, HEARTH_DATE_PRECISION_DAY);
  /* Translators: the period a pack covers: from one date to another. */
  return g_strdup_printf (_("%s to %s"), from_text, to_text);
}

static const char *
impact_label (HearthEventImpact impact)
{
  switch (impact)
    {
    case HEARTH_EVENT_IMPACT_POSITIVE:
      return _("Positive");
    case HEARTH_EVENT_IMPACT_NEGATIVE:
      return _("Harmful");
    case HEARTH_EVENT_IMPACT_NEUTRAL:
      return _("Neither good nor harmful");
    case HEARTH_EVENT_IMPACT_UNKNOWN:
    default:
      return _("Not known");
    }
}

static void
read_events (HearthPackLoader *loader)
{
  for (guint i = 0; i < loader->events->len; i++)
    {
      const HearthEvent *event = g_ptr_array_index (loader->events, i);
      g_autofree char *date = NULL;
      HearthPackEvent *row;

      if (!in_period (loader, event->date))
        continue;

      date = hearth_pack_load_format_date (event->date, event->precision);
      row = hearth_pack_event_new (date, event->source_agency,
                                   hearth_event_category_get_label (event->category),
                                   event->what_happened);
      if (event->child_ids != NULL && event->child_ids->len > 0)
        {
          GString *children = g_string_new (NULL);

          for (guint c = 0; c < event->child_ids->len; c++)
            g_string_append_printf (
                children, "%s%s", c > 0 ? ", " : "",
                hearth_pack_load_person_name (loader, g_array_index (event->child_ids, gint64, c)));
          row->children = g_string_free (children, FALSE);
        }
      row->impact = event->impact_text != NULL && event->impact_text[0] != '\0'
                        ? g_strdup_printf ("%s\n%s", impact_label (event->impact),
                                           event->impact_text)
                        : g_strdup (impact_label (event->impact));
      row->action = g_strdup (event->action_taken);
      row->significance = event->significance;
      g_ptr_array_add (loader->data->events, row);
    }
}

static gboolean
read_charts (HearthPackLoader  *loader,
             HearthStore       *store,
             GError           **error)
{
  g_autoptr(HearthChartSet) set = NULL;
  HearthChartSetOptions options;

  hearth_chart_set_options_init (&options);
  options.registry = loader->options.registry;
  options.levels = loader->options.levels;
  options.drift_threshold_days = (gint32) loader->options.drift_weeks * 7;
  options.today = day_of (loader->as_of);
  options.first_day = day_of (loader->options.from);
  options.last_day = day_of (loader->as_of);

  set = hearth_chart_set_load (store, loader->family, &options, error);
  if (set == NULL)
    return FALSE;

  loader->data->timeline = hearth_timeline_data_ref (hearth_chart_set_get_timeline (set));
  loader->data->screening
      = hearth_comparison_data_ref (hearth_chart_set_get_comparison (set,
                                                                     HEARTH_COMPARISON_SIBLINGS));
  loader->data->home
      = hearth_comparison_data_ref (hearth_chart_set_get_comparison (set, HEARTH_COMPARISON_HOME));
  loader->data->first_day = options.first_day;
  loader->data->last_day = loader->options.to != NULL ? options.last_day : HEARTH_CHART_DAY_NONE;
  return TRUE;
}

/* A reflection as the supervision page stores it: each prompt's answer
 * under its heading as written; text before the first heading stands
 * alone. */
static void
add_reflection (HearthPackSupervision *row,
                const char            *reflection)
{
  g_autoptr(GPtrArray) sections = hearth_supervision_read_reflection (reflection);

  for (guint i = 0; i < sections->len; i++)
    {
      const HearthReflectionSection *section = g_ptr_array_index (sections, i);
      g_autofree char *answer = g_strstrip (g_strdup (section->text));

      if (answer[0] != '\0')
        hearth_pack_supervision_add_section (row,
                                             section->heading != NULL ? section->heading
                                                                      : _("Reflection"),
                                             answer);
    }
}

static int
compare_supervisions_latest_first (gconstpointer a,
                                   gconstpointer b)
{
  const HearthSupervision *first = *(HearthSupervision * const *) a;
  const HearthSupervision *second = *(HearthSupervision * const *) b;
  int order = g_strcmp0 (second->date, first->date);

  return order != 0 ? order : (second->id > first->id) - (second->id < first->id);
}

static void
read_supervisions (HearthPackLoader *loader)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  for (guint i = 0; i < loader->supervisions->len; i++)
    {
      HearthSupervision *record = g_ptr_array_index (loader->supervisions, i);

      if (in_period (loader, record->date))
        g_ptr_array_add (records, record);
    }
  g_ptr_array_sort (records, compare_supervisions_latest_first);

  for (guint i = 0; i < records->len; i++)
    {
      const HearthSupervision *record = g_ptr_array_index (records, i);
      g_autofree char *date = hearth_pack_load_format_date (record->date,
                                                            HEARTH_DATE_PRECISION_DAY);
      HearthPackSupervision *row = hearth_pack_supervision_new (date);

      hearth_pack_supervision_add_field (row, _("Supervisor"), record->supervisor);
      hearth_pack_supervision_add_field (row, _("Practitioner"), record->practitioner);
      hearth_pack_supervision_add_field (row, _("Status"),
                                         record->status == HEARTH_SUPERVISION_STATUS_FINAL
                                         ? _("Finalised")
                                         : _("Draft, not yet finalised"));
      if (record->next_review != NULL)
        {
          g_autofree char *review = hearth_pack_load_format_date (record->next_review,
                                                                  HEARTH_DATE_PRECISION_DAY);

          hearth_pack_supervision_add_field (row, _("Next review"), review);
        }
      if (record->reflection != NULL)
        add_reflection (row, record->reflection);
      if (record->decisions != NULL && record->decisions[0] != '\0')
        hearth_pack_supervision_add_section (row, _("Decisions"), record->decisions);

      for (guint a = 0; a < record->actions->len; a++)
        {
          const HearthSupervisionAction *action = g_ptr_array_index (record->actions, a);
          g_autofree char *due = NULL;
          gboolean overdue;

          if (action->due_date != NULL)
            due = hearth_pack_load_format_date (action->due_date, HEARTH_DATE_PRECISION_DAY);
          overdue = !action->done && action->due_date != NULL
                    && strcmp (action->due_date, loader->as_of) < 0;
          hearth_pack_supervision_add_action (row, action->text, action->owner, due,
                                              action->done ? _("Done")
                                              : overdue    ? _("Overdue")
                                                           : _("Open"),
                                              overdue);
        }
      g_ptr_array_add (loader->data->supervisions, row);
    }
}

/**
 * hearth_pack_load_not_after: (skip)
 * @loader: a loader
 * @date: (nullable): "YYYY-MM-DD"
 *
 * Returns: whether @date is a valid date no later than the period's end
 */
gboolean
hearth_pack_load_not_after (HearthPackLoader *loader,
                            const char       *date)
{
  return date != NULL && hearth_date_validate (date, NULL) && strcmp (date, loader->as_of) <= 0;
}

/**
 * hearth_pack_load_find_by_id: (skip)
 * @array: (nullable): records whose row id is at @id_offset
 * @id_offset: where each record keeps its row id
 * @id: the row id to find
 *
 * Returns: (transfer none) (nullable): the record with that id
 */
gpointer
hearth_pack_load_find_by_id (GPtrArray *array,
                             gsize      id_offset,
                             gint64     id)
{
  for (guint i = 0; array != NULL && i < array->len; i++)
    {
      gpointer item = g_ptr_array_index (array, i);

      if (G_STRUCT_MEMBER (gint64, item, id_offset) == id)
        return item;
    }
  return NULL;
}

/**
 * hearth_pack_load_format_date: (skip)
 * @iso_date: (nullable): "YYYY-MM-DD"
 * @precision: how precisely the date is known
 *
 * Returns: (transfer full): the date for people to read: "3 May 2014",
 *   "May 2014", "about 3 May 2014"
 */
char *
hearth_pack_load_format_date (const char          *iso_date,
                              HearthDatePrecision  precision)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;
  GDate date;

  if (iso_date == NULL || !hearth_date_parse (iso_date, &date, NULL))
    return g_strdup (_("Unknown date"));

  time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);
  switch (precision)
    {
    case HEARTH_DATE_PRECISION_MONTH:
      /* Translators: a date known to the month; see g_date_time_format(). */
      return g_date_time_format (time, _("%B %Y"));
    case HEARTH_DATE_PRECISION_APPROXIMATE:
      text = g_date_time_format (time, _("%-d %B %Y"));
      return g_strdup_printf (_("about %s"), text);
    case HEARTH_DATE_PRECISION_UNCERTAIN:
      text = g_date_time_format (time, _("%-d %B %Y"));
      return g_strdup_printf (_("%s (uncertain)"), text);
    case HEARTH_DATE_PRECISION_DAY:
    default:
      /* Translators: a full date; see g_date_time_format(). */
      return g_date_time_format (time, _("%-d %B %Y"));
    }
}

/**
 * hearth_pack_load_person_name: (skip)
 * @loader: a loader
 * @person_id: a person's row id
 *
 * Returns: (transfer none): the person's name
 */
const char *
hearth_pack_load_person_name (HearthPackLoader *loader,
                              gint64            person_id)
{
  const HearthPerson *person = hearth_pack_load_find_by_id (loader->people,
                                                            G_STRUCT_OFFSET (HearthPerson, id),
                                                            person_id);

  return person != NULL ? person->name : _("someone no longer recorded");
}

/**
 * hearth_pack_load_level_name: (skip)
 * @loader: a loader
 * @level: a level of need, 1 to 4
 *
 * Returns: (transfer full): "Level 3: Child in need", with the local
 *   name where there is one
 */
char *
hearth_pack_load_level_name (HearthPackLoader *loader,
                             int               level)
{
  const char *name = loader->options.levels != NULL
                         ? hearth_levels_of_need_get_name (loader->options.levels, level)
                         : NULL;

  if (name == NULL)
    return g_strdup_printf (_("Level %d"), level);
  /* Translators: a level of need: its number, then its local name. */
  return g_strdup_printf (_("Level %d: %s"), level, name);
}

/**
 * hearth_pack_load_instrument: (skip)
 * @loader: a loader
 * @assessment: an assessment
 *
 * Returns: (transfer full) (nullable): the instrument it was made with
 */
HearthInstrument *
hearth_pack_load_instrument (HearthPackLoader       *loader,
                             const HearthAssessment *assessment)
{
  gint64 version = 0;

  if (loader->options.registry == NULL)
    return NULL;
  if (assessment->instrument_version != NULL
      && !g_ascii_string_to_signed (assessment->instrument_version, 10, 1, G_MAXINT, &version,
                                    NULL))
    version = 0;
  return hearth_instrument_registry_lookup (loader->options.registry, assessment->instrument_id,
                                            (int) version, NULL);
}

/**
 * hearth_pack_options_init:
 * @options: (out caller-allocates): options to fill
 *
 * Sets the defaults: no instruments or level names, the whole record up
 * to today, prepared by the store's actor, the default drift threshold.
 */
void
hearth_pack_options_init (HearthPackOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
}

/**
 * hearth_pack_data_load:
 * @store: the store
 * @family: a stored family
 * @options: (nullable): what the pack covers; %NULL for the defaults
 * @error: return location for a #HearthStoreError
 *
 * Reads a family's records and puts what a supervision pack shows into
 * words: the cover, the signals worked out as at the period's end with
 * the records they rest on, the charts' data, the chronology of the
 * period, the latest finalised screening of each child and of the home,
 * and the supervision records of the period.
 *
 * Returns: (transfer full): the pack's data, or %NULL with @error set
 *   when the store cannot be read
 */
HearthPackData *
hearth_pack_data_load (HearthStore              *store,
                       HearthFamily             *family,
                       const HearthPackOptions  *options,
                       GError                  **error)
{
  HearthPackLoader loader = { { 0 } };
  g_autofree char *today = NULL;
  const char *actor;
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_STORE (store), NULL);
  g_return_val_if_fail (family != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options != NULL)
    loader.options = *options;
  else
    hearth_pack_options_init (&loader.options);
  g_return_val_if_fail (loader.options.from == NULL
                        || hearth_date_validate (loader.options.from, NULL), NULL);
  g_return_val_if_fail (loader.options.to == NULL
                        || hearth_date_validate (loader.options.to, NULL), NULL);
  g_return_val_if_fail (loader.options.from == NULL || loader.options.to == NULL
                        || strcmp (loader.options.from, loader.options.to) <= 0, NULL);

  today = loader.options.today != NULL ? g_strdup (loader.options.today)
                                       : hearth_date_dup_today ();
  loader.family = family;
  loader.as_of = g_strdup (loader.options.to != NULL ? loader.options.to : today);
  id = family->id;

  if ((loader.people = hearth_store_list_people (store, id, error)) == NULL
      || (loader.events = hearth_store_list_events (store, id, error)) == NULL
      || (loader.visits = hearth_store_list_visits (store, id, error)) == NULL
      || (loader.assessments = hearth_store_list_assessments (store, id, error)) == NULL
      || (loader.periods = hearth_store_list_periods (store, id, error)) == NULL
      || (loader.supervisions = hearth_store_list_supervisions (store, id, error)) == NULL)
    {
      clear_loader (&loader);
      return NULL;
    }

  loader.data = hearth_pack_data_new ();
  loader.data->case_reference = g_strdup (family->case_reference);
  loader.data->family_name = g_strdup (family->display_name);
  loader.data->period = describe_period (&loader);
  actor = loader.options.prepared_by != NULL ? loader.options.prepared_by
                                             : hearth_store_get_actor (store);
  loader.data->prepared_by = g_strdup (actor != NULL ? actor : g_get_real_name ());
  loader.data->prepared_on = hearth_pack_load_format_date (today, HEARTH_DATE_PRECISION_DAY);
  loader.data->as_of = hearth_pack_load_format_date (loader.as_of, HEARTH_DATE_PRECISION_DAY);

  if (!read_charts (&loader, store, error))
    {
      clear_loader (&loader);
      return NULL;
    }
  read_people (&loader);
  hearth_pack_load_signals (&loader);
  read_events (&loader);
  hearth_pack_load_assessments (&loader);
  read_supervisions (&loader);

  {
    HearthPackData *data = g_steal_pointer (&loader.data);

    clear_loader (&loader);
    return data;
  }
}

/**
 * hearth_pack_load:
 * @store: the store
 * @family: a stored family
 * @options: (nullable): what the pack covers; %NULL for the defaults
 * @error: return location for a #HearthStoreError
 *
 * Reads a family's supervision pack from the store and lays it out, for
 * hearth_pack_document_write_pdf() or for printing.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
HearthPackDocument *
hearth_pack_load (HearthStore              *store,
                  HearthFamily             *family,
                  const HearthPackOptions  *options,
                  GError                  **error)
{
  g_autoptr(HearthPackData) data = hearth_pack_data_load (store, family, options, error);

  if (data == NULL)
    return NULL;
  return hearth_pack_build (data);
}
