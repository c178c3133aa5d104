/* chart-fixtures.c: plans for the chart tests, built in code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "chart-fixtures.h"
#include "trappa-typed-need.h"

const char * const chart_fixture_long_names[] = {
  "Eigenmeistring og førebygging (frisklivssentral, tryggleiksalarm, velferdsteknologi)",
  "Heimetenester: praktisk bistand, heimesjukepleie og kvardagsrehabilitering",
  "Omsorgsbustad utan heildøgns bemanning",
  "Bustad med heildøgns tenester og tett oppfølging",
  "Korttid / avlastning / rehabilitering",
  "Langtidsopphald i sjukeheim",
  "Velferdsbustad med ambulant oppfølging i robuste nabolag",
  "Spesielt tilrettelagde bustader skjerma mot nabolag og nærmiljø",
  "Omsorgsbustad i spesialeining med tilsyn heile døgnet",
  NULL
};

static TrappaItem *
add_step (TrappaStaircase *staircase,
          const char      *name,
          gint64           units,
          gint64           need)
{
  g_autoptr(TrappaStep) step = trappa_step_new ();
  static guint serial;
  g_autofree char *id = g_strdup_printf ("step-%u", ++serial);

  g_object_set (step, "id", id, "name", name, "units-today", units, "need", need, NULL);
  g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (staircase), "steps"), step);
  return TRAPPA_ITEM (step);
}

static void
add_category (TrappaItem *step,
              const char *name,
              gint64      units,
              gint64      need)
{
  g_autoptr(TrappaCategory) category = trappa_category_new ();
  g_autofree char *id = g_strdup_printf ("%s-%s", trappa_item_get_id (step), name);

  g_object_set (category, "id", id, "name", name, "units-today", units, "need", need, NULL);
  g_list_store_append (trappa_item_get_list (step, "categories"), category);
}

static void
add_side_count (TrappaStaircase *staircase,
                const char      *id,
                const char      *name,
                gint64           count)
{
  g_autoptr(TrappaSideCount) side = trappa_side_count_new ();

  g_object_set (side, "id", id, "name", name, "count", count, NULL);
  g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (staircase), "side-counts"), side);
}

TrappaPlan *
chart_fixture_long_names_plan (guint n_steps)
{
  TrappaPlan *plan = trappa_plan_new ();
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);

  g_object_set (housing, "name", "Bustadtrapp for Alver kommune 2024–2035", "unit-label", "bustader", NULL);
  for (guint k = 0; k < n_steps; k++)
    add_step (housing, chart_fixture_long_names[k % 9], 10 * (k + 1),
              k % 3 == 2 ? 5 * (k + 1) : 15 * (k + 1));
  /* Needs are given as format 1.0 typed them; the file reader turns them
   * into mapping rows the same way. */
  trappa_typed_need_adopt (plan);
  return plan;
}

TrappaPlan *
chart_fixture_baerum (void)
{
  TrappaPlan *plan = trappa_plan_new ();
  TrappaStaircase *housing = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  static const gint64 figures[5][4] = {
    { 610, 640, 90, 95 }, { 150, 170, 60, 72 }, { 60, 75, 40, 46 },
    { 25, 30, 20, 26 }, { 3, 6, 12, 14 },
  };

  g_object_set (housing, "name", "Boligtrapp helse og sosial", "unit-label", "plassar", NULL);
  for (guint k = 0; k < 5; k++)
    {
      g_autofree char *name = g_strdup_printf ("Trinn %u", k + 1);
      TrappaItem *step = add_step (housing, name, 0, 0);

      add_category (step, "Velferdsbustad", figures[k][0], figures[k][1]);
      add_category (step, "Omsorgsbustad", figures[k][2], figures[k][3]);
    }
  add_side_count (housing, "natthjem", "Natthjemsplassar", 4);
  add_side_count (housing, "kad", "KAD-plassar", 2);
  /* Needs are given as format 1.0 typed them; the file reader turns them
   * into mapping rows the same way. */
  trappa_typed_need_adopt (plan);
  return plan;
}

TrappaPlan *
chart_fixture_activity (void)
{
  TrappaPlan *plan = trappa_plan_new ();
  TrappaStaircase *activity = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_ACTIVITY);
  static const struct { const char *name; gint64 today, need, cost; } levels[] = {
    { "Eigenmeistring og førebygging", 1800, 2100, 4000 },
    { "Heimetenester", 950, 1150, 95000 },
    { "Omsorgsbustad utan heildøgns bemanning", 120, 150, 310000 },
    { "Bustad med heildøgns tenester", 140, 175, 1100000 },
    { "Korttid / avlastning / rehabilitering", 40, 40, 1300000 },
    { "Langtidsopphald i sjukeheim", 190, 230, 1250000 },
  };

  g_object_set (activity, "name", "Aktivitets- og meistringstrapp", "unit-label", "mottakarar", NULL);
  for (guint k = 0; k < G_N_ELEMENTS (levels); k++)
    {
      TrappaItem *level = add_step (activity, levels[k].name, levels[k].today, levels[k].need);

      g_object_set (level, "annual-cost-per-unit", levels[k].cost, NULL);
    }
  /* Needs are given as format 1.0 typed them; the file reader turns them
   * into mapping rows the same way. */
  trappa_typed_need_adopt (plan);
  return plan;
}

TrappaItem *
chart_fixture_step (TrappaPlan *plan,
                    const char *kind,
                    guint       index)
{
  TrappaStaircase *staircase = trappa_plan_get_staircase (plan, kind);
  GListModel *steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (staircase), "steps"));
  g_autoptr(TrappaItem) step = g_list_model_get_item (steps, index);

  return step; /* the plan keeps it alive */
}
