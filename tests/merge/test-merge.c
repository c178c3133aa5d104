/* test-merge.c: three-way merge of plan copies, case by case, and --diff's words
 *
 * Each case starts from the Alver example as the common ancestor, edits a
 * copy as "mine" and one as "theirs" through the plan's edit API (as the
 * app does), merges, and checks the result field by field or byte by byte.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "trappa-measure.h"
#include "trappa-plan-diff.h"
#include "trappa-plan-file.h"
#include "trappa-plan-merge.h"

typedef struct
{
  TrappaPlan *base;
  TrappaPlan *mine;
  TrappaPlan *theirs;
} Fixture;

static TrappaPlan *
copy_of (TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);
  g_autoptr(GError) error = NULL;
  TrappaPlan *copy = trappa_plan_file_parse (bytes, "copy", NULL, &error);

  g_assert_no_error (error);
  return copy;
}

static char *
text_of (TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples",
                                            "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->base = trappa_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  f->mine = copy_of (f->base);
  f->theirs = copy_of (f->base);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->base);
  g_clear_object (&f->mine);
  g_clear_object (&f->theirs);
}

/* The n-th measure of a plan. */
static TrappaItem *
measure (TrappaPlan *plan,
         guint       n)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  g_autoptr(TrappaItem) item = g_list_model_get_item (measures, n);

  return item; /* the plan keeps it */
}

static TrappaMerge *
merge_of (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TrappaMerge *merge = trappa_merge_new (f->base, f->mine, f->theirs, &error);

  g_assert_no_error (error);
  return merge;
}

static void
set_int (TrappaPlan *plan,
         TrappaItem *item,
         const char *prop,
         gint64      value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (trappa_plan_set_int (plan, item, prop, value, &error));
  g_assert_no_error (error);
}

static void
test_nothing_changed (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *before = text_of (f->mine);
  g_autoptr(TrappaMerge) merge = merge_of (f);
  g_autofree char *after = NULL;

  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 0);
  g_assert_cmpuint (trappa_merge_get_n_changes (merge), ==, 0);
  g_assert_cmpuint (trappa_merge_apply (merge), ==, 0);
  after = text_of (f->mine);
  g_assert_cmpstr (after, ==, before);
}

static void
test_one_side (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TrappaMerge) merge = NULL;

  set_int (f->theirs, measure (f->theirs, 0), "operating-cost", 1234567);
  set_int (f->mine, measure (f->mine, 1), "operating-cost", 7654321);
  merge = merge_of (f);
  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 0);
  g_assert_cmpuint (trappa_merge_get_n_changes (merge), ==, 1);
  trappa_merge_apply (merge);
  g_assert_cmpint (trappa_item_get_int (measure (f->mine, 0), "operating-cost"), ==, 1234567);
  g_assert_cmpint (trappa_item_get_int (measure (f->mine, 1), "operating-cost"), ==, 7654321);
}

static void
test_both_same (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TrappaMerge) merge = NULL;

  set_int (f->theirs, measure (f->theirs, 0), "operating-cost", 42);
  set_int (f->mine, measure (f->mine, 0), "operating-cost", 42);
  merge = merge_of (f);
  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 0);
  g_assert_cmpuint (trappa_merge_get_n_changes (merge), ==, 0);
}

static void
test_both_differ (Fixture       *f,
                  gconstpointer  data)
{
  gboolean take_theirs = GPOINTER_TO_INT (data);
  g_autoptr(TrappaMerge) merge = NULL;
  g_autofree char *words = NULL;
  TrappaConflict *conflict;

  set_int (f->theirs, measure (f->theirs, 2), "operating-cost", 1500000);
  set_int (f->mine, measure (f->mine, 2), "operating-cost", 1200000);
  merge = merge_of (f);
  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 1);
  conflict = trappa_merge_get_conflicts (merge)->pdata[0];
  g_assert_cmpint (conflict->kind, ==, TRAPPA_CONFLICT_FIELD);
  g_assert_cmpstr (conflict->pspec->name, ==, "operating-cost");
  words = trappa_conflict_describe (merge, conflict);
  g_assert_nonnull (strstr (words, "mine 1\u00a0200\u00a0000 kr, theirs 1\u00a0500\u00a0000 kr, before 4\u00a0500\u00a0000 kr"));
  conflict->take_theirs = take_theirs;
  trappa_merge_apply (merge);
  g_assert_cmpint (trappa_item_get_int (measure (f->mine, 2), "operating-cost"), ==,
                   take_theirs ? 1500000 : 1200000);
}

