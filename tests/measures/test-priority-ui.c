/* test-priority-ui.c: the priority pane under a display — dragging a card
 * and undoing it, arrow keys, the merged view, presentation mode, and the
 * measures pane's filter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "trappa-dot-vote.h"
#include "trappa-measures-pane.h"
#include "trappa-plan-file.h"
#include "trappa-presentation-window.h"
#include "trappa-priority-pane.h"
#include "priority-layout-compare.h"
#include "trappa-quiet-tooltip.h"
#include "ui-test-util.h"

typedef struct
{
  TrappaPlan         *plan;
  GtkWidget          *window;
  TrappaPriorityPane *pane;
  TrappaMeasure      *m1;
  TrappaMeasure      *m2;
} Fixture;

static TrappaMeasure *
add_measure (TrappaPlan *plan,
             const char *title,
             gint64      urgency,
             gint64      cost,
             gint64      influence,
             gint64      knowledge)
{
  g_autoptr(TrappaMeasure) measure = trappa_measure_new (title);
  gint64 values[] = { urgency, cost, influence, knowledge };

  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    g_assert_true (trappa_measure_set_score (measure, plan, "", trappa_priority_axis_name (a), values[a], NULL));
  return measure;
}

static gint64
score (TrappaMeasure *measure,
       const char    *group,
       TrappaAxis     axis)
{
  TrappaScore *s = trappa_measure_find_score (measure, group, trappa_priority_axis_name (axis));

  return s != NULL ? trappa_item_get_int (TRAPPA_ITEM (s), "value") : -1;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->plan = trappa_plan_new ();
  f->m1 = add_measure (f->plan, "Startlån til fleire", 30, 40, 50, 60);
  f->m2 = add_measure (f->plan, "Housing First", 80, 20, 70, 10);
  trappa_plan_clear_history (f->plan);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  f->pane = TRAPPA_PRIORITY_PANE (trappa_priority_pane_new ());
  g_object_set (f->pane, "plan", f->plan, NULL);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->pane));
  gtk_window_present (GTK_WINDOW (f->window));
  ui_test_settle (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->plan);
}

static TrappaPriorityCard *
card_of (TrappaPriorityGridView *grid,
         TrappaMeasure          *measure)
{
  TrappaPriorityLayout *layout = trappa_chart_view_get_layout (TRAPPA_CHART_VIEW (grid));
  int index;

  g_assert_nonnull (layout);
  index = trappa_priority_layout_find (layout, trappa_item_get_id (TRAPPA_ITEM (measure)));
  g_assert_cmpint (index, >=, 0);
  return layout->cards->pdata[index];
}

static void
test_drag_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  TrappaPriorityGridView *grid = trappa_priority_pane_get_grid (f->pane);
  TrappaPriorityCard *card = card_of (grid, f->m1);
  TrappaPriorityLayout *layout = trappa_chart_view_get_layout (TRAPPA_CHART_VIEW (grid));
  double x = card->card.x + card->card.width / 2, y = card->card.y + card->card.height / 2;
  double dx = layout->plot.width * 0.4, dy = -layout->plot.height * 0.3;

  g_assert_cmpfloat (layout->width, >, 300);
  g_assert_true (trappa_chart_view_drag_begin (TRAPPA_CHART_VIEW (grid), x, y));
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (grid)), ==, "measure-1");
  trappa_chart_view_drag_update (TRAPPA_CHART_VIEW (grid), dx / 2, dy / 2);
  trappa_chart_view_drag_update (TRAPPA_CHART_VIEW (grid), dx, dy);
  /* Nothing changes in the plan until the card is dropped. */
  g_assert_false (trappa_plan_get_can_undo (f->plan));
  trappa_chart_view_drag_end (TRAPPA_CHART_VIEW (grid), dx, dy);

  /* Exactly the two shown scores moved: +40 across, +30 up. */
  g_assert_cmpint (score (f->m1, "", TRAPPA_AXIS_URGENCY), ==, 70);
  g_assert_cmpint (score (f->m1, "", TRAPPA_AXIS_COST), ==, 70);
  g_assert_cmpint (score (f->m1, "", TRAPPA_AXIS_INFLUENCE), ==, 50);
  g_assert_cmpint (score (f->m1, "", TRAPPA_AXIS_KNOWLEDGE), ==, 60);
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_URGENCY), ==, 80);
  g_assert_cmpstr (trappa_plan_get_undo_label (f->plan), ==, "Move Card");

  /* One drag is one undo step, and the card goes back. */
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_false (trappa_plan_get_can_undo (f->plan));
  g_assert_cmpint (score (f->m1, "", TRAPPA_AXIS_URGENCY), ==, 30);
  g_assert_cmpint (score (f->m1, "", TRAPPA_AXIS_COST), ==, 40);
  ui_test_settle (f->window);
  card = card_of (grid, f->m1);
  layout = trappa_chart_view_get_layout (TRAPPA_CHART_VIEW (grid));
  g_assert_cmpfloat_with_epsilon (card->anchor_x, layout->plot.x + layout->plot.width * 0.3, 1e-6);

  /* A click without movement only selects. */
  card = card_of (grid, f->m2);
  g_assert_true (trappa_chart_view_drag_begin (TRAPPA_CHART_VIEW (grid), card->card.x + 4, card->card.y + 4));
  trappa_chart_view_drag_end (TRAPPA_CHART_VIEW (grid), 1, 1);
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (grid)), ==, "measure-2");
  g_assert_false (trappa_plan_get_can_undo (f->plan));
}

