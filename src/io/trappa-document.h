/* trappa-document.h: the open plan and the file it came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "trappa-drafts.h"
#include "trappa-plan.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_DOCUMENT (trappa_document_get_type ())
G_DECLARE_FINAL_TYPE (TrappaDocument, trappa_document, TRAPPA, DOCUMENT, GObject)

/* A document with a new, untitled plan. */
TrappaDocument *trappa_document_new            (void);

TrappaPlan     *trappa_document_get_plan       (TrappaDocument       *self);
/* NULL while the plan has never been saved. */
GFile          *trappa_document_get_file       (TrappaDocument       *self);
/* The plan's title, else the file's name, else "Untitled plan". */
char           *trappa_document_dup_title      (TrappaDocument       *self);
/* The file's name, else "Untitled plan". */
char           *trappa_document_dup_file_name  (TrappaDocument       *self);
/* The folder the file is in, as the user would write it; NULL without a
 * file. */
char           *trappa_document_dup_folder     (TrappaDocument       *self);
/* TRUE while a load or save runs. */
gboolean        trappa_document_get_busy       (TrappaDocument       *self);

/* Replaces the plan by a new, untitled one. */
void            trappa_document_reset          (TrappaDocument       *self);

/* Reads and checks @file in a worker thread, then (in _finish) replaces
 * the plan by the one in it. On error the document is unchanged and
 * @error names the file and the line. */
void            trappa_document_load_async     (TrappaDocument       *self,
                                                GFile                *file,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean        trappa_document_load_finish    (TrappaDocument       *self,
                                                GAsyncResult         *result,
                                                GError              **error);
gboolean        trappa_document_load           (TrappaDocument       *self,
                                                GFile                *file,
                                                GError              **error);

/* Saves to @file (NULL: the document's file): the plan as it is now is
 * serialised at once, checked and written in a worker thread, so editing
 * may go on; the plan counts as saved only if it was not edited
 * meanwhile. Unless @overwrite, fails with TRAPPA_ERROR_CHANGED_ON_DISK
 * when someone else changed the file since it was opened or last saved.
 * On error the plan stays unsaved and the file on disk untouched. */
void            trappa_document_save_async     (TrappaDocument       *self,
                                                GFile                *file,
                                                gboolean              overwrite,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean        trappa_document_save_finish    (TrappaDocument       *self,
                                                GAsyncResult         *result,
                                                GError              **error);
gboolean        trappa_document_save           (TrappaDocument       *self,
                                                GFile                *file,
                                                gboolean              overwrite,
                                                GError              **error);

/* With @autosave, a few seconds after edits the plan is kept as a draft
 * (trappa-drafts.h), written in a worker thread; a save, a new or opened
 * plan and the document's end remove it. "draft-failed" (GError) says
 * once when a draft cannot be written; the plan's file is never touched
 * by a draft. Off by default. */
void            trappa_document_set_autosave   (TrappaDocument       *self,
                                                gboolean              autosave);
const char     *trappa_document_get_draft_id   (TrappaDocument       *self);

/* Replaces the plan by the one kept in @draft, with the file it belongs
 * to (if any) and unsaved; the draft is this document's from then on. */
gboolean        trappa_document_recover        (TrappaDocument       *self,
                                                const TrappaDraft    *draft,
                                                GError              **error);

G_END_DECLS