/* Cost per budget year merges and conflicts like any field, in words. */
static void
test_cost_years (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TrappaMerge) merge = NULL;
  g_autofree char *words = NULL;
  TrappaConflict *conflict;

  g_assert_true (trappa_plan_set_string (f->theirs, measure (f->theirs, 0), "investment-by-year",
                                         "2025:1000000 2026:2000", NULL));
  g_assert_true (trappa_plan_set_string (f->theirs, measure (f->theirs, 1), "operating-by-year",
                                         "2027:5", NULL));
  g_assert_true (trappa_plan_set_string (f->mine, measure (f->mine, 1), "operating-by-year",
                                         "2027:6", NULL));
  merge = merge_of (f);
  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 1);
  conflict = trappa_merge_get_conflicts (merge)->pdata[0];
  g_assert_cmpstr (conflict->pspec->name, ==, "operating-by-year");
  words = trappa_conflict_describe (merge, conflict);
  g_assert_nonnull (strstr (words, "mine 2027: 6 kr, theirs 2027: 5 kr"));
  g_assert_cmpuint (trappa_merge_apply (merge), ==, 0);
  g_assert_cmpstr (trappa_item_get_string (measure (f->mine, 0), "investment-by-year"), ==,
                   "2025:1000000 2026:2000");
  g_assert_cmpstr (trappa_item_get_string (measure (f->mine, 1), "operating-by-year"), ==, "2027:6");
}

static TrappaItem *
new_measure (const char *title)
{
  TrappaItem *item = g_object_new (TRAPPA_TYPE_MEASURE, "title", title, NULL);

  return item;
}

static void
test_add_add (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(TrappaItem) mine = new_measure ("Mitt nye tiltak");
  g_autoptr(TrappaItem) theirs = new_measure ("Deira nye tiltak");
  g_autoptr(TrappaMerge) merge = NULL;
  guint n_before = g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->base), "measures")));
  GListModel *measures;

  trappa_plan_insert (f->mine, TRAPPA_ITEM (f->mine), "measures", -1, mine);
  trappa_plan_insert (f->theirs, TRAPPA_ITEM (f->theirs), "measures", -1, theirs);
  /* Both plans gave their new record the same id: still two records. */
  g_assert_cmpstr (trappa_item_get_id (mine), ==, trappa_item_get_id (theirs));
  merge = merge_of (f);
  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 0);
  trappa_merge_apply (merge);
  measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->mine), "measures"));
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, n_before + 2);
  g_assert_cmpstr (trappa_item_get_string (measure (f->mine, n_before), "title"), ==, "Mitt nye tiltak");
  g_assert_cmpstr (trappa_item_get_string (measure (f->mine, n_before + 1), "title"), ==, "Deira nye tiltak");
  g_assert_cmpstr (trappa_item_get_id (measure (f->mine, n_before)), !=,
                   trappa_item_get_id (measure (f->mine, n_before + 1)));
}

