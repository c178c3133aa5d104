/* trappa-priority-pane.c: the priority grid with the ranked list beside it
 *
 * The toolbar picks the axes, whose scores are shown (the whole room, one
 * group, or all groups merged) and the filters; the grid shows them and the
 * ranked list orders the same measures by the weighted formula. Workshop
 * tools sit here too: import the groups' scores, export the grid, present.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-pane"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "trappa-id-dropdown.h"
#include "trappa-presentation-window.h"
#include "trappa-quiet-tooltip.h"
#include "trappa-priority-figures.h"
#include "trappa-priority-pane.h"
#include "trappa-score-import.h"
#include "trappa-settings.h"
#include "trappa-vote-dialog.h"
#include "trappa-vote-dots-label.h"

/* The id of the merged view in the "Scores of" drop-down; no record id
 * has a space. */
#define MERGED_ID "all groups"
#define MAX_WEIGHT 10

struct _TrappaPriorityPane
{
  TrappaPane              parent_instance;

  GtkDropDown            *x_axis;
  GtkDropDown            *y_axis;
  GtkDropDown            *marker_axis;
  GtkDropDown            *view_group;
  GtkDropDown            *area_filter;
  GtkDropDown            *step_filter;
  GtkDropDown            *status_filter;
  GtkLabel               *message;
  TrappaPriorityGridView *grid;
  GtkGrid                *weights;
  GtkLabel               *formula;
  GtkListView            *ranking;
  GListStore             *ranked;     /* the measures shown, best first */
  GtkSingleSelection     *rank_selection;
  GHashTable             *rank_entries; /* TrappaMeasure → RankRow */
  /* What the ranking was last made from in full: the options and weights
   * (NULL: none), the measures' places in the plan (ties keep the plan's
   * order) and the plan's stamp (trappa-priority-figures.h) since. */
  char                   *rank_choice;
  GHashTable             *rank_places;  /* TrappaMeasure → place + 1 */
  gsize                   rank_stamp;

  GtkSpinButton          *weight_buttons[TRAPPA_N_AXES];
  TrappaPriorityWeights   weight_values;
  TrappaAxis              shown_x, shown_y;
  GtkWidget              *presentation;
  GtkFileChooserNative   *chooser;
  gboolean                syncing;
};

/* What a row of the ranking shows of its measure, besides its place. */
typedef struct
{
  TrappaRankEntry entry;
  char           *title;
  gint64          dots;
  gboolean        changed;   /* since the list was last shown */
} RankRow;

static void
rank_row_free (gpointer data)
{
  RankRow *row = data;

  g_free (row->title);
  g_free (row);
}

G_DEFINE_FINAL_TYPE (TrappaPriorityPane, trappa_priority_pane, TRAPPA_TYPE_PANE)

#define PLAN(self) trappa_pane_get_plan (TRAPPA_PANE (self))

static void
show_message (TrappaPriorityPane *self,
              const char         *text,
              gboolean            error)
{
  gtk_label_set_text (self->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message), "error");
}

static TrappaAxis
axis_of (GtkDropDown *dropdown)
{
  return MAX (trappa_priority_axis_from_name (trappa_id_dropdown_get_id (dropdown)), 0);
}

static void
fill_options (TrappaPriorityPane    *self,
              TrappaPriorityOptions *options)
{
  const char *group = trappa_id_dropdown_get_id (self->view_group);

  trappa_priority_options_init (options);
  options->x_axis = axis_of (self->x_axis);
  options->y_axis = axis_of (self->y_axis);
  options->marker_axis = axis_of (self->marker_axis);
  options->merged = g_str_equal (group, MERGED_ID);
  options->group_id = options->merged ? "" : group;
  options->target_area = trappa_id_dropdown_get_id (self->area_filter);
  options->step = trappa_id_dropdown_get_id (self->step_filter);
  options->status = trappa_id_dropdown_get_id (self->status_filter);
}

/* The ranked list is a list view: rows are made for what is on screen
 * and bound to the measure at their place, not rebuilt on every edit. */
