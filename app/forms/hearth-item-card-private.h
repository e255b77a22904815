/* hearth-item-card-private.h
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

#include <adwaita.h>

#include "hearth-item-card.h"

G_BEGIN_DECLS

struct _HearthItemCard
{
  GtkWidget                   parent_instance;

  HearthInstrument           *instrument;       /* owned */
  const HearthInstrumentItem *item;             /* borrowed from instrument */
  HearthResponse             *response;         /* owned */
  GPtrArray                  *buttons;          /* borrowed; index i is level i + 1 */
  GPtrArray                  *rows;             /* borrowed; index i is level i + 1 */
  GtkCheckButton             *not_known_button; /* borrowed, nullable */
  GtkWidget                  *not_known_row;    /* borrowed, nullable */
  GPtrArray                  *texts;            /* borrowed labels, selectable when read-only */
  gboolean                    editable;
  gboolean                    updating;

  GtkLabel                   *title_label;
  GtkLabel                   *meta_label;
  GtkLabel                   *guidance_label;
  GtkListBox                 *level_list;
  GtkListBox                 *note_list;
  AdwEntryRow                *note_row;
};

void hearth_item_card_build  (HearthItemCard *self);
void hearth_item_card_choose (HearthItemCard *self,
                              int             level,
                              gboolean        not_known);

G_END_DECLS
