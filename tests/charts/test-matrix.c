/* test-matrix.c: the ROS risk matrix and the stakeholder grid — the risk
 * arithmetic, where each record lands, hit-testing, dragging and the
 * arrow keys as undoable edits, and a removed measure leaving its risks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-chart-kind.h"
#include "trappa-matrix-layout.h"
#include "trappa-measure.h"
#include "trappa-ros.h"
#include "trappa-swot-layout.h"

static TrappaItem *
add_risk (TrappaPlan *plan,
          const char *id,
          gint64      likelihood,
          gint64      consequence,
          gint64      likelihood_after,
          gint64      consequence_after)
{
  g_autoptr(TrappaRisk) risk = trappa_risk_new ();

  g_object_set (risk, "id", id, "hazard", id, "likelihood", likelihood, "consequence", consequence,
                "likelihood-after", likelihood_after, "consequence-after", consequence_after, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "risks", -1, TRAPPA_ITEM (risk));
  return TRAPPA_ITEM (risk);
}

static TrappaPlan *
ros_plan (void)
{
  TrappaPlan *plan = trappa_plan_new ();
  g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Housing First-team");
  const char *measures[] = { "tiltak-1", NULL };

  g_object_set (measure, "id", "tiltak-1", NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
  add_risk (plan, "ros-1", 4, 3, 2, 3);
  g_object_set (add_risk (plan, "ros-2", 5, 5, 1, 1), "measures", measures, NULL);
  trappa_plan_clear_history (plan);
  return plan;
}

static void
test_arithmetic (void)
{
  g_autoptr(TrappaPlan) plan = ros_plan ();
  TrappaItem *risk = trappa_plan_lookup (plan, "ros-1");

  g_assert_cmpint (trappa_risk_get_score (TRAPPA_RISK (risk), FALSE), ==, 12);
  g_assert_cmpint (trappa_risk_get_score (TRAPPA_RISK (risk), TRUE), ==, 6);
  g_assert_cmpint (trappa_risk_level_of (1), ==, TRAPPA_RISK_LOW);
  g_assert_cmpint (trappa_risk_level_of (4), ==, TRAPPA_RISK_LOW);
  g_assert_cmpint (trappa_risk_level_of (5), ==, TRAPPA_RISK_MEDIUM);
  g_assert_cmpint (trappa_risk_level_of (9), ==, TRAPPA_RISK_MEDIUM);
  g_assert_cmpint (trappa_risk_level_of (10), ==, TRAPPA_RISK_HIGH);
  g_assert_cmpint (trappa_risk_level_of (25), ==, TRAPPA_RISK_HIGH);

  /* Scores outside 1–5 and an empty hazard are refused, the plan kept. */
  g_assert_false (trappa_plan_set_int (plan, risk, "likelihood", 6, NULL));
  g_assert_false (trappa_plan_set_int (plan, risk, "consequence", 0, NULL));
  g_assert_false (trappa_plan_set_string (plan, risk, "hazard", "  ", NULL));
  g_assert_cmpint (trappa_item_get_int (risk, "likelihood"), ==, 4);
  g_assert_cmpstr (trappa_item_get_string (risk, "hazard"), ==, "ros-1");
  g_assert_false (trappa_plan_get_can_undo (plan));
}

static TrappaMatrixChip *
chip_of (TrappaMatrixLayout *layout,
         const char         *id,
         guint               panel)
{
  for (guint i = 0; i < layout->chips->len; i++)
    {
      TrappaMatrixChip *chip = layout->chips->pdata[i];

      if (g_str_equal (chip->id, id) && chip->panel == panel)
        return chip;
    }
  g_assert_not_reached ();
}

static gboolean
inside (const TrappaRect *inner,
        const TrappaRect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width + 1e-9 &&
         inner->y + inner->height <= outer->y + outer->height + 1e-9;
}

/* Each risk sits in the cell of its likelihood (row) and consequence
 * (column), once before and once after the measures; cells say their
 * risk number and level. */
