/* test-merge-dialog.c: the conflict view of Merge Changes From…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "trappa-merge-dialog.h"
#include "trappa-plan-file.h"
#include "ui-test-util.h"

static TrappaPlan *
copy_of (TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);

  return trappa_plan_file_parse (bytes, "copy", NULL, NULL);
}

static TrappaItem *
measure (TrappaPlan *plan,
         guint       n)
{
  g_autoptr(TrappaItem) item =
    g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures")), n);

  return item;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_merge (TrappaMergeDialog *dialog,
          gboolean          *merged)
{
  *merged = TRUE;
}

/* Kept in the build folder to look at: the dialog as a user sees it. */
static void
save_picture (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "merge-dialog.png", NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_choose_theirs (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrappaPlan) base = trappa_plan_file_load (file, NULL, NULL, NULL);
  g_autoptr(TrappaPlan) mine = copy_of (base);
  g_autoptr(TrappaPlan) theirs = copy_of (base);
  g_autoptr(TrappaMerge) merge = NULL;
  TrappaMergeDialog *dialog;
  gboolean merged = FALSE;
  GPtrArray *conflicts;

  g_assert_true (trappa_plan_set_int (mine, measure (mine, 2), "operating-cost", 1200000, NULL));
  g_assert_true (trappa_plan_set_int (theirs, measure (theirs, 2), "operating-cost", 1500000, NULL));
  g_assert_true (trappa_plan_set_string (mine, measure (mine, 3), "responsible", "Eigedom", NULL));
  g_assert_true (trappa_plan_set_string (theirs, measure (theirs, 3), "responsible", "NAV", NULL));
  g_assert_true (trappa_plan_set_string (theirs, measure (theirs, 0), "deadline", "2027", NULL));
  merge = trappa_merge_new (base, mine, theirs, NULL);
  conflicts = trappa_merge_get_conflicts (merge);
  g_assert_cmpuint (conflicts->len, ==, 2);

  dialog = trappa_merge_dialog_new (NULL, merge, "alver-nav.trappa");
  g_signal_connect (dialog, "merge", G_CALLBACK (on_merge), &merged);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 860, 620);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_settle (GTK_WIDGET (dialog));
  save_picture (GTK_WIDGET (dialog));

  /* Mine is chosen until the user picks theirs. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "Take All _Theirs"), "clicked");
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "_Merge"), "clicked");
  g_assert_true (merged);
  for (guint i = 0; i < conflicts->len; i++)
    g_assert_true (((TrappaConflict *) conflicts->pdata[i])->take_theirs);

  trappa_merge_apply (merge);
  g_assert_cmpint (trappa_item_get_int (measure (mine, 2), "operating-cost"), ==, 1500000);
  g_assert_cmpstr (trappa_item_get_string (measure (mine, 3), "responsible"), ==, "NAV");
  g_assert_cmpstr (trappa_item_get_string (measure (mine, 0), "deadline"), ==, "2027");
  ui_test_run_for (50);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  trappa_plan_file_init ();
  g_test_add_func ("/trappa/ui/merge-dialog/choose-theirs", test_choose_theirs);
  return g_test_run ();
}
