/* hearth-store-open-async.c
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

#define G_LOG_DOMAIN "hearth-store"

#include "config.h"

#include "hearth-store-private.h"

/*
 * Opening, and upgrading, in a worker thread while the caller's main loop
 * goes on drawing.
 *
 * The connection is made, upgraded and handed over whole: the worker opens
 * it, runs the upgrade, returns the finished HearthStore through the GTask
 * and never touches it again, so one thread at a time uses it. SQLite must
 * be built thread-safe for that (Debian's reports sqlite3_threadsafe() == 1,
 * serialized); a build that is not gets the open run on the caller's
 * thread instead.
 *
 * Progress crosses over through OpenProgress: the worker writes the latest
 * figures under a mutex and queues at most one idle in the caller's
 * context, so a fast upgrade never floods the main loop, and the idle runs
 * below the priority of drawing, so the progress bar is painted.
 */

typedef struct
{
  gatomicrefcount          ref_count;
  GMutex                   mutex;
  GMainContext            *context;        /* owned: the caller's */
  HearthStoreProgressFunc  progress;
  gpointer                 progress_data;  /* borrowed until the task returns */

  /* Under mutex */
  gint64                   done;
  gint64                   total;
  gboolean                 pending;        /* an idle waits in context */
  gboolean                 finished;       /* the task has returned */
} OpenProgress;

typedef struct
{
  char         *path;                      /* owned */
  OpenProgress *progress;                  /* owned; nullable */
} OpenData;

static OpenProgress *
open_progress_ref (OpenProgress *progress)
{
  g_atomic_ref_count_inc (&progress->ref_count);
  return progress;
}

static void
open_progress_unref (gpointer data)
{
  OpenProgress *progress = data;

  if (!g_atomic_ref_count_dec (&progress->ref_count))
    return;

  g_mutex_clear (&progress->mutex);
  g_main_context_unref (progress->context);
  g_free (progress);
}

static void
open_data_free (gpointer data)
{
  OpenData *open_data = data;

  g_clear_pointer (&open_data->progress, open_progress_unref);
  g_free (open_data->path);
  g_free (open_data);
}

/* In the caller's context: passes on the latest figures, unless the task
 * has returned meanwhile (its callback comes after the last progress). */
static gboolean
deliver_progress_cb (gpointer user_data)
{
  OpenProgress *progress = user_data;
  gint64 done, total;
  gboolean finished;

  g_mutex_lock (&progress->mutex);
  done = progress->done;
  total = progress->total;
  finished = progress->finished;
  progress->pending = FALSE;
  g_mutex_unlock (&progress->mutex);

  if (!finished)
    progress->progress (done, total, progress->progress_data);

  return G_SOURCE_REMOVE;
}

/* In the worker: records the figures and wakes the caller once. */
static void
queue_progress (gint64   done,
                gint64   total,
                gpointer user_data)
{
  OpenProgress *progress = user_data;
  gboolean queue;

  g_mutex_lock (&progress->mutex);
  progress->done = done;
  progress->total = total;
  queue = !progress->pending;
  progress->pending = TRUE;
  g_mutex_unlock (&progress->mutex);

  if (queue)
    {
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
      g_source_set_callback (source, deliver_progress_cb, open_progress_ref (progress),
                             open_progress_unref);
      g_source_set_static_name (source, "[hearth] upgrade progress");
      g_source_attach (source, progress->context);
      g_source_unref (source);
    }
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  HearthStoreUpgrade upgrade = {
    data->progress != NULL ? queue_progress : NULL,
    data->progress,
    cancellable,
  };
  g_autoptr(HearthStore) store = NULL;
  GError *error = NULL;

  store = hearth_store_open_upgrading (data->path, &upgrade, &error);

  if (data->progress != NULL)
    {
      g_mutex_lock (&data->progress->mutex);
      data->progress->finished = TRUE;
      g_mutex_unlock (&data->progress->mutex);
    }

  /* From here on the store belongs to the caller's thread. */
  if (store != NULL)
    g_task_return_pointer (task, g_steal_pointer (&store), g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * hearth_store_open_async:
 * @path: the database file
 * @progress: (nullable): called in the thread-default main context of the
 *   caller while an upgrade hashes the audit trail
 * @progress_data: data for @progress, which must stay valid until
 *   @callback runs
 * @cancellable: (nullable): stops an upgrade under way, which then rolls
 *   back and leaves the database as it was
 * @callback: called in the caller's context when the store is open
 * @user_data: data for @callback
 *
 * Does what hearth_store_open() does, in a worker thread: a program with a
 * window opens with %HEARTH_STORE_OPEN_NO_UPGRADE first and comes here
 * only for %HEARTH_STORE_ERROR_NEEDS_UPGRADE, so that the window can show
 * the upgrade's progress. The upgrade is one transaction: a failure, a
 * cancellation or the process being killed leaves the database unchanged.
 *
 * @progress is not called after @callback. Finish with
 * hearth_store_open_finish().
 */
void
hearth_store_open_async (const char              *path,
                         HearthStoreProgressFunc  progress,
                         gpointer                 progress_data,
                         GCancellable            *cancellable,
                         GAsyncReadyCallback      callback,
                         gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (OpenData, 1);
  data->path = g_strdup (path);
  if (progress != NULL)
    {
      data->progress = g_new0 (OpenProgress, 1);
      g_atomic_ref_count_init (&data->progress->ref_count);
      g_mutex_init (&data->progress->mutex);
      data->progress->context = g_main_context_ref_thread_default ();
      data->progress->progress = progress;
      data->progress->progress_data = progress_data;
    }

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_store_open_async);
  g_task_set_name (task, "[hearth] open and upgrade the store");
  g_task_set_task_data (task, data, open_data_free);
  /* An upgrade that committed before the cancellation is reported as
   * done: the database is at the new version either way. */
  g_task_set_check_cancellable (task, FALSE);

  if (sqlite3_threadsafe () != 0)
    g_task_run_in_thread (task, open_thread);
  else
    open_thread (task, NULL, data, cancellable);
}

/**
 * hearth_store_open_finish:
 * @result: the result given to the callback of hearth_store_open_async()
 *
 * Returns: (transfer full): the store, upgraded to the current version; or
 *   %NULL with a %HEARTH_STORE_ERROR, or %G_IO_ERROR_CANCELLED when the
 *   upgrade was cancelled (the database is then unchanged)
 */
HearthStore *
hearth_store_open_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hearth_store_open_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
