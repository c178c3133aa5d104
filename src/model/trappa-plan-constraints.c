/* trappa-plan-constraints.c: what a plan must be beyond each field's own
 * value, checked on reading a file and before every edit
 *
 * Each rule is one the rest of the app relies on: the charts draw one
 * staircase of each kind, the projections put each age in one band, a
 * mapping row's step is a housing step. The file reader refuses a file
 * that breaks one (with the line, trappa-plan-rules.c) and the plan
 * refuses an edit that would, so whatever the editors let a user make
 * saves and opens again.
 *
 * An edit is judged before it is made: the rules read the plan through a
 * view that shows the one value or record the edit would change, and
 * only the rules the edit touches run (the plan keeps them all already).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan"

#include <inttypes.h> /* PRId64 in _() strings: gettext knows it, not G_GINT64_FORMAT */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "trappa-limits.h"
#include "trappa-plan-constraints.h"
#include "trappa-population.h"
#include "trappa-reference.h"

typedef struct
{
  TrappaPlan            *plan;
  /* A value about to be set … */
  TrappaItem            *item;
  GParamSpec            *pspec;
  const GValue          *value;
  /* … or records about to be added. */
  TrappaItem            *parent;
  const char            *list_name;
  TrappaItem * const    *added;
  guint                  n_added;
  TrappaPlanProblemFunc  func;
  gpointer               user_data;
  GError                *refusal;  /* an edit's first broken rule */
} Check;

typedef struct
{
  TrappaItem *band;
  guint       position;  /* in the list: the later of two is at fault */
  gint64      min;
  gint64      max;       /* G_MAXINT64 when open-ended */
} Ages;

static void
problem (Check       *check,
         TrappaItem  *item,
         const char  *field,
         TrappaItem  *other,
         TrappaError  code,
         const char  *format,
         ...) G_GNUC_PRINTF (6, 7);

static void
problem (Check       *check,
         TrappaItem  *item,
         const char  *field,
         TrappaItem  *other,
         TrappaError  code,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  TrappaPlanProblem found;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  found = (TrappaPlanProblem) { item, field, other, code, message };
  check->func (&found, check->user_data);
}

/* ---- the plan as the edit would leave it -------------------------------- */

static const GValue *
value_of (Check      *check,
          TrappaItem *item,
          const char *field)
{
  if (item == check->item && g_str_equal (field, check->pspec->name))
    return check->value;
  return trappa_item_peek_value (item, g_object_class_find_property (G_OBJECT_GET_CLASS (item), field));
}

static gint64
int_of (Check      *check,
        TrappaItem *item,
        const char *field)
{
  return g_value_get_int64 (value_of (check, item, field));
}

static const char *
string_of (Check      *check,
           TrappaItem *item,
           const char *field)
{
  const char *s = g_value_get_string (value_of (check, item, field));

  return s != NULL ? s : "";
}

/* The records of @item's list @name, held by the array. */
static GPtrArray *
records_of (Check      *check,
            TrappaItem *item,
            const char *name)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (item, name));
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (records, g_list_model_get_item (list, i));
  for (guint i = 0; item == check->parent && g_str_equal (name, check->list_name) && i < check->n_added; i++)
    g_ptr_array_add (records, g_object_ref (check->added[i]));
  return records;
}

/* ---- the rules ---------------------------------------------------------- */

static void
check_period (Check *check)
{
  TrappaItem *plan = TRAPPA_ITEM (check->plan);
  gint64 start = int_of (check, plan, "period-start");
  gint64 end = int_of (check, plan, "period-end");

  /* 0 is "not given". */
  if (start > 0 && end > 0 && end < start)
    problem (check, plan, "period-end", NULL, TRAPPA_ERROR_INVALID_VALUE,
             _("The period ends in %" PRId64 ", before it starts (%" PRId64 ")"), end, start);
}

/* The action plan's first year lies in the plan period: its four years
 * are the period's first economy plans, and rolling on stops at its end. */
static void
check_action_plan_start (Check *check)
{
  TrappaItem *plan = TRAPPA_ITEM (check->plan);
  gint64 first = int_of (check, plan, "action-plan-start");
  gint64 start = int_of (check, plan, "period-start");
  gint64 end = int_of (check, plan, "period-end");

  if (first <= 0)
    return;
  if (start > 0 && first < start)
    problem (check, plan, "action-plan-start", NULL, TRAPPA_ERROR_INVALID_VALUE,
             _("The action plan starts in %" PRId64 ", before the plan period (%" PRId64 ")"), first, start);
  else if (end > 0 && first > end)
    problem (check, plan, "action-plan-start", NULL, TRAPPA_ERROR_INVALID_VALUE,
             _("The action plan starts in %" PRId64 ", after the plan period ends (%" PRId64 ")"), first, end);
}

