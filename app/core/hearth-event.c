/* hearth-event.c
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

#define G_LOG_DOMAIN "hearth-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hearth-entities.h"
#include "hearth-entities-private.h"
#include "hearth-event.h"

G_DEFINE_BOXED_TYPE (HearthEvent, hearth_event, hearth_event_ref, hearth_event_unref)

static const char * const category_names[] = {
  [HEARTH_EVENT_CATEGORY_HOUSEHOLD_CHANGE] = "household-change",
  [HEARTH_EVENT_CATEGORY_NEW_ADULT] = "new-adult",
  [HEARTH_EVENT_CATEGORY_MOVE] = "move",
  [HEARTH_EVENT_CATEGORY_SCHOOL_CHANGE] = "school-change",
  [HEARTH_EVENT_CATEGORY_EXCLUSION] = "exclusion",
  [HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT] = "missed-appointment",
  [HEARTH_EVENT_CATEGORY_AE_ATTENDANCE] = "ae-attendance",
  [HEARTH_EVENT_CATEGORY_HEALTH] = "health",
  [HEARTH_EVENT_CATEGORY_EDUCATION] = "education",
  [HEARTH_EVENT_CATEGORY_DOMESTIC_ABUSE] = "domestic-abuse",
  [HEARTH_EVENT_CATEGORY_SUBSTANCE_MISUSE] = "substance-misuse",
  [HEARTH_EVENT_CATEGORY_POLICE] = "police",
  [HEARTH_EVENT_CATEGORY_MISSING_EPISODE] = "missing-episode",
  [HEARTH_EVENT_CATEGORY_REFERRAL] = "referral",
  [HEARTH_EVENT_CATEGORY_ASSESSMENT] = "assessment",
  [HEARTH_EVENT_CATEGORY_PLAN_OR_MEETING] = "plan-or-meeting",
  [HEARTH_EVENT_CATEGORY_SUPPORT_GIVEN] = "support-given",
  [HEARTH_EVENT_CATEGORY_POSITIVE] = "positive",
  [HEARTH_EVENT_CATEGORY_VISIT] = "visit",
  [HEARTH_EVENT_CATEGORY_OTHER] = "other",
};

static const char * const category_labels[] = {
  [HEARTH_EVENT_CATEGORY_HOUSEHOLD_CHANGE] = N_("Household change"),
  [HEARTH_EVENT_CATEGORY_NEW_ADULT] = N_("New adult"),
  [HEARTH_EVENT_CATEGORY_MOVE] = N_("Move"),
  [HEARTH_EVENT_CATEGORY_SCHOOL_CHANGE] = N_("School change"),
  [HEARTH_EVENT_CATEGORY_EXCLUSION] = N_("Exclusion"),
  [HEARTH_EVENT_CATEGORY_MISSED_APPOINTMENT] = N_("Missed appointment"),
  [HEARTH_EVENT_CATEGORY_AE_ATTENDANCE] = N_("A&E attendance"),
  [HEARTH_EVENT_CATEGORY_HEALTH] = N_("Health"),
  [HEARTH_EVENT_CATEGORY_EDUCATION] = N_("Education"),
  [HEARTH_EVENT_CATEGORY_DOMESTIC_ABUSE] = N_("Domestic abuse"),
  [HEARTH_EVENT_CATEGORY_SUBSTANCE_MISUSE] = N_("Substance misuse"),
  [HEARTH_EVENT_CATEGORY_POLICE] = N_("Police"),
  [HEARTH_EVENT_CATEGORY_MISSING_EPISODE] = N_("Missing episode"),
  [HEARTH_EVENT_CATEGORY_REFERRAL] = N_("Referral"),
  [HEARTH_EVENT_CATEGORY_ASSESSMENT] = N_("Assessment"),
  [HEARTH_EVENT_CATEGORY_PLAN_OR_MEETING] = N_("Plan or meeting"),
  [HEARTH_EVENT_CATEGORY_SUPPORT_GIVEN] = N_("Support given"),
  [HEARTH_EVENT_CATEGORY_POSITIVE] = N_("Positive event"),
  [HEARTH_EVENT_CATEGORY_VISIT] = N_("Visit"),
  [HEARTH_EVENT_CATEGORY_OTHER] = N_("Other"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (category_names) == HEARTH_EVENT_N_CATEGORIES);
G_STATIC_ASSERT (G_N_ELEMENTS (category_labels) == HEARTH_EVENT_N_CATEGORIES);

static const char * const impact_names[] = {
  [HEARTH_EVENT_IMPACT_UNKNOWN] = "unknown",
  [HEARTH_EVENT_IMPACT_POSITIVE] = "positive",
  [HEARTH_EVENT_IMPACT_NEGATIVE] = "negative",
  [HEARTH_EVENT_IMPACT_NEUTRAL] = "neutral",
};

static const char * const significance_names[] = {
  [HEARTH_SIGNIFICANCE_LOW] = "low",
  [HEARTH_SIGNIFICANCE_MEDIUM] = "medium",
  [HEARTH_SIGNIFICANCE_HIGH] = "high",
};

/* hearth_event_category_…(), hearth_event_impact_…() and
 * hearth_significance_…() to_string()/from_string(): stable storage strings
 * and the reverse lookup (FALSE for an unknown string). */
