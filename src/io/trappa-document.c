/* trappa-document.c: the open plan and the file it came from
 *
 * GTK-free, so the window stays thin and this is tested without a
 * display. Keeps the stamp (trappa-atomic-save.h) of the file's bytes
 * from the last load or save, so that a save can tell when someone else
 * changed the file meanwhile. Loading and saving run in a worker thread
 * (GTask), so a slow share or a large plan never freezes the window; the
 * plan itself is only ever touched on the thread that owns the document.
 * A save or draft takes a snapshot of the plan in short steps between
 * the main loop's events (trappa-plan-snapshot.h) and hands the copy to
 * the worker, which serialises, checks and writes it.
 *
 * With autosave on, a few seconds after an edit the plan is written as a
 * draft (trappa-drafts.c), in a worker thread too; edits meanwhile are
 * coalesced into the next draft. Saving the plan or ending the document
 * (a clean close) removes the draft; after a crash it is recovered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-document"

#include <glib/gi18n.h>

#include "trappa-document.h"
#include "trappa-drafts.h"
#include "trappa-plan-file.h"
#include "trappa-plan-preload.h"
#include "trappa-plan-snapshot.h"
#include "trappa-revisions.h"

struct _TrappaDocument
{
  GObject     parent_instance;

  TrappaPlan *plan;
  GFile      *file;
  char       *stamp;
  gulong      changed_id;
  guint       edits;     /* counts the plan's changes, to see edits during a save */
  guint       busy;      /* loads and saves under way */

  gboolean    autosave;
  char       *draft_id;
  guint       draft_source;      /* the timer of the next draft */
  gboolean    draft_writing;
  gboolean    draft_again;       /* edited while a draft was written */
  guint       draft_generation;  /* goes up when the draft is removed */
  gboolean    draft_failed;      /* reported; quiet until a draft works again */
};

G_DEFINE_FINAL_TYPE (TrappaDocument, trappa_document, G_TYPE_OBJECT)

enum { PROP_0, PROP_PLAN, PROP_FILE, PROP_BUSY, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { DRAFT_FAILED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* An edit is in a draft this long after typing stops, so a kill loses at
 * most the last few seconds; a burst of edits makes one draft. */
#define DRAFT_DELAY_MS 2000

/* The longest one step of copying the plan keeps the main loop waiting. */
#define SNAPSHOT_STEP_US 4000

typedef struct
{
  GFile      *file;
  GBytes     *bytes;     /* a save's plan, serialised in the worker */
  char       *stamp;     /* in: the stamp to check; out: the new one */
  TrappaPlan *plan;      /* a load's result; a save's snapshot */
  guint       edits;
  char       *plan_id;   /* a save's plan and revision, to keep the version */
  char       *revision;
  TrappaPlanPreload *preload;  /* a load's file read ahead */
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->stamp);
  g_clear_object (&job->plan);
  g_free (job->plan_id);
  g_free (job->revision);
  if (job->preload != NULL)
    trappa_plan_preload_drop (job->preload);
  g_free (job);
}

/* ---- snapshots ------------------------------------------------------------ */

typedef struct
{
  TrappaPlanSnapshot *snapshot;
  GTask              *task;
  TrappaPlan        **copy;
  GTaskThreadFunc     func;
} Copying;

static void
copying_free (Copying *copying)
{
  trappa_plan_snapshot_free (copying->snapshot);
  g_object_unref (copying->task);
  g_free (copying);
}

static gboolean
copy_step (gpointer data)
{
  Copying *copying = data;

  if (!trappa_plan_snapshot_step (copying->snapshot, g_get_monotonic_time () + SNAPSHOT_STEP_US))
    return G_SOURCE_CONTINUE;
  *copying->copy = trappa_plan_snapshot_steal (copying->snapshot);
  g_task_run_in_thread (copying->task, copying->func);
  return G_SOURCE_REMOVE;
}

/* Copies the plan as it is now into *@copy (in @task's data) in steps
 * between the main loop's events, then runs @func with it in a thread. */
static void
run_on_snapshot (TrappaDocument  *self,
                 GTask           *task,
                 TrappaPlan     **copy,
                 GTaskThreadFunc  func)
{
  Copying *copying = g_new0 (Copying, 1);

  copying->snapshot = trappa_plan_snapshot_new (self->plan);
  copying->task = g_object_ref (task);
  copying->copy = copy;
  copying->func = func;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, copy_step, copying, (GDestroyNotify) copying_free);
}

/* In the worker: the snapshot's bytes. The snapshot goes here too, as
 * freeing a large plan takes a while. */
