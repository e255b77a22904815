/* hearth-field-input-private.h
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

#include "hearth-field-input.h"

G_BEGIN_DECLS

/* The input for one field of an instrument, built from the field's type.
 * Fields that fit on one line (a switch, a choice, a level of need) give a
 * row, so the editor can put neighbouring rows in one boxed list; longer
 * fields (the child's own words, a set of options) give a group of their
 * own. */
struct _HearthFieldInput
{
  GObject                      parent_instance;

  HearthInstrument            *instrument;  /* owned */
  const HearthInstrumentField *field;       /* borrowed from instrument */
  HearthLevelsOfNeed          *levels;      /* owned, nullable */
  HearthResponse              *response;    /* owned */
  GtkWidget                   *widget;      /* owned */
  gboolean                     is_row;
  gboolean                     editable;
  gboolean                     updating;
  int                          compared_level;
  char                        *compared_label;

  GtkWidget                   *control;     /* borrowed: the text view, switch, combo… */
  GPtrArray                   *checks;      /* borrowed check buttons of a multi-choice */
  GPtrArray                   *values;      /* the value of each combo entry, NULL first */
};

void  hearth_field_input_build          (HearthFieldInput *self,
                                         GPtrArray        *children);
void  hearth_field_input_emit_changed   (HearthFieldInput *self);
char *hearth_field_input_dup_level_name (HearthFieldInput *self,
                                         int               ordinal);
void  hearth_field_input_label_control  (GtkWidget        *control,
                                         const char       *label,
                                         const char       *description);

G_END_DECLS
