/* hearth-assessment.h
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

#pragma once

#include <glib-object.h>

#include "hearth-response.h"

G_BEGIN_DECLS

/**
 * HearthAssessmentScope:
 * @HEARTH_ASSESSMENT_SCOPE_CHILD: about one child (each child is assessed
 *   individually, DESIGN.md)
 * @HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD: about the household, such as home
 *   conditions
 */
typedef enum
{
  HEARTH_ASSESSMENT_SCOPE_CHILD,
  HEARTH_ASSESSMENT_SCOPE_HOUSEHOLD,
} HearthAssessmentScope;

/**
 * HearthAssessmentStatus:
 * @HEARTH_ASSESSMENT_STATUS_DRAFT: being written; responses may change
 * @HEARTH_ASSESSMENT_STATUS_FINAL: finalised; never edited in place
 * @HEARTH_ASSESSMENT_STATUS_SUPERSEDED: replaced by an amendment
 */
typedef enum
{
  HEARTH_ASSESSMENT_STATUS_DRAFT,
  HEARTH_ASSESSMENT_STATUS_FINAL,
  HEARTH_ASSESSMENT_STATUS_SUPERSEDED,
} HearthAssessmentStatus;

/**
 * HearthAssessment:
 * @id: the row id, or 0 when not yet stored
 * @family_id: the family's row id
 * @scope: child or household
 * @child_id: the child's row id for a child assessment, else 0
 * @instrument_id: (owned): the instrument's id
 * @instrument_version: (owned): the instrument's version
 * @visit_id: the visit it was made on, or 0
 * @status: draft, final or superseded
 * @created_at: when first stored, seconds since 1970 UTC
 * @updated_at: when last changed, seconds since 1970 UTC
 * @finalised_at: when finalised, or 0
 * @finalised_by: (owned) (nullable): who finalised it
 * @supersedes_id: the assessment this one amends, or 0
 * @amend_reason: (owned) (nullable): why it was amended
 * @responses: (owned) (element-type HearthResponse): the answers, at most
 *   one per item
 *
 * One use of an instrument for a child or a household. A finalised
 * assessment is never edited in place: an amendment supersedes it
 * (DESIGN.md, "Storage"). Refcounted.
 */
typedef struct
{
  gint64                  id;
  gint64                  family_id;
  HearthAssessmentScope   scope;
  gint64                  child_id;
  char                   *instrument_id;
  char                   *instrument_version;
  gint64                  visit_id;
  HearthAssessmentStatus  status;
  gint64                  created_at;
  gint64                  updated_at;
  gint64                  finalised_at;
  char                   *finalised_by;
  gint64                  supersedes_id;
  char                   *amend_reason;
  GPtrArray              *responses;
} HearthAssessment;

#define HEARTH_TYPE_ASSESSMENT (hearth_assessment_get_type ())

GType             hearth_assessment_get_type           (void) G_GNUC_CONST;
HearthAssessment *hearth_assessment_new                (gint64                  family_id,
                                                        HearthAssessmentScope   scope,
                                                        gint64                  child_id,
                                                        const char             *instrument_id,
                                                        const char             *instrument_version);
HearthAssessment *hearth_assessment_ref                (HearthAssessment       *assessment);
void              hearth_assessment_unref              (HearthAssessment       *assessment);
HearthAssessment *hearth_assessment_copy               (const HearthAssessment *assessment);
HearthResponse   *hearth_assessment_lookup_response    (const HearthAssessment *assessment,
                                                        const char             *item_id);
void              hearth_assessment_set_response       (HearthAssessment       *assessment,
                                                        const HearthResponse   *response);
gboolean          hearth_assessment_is_editable        (const HearthAssessment *assessment);
gboolean          hearth_assessment_validate           (const HearthAssessment *assessment,
                                                        GError                **error);
gboolean          hearth_assessment_validate_response  (const HearthResponse   *response,
                                                        GError                **error);

const char       *hearth_assessment_scope_to_string    (HearthAssessmentScope   scope);
gboolean          hearth_assessment_scope_from_string  (const char             *string,
                                                        HearthAssessmentScope  *scope);
const char       *hearth_assessment_status_to_string   (HearthAssessmentStatus  status);
gboolean          hearth_assessment_status_from_string (const char             *string,
                                                        HearthAssessmentStatus *status);
const char       *hearth_assessment_status_get_label   (HearthAssessmentStatus  status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthAssessment, hearth_assessment_unref)

G_END_DECLS