/* The chart's accessible description states every card's scores in
 * words and follows the plan and the axes shown. */
static void
test_description (Fixture       *f,
                  gconstpointer  data)
{
  TrappaPriorityGridView *grid = trappa_priority_pane_get_grid (f->pane);
  TrappaPriorityOptions options;

  gtk_test_accessible_assert_property (grid, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Startlån til fleire: Urgency 30 · Cost 40 · Influence 50\n"
                                       "Housing First: Urgency 80 · Cost 20 · Influence 70");
  g_assert_true (trappa_measure_set_score (f->m2, f->plan, "", trappa_priority_axis_name (TRAPPA_AXIS_URGENCY), 55, NULL));
  /* An edit is described after the frame that shows it. */
  gtk_test_accessible_assert_property (grid, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Startlån til fleire: Urgency 30 · Cost 40 · Influence 50\n"
                                       "Housing First: Urgency 80 · Cost 20 · Influence 70");
  ui_test_settle (f->window);
  gtk_test_accessible_assert_property (grid, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Startlån til fleire: Urgency 30 · Cost 40 · Influence 50\n"
                                       "Housing First: Urgency 55 · Cost 20 · Influence 70");
  /* Taken now: the pane renews the options, and their strings, on a change. */
  options = *trappa_priority_grid_view_get_options (grid);
  options.x_axis = TRAPPA_AXIS_KNOWLEDGE;
  trappa_priority_grid_view_set_options (grid, &options);
  gtk_test_accessible_assert_property (grid, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Startlån til fleire: Knowledge 60 · Cost 40 · Influence 50\n"
                                       "Housing First: Knowledge 10 · Cost 20 · Influence 70");
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  TrappaPriorityGridView *grid = trappa_priority_pane_get_grid (f->pane);
  TrappaPriorityOptions options;

  trappa_priority_options_init (&options);

  /* Page Down and Page Up walk through the cards, round the end. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.select-next", "i", 1));
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (grid)), ==, "measure-1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.select-next", "i", 1));
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (grid)), ==, "measure-2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.select-next", "i", 1));
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (grid)), ==, "measure-1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.select-next", "i", -1));
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (grid)), ==, "measure-2");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "chart.move", "(ii)", 1, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "chart.move", "(ii)", 0, -10));
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_URGENCY), ==, 81);
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_COST), ==, 10);
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_INFLUENCE), ==, 70);
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_KNOWLEDGE), ==, 10);

  /* Other axes shown: the keys move those, and clamp at the edge. */
  options.x_axis = TRAPPA_AXIS_INFLUENCE;
  options.y_axis = TRAPPA_AXIS_KNOWLEDGE;
  trappa_priority_grid_view_set_options (grid, &options);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "chart.move", "(ii)", 50, -50));
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_INFLUENCE), ==, 100);
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_KNOWLEDGE), ==, 0);
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_URGENCY), ==, 81);
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_COST), ==, 10);

  /* A group's view moves that group's scores only. */
  options.x_axis = TRAPPA_AXIS_URGENCY;
  options.y_axis = TRAPPA_AXIS_COST;
  options.group_id = "group-a";
  trappa_priority_grid_view_set_options (grid, &options);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "chart.move", "(ii)", 5, 5));
  g_assert_cmpint (score (f->m2, "group-a", TRAPPA_AXIS_URGENCY), ==, 55);
  g_assert_cmpint (score (f->m2, "group-a", TRAPPA_AXIS_COST), ==, 55);
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_URGENCY), ==, 81);

  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_cmpint (score (f->m2, "group-a", TRAPPA_AXIS_URGENCY), ==, -1);
}

