/* test-record-table.c: the generic record table and its cells, under Xvfb
 *
 * A plan built in code; add, remove and move through the table's actions
 * with undo and redo, and each kind of cell editor writing to the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "trappa-plan.h"
#include "trappa-record-table.h"
#include "ui-test-util.h"

typedef struct
{
  TrappaPlan        *plan;
  GtkWindow         *window;
  TrappaRecordTable *groups;
  TrappaRecordTable *rows;
  TrappaItem        *step;
} Fixture;

static const TrappaRecordColumn group_columns[] = {
  { "name", "Target group", 200, FALSE, NULL, NULL, FALSE },
  { "description", "Description", 200, TRUE, NULL, NULL, FALSE },
};

static const char * const build_labels[] = { "Not given", "New build", "Rehabilitation", "Both", NULL };

static const TrappaRecordColumn row_columns[] = {
  { "step", "Step", 150, FALSE, NULL, NULL, FALSE },
  { "target-group", "Target group", 150, FALSE, NULL, NULL, FALSE },
  { "cost", "Estimated cost", 120, FALSE, NULL, NULL, FALSE },
  { "build", "New build or rehabilitation", 150, FALSE, build_labels, NULL, FALSE },
};

static TrappaItem *
add_group (TrappaPlan *plan,
           const char *name)
{
  g_autoptr(TrappaTargetGroup) group = trappa_target_group_new ();

  g_object_set (group, "name", name, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "target-groups", -1, TRAPPA_ITEM (group));
  return TRAPPA_ITEM (group);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  TrappaItem *staircase;
  g_autoptr(TrappaStep) step = trappa_step_new ();
  g_autoptr(TrappaMappingRow) row = trappa_mapping_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  f->plan = trappa_plan_new ();
  staircase = TRAPPA_ITEM (trappa_plan_get_staircase (f->plan, TRAPPA_STAIRCASE_HOUSING));
  g_object_set (step, "name", "Ordinær bustad", NULL);
  trappa_plan_insert (f->plan, staircase, "steps", -1, TRAPPA_ITEM (step));
  f->step = TRAPPA_ITEM (step);
  add_group (f->plan, "Flyktningar");
  add_group (f->plan, "Eldre");
  add_group (f->plan, "Førstegongsetablerarar");
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "mapping-rows", -1, TRAPPA_ITEM (row));
  trappa_plan_clear_history (f->plan);
  trappa_plan_mark_saved (f->plan);

  f->groups = TRAPPA_RECORD_TABLE (trappa_record_table_new (TRAPPA_TYPE_TARGET_GROUP, group_columns,
                                                            G_N_ELEMENTS (group_columns)));
  trappa_record_table_set_list (f->groups, f->plan, TRAPPA_ITEM (f->plan), "target-groups");
  f->rows = TRAPPA_RECORD_TABLE (trappa_record_table_new (TRAPPA_TYPE_MAPPING_ROW, row_columns,
                                                          G_N_ELEMENTS (row_columns)));
  trappa_record_table_set_list (f->rows, f->plan, TRAPPA_ITEM (f->plan), "mapping-rows");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->groups));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->rows));
  f->window = ui_test_window_new (box, 900, 600);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_window_destroy (f->window);
  g_assert_finalize_object (f->plan);
}

static GListModel *
groups_list (Fixture *f)
{
  return G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "target-groups"));
}

static const char *
group_name (Fixture *f,
            guint    position)
{
  g_autoptr(TrappaItem) group = g_list_model_get_item (groups_list (f), position);

  return trappa_item_get_string (group, "name");
}

static void
test_add_remove_move (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *table = GTK_WIDGET (f->groups);
  g_autoptr(TrappaItem) eldre = g_list_model_get_item (groups_list (f), 1);

  /* Add goes below the selected row and selects the new one. */
  trappa_record_table_select (f->groups, eldre);
  gtk_widget_activate_action (table, "table.add", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (groups_list (f)), ==, 4);
  g_assert_cmpstr (group_name (f, 2), ==, "");
  g_assert_true (trappa_plan_get_modified (f->plan));
  g_assert_cmpstr (trappa_plan_get_undo_label (f->plan), ==, "Add row");
  trappa_plan_undo (f->plan);
  g_assert_cmpuint (g_list_model_get_n_items (groups_list (f)), ==, 3);
  trappa_plan_redo (f->plan);
  g_assert_cmpuint (g_list_model_get_n_items (groups_list (f)), ==, 4);
  trappa_plan_undo (f->plan);

  trappa_record_table_select (f->groups, eldre);
  gtk_widget_activate_action (table, "table.move-up", NULL);
  g_assert_cmpstr (group_name (f, 0), ==, "Eldre");
  g_assert_true (trappa_record_table_get_selected (f->groups) == eldre);
  gtk_widget_activate_action (table, "table.move-down", NULL);
  gtk_widget_activate_action (table, "table.move-down", NULL);
  g_assert_cmpstr (group_name (f, 2), ==, "Eldre");
  /* Past the end nothing happens. */
  gtk_widget_activate_action (table, "table.move-down", NULL);
  g_assert_cmpstr (group_name (f, 2), ==, "Eldre");
  trappa_plan_undo (f->plan);
  trappa_plan_undo (f->plan);
  trappa_plan_undo (f->plan);
  g_assert_cmpstr (group_name (f, 1), ==, "Eldre");

  trappa_record_table_select (f->groups, eldre);
  gtk_widget_activate_action (table, "table.remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (groups_list (f)), ==, 2);
  g_assert_cmpstr (group_name (f, 1), ==, "Førstegongsetablerarar");
  trappa_plan_undo (f->plan);
  g_assert_cmpstr (group_name (f, 1), ==, "Eldre");
  g_assert_false (trappa_plan_get_modified (f->plan));
}

