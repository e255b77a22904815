/* hearth-item-card.h
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
#include "core/hearth-response.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ITEM_CARD (hearth_item_card_get_type ())

G_DECLARE_FINAL_TYPE (HearthItemCard, hearth_item_card, HEARTH, ITEM_CARD, GtkWidget)

GtkWidget                  *hearth_item_card_new              (HearthInstrument           *instrument,
                                                               const HearthInstrumentItem *item);
const HearthInstrumentItem *hearth_item_card_get_item         (HearthItemCard             *self);
const HearthResponse       *hearth_item_card_get_response     (HearthItemCard             *self);
void                        hearth_item_card_set_response     (HearthItemCard             *self,
                                                               const HearthResponse       *response);
gboolean                    hearth_item_card_get_editable     (HearthItemCard             *self);
void                        hearth_item_card_set_editable     (HearthItemCard             *self,
                                                               gboolean                    editable);
GtkWidget                  *hearth_item_card_get_level_button (HearthItemCard             *self,
                                                               int                         level);
GtkWidget                  *hearth_item_card_get_note_row     (HearthItemCard             *self);

G_END_DECLS
