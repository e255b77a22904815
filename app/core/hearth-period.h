/* hearth-period.h
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

G_BEGIN_DECLS

/**
 * HearthPeriodKind:
 * @HEARTH_PERIOD_KIND_EARLY_HELP: early help
 * @HEARTH_PERIOD_KIND_CHILD_IN_NEED: a child in need plan
 * @HEARTH_PERIOD_KIND_CHILD_PROTECTION: a child protection plan
 * @HEARTH_PERIOD_KIND_LOOKED_AFTER: looked after by the local authority
 */
typedef enum
{
  HEARTH_PERIOD_KIND_EARLY_HELP,
  HEARTH_PERIOD_KIND_CHILD_IN_NEED,
  HEARTH_PERIOD_KIND_CHILD_PROTECTION,
  HEARTH_PERIOD_KIND_LOOKED_AFTER,
} HearthPeriodKind;

/**
 * HearthPeriod:
 * @id: the row id, or 0 when not yet stored
 * @family_id: the family's row id
 * @person_id: the child's row id
 * @kind: the kind of involvement
 * @start_date: (owned): "YYYY-MM-DD"
 * @end_date: (owned) (nullable): "YYYY-MM-DD", or %NULL while open
 * @created_at: when first stored, seconds since 1970 UTC
 * @updated_at: when last changed, seconds since 1970 UTC
 *
 * A period of involvement with one child: repeated plans and short gaps
 * show "start again" syndrome (DESIGN.md). Refcounted.
 */
typedef struct
{
  gint64            id;
  gint64            family_id;
  gint64            person_id;
  HearthPeriodKind  kind;
  char             *start_date;
  char             *end_date;
  gint64            created_at;
  gint64            updated_at;
} HearthPeriod;

#define HEARTH_TYPE_PERIOD (hearth_period_get_type ())

GType         hearth_period_get_type         (void) G_GNUC_CONST;
HearthPeriod *hearth_period_new              (gint64              family_id,
                                              gint64              person_id,
                                              HearthPeriodKind    kind,
                                              const char         *start_date,
                                              const char         *end_date);
HearthPeriod *hearth_period_ref              (HearthPeriod       *period);
void          hearth_period_unref            (HearthPeriod       *period);
HearthPeriod *hearth_period_copy             (const HearthPeriod *period);
gboolean      hearth_period_is_open          (const HearthPeriod *period);
gboolean      hearth_period_contains         (const HearthPeriod *period,
                                              const char         *date);
gboolean      hearth_period_validate         (const HearthPeriod *period,
                                              GError            **error);

const char   *hearth_period_kind_to_string   (HearthPeriodKind    kind);
gboolean      hearth_period_kind_from_string (const char         *string,
                                              HearthPeriodKind   *kind);
const char   *hearth_period_kind_get_label   (HearthPeriodKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthPeriod, hearth_period_unref)

G_END_DECLS