static void
setup_rank_row (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *rank_label = gtk_label_new (NULL);
  GtkWidget *title_label = gtk_label_new (NULL);
  GtkWidget *value_label = gtk_label_new (NULL);

  gtk_widget_add_css_class (rank_label, "dim-label");
  gtk_widget_add_css_class (rank_label, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (rank_label), 3);
  gtk_label_set_xalign (GTK_LABEL (rank_label), 1);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_box_append (GTK_BOX (box), rank_label);
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), trappa_vote_dots_label_new ());
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_rank_row (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               TrappaPriorityPane       *self)
{
  TrappaItem *measure = gtk_list_item_get_item (list_item);
  const RankRow *row = g_hash_table_lookup (self->rank_entries, measure);
  const TrappaRankEntry *entry = row != NULL ? &row->entry : NULL;
  GtkWidget *rank_label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *title_label = gtk_widget_get_next_sibling (rank_label);
  GtkWidget *dots_label = gtk_widget_get_next_sibling (title_label);
  GtkWidget *value_label = gtk_widget_get_next_sibling (dots_label);
  const char *group = trappa_id_dropdown_get_id (self->view_group);
  const char *title = trappa_item_get_string (measure, "title");
  g_autofree char *number = g_strdup_printf ("%u.", gtk_list_item_get_position (list_item) + 1);
  g_autofree char *value = g_strdup_printf ("%.0f", entry != NULL ? entry->priority : 0);
  gboolean unscored = entry != NULL && entry->n_scored == 0;

  gtk_label_set_text (GTK_LABEL (rank_label), number);
  gtk_label_set_text (GTK_LABEL (title_label), title);
  trappa_quiet_tooltip_set (title_label, title);
  gtk_label_set_text (GTK_LABEL (value_label), value);
  trappa_vote_dots_label_set (dots_label, TRAPPA_MEASURE (measure), g_str_equal (group, MERGED_ID) ? NULL : group);
  if (unscored)
    gtk_widget_add_css_class (value_label, "dim-label");
  else
    gtk_widget_remove_css_class (value_label, "dim-label");
  trappa_quiet_tooltip_set (value_label, unscored ? _("Not scored yet: every axis counts as the middle") : NULL);
}

static void
select_rank_row (TrappaPriorityPane *self)
{
  const char *selected = trappa_chart_view_get_selected (TRAPPA_CHART_VIEW (self->grid));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->ranked));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n && selected != NULL && position == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (G_LIST_MODEL (self->ranked), i);

      if (g_strcmp0 (trappa_item_get_id (measure), selected) == 0)
        position = i;
    }
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->rank_selection, position);
  self->syncing = FALSE;
}

/* Whether the row at @old_position of the list shows what @shown's
 * @position would. */
static gboolean
row_kept (TrappaPriorityPane *self,
          guint               old_position,
          GPtrArray          *shown,
          guint               position)
{
  g_autoptr(TrappaItem) measure = g_list_model_get_item (G_LIST_MODEL (self->ranked), old_position);

  return measure == shown->pdata[position] &&
         !((RankRow *) g_hash_table_lookup (self->rank_entries, measure))->changed;
}

/* Whether rows @from … @to − 1 of the list are kept @by places on. */
static gboolean
rows_shifted (TrappaPriorityPane *self,
              GPtrArray          *shown,
              guint               from,
              guint               to,
              int                 by)
{
  for (guint i = from; i < to; i++)
    if (!row_kept (self, i, shown, i + by))
      return FALSE;
  return TRUE;
}

/* Replaces only the rows that change. A moved card moves one row: it
 * leaves its place and comes in at another, and the rows between shift
 * by one (the list view binds those on screen again, for their numbers);
 * a splice of all of them replaced as many list items. */
static void
splice_changed (TrappaPriorityPane *self,
                GPtrArray          *shown)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->ranked));
  guint first = 0, end_old = n_old, end_new = shown->len;

  while (first < MIN (n_old, shown->len) && row_kept (self, first, shown, first))
    first++;
  while (end_old > first && end_new > first && row_kept (self, end_old - 1, shown, end_new - 1))
    end_old--, end_new--;
  if (first == end_old && first == end_new)
    return;
  if (end_old == end_new && end_new - first >= 2)
    {
      /* Up: the last of the rows comes in first; down: the first goes last. */
      if (rows_shifted (self, shown, first, end_old - 1, 1))
        {
          g_list_store_remove (self->ranked, end_old - 1);
          g_list_store_insert (self->ranked, first, shown->pdata[first]);
          return;
        }
      if (rows_shifted (self, shown, first + 1, end_old, -1))
        {
          g_list_store_remove (self->ranked, first);
          g_list_store_insert (self->ranked, end_new - 1, shown->pdata[end_new - 1]);
          return;
        }
    }
  g_list_store_splice (self->ranked, first, end_old - first, shown->pdata + first, end_new - first);
}