static GBytes *
serialize_snapshot (TrappaPlan **copy)
{
  GBytes *bytes = trappa_plan_file_serialize (*copy);

  g_clear_object (copy);
  return bytes;
}

/* ---- drafts --------------------------------------------------------------- */

typedef struct
{
  TrappaDraft *draft;
  TrappaPlan  *copy;
  guint        generation;
} DraftJob;

static void
draft_job_free (DraftJob *job)
{
  trappa_draft_free (job->draft);
  g_clear_object (&job->copy);
  g_free (job);
}

static void schedule_draft (TrappaDocument *self);

static void
write_draft_in_thread (GTask        *task,
                       gpointer      source,
                       gpointer      data,
                       GCancellable *cancellable)
{
  DraftJob *job = data;
  g_autoptr(GBytes) bytes = serialize_snapshot (&job->copy);
  GError *error = NULL;

  if (trappa_drafts_write (job->draft, bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_draft_written (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  TrappaDocument *self = TRAPPA_DOCUMENT (source);
  DraftJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Said once, not every few seconds while the disk stays full. */
      if (!self->draft_failed)
        g_signal_emit (self, signals[DRAFT_FAILED], 0, error);
      self->draft_failed = TRUE;
    }
  else
    self->draft_failed = FALSE;

  /* Saved or closed while it was written: the draft is not wanted. */
  if (job->generation != self->draft_generation)
    trappa_drafts_remove (job->draft->id);
  if (self->draft_again)
    {
      self->draft_again = FALSE;
      schedule_draft (self);
    }
}

static void
write_draft (TrappaDocument *self)
{
  DraftJob *job = g_new0 (DraftJob, 1);
  g_autoptr(GTask) task = g_task_new (self, NULL, on_draft_written, NULL);

  job->draft = trappa_draft_new ();
  job->draft->id = g_strdup (self->draft_id);
  job->draft->title = trappa_document_dup_title (self);
  job->draft->uri = self->file != NULL ? g_file_get_uri (self->file) : NULL;
  job->draft->stamp = g_strdup (self->stamp);
  job->draft->time = g_date_time_new_now_local ();
  job->generation = self->draft_generation;
  self->draft_writing = TRUE;
  g_task_set_task_data (task, job, (GDestroyNotify) draft_job_free);
  run_on_snapshot (self, task, &job->copy, write_draft_in_thread);
}

static void
remove_draft (TrappaDocument *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_again = FALSE;
  self->draft_generation++;
  trappa_drafts_remove (self->draft_id);
}

static gboolean
on_draft_due (gpointer data)
{
  TrappaDocument *self = data;

  self->draft_source = 0;
  if (!trappa_plan_get_modified (self->plan))
    remove_draft (self);      /* undone back to the file */
  else if (self->draft_writing)
    self->draft_again = TRUE;
  else
    write_draft (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (TrappaDocument *self)
{
  if (self->autosave && self->draft_source == 0)
    self->draft_source = g_timeout_add (DRAFT_DELAY_MS, on_draft_due, self);
}

static void
on_plan_changed (TrappaDocument *self)
{
  self->edits++;
  schedule_draft (self);
}

static void
set_state (TrappaDocument *self,
           TrappaPlan     *plan,
           GFile          *file,
           char           *stamp)
{
  g_free (self->stamp);
  self->stamp = stamp;
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (self->plan == plan)
    return;
  g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  self->changed_id = g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_changed), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static void
set_busy (TrappaDocument *self,
          gboolean        started)
{
  gboolean was_busy = self->busy > 0;

  self->busy += started ? 1 : -1;
  if (was_busy != (self->busy > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* ---- loading -------------------------------------------------------------- */

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;

  if (job->preload != NULL)
    job->plan = trappa_plan_preload_finish (g_steal_pointer (&job->preload), &job->stamp, &error);
  else
    job->plan = trappa_plan_file_load (job->file, &job->stamp, NULL, &error);
  if (job->plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* The id index is made here, not by the window's first lookup. */
  trappa_plan_find_parent (job->plan, TRAPPA_ITEM (job->plan), NULL, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;

  set_busy (TRAPPA_DOCUMENT (source), FALSE);
  g_task_return_pointer (outer, g_object_ref (result), g_object_unref);
}

/* Runs @func in a thread (a save's on a snapshot of the plan in
 * job->plan); the caller's task completes (with the inner task as its
 * value) once the document is no longer busy with it. */
static void
run_job (TrappaDocument       *self,
         Job                  *job,
         GTaskThreadFunc       func,
         gpointer              tag,
         GCancellable         *cancellable,
         GAsyncReadyCallback   callback,
         gpointer              user_data)
{
  GTask *outer = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GTask) inner = g_task_new (self, cancellable, on_job_done, outer);

  g_task_set_source_tag (outer, tag);
  g_task_set_task_data (inner, job, (GDestroyNotify) job_free);
  /* A cancelled load ends at once, even while its thread still waits on
   * a slow location (the thread's result is dropped). A save does not:
   * its file may be being written. */
  set_busy (self, TRUE);
  if (tag == trappa_document_load_async)
    {
      g_task_set_return_on_cancel (inner, TRUE);
      g_task_run_in_thread (inner, func);
    }
  else
    run_on_snapshot (self, inner, &job->plan, func);
}

/* The inner task of run_job(), or NULL with @error set. */
static GTask *
finish_job (TrappaDocument  *self,
            GAsyncResult    *result,
            gpointer         tag,
            GError         **error)
{
  g_autoptr(GTask) inner = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tag, NULL);

  inner = g_task_propagate_pointer (G_TASK (result), error);
  if (inner == NULL || !g_task_propagate_boolean (inner, error))
    return NULL;
  return g_steal_pointer (&inner);
}

/* ---- saving --------------------------------------------------------------- */

static void
save_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Job *job = data;
  g_autofree char *stamp = g_steal_pointer (&job->stamp);
  GError *error = NULL;

  job->bytes = serialize_snapshot (&job->plan);
  if (!trappa_plan_file_write (job->bytes, job->file, stamp, &job->stamp, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* Here, not on the main thread: a large plan takes a while to write. */
  trappa_revisions_keep_bytes (job->plan_id, job->revision, job->bytes);
  g_task_return_boolean (task, TRUE);
}

static Job *
save_job_new (TrappaDocument *self,
              GFile          *file,
              gboolean        overwrite)
{
  Job *job = g_new0 (Job, 1);

  if (file == NULL)
    file = self->file;
  job->file = g_object_ref (file);
  trappa_revisions_stamp (self->plan);
  job->plan_id = g_strdup (trappa_item_get_id (TRAPPA_ITEM (self->plan)));
  job->revision = g_strdup (trappa_item_get_string (TRAPPA_ITEM (self->plan), "revision"));
  job->edits = self->edits;
  /* The stamp only speaks for the file it came from. */
  if (!overwrite && self->file != NULL && g_file_equal (file, self->file))
    job->stamp = g_strdup (self->stamp);
  return job;
}

static void
save_done (TrappaDocument *self,
           Job            *job)
{
  if (self->edits == job->edits)
    {
      trappa_plan_mark_saved (self->plan);
      if (self->autosave)
        remove_draft (self);
    }
  set_state (self, self->plan, job->file, g_steal_pointer (&job->stamp));
}

/* ---- GObject ------------------------------------------------------------- */

static void
trappa_document_dispose (GObject *object)
{
  TrappaDocument *self = TRAPPA_DOCUMENT (object);

  /* The document's end is a clean close: its draft goes. (A crash never
   * gets here, so its draft stays.) */
  if (self->autosave)
    remove_draft (self);
  self->autosave = FALSE;
  G_OBJECT_CLASS (trappa_document_parent_class)->dispose (object);
}

static void
trappa_document_finalize (GObject *object)
{
  TrappaDocument *self = TRAPPA_DOCUMENT (object);

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_free (self->stamp);
  g_free (self->draft_id);
  G_OBJECT_CLASS (trappa_document_parent_class)->finalize (object);
}

static void
trappa_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TrappaDocument *self = TRAPPA_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_document_class_init (TrappaDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trappa_document_dispose;
  object_class->finalize = trappa_document_finalize;
  object_class->get_property = trappa_document_get_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, TRAPPA_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A draft could not be written (once, until one is again). */
  signals[DRAFT_FAILED] =
    g_signal_new ("draft-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
trappa_document_init (TrappaDocument *self)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();

  self->draft_id = g_uuid_string_random ();
  set_state (self, plan, NULL, NULL);
}

/* ---- public API ---------------------------------------------------------- */

TrappaDocument *
trappa_document_new (void)
{
  return g_object_new (TRAPPA_TYPE_DOCUMENT, NULL);
}

TrappaPlan *
trappa_document_get_plan (TrappaDocument *self)
{
  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);
  return self->plan;
}

GFile *
trappa_document_get_file (TrappaDocument *self)
{
  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);
  return self->file;
}

char *
trappa_document_dup_title (TrappaDocument *self)
{
  const char *title;

  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);

  title = trappa_item_get_string (TRAPPA_ITEM (self->plan), "title");
  if (*title != '\0')
    return g_strdup (title);
  return trappa_document_dup_file_name (self);
}

char *
trappa_document_dup_file_name (TrappaDocument *self)
{
  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);

  if (self->file == NULL)
    return g_strdup (_("Untitled plan"));
  return g_file_get_basename (self->file);
}

char *
trappa_document_dup_folder (TrappaDocument *self)
{
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);

  folder = self->file != NULL ? g_file_get_parent (self->file) : NULL;
  return folder != NULL ? g_file_get_parse_name (folder) : NULL;
}

gboolean
trappa_document_get_busy (TrappaDocument *self)
{
  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), FALSE);
  return self->busy > 0;
}

void
trappa_document_reset (TrappaDocument *self)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();

  g_return_if_fail (TRAPPA_IS_DOCUMENT (self));
  if (self->autosave)
    remove_draft (self);
  set_state (self, plan, NULL, NULL);
}