/* The view's layout against a fresh layout of what it shows. */
static void
assert_view_fresh (TrappaPriorityGridView *grid,
                   TrappaPlan             *plan)
{
  TrappaChartView *view = TRAPPA_CHART_VIEW (grid);
  TrappaPriorityOptions options = *trappa_priority_grid_view_get_options (grid);
  g_autoptr(TrappaPriorityLayout) fresh = NULL;

  options.selected = trappa_chart_view_get_selected (view);
  options.style = trappa_chart_view_get_style (view);
  fresh = trappa_priority_layout_new (plan, &options, gtk_widget_get_width (GTK_WIDGET (grid)),
                                      gtk_widget_get_height (GTK_WIDGET (grid)));
  priority_layout_assert_same (trappa_chart_view_get_layout (view), fresh);
}

/* The view lays the grid out again from its previous layout (taking
 * over the cards) after each move, drag, rename, new selection, other
 * axes and undo: always the grid a fresh layout gives. */
static void
test_view_takes_over (Fixture       *f,
                      gconstpointer  data)
{
  TrappaPriorityGridView *grid = trappa_priority_pane_get_grid (f->pane);
  TrappaPriorityOptions options;

  trappa_priority_options_init (&options);
  for (guint i = 0; i < 6; i++)
    add_measure (f->plan, i % 2 == 0 ? "Fleire utleigebustader i sentrum" : "Bustadsosial koordinator",
                 10 + i * 15, 90 - i * 12, 20 * (i % 5), 50);
  assert_view_fresh (grid, f->plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.select-next", "i", 1));
  assert_view_fresh (grid, f->plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "chart.move", "(ii)", 10, 10));
  assert_view_fresh (grid, f->plan);
  g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (f->m2), "title",
                                         "Housing First med oppfølging heile døgnet", NULL));
  assert_view_fresh (grid, f->plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.select-next", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "chart.move", "(ii)", -30, 20));
  assert_view_fresh (grid, f->plan);
  /* A drag moves the card in the view's layout, which the drop's layout
   * then takes over. */
  {
    TrappaPriorityCard *card = card_of (grid, f->m1);
    double x = card->card.x + card->card.width / 2, y = card->card.y + card->card.height / 2;

    g_assert_true (trappa_chart_view_drag_begin (TRAPPA_CHART_VIEW (grid), x, y));
    trappa_chart_view_drag_update (TRAPPA_CHART_VIEW (grid), 40, 30);
    trappa_chart_view_drag_end (TRAPPA_CHART_VIEW (grid), 80, 60);
    g_assert_true (trappa_plan_get_can_undo (f->plan));
    assert_view_fresh (grid, f->plan);
  }
  options.x_axis = TRAPPA_AXIS_INFLUENCE;
  options.y_axis = TRAPPA_AXIS_KNOWLEDGE;
  trappa_priority_grid_view_set_options (grid, &options);
  assert_view_fresh (grid, f->plan);
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_true (trappa_plan_undo (f->plan));
  assert_view_fresh (grid, f->plan);
  trappa_plan_remove (f->plan, TRAPPA_ITEM (f->m1));
  assert_view_fresh (grid, f->plan);
}

