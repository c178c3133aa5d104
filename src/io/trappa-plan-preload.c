/* trappa-plan-preload.c: a plan file read ahead while the window starts
 *
 * Starting GTK and building the window, and reading a large plan, each
 * take a good part of the first window's time, and need not wait for each
 * other: the application starts reading the files it was given before
 * GTK starts, and the window's document claims the read in place of
 * reading the file itself. A read nobody claims is left to finish on its
 * own and dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan-preload"

#include "trappa-plan-file.h"
#include "trappa-plan-preload.h"

struct _TrappaPlanPreload
{
  GFile      *file;
  gboolean    done;
  gboolean    dropped;   /* nobody will finish it: the thread frees it */
  TrappaPlan *plan;
  char       *stamp;
  GError     *error;
};

static GMutex lock;
static GCond read_done;
static GPtrArray *unclaimed;

static void
preload_free (TrappaPlanPreload *preload)
{
  g_object_unref (preload->file);
  g_clear_object (&preload->plan);
  g_free (preload->stamp);
  g_clear_error (&preload->error);
  g_free (preload);
}

static gpointer
read_ahead (gpointer data)
{
  TrappaPlanPreload *preload = data;
  TrappaPlan *plan;
  char *stamp = NULL;
  GError *error = NULL;

  plan = trappa_plan_file_load (preload->file, &stamp, NULL, &error);
  g_mutex_lock (&lock);
  preload->plan = plan;
  preload->stamp = stamp;
  preload->error = error;
  preload->done = TRUE;
  g_cond_broadcast (&read_done);
  if (preload->dropped)
    preload_free (preload);
  g_mutex_unlock (&lock);
  return NULL;
}

void
trappa_plan_preload_start (GFile *file)
{
  TrappaPlanPreload *preload;

  g_return_if_fail (G_IS_FILE (file));

  preload = g_new0 (TrappaPlanPreload, 1);
  preload->file = g_object_ref (file);
  g_mutex_lock (&lock);
  if (unclaimed == NULL)
    unclaimed = g_ptr_array_new ();
  g_ptr_array_add (unclaimed, preload);
  g_mutex_unlock (&lock);
  g_thread_unref (g_thread_new ("trappa-preload", read_ahead, preload));
}

TrappaPlanPreload *
trappa_plan_preload_claim (GFile *file)
{
  TrappaPlanPreload *found = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  g_mutex_lock (&lock);
  for (guint i = 0; unclaimed != NULL && i < unclaimed->len && found == NULL; i++)
    if (g_file_equal (((TrappaPlanPreload *) unclaimed->pdata[i])->file, file))
      found = g_ptr_array_steal_index (unclaimed, i);
  g_mutex_unlock (&lock);
  return found;
}

TrappaPlan *
trappa_plan_preload_finish (TrappaPlanPreload  *preload,
                            char              **stamp,
                            GError            **error)
{
  TrappaPlan *plan;

  g_return_val_if_fail (preload != NULL, NULL);

  g_mutex_lock (&lock);
  while (!preload->done)
    g_cond_wait (&read_done, &lock);
  g_mutex_unlock (&lock);
  plan = g_steal_pointer (&preload->plan);
  if (plan == NULL)
    g_propagate_error (error, g_steal_pointer (&preload->error));
  else if (stamp != NULL)
    *stamp = g_steal_pointer (&preload->stamp);
  preload_free (preload);
  return plan;
}

/* Called with the lock held. */
static void
drop_locked (TrappaPlanPreload *preload)
{
  if (preload->done)
    preload_free (preload);
  else
    preload->dropped = TRUE;
}

void
trappa_plan_preload_drop (TrappaPlanPreload *preload)
{
  g_return_if_fail (preload != NULL);

  g_mutex_lock (&lock);
  drop_locked (preload);
  g_mutex_unlock (&lock);
}

void
trappa_plan_preload_forget (void)
{
  g_mutex_lock (&lock);
  for (guint i = 0; unclaimed != NULL && i < unclaimed->len; i++)
    drop_locked (unclaimed->pdata[i]);
  g_clear_pointer (&unclaimed, g_ptr_array_unref);
  g_mutex_unlock (&lock);
}