HEARTH_DEFINE_ENUM_STRINGS (HearthEventCategory, hearth_event_category, category_names)
HEARTH_DEFINE_ENUM_STRINGS (HearthEventImpact, hearth_event_impact, impact_names)
HEARTH_DEFINE_ENUM_STRINGS (HearthSignificance, hearth_significance, significance_names)

static void
event_clear (HearthEvent *self)
{
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->child_ids, g_array_unref);
  g_clear_pointer (&self->source_agency, g_free);
  g_clear_pointer (&self->what_happened, g_free);
  g_clear_pointer (&self->impact_text, g_free);
  g_clear_pointer (&self->action_taken, g_free);
  g_clear_pointer (&self->analysis, g_free);
}

/**
 * hearth_event_category_get_label:
 * @category: a chronology category
 *
 * Returns: (transfer none): the translated label of @category
 */
const char *
hearth_event_category_get_label (HearthEventCategory category)
{
  g_return_val_if_fail ((guint) category < G_N_ELEMENTS (category_labels), NULL);

  return g_dgettext (GETTEXT_PACKAGE, category_labels[category]);
}

/**
 * hearth_event_new:
 * @family_id: the family's row id
 * @date: (nullable): "YYYY-MM-DD"
 * @category: the category
 * @source_agency: (nullable): who reported it
 * @what_happened: (nullable): what happened
 *
 * Returns: (transfer full): a new household event with a day-precise date,
 *   unknown impact and low significance, not yet stored
 */
HearthEvent *
hearth_event_new (gint64               family_id,
                  const char          *date,
                  HearthEventCategory  category,
                  const char          *source_agency,
                  const char          *what_happened)
{
  HearthEvent *self = g_atomic_rc_box_new0 (HearthEvent);

  self->family_id = family_id;
  self->date = g_strdup (date);
  self->precision = HEARTH_DATE_PRECISION_DAY;
  self->child_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->category = category;
  self->source_agency = g_strdup (source_agency);
  self->what_happened = g_strdup (what_happened);
  self->impact = HEARTH_EVENT_IMPACT_UNKNOWN;
  self->significance = HEARTH_SIGNIFICANCE_LOW;

  return self;
}

/**
 * hearth_event_ref:
 * @event: an event
 *
 * Returns: (transfer full): @event, with one more reference
 */
HearthEvent *
hearth_event_ref (HearthEvent *event)
{
  g_return_val_if_fail (event != NULL, NULL);

  return g_atomic_rc_box_acquire (event);
}

/**
 * hearth_event_unref:
 * @event: (nullable): an event
 *
 * Drops a reference, freeing @event when it was the last.
 */
void
hearth_event_unref (HearthEvent *event)
{
  if (event != NULL)
    g_atomic_rc_box_release_full (event, (GDestroyNotify) event_clear);
}