void
trappa_document_load_async (TrappaDocument      *self,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  Job *job;

  g_return_if_fail (TRAPPA_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (Job, 1);
  job->file = g_object_ref (file);
  job->preload = trappa_plan_preload_claim (file);
  run_job (self, job, load_in_thread, trappa_document_load_async, cancellable, callback, user_data);
}

gboolean
trappa_document_load_finish (TrappaDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_autoptr(GTask) inner = finish_job (self, result, trappa_document_load_async, error);
  Job *job;

  if (inner == NULL)
    return FALSE;
  job = g_task_get_task_data (inner);
  if (self->autosave)
    remove_draft (self);
  set_state (self, job->plan, job->file, g_steal_pointer (&job->stamp));
  return TRUE;
}

gboolean
trappa_document_load (TrappaDocument  *self,
                      GFile           *file,
                      GError         **error)
{
  g_autoptr(TrappaPlan) plan = NULL;
  char *stamp = NULL;

  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan = trappa_plan_file_load (file, &stamp, NULL, error);
  if (plan == NULL)
    return FALSE;
  if (self->autosave)
    remove_draft (self);
  set_state (self, plan, file, stamp);
  return TRUE;
}

void
trappa_document_save_async (TrappaDocument      *self,
                            GFile               *file,
                            gboolean             overwrite,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (TRAPPA_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  run_job (self, save_job_new (self, file, overwrite), save_in_thread,
           trappa_document_save_async, cancellable, callback, user_data);
}

gboolean
trappa_document_save_finish (TrappaDocument  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_autoptr(GTask) inner = finish_job (self, result, trappa_document_save_async, error);

  if (inner == NULL)
    return FALSE;
  save_done (self, g_task_get_task_data (inner));
  return TRUE;
}

gboolean
trappa_document_save (TrappaDocument  *self,
                      GFile           *file,
                      gboolean         overwrite,
                      GError         **error)
{
  g_autofree char *stamp = NULL;
  Job *job;
  gboolean saved;

  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  job = save_job_new (self, file, overwrite);
  job->bytes = trappa_plan_file_serialize (self->plan);
  stamp = g_steal_pointer (&job->stamp);
  saved = trappa_plan_file_write (job->bytes, job->file, stamp, &job->stamp, NULL, error);
  if (saved)
    {
      trappa_revisions_keep_bytes (job->plan_id, job->revision, job->bytes);
      save_done (self, job);
    }
  job_free (job);
  return saved;
}

void
trappa_document_set_autosave (TrappaDocument *self,
                              gboolean        autosave)
{
  g_return_if_fail (TRAPPA_IS_DOCUMENT (self));

  self->autosave = autosave;
  if (autosave && trappa_plan_get_modified (self->plan))
    schedule_draft (self);
  else if (!autosave)
    g_clear_handle_id (&self->draft_source, g_source_remove);
}

const char *
trappa_document_get_draft_id (TrappaDocument *self)
{
  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);
  return self->draft_id;
}

gboolean
trappa_document_recover (TrappaDocument     *self,
                         const TrappaDraft  *draft,
                         GError            **error)
{
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  plan = trappa_drafts_load (draft, error);
  if (plan == NULL)
    return FALSE;
  if (self->autosave)
    remove_draft (self);
  /* The draft stays this document's until the plan is saved or closed. */
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft->id);
  file = draft->uri != NULL ? g_file_new_for_uri (draft->uri) : NULL;
  /* Its stamp: a save still notices a file changed since the draft. */
  set_state (self, plan, file, g_strdup (draft->stamp));
  trappa_plan_mark_unsaved (plan);
  /* Rewritten soon as this process's own. */
  schedule_draft (self);
  return TRUE;
}
