/* hearth-assessment.c
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

#include "hearth-assessment.h"
#include "hearth-entities.h"
#include "hearth-entities-private.h"

G_DEFINE_BOXED_TYPE (HearthAssessment, hearth_assessment, hearth_assessment_ref, hearth_assessment_unref)

static const char * const scope_names[] = {
  [HEARTH_ASSESSMENT_SCOPE_CHILD] = "child",
  [HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD] = "household",
};

static const char * const status_names[] = {
  [HEARTH_ASSESSMENT_STATUS_DRAFT] = "draft",
  [HEARTH_ASSESSMENT_STATUS_FINAL] = "final",
  [HEARTH_ASSESSMENT_STATUS_SUPERSEDED] = "superseded",
};

static const char * const status_labels[] = {
  /* Translators: the status of an assessment still being written */
  [HEARTH_ASSESSMENT_STATUS_DRAFT] = N_("Draft"),
  /* Translators: the status of a finalised assessment */
  [HEARTH_ASSESSMENT_STATUS_FINAL] = N_("Final"),
  /* Translators: the status of an assessment replaced by an amendment */
  [HEARTH_ASSESSMENT_STATUS_SUPERSEDED] = N_("Superseded"),
};

/* hearth_assessment_scope_to_string()/_from_string() and
 * hearth_assessment_status_to_string()/_from_string(): stable storage
 * strings and the reverse lookup (FALSE for an unknown string). */
HEARTH_DEFINE_ENUM_STRINGS (HearthAssessmentScope, hearth_assessment_scope, scope_names)
HEARTH_DEFINE_ENUM_STRINGS (HearthAssessmentStatus, hearth_assessment_status, status_names)

static void
assessment_clear (HearthAssessment *self)
{
  g_clear_pointer (&self->instrument_id, g_free);
  g_clear_pointer (&self->instrument_version, g_free);
  g_clear_pointer (&self->finalised_by, g_free);
  g_clear_pointer (&self->amend_reason, g_free);
  g_clear_pointer (&self->responses, g_ptr_array_unref);
}

/**
 * hearth_assessment_status_get_label:
 * @status: an assessment status
 *
 * Returns: (transfer none): the translated label of @status
 */
const char *
hearth_assessment_status_get_label (HearthAssessmentStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_labels), NULL);

  return g_dgettext (GETTEXT_PACKAGE, status_labels[status]);
}

/**
 * hearth_assessment_new:
 * @family_id: the family's row id
 * @scope: child or household
 * @child_id: the child's row id for @HEARTH_ASSESSMENT_SCOPE_CHILD, else 0
 * @instrument_id: (nullable): the instrument's id
 * @instrument_version: (nullable): the instrument's version
 *
 * Returns: (transfer full): a new draft assessment without responses
 */
HearthAssessment *
hearth_assessment_new (gint64                 family_id,
                       HearthAssessmentScope  scope,
                       gint64                 child_id,
                       const char            *instrument_id,
                       const char            *instrument_version)
{
  HearthAssessment *self = g_atomic_rc_box_new0 (HearthAssessment);

  self->family_id = family_id;
  self->scope = scope;
  self->child_id = child_id;
  self->instrument_id = g_strdup (instrument_id);
  self->instrument_version = g_strdup (instrument_version);
  self->status = HEARTH_ASSESSMENT_STATUS_DRAFT;
  self->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_response_free);

  return self;
}

/**
 * hearth_assessment_ref:
 * @assessment: an assessment
 *
 * Returns: (transfer full): @assessment, with one more reference
 */
HearthAssessment *
hearth_assessment_ref (HearthAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, NULL);

  return g_atomic_rc_box_acquire (assessment);
}

/**
 * hearth_assessment_unref:
 * @assessment: (nullable): an assessment
 *
 * Drops a reference, freeing @assessment when it was the last.
 */
void
hearth_assessment_unref (HearthAssessment *assessment)
{
  if (assessment != NULL)
    g_atomic_rc_box_release_full (assessment, (GDestroyNotify) assessment_clear);
}

/**
 * hearth_assessment_copy:
 * @assessment: an assessment
 *
 * Returns: (transfer full): a deep copy of @assessment and its responses
 */
HearthAssessment *
hearth_assessment_copy (const HearthAssessment *assessment)
{
  HearthAssessment *copy;

  g_return_val_if_fail (assessment != NULL, NULL);

  copy = hearth_assessment_new (assessment->family_id, assessment->scope, assessment->child_id,
                                assessment->instrument_id, assessment->instrument_version);
  copy->id = assessment->id;
  copy->visit_id = assessment->visit_id;
  copy->status = assessment->status;
  copy->created_at = assessment->created_at;
  copy->updated_at = assessment->updated_at;
  copy->finalised_at = assessment->finalised_at;
  copy->finalised_by = g_strdup (assessment->finalised_by);
  copy->supersedes_id = assessment->supersedes_id;
  copy->amend_reason = g_strdup (assessment->amend_reason);
  for (guint i = 0; i < assessment->responses->len; i++)
    g_ptr_array_add (copy->responses, hearth_response_copy (g_ptr_array_index (assessment->responses, i)));

  return copy;
}

