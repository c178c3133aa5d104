/* fuzz-score-import.c: merging a workshop group's copy of the plan
 *
 * The input is the group's copy; the plan it is merged into is Alver's
 * example. Whatever the copy holds, the import is refused with a
 * TRAPPA_ERROR or applies as one edit that undo takes back completely.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "config.h"
#include "trappa-fuzz.h"
#include "trappa-plan-file.h"
#include "trappa-score-import.h"

static TrappaPlan *room;
static GBytes *room_bytes;

static void
load_room (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  trappa_plan_file_init ();
  room = trappa_plan_file_load (file, NULL, NULL, &error);
  if (room == NULL)
    g_error ("%s", error->message);
  room_bytes = trappa_plan_file_serialize (room);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(TrappaPlan) copy = NULL;
  g_autoptr(TrappaScoreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *summary = NULL;

  if (room == NULL)
    load_room ();
  copy = trappa_plan_file_parse (bytes, "group.trappa", NULL, NULL);
  if (copy == NULL)
    return 0;

  import = trappa_score_import_prepare (room, copy, "group.trappa", &error);
  if (import == NULL)
    {
      if (error == NULL || error->domain != TRAPPA_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }
  summary = trappa_score_import_describe (import);
  if (import->changes->len == 0 && import->new_groups->len == 0)
    return 0;

  trappa_score_import_apply (import, room);
  if (!trappa_plan_undo (room))
    abort ();
  after = trappa_plan_file_serialize (room);
  if (!g_bytes_equal (after, room_bytes))
    abort ();
  return 0;
}
