/* trappa-drafts.h: unsaved plans kept in the drafts folder, for recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

/* What a draft says about the plan in it. */
typedef struct
{
  char      *id;      /* a UUID: the draft's files are ID.trappa and ID.draft */
  char      *title;   /* the plan's title, else the file's name, when kept */
  char      *uri;     /* the plan's file; NULL for a plan never saved */
  char      *stamp;   /* that file's stamp when it was opened or last saved */
  GDateTime *time;    /* when the draft was written */
} TrappaDraft;

TrappaDraft *trappa_draft_new    (void);
void         trappa_draft_free   (TrappaDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaDraft, trappa_draft_free)

/* $XDG_DATA_HOME/no.trappa.Trappa/drafts */
char        *trappa_drafts_folder (void);

/* Writes @bytes (a serialised plan) and then what @draft says, each
 * atomically, so a draft is listed only once whole. Touches no plan, so
 * it may run in a worker thread; never touches the plan's own file. */
gboolean     trappa_drafts_write  (const TrappaDraft  *draft,
                                   GBytes             *bytes,
                                   GError            **error);

/* Removes draft @id, if there is one. */
void         trappa_drafts_remove (const char         *id);

/* The drafts left by Trappas that ended without closing their plans
 * (a crash, a kill), newest first: drafts of a Trappa still running
 * are not listed. */
GPtrArray   *trappa_drafts_list   (void);

/* The plan kept in @draft; on error NULL and @error says why. */
TrappaPlan  *trappa_drafts_load   (const TrappaDraft  *draft,
                                   GError            **error);

G_END_DECLS