static void
test_merged_is_read_only (Fixture       *f,
                          gconstpointer  data)
{
  TrappaPriorityGridView *grid = trappa_priority_pane_get_grid (f->pane);
  TrappaPriorityCard *card;

  g_assert_true (trappa_measure_set_score (f->m1, f->plan, "g1", "haster", 20, NULL));
  g_assert_true (trappa_measure_set_score (f->m1, f->plan, "g1", "kostbart", 20, NULL));
  g_assert_true (trappa_measure_set_score (f->m1, f->plan, "g2", "haster", 60, NULL));
  g_assert_true (trappa_measure_set_score (f->m1, f->plan, "g2", "kostbart", 40, NULL));
  trappa_priority_pane_show_group (f->pane, NULL);
  ui_test_settle (f->window);

  g_assert_true (trappa_priority_grid_view_get_options (grid)->merged);
  card = card_of (grid, f->m1);
  g_assert_cmpfloat (card->score_x, ==, 40);
  g_assert_cmpfloat (card->score_y, ==, 30);
  g_assert_cmpfloat (card->spread_x, >, 0);
  /* Selecting works, moving does not: the merged view owns no scores. */
  g_assert_false (trappa_chart_view_drag_begin (TRAPPA_CHART_VIEW (grid), card->card.x + 4, card->card.y + 4));
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (grid)), ==, "measure-1");
  trappa_plan_clear_history (f->plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "chart.move", "(ii)", 1, 1));
  g_assert_false (trappa_plan_get_can_undo (f->plan));
}

static void
test_presentation_toggles (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *presentation;
  TrappaPriorityGridView *big;

  g_assert_null (trappa_priority_pane_get_presentation (f->pane));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "priority.present", NULL));
  presentation = trappa_priority_pane_get_presentation (f->pane);
  g_assert_nonnull (presentation);
  g_assert_true (gtk_widget_get_visible (presentation));
  ui_test_settle (presentation);

  /* Large type, the same plan, and the selection kept in step. */
  big = trappa_presentation_window_get_grid (TRAPPA_PRESENTATION_WINDOW (presentation));
  g_assert_cmpfloat (trappa_priority_grid_view_get_options (big)->font_scale, >, 1.0);
  g_assert_true (trappa_chart_view_get_plan (TRAPPA_CHART_VIEW (big)) == f->plan);
  trappa_chart_view_set_selected (TRAPPA_CHART_VIEW (big), "measure-2");
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (trappa_priority_pane_get_grid (f->pane))), ==, "measure-2");
  /* The leader still moves cards there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (big), "chart.move", "(ii)", 2, 0));
  g_assert_cmpint (score (f->m2, "", TRAPPA_AXIS_URGENCY), ==, 82);

  /* Esc (presentation.leave) leaves; F5 (priority.present) toggles. */
  g_assert_true (gtk_widget_activate_action (presentation, "presentation.leave", NULL));
  g_assert_null (trappa_priority_pane_get_presentation (f->pane));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "priority.present", NULL));
  g_assert_nonnull (trappa_priority_pane_get_presentation (f->pane));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "priority.present", NULL));
  g_assert_null (trappa_priority_pane_get_presentation (f->pane));
}

/* The search entry waits a moment after typing before it filters. */
static guint
rows_after_search (GListModel *rows,
                   guint       expected)
{
  gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (rows) != expected && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  return g_list_model_get_n_items (rows);
}

/* The first widget of @type under @root, depth first. */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
ranked_id (GListModel *ranking,
           guint       position)
{
  g_autoptr(TrappaItem) measure = g_list_model_get_item (ranking, position);

  return trappa_item_get_id (measure); /* owned by the plan */
}

/* Each ranking row's title under @widget is its tooltip too, kept and
 * given when GTK asks (never set with gtk_widget_set_tooltip_text(),
 * which re-asks the widget under the pointer for its tooltip: over the
 * grid a card's tooltip popped up after every move); returns how many. */
static guint
assert_rank_tooltips (GtkWidget *widget)
{
  guint rows = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric") &&
      g_str_has_suffix (gtk_label_get_text (GTK_LABEL (widget)), "."))
    {
      GtkWidget *title = gtk_widget_get_next_sibling (widget);

      g_assert_null (gtk_widget_get_tooltip_text (title));
      g_assert_true (gtk_widget_get_has_tooltip (title));
      g_assert_cmpstr (trappa_quiet_tooltip_get (title), ==, gtk_label_get_text (GTK_LABEL (title)));
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    rows += assert_rank_tooltips (child);
  return rows;
}