static void
test_placement (void)
{
  g_autoptr(TrappaPlan) plan = ros_plan ();
  const TrappaChartKind *kind = trappa_chart_kind_find ("ros", NULL);
  TrappaChartRequest request = { plan, TRAPPA_CHART_STYLE_NORMAL, NULL, NULL };
  g_autoptr(TrappaMatrixLayout) layout = kind->layout (kind, &request, 1600, 1000, NULL);
  TrappaMatrixChip *chip;

  g_assert_cmpuint (layout->n_panels, ==, 2);
  g_assert_cmpuint (layout->chips->len, ==, 4);
  chip = chip_of (layout, "ros-1", 0);
  g_assert_cmpint (chip->row, ==, 4);
  g_assert_cmpint (chip->column, ==, 3);
  g_assert_true (inside (&chip->box, &layout->panels[0].cells[3][2].rect));
  g_assert_cmpstr (pango_layout_get_text (chip->label->layout), ==, "R1");
  chip = chip_of (layout, "ros-1", 1);
  g_assert_true (inside (&chip->box, &layout->panels[1].cells[1][2].rect));
  g_assert_cmpstr (pango_layout_get_text (layout->panels[0].cells[3][2].number->layout), ==, "12");
  g_assert_cmpint (layout->panels[0].cells[3][2].kind, ==, TRAPPA_MATRIX_CELL_HIGH);
  g_assert_cmpint (layout->panels[0].cells[1][2].kind, ==, TRAPPA_MATRIX_CELL_MEDIUM);
  g_assert_cmpint (layout->panels[0].cells[0][0].kind, ==, TRAPPA_MATRIX_CELL_LOW);
  /* Higher rows are higher up: likelihood grows upwards. */
  g_assert_cmpfloat (layout->panels[0].cells[4][0].rect.y, <, layout->panels[0].cells[0][0].rect.y);
}

/* A drag to another cell sets both scores as one undo step; the keys do
 * the same by one step and stop at the scale's ends. */
static void
test_drag_and_keys (void)
{
  g_autoptr(TrappaPlan) plan = ros_plan ();
  const TrappaChartKind *kind = trappa_chart_kind_find ("ros", NULL);
  TrappaChartRequest request = { plan, TRAPPA_CHART_STYLE_NORMAL, NULL, NULL };
  g_autoptr(TrappaMatrixLayout) layout = kind->layout (kind, &request, 1200, 800, NULL);
  TrappaItem *risk = trappa_plan_lookup (plan, "ros-1");
  TrappaMatrixChip *chip = chip_of (layout, "ros-1", 1);
  const TrappaRect *target = &layout->panels[1].cells[0][4].rect;  /* likelihood 1, consequence 5 */
  int index = kind->hit (layout, chip->box.x + 2, chip->box.y + 2);

  g_assert_cmpstr (kind->item_id (layout, index), ==, "ros-1");
  g_assert_true (kind->item_id (layout, index) == chip->id);
  g_assert_true (kind->drag (layout, index, target->x + target->width / 2 - (chip->box.x + chip->box.width / 2),
                             target->y + target->height / 2 - (chip->box.y + chip->box.height / 2)));
  g_assert_true (kind->drop (layout, &request, index));
  g_assert_cmpint (trappa_item_get_int (risk, "likelihood-after"), ==, 1);
  g_assert_cmpint (trappa_item_get_int (risk, "consequence-after"), ==, 5);
  g_assert_cmpint (trappa_item_get_int (risk, "likelihood"), ==, 4);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpint (trappa_item_get_int (risk, "likelihood-after"), ==, 2);
  g_assert_cmpint (trappa_item_get_int (risk, "consequence-after"), ==, 3);
  g_assert_false (trappa_plan_get_can_undo (plan));

  /* Dropped outside the cells: nothing changes. */
  g_clear_pointer (&layout, trappa_matrix_layout_free);
  layout = kind->layout (kind, &request, 1200, 800, NULL);
  index = trappa_chart_kind_find_item (kind, layout, "ros-1");
  g_assert_true (kind->drag (layout, index, -5000, 0));
  g_assert_false (kind->drop (layout, &request, index));
  g_assert_false (trappa_plan_get_can_undo (plan));

  kind->nudge (&request, "ros-1", 1, 1);
  g_assert_cmpint (trappa_item_get_int (risk, "consequence"), ==, 4);
  g_assert_cmpint (trappa_item_get_int (risk, "likelihood"), ==, 5);
  kind->nudge (&request, "ros-1", 10, 10);
  g_assert_cmpint (trappa_item_get_int (risk, "consequence"), ==, 5);
  g_assert_cmpint (trappa_item_get_int (risk, "likelihood"), ==, 5);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpint (trappa_item_get_int (risk, "likelihood"), ==, 4);
}

/* Removing a mitigating measure clears it from the risk and keeps the
 * risk; undo brings both back. */
static void
test_remove_measure (void)
{
  g_autoptr(TrappaPlan) plan = ros_plan ();
  TrappaItem *risk = trappa_plan_lookup (plan, "ros-2");

  trappa_plan_remove (plan, trappa_plan_lookup (plan, "tiltak-1"));
  g_assert_true (trappa_plan_lookup (plan, "ros-2") == risk);
  g_assert_cmpuint (g_strv_length ((char **) trappa_item_get_strv (risk, "measures")), ==, 0);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_nonnull (trappa_plan_lookup (plan, "tiltak-1"));
  g_assert_cmpstr (trappa_item_get_strv (risk, "measures")[0], ==, "tiltak-1");
}

