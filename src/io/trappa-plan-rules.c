/* trappa-plan-rules.c: what a plan must be beyond each field's own value
 *
 * Each rule is one the rest of the app relies on: the charts draw one
 * staircase of each kind, the projections put each age in one band. (That
 * an effect lands on one step the field itself says: it is one reference.)
 * A file that breaks one is refused with the
 * line, rather than opened and shown wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <inttypes.h> /* PRId64 in _() strings: gettext knows it, not G_GINT64_FORMAT */
#include <glib/gi18n.h>

#include "trappa-measure.h"
#include "trappa-plan-rules.h"
#include "trappa-population.h"
#include "trappa-records.h"

typedef struct
{
  TrappaPlanLines *lines;
  TrappaXmlReport *report;
  GHashTable      *step_kind;  /* step id → its staircase's kind */
  GPtrArray       *steps;      /* the steps of every staircase checked */
} Rules;

typedef struct
{
  TrappaItem *band;
  gint64      min;
  gint64      max;   /* G_MAXINT64 when open-ended */
} Ages;

static void
problem (Rules      *rules,
         TrappaItem *item,
         const char *field,
         TrappaError code,
         const char *format,
         ...) G_GNUC_PRINTF (5, 6);

static void
problem (Rules      *rules,
         TrappaItem *item,
         const char *field,
         TrappaError code,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  trappa_xml_report_add (rules->report, trappa_plan_lines_get (rules->lines, item, field),
                         code, "%s", message);
}

/* The records of @item's list @name, held by the array. */
static GPtrArray *
records_of (TrappaItem *item,
            const char *name)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (item, name));
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (records, g_list_model_get_item (list, i));
  return records;
}

static void
check_period (Rules      *rules,
              TrappaItem *plan)
{
  gint64 start = trappa_item_get_int (plan, "period-start");
  gint64 end = trappa_item_get_int (plan, "period-end");

  /* 0 is "not given". */
  if (start > 0 && end > 0 && end < start)
    problem (rules, plan, "period-end", TRAPPA_ERROR_INVALID_VALUE,
             _("The period ends in %" PRId64 ", before it starts (%" PRId64 ")"), end, start);
}

/* One staircase of each kind; notes which kind each step is of. */
static void
check_staircases (Rules      *rules,
                  TrappaItem *plan)
{
  g_autoptr(GPtrArray) staircases = records_of (plan, "staircases");
  g_autoptr(GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < staircases->len; i++)
    {
      TrappaItem *staircase = staircases->pdata[i];
      const char *kind = trappa_item_get_string (staircase, "kind");
      TrappaItem *seen = g_hash_table_lookup (first, kind);
      g_autoptr(GPtrArray) steps = records_of (staircase, "steps");

      if (seen != NULL)
        {
          guint line = trappa_plan_lines_get (rules->lines, seen, NULL);

          if (g_str_equal (kind, TRAPPA_STAIRCASE_HOUSING))
            problem (rules, staircase, NULL, TRAPPA_ERROR_INVALID_VALUE,
                     _("A plan has one housing staircase; another is on line %u"), line);
          else
            problem (rules, staircase, NULL, TRAPPA_ERROR_INVALID_VALUE,
                     _("A plan has one activity staircase; another is on line %u"), line);
          continue;
        }
      g_hash_table_insert (first, (gpointer) kind, staircase);
      for (guint j = 0; j < steps->len; j++)
        {
          g_hash_table_insert (rules->step_kind, (gpointer) trappa_item_get_id (steps->pdata[j]), (gpointer) kind);
          g_ptr_array_add (rules->steps, g_object_ref (steps->pdata[j]));
        }
    }
}

static gboolean
is_step_of (Rules      *rules,
            const char *id,
            const char *kind)
{
  return id[0] == '\0' || g_strcmp0 (g_hash_table_lookup (rules->step_kind, id), kind) == 0;
}

/* An activity level names the housing steps it is given on; a BEON
 * scenario moves people to a level of the activity staircase. */
static void
check_step_kinds (Rules      *rules,
                  TrappaItem *plan)
{
  g_autoptr(GPtrArray) scenarios = records_of (plan, "beon-scenarios");

  for (guint i = 0; i < rules->steps->len; i++)
    for (const char * const *id = trappa_item_get_strv (rules->steps->pdata[i], "housing-steps"); *id != NULL; id++)
      if (!is_step_of (rules, *id, TRAPPA_STAIRCASE_HOUSING))
        problem (rules, rules->steps->pdata[i], "housing-steps", TRAPPA_ERROR_DANGLING_REFERENCE,
                 _("“%s” refers to “%s”, which is not a step of the housing staircase"), "housing-steps", *id);

  for (guint i = 0; i < scenarios->len; i++)
    {
      const char *level = trappa_item_get_string (scenarios->pdata[i], "level");

      if (!is_step_of (rules, level, TRAPPA_STAIRCASE_ACTIVITY))
        problem (rules, scenarios->pdata[i], "level", TRAPPA_ERROR_DANGLING_REFERENCE,
                 _("“%s” refers to “%s”, which is not a level of the activity staircase"), "level", level);
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
check_age_bands (Rules      *rules,
                 TrappaItem *plan)
{
  g_autoptr(GPtrArray) bands = records_of (plan, "age-bands");
  g_autoptr(GArray) ages = g_array_new (FALSE, FALSE, sizeof (Ages));
  Ages *widest = NULL;

  for (guint i = 0; i < bands->len; i++)
    {
      TrappaItem *band = bands->pdata[i];
      Ages range = { band, trappa_item_get_int (band, "min-age"), trappa_item_get_int (band, "max-age") };

      if (trappa_item_get_boolean (band, "open-ended"))
        range.max = G_MAXINT64;
      else if (range.max < range.min)
        {
          problem (rules, band, "max-age", TRAPPA_ERROR_INVALID_VALUE,
                   _("The age band “%s” has a highest age (%" PRId64 ") below its lowest (%" PRId64 ")"),
                   trappa_item_get_string (band, "name"), range.max, range.min);
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
          TrappaItem *later = range->band, *earlier = widest->band;
          guint later_line = trappa_plan_lines_get (rules->lines, later, NULL);
          guint earlier_line = trappa_plan_lines_get (rules->lines, earlier, NULL);

          /* Named in file order. */
          if (earlier_line > later_line)
            {
              TrappaItem *swap = earlier;

              earlier = later, later = swap;
              earlier_line = trappa_plan_lines_get (rules->lines, earlier, NULL);
            }
          problem (rules, later, NULL, TRAPPA_ERROR_INVALID_VALUE,
                   _("The age bands “%s” (line %u) and “%s” overlap: ages %" PRId64 " to %" PRId64 " are in both"),
                   trappa_item_get_string (earlier, "name"), earlier_line,
                   trappa_item_get_string (later, "name"),
                   range->min, MIN (range->max, widest->max));
          return;
        }
      if (widest == NULL || range->max > widest->max)
        widest = range;
    }
}

void
trappa_plan_rules_check (TrappaPlan      *plan,
                         TrappaPlanLines *lines,
                         TrappaXmlReport *report)
{
  Rules rules = {
    lines, report,
    g_hash_table_new (g_str_hash, g_str_equal),
    g_ptr_array_new_with_free_func (g_object_unref),
  };
  TrappaItem *root = TRAPPA_ITEM (plan);

  check_period (&rules, root);
  check_staircases (&rules, root);
  check_step_kinds (&rules, root);
  check_age_bands (&rules, root);
  g_hash_table_unref (rules.step_kind);
  g_ptr_array_unref (rules.steps);
}
