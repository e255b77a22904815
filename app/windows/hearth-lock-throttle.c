/* hearth-lock-throttle.c
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

#define G_LOG_DOMAIN "hearth-lock"

#include "config.h"

#include "hearth-lock-throttle-private.h"
#include "hearth-lock-throttle.h"

/*
 * Wrong passphrases at the idle lock, counted across every locked window:
 * after the third wrong one in a row, unlocking waits five seconds, and
 * each further wrong one doubles the wait, up to five minutes. The right
 * passphrase resets the count.
 *
 * The count outlives the process: otherwise quitting Hearth at the lock
 * and starting it again (it starts locked) would forget it, and wrong
 * passphrases could be tried without waiting. The count and the moment
 * the wait ends (on the wall clock, as no other clock lasts across a
 * restart) are kept in a small owner-only file beside the passphrase
 * file, replaced whole on each wrong passphrase and removed by the right
 * one, and read back each time the lock comes. A wait read back never
 * lasts longer than its count calls for, so a wall clock set back cannot
 * stretch it.
 *
 * The wait is measured on a clock that can be swapped (tests move a clock
 * of their own forward instead of sleeping); a tick once a second keeps
 * remaining-seconds current while a wait lasts.
 */

#define FAILURES_BEFORE_DELAY 3
#define FIRST_DELAY_SECONDS   5
#define MAX_DELAY_SECONDS     (5 * 60)

struct _HearthLockThrottle
{
  GObject          parent_instance;

  HearthLockClock  clock;
  gpointer         clock_data;      /* borrowed */
  char            *state_path;      /* owned; NULL: the count lasts only as long as the process */

  guint            failures;
  gboolean         waiting;
  gint64           until_us;        /* on clock; meaningful while waiting */
  guint            remaining;       /* seconds, rounded up */
  guint            tick_id;
};

