/* trappa-priority-shown.c: the measures a priority grid shows, with
 * their figures, kept with the plan from one layout to the next
 *
 * The grid is laid out again after every edit; asking every measure
 * whether the filters show it and looking up its figures was a third of
 * a card move's layout with 10,000 measures, though a move changes one
 * measure. The list is kept per choice of axes, scores and filters, and
 * after an edit only the measures that changed
 * (trappa_priority_figures_changed_since) are asked again; when measures
 * came, went or moved, or one the filters hid is shown now, it is made
 * afresh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-shown"

#include "trappa-priority-figures.h"
#include "trappa-priority-shown.h"

/* Past this many measures changed at once, the list is made afresh. */
#define MAX_CHANGED 32
/* Choices kept at most (the pane, presenting, an export …). */
#define MAX_KEPT 8

typedef struct
{
  GArray *shown;   /* TrappaPriorityShown */
  gsize   stamp;   /* the plan's when it was made */
} Kept;

static void
kept_free (gpointer data)
{
  Kept *kept = data;

  g_array_unref (kept->shown);
  g_free (kept);
}

static void
shown_clear (gpointer data)
{
  g_object_unref (((TrappaPriorityShown *) data)->measure);
}

static const char *
view_group (const TrappaPriorityOptions *o)
{
  return o->merged ? NULL : (o->group_id != NULL ? o->group_id : "");
}

/* @measure's summaries and dots as @o shows them. */
static void
figure (TrappaPlan                  *plan,
        const TrappaPriorityOptions *o,
        TrappaMeasure               *measure,
        TrappaPriorityShown         *shown)
{
  TrappaAxis axes[3] = { o->x_axis, o->y_axis, o->marker_axis };
  const TrappaPriorityFigures *figures =
    o->summarize == NULL || o->count_dots == NULL ? trappa_priority_figures_get (plan, measure, view_group (o)) : NULL;

  for (guint i = 0; i < 3; i++)
    if (o->summarize != NULL)
      o->summarize (measure, axes[i], &shown->summaries[i], o->summarize_data);
    else
      shown->summaries[i] = figures->summaries[axes[i]];
  shown->dots = o->count_dots != NULL ? o->count_dots (measure, o->summarize_data) : (guint) figures->dots;
}

static GArray *
collect (TrappaPlan                  *plan,
         const TrappaPriorityOptions *o)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  guint n = g_list_model_get_n_items (measures);
  GArray *shown = g_array_sized_new (FALSE, FALSE, sizeof (TrappaPriorityShown), n);

  g_array_set_clear_func (shown, shown_clear);
  for (guint i = 0; i < n; i++)
    {
      TrappaPriorityShown entry = { g_list_model_get_item (measures, i) };

      if (!trappa_priority_options_accepts (o, entry.measure))
        {
          g_object_unref (entry.measure);
          continue;
        }
      figure (plan, o, entry.measure, &entry);
      g_array_append_val (shown, entry);
    }
  return shown;
}

/* Asks the @changed measures again, in @shown; FALSE when one the filters
 * hid is shown now (its place is unknown here). */
static gboolean
update (TrappaPlan                  *plan,
        const TrappaPriorityOptions *o,
        GArray                      *shown,
        GPtrArray                   *changed)
{
  for (guint c = 0; c < changed->len; c++)
    {
      gboolean accepted = trappa_priority_options_accepts (o, changed->pdata[c]);
      guint i = 0;

      while (i < shown->len && g_array_index (shown, TrappaPriorityShown, i).measure != changed->pdata[c])
        i++;
      if (i == shown->len && accepted)
        return FALSE;
      if (i < shown->len && accepted)
        figure (plan, o, changed->pdata[c], &g_array_index (shown, TrappaPriorityShown, i));
      else if (i < shown->len)
        g_array_remove_index (shown, i);
    }
  return TRUE;
}

static char *
choice_of (const TrappaPriorityOptions *o)
{
  return g_strdup_printf ("%d %d %d %d %s %s %s %s", o->x_axis, o->y_axis, o->marker_axis, o->merged,
                          o->group_id, o->target_area, o->step, o->status);
}

static GQuark
kept_quark (void)
{
  static gsize quark;

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("trappa-priority-shown"));
  return quark;
}

GArray *
trappa_priority_shown_get (TrappaPlan                  *plan,
                           const TrappaPriorityOptions *options)
{
  GHashTable *choices;
  g_autofree char *choice = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  Kept *kept;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  choices = g_object_get_qdata (G_OBJECT (plan), kept_quark ());
  if (choices == NULL)
    {
      choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, kept_free);
      g_object_set_qdata_full (G_OBJECT (plan), kept_quark (), choices, (GDestroyNotify) g_hash_table_unref);
    }
  /* Figures from elsewhere (live voting) are not the plan's to keep. */
  choice = options->summarize == NULL && options->count_dots == NULL ? choice_of (options)
                                                                      : g_strdup ("elsewhere");
  kept = g_hash_table_lookup (choices, choice);
  changed = g_ptr_array_new ();
  if (kept == NULL || options->summarize != NULL || options->count_dots != NULL ||
      !trappa_priority_figures_changed_since (plan, kept->stamp, changed) || changed->len > MAX_CHANGED ||
      !update (plan, options, kept->shown, changed))
    {
      if (kept == NULL && g_hash_table_size (choices) >= MAX_KEPT)
        g_hash_table_remove_all (choices);
      if (kept == NULL)
        {
          kept = g_new0 (Kept, 1);
          g_hash_table_insert (choices, g_steal_pointer (&choice), kept);
        }
      g_clear_pointer (&kept->shown, g_array_unref);
      kept->shown = collect (plan, options);
    }
  kept->stamp = trappa_priority_figures_stamp (plan);
  return kept->shown;
}