/* The toolbar button running @action, which is insensitive while the
 * action is disabled. */
static gboolean
tool_enabled (TrappaRecordTable *table,
              const char        *action)
{
  GtkWidget *toolbar = gtk_widget_get_first_child (GTK_WIDGET (table));

  for (GtkWidget *button = gtk_widget_get_first_child (toolbar);
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
      return gtk_widget_is_sensitive (button);
  g_assert_not_reached ();
}

static void
test_tools_follow_selection (Fixture       *f,
                             gconstpointer  data)
{
  struct { int select; gboolean add, remove, up, down; } cases[] = {
    { -1, TRUE, FALSE, FALSE, FALSE },
    { 0, TRUE, TRUE, FALSE, TRUE },
    { 1, TRUE, TRUE, TRUE, TRUE },
    { 2, TRUE, TRUE, TRUE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TrappaItem) group = cases[i].select >= 0 ? g_list_model_get_item (groups_list (f), cases[i].select) : NULL;

      trappa_record_table_select (f->groups, group);
      g_assert_true (tool_enabled (f->groups, "table.add") == cases[i].add);
      g_assert_true (tool_enabled (f->groups, "table.remove") == cases[i].remove);
      g_assert_true (tool_enabled (f->groups, "table.move-up") == cases[i].up);
      g_assert_true (tool_enabled (f->groups, "table.move-down") == cases[i].down);
    }

  /* Nothing to show: nothing to do. */
  trappa_record_table_set_list (f->groups, NULL, NULL, NULL);
  g_assert_false (tool_enabled (f->groups, "table.add"));
  g_assert_false (tool_enabled (f->groups, "table.remove"));
  g_assert_false (tool_enabled (f->groups, "table.move-up"));
  g_assert_false (tool_enabled (f->groups, "table.move-down"));
}

static void
test_text_cell (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TrappaItem) group = g_list_model_get_item (groups_list (f), 0);
  TrappaRecordCell *cell = ui_test_find_cell (GTK_WIDGET (f->groups), group, "name");
  GtkWidget *label;

  g_assert_nonnull (cell);
  label = trappa_record_cell_get_editor (cell);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "Flyktningar");

  /* Typed text stays while the plan changes elsewhere, until Enter. */
  gtk_editable_set_text (GTK_EDITABLE (label), "Busette flyktningar");
  trappa_plan_set_string (f->plan, f->step, "name", "Trinn 1", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "Busette flyktningar");
  g_assert_cmpstr (trappa_item_get_string (group, "name"), ==, "Flyktningar");
  g_signal_emit_by_name (label, "activate");
  g_assert_cmpstr (trappa_item_get_string (group, "name"), ==, "Busette flyktningar");

  /* Undo shows in the cell at once. */
  trappa_plan_undo (f->plan);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "Flyktningar");
  /* The text is the tooltip too, for a name cut off at the column's edge. */
  g_assert_true (gtk_widget_get_has_tooltip (label));

  /* Removing the row while its cell has the focus is safe. */
  gtk_widget_grab_focus (label);
  trappa_record_table_select (f->groups, group);
  gtk_widget_activate_action (GTK_WIDGET (f->groups), "table.remove", NULL);
  ui_test_settle (GTK_WIDGET (f->groups));
  g_assert_cmpuint (g_list_model_get_n_items (groups_list (f)), ==, 2);
}

