/* hearth-lock-throttle.h
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

#define HEARTH_TYPE_LOCK_THROTTLE (hearth_lock_throttle_get_type ())

G_DECLARE_FINAL_TYPE (HearthLockThrottle, hearth_lock_throttle, HEARTH, LOCK_THROTTLE, GObject)

/**
 * HearthLockClock:
 * @user_data: the data given with the clock
 *
 * Returns: the time now, in microseconds, on a clock that never goes back
 */
typedef gint64 (*HearthLockClock) (gpointer user_data);

guint               hearth_lock_throttle_delay_seconds         (guint               failures);

HearthLockThrottle *hearth_lock_throttle_new                   (void);
HearthLockThrottle *hearth_lock_throttle_new_persistent        (const char         *state_path);
void                hearth_lock_throttle_load                  (HearthLockThrottle *self);
void                hearth_lock_throttle_set_clock             (HearthLockThrottle *self,
                                                                HearthLockClock     clock,
                                                                gpointer            user_data);
guint               hearth_lock_throttle_get_failures          (HearthLockThrottle *self);
guint               hearth_lock_throttle_get_remaining_seconds (HearthLockThrottle *self);
void                hearth_lock_throttle_add_failure           (HearthLockThrottle *self);
void                hearth_lock_throttle_reset                 (HearthLockThrottle *self);

G_END_DECLS