/* @entry's row, the one shown before (in @before, or NULL) when it shows
 * the same. */
static RankRow *
take_row (GHashTable            *before,
          const TrappaRankEntry *entry,
          gint64                 dots)
{
  const char *title = trappa_priority_measure_title (entry->measure);
  RankRow *row = before != NULL ? g_hash_table_lookup (before, entry->measure) : NULL;

  if (row != NULL && row->entry.priority == entry->priority && row->entry.n_scored == entry->n_scored &&
      row->dots == dots && g_str_equal (row->title, title))
    {
      g_hash_table_steal (before, entry->measure);
      row->changed = FALSE;
      return row;
    }
  row = g_new (RankRow, 1);
  row->entry = *entry;
  row->title = g_strdup (title);
  row->dots = dots;
  row->changed = TRUE;
  return row;
}

/* Past this many measures changed at once, the ranking is made afresh. */
#define MAX_RERANKED 32

/* Whether @a comes before @b in the ranking: higher first, ties in the
 * plan's order. */
static gboolean
ranks_before (TrappaPriorityPane *self,
              TrappaMeasure      *a,
              TrappaMeasure      *b)
{
  double pa = ((RankRow *) g_hash_table_lookup (self->rank_entries, a))->entry.priority;
  double pb = ((RankRow *) g_hash_table_lookup (self->rank_entries, b))->entry.priority;

  return pa > pb || (pa == pb && GPOINTER_TO_UINT (g_hash_table_lookup (self->rank_places, a)) <
                                 GPOINTER_TO_UINT (g_hash_table_lookup (self->rank_places, b)));
}

/* Takes each of @changed out of the list and puts it back where it now
 * ranks, when the filters show it: the rows of the other measures are
 * kept, as a ranking made afresh would keep them. */
static void
rerank (TrappaPriorityPane          *self,
        const TrappaPriorityOptions *options,
        GPtrArray                   *changed)
{
  const char *group = options->merged ? NULL : options->group_id;

  for (guint i = 0; i < changed->len; i++)
    {
      guint position;

      if (g_hash_table_remove (self->rank_entries, changed->pdata[i]) &&
          g_list_store_find (self->ranked, changed->pdata[i], &position))
        g_list_store_remove (self->ranked, position);
    }
  for (guint i = 0; i < changed->len; i++)
    {
      TrappaMeasure *measure = changed->pdata[i];
      const TrappaPriorityFigures *figures;
      TrappaRankEntry entry;
      guint low = 0, high = g_list_model_get_n_items (G_LIST_MODEL (self->ranked));

      if (!trappa_priority_options_accepts (options, measure))
        continue;
      figures = trappa_priority_figures_get (PLAN (self), measure, group);
      entry = trappa_priority_rank_entry (measure, figures->summaries, &self->weight_values);
      g_hash_table_insert (self->rank_entries, measure, take_row (NULL, &entry, figures->dots));
      while (low < high)
        {
          guint middle = low + (high - low) / 2;
          g_autoptr(TrappaMeasure) other = g_list_model_get_item (G_LIST_MODEL (self->ranked), middle);

          if (ranks_before (self, other, measure))
            low = middle + 1;
          else
            high = middle;
        }
      g_list_store_insert (self->ranked, low, measure);
    }
}

/* What the ranking is made from besides the plan: the options that
 * choose its measures and scores, and the weights. */
static char *
rank_choice (TrappaPriorityPane          *self,
             const TrappaPriorityOptions *o)
{
  const double *w = self->weight_values.weight;

  return g_strdup_printf ("%d %s %s %s %s %g %g %g %g", o->merged, o->group_id, o->target_area, o->step,
                          o->status, w[0], w[1], w[2], w[3]);
}

static void
remember_places (TrappaPriorityPane *self)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (PLAN (self)), "measures"));

  g_hash_table_remove_all (self->rank_places);
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);

      g_hash_table_insert (self->rank_places, measure, GUINT_TO_POINTER (i + 1));
    }
}

