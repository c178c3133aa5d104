/* test-needs-panes.c: the population and gap panes on the Alver example,
 * under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gstdio.h>

#include "trappa-gap-pane.h"
#include "trappa-id-dropdown.h"
#include "trappa-record-table.h"
#include "trappa-needs.h"
#include "trappa-plan-file.h"
#include "trappa-population-pane.h"
#include "trappa-population-paste.h"
#include "trappa-chart-export.h"
#include "trappa-settings.h"
#include "ui-test-util.h"

typedef struct
{
  TrappaPlan *plan;
  GtkWindow  *window;
  GtkWidget  *pane;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples",
                                            "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GType (*get_type) (void) = data;

  f->plan = trappa_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  f->pane = g_object_new (get_type (), "plan", f->plan, NULL);
  f->window = ui_test_window_new (f->pane, 1280, 900);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  trappa_plan_clear_history (f->plan);
  g_assert_finalize_object (f->plan);
}

/* The entry for @band_id in @year in the population grid. */
static GtkWidget *
find_entry (GtkWidget  *root,
            const char *band_id,
            gint64      year)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ENTRY (child) &&
          g_strcmp0 (g_object_get_data (G_OBJECT (child), "band"), band_id) == 0 &&
          GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "year")) == year)
        return child;
      if ((found = find_entry (child, band_id, year)) != NULL)
        return found;
    }
  return NULL;
}

static gint64
value_of (Fixture *f,
          gint64   year)
{
  TrappaPopulationValue *value =
    trappa_population_find_value (trappa_needs_find_series (f->plan, "MMMM"), "age-80", year);

  return trappa_item_get_int (TRAPPA_ITEM (value), "count");
}

static void
test_population_typing (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *entry = find_entry (f->pane, "age-80", 2030);
  TrappaItem *series = TRAPPA_ITEM (trappa_needs_find_series (f->plan, "MMMM"));

  /* The series' source and date are shown and editable. */
  g_assert_nonnull (ui_test_find_cell (f->pane, series, "source"));
  g_assert_nonnull (ui_test_find_cell (f->pane, series, "date"));
  g_assert_nonnull (entry);
  /* Shown with Norwegian digit grouping. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1\u00a0756");

  gtk_editable_set_text (GTK_EDITABLE (entry), "2 000");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (value_of (f, 2030), ==, 2000);
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_cmpint (value_of (f, 2030), ==, 1756);
  ui_test_settle (f->pane);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1\u00a0756");

  /* Bad input: shown, the plan unchanged. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "-5");
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (value_of (f, 2030), ==, 1756);
  g_assert_false (trappa_plan_get_modified (f->plan));
}

/* The id of the record a reference drop-down shows ("" for None). */
static const char *
shown_id (GtkDropDown *dropdown)
{
  TrappaItem *item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL ? trappa_item_get_id (item) : "";
}

static void
test_population_step_in_table (Fixture       *f,
                               gconstpointer  data)
{
  TrappaItem *coverage = trappa_plan_lookup (f->plan, "cov-5");
  TrappaRecordCell *cell;
  GtkDropDown *dropdown;
  GListModel *offered;
  guint level = GTK_INVALID_LIST_POSITION;

  /* A coverage setting's step is edited in its row, and the field's
   * scope offers housing steps and service levels alike. */
  ui_test_settle (f->pane);
  cell = ui_test_find_cell (f->pane, coverage, "step");
  g_assert_nonnull (cell);
  dropdown = GTK_DROP_DOWN (trappa_record_cell_get_editor (cell));
  g_assert_cmpstr (shown_id (dropdown), ==, "step-6");
  offered = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (offered); i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (offered, i);

      if (g_str_equal (trappa_item_get_id (item), "level-6"))
        level = i;
    }
  g_assert_cmpuint (level, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (dropdown, level);
  g_assert_cmpstr (trappa_item_get_string (coverage, "step"), ==, "level-6");
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_cmpstr (trappa_item_get_string (coverage, "step"), ==, "step-6");
  ui_test_settle (f->pane);
  g_assert_cmpstr (shown_id (dropdown), ==, "step-6");
}

static void
test_gap_figures (Fixture       *f,
                  gconstpointer  data)
{
  TrappaItem *step = trappa_plan_lookup (f->plan, "step-4");

  /* Default years of the Alver plan (2024–2035, horizon 2040). */
  g_assert_true (ui_test_has_label (f->pane, "Need 2027"));
  g_assert_true (ui_test_has_label (f->pane, "Gap 2040"));
  g_assert_true (ui_test_has_label (f->pane, "Omsorgsbustad med livsløpsstandard"));
  g_assert_true (ui_test_has_label (f->pane, "271"));

  /* An edit redraws the figures; undo restores them. */
  g_assert_true (trappa_plan_set_int (f->plan, step, "units-today", 151, NULL));
  ui_test_settle (f->pane);
  g_assert_true (ui_test_has_label (f->pane, "151"));
  g_assert_true (trappa_plan_undo (f->plan));
  ui_test_settle (f->pane);
  g_assert_false (ui_test_has_label (f->pane, "151"));
}

/* The export dialog opens in the folder chosen in the preferences. */
static void
test_gap_export_folder (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *folder = g_dir_make_tmp ("trappa-export-XXXXXX", NULL);
  g_autoptr(GSettings) settings = trappa_settings_new ();
  g_autoptr(GFile) expected = g_file_new_for_path (folder);
  g_autoptr(GFile) shown = NULL;
  g_autoptr(GListModel) toplevels = NULL;
  GtkWidget *dialog = NULL;

  g_settings_set_string (settings, "default-folder", folder);
  g_assert_true (gtk_widget_activate_action (f->pane, "gap.export", "s", "gap"));
  ui_test_settle (f->pane);
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window))
        dialog = GTK_WIDGET (window);
    }
  g_assert_nonnull (dialog);
  shown = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
  g_assert_nonnull (shown);
  g_assert_true (g_file_equal (shown, expected));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  ui_test_settle (f->pane);
  g_settings_reset (settings, "default-folder");
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  trappa_plan_file_init ();

  g_test_add ("/trappa/needs/population-pane/typing", Fixture, trappa_population_pane_get_type,
              fixture_set_up, test_population_typing, fixture_tear_down);
  g_test_add ("/trappa/needs/population-pane/step-in-table", Fixture, trappa_population_pane_get_type,
              fixture_set_up, test_population_step_in_table, fixture_tear_down);
  g_test_add ("/trappa/needs/gap-pane/figures", Fixture, trappa_gap_pane_get_type,
              fixture_set_up, test_gap_figures, fixture_tear_down);
  g_test_add ("/trappa/needs/gap-pane/export-folder", Fixture, trappa_gap_pane_get_type,
              fixture_set_up, test_gap_export_folder, fixture_tear_down);
  return g_test_run ();
}
