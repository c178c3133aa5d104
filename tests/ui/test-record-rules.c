/* test-record-rules.c: a table refuses, at the field or the row, an edit
 * that breaks a rule across records, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "trappa-population.h"
#include "trappa-record-table.h"
#include "ui-test-util.h"

typedef struct
{
  TrappaPlan        *plan;
  GtkWindow         *window;
  TrappaRecordTable *bands;
  TrappaItem        *adults;
} Fixture;

static const TrappaRecordColumn band_columns[] = {
  { "name", "Age band", 150, TRUE, NULL, NULL, FALSE },
  { "min-age", "From age", 80, FALSE, NULL, NULL, FALSE },
  { "max-age", "To age", 80, FALSE, NULL, NULL, FALSE },
  { "open-ended", "And older", 80, FALSE, NULL, NULL, FALSE },
};

static TrappaItem *
add_band (TrappaPlan *plan,
          const char *name,
          gint64      min,
          gint64      max)
{
  g_autoptr(TrappaAgeBand) band = trappa_age_band_new (name, min, max, FALSE);

  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "age-bands", -1, TRAPPA_ITEM (band));
  return TRAPPA_ITEM (band);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->plan = trappa_plan_new ();
  add_band (f->plan, "Born", 0, 17);
  f->adults = add_band (f->plan, "Vaksne", 18, 66);
  trappa_plan_clear_history (f->plan);

  f->bands = TRAPPA_RECORD_TABLE (trappa_record_table_new (TRAPPA_TYPE_AGE_BAND, band_columns,
                                                           G_N_ELEMENTS (band_columns)));
  trappa_record_table_set_list (f->bands, f->plan, TRAPPA_ITEM (f->plan), "age-bands");
  f->window = ui_test_window_new (GTK_WIDGET (f->bands), 700, 400);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_window_destroy (f->window);
  g_assert_finalize_object (f->plan);
}

static guint
n_bands (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "age-bands")));
}

/* A new band starts past the last; once a band holds every age from
 * there up, a new row is refused and the table says why. */
static void
test_add_band (Fixture       *f,
               gconstpointer  data)
{
  TrappaItem *added;

  gtk_widget_activate_action (GTK_WIDGET (f->bands), "table.add", NULL);
  g_assert_cmpuint (n_bands (f), ==, 3);
  /* The table selects the row it added. */
  added = trappa_record_table_get_selected (f->bands);
  g_assert_cmpint (trappa_item_get_int (added, "min-age"), ==, 67);
  g_assert_cmpint (trappa_item_get_int (added, "max-age"), ==, 67);
  g_assert_null (trappa_record_table_get_message (f->bands));

  g_assert_true (trappa_plan_set_boolean (f->plan, added, "open-ended", TRUE, NULL));
  gtk_widget_activate_action (GTK_WIDGET (f->bands), "table.add", NULL);
  g_assert_cmpuint (n_bands (f), ==, 3);
  g_assert_nonnull (trappa_record_table_get_message (f->bands));
  g_assert_nonnull (strstr (trappa_record_table_get_message (f->bands), "overlap"));
  g_assert_cmpstr (trappa_plan_get_undo_label (f->plan), !=, "Add row");
}

/* A lowest age inside the band before: refused at the cell, the band
 * as it was. */
static void
test_overlap_in_cell (Fixture       *f,
                      gconstpointer  data)
{
  TrappaRecordCell *cell = ui_test_find_cell (GTK_WIDGET (f->bands), f->adults, "min-age");

  g_assert_nonnull (cell);
  ui_test_type_in_cell (cell, "10");
  ui_test_settle (GTK_WIDGET (f->window));
  g_assert_cmpint (trappa_item_get_int (f->adults, "min-age"), ==, 18);
  g_assert_false (trappa_plan_get_can_undo (f->plan));
  g_assert_nonnull (trappa_record_cell_get_error (cell));
  g_assert_nonnull (strstr (trappa_record_cell_get_error (cell), "The age bands “Born” and “Vaksne” overlap"));
  g_assert_nonnull (strstr (trappa_record_table_get_message (f->bands), "From age: The age bands"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/trappa/ui/record-rules/add-band", Fixture, NULL, fixture_set_up, test_add_band, fixture_tear_down);
  g_test_add ("/trappa/ui/record-rules/overlap-in-cell", Fixture, NULL, fixture_set_up, test_overlap_in_cell,
              fixture_tear_down);
  return g_test_run ();
}
