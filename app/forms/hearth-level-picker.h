/* hearth-level-picker.h
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

G_BEGIN_DECLS

#define HEARTH_TYPE_LEVEL_PICKER (hearth_level_picker_get_type ())

G_DECLARE_FINAL_TYPE (HearthLevelPicker, hearth_level_picker, HEARTH, LEVEL_PICKER, GtkWidget)

GtkWidget *hearth_level_picker_new                (const char * const *labels,
                                                   const char         *not_known_label);
int        hearth_level_picker_get_level          (HearthLevelPicker  *self);
void       hearth_level_picker_set_level          (HearthLevelPicker  *self,
                                                   int                 level);
gboolean   hearth_level_picker_get_not_known      (HearthLevelPicker  *self);
void       hearth_level_picker_set_not_known      (HearthLevelPicker  *self,
                                                   gboolean            not_known);
guint      hearth_level_picker_get_n_levels       (HearthLevelPicker  *self);
void       hearth_level_picker_set_level_tooltip  (HearthLevelPicker  *self,
                                                   int                 level,
                                                   const char         *tooltip);

G_END_DECLS