static void
test_ranking_follows (Fixture       *f,
                      gconstpointer  data)
{
  GtkSingleSelection *ranking = trappa_priority_pane_get_ranking (f->pane);

  /* Default weights 2·H + 2·K + I + Kn: m1 (30,40,50,60) = 250/6 ≈ 41.7,
   * m2 (80,20,70,10) = 280/6 ≈ 46.7: Housing First first. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ranking)), ==, 2);
  g_assert_cmpstr (ranked_id (G_LIST_MODEL (ranking), 0), ==, "measure-2");

  /* A move on the grid reorders the list. */
  g_assert_true (trappa_measure_set_score (f->m1, f->plan, "", "haster", 100, NULL));
  g_assert_cmpstr (ranked_id (G_LIST_MODEL (ranking), 0), ==, "measure-1");
  ui_test_settle (f->window);
  g_assert_cmpuint (assert_rank_tooltips (GTK_WIDGET (f->pane)), ==, 2);

  /* Choosing a row selects the card. */
  gtk_single_selection_set_selected (ranking, 1);
  g_assert_cmpstr (trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (trappa_priority_pane_get_grid (f->pane))), ==, "measure-2");
}

static char *
save_copy (TrappaPlan *plan,
           const char *name)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

static void
on_ranking_changed (GListModel *list,
                    guint       position,
                    guint       removed,
                    guint       added,
                    guint      *rows)
{
  *rows += added;
}

/* Counts in @seen the numbers ("1.", "2.", …) of the rows on screen
 * under @widget. */
static void
count_rank_numbers (GtkWidget *widget,
                    guint     *seen)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric") &&
      g_str_has_suffix (gtk_label_get_text (GTK_LABEL (widget)), "."))
    {
      guint number = (guint) g_ascii_strtoull (gtk_label_get_text (GTK_LABEL (widget)), NULL, 10);

      g_assert_cmpuint (number, >, 0);
      g_assert_cmpuint (number, <, 100);
      seen[number]++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_rank_numbers (child, seen);
}

/* The rows on screen are numbered in a run (…, 4., 5., 6., …), each
 * number once: the rows a move shifts show their new places. */
static void
assert_rank_numbers (GtkWidget *pane)
{
  guint seen[100] = { 0 };
  guint first = 1, last;

  count_rank_numbers (pane, seen);
  while (first < 100 && seen[first] == 0)
    first++;
  for (last = first; last < 100 && seen[last] == 1; last++)
    ;
  g_assert_cmpuint (last - first, >, 3);
  for (guint i = last; i < 100; i++)
    g_assert_cmpuint (seen[i], ==, 0);
}

/* The ranking changes only the rows an edit changes, and always shows what
 * a ranking made afresh shows: the order (ties in the plan's order), the
 * measures the filter shows, and each row's title; after titles, scores,
 * statuses and dots changed, measures added and removed, and undos. */