static void
test_multiline_cell (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TrappaItem) group = g_list_model_get_item (groups_list (f), 2);
  TrappaRecordCell *cell = ui_test_find_cell (GTK_WIDGET (f->groups), group, "description");
  GtkWidget *popover, *view;

  g_assert_nonnull (cell);
  g_signal_emit_by_name (trappa_record_cell_get_editor (cell), "clicked");
  popover = ui_test_find_descendant (GTK_WIDGET (cell), GTK_TYPE_POPOVER);
  g_assert_true (gtk_widget_get_visible (popover));
  view = ui_test_find_descendant (popover, GTK_TYPE_TEXT_VIEW);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "Unge vaksne som skal etablere seg.\nTreng startlån.", -1);
  /* Nothing is written while the popover is open … */
  g_assert_cmpstr (trappa_item_get_string (group, "description"), ==, "");
  gtk_popover_popdown (GTK_POPOVER (popover));
  /* … and all of it, as one undo step, when it closes. */
  g_assert_cmpstr (trappa_item_get_string (group, "description"), ==,
                   "Unge vaksne som skal etablere seg.\nTreng startlån.");
  trappa_plan_undo (f->plan);
  g_assert_cmpstr (trappa_item_get_string (group, "description"), ==, "");
  g_assert_false (trappa_plan_get_can_undo (f->plan));
}