/**
 * hearth_assessment_lookup_response:
 * @assessment: an assessment
 * @item_id: an item id
 *
 * Returns: (transfer none) (nullable): the response to @item_id, or %NULL
 */
HearthResponse *
hearth_assessment_lookup_response (const HearthAssessment *assessment,
                                   const char             *item_id)
{
  g_return_val_if_fail (assessment != NULL, NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  for (guint i = 0; i < assessment->responses->len; i++)
    {
      HearthResponse *response = g_ptr_array_index (assessment->responses, i);

      if (g_strcmp0 (response->item_id, item_id) == 0)
        return response;
    }

  return NULL;
}

/**
 * hearth_assessment_set_response:
 * @assessment: an assessment
 * @response: a response
 *
 * Stores a copy of @response in @assessment, replacing any response to the
 * same item. This changes the value only; the store saves it.
 */
void
hearth_assessment_set_response (HearthAssessment     *assessment,
                                const HearthResponse *response)
{
  g_return_if_fail (assessment != NULL);
  g_return_if_fail (response != NULL && response->item_id != NULL);

  for (guint i = 0; i < assessment->responses->len; i++)
    {
      HearthResponse *old = g_ptr_array_index (assessment->responses, i);

      if (g_strcmp0 (old->item_id, response->item_id) == 0)
        {
          g_ptr_array_index (assessment->responses, i) = hearth_response_copy (response);
          hearth_response_free (old);
          return;
        }
    }

  g_ptr_array_add (assessment->responses, hearth_response_copy (response));
}

/**
 * hearth_assessment_is_editable:
 * @assessment: an assessment
 *
 * Returns: %TRUE when @assessment is a draft, whose responses may change
 */
gboolean
hearth_assessment_is_editable (const HearthAssessment *assessment)
{
  g_return_val_if_fail (assessment != NULL, FALSE);

  return assessment->status == HEARTH_ASSESSMENT_STATUS_DRAFT;
}

/**
 * hearth_assessment_validate_response:
 * @response: a response
 *
 * Checks that @response can be stored: it names an item, its level is not
 * negative, and it is not both rated and marked not known.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_assessment_validate_response (const HearthResponse  *response,
                                     GError               **error)
{
  g_return_val_if_fail (response != NULL, FALSE);

  if (hearth_entities_text_is_blank (response->item_id))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The response does not name an item."));
      return FALSE;
    }

  if (response->level < HEARTH_LEVEL_NONE)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The response has a negative level."));
      return FALSE;
    }

  if (response->not_known && response->level != HEARTH_LEVEL_NONE)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The response cannot both have a level and be marked not known."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_assessment_validate:
 * @assessment: an assessment
 *
 * Checks that @assessment can be stored: a family, an instrument id and
 * version, a child exactly when the scope is a child, a known status, an
 * amendment reason whenever it supersedes another, and valid responses
 * with no item answered twice.
 *
 * Returns: %TRUE when valid; %FALSE with a %HEARTH_ENTITY_ERROR otherwise
 */
gboolean
hearth_assessment_validate (const HearthAssessment  *assessment,
                            GError                 **error)
{
  g_autoptr(GHashTable) items = NULL;

  g_return_val_if_fail (assessment != NULL, FALSE);

  if (assessment->family_id <= 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The assessment does not belong to a family."));
      return FALSE;
    }

  if (hearth_entities_text_is_blank (assessment->instrument_id)
      || hearth_entities_text_is_blank (assessment->instrument_version))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("The assessment needs an instrument and its version."));
      return FALSE;
    }

  if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_CHILD && assessment->child_id <= 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("A child assessment needs the child it is about."));
      return FALSE;
    }

  if (assessment->scope == HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD && assessment->child_id != 0)
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("A household assessment cannot be about one child."));
      return FALSE;
    }

  if ((guint) assessment->scope >= G_N_ELEMENTS (scope_names)
      || (guint) assessment->status >= G_N_ELEMENTS (status_names))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                           _("The assessment’s scope or status is not one Hearth knows."));
      return FALSE;
    }

  if (assessment->supersedes_id != 0 && hearth_entities_text_is_blank (assessment->amend_reason))
    {
      g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_MISSING,
                           _("An amended assessment needs the reason for the amendment."));
      return FALSE;
    }

  items = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < assessment->responses->len; i++)
    {
      const HearthResponse *response = g_ptr_array_index (assessment->responses, i);

      if (!hearth_assessment_validate_response (response, error))
        return FALSE;

      if (!g_hash_table_add (items, response->item_id))
        {
          g_set_error_literal (error, HEARTH_ENTITY_ERROR, HEARTH_ENTITY_ERROR_INVALID,
                               _("The assessment answers the same item twice."));
          return FALSE;
        }
    }

  return TRUE;
}
