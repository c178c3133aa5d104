/* test-revisions.c: revision ids on save, and finding a copy's common original
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-plan-file.h"
#include "trappa-plan-merge.h"
#include "trappa-revisions.h"

static TrappaPlan *
copy_of (TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);

  return trappa_plan_file_parse (bytes, "copy", NULL, NULL);
}

static TrappaPlan *
alver (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return trappa_plan_file_load (file, NULL, NULL, NULL);
}

/* As a save does it: a new revision, then the bytes kept. */
static void
save (TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = NULL;

  trappa_revisions_stamp (plan);
  bytes = trappa_plan_file_serialize (plan);
  trappa_revisions_keep (plan, bytes);
}

static void
test_stamp (void)
{
  g_autoptr(TrappaPlan) plan = alver ();
  g_autofree char *first = NULL;

  g_assert_false (trappa_plan_get_modified (plan));
  trappa_revisions_stamp (plan);
  first = g_strdup (trappa_item_get_string (TRAPPA_ITEM (plan), "revision"));
  g_assert_true (g_uuid_string_is_valid (first));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "revision-history"), ==, "");
  /* A save is not an edit. */
  g_assert_false (trappa_plan_get_modified (plan));
  g_assert_false (trappa_plan_get_can_undo (plan));

  for (guint i = 0; i < TRAPPA_REVISION_HISTORY_MAX + 5; i++)
    trappa_revisions_stamp (plan);
  {
    g_auto(GStrv) history = g_strsplit (trappa_item_get_string (TRAPPA_ITEM (plan), "revision-history"), " ", -1);

    g_assert_cmpuint (g_strv_length (history), ==, TRAPPA_REVISION_HISTORY_MAX);
    g_assert_false (g_strv_contains ((const char * const *) history, first));
  }
}

static void
test_find_base (void)
{
  g_autoptr(TrappaPlan) mine = alver ();
  g_autoptr(TrappaPlan) theirs = NULL;
  g_autoptr(TrappaPlan) base = NULL;
  g_autofree char *sent = NULL;

  save (mine);
  sent = g_strdup (trappa_item_get_string (TRAPPA_ITEM (mine), "revision"));
  /* The colleague saves their copy twice; I save mine again meanwhile. */
  theirs = copy_of (mine);
  trappa_revisions_stamp (theirs);
  trappa_revisions_stamp (theirs);
  save (mine);
  /* Opening their copy to merge it keeps it too: still not the base. */
  {
    g_autoptr(GBytes) opened = trappa_plan_file_serialize (theirs);

    trappa_revisions_keep (theirs, opened);
  }

  base = trappa_revisions_find_base (theirs, mine);
  g_assert_nonnull (base);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (base), "revision"), ==, sent);
}

static void
test_unknown_and_hostile (void)
{
  g_autoptr(TrappaPlan) plan = alver ();
  g_autoptr(TrappaPlan) found = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("x", 1);

  g_object_set (plan, "revision", "../../../../etc/passwd",
                "revision-history", "/etc/passwd .. 00000000-0000-0000-0000-000000000000", NULL);
  /* A revision that is not a UUID is neither kept nor looked up. */
  trappa_revisions_keep (plan, bytes);
  found = trappa_revisions_find_base (plan, plan);
  g_assert_null (found);
  trappa_revisions_stamp (plan);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "revision-history"), ==,
                   "00000000-0000-0000-0000-000000000000");
}

static void
test_round_trip (void)
{
  g_autoptr(TrappaPlan) plan = alver ();
  g_autoptr(TrappaPlan) copy = NULL;

  trappa_revisions_stamp (plan);
  trappa_revisions_stamp (plan);
  copy = copy_of (plan);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (copy), "revision"), ==,
                   trappa_item_get_string (TRAPPA_ITEM (plan), "revision"));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (copy), "revision-history"), ==,
                   trappa_item_get_string (TRAPPA_ITEM (plan), "revision-history"));
}

/* The first measure's title in @plan, set to @title as an edit. */
static void
retitle (TrappaPlan *plan,
         const char *title)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  g_autoptr(TrappaItem) first = g_list_model_get_item (measures, 0);

  g_assert_true (trappa_plan_set_string (plan, first, "title", title, NULL));
}