static void
test_reference_and_choice_cells (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(TrappaItem) row = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "mapping-rows")), 0);
  g_autoptr(TrappaItem) eldre = g_list_model_get_item (groups_list (f), 1);
  TrappaRecordCell *step_cell = ui_test_find_cell (GTK_WIDGET (f->rows), row, "step");
  TrappaRecordCell *group_cell = ui_test_find_cell (GTK_WIDGET (f->rows), row, "target-group");
  TrappaRecordCell *build_cell = ui_test_find_cell (GTK_WIDGET (f->rows), row, "build");
  TrappaRecordCell *cost_cell = ui_test_find_cell (GTK_WIDGET (f->rows), row, "cost");
  GtkDropDown *groups;

  g_assert_nonnull (step_cell);
  g_assert_nonnull (group_cell);
  g_assert_nonnull (build_cell);
  g_assert_nonnull (cost_cell);

  /* Drop-downs list "None" and then the records by name. */
  groups = GTK_DROP_DOWN (trappa_record_cell_get_editor (group_cell));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (groups)), ==, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (groups), ==, 0);
  gtk_drop_down_set_selected (groups, 2);
  g_assert_cmpstr (trappa_item_get_string (row, "target-group"), ==, trappa_item_get_id (eldre));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (trappa_record_cell_get_editor (step_cell)), 1);
  g_assert_cmpstr (trappa_item_get_string (row, "step"), ==, trappa_item_get_id (f->step));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (trappa_record_cell_get_editor (build_cell)), 2);
  g_assert_cmpstr (trappa_item_get_string (row, "build"), ==, TRAPPA_BUILD_REHAB);

  /* Costs take Norwegian digit grouping and "kr". */
  ui_test_type_in_cell (cost_cell, "12 500 000 kr");
  g_assert_cmpint (trappa_item_get_int (row, "cost"), ==, 12500000);
  ui_test_type_in_cell (cost_cell, "12,5 mill");
  g_assert_cmpint (trappa_item_get_int (row, "cost"), ==, 12500000);
  g_assert_nonnull (trappa_record_table_get_message (f->rows));

  /* Removing the referenced group removes the row that needs it; undo
   * brings both back and the drop-down shows the group again. */
  trappa_plan_undo (f->plan);
  trappa_plan_undo (f->plan);
  trappa_plan_undo (f->plan);
  g_assert_cmpstr (trappa_item_get_string (row, "build"), ==, "");
  trappa_plan_begin_edit (f->plan, "Remove group");
  trappa_plan_remove (f->plan, eldre);
  trappa_plan_end_edit (f->plan);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "mapping-rows"))), ==, 0);
  trappa_plan_undo (f->plan);
  ui_test_settle (GTK_WIDGET (f->rows));
  group_cell = ui_test_find_cell (GTK_WIDGET (f->rows), row, "target-group");
  g_assert_nonnull (group_cell);
  groups = GTK_DROP_DOWN (trappa_record_cell_get_editor (group_cell));
  g_assert_cmpuint (gtk_drop_down_get_selected (groups), ==, 2);
}

/* The label a choice cell's stand-in shows. */
static const char *
stand_in_text (TrappaRecordCell *cell)
{
  GtkWidget *button = ui_test_find_descendant (GTK_WIDGET (cell), GTK_TYPE_BUTTON);

  g_assert_nonnull (button);
  return gtk_label_get_text (GTK_LABEL (ui_test_find_descendant (button, GTK_TYPE_LABEL)));
}

/* Until used, a reference or choice cell shows its value in a stand-in
 * button, following edits and undo; a click puts the drop-down in its
 * place, open and showing the same record. */
static void
test_choice_stand_in (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TrappaItem) row = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "mapping-rows")), 0);
  g_autoptr(TrappaItem) eldre = g_list_model_get_item (groups_list (f), 1);
  g_autoptr(TrappaItem) third = g_list_model_get_item (groups_list (f), 2);
  TrappaRecordCell *group_cell = ui_test_find_cell (GTK_WIDGET (f->rows), row, "target-group");
  TrappaRecordCell *build_cell = ui_test_find_cell (GTK_WIDGET (f->rows), row, "build");
  GtkWidget *drop_down, *popover;

  g_assert_null (ui_test_find_descendant (GTK_WIDGET (f->rows), GTK_TYPE_DROP_DOWN));
  g_assert_null (ui_test_find_descendant (GTK_WIDGET (ui_test_find_cell (GTK_WIDGET (f->groups), eldre, "description")),
                                          GTK_TYPE_POPOVER));
  g_assert_cmpstr (stand_in_text (group_cell), ==, "None");
  g_assert_cmpstr (stand_in_text (build_cell), ==, "Not given");

  trappa_plan_set_string (f->plan, row, "target-group", trappa_item_get_id (eldre), NULL);
  trappa_plan_set_string (f->plan, row, "build", TRAPPA_BUILD_REHAB, NULL);
  g_assert_cmpstr (stand_in_text (group_cell), ==, "Eldre");
  g_assert_cmpstr (stand_in_text (build_cell), ==, "Rehabilitation");
  trappa_plan_undo (f->plan);
  g_assert_cmpstr (stand_in_text (build_cell), ==, "Not given");

  g_signal_emit_by_name (ui_test_find_descendant (GTK_WIDGET (group_cell), GTK_TYPE_BUTTON), "clicked");
  drop_down = ui_test_find_descendant (GTK_WIDGET (group_cell), GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (drop_down);
  g_assert_true (trappa_record_cell_get_editor (group_cell) == drop_down);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)), ==, 2);
  popover = ui_test_find_descendant (drop_down, GTK_TYPE_POPOVER);
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
  /* The other cells keep their stand-ins. */
  g_assert_null (ui_test_find_descendant (GTK_WIDGET (build_cell), GTK_TYPE_DROP_DOWN));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), 3);
  g_assert_cmpstr (trappa_item_get_string (row, "target-group"), ==, trappa_item_get_id (third));
  g_assert_cmpstr (trappa_plan_get_undo_label (f->plan), ==, "Change “Target group”");
}