static gboolean
steps_in_use (Check      *check,
              TrappaItem *staircase)
{
  g_autoptr(GPtrArray) steps = records_of (check, staircase, "steps");

  for (guint i = 0; i < steps->len; i++)
    {
      g_autoptr(GPtrArray) referrers = trappa_plan_find_referrers (check->plan, trappa_item_get_id (steps->pdata[i]));

      if (referrers->len > 0)
        return TRUE;
    }
  return FALSE;
}

/* One staircase of each kind; a staircase whose steps are named elsewhere
 * keeps its kind, as the names may only be of steps of that kind. */
static void
check_staircases (Check *check)
{
  g_autoptr(GPtrArray) staircases = records_of (check, TRAPPA_ITEM (check->plan), "staircases");
  g_autoptr(GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < staircases->len; i++)
    {
      TrappaItem *staircase = staircases->pdata[i];
      const char *kind = string_of (check, staircase, "kind");
      TrappaItem *seen = g_hash_table_lookup (first, kind);

      if (staircase == check->item && !g_str_equal (kind, trappa_item_get_string (staircase, "kind")) &&
          steps_in_use (check, staircase))
        problem (check, staircase, "kind", NULL, TRAPPA_ERROR_INVALID_VALUE,
                 _("The staircase “%s” keeps its kind while other records name its steps"),
                 trappa_item_get_string (staircase, "name"));
      if (seen == NULL)
        g_hash_table_insert (first, (gpointer) kind, staircase);
      else if (g_str_equal (kind, TRAPPA_STAIRCASE_HOUSING))
        problem (check, staircase, NULL, seen, TRAPPA_ERROR_INVALID_VALUE,
                 _("A plan has one housing staircase; this is a second one"));
      else
        problem (check, staircase, NULL, seen, TRAPPA_ERROR_INVALID_VALUE,
                 _("A plan has one activity staircase; this is a second one"));
    }
}

static int
compare_ages (gconstpointer a,
              gconstpointer b)
{
  const Ages *x = a, *y = b;

  return x->min < y->min ? -1 : x->min > y->min;
}

/* Each age in at most one band, each band from its lowest age up. */
static void
check_age_bands (Check *check)
{
  g_autoptr(GPtrArray) bands = records_of (check, TRAPPA_ITEM (check->plan), "age-bands");
  g_autoptr(GArray) ages = g_array_new (FALSE, FALSE, sizeof (Ages));
  Ages *widest = NULL;

  for (guint i = 0; i < bands->len; i++)
    {
      TrappaItem *band = bands->pdata[i];
      Ages range = { band, i, int_of (check, band, "min-age"), int_of (check, band, "max-age") };

      if (g_value_get_boolean (value_of (check, band, "open-ended")))
        range.max = G_MAXINT64;
      else if (range.max < range.min)
        {
          problem (check, band, "max-age", NULL, TRAPPA_ERROR_INVALID_VALUE,
                   _("The age band “%s” has a highest age (%" PRId64 ") below its lowest (%" PRId64 ")"),
                   string_of (check, band, "name"), range.max, range.min);
          continue;
        }
      g_array_append_val (ages, range);
    }

  /* Sorted by lowest age, a band overlaps an earlier one exactly when it
   * starts at or below the highest age reached so far. */
  g_array_sort (ages, compare_ages);
  for (guint i = 0; i < ages->len; i++)
    {
      Ages *range = &g_array_index (ages, Ages, i);

      if (widest != NULL && range->min <= widest->max)
        {
          /* Named in list order, the later one at fault. */
          Ages *earlier = widest->position < range->position ? widest : range;
          Ages *later = earlier == widest ? range : widest;

          problem (check, later->band, NULL, earlier->band, TRAPPA_ERROR_INVALID_VALUE,
                   _("The age bands “%s” and “%s” overlap: ages %" PRId64 " to %" PRId64 " are in both"),
                   string_of (check, earlier->band, "name"), string_of (check, later->band, "name"),
                   range->min, MIN (range->max, widest->max));
          return;
        }
      if (widest == NULL || range->max > widest->max)
        widest = range;
    }
}

/* The reference fields' scopes (trappa_param_spec_rules) for a whole
 * plan; an edit of one is checked by trappa_plan_set_value() itself. */
typedef struct
{
  Check      *check;
  GHashTable *allowed;  /* pspec → the records it may name by id, computed once */
} Scopes;

/* The records in the lists @pspec may name, by id (the first of an id
 * repeated, as the plan's index has it). */