G_DEFINE_FINAL_TYPE (HearthLockThrottle, hearth_lock_throttle, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAILURES,
  PROP_REMAINING_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
monotonic_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static guint
compute_remaining (HearthLockThrottle *self)
{
  gint64 left_us;

  if (!self->waiting)
    return 0;

  left_us = self->until_us - self->clock (self->clock_data);
  if (left_us <= 0)
    return 0;

  return (guint) ((left_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static gboolean tick_cb (gpointer user_data);

static void
save_state (HearthLockThrottle *self)
{
  g_autoptr(GError) error = NULL;
  gint64 wait_ends_us = 0;

  if (self->state_path == NULL)
    return;

  if (self->waiting)
    {
      gint64 left_us = self->until_us - self->clock (self->clock_data);

      if (left_us > 0)
        wait_ends_us = g_get_real_time () + left_us;
    }

  if (!hearth_lock_throttle_state_write (self->state_path, self->failures, wait_ends_us, &error))
    g_warning ("The count of wrong passphrases could not be saved, so a restart would "
               "forget it: %s", error->message);
}

static void
forget_state (HearthLockThrottle *self)
{
  g_autoptr(GError) error = NULL;

  if (self->state_path != NULL && !hearth_lock_throttle_state_remove (self->state_path, &error))
    g_warning ("%s", error->message);
}

/* Brings remaining-seconds up to date with the clock, and runs the tick
 * only while there is a wait. */
static void
update (HearthLockThrottle *self)
{
  guint remaining = compute_remaining (self);

  if (remaining == 0)
    {
      self->waiting = FALSE;
      g_clear_handle_id (&self->tick_id, g_source_remove);
    }
  else if (self->tick_id == 0)
    {
      self->tick_id = g_timeout_add (1000, tick_cb, self);
      g_source_set_name_by_id (self->tick_id, "[hearth] unlock wait");
    }

  if (remaining != self->remaining)
    {
      self->remaining = remaining;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_SECONDS]);
    }
}

static gboolean
tick_cb (gpointer user_data)
{
  HearthLockThrottle *self = user_data;

  update (self);

  /* update() removed the source when the wait is over. */
  return self->tick_id != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
hearth_lock_throttle_dispose (GObject *object)
{
  HearthLockThrottle *self = HEARTH_LOCK_THROTTLE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);

  G_OBJECT_CLASS (hearth_lock_throttle_parent_class)->dispose (object);
}

static void
hearth_lock_throttle_finalize (GObject *object)
{
  HearthLockThrottle *self = HEARTH_LOCK_THROTTLE (object);

  g_clear_pointer (&self->state_path, g_free);

  G_OBJECT_CLASS (hearth_lock_throttle_parent_class)->finalize (object);
}

static void
hearth_lock_throttle_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthLockThrottle *self = HEARTH_LOCK_THROTTLE (object);

  switch (prop_id)
    {
    case PROP_FAILURES:
      g_value_set_uint (value, self->failures);
      break;
    case PROP_REMAINING_SECONDS:
      g_value_set_uint (value, self->remaining);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_lock_throttle_class_init (HearthLockThrottleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_lock_throttle_dispose;
  object_class->finalize = hearth_lock_throttle_finalize;
  object_class->get_property = hearth_lock_throttle_get_property;

  properties[PROP_FAILURES] =
    g_param_spec_uint ("failures", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REMAINING_SECONDS] =
    g_param_spec_uint ("remaining-seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_lock_throttle_init (HearthLockThrottle *self)
{
  self->clock = monotonic_clock;
}

/**
 * hearth_lock_throttle_delay_seconds:
 * @failures: how many wrong passphrases in a row
 *
 * The wait before the next try: none for the first two wrong passphrases,
 * five seconds after the third, doubling with each one after, and never
 * more than five minutes.
 *
 * Returns: the wait in seconds
 */
guint
hearth_lock_throttle_delay_seconds (guint failures)
{
  guint delay = FIRST_DELAY_SECONDS;

  if (failures < FAILURES_BEFORE_DELAY)
    return 0;

  for (guint i = FAILURES_BEFORE_DELAY; i < failures && delay < MAX_DELAY_SECONDS; i++)
    delay *= 2;

  return MIN (delay, MAX_DELAY_SECONDS);
}

/**
 * hearth_lock_throttle_new:
 *
 * Returns: (transfer full): a count of wrong passphrases, at zero, on the
 *   monotonic clock, that lasts as long as the process
 */
HearthLockThrottle *
hearth_lock_throttle_new (void)
{
  return g_object_new (HEARTH_TYPE_LOCK_THROTTLE, NULL);
}

/**
 * hearth_lock_throttle_new_persistent:
 * @state_path: the file that keeps the count across restarts (see
 *   hearth_lock_throttle_dup_state_path())
 *
 * Nothing is read until hearth_lock_throttle_load(); each wrong
 * passphrase replaces the file, and the right one removes it.
 *
 * Returns: (transfer full): a count of wrong passphrases, at zero, on the
 *   monotonic clock
 */
HearthLockThrottle *
hearth_lock_throttle_new_persistent (const char *state_path)
{
  HearthLockThrottle *self;

  g_return_val_if_fail (state_path != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_LOCK_THROTTLE, NULL);
  self->state_path = g_strdup (state_path);
  return self;
}

/**
 * hearth_lock_throttle_load:
 * @self: a throttle
 *
 * Reads back the count and the wait that an earlier run (or another
 * Hearth, such as the training instance) left in the state file, when
 * they ask for more than this one holds: the larger count and the later
 * end of the wait win. A missing file adds nothing. A wait never lasts
 * longer than its count calls for.
 *
 * A damaged file counts as three wrong passphrases, with a wait of five
 * seconds from now, and is written again so. Counting it as none would be
 * the unsafe way to fail: damaging the file (or a crash or a full disk
 * that damages it) would then give fresh tries at once. Counting it as
 * more would make the person who holds the passphrase pay for a fault
 * that is not theirs; five seconds is the shortest wait there is, and
 * the next wrong passphrase doubles it as usual.
 *
 * Without a state file (hearth_lock_throttle_new()), does nothing.
 */
void
hearth_lock_throttle_load (HearthLockThrottle *self)
{
  guint failures = 0;
  gint64 wait_ends_us = 0;
  gint64 left_us;
  gboolean damaged = FALSE;

  g_return_if_fail (HEARTH_IS_LOCK_THROTTLE (self));

  if (self->state_path == NULL)
    return;

  switch (hearth_lock_throttle_state_read (self->state_path, &failures, &wait_ends_us))
    {
    case HEARTH_LOCK_THROTTLE_STATE_ABSENT:
      return;
    case HEARTH_LOCK_THROTTLE_STATE_DAMAGED:
      damaged = TRUE;
      failures = FAILURES_BEFORE_DELAY;
      wait_ends_us = g_get_real_time () + (gint64) FIRST_DELAY_SECONDS * G_USEC_PER_SEC;
      break;
    case HEARTH_LOCK_THROTTLE_STATE_READ:
    default:
      break;
    }

  /* A wall clock set back since the wait began would stretch it. */
  left_us = CLAMP (wait_ends_us - g_get_real_time (), 0,
                   (gint64) hearth_lock_throttle_delay_seconds (failures) * G_USEC_PER_SEC);

  g_debug ("Read back %s%u wrong passphrases in a row; %" G_GINT64_FORMAT " ms left to wait",
           damaged ? "a damaged count, taken as " : "", failures, left_us / 1000);

  if (failures > self->failures)
    {
      self->failures = failures;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILURES]);
    }

  if (left_us > 0)
    {
      gint64 until_us = self->clock (self->clock_data) + left_us;

      if (!self->waiting || until_us > self->until_us)
        {
          self->waiting = TRUE;
          self->until_us = until_us;
          g_clear_handle_id (&self->tick_id, g_source_remove);
        }
    }

  if (damaged)
    save_state (self);

  update (self);
}

/**
 * hearth_lock_throttle_set_clock:
 * @self: a throttle
 * @clock: (nullable): the clock to measure waits on, or %NULL for the
 *   monotonic clock
 * @user_data: data for @clock, which must outlive its use
 *
 * Swaps the clock, for tests. Set it before any wrong passphrase: a wait
 * already running is measured on the new clock.
 */
void
hearth_lock_throttle_set_clock (HearthLockThrottle *self,
                                HearthLockClock     clock,
                                gpointer            user_data)
{
  g_return_if_fail (HEARTH_IS_LOCK_THROTTLE (self));

  self->clock = clock != NULL ? clock : monotonic_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
  update (self);
}

/**
 * hearth_lock_throttle_get_failures:
 * @self: a throttle
 *
 * Returns: how many wrong passphrases were entered since the last right one
 */
guint
hearth_lock_throttle_get_failures (HearthLockThrottle *self)
{
  g_return_val_if_fail (HEARTH_IS_LOCK_THROTTLE (self), 0);

  return self->failures;
}

/**
 * hearth_lock_throttle_get_remaining_seconds:
 * @self: a throttle
 *
 * Returns: how many seconds, rounded up, before a passphrase may be tried
 *   again; 0 when it may be tried now
 */
guint
hearth_lock_throttle_get_remaining_seconds (HearthLockThrottle *self)
{
  g_return_val_if_fail (HEARTH_IS_LOCK_THROTTLE (self), 0);

  update (self);
  return self->remaining;
}

/**
 * hearth_lock_throttle_add_failure:
 * @self: a throttle
 *
 * Counts a wrong passphrase, and starts the wait it calls for, if any.
 */
void
hearth_lock_throttle_add_failure (HearthLockThrottle *self)
{
  guint delay;

  g_return_if_fail (HEARTH_IS_LOCK_THROTTLE (self));

  if (self->failures < G_MAXUINT)
    self->failures++;

  delay = hearth_lock_throttle_delay_seconds (self->failures);
  if (delay > 0)
    {
      self->waiting = TRUE;
      self->until_us = self->clock (self->clock_data) + (gint64) delay * G_USEC_PER_SEC;
      /* A fresh wait gets a fresh tick, one second after its start. */
      g_clear_handle_id (&self->tick_id, g_source_remove);
    }

  /* Never the passphrase itself: only how many and how long. */
  g_debug ("%u wrong passphrases in a row; the next try waits %u s", self->failures, delay);

  save_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILURES]);
  update (self);
}

/**
 * hearth_lock_throttle_reset:
 * @self: a throttle
 *
 * Forgets the wrong passphrases and any wait, here and in the state
 * file: called when the right one is entered.
 */
void
hearth_lock_throttle_reset (HearthLockThrottle *self)
{
  g_return_if_fail (HEARTH_IS_LOCK_THROTTLE (self));

  self->waiting = FALSE;
  forget_state (self);
  if (self->failures != 0)
    {
      self->failures = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILURES]);
    }
  update (self);
}
