/* test-priority-incremental.c: what the priority grid keeps from one edit
 * to the next (each measure's figures, the measures each view shows, kept
 * with the plan) gives exactly what working everything out afresh gives,
 * after random edits, undos and redos, in every view of the grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"
#include <libintl.h>

#include "trappa-dot-vote.h"
#include "trappa-item-clone.h"
#include "trappa-priority-figures.h"
#include "priority-layout-compare.h"

#define N_GROUPS 3
#define ROUNDS 120

typedef struct
{
  TrappaPlan *plan;
  GRand      *rand;
  char       *groups[N_GROUPS];
  char       *area;
} Fixture;

static TrappaMeasure *
random_measure (Fixture *f)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "measures"));
  guint n = g_list_model_get_n_items (measures);
  TrappaMeasure *measure;

  if (n == 0)
    return NULL;
  measure = g_list_model_get_item (measures, g_rand_int_range (f->rand, 0, n));
  /* The plan keeps it. */
  g_object_unref (measure);
  return measure;
}

/* "" (the whole room) or one of the groups. */
static const char *
random_group (Fixture *f)
{
  guint g = g_rand_int_range (f->rand, 0, N_GROUPS + 1);

  return g == N_GROUPS ? "" : f->groups[g];
}

static void
add_measure (Fixture *f)
{
  g_autofree char *title = g_strdup_printf ("Tiltak %u for bustad", g_rand_int (f->rand) % 1000);
  g_autoptr(TrappaMeasure) measure = trappa_measure_new (title);

  trappa_plan_begin_edit (f->plan, "Add");
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "measures", -1, TRAPPA_ITEM (measure));
  for (guint k = g_rand_int_range (f->rand, 0, 6); k > 0; k--)
    g_assert_true (trappa_measure_set_score (measure, f->plan, random_group (f),
                                             trappa_priority_axis_name (g_rand_int_range (f->rand, 0, TRAPPA_N_AXES)),
                                             g_rand_int_range (f->rand, 0, TRAPPA_SCORE_MAX + 1), NULL));
  trappa_plan_end_edit (f->plan);
}

/* One random edit of what the grid shows: a card moved (two scores, one
 * step), a score or dot count set or removed, a measure added, removed,
 * renamed, left untitled or filtered out, a group removed (its scores go
 * with it), the plan's language (an untitled card's words), or an undo
 * or redo. */
static void
random_edit (Fixture *f)
{
  TrappaMeasure *measure = random_measure (f);
  const char *group = random_group (f);

  switch (g_rand_int_range (f->rand, 0, 13))
    {
    case 0:
    case 1:
      if (measure == NULL)
        break;
      trappa_plan_begin_edit (f->plan, "Move Card");
      g_assert_true (trappa_measure_set_score (measure, f->plan, group, "haster",
                                               g_rand_int_range (f->rand, 0, 101), NULL));
      g_assert_true (trappa_measure_set_score (measure, f->plan, group, "kostbart",
                                               g_rand_int_range (f->rand, 0, 101), NULL));
      trappa_plan_end_edit (f->plan);
      break;
    case 2:
      if (measure != NULL)
        g_assert_true (trappa_measure_set_dots (measure, f->plan, group, g_rand_int_range (f->rand, 0, 5), NULL));
      break;
    case 3:
      {
        GListModel *scores = measure != NULL ? G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (measure), "scores")) : NULL;

        if (scores != NULL && g_list_model_get_n_items (scores) > 0)
          {
            g_autoptr(TrappaItem) score = g_list_model_get_item (scores, 0);

            trappa_plan_remove (f->plan, score);
          }
      }
      break;
    case 4:
      add_measure (f);
      break;
    case 5:
      if (measure != NULL && g_rand_boolean (f->rand))
        trappa_plan_remove (f->plan, TRAPPA_ITEM (measure));
      else if (measure != NULL)
        g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (measure), "title", "Omdøypt tiltak", NULL));
      break;
    case 6:
      if (measure != NULL)
        g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (measure), "status",
                                               g_rand_boolean (f->rand) ? TRAPPA_MEASURE_STATUS_DONE
                                                                        : TRAPPA_MEASURE_STATUS_STARTED, NULL));
      break;
    case 7:
      if (measure != NULL)
        g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (measure), "target-area",
                                               g_rand_boolean (f->rand) ? f->area : "", NULL));
      break;
    case 8:
      {
        TrappaItem *record = trappa_plan_lookup (f->plan, f->groups[g_rand_int_range (f->rand, 0, N_GROUPS)]);

        if (record != NULL && g_rand_int_range (f->rand, 0, 4) == 0)
          trappa_plan_remove (f->plan, record);
      }
      break;
    case 9:
      trappa_plan_undo (f->plan);
      break;
    case 11:
      if (measure != NULL)
        g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (measure), "title", "", NULL));
      break;
    case 12:
      g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (f->plan), "language",
                                             g_str_equal (trappa_item_get_string (TRAPPA_ITEM (f->plan), "language"), "nn")
                                             ? "nb" : "nn", NULL));
      break;
    default:
      trappa_plan_redo (f->plan);
      break;
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TrappaTargetArea) area = trappa_target_area_new ("Kommunale bustader");

  f->plan = trappa_plan_new ();
  f->rand = g_rand_new_with_seed (GPOINTER_TO_UINT (data));
  trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "target-areas", -1, TRAPPA_ITEM (area));
  f->area = g_strdup (trappa_item_get_id (TRAPPA_ITEM (area)));
  for (guint g = 0; g < N_GROUPS; g++)
    {
      g_autofree char *name = g_strdup_printf ("Gruppe %u", g + 1);
      g_autoptr(TrappaWorkshopGroup) group = trappa_workshop_group_new (name);

      trappa_plan_insert (f->plan, TRAPPA_ITEM (f->plan), "workshop-groups", -1, TRAPPA_ITEM (group));
      f->groups[g] = g_strdup (trappa_item_get_id (TRAPPA_ITEM (group)));
    }
  for (guint i = 0; i < 40; i++)
    add_measure (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  for (guint g = 0; g < N_GROUPS; g++)
    g_free (f->groups[g]);
  g_free (f->area);
  g_rand_free (f->rand);
  g_object_unref (f->plan);
}