static GHashTable *
allowed_records (TrappaPlan *plan,
                 GParamSpec *pspec)
{
  g_autoptr(GPtrArray) lists = trappa_reference_lists (plan, pspec);
  GHashTable *records = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < lists->len; i++)
    {
      GListModel *list = lists->pdata[i];
      guint n = g_list_model_get_n_items (list);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TrappaItem) record = g_list_model_get_item (list, j);
          const char *id = trappa_item_get_id (record);

          if (!g_hash_table_contains (records, id))
            g_hash_table_insert (records, (gpointer) id, record);
        }
    }
  return records;
}

/* Without the plan's index, which a plan just read would build for this
 * alone: the records in scope are few lists, looked up by id. */
static gboolean
in_scope (Scopes     *scopes,
          GParamSpec *pspec,
          const char *id)
{
  GHashTable *allowed = g_hash_table_lookup (scopes->allowed, pspec);
  TrappaItem *target;

  if (allowed == NULL)
    {
      allowed = allowed_records (scopes->check->plan, pspec);
      g_hash_table_insert (scopes->allowed, pspec, allowed);
    }
  target = g_hash_table_lookup (allowed, id);
  if (target != NULL)
    return G_TYPE_CHECK_INSTANCE_TYPE (target, trappa_param_spec_get_reference_type (pspec));
  /* A missing record is the reader's to report, with the kind it wanted. */
  return trappa_plan_lookup (scopes->check->plan, id) == NULL;
}

static gboolean
check_scopes_of (TrappaItem *item,
                 gpointer    user_data)
{
  Scopes *scopes = user_data;
  guint n;
  GParamSpec **props = trappa_item_class_get_props (TRAPPA_ITEM_GET_CLASS (item), &n);

  for (guint i = 0; i < n; i++)
    {
      const char *single[2] = { NULL, NULL };
      const char * const *ids = single;

      if (trappa_param_spec_get_reference_type (props[i]) == G_TYPE_INVALID)
        continue;
      if (G_PARAM_SPEC_VALUE_TYPE (props[i]) == G_TYPE_STRV)
        ids = trappa_item_get_strv (item, props[i]->name);
      else
        single[0] = trappa_item_get_string (item, props[i]->name);
      for (guint j = 0; ids[j] != NULL; j++)
        if (ids[j][0] != '\0' && !in_scope (scopes, props[i], ids[j]))
          problem (scopes->check, item, props[i]->name, NULL, TRAPPA_ERROR_DANGLING_REFERENCE,
                   _("“%s” cannot refer to “%s”"), props[i]->name, ids[j]);
    }
  return TRUE;
}

static void
check_scopes (Check *check)
{
  Scopes scopes = { check, g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref) };

  trappa_item_foreach (TRAPPA_ITEM (check->plan), check_scopes_of, &scopes);
  g_hash_table_unref (scopes.allowed);
}

gboolean
trappa_plan_constraints_is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > TRAPPA_MAX_ID_LENGTH || !(g_ascii_isalpha (id[0]) || id[0] == '_'))
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!g_ascii_isalnum (id[i]) && !strchr ("-_.", id[i]))
      return FALSE;
  return TRUE;
}

/* An id is what files and references know a record by: valid, its own,
 * and kept while other records name it (they would point at nothing). */
static void
check_id (Check *check)
{
  const char *id = string_of (check, check->item, "id");
  TrappaItem *holder = trappa_plan_lookup (check->plan, id);
  g_autoptr(GPtrArray) referrers = NULL;

  if (!trappa_plan_constraints_is_valid_id (id))
    {
      problem (check, check->item, "id", NULL, TRAPPA_ERROR_INVALID_VALUE,
               _("“%s” is not a valid id (at most %d characters: a letter a–z or “_” first, "
                 "then letters a–z, digits, “-”, “_” or “.”)"),
               id, TRAPPA_MAX_ID_LENGTH);
      return;
    }
  if (holder != NULL && holder != check->item)
    {
      problem (check, check->item, "id", holder, TRAPPA_ERROR_DUPLICATE_ID,
               _("The id “%s” is in use already"), id);
      return;
    }
  referrers = trappa_plan_find_referrers (check->plan, trappa_item_get_id (check->item));
  if (referrers->len > 0)
    problem (check, check->item, "id", referrers->pdata[0], TRAPPA_ERROR_INVALID_VALUE,
             _("The id “%s” stays while other records name it"), trappa_item_get_id (check->item));
}

/* A list of references names each record once. */
static void
check_repeats (Check *check)
{
  const char * const *ids = g_value_get_boxed (check->value);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (!g_hash_table_add (seen, (gpointer) ids[i]))
      {
        problem (check, check->item, check->pspec->name, NULL, TRAPPA_ERROR_INVALID_VALUE,
                 _("“%s” lists “%s” twice"), check->pspec->name, ids[i]);
        return;
      }
}