/**
 * hearth_event_copy:
 * @event: an event
 *
 * Returns: (transfer full): a deep copy of @event, for editing
 */
HearthEvent *
hearth_event_copy (const HearthEvent *event)
{
  HearthEvent *copy;

  g_return_val_if_fail (event != NULL, NULL);

  copy = g_atomic_rc_box_new0 (HearthEvent);
  *copy = *event;
  copy->date = g_strdup (event->date);
  copy->child_ids = hearth_entities_ids_copy (event->child_ids);
  copy->source_agency = g_strdup (event->source_agency);
  copy->what_happened = g_strdup (event->what_happened);
  copy->impact_text = g_strdup (event->impact_text);
  copy->action_taken = g_strdup (event->action_taken);
  copy->analysis = g_strdup (event->analysis);

  return copy;
}

/**
 * hearth_event_add_child:
 * @event: an event
 * @person_id: a child's row id
 *
 * Records that the event concerns the child, once.
 */
void
hearth_event_add_child (HearthEvent *event,
                        gint64       person_id)
{
  g_return_if_fail (event != NULL);
  g_return_if_fail (person_id > 0);

  if (!hearth_entities_ids_contain (event->child_ids, person_id))
    g_array_append_val (event->child_ids, person_id);
}

/**
 * hearth_event_concerns_child:
 * @event: an event
 * @person_id: a child's row id
 *
 * Returns: %TRUE when the event names the child or concerns the whole
 *   household
 */
gboolean
hearth_event_concerns_child (const HearthEvent *event,
                             gint64             person_id)
{
  g_return_val_if_fail (event != NULL, FALSE);

  return hearth_event_is_household (event)
         || hearth_entities_ids_contain (event->child_ids, person_id);
}

/**
 * hearth_event_is_household:
 * @event: an event
 *
 * Returns: %TRUE when the event names no child, so concerns the household
 */
gboolean
hearth_event_is_household (const HearthEvent *event)
{
  g_return_val_if_fail (event != NULL, FALSE);

  return event->child_ids == NULL || event->child_ids->len == 0;
}

/**
 * hearth_event_validate:
 * @event: an event
 *
 * Checks that @event can be stored: a family, a valid date not before
 * 1900, a source agency, what happened, known enum values and no child
 * listed twice.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_event_validate (const HearthEvent  *event,
                       GError            **error)
{
  g_return_val_if_fail (event != NULL, FALSE);

  if (event->family_id <= 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The event does not belong to a family."));
      return FALSE;
    }

  if (!hearth_date_validate (event->date, error))
    return FALSE;

  /* A chronology without sources cannot be checked or shared with the
   * partnership, so the source agency is required. */
  if (hearth_entities_text_is_blank (event->source_agency))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The event needs its source agency."));
      return FALSE;
    }

  if (hearth_entities_text_is_blank (event->what_happened))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The event needs a description of what happened."));
      return FALSE;
    }

  if ((guint) event->category >= G_N_ELEMENTS (category_names)
      || (guint) event->impact >= G_N_ELEMENTS (impact_names)
      || (guint) event->significance >= G_N_ELEMENTS (significance_names)
      || (guint) event->precision > HEARTH_DATE_PRECISION_UNCERTAIN)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The event’s category, impact, significance or date precision "
                             "is not one Hearth knows."));
      return FALSE;
    }

  for (guint i = 0; event->child_ids != NULL && i < event->child_ids->len; i++)
    {
      gint64 id = g_array_index (event->child_ids, gint64, i);

      if (id <= 0)
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                               _("The event names a child who is not stored."));
          return FALSE;
        }

      for (guint j = i + 1; j < event->child_ids->len; j++)
        {
          if (g_array_index (event->child_ids, gint64, j) == id)
            {
              g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                                   _("The event names the same child twice."));
              return FALSE;
            }
        }
    }

  if (event->visit_id < 0 || event->assessment_id < 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The event links to a record that does not exist."));
      return FALSE;
    }

  return TRUE;
}