static void
assert_same_summary (const TrappaScoreSummary *kept,
                     const TrappaScoreSummary *fresh)
{
  g_assert_cmpuint (kept->n, ==, fresh->n);
  g_assert_cmpfloat (kept->mean, ==, fresh->mean);
  g_assert_cmpfloat (kept->spread, ==, fresh->spread);
  g_assert_cmpfloat (kept->min, ==, fresh->min);
  g_assert_cmpfloat (kept->max, ==, fresh->max);
}

/* Every measure's kept figures, for the whole room, each group and all
 * groups merged, against its scores and dots summed up now. */
static void
assert_figures_fresh (Fixture *f)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "measures"));
  const char *keys[N_GROUPS + 2] = { "", NULL, f->groups[0], f->groups[1], f->groups[2] };

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      {
        g_autoptr(TrappaMeasure) measure = g_list_model_get_item (measures, i);
        const TrappaPriorityFigures *kept = trappa_priority_figures_get (f->plan, measure, keys[k]);
        TrappaScoreSummary fresh[TRAPPA_N_AXES];

        trappa_priority_measure_summaries (measure, keys[k], fresh);
        for (guint a = 0; a < TRAPPA_N_AXES; a++)
          assert_same_summary (&kept->summaries[a], &fresh[a]);
        g_assert_cmpint (kept->dots, ==, trappa_measure_get_dots (measure, keys[k]));
      }
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  for (guint round = 0; round < ROUNDS; round++)
    {
      assert_figures_fresh (f);
      random_edit (f);
    }
  assert_figures_fresh (f);
}

/* How many of @layout's cards are @previous_cards' (taken over). */
static guint
count_taken (TrappaPriorityLayout *layout,
             GHashTable           *previous_cards)
{
  guint taken = 0;

  for (guint i = 0; i < layout->cards->len; i++)
    taken += g_hash_table_contains (previous_cards, layout->cards->pdata[i]);
  return taken;
}

/* The grid of the edited plan (from the figures and the measures shown
 * kept through the edits, each view's since it was last laid out, and
 * taking over the cards of the previous layout of its size, or now and
 * then of the other size, in another font) against the grid of a copy of
 * it (all worked out afresh), in every view the toolbar offers, roomy and
 * crowded, with a random card selected (drawn last). */
static void
test_layout (Fixture       *f,
             gconstpointer  data)
{
  TrappaPriorityLayout *previous[2] = { NULL, NULL };
  guint taken = 0;

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(TrappaPlan) copy = TRAPPA_PLAN (trappa_item_clone (TRAPPA_ITEM (f->plan)));
      g_autoptr(GHashTable) previous_cards = g_hash_table_new (NULL, NULL);
      g_autoptr(TrappaPriorityLayout) fresh = NULL;
      TrappaMeasure *selected = g_rand_boolean (f->rand) ? random_measure (f) : NULL;
      TrappaPriorityOptions options;
      guint view = round % 6, slot = round % 2, from = round % 7 == 3 ? 1 - slot : slot;
      double size = slot == 0 ? 1200 : 300;

      trappa_priority_options_init (&options);
      options.merged = view == 1;
      options.group_id = view == 2 ? f->groups[0] : "";
      options.target_area = view == 3 ? f->area : "";
      options.status = view == 4 ? TRAPPA_MEASURE_STATUS_DONE : "";
      options.selected = selected != NULL ? trappa_item_get_id (TRAPPA_ITEM (selected)) : NULL;
      if (view == 5)
        {
          options.x_axis = TRAPPA_AXIS_INFLUENCE;
          options.y_axis = TRAPPA_AXIS_URGENCY;
          options.marker_axis = TRAPPA_AXIS_KNOWLEDGE;
        }
      for (guint i = 0; previous[from] != NULL && i < previous[from]->cards->len; i++)
        g_hash_table_add (previous_cards, previous[from]->cards->pdata[i]);
      if (from != slot)
        g_clear_pointer (&previous[slot], trappa_priority_layout_free);
      previous[slot] = trappa_priority_layout_new_from (f->plan, &options, size, size * 0.7,
                                                        g_steal_pointer (&previous[from]));
      fresh = trappa_priority_layout_new (copy, &options, size, size * 0.7);
      priority_layout_assert_same (previous[slot], fresh);
      taken += count_taken (previous[slot], previous_cards);
      random_edit (f);
      random_edit (f);
    }
  /* Most cards were taken over (40 measures, 120 layouts). */
  g_assert_cmpuint (taken, >, ROUNDS * 10);
  g_clear_pointer (&previous[0], trappa_priority_layout_free);
  g_clear_pointer (&previous[1], trappa_priority_layout_free);
}

int
main (int   argc,
      char *argv[])
{
  /* The plans' catalogues (nn, nb): an untitled card's words. */
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/trappa/measures/incremental/figures", Fixture, GUINT_TO_POINTER (10),
              fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/trappa/measures/incremental/layout", Fixture, GUINT_TO_POINTER (11),
              fixture_set_up, test_layout, fixture_tear_down);
  return g_test_run ();
}