/* The stakeholder grid: influence up, interest across, four quadrants. */
static void
test_stakeholders (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaStakeholder) nav = trappa_stakeholder_new ();
  const TrappaChartKind *kind = trappa_chart_kind_find ("stakeholders", NULL);
  TrappaChartRequest request = { plan, TRAPPA_CHART_STYLE_NORMAL, NULL, NULL };
  g_autoptr(TrappaMatrixLayout) layout = NULL;
  g_autofree char *words = NULL;
  TrappaMatrixChip *chip;
  int index;

  g_object_set (nav, "id", "nav", "name", "NAV", "role", "Bustadsosialt arbeid",
                "influence", 4, "interest", 2, NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "stakeholders", -1, TRAPPA_ITEM (nav));
  layout = kind->layout (kind, &request, 1024, 768, NULL);
  chip = chip_of (layout, "nav", 0);
  g_assert_cmpstr (pango_layout_get_text (chip->label->layout), ==, "NAV");
  g_assert_true (inside (&chip->box, &layout->panels[0].cells[3][1].rect));
  g_assert_cmpint (layout->panels[0].cells[3][1].kind, ==, TRAPPA_MATRIX_CELL_PLAIN);
  g_assert_cmpint (layout->panels[0].cells[3][3].kind, ==, TRAPPA_MATRIX_CELL_SHADED);
  words = kind->describe (layout, &request, -1);
  g_assert_cmpstr (words, ==, "NAV (Bustadsosialt arbeid): influence 4, interest 2: keep satisfied.");

  index = kind->hit (layout, chip->box.x + 1, chip->box.y + 1);
  g_assert_cmpint (index, ==, 0);
  kind->nudge (&request, "nav", 2, 0);
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (nav), "interest"), ==, 4);
}

/* SWOT: each point in its quadrant's box; dragged or moved with the keys
 * to another quadrant, as one undo step. */
static void
test_swot (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaSwotPoint) point = trappa_swot_point_new ();
  const TrappaChartKind *kind = trappa_chart_kind_find ("swot", NULL);
  TrappaChartRequest request = { plan, TRAPPA_CHART_STYLE_NORMAL, NULL, NULL };
  g_autoptr(TrappaSwotLayout) layout = NULL;
  g_autofree char *words = NULL;
  TrappaSwotItem *item;
  const TrappaRect *threats;

  g_object_set (point, "id", "swot-1", "quadrant", TRAPPA_SWOT_WEAKNESS, "text", "Fragmentert ansvar", NULL);
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "swot-points", -1, TRAPPA_ITEM (point));
  trappa_plan_clear_history (plan);
  layout = kind->layout (kind, &request, 1024, 768, NULL);
  item = layout->items->pdata[0];
  g_assert_cmpuint (item->quadrant, ==, 1);
  g_assert_true (inside (&item->rect, &layout->boxes[1].box));
  g_assert_cmpint (kind->hit (layout, item->rect.x + 5, item->rect.y + 5), ==, 0);
  words = kind->describe (layout, &request, -1);
  g_assert_cmpstr (words, ==, "Weaknesses: Fragmentert ansvar");

  threats = &layout->boxes[3].box;
  g_assert_true (kind->drag (layout, 0, 0, threats->y + 20 - item->label->box.y));
  g_assert_true (kind->drop (layout, &request, 0));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (point), "quadrant"), ==, TRAPPA_SWOT_THREAT);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (point), "quadrant"), ==, TRAPPA_SWOT_WEAKNESS);

  /* On the projector the points are at the back row's size. */
  {
    TrappaChartRequest presenting = { plan, TRAPPA_CHART_STYLE_PRESENTING, NULL, NULL };
    g_autoptr(TrappaSwotLayout) slide = kind->layout (kind, &presenting, 1024, 768, NULL);

    g_assert_cmpfloat (slide->font_px, >=, TRAPPA_CHART_PRESENTATION_PX);
    g_assert_cmpfloat (layout->font_px, <, TRAPPA_CHART_PRESENTATION_PX);
  }

  /* Left: helpful; down: outside. */
  kind->nudge (&request, "swot-1", -1, 0);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (point), "quadrant"), ==, TRAPPA_SWOT_STRENGTH);
  kind->nudge (&request, "swot-1", 0, -1);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (point), "quadrant"), ==, TRAPPA_SWOT_OPPORTUNITY);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trappa/charts/matrix/arithmetic", test_arithmetic);
  g_test_add_func ("/trappa/charts/matrix/placement", test_placement);
  g_test_add_func ("/trappa/charts/matrix/drag-and-keys", test_drag_and_keys);
  g_test_add_func ("/trappa/charts/matrix/remove-measure", test_remove_measure);
  g_test_add_func ("/trappa/charts/matrix/stakeholders", test_stakeholders);
  g_test_add_func ("/trappa/charts/swot", test_swot);
  return g_test_run ();
}