static void
test_remove_edit (Fixture       *f,
                  gconstpointer  data)
{
  gboolean take_theirs = GPOINTER_TO_INT (data);
  g_autofree char *id = g_strdup (trappa_item_get_id (measure (f->base, 3)));
  g_autoptr(TrappaMerge) merge = NULL;
  TrappaConflict *conflict;

  trappa_plan_remove (f->mine, measure (f->mine, 3));
  set_int (f->theirs, measure (f->theirs, 3), "investment-cost", 99);
  merge = merge_of (f);
  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 1);
  conflict = trappa_merge_get_conflicts (merge)->pdata[0];
  g_assert_cmpint (conflict->kind, ==, TRAPPA_CONFLICT_MINE_REMOVED);
  conflict->take_theirs = take_theirs;
  trappa_merge_apply (merge);
  if (take_theirs)
    g_assert_cmpint (trappa_item_get_int (trappa_plan_lookup (f->mine, id), "investment-cost"), ==, 99);
  else
    g_assert_null (trappa_plan_lookup (f->mine, id));
}

static void
test_edit_remove (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *edited = g_strdup (trappa_item_get_id (measure (f->base, 3)));
  g_autofree char *untouched = g_strdup (trappa_item_get_id (measure (f->base, 4)));
  g_autoptr(TrappaMerge) merge = NULL;
  TrappaConflict *conflict;

  set_int (f->mine, measure (f->mine, 3), "investment-cost", 99);
  trappa_plan_remove (f->theirs, measure (f->theirs, 4));
  trappa_plan_remove (f->theirs, measure (f->theirs, 3));
  merge = merge_of (f);
  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 1);
  conflict = trappa_merge_get_conflicts (merge)->pdata[0];
  g_assert_cmpint (conflict->kind, ==, TRAPPA_CONFLICT_THEIRS_REMOVED);
  trappa_merge_apply (merge);
  g_assert_nonnull (trappa_plan_lookup (f->mine, edited));
  g_assert_null (trappa_plan_lookup (f->mine, untouched));
}

static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *first = g_strdup (trappa_item_get_id (measure (f->base, 0)));
  g_autoptr(TrappaMerge) merge = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *mine = NULL;

  trappa_plan_move (f->theirs, measure (f->theirs, 0), 5);
  set_int (f->mine, measure (f->mine, 1), "operating-cost", 5);
  set_int (f->theirs, measure (f->theirs, 0), "operating-cost", 5);
  merge = merge_of (f);
  g_assert_cmpuint (trappa_merge_get_conflicts (merge)->len, ==, 0);
  trappa_merge_apply (merge);
  g_assert_cmpstr (trappa_item_get_id (measure (f->mine, 5)), ==, first);
  /* Mine now equals theirs, byte by byte. */
  mine = text_of (f->mine);
  theirs = text_of (f->theirs);
  g_assert_cmpstr (mine, ==, theirs);
}

static void
test_one_undo_step (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *before = text_of (f->mine);
  g_autofree char *after = NULL;
  g_autoptr(TrappaItem) added = new_measure ("Nytt");
  g_autoptr(TrappaMerge) merge = NULL;

  trappa_plan_clear_history (f->mine);
  set_int (f->theirs, measure (f->theirs, 0), "operating-cost", 1);
  trappa_plan_remove (f->theirs, measure (f->theirs, 6));
  trappa_plan_insert (f->theirs, TRAPPA_ITEM (f->theirs), "measures", 2, added);
  merge = merge_of (f);
  trappa_merge_apply (merge);
  g_assert_cmpstr (trappa_plan_get_undo_label (f->mine), ==, "Merge changes");
  g_assert_true (trappa_plan_undo (f->mine));
  g_assert_false (trappa_plan_get_can_undo (f->mine));
  after = text_of (f->mine);
  g_assert_cmpstr (after, ==, before);
}

static void
test_foreign_kept (Fixture       *f,
                   gconstpointer  data)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"https://trappa.no/ns/plan/1\" xmlns:x=\"urn:x\" format-version=\"1.0\" id=\"p\">\n"
    "  <title>T</title>\n"
    "  <x:note>kept</x:note>\n"
    "</plan>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(TrappaPlan) base = trappa_plan_file_parse (bytes, "base", NULL, NULL);
  g_autoptr(TrappaPlan) mine = copy_of (base);
  g_autoptr(TrappaPlan) theirs = copy_of (base);
  g_autoptr(TrappaMerge) merge = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (base);
  g_assert_true (trappa_plan_set_string (theirs, TRAPPA_ITEM (theirs), "title", "Ny", NULL));
  merge = trappa_merge_new (base, mine, theirs, NULL);
  trappa_merge_apply (merge);
  text = text_of (mine);
  g_assert_nonnull (strstr (text, "<title>Ny</title>"));
  g_assert_nonnull (strstr (text, "kept</x:note>"));
}

