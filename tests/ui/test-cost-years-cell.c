/* test-cost-years-cell.c: a measure's cost per budget year edited in a
 * table cell, one entry per year of the action plan, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "trappa-measure.h"
#include "trappa-record-cell.h"
#include "trappa-year-amounts-editor.h"
#include "ui-test-util.h"

static const TrappaRecordColumn columns[] = {
  { "title", "Measure", 200, FALSE, NULL, NULL, FALSE },
  { "investment-by-year", "Investment per year", 200, FALSE, NULL, NULL, FALSE },
};

typedef struct
{
  TrappaPlan              *plan;
  TrappaItem              *measure;
  GtkWindow               *window;
  TrappaRecordCell        *cell;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Nye omsorgsbustader");
  TrappaRecordTable *table;

  f->plan = trappa_plan_new ();
  /* 0: a plan with neither a first year of its action plan nor a period. */
  g_object_set (f->plan, "action-plan-start", (gint64) GPOINTER_TO_INT (data), NULL);
  if (data == NULL)
    g_object_set (f->plan, "period-start", (gint64) 0, NULL);
  g_object_set (measure, "investment-by-year", "2020:7", NULL);
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "measures", -1, TRAPPA_ITEM (measure));
  trappa_plan_clear_history (f->plan);
  f->measure = TRAPPA_ITEM (measure);

  table = TRAPPA_RECORD_TABLE (trappa_record_table_new (TRAPPA_TYPE_MEASURE, columns, G_N_ELEMENTS (columns)));
  trappa_record_table_set_list (table, f->plan, TRAPPA_ITEM (f->plan), "measures");
  f->window = ui_test_window_new (GTK_WIDGET (table), 600, 300);
  f->cell = ui_test_find_cell (GTK_WIDGET (table), f->measure, "investment-by-year");
  g_assert_nonnull (f->cell);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->plan);
}

static TrappaYearAmountsEditor *
open_editor (Fixture *f)
{
  GtkWidget *popover;

  g_signal_emit_by_name (trappa_record_cell_get_editor (f->cell), "clicked");
  popover = ui_test_find_descendant (GTK_WIDGET (f->cell), GTK_TYPE_POPOVER);
  g_assert_true (gtk_widget_get_visible (popover));
  return TRAPPA_YEAR_AMOUNTS_EDITOR (ui_test_find_descendant (popover, TRAPPA_TYPE_YEAR_AMOUNTS_EDITOR));
}

static void
close_editor (Fixture *f)
{
  gtk_popover_popdown (GTK_POPOVER (ui_test_find_descendant (GTK_WIDGET (f->cell), GTK_TYPE_POPOVER)));
}

static void
set_entry (TrappaYearAmountsEditor *editor,
           guint                    index,
           const char              *text)
{
  gtk_editable_set_text (GTK_EDITABLE (trappa_year_amounts_editor_get_entry (editor, index)), text);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  TrappaYearAmountsEditor *editor = open_editor (f);
  GtkWidget *first = trappa_year_amounts_editor_get_entry (editor, 0);

  /* One entry per year of the window, empty where no amount is given. */
  g_assert_true (gtk_widget_get_visible (first));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "");
  set_entry (editor, 0, "12 000 000");
  set_entry (editor, 2, "0");
  set_entry (editor, 3, "1.500.000 kr");
  /* Written when the popover closes, as one undo step; the year of an
   * earlier window stays. */
  g_assert_cmpstr (trappa_item_get_string (f->measure, "investment-by-year"), ==, "2020:7");
  close_editor (f);
  g_assert_null (trappa_record_cell_get_error (f->cell));
  g_assert_cmpstr (trappa_item_get_string (f->measure, "investment-by-year"), ==,
                   "2020:7 2025:12000000 2027:0 2028:1500000");

  /* Shown again as typed amounts; an emptied entry removes its year. */
  editor = open_editor (f);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (trappa_year_amounts_editor_get_entry (editor, 0))),
                   ==, "12\u00a0000\u00a0000");
  set_entry (editor, 0, "");
  close_editor (f);
  g_assert_cmpstr (trappa_item_get_string (f->measure, "investment-by-year"), ==, "2020:7 2027:0 2028:1500000");

  trappa_plan_undo (f->plan);
  trappa_plan_undo (f->plan);
  g_assert_cmpstr (trappa_item_get_string (f->measure, "investment-by-year"), ==, "2020:7");
  g_assert_false (trappa_plan_get_can_undo (f->plan));
}

static void
test_bad_amount (Fixture       *f,
                 gconstpointer  data)
{
  TrappaYearAmountsEditor *editor = open_editor (f);

  set_entry (editor, 0, "5");
  set_entry (editor, 1, "-300");
  close_editor (f);
  /* Refused whole, with the year named. */
  g_assert_nonnull (trappa_record_cell_get_error (f->cell));
  g_assert_nonnull (strstr (trappa_record_cell_get_error (f->cell), "2026"));
  g_assert_cmpstr (trappa_item_get_string (f->measure, "investment-by-year"), ==, "2020:7");
  g_assert_false (trappa_plan_get_can_undo (f->plan));
}

static void
test_no_window (Fixture       *f,
                gconstpointer  data)
{
  TrappaYearAmountsEditor *editor = open_editor (f);

  /* A plan without any first year offers no years to type into. */
  g_assert_false (gtk_widget_get_visible (trappa_year_amounts_editor_get_entry (editor, 0)));
  close_editor (f);
  g_assert_null (trappa_record_cell_get_error (f->cell));
  g_assert_cmpstr (trappa_item_get_string (f->measure, "investment-by-year"), ==, "2020:7");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/trappa/ui/cost-years-cell/edit", Fixture, GINT_TO_POINTER (2025),
              fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/trappa/ui/cost-years-cell/bad-amount", Fixture, GINT_TO_POINTER (2025),
              fixture_set_up, test_bad_amount, fixture_tear_down);
  g_test_add ("/trappa/ui/cost-years-cell/no-window", Fixture, GINT_TO_POINTER (0),
              fixture_set_up, test_no_window, fixture_tear_down);
  return g_test_run ();
}
