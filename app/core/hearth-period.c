/* hearth-period.c
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
#include <string.h>

#include "hearth-date.h"
#include "hearth-entities.h"
#include "hearth-entities-private.h"
#include "hearth-period.h"

G_DEFINE_BOXED_TYPE (HearthPeriod, hearth_period, hearth_period_ref, hearth_period_unref)

static const char * const kind_names[] = {
  [HEARTH_PERIOD_KIND_EARLY_HELP] = "early-help",
  [HEARTH_PERIOD_KIND_CHILD_IN_NEED] = "child-in-need",
  [HEARTH_PERIOD_KIND_CHILD_PROTECTION] = "child-protection",
  [HEARTH_PERIOD_KIND_LOOKED_AFTER] = "looked-after",
};

static const char * const kind_labels[] = {
  [HEARTH_PERIOD_KIND_EARLY_HELP] = N_("Early help"),
  [HEARTH_PERIOD_KIND_CHILD_IN_NEED] = N_("Child in need plan"),
  [HEARTH_PERIOD_KIND_CHILD_PROTECTION] = N_("Child protection plan"),
  [HEARTH_PERIOD_KIND_LOOKED_AFTER] = N_("Looked after"),
};

/* hearth_period_kind_to_string() and hearth_period_kind_from_string():
 * stable storage strings and the reverse lookup. */
HEARTH_DEFINE_ENUM_STRINGS (HearthPeriodKind, hearth_period_kind, kind_names)

static void
period_clear (HearthPeriod *self)
{
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
}

/**
 * hearth_period_kind_get_label:
 * @kind: a kind of involvement
 *
 * Returns: (transfer none): the translated label of @kind
 */
const char *
hearth_period_kind_get_label (HearthPeriodKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_labels), NULL);

  return g_dgettext (GETTEXT_PACKAGE, kind_labels[kind]);
}

/**
 * hearth_period_new:
 * @family_id: the family's row id
 * @person_id: the child's row id
 * @kind: the kind of involvement
 * @start_date: (nullable): "YYYY-MM-DD"
 * @end_date: (nullable): "YYYY-MM-DD", or %NULL while open
 *
 * Returns: (transfer full): a new period, not yet stored
 */
HearthPeriod *
hearth_period_new (gint64            family_id,
                   gint64            person_id,
                   HearthPeriodKind  kind,
                   const char       *start_date,
                   const char       *end_date)
{
  HearthPeriod *self = g_atomic_rc_box_new0 (HearthPeriod);

  self->family_id = family_id;
  self->person_id = person_id;
  self->kind = kind;
  self->start_date = g_strdup (start_date);
  self->end_date = g_strdup (end_date);

  return self;
}

/**
 * hearth_period_ref:
 * @period: a period
 *
 * Returns: (transfer full): @period, with one more reference
 */
HearthPeriod *
hearth_period_ref (HearthPeriod *period)
{
  g_return_val_if_fail (period != NULL, NULL);

  return g_atomic_rc_box_acquire (period);
}

/**
 * hearth_period_unref:
 * @period: (nullable): a period
 *
 * Drops a reference, freeing @period when it was the last.
 */
void
hearth_period_unref (HearthPeriod *period)
{
  if (period != NULL)
    g_atomic_rc_box_release_full (period, (GDestroyNotify) period_clear);
}

/**
 * hearth_period_copy:
 * @period: a period
 *
 * Returns: (transfer full): a deep copy of @period, for editing
 */
HearthPeriod *
hearth_period_copy (const HearthPeriod *period)
{
  HearthPeriod *copy;

  g_return_val_if_fail (period != NULL, NULL);

  copy = hearth_period_new (period->family_id, period->person_id, period->kind,
                            period->start_date, period->end_date);
  copy->id = period->id;
  copy->created_at = period->created_at;
  copy->updated_at = period->updated_at;

  return copy;
}

/**
 * hearth_period_is_open:
 * @period: a period
 *
 * Returns: %TRUE when the period has no end date yet
 */
gboolean
hearth_period_is_open (const HearthPeriod *period)
{
  g_return_val_if_fail (period != NULL, FALSE);

  return period->end_date == NULL;
}

/**
 * hearth_period_contains:
 * @period: a valid period
 * @date: "YYYY-MM-DD"
 *
 * Returns: %TRUE when @date falls within the period, ends included; an
 *   open period contains every date from its start
 */
gboolean
hearth_period_contains (const HearthPeriod *period,
                        const char         *date)
{
  g_return_val_if_fail (period != NULL && period->start_date != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  /* Valid ISO dates compare correctly as strings. */
  return strcmp (date, period->start_date) >= 0
         && (period->end_date == NULL || strcmp (date, period->end_date) <= 0);
}

/**
 * hearth_period_validate:
 * @period: a period
 *
 * Checks that @period can be stored: a family and a child, a known kind, a
 * valid start date, and an end date (when set) not before the start.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_period_validate (const HearthPeriod  *period,
                        GError             **error)
{
  g_return_val_if_fail (period != NULL, FALSE);

  if (period->family_id <= 0 || period->person_id <= 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The period of involvement needs its family and child."));
      return FALSE;
    }

  if ((guint) period->kind >= G_N_ELEMENTS (kind_names))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The kind of involvement is not one Hearth knows."));
      return FALSE;
    }

  if (!hearth_date_validate (period->start_date, error))
    return FALSE;

  if (period->end_date != NULL)
    {
      if (!hearth_date_validate (period->end_date, error))
        return FALSE;

      if (strcmp (period->end_date, period->start_date) < 0)
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID_DATE,
                               _("The period of involvement ends before it starts."));
          return FALSE;
        }
    }

  return TRUE;
}