static void
update_ranking (TrappaPriorityPane *self)
{
  TrappaPriorityOptions options;
  g_autoptr(GArray) ranking = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autoptr(GHashTable) before = NULL;
  g_autofree char *formula = trappa_priority_formula (&self->weight_values);
  g_autofree char *text = NULL;

  /* Translators: under the ranking's formula. */
  text = g_strdup_printf (_("%s\nEach score runs from 0 to 100, 100 at the favourable end "
                            "(urgent, less costly, much influence, much knowledge); "
                            "an axis not yet scored counts as 50."), formula);
  gtk_label_set_text (self->formula, text);

  if (PLAN (self) != NULL)
    {
      g_autofree char *choice = NULL;
      g_autoptr(GPtrArray) changed = g_ptr_array_new ();

      fill_options (self, &options);
      choice = rank_choice (self, &options);
      /* An edit of a few measures moves only their rows. */
      if (g_strcmp0 (choice, self->rank_choice) == 0 &&
          trappa_priority_figures_changed_since (PLAN (self), self->rank_stamp, changed) &&
          changed->len <= MAX_RERANKED)
        {
          self->syncing = TRUE;
          rerank (self, &options, changed);
          self->syncing = FALSE;
          self->rank_stamp = trappa_priority_figures_stamp (PLAN (self));
          select_rank_row (self);
          return;
        }
      g_free (self->rank_choice);
      self->rank_choice = g_steal_pointer (&choice);
    }
  else
    g_clear_pointer (&self->rank_choice, g_free);

  before = g_steal_pointer (&self->rank_entries);
  self->rank_entries = g_hash_table_new_full (NULL, NULL, NULL, rank_row_free);
  if (PLAN (self) != NULL)
    {
      const char *group = options.merged ? NULL : options.group_id;

      ranking = trappa_priority_rank_plan (PLAN (self), group, &self->weight_values);
      for (guint i = 0; i < ranking->len; i++)
        {
          TrappaRankEntry *entry = &g_array_index (ranking, TrappaRankEntry, i);

          if (trappa_priority_options_accepts (&options, entry->measure))
            {
              gint64 dots = trappa_priority_figures_get (PLAN (self), entry->measure, group)->dots;

              g_hash_table_insert (self->rank_entries, entry->measure, take_row (before, entry, dots));
              g_ptr_array_add (shown, entry->measure);
            }
        }
    }
  self->syncing = TRUE;
  splice_changed (self, shown);
  self->syncing = FALSE;
  if (PLAN (self) != NULL)
    {
      remember_places (self);
      self->rank_stamp = trappa_priority_figures_stamp (PLAN (self));
    }
  select_rank_row (self);
}

/* The same axis cannot be on both sides: picking the other side's axis
 * swaps them. */
static void
keep_axes_apart (TrappaPriorityPane *self)
{
  TrappaAxis x = axis_of (self->x_axis), y = axis_of (self->y_axis);

  if (x == y)
    {
      self->syncing = TRUE;
      if (x != self->shown_x)
        trappa_id_dropdown_select_id (self->y_axis, trappa_priority_axis_name (self->shown_x));
      else
        trappa_id_dropdown_select_id (self->x_axis, trappa_priority_axis_name (self->shown_y));
      self->syncing = FALSE;
    }
  self->shown_x = axis_of (self->x_axis);
  self->shown_y = axis_of (self->y_axis);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

/* Whether @options chooses what @shown shows (the parts the toolbar sets). */
static gboolean
same_choice (const TrappaPriorityOptions *options,
             const TrappaPriorityOptions *shown)
{
  return shown != NULL &&
         options->x_axis == shown->x_axis && options->y_axis == shown->y_axis &&
         options->marker_axis == shown->marker_axis && options->merged == shown->merged &&
         same_text (options->group_id, shown->group_id) &&
         same_text (options->target_area, shown->target_area) &&
         same_text (options->step, shown->step) && same_text (options->status, shown->status);
}

static void
on_options_changed (TrappaPriorityPane *self)
{
  TrappaPriorityOptions options;

  if (self->syncing)
    return;
  keep_axes_apart (self);
  fill_options (self, &options);
  /* The grid follows the plan's edits by itself: giving it the same
   * options again would lay it out a second time for each edit. */
  if (!same_choice (&options, trappa_priority_grid_view_get_options (self->grid)))
    trappa_priority_grid_view_set_options (self->grid, &options);
  update_ranking (self);
}

static void
on_weight_changed (TrappaPriorityPane *self)
{
  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    self->weight_values.weight[a] = gtk_spin_button_get_value (self->weight_buttons[a]);
  update_ranking (self);
}

static void
on_row_selected (TrappaPriorityPane *self)
{
  TrappaItem *measure = gtk_single_selection_get_selected_item (self->rank_selection);

  if (!self->syncing && measure != NULL)
    trappa_chart_view_set_selected (TRAPPA_CHART_VIEW (self->grid), trappa_item_get_id (measure));
}

static void
fill_steps (TrappaPriorityPane *self)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) label_v = NULL;
  g_auto(GStrv) id_v = NULL;
  const char *kinds[] = { TRAPPA_STAIRCASE_HOUSING, TRAPPA_STAIRCASE_ACTIVITY };

  g_strv_builder_add (labels, _("All steps"));
  g_strv_builder_add (ids, "");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      TrappaStaircase *staircase = trappa_plan_get_staircase (PLAN (self), kinds[k]);
      GListModel *steps = staircase != NULL ? G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (staircase), "steps")) : NULL;

      for (guint i = 0; steps != NULL && i < g_list_model_get_n_items (steps); i++)
        {
          g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);

          g_strv_builder_add (labels, trappa_item_get_string (step, "name"));
          g_strv_builder_add (ids, trappa_item_get_id (step));
        }
    }
  label_v = g_strv_builder_end (labels);
  id_v = g_strv_builder_end (ids);
  trappa_id_dropdown_set_rows (self->step_filter, (const char * const *) label_v, (const char * const *) id_v);
}

