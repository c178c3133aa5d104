/* trappa-priority.c: the arithmetic of the priority grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority"

#include <math.h>
#include <string.h>

#include "trappa-priority.h"
#include "trappa-priority-figures.h"
#include "trappa-plan-words.h"

static const char * const axis_names[] = {
  "haster", "kostbart", "innflytelse", "kunnskap", NULL
};

const char * const *
trappa_priority_axis_names (void)
{
  return axis_names;
}

const char *
trappa_priority_axis_name (TrappaAxis axis)
{
  g_return_val_if_fail (axis < TRAPPA_N_AXES, NULL);
  return axis_names[axis];
}

int
trappa_priority_axis_from_name (const char *name)
{
  /* The first letter first: this runs for every score of every summary. */
  for (int i = 0; name != NULL && i < TRAPPA_N_AXES; i++)
    if (name[0] == axis_names[i][0] && strcmp (name, axis_names[i]) == 0)
      return i;
  return -1;
}

gboolean
trappa_priority_parse_axes (const char  *text,
                            TrappaAxis  *x_axis,
                            TrappaAxis  *y_axis,
                            GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  int axes[2];

  if (g_strv_length (parts) != 2)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("Give two axes separated by a comma, e.g. “haster,kostbart”, not “%s”"),
                   text != NULL ? text : "");
      return FALSE;
    }
  for (guint i = 0; i < 2; i++)
    {
      axes[i] = trappa_priority_axis_from_name (g_strstrip (parts[i]));
      if (axes[i] < 0)
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                       _("“%s” is not an axis; use haster, kostbart, innflytelse or kunnskap"),
                       parts[i]);
          return FALSE;
        }
    }
  if (axes[0] == axes[1])
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("The two axes must differ (both are “%s”)"), parts[0]);
      return FALSE;
    }
  *x_axis = axes[0];
  *y_axis = axes[1];
  return TRUE;
}

const char *
trappa_priority_axis_title (TrappaAxis axis)
{
  switch (axis)
    {
    case TRAPPA_AXIS_URGENCY:   return _("Urgency");
    case TRAPPA_AXIS_COST:      return _("Cost");
    case TRAPPA_AXIS_INFLUENCE: return _("Influence");
    case TRAPPA_AXIS_KNOWLEDGE: return _("Knowledge");
    case TRAPPA_N_AXES:
    default:                    g_return_val_if_reached ("");
    }
}

const char *
trappa_priority_axis_low (TrappaAxis axis)
{
  switch (axis)
    {
    case TRAPPA_AXIS_URGENCY:   return _("Can wait");
    case TRAPPA_AXIS_COST:      return _("Very costly");
    case TRAPPA_AXIS_INFLUENCE: return _("Little influence over");
    case TRAPPA_AXIS_KNOWLEDGE: return _("Know little about");
    case TRAPPA_N_AXES:
    default:                    g_return_val_if_reached ("");
    }
}

const char *
trappa_priority_axis_high (TrappaAxis axis)
{
  switch (axis)
    {
    case TRAPPA_AXIS_URGENCY:   return _("Urgent");
    case TRAPPA_AXIS_COST:      return _("Less costly");
    case TRAPPA_AXIS_INFLUENCE: return _("Much influence over");
    case TRAPPA_AXIS_KNOWLEDGE: return _("Know much about");
    case TRAPPA_N_AXES:
    default:                    g_return_val_if_reached ("");
    }
}

double
trappa_priority_score_to_position (double   score,
                                   double   start,
                                   double   length,
                                   gboolean reversed)
{
  double fraction = CLAMP (score, 0.0, TRAPPA_SCORE_MAX) / TRAPPA_SCORE_MAX;

  return start + length * (reversed ? 1.0 - fraction : fraction);
}

gint64
trappa_priority_position_to_score (double   position,
                                   double   start,
                                   double   length,
                                   gboolean reversed)
{
  double fraction;

  if (!(length > 0.0) || !isfinite (position))
    return TRAPPA_SCORE_NEUTRAL;

  fraction = CLAMP ((position - start) / length, 0.0, 1.0);
  if (reversed)
    fraction = 1.0 - fraction;
  return (gint64) lround (fraction * TRAPPA_SCORE_MAX);
}

void
trappa_priority_summarize (const double       *values,
                           guint               n,
                           TrappaScoreSummary *summary)
{
  double sum = 0.0, squares = 0.0;

  *summary = (TrappaScoreSummary) { n, TRAPPA_SCORE_NEUTRAL, 0.0, TRAPPA_SCORE_NEUTRAL, TRAPPA_SCORE_NEUTRAL };
  if (n == 0)
    return;

  summary->min = summary->max = values[0];
  for (guint i = 0; i < n; i++)
    {
      sum += values[i];
      summary->min = MIN (summary->min, values[i]);
      summary->max = MAX (summary->max, values[i]);
    }
  summary->mean = sum / n;
  for (guint i = 0; i < n; i++)
    squares += (values[i] - summary->mean) * (values[i] - summary->mean);
  summary->spread = sqrt (squares / n);
}

GParamSpec *
trappa_priority_field (GType       type,
                       const char *name)
{
  GObjectClass *klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (klass, name);

  g_type_class_unref (klass);
  g_return_val_if_fail (pspec != NULL, NULL);
  return pspec;
}