static void
test_ranking_targeted (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *ranking = G_LIST_MODEL (trappa_priority_pane_get_ranking (f->pane));
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  TrappaPriorityWeights weights;
  guint rows = 0;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak %u", i + 3);

      add_measure (f->plan, title, g_rand_int_range (rand, 0, 101), g_rand_int_range (rand, 0, 101),
                   g_rand_int_range (rand, 0, 101), g_rand_int_range (rand, 0, 101));
    }
  trappa_priority_weights_init (&weights);
  g_signal_connect (ranking, "items-changed", G_CALLBACK (on_ranking_changed), &rows);
  for (guint round = 0; round < 80; round++)
    {
      GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "measures"));
      g_autoptr(TrappaMeasure) measure =
        g_list_model_get_item (measures, g_rand_int_range (rand, 0, g_list_model_get_n_items (measures)));
      g_autoptr(GArray) fresh = NULL;
      g_autofree char *title = g_strdup_printf ("Omdøypt %u", round);
      guint kind = g_rand_int_range (rand, 0, 8), shown = 0;

      rows = 0;
      if (kind == 0)
        g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (measure), "title", title, NULL));
      else if (kind == 1 && trappa_plan_get_can_undo (f->plan))
        trappa_plan_undo (f->plan);
      else if (kind == 2)
        g_assert_true (trappa_plan_set_string (f->plan, TRAPPA_ITEM (measure), "status",
                                               g_rand_boolean (rand) ? TRAPPA_MEASURE_STATUS_DONE
                                                                     : TRAPPA_MEASURE_STATUS_STARTED, NULL));
      else if (kind == 3)
        {
          trappa_plan_begin_edit (f->plan, "Add");
          add_measure (f->plan, title, 40, 60, 40, 60);
          trappa_plan_end_edit (f->plan);
        }
      else if (kind == 4 && g_list_model_get_n_items (measures) > 10)
        trappa_plan_remove (f->plan, TRAPPA_ITEM (measure));
      else if (kind == 5)
        g_assert_true (trappa_measure_set_dots (measure, f->plan, "", g_rand_int_range (rand, 0, 4), NULL));
      else
        /* Few values: ties, which keep the plan's order. */
        g_assert_true (trappa_measure_set_score (measure, f->plan, "", "haster",
                                                 20 * g_rand_int_range (rand, 1, 4), NULL));
      ui_test_settle (f->window);

      fresh = trappa_priority_rank (measures, "", &weights);
      for (guint i = 0; i < fresh->len; i++)
        {
          TrappaItem *ranked = TRAPPA_ITEM (g_array_index (fresh, TrappaRankEntry, i).measure);

          /* "All but done". */
          if (g_str_equal (trappa_item_get_string (ranked, "status"), TRAPPA_MEASURE_STATUS_DONE))
            continue;
          g_assert_cmpstr (ranked_id (ranking, shown), ==, trappa_item_get_id (ranked));
          shown++;
        }
      g_assert_cmpuint (g_list_model_get_n_items (ranking), ==, shown);
      /* A move takes its row from one place to the other, no more. */
      g_assert_cmpuint (rows, <=, 1);
      assert_rank_numbers (GTK_WIDGET (f->pane));
      if (kind == 0)
        g_assert_true (ui_test_has_label (GTK_WIDGET (f->pane), title));
    }
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrappaPlan) laptop = NULL;
  g_autoptr(TrappaWorkshopGroup) group = trappa_workshop_group_new ("Gruppe 2");
  g_autofree char *path = NULL;
  g_autofree char *other_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) other_file = NULL;
  TrappaItem *theirs;

  /* A group's laptop: a copy of the plan with the group's own scores. */
  g_object_set (f->plan, "id", "plan-alver", NULL);
  bytes = trappa_plan_file_serialize (f->plan);
  laptop = trappa_plan_file_parse (bytes, "copy", NULL, NULL);
  g_assert_nonnull (laptop);
  trappa_plan_insert (laptop, TRAPPA_ITEM (laptop), "workshop-groups", -1, TRAPPA_ITEM (group));
  theirs = trappa_plan_lookup (laptop, "measure-1");
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (theirs), laptop,
                                           trappa_item_get_id (TRAPPA_ITEM (group)), "haster", 95, NULL));
  path = save_copy (laptop, "gruppe-2.trappa");
  file = g_file_new_for_path (path);

  /* Asked first: nothing changes until the answer. */
  trappa_priority_pane_import_file (f->pane, file);
  g_assert_nonnull (ui_test_find_dialog ());
  g_assert_false (trappa_plan_get_can_undo (f->plan));
  ui_test_respond ("import");
  g_assert_nonnull (trappa_priority_pane_get_message (f->pane));
  g_assert_nonnull (strstr (trappa_priority_pane_get_message (f->pane), "1 new score"));
  g_assert_cmpstr (trappa_plan_get_undo_label (f->plan), ==, "Import Scores");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "workshop-groups"))), ==, 1);
  g_assert_true (trappa_plan_undo (f->plan));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "workshop-groups"))), ==, 0);

  /* Cancel leaves the plan alone. */
  trappa_priority_pane_import_file (f->pane, file);
  ui_test_respond ("cancel");
  g_assert_false (trappa_plan_get_can_redo (f->plan) && trappa_plan_get_can_undo (f->plan));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (f->plan), "workshop-groups"))), ==, 0);

  /* Another plan: refused in the message line, no question asked. */
  g_object_set (laptop, "id", "plan-baerum", NULL);
  other_path = save_copy (laptop, "baerum.trappa");
  other_file = g_file_new_for_path (other_path);
  trappa_priority_pane_import_file (f->pane, other_file);
  g_assert_null (ui_test_find_dialog ());
  g_assert_nonnull (strstr (trappa_priority_pane_get_message (f->pane), "baerum"));
  g_unlink (path);
  g_unlink (other_path);
}