static void
fill_groups (TrappaPriorityPane *self)
{
  GListModel *groups = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (PLAN (self)), "workshop-groups"));
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) label_v = NULL;
  g_auto(GStrv) id_v = NULL;

  g_strv_builder_add (labels, _("Whole room"));
  g_strv_builder_add (ids, "");
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TrappaItem) group = g_list_model_get_item (groups, i);

      g_strv_builder_add (labels, trappa_item_get_string (group, "name"));
      g_strv_builder_add (ids, trappa_item_get_id (group));
    }
  g_strv_builder_add (labels, _("All groups merged"));
  g_strv_builder_add (ids, MERGED_ID);
  label_v = g_strv_builder_end (labels);
  id_v = g_strv_builder_end (ids);
  trappa_id_dropdown_set_rows (self->view_group, (const char * const *) label_v, (const char * const *) id_v);
}

/* Groups, areas and steps may have come or gone (an edit, an undo, an
 * import); the drop-downs keep what was chosen while it exists. */
static void
trappa_priority_pane_refresh (TrappaPane *pane)
{
  TrappaPriorityPane *self = TRAPPA_PRIORITY_PANE (pane);

  self->syncing = TRUE;
  fill_groups (self);
  fill_steps (self);
  trappa_id_dropdown_set_records (self->area_filter, _("All target areas"),
                                  G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (PLAN (self)), "target-areas")),
                                  "name");
  self->syncing = FALSE;
  on_options_changed (self);
}

static void
trappa_priority_pane_plan_changed (TrappaPane *pane,
                                   TrappaPlan *old_plan)
{
  TrappaPriorityPane *self = TRAPPA_PRIORITY_PANE (pane);
  TrappaPlan *plan = trappa_pane_get_plan (pane);

  if (self->presentation != NULL)
    gtk_window_destroy (GTK_WINDOW (self->presentation));
  show_message (self, NULL, FALSE);
  /* Another plan's ranking is made afresh. */
  g_clear_pointer (&self->rank_choice, g_free);
  trappa_chart_view_set_plan (TRAPPA_CHART_VIEW (self->grid), plan);
  /* With a plan, refresh fills the pane. */
  if (plan == NULL)
    update_ranking (self);
}

static void
on_presentation_destroyed (TrappaPriorityPane *self)
{
  self->presentation = NULL;
}

static void
present (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  TrappaPriorityPane *self = TRAPPA_PRIORITY_PANE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->presentation != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self->presentation));
      return;
    }
  if (PLAN (self) == NULL)
    return;
  self->presentation = trappa_presentation_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       self->grid);
  g_signal_connect_object (self->presentation, "destroy", G_CALLBACK (on_presentation_destroyed),
                           self, G_CONNECT_SWAPPED);
}

static GtkFileChooserNative *
new_chooser (TrappaPriorityPane   *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               action, accept, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  trappa_settings_open_in_default_folder (GTK_FILE_CHOOSER (self->chooser));
  return self->chooser;
}

/* "priority.export": the grid's own export, as the pane shows it. */
static void
export_grid (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (TRAPPA_PRIORITY_PANE (widget)->grid), "chart.export", NULL);
}