/* A long list shown in a table on screen gets its first rows at once and
 * the others after the frame that shows them. */
static void
test_first_rows (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  GListModel *groups = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "target-groups"));
  g_autoptr(TrappaItem) first = NULL;
  g_autoptr(TrappaItem) later = NULL;

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Gruppe %u", i + 1);

      add_group (plan, name);
    }
  first = g_list_model_get_item (groups, 0);
  later = g_list_model_get_item (groups, 60);
  trappa_record_table_set_list (f->groups, plan, TRAPPA_ITEM (plan), "target-groups");
  g_assert_nonnull (ui_test_find_cell (GTK_WIDGET (f->groups), first, "name"));
  g_assert_null (ui_test_find_cell (GTK_WIDGET (f->groups), later, "name"));
  ui_test_settle (GTK_WIDGET (f->groups));
  g_assert_nonnull (ui_test_find_cell (GTK_WIDGET (f->groups), later, "name"));

  /* Asked to select a record, the table shows every row at once. */
  trappa_record_table_set_list (f->groups, f->plan, TRAPPA_ITEM (f->plan), "target-groups");
  trappa_record_table_set_list (f->groups, plan, TRAPPA_ITEM (plan), "target-groups");
  trappa_record_table_select (f->groups, later);
  g_assert_true (trappa_record_table_get_selected (f->groups) == later);
  trappa_record_table_set_list (f->groups, f->plan, TRAPPA_ITEM (f->plan), "target-groups");
}

static const TrappaRecordColumn milestone_columns[] = {
  { "title", "Milestone", 200, FALSE, NULL, NULL, FALSE },
  { "due-date", "Due date", 100, FALSE, NULL, NULL, FALSE },
};

/* A date cell shows the stored ISO date as dd.mm.yyyy, takes dd.mm.yyyy
 * or ISO, and keeps a bad date in view with a message until it is fixed. */