/* Which edits may break each rule: a field of a kind of record, or adding
 * a record to a list of the plan. */
static const struct
{
  const char *tag;
  const char *fields[4];
  const char *list;
  void      (*check) (Check *check);
} rules[] = {
  { "plan", { "period-start", "period-end" }, NULL, check_period },
  { "plan", { "period-start", "period-end", "action-plan-start" }, NULL, check_action_plan_start },
  { "staircase", { "kind" }, "staircases", check_staircases },
  { "age-band", { "min-age", "max-age", "open-ended" }, "age-bands", check_age_bands },
};

/* ---- public ------------------------------------------------------------- */

void
trappa_plan_constraints_check (TrappaPlan            *plan,
                               TrappaPlanProblemFunc  func,
                               gpointer               user_data)
{
  Check check = { .plan = plan, .func = func, .user_data = user_data };

  g_return_if_fail (TRAPPA_IS_PLAN (plan));

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    rules[i].check (&check);
  check_scopes (&check);
}

static void
refuse (const TrappaPlanProblem *problem,
        gpointer                 user_data)
{
  Check *check = user_data;

  if (check->refusal == NULL)
    g_set_error_literal (&check->refusal, TRAPPA_ERROR, problem->code, problem->message);
}

static gboolean
run_touched (Check       *check,
             const char  *tag,
             GError     **error)
{
  check->func = refuse;
  check->user_data = check;
  for (guint i = 0; i < G_N_ELEMENTS (rules) && check->refusal == NULL; i++)
    {
      gboolean touched = FALSE;

      if (!g_str_equal (rules[i].tag, tag))
        continue;
      if (check->pspec != NULL)
        for (guint f = 0; f < G_N_ELEMENTS (rules[i].fields) && rules[i].fields[f] != NULL; f++)
          touched |= g_str_equal (rules[i].fields[f], check->pspec->name);
      else
        touched = g_strcmp0 (rules[i].list, check->list_name) == 0;
      if (touched)
        rules[i].check (check);
    }
  if (check->refusal == NULL)
    return TRUE;
  g_propagate_error (error, check->refusal);
  return FALSE;
}

gboolean
trappa_plan_constraints_allow_set (TrappaPlan    *plan,
                                   TrappaItem    *item,
                                   GParamSpec    *pspec,
                                   const GValue  *value,
                                   GError       **error)
{
  Check check = { .plan = plan, .item = item, .pspec = pspec, .value = value };

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), FALSE);

  /* Rules of one field, whatever its record. */
  check.func = refuse;
  check.user_data = &check;
  if (g_str_equal (pspec->name, "id"))
    check_id (&check);
  else if (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID &&
           G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV)
    check_repeats (&check);
  if (check.refusal != NULL)
    {
      g_propagate_error (error, check.refusal);
      return FALSE;
    }
  return run_touched (&check, trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (item)), error);
}

gboolean
trappa_plan_constraints_allow_insert (TrappaPlan         *plan,
                                      TrappaItem         *parent,
                                      const char         *list_name,
                                      TrappaItem * const *items,
                                      guint               n_items,
                                      GError            **error)
{
  Check check = { .plan = plan, .parent = parent, .list_name = list_name, .added = items, .n_added = n_items };

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), FALSE);
  /* The rules' lists are the plan's own. */
  if (parent != TRAPPA_ITEM (plan) || n_items == 0)
    return TRUE;
  return run_touched (&check, trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (items[n_items - 1])), error);
}

void
trappa_plan_constraints_fit_new (TrappaPlan *plan,
                                 TrappaItem *parent,
                                 const char *list_name,
                                 TrappaItem *item)
{
  GListModel *bands;
  gint64 next = 0;

  g_return_if_fail (TRAPPA_IS_PLAN (plan));

  if (parent != TRAPPA_ITEM (plan) || !g_str_equal (list_name, "age-bands") || !TRAPPA_IS_AGE_BAND (item))
    return;
  bands = G_LIST_MODEL (trappa_item_get_list (parent, list_name));
  for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
    {
      g_autoptr(TrappaItem) band = g_list_model_get_item (bands, i);

      next = trappa_item_get_boolean (band, "open-ended")
             ? G_MAXINT64
             : MAX (next, trappa_item_get_int (band, "max-age") + 1);
      if (next == G_MAXINT64)
        break;
    }
  /* Past the oldest age there is no room: the insert says so. */
  if (next <= TRAPPA_MAX_AGE)
    g_object_set (item, "min-age", next, "max-age", next, NULL);
}