static void
on_import_confirmed (AdwMessageDialog   *dialog,
                     const char         *response,
                     TrappaPriorityPane *self)
{
  TrappaScoreImport *import = g_object_get_data (G_OBJECT (dialog), "trappa-import");

  if (g_str_equal (response, "import") && PLAN (self) != NULL)
    {
      g_autofree char *summary = trappa_score_import_describe (import);
      g_autofree char *text = g_strdup_printf (_("Imported from “%s”: %s (Undo with Ctrl+Z.)"),
                                               import->source_name, summary);

      trappa_score_import_apply (import, PLAN (self));
      show_message (self, text, FALSE);
    }
}

static void
on_import_response (GtkNativeDialog    *dialog,
                    int                 response,
                    TrappaPriorityPane *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    trappa_priority_pane_import_file (self, file);
}

void
trappa_priority_pane_import_file (TrappaPriorityPane *self,
                                  GFile              *file)
{
  g_autoptr(GError) error = NULL;
  TrappaScoreImport *import;
  g_autofree char *summary = NULL;
  GtkWidget *confirm;

  g_return_if_fail (TRAPPA_IS_PRIORITY_PANE (self));

  if (PLAN (self) == NULL)
    return;
  import = trappa_score_import_file (PLAN (self), file, &error);
  if (import == NULL)
    {
      show_message (self, error->message, TRUE);
      return;
    }

  /* Show what would come in before anything changes. */
  summary = trappa_score_import_describe (import);
  confirm = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    _("Import Scores?"), summary);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm),
                                    "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (confirm), "import", import->changes->len > 0);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (confirm), "import");
  g_object_set_data_full (G_OBJECT (confirm), "trappa-import", import,
                          (GDestroyNotify) trappa_score_import_free);
  g_signal_connect_object (confirm, "response", G_CALLBACK (on_import_confirmed), self, 0);
  gtk_window_present (GTK_WINDOW (confirm));
}

/* Live voting on the measures the filters show, on the axes shown. */
static void
live_vote (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  TrappaPriorityPane *self = TRAPPA_PRIORITY_PANE (widget);
  TrappaPriorityOptions options;
  GtkRoot *root = gtk_widget_get_root (widget);

  fill_options (self, &options);
  gtk_window_present (GTK_WINDOW (trappa_vote_dialog_new_filtered (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                   PLAN (self), &options)));
}

static void
import_scores (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TrappaPriorityPane *self = TRAPPA_PRIORITY_PANE (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("Import Scores from a Copy of This Plan"),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Trappa plans"));
  gtk_file_filter_add_suffix (filter, "trappa");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
trappa_priority_pane_dispose (GObject *object)
{
  TrappaPriorityPane *self = TRAPPA_PRIORITY_PANE (object);

  /* Lets go of the plan as a change of plan does, before the parts it
   * reaches go. */
  trappa_pane_set_plan (TRAPPA_PANE (self), NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->ranked);
  g_clear_object (&self->rank_selection);
  g_clear_pointer (&self->rank_entries, g_hash_table_unref);
  g_clear_pointer (&self->rank_places, g_hash_table_unref);
  g_clear_pointer (&self->rank_choice, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRAPPA_TYPE_PRIORITY_PANE);
  G_OBJECT_CLASS (trappa_priority_pane_parent_class)->dispose (object);
}

static void
trappa_priority_pane_class_init (TrappaPriorityPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_priority_pane_dispose;
  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_priority_pane_plan_changed;
  TRAPPA_PANE_CLASS (klass)->refresh = trappa_priority_pane_refresh;

  gtk_widget_class_install_action (widget_class, "priority.present", NULL, present);
  gtk_widget_class_install_action (widget_class, "priority.export", NULL, export_grid);
  gtk_widget_class_install_action (widget_class, "priority.import", NULL, import_scores);
  gtk_widget_class_install_action (widget_class, "priority.live-vote", NULL, live_vote);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "priority.present", NULL);

  g_type_ensure (TRAPPA_TYPE_PRIORITY_GRID_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/no/trappa/Trappa/trappa-priority-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, x_axis);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, y_axis);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, marker_axis);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, view_group);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, area_filter);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, step_filter);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, status_filter);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, message);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, grid);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, weights);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, formula);
  gtk_widget_class_bind_template_child (widget_class, TrappaPriorityPane, ranking);
}