static void
test_other_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaMerge) merge = NULL;

  g_object_set (f->theirs, "id", "another-plan", NULL);
  merge = trappa_merge_new (f->base, f->mine, f->theirs, &error);
  g_assert_null (merge);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_OTHER_PLAN);
}

static void
test_diff_words (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TrappaItem) added = new_measure ("Nytt tiltak");
  g_autoptr(GPtrArray) diffs = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *removed_title = g_strdup (trappa_item_get_string (measure (f->base, 4), "title"));

  set_int (f->theirs, measure (f->theirs, 2), "operating-cost", 1500000);
  trappa_plan_remove (f->theirs, measure (f->theirs, 4));
  trappa_plan_insert (f->theirs, TRAPPA_ITEM (f->theirs), "measures", -1, added);
  g_assert_true (trappa_plan_set_string (f->theirs, TRAPPA_ITEM (f->theirs), "municipality", "Nye Alver", NULL));
  diffs = trappa_plan_diff (f->base, f->theirs);
  for (guint i = 0; i < diffs->len; i++)
    {
      g_autofree char *line = trappa_diff_describe (diffs->pdata[i], f->base, f->theirs);

      g_string_append_printf (all, "%s\n", line);
    }
  g_test_message ("%s", all->str);
  g_assert_nonnull (strstr (all->str, "Measure «Housing First-team»: operating cost 4\u00a0500\u00a0000 kr → 1\u00a0500\u00a0000 kr\n"));
  g_assert_nonnull (strstr (all->str, "municipality «Alver» → «Nye Alver»\n"));
  g_assert_nonnull (strstr (all->str, "Added: Measure «Nytt tiltak»\n"));
  g_assert_nonnull (strstr (all->str, removed_title));
  /* The measure removed went with its scores: one line, not one per score;
   * the risk it mitigated and the two national goals it answered lost the
   * reference, and say so. */
  g_assert_nonnull (strstr (all->str, "Risk «Private utbyggjarar vil ikkje inngå tilvisingsavtale»: "
                                      "measures Measure «Tilvisingsavtale med private utbyggjarar» → none\n"));
  g_assert_nonnull (strstr (all->str, "National goal «Det blir utvikla eit variert tilbod av eigna bustader i kommunane»: "
                                      "measures Measure «Tilvisingsavtale med private utbyggjarar», "));
  g_assert_cmpuint (diffs->len, ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

#define ADD(path, func, data) \
  g_test_add ("/trappa/merge/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("nothing-changed", test_nothing_changed, NULL);
  ADD ("one-side", test_one_side, NULL);
  ADD ("both-same", test_both_same, NULL);
  ADD ("both-differ/keep-mine", test_both_differ, GINT_TO_POINTER (FALSE));
  ADD ("both-differ/take-theirs", test_both_differ, GINT_TO_POINTER (TRUE));
  ADD ("add-add", test_add_add, NULL);
  ADD ("remove-edit/keep-mine", test_remove_edit, GINT_TO_POINTER (FALSE));
  ADD ("remove-edit/take-theirs", test_remove_edit, GINT_TO_POINTER (TRUE));
  ADD ("edit-remove", test_edit_remove, NULL);
  ADD ("reorder", test_reorder, NULL);
  ADD ("one-undo-step", test_one_undo_step, NULL);
  ADD ("foreign-kept", test_foreign_kept, NULL);
  ADD ("other-plan", test_other_plan, NULL);
  ADD ("diff-words", test_diff_words, NULL);
  ADD ("cost-years", test_cost_years, NULL);
  return g_test_run ();
}
