/* hearth-lock.h
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

#include "hearth-lock-throttle.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_LOCK (hearth_lock_get_type ())

G_DECLARE_FINAL_TYPE (HearthLock, hearth_lock, HEARTH, LOCK, GObject)

HearthLock         *hearth_lock_new           (GtkApplication *application,
                                               GSettings      *settings,
                                               const char     *passphrase_path);
gboolean            hearth_lock_get_locked    (HearthLock     *self);
HearthLockThrottle *hearth_lock_get_throttle  (HearthLock     *self);
void                hearth_lock_lock          (HearthLock     *self);
gboolean            hearth_lock_lock_at_start (HearthLock     *self);
void                hearth_lock_unlock        (HearthLock     *self);

G_END_DECLS