static void
init_axis_dropdown (GtkDropDown *dropdown,
                    TrappaAxis   axis)
{
  const char *labels[TRAPPA_N_AXES + 1] = { NULL };

  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    labels[a] = trappa_priority_axis_title (a);
  trappa_id_dropdown_set_rows (dropdown, labels, trappa_priority_axis_names ());
  trappa_id_dropdown_select_id (dropdown, trappa_priority_axis_name (axis));
}

static void
init_weights (TrappaPriorityPane *self)
{
  trappa_priority_weights_init (&self->weight_values);
  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    {
      GtkWidget *label = gtk_label_new (trappa_priority_axis_title (a));
      GtkWidget *spin = gtk_spin_button_new_with_range (0, MAX_WEIGHT, 1);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), self->weight_values.weight[a]);
      gtk_widget_set_tooltip_text (spin, _("Weight of this axis in the ranking"));
      g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_weight_changed), self);
      gtk_grid_attach (self->weights, label, (a % 2) * 2, a / 2, 1, 1);
      gtk_grid_attach (self->weights, spin, (a % 2) * 2 + 1, a / 2, 1, 1);
      self->weight_buttons[a] = GTK_SPIN_BUTTON (spin);
    }
}

static void
trappa_priority_pane_init (TrappaPriorityPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  init_axis_dropdown (self->x_axis, TRAPPA_AXIS_URGENCY);
  init_axis_dropdown (self->y_axis, TRAPPA_AXIS_COST);
  init_axis_dropdown (self->marker_axis, TRAPPA_AXIS_INFLUENCE);
  self->shown_x = TRAPPA_AXIS_URGENCY;
  self->shown_y = TRAPPA_AXIS_COST;
  /* Done measures need no more priority: their own filter shows them. */
  trappa_id_dropdown_set_choices (self->status_filter, _("All but done"),
                                  trappa_measure_get_statuses (), trappa_measure_status_label);
  init_weights (self);

  {
    GtkDropDown *dropdowns[] = { self->x_axis, self->y_axis, self->marker_axis, self->view_group,
                                 self->area_filter, self->step_filter, self->status_filter };

    for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
      g_signal_connect_swapped (dropdowns[i], "notify::selected", G_CALLBACK (on_options_changed), self);
  }
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    self->ranked = g_list_store_new (TRAPPA_TYPE_MEASURE);
    self->rank_entries = g_hash_table_new_full (NULL, NULL, NULL, rank_row_free);
    self->rank_places = g_hash_table_new (NULL, NULL);
    self->rank_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->ranked)));
    gtk_single_selection_set_autoselect (self->rank_selection, FALSE);
    gtk_single_selection_set_can_unselect (self->rank_selection, TRUE);
    g_signal_connect (factory, "setup", G_CALLBACK (setup_rank_row), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_rank_row), self);
    gtk_list_view_set_factory (self->ranking, factory);
    g_object_unref (factory);
    gtk_list_view_set_model (self->ranking, GTK_SELECTION_MODEL (self->rank_selection));
    g_signal_connect_swapped (self->rank_selection, "notify::selected", G_CALLBACK (on_row_selected), self);
  }
  g_signal_connect_swapped (self->grid, "notify::selected", G_CALLBACK (select_rank_row), self);
  update_ranking (self);
}

GtkWidget *
trappa_priority_pane_new (void)
{
  return g_object_new (TRAPPA_TYPE_PRIORITY_PANE, NULL);
}

TrappaPriorityGridView *
trappa_priority_pane_get_grid (TrappaPriorityPane *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRIORITY_PANE (self), NULL);
  return self->grid;
}

GtkWidget *
trappa_priority_pane_get_presentation (TrappaPriorityPane *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRIORITY_PANE (self), NULL);
  return self->presentation;
}

GtkSingleSelection *
trappa_priority_pane_get_ranking (TrappaPriorityPane *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRIORITY_PANE (self), NULL);
  return self->rank_selection;
}

const char *
trappa_priority_pane_get_message (TrappaPriorityPane *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRIORITY_PANE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->message)) ? gtk_label_get_text (self->message) : NULL;
}

void
trappa_priority_pane_show_group (TrappaPriorityPane *self,
                                 const char         *group_id)
{
  g_return_if_fail (TRAPPA_IS_PRIORITY_PANE (self));
  trappa_id_dropdown_select_id (self->view_group, group_id != NULL ? group_id : MERGED_ID);
}
