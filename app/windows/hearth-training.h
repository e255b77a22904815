/* hearth-training.h
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

#include "store/hearth-store.h"

G_BEGIN_DECLS

/* The application id suffix of training mode, so that a training window
 * runs beside the real one as an instance of its own. */
#define HEARTH_TRAINING_ID_SUFFIX ".Training"

GtkWidget *hearth_training_banner_new        (void);
gboolean   hearth_training_decorate_window   (GtkWindow      *window);
GtkWidget *hearth_training_get_banner        (GtkWindow      *window);
void       hearth_training_watch_windows     (void);
void       hearth_training_confirm_reset     (GtkApplication *application,
                                              HearthStore    *store);
gboolean   hearth_training_launch            (GError        **error);

G_END_DECLS