/* As the window merges: the common original looked up, then merged. */
static TrappaMerge *
merge_found (TrappaPlan *mine,
             TrappaPlan *theirs)
{
  g_autoptr(TrappaPlan) base = trappa_revisions_find_base (theirs, mine);
  g_autoptr(GError) error = NULL;
  TrappaMerge *merge = NULL;

  g_assert_nonnull (base);
  merge = trappa_merge_new (base, mine, theirs, &error);
  g_assert_no_error (error);
  return merge;
}

/* A conflict settled by keeping mine is not asked again when the same
 * copy is merged again (it came back by mail twice), and a later copy
 * of theirs brings only what they changed since; undoing the merge
 * forgets their copy again. */
static void
test_merge_again (void)
{
  g_autoptr(TrappaPlan) mine = alver ();
  g_autoptr(TrappaPlan) theirs = NULL;
  g_autoptr(TrappaPlan) later = NULL;
  g_autoptr(TrappaMerge) first = NULL;
  g_autoptr(TrappaMerge) again = NULL;
  g_autoptr(TrappaMerge) undone = NULL;
  g_autoptr(TrappaMerge) newer = NULL;
  GPtrArray *conflicts;

  save (mine);
  theirs = copy_of (mine);
  retitle (theirs, "Deira tittel");
  save (theirs);
  retitle (mine, "Min tittel");
  save (mine);

  first = merge_found (mine, theirs);
  conflicts = trappa_merge_get_conflicts (first);
  g_assert_cmpuint (conflicts->len, ==, 1);
  ((TrappaConflict *) conflicts->pdata[0])->take_theirs = FALSE;
  g_assert_cmpuint (trappa_merge_apply (first), ==, 0);

  again = merge_found (mine, theirs);
  g_assert_cmpuint (trappa_merge_get_conflicts (again)->len, ==, 0);
  g_assert_cmpuint (trappa_merge_get_n_changes (again), ==, 0);

  g_assert_true (trappa_plan_undo (mine));
  undone = merge_found (mine, theirs);
  g_assert_cmpuint (trappa_merge_get_conflicts (undone)->len, ==, 1);
  g_assert_true (trappa_plan_redo (mine));

  /* Saved in between; their next copy brings its new description, and
   * the title settled before stays mine. */
  save (mine);
  later = copy_of (theirs);
  g_object_set (later, "description", "Ny omtale", NULL);
  save (later);
  newer = merge_found (mine, later);
  g_assert_cmpuint (trappa_merge_get_conflicts (newer)->len, ==, 0);
  g_assert_cmpuint (trappa_merge_get_n_changes (newer), ==, 1);
}

/* A merge saved and then undone: the plan still names the revision it had
 * before the merge, so a copy sent out before it still finds its
 * original. */
static void
test_undo_merge_after_save (void)
{
  g_autoptr(TrappaPlan) mine = alver ();
  g_autoptr(TrappaPlan) theirs = NULL;
  g_autoptr(TrappaPlan) sent = NULL;
  g_autoptr(TrappaPlan) base = NULL;
  g_autoptr(TrappaMerge) merge = NULL;
  g_autofree char *before = NULL;

  save (mine);
  theirs = copy_of (mine);
  g_object_set (theirs, "description", "Deira omtale", NULL);
  save (theirs);
  /* Saved again and sent to someone else, who edits it. */
  retitle (mine, "Min tittel");
  save (mine);
  before = g_strdup (trappa_item_get_string (TRAPPA_ITEM (mine), "revision"));
  sent = copy_of (mine);
  retitle (sent, "Sendt før samanslåinga");
  save (sent);

  merge = merge_found (mine, theirs);
  g_assert_cmpuint (trappa_merge_apply (merge), ==, 0);
  save (mine);
  g_assert_true (trappa_plan_undo (mine));
  save (mine);

  base = trappa_revisions_find_base (sent, mine);
  g_assert_nonnull (base);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (base), "revision"), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  /* The kept versions go to the test environment's XDG_DATA_HOME, in the
   * build folder (GLib 2.74's G_TEST_OPTION_ISOLATE_DIRS leaks). */
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();
  g_test_add_func ("/trappa/revisions/stamp", test_stamp);
  g_test_add_func ("/trappa/revisions/find-base", test_find_base);
  g_test_add_func ("/trappa/revisions/unknown-and-hostile", test_unknown_and_hostile);
  g_test_add_func ("/trappa/revisions/round-trip", test_round_trip);
  g_test_add_func ("/trappa/revisions/merge-again", test_merge_again);
  g_test_add_func ("/trappa/revisions/undo-merge-after-save", test_undo_merge_after_save);
  return g_test_run ();
}
