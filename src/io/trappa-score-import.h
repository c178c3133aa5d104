/* trappa-score-import.h: merging workshop groups' scores from their copies
 * of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "trappa-measure.h"

G_BEGIN_DECLS

/* One score the import would add or change; its strings are the
 * import's (an axis's name is static). */
typedef struct
{
  const char *measure_id;
  const char *group_name;    /* the group as named in the file */
  const char *axis;
  const char *score_id;      /* the score changed; NULL: a new one */
  gint64      old_value;     /* -1: a new score */
  gint64      new_value;
} TrappaScoreChange;

typedef struct
{
  char         *source_name;  /* the file, for messages */
  guint64       revision;     /* the plan's when prepared */
  GArray       *changes;      /* TrappaScoreChange: new and changed scores,
                               * a measure's together */
  GStringChunk *strings;      /* the changes' */
  guint      n_new;
  guint      n_changed;
  guint      n_unchanged;
  GPtrArray *unmatched;    /* titles of the file's measures this plan lacks */
  GPtrArray *new_groups;   /* names of groups the import adds */
} TrappaScoreImport;

/* Compares the scores in @other (a copy of @plan a group saved) with
 * @plan's. Measures match by id; groups by name (case-insensitive), so
 * "Gruppe 2" made on two laptops is one group. Whole-room scores in the
 * file that equal this plan's are where the group started and are left
 * alone; the others (the group scored in "whole room") become a group
 * named after @source_name. Fails with TRAPPA_ERROR_IMPORT when @other is
 * a different plan (another plan id). */
TrappaScoreImport *trappa_score_import_prepare (TrappaPlan         *plan,
                                                TrappaPlan         *other,
                                                const char         *source_name,
                                                GError            **error);
/* Reads @file with the hardened plan reader, then prepares as above. */
TrappaScoreImport *trappa_score_import_file    (TrappaPlan         *plan,
                                                GFile              *file,
                                                GError            **error);
/* Applies the changes to @plan as one undoable edit. */
void               trappa_score_import_apply   (TrappaScoreImport  *self,
                                                TrappaPlan         *plan);
/* "12 new scores, 3 changed, 40 unchanged. Not in this plan: …" */
char              *trappa_score_import_describe (TrappaScoreImport *self);
void               trappa_score_import_free    (TrappaScoreImport  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaScoreImport, trappa_score_import_free)

G_END_DECLS