static void
test_date_cell (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaMilestone) milestone = trappa_milestone_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  TrappaRecordTable *table;
  TrappaRecordCell *cell;
  GtkEditable *entry;

  g_object_set (milestone, "title", "Planen vedteken", "due-date", "2025-06-20", NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "milestones", -1, TRAPPA_ITEM (milestone));
  table = TRAPPA_RECORD_TABLE (trappa_record_table_new (TRAPPA_TYPE_MILESTONE, milestone_columns,
                                                        G_N_ELEMENTS (milestone_columns)));
  trappa_record_table_set_list (table, plan, TRAPPA_ITEM (plan), "milestones");
  gtk_window_set_default_size (window, 600, 300);
  gtk_window_set_child (window, GTK_WIDGET (table));
  gtk_window_present (window);
  ui_test_settle (GTK_WIDGET (window));

  cell = ui_test_find_cell (GTK_WIDGET (table), TRAPPA_ITEM (milestone), "due-date");
  g_assert_nonnull (cell);
  entry = GTK_EDITABLE (trappa_record_cell_get_editor (cell));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "20.06.2025");

  ui_test_type_in_cell (cell, "1.2.2026");
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (milestone), "due-date"), ==, "2026-02-01");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "01.02.2026");
  g_assert_null (trappa_record_cell_get_error (cell));

  ui_test_type_in_cell (cell, "2026-03-15");
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (milestone), "due-date"), ==, "2026-03-15");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "15.03.2026");

  /* A date that does not exist: the plan keeps its date, the cell the
   * input and a message that says how to write one. */
  ui_test_type_in_cell (cell, "30.02.2026");
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (milestone), "due-date"), ==, "2026-03-15");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "30.02.2026");
  g_assert_nonnull (strstr (trappa_record_cell_get_error (cell), "dd.mm.yyyy"));
  g_assert_nonnull (trappa_record_table_get_message (table));

  /* Emptying it removes the date. */
  ui_test_type_in_cell (cell, "");
  g_assert_null (trappa_record_cell_get_error (cell));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (milestone), "due-date"), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");

  gtk_window_destroy (window);
  ui_test_run_for (250);
}

static gboolean
has_focus (GtkWidget *editor)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (editor));

  return focus != NULL && (focus == editor || gtk_widget_is_ancestor (focus, editor));
}

/* "+" below a long list: the new row is scrolled into view and what is
 * typed next goes into its first cell. */
static void
test_add_reveals_new_row (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(TrappaItem) last = NULL;
  g_autoptr(TrappaItem) added = NULL;
  TrappaRecordCell *cell;

  for (guint i = 0; i < 60; i++)
    add_group (f->plan, "Gruppe");
  ui_test_settle (GTK_WIDGET (f->window));
  last = g_list_model_get_item (groups_list (f), g_list_model_get_n_items (groups_list (f)) - 1);
  trappa_record_table_select (f->groups, last);
  gtk_widget_activate_action (GTK_WIDGET (f->groups), "table.add", NULL);
  added = g_list_model_get_item (groups_list (f), g_list_model_get_n_items (groups_list (f)) - 1);
  for (guint i = 0; i < 6; i++)
    ui_test_settle (GTK_WIDGET (f->window));
  cell = ui_test_find_cell (GTK_WIDGET (f->groups), added, "name");
  g_assert_nonnull (cell);
  g_assert_true (has_focus (trappa_record_cell_get_editor (cell)));
}

/* A click into any cell selects its row. */
static void
test_cell_selects_row (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TrappaItem) eldre = g_list_model_get_item (groups_list (f), 1);
  TrappaRecordCell *cell = ui_test_find_cell (GTK_WIDGET (f->groups), eldre, "description");

  g_autoptr(TrappaItem) first = g_list_model_get_item (groups_list (f), 0);

  trappa_record_table_select (f->groups, first);
  g_assert_nonnull (cell);
  gtk_widget_grab_focus (trappa_record_cell_get_editor (cell));
  g_assert_true (trappa_record_table_get_selected (f->groups) == eldre);
  /* The typing goes on in the cell. */
  ui_test_settle (GTK_WIDGET (f->window));
  g_assert_true (has_focus (trappa_record_cell_get_editor (cell)));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/trappa/ui/record-table/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-remove-move", test_add_remove_move);
  ADD ("tools-follow-selection", test_tools_follow_selection);
  ADD ("text-cell", test_text_cell);
  ADD ("multiline-cell", test_multiline_cell);
  ADD ("reference-and-choice-cells", test_reference_and_choice_cells);
  ADD ("choice-stand-in", test_choice_stand_in);
  ADD ("first-rows", test_first_rows);
  ADD ("add-reveals-new-row", test_add_reveals_new_row);
  ADD ("cell-selects-row", test_cell_selects_row);
#undef ADD
  g_test_add_func ("/trappa/ui/record-table/date-cell", test_date_cell);

  return g_test_run ();
}