static void
test_measures_pane (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *pane = trappa_measures_pane_new ();
  TrappaMeasure *m = add_measure (plan, "Kvardagsrehabilitering", 50, 50, 50, 50);
  TrappaRecordCell *cell;

  add_measure (plan, "Startlån", 50, 50, 50, 50);
  g_object_set (pane, "plan", plan, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), pane);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_settle (window);

  cell = ui_test_find_cell (pane, TRAPPA_ITEM (m), "investment-cost");
  g_assert_nonnull (cell);
  /* Costs are validated as typed; a bad one never reaches the plan. */
  ui_test_type_in_cell (cell, "-5");
  g_assert_nonnull (trappa_record_cell_get_error (cell));
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (m), "investment-cost"), ==, 0);
  ui_test_type_in_cell (cell, "2 500 000");
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (m), "investment-cost"), ==, 2500000);
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (m), "investment-cost"), ==, 0);

  /* The list sorts by any column and filters by the search text. */
  {
    GtkColumnView *view = GTK_COLUMN_VIEW (find_widget (pane, GTK_TYPE_COLUMN_VIEW));
    GListModel *columns = gtk_column_view_get_columns (view);
    GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (view));
    g_autoptr(GtkColumnViewColumn) title = g_list_model_get_item (columns, 0);
    g_autoptr(TrappaItem) first = NULL;
    GtkEditable *search = GTK_EDITABLE (find_widget (pane, GTK_TYPE_SEARCH_ENTRY));

    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
    gtk_column_view_sort_by_column (view, title, GTK_SORT_ASCENDING);
    first = g_list_model_get_item (rows, 0);
    g_assert_cmpstr (trappa_item_get_string (first, "title"), ==, "Kvardagsrehabilitering");
    g_clear_object (&first);
    gtk_column_view_sort_by_column (view, title, GTK_SORT_DESCENDING);
    first = g_list_model_get_item (rows, 0);
    g_assert_cmpstr (trappa_item_get_string (first, "title"), ==, "Startlån");

    /* The search is case-insensitive and looks in the description too. */
    g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (m), "description", "Trening i heimen", NULL));
    gtk_editable_set_text (search, "TRENING");
    g_assert_cmpuint (rows_after_search (rows, 1), ==, 1);
    g_clear_object (&first);
    first = g_list_model_get_item (rows, 0);
    g_assert_true (first == TRAPPA_ITEM (m));
    gtk_editable_set_text (search, "ingenting slikt");
    g_assert_cmpuint (rows_after_search (rows, 0), ==, 0);
    gtk_editable_set_text (search, "");
    g_assert_cmpuint (rows_after_search (rows, 2), ==, 2);
  }

  /* Add goes through the plan and undoes; the new row's first cell takes
   * what is typed next. */
  g_assert_true (gtk_widget_activate_action (pane, "measures.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"))), ==, 3);
  {
    g_autoptr(TrappaItem) added = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures")), 2);
    GtkWidget *focus;

    for (guint i = 0; i < 6; i++)
      ui_test_settle (window);
    cell = ui_test_find_cell (pane, added, "title");
    g_assert_nonnull (cell);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, trappa_record_cell_get_editor (cell)));
  }
  g_assert_true (trappa_plan_undo (plan));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"))), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps the accessible properties
   * without an accessibility bus, so test_description can read them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/trappa/measures/ui/drag-and-undo", Fixture, NULL, fixture_set_up, test_drag_and_undo, fixture_tear_down);
  g_test_add ("/trappa/measures/ui/description", Fixture, NULL, fixture_set_up, test_description, fixture_tear_down);
  g_test_add ("/trappa/measures/ui/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/trappa/measures/ui/view-takes-over", Fixture, NULL, fixture_set_up, test_view_takes_over, fixture_tear_down);
  g_test_add ("/trappa/measures/ui/merged-read-only", Fixture, NULL, fixture_set_up, test_merged_is_read_only, fixture_tear_down);
  g_test_add ("/trappa/measures/ui/presentation-toggles", Fixture, NULL, fixture_set_up, test_presentation_toggles, fixture_tear_down);
  g_test_add ("/trappa/measures/ui/ranking-follows", Fixture, NULL, fixture_set_up, test_ranking_follows, fixture_tear_down);
  g_test_add ("/trappa/measures/ui/ranking-targeted", Fixture, NULL, fixture_set_up, test_ranking_targeted, fixture_tear_down);
  g_test_add ("/trappa/measures/ui/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add_func ("/trappa/measures/ui/measures-pane", test_measures_pane);
  return g_test_run ();
}
