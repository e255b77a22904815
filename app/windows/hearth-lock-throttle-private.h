/* hearth-lock-throttle-private.h
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

#include <glib.h>

G_BEGIN_DECLS

/* The file that keeps the idle lock's count of wrong passphrases across
 * restarts (hearth-lock-throttle-state.c), for the throttle and the lock. */

typedef enum
{
  HEARTH_LOCK_THROTTLE_STATE_ABSENT,
  HEARTH_LOCK_THROTTLE_STATE_READ,
  HEARTH_LOCK_THROTTLE_STATE_DAMAGED,
} HearthLockThrottleState;

char                    *hearth_lock_throttle_dup_state_path (const char  *passphrase_path);
HearthLockThrottleState  hearth_lock_throttle_state_read     (const char  *path,
                                                              guint       *failures,
                                                              gint64      *wait_ends_us);
gboolean                 hearth_lock_throttle_state_write    (const char  *path,
                                                              guint        failures,
                                                              gint64       wait_ends_us,
                                                              GError     **error);
gboolean                 hearth_lock_throttle_state_remove   (const char  *path,
                                                              GError     **error);

G_END_DECLS
