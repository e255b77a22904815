/* hearth-field-input.h
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

#include <gtk/gtk.h>

#include "core/hearth-instrument.h"
#include "core/hearth-levels.h"
#include "core/hearth-response.h"

G_BEGIN_DECLS

/*
 * How each type of field keeps its answer in HearthResponse.value:
 *
 *   text           the text as typed; NULL when empty
 *   boolean        "true" or "false"
 *   choice         the chosen option's id
 *   multi-choice   the chosen options' ids in the instrument's order,
 *                  joined by HEARTH_FIELD_VALUE_SEPARATOR
 *   child          the chosen child's row id, in decimal
 *   level-of-need  the level-of-need ordinal, "1" to "4"
 *
 * An unanswered field has a NULL value. Computed fields have no answer of
 * their own: they show what the score suggests.
 */
#define HEARTH_FIELD_VALUE_SEPARATOR ","

#define HEARTH_TYPE_FIELD_INPUT (hearth_field_input_get_type ())

G_DECLARE_FINAL_TYPE (HearthFieldInput, hearth_field_input, HEARTH, FIELD_INPUT, GObject)

HearthFieldInput            *hearth_field_input_new                (HearthInstrument            *instrument,
                                                                    const HearthInstrumentField *field,
                                                                    GPtrArray                   *children,
                                                                    HearthLevelsOfNeed          *levels);
const HearthInstrumentField *hearth_field_input_get_field          (HearthFieldInput            *self);
GtkWidget                   *hearth_field_input_get_widget         (HearthFieldInput            *self);
gboolean                     hearth_field_input_is_row             (HearthFieldInput            *self);
const HearthResponse        *hearth_field_input_get_response       (HearthFieldInput            *self);
void                         hearth_field_input_set_response       (HearthFieldInput            *self,
                                                                    const HearthResponse        *response);
gboolean                     hearth_field_input_has_answer         (HearthFieldInput            *self);
int                          hearth_field_input_get_level_of_need  (HearthFieldInput            *self);
void                         hearth_field_input_set_compared_level (HearthFieldInput            *self,
                                                                    int                          ordinal,
                                                                    const char                  *compared_label);
void                         hearth_field_input_set_editable       (HearthFieldInput            *self,
                                                                    gboolean                     editable);

G_END_DECLS