void
trappa_priority_measure_summaries (TrappaMeasure      *measure,
                                   const char         *group_id,
                                   TrappaScoreSummary  summaries[TRAPPA_N_AXES])
{
  static GParamSpec *axis_field, *group_field, *value_field;
  GListModel *scores = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (measure), "scores"));
  guint n = g_list_model_get_n_items (scores);
  g_autofree double *values = g_new (double, MAX (n, 1) * TRAPPA_N_AXES);
  guint n_values[TRAPPA_N_AXES] = { 0 };

  if (g_once_init_enter (&value_field))
    {
      axis_field = trappa_priority_field (TRAPPA_TYPE_SCORE, "axis");
      group_field = trappa_priority_field (TRAPPA_TYPE_SCORE, "group");
      g_once_init_leave (&value_field, trappa_priority_field (TRAPPA_TYPE_SCORE, "value"));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) score = g_list_model_get_item (scores, i);
      int axis = trappa_priority_axis_from_name (g_value_get_string (trappa_item_peek_value (score, axis_field)));
      const char *group = g_value_get_string (trappa_item_peek_value (score, group_field));

      if (axis < 0 || (group_id != NULL ? g_strcmp0 (group, group_id) != 0 : *group == '\0'))
        continue;
      values[axis * n + n_values[axis]++] = g_value_get_int64 (trappa_item_peek_value (score, value_field));
    }
  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    trappa_priority_summarize (values + a * n, n_values[a], &summaries[a]);
}

void
trappa_priority_measure_summary (TrappaMeasure      *measure,
                                 const char         *group_id,
                                 TrappaAxis          axis,
                                 TrappaScoreSummary *summary)
{
  TrappaScoreSummary summaries[TRAPPA_N_AXES];

  g_return_if_fail ((guint) axis < TRAPPA_N_AXES);
  trappa_priority_measure_summaries (measure, group_id, summaries);
  *summary = summaries[axis];
}

void
trappa_priority_weights_init (TrappaPriorityWeights *weights)
{
  /* The seed's tool looks first at urgency and cost: the low-hanging fruit. */
  weights->weight[TRAPPA_AXIS_URGENCY] = 2;
  weights->weight[TRAPPA_AXIS_COST] = 2;
  weights->weight[TRAPPA_AXIS_INFLUENCE] = 1;
  weights->weight[TRAPPA_AXIS_KNOWLEDGE] = 1;
}

double
trappa_priority_combine (const double                 scores[TRAPPA_N_AXES],
                         const TrappaPriorityWeights *weights)
{
  double sum = 0.0, total = 0.0;

  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    {
      double w = MAX (weights->weight[a], 0.0);

      sum += w * scores[a];
      total += w;
    }
  return total > 0.0 ? sum / total : 0.0;
}

char *
trappa_priority_formula (const TrappaPriorityWeights *weights)
{
  GString *text = g_string_new ("P = (");
  double total = 0.0;

  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    {
      /* Translators: one term of the formula, e.g. "2 × Urgency". */
      g_string_append_printf (text, a == 0 ? _("%g × %s") : _(" + %g × %s"),
                              weights->weight[a], trappa_priority_axis_title (a));
      total += MAX (weights->weight[a], 0.0);
    }
  g_string_append_printf (text, ") / %g", total);
  return g_string_free (text, FALSE);
}

static gint
compare_rank (gconstpointer a,
              gconstpointer b)
{
  const TrappaRankEntry *ea = a, *eb = b;

  return (ea->priority < eb->priority) - (ea->priority > eb->priority);
}

TrappaRankEntry
trappa_priority_rank_entry (TrappaMeasure               *measure,
                            const TrappaScoreSummary     summaries[TRAPPA_N_AXES],
                            const TrappaPriorityWeights *weights)
{
  TrappaRankEntry entry = { measure, 0.0, 0 };
  double scores[TRAPPA_N_AXES];

  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    {
      scores[a] = summaries[a].mean;
      entry.n_scored += summaries[a].n > 0;
    }
  entry.priority = trappa_priority_combine (scores, weights);
  return entry;
}

/* With @plan, from the figures kept with it. */
static GArray *
rank (GListModel                  *measures,
      TrappaPlan                  *plan,
      const char                  *group_id,
      const TrappaPriorityWeights *weights)
{
  guint n = g_list_model_get_n_items (measures);
  GArray *ranking = g_array_sized_new (FALSE, FALSE, sizeof (TrappaRankEntry), n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaMeasure) measure = g_list_model_get_item (measures, i);
      TrappaScoreSummary own[TRAPPA_N_AXES];
      const TrappaScoreSummary *summaries = own;
      TrappaRankEntry entry;

      if (plan != NULL)
        summaries = trappa_priority_figures_get (plan, measure, group_id)->summaries;
      else
        trappa_priority_measure_summaries (measure, group_id, own);
      entry = trappa_priority_rank_entry (measure, summaries, weights);
      g_array_append_val (ranking, entry);
    }
  /* g_array_sort is a stable merge sort in GLib ≥ 2.32: ties keep the
   * list order. */
  g_array_sort (ranking, compare_rank);
  return ranking;
}

GArray *
trappa_priority_rank (GListModel                  *measures,
                      const char                  *group_id,
                      const TrappaPriorityWeights *weights)
{
  return rank (measures, NULL, group_id, weights);
}

GArray *
trappa_priority_rank_plan (TrappaPlan                  *plan,
                           const char                  *group_id,
                           const TrappaPriorityWeights *weights)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);
  return rank (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures")), plan, group_id, weights);
}
