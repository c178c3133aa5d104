/* trappa-needs-figures.c: every need, supply and gap figure of a plan, for
 * one population scenario
 *
 * A step's need is a sum of terms. A term is value × population(Y) ÷ d:
 * a mapping row (value = its units today + uncovered need now, d = its
 * band's population in the base year) or a coverage setting (today's
 * units over the base-year population, or the target ratio over 10 000). Each
 * compensating measure that reaches a term multiplies it by (100 − p)/100.
 * The sum is an exact fraction (128-bit), rounded half up once per step
 * and year; see docs/needs.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-needs-figures"

#include <inttypes.h>
#include <math.h>
#include <glib/gi18n-lib.h>

#include "trappa-needs-figures.h"
#include "trappa-needs.h"
#include "trappa-measure.h"

__extension__ typedef unsigned __int128 Wide;

struct _TrappaNeedsFigures
{
  GObject    parent_instance;
  char      *scenario;
  char      *source;
  gboolean   has_series;
  gint64     base_year;
  gint64     horizon;
  GPtrArray *steps;      /* TrappaNeedsStep */
  GHashTable *by_id;     /* step id → TrappaNeedsStep, borrowed */
  GPtrArray *messages;   /* char * */
};

G_DEFINE_FINAL_TYPE (TrappaNeedsFigures, trappa_needs_figures, G_TYPE_OBJECT)

/* ---- exact sums ------------------------------------------------------- */

/* A non-negative fraction. Real plans stay far inside 128 bits; should a
 * pathological one not (many compounding measures on three bands), the
 * sum goes on in long double, which still rounds whole units right. */
typedef struct
{
  Wide        num, den;
  gboolean    overflow;
  long double approx;
} Fraction;

static Wide
gcd (Wide a,
     Wide b)
{
  /* Most figures fit in 64 bits, whose division is a few times faster. */
  if ((a >> 64) == 0 && (b >> 64) == 0)
    {
      guint64 x = (guint64) a, y = (guint64) b;

      while (y != 0)
        {
          guint64 t = x % y;

          x = y;
          y = t;
        }
      return x;
    }
  while (b != 0)
    {
      Wide t = a % b;

      a = b;
      b = t;
    }
  return a;
}

/* @f × @g, in lowest terms. */
static void
fraction_multiply (Fraction       *f,
                   const Fraction *g)
{
  Wide g1 = gcd (f->num, g->den), g2 = gcd (g->num, f->den);

  f->approx *= g->approx;
  if (f->overflow || g->overflow)
    {
      f->overflow = TRUE;
      return;
    }
  if (__builtin_mul_overflow (f->num / g1, g->num / g2, &f->num) ||
      __builtin_mul_overflow (f->den / g2, g->den / g1, &f->den))
    f->overflow = TRUE;
}

/* @f × @num ÷ @den, in lowest terms. */
static void
fraction_scale (Fraction *f,
                gint64    num,
                gint64    den)
{
  Fraction g = { .num = (Wide) num, .den = (Wide) den, .approx = (long double) num / den };

  fraction_multiply (f, &g);
}

static void
fraction_add (Fraction       *sum,
              const Fraction *term)
{
  Wide g, a, b, d;

  sum->approx += term->approx;
  if (sum->overflow || term->overflow)
    {
      sum->overflow = TRUE;
      return;
    }
  g = gcd (sum->den, term->den);
  if (__builtin_mul_overflow (sum->num, term->den / g, &a) ||
      __builtin_mul_overflow (term->num, sum->den / g, &b) ||
      __builtin_add_overflow (a, b, &a) ||
      __builtin_mul_overflow (sum->den / g, term->den, &d))
    {
      sum->overflow = TRUE;
      return;
    }
  g = gcd (a, d);
  sum->num = a / g;
  sum->den = d / g;
}

/* Rounded half up: 2.5 → 3, 2.49… → 2. */
static gint64
fraction_round (const Fraction *f)
{
  Wide q, r;

  if (f->overflow)
    return (gint64) floorl (f->approx + 0.5L);
  q = f->num / f->den;
  r = f->num % f->den;
  return (gint64) q + (r >= f->den - r ? 1 : 0);
}

/* ---- the plan's inputs -------------------------------------------------- */

typedef struct
{
  const char         *step_id;
  const char * const *groups;   /* none: every term of the step */
  gint64              year;
  gint64              percent;
  gint64              units;
  gboolean            adopted;
} Effect;

typedef struct
{
  const char *band;     /* "" = the whole population */
  const char *group;    /* "" = no target group */
  gint64      value;
  gint64      fixed_den; /* 0: the band's base-year population */
} Term;

typedef struct
{
  TrappaPlan             *plan;
  TrappaPopulationSeries *series;
  TrappaNeedsFigures     *out;
  GHashTable             *populations; /* band id → GArray of gint64, −1 unknown */
  gint64                  growth_from; /* the base year, or the series' first year after it */
  GHashTable             *group_bands; /* group id → band id */
  GHashTable             *rows;        /* step id → GPtrArray of mapping rows */
  GHashTable             *effects;     /* step id → GArray of Effect, in the measures' order */
} Builder;

static GListModel *
plan_list (TrappaPlan *plan,
           const char *name)
{
  return G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), name));
}

/* Population of @band in @year, or −1. */
static gint64
population (Builder    *b,
            const char *band,
            gint64      year)
{
  GArray *years = g_hash_table_lookup (b->populations, band);
  gint64 i = year - b->out->base_year;

  if (years == NULL || i < 0 || i >= years->len)
    return -1;
  return g_array_index (years, gint64, i);
}

static GArray *
band_years (Builder    *b,
            const char *band)
{
  GArray *years = g_hash_table_lookup (b->populations, band);
  guint n = b->out->horizon - b->out->base_year + 1;

  if (years == NULL)
    {
      years = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
      g_array_set_size (years, n);
      for (guint i = 0; i < n; i++)
        g_array_index (years, gint64, i) = -1;
      g_hash_table_insert (b->populations, (gpointer) band, years);
    }
  return years;
}

/* Every band's population per year, and the whole population ("") as the
 * sum of the bands, known only where every band is. */
static void
collect_populations (Builder *b)
{
  GListModel *bands = plan_list (b->plan, "age-bands");
  GListModel *values;
  GArray *whole;
  guint n_years = b->out->horizon - b->out->base_year + 1;

  b->populations = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  whole = band_years (b, "");
  if (b->series == NULL)
    return;
  values = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (b->series), "values"));
  b->growth_from = G_MAXINT64;
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(TrappaItem) value = g_list_model_get_item (values, i);
      gint64 at = trappa_item_get_int (value, "year") - b->out->base_year;

      if (at < 0 || at >= n_years)
        continue;
      g_array_index (band_years (b, trappa_item_get_string (value, "band")), gint64, at) =
        trappa_item_get_int (value, "count");
      b->growth_from = MIN (b->growth_from, b->out->base_year + at);
    }
  if (b->growth_from == G_MAXINT64)
    b->growth_from = b->out->base_year;
  else if (b->growth_from > b->out->base_year)
    g_ptr_array_add (b->out->messages, trappa_needs_late_series_rule (b->growth_from, b->out->base_year));
  for (guint y = 0; y < n_years; y++)
    {
      gint64 total = g_list_model_get_n_items (bands) > 0 ? 0 : -1;

      for (guint i = 0; total >= 0 && i < g_list_model_get_n_items (bands); i++)
        {
          g_autoptr(TrappaItem) band = g_list_model_get_item (bands, i);
          gint64 count = g_array_index (band_years (b, trappa_item_get_id (band)), gint64, y);

          total = count < 0 ? -1 : total + count;
        }
      g_array_index (whole, gint64, y) = total;
    }
}

static void
collect_groups_and_rows (Builder *b)
{
  GListModel *groups = plan_list (b->plan, "target-groups");
  GListModel *rows = plan_list (b->plan, "mapping-rows");

  b->group_bands = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TrappaItem) group = g_list_model_get_item (groups, i);
      const char * const *band = trappa_item_get_strv (group, "age-band");

      g_hash_table_insert (b->group_bands, (gpointer) trappa_item_get_id (group),
                           (gpointer) (band[0] != NULL ? band[0] : ""));
    }
  b->rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      TrappaItem *row = g_list_model_get_item (rows, i);
      const char *step = trappa_item_get_string (row, "step");
      GPtrArray *list = g_hash_table_lookup (b->rows, step);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (b->rows, (gpointer) step, list);
        }
      g_ptr_array_add (list, row);
    }
}

static void
collect_effects (Builder *b)
{
  GListModel *measures = plan_list (b->plan, "measures");
  gint64 period_start = trappa_item_get_int (TRAPPA_ITEM (b->plan), "period-start");

  /* Grouped by step: each step and year reads only its own measures'
   * effects (walking every measure for each took 90 ms with 1,000). */
  b->effects = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);
      const char *kind = trappa_item_get_string (measure, "effect-kind");
      Effect e = {
        .step_id = trappa_measure_get_effect_step (TRAPPA_MEASURE (measure)),
        .groups = trappa_item_get_strv (measure, "target-groups"),
        .year = trappa_item_get_int (measure, "effect-year"),
        .adopted = trappa_needs_status_is_adopted (trappa_item_get_string (measure, "status")),
      };
      GArray *list;

      if (e.step_id == NULL)
        continue;
      if (e.year == 0)
        e.year = period_start;
      if (g_strcmp0 (kind, TRAPPA_EFFECT_UNITS_ADDED) == 0)
        e.units = trappa_item_get_int (measure, "effect-units");
      else if (g_strcmp0 (kind, TRAPPA_EFFECT_NEED_REDUCED) == 0)
        e.percent = trappa_item_get_int (measure, "effect-percent");
      else
        continue;
      list = g_hash_table_lookup (b->effects, e.step_id);
      if (list == NULL)
        {
          list = g_array_new (FALSE, TRUE, sizeof (Effect));
          g_hash_table_insert (b->effects, (gpointer) e.step_id, list);
        }
      g_array_append_val (list, e);
    }
}

/* ---- one step ----------------------------------------------------------- */

static void
step_free (TrappaNeedsStep *step)
{
  g_free (step->step_id);
  g_clear_pointer (&step->years, g_array_unref);
  g_free (step);
}

static const char *
term_band_of_group (Builder    *b,
                    const char *group,
                    const char *step_band)
{
  const char *band;

  if (group == NULL || *group == '\0')
    return step_band;
  band = g_hash_table_lookup (b->group_bands, group);
  return band != NULL ? band : "";
}

/* The terms of a step with mapping rows: one per row. */
static GArray *
mapped_terms (Builder         *b,
              TrappaNeedsStep *step,
              const char      *step_name,
              GPtrArray       *rows,
              const char      *step_band)
{
  GArray *terms = g_array_new (FALSE, TRUE, sizeof (Term));
  gint64 row_units = 0, need_period = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      TrappaItem *row = rows->pdata[i];
      const char *group = trappa_item_get_string (row, "target-group");
      Term t = {
        .band = term_band_of_group (b, group, step_band),
        .group = group,
        .value = trappa_item_get_int (row, "units-today") + trappa_item_get_int (row, "uncovered-now"),
      };

      row_units += trappa_item_get_int (row, "units-today");
      step->uncovered_now += trappa_item_get_int (row, "uncovered-now");
      need_period += trappa_item_get_int (row, "need-period");
      g_array_append_val (terms, t);
    }
  /* The rows hold the need; the step's units are its supply. When the two
   * counts of units today differ, the base-year gap is not the mapped
   * uncovered need, so say so. */
  if (row_units != step->units_today)
    g_ptr_array_add (b->out->messages,
                     g_strdup_printf (_("“%s”: its mapping rows count %" PRId64 " units today, the step %" PRId64),
                                      step_name, row_units, step->units_today));
  step->mapped_period = step->units_today + need_period;
  return terms;
}

static gboolean
reaches (const Effect    *e,
         const Term      *t,
         TrappaNeedsRule  rule)
{
  /* A coverage setting has no groups: a measure on the step reaches all of it. */
  if (rule == TRAPPA_NEEDS_RULE_COVERAGE || e->groups == NULL || e->groups[0] == NULL)
    return TRUE;
  return *t->group != '\0' && g_strv_contains (e->groups, t->group);
}

/* A compensating measure's factor on a term, from its year on. */
typedef struct
{
  gint64   year;
  Fraction factor;   /* (100 − percent) / 100, in lowest terms */
} Reduction;

static int
compare_reductions (gconstpointer a,
                    gconstpointer b)
{
  const Reduction *ra = a, *rb = b;

  return (ra->year > rb->year) - (ra->year < rb->year);
}

/* The measures of @effects that reduce @t, adopted ones only or (@pass
 * 2) proposals too, by year. */
static GArray *
reductions_of (GArray          *effects,
               const Term      *t,
               TrappaNeedsRule  rule,
               guint            pass)
{
  GArray *reductions = g_array_new (FALSE, FALSE, sizeof (Reduction));

  for (guint i = 0; effects != NULL && i < effects->len; i++)
    {
      const Effect *e = &g_array_index (effects, Effect, i);
      Wide num = (Wide) (100 - e->percent), g = gcd (num, 100);
      Reduction r = { e->year, { .num = num / g, .den = 100 / g, .approx = (100 - e->percent) / 100.0L } };

      if (e->percent > 0 && (e->adopted || pass == 2) && reaches (e, t, rule))
        g_array_append_val (reductions, r);
    }
  g_array_sort (reductions, compare_reductions);
  return reductions;
}

/* Adds the term's value in each year to that year's three needs (@sums,
 * three a year), reduced by the step's @effects (may be NULL); a year
 * whose population it needs is unknown becomes unknown. The reductions
 * of a year are those of the year before and the measures starting in
 * it: a product kept from year to year instead of one per year (the
 * same fraction, as the product of exact fractions). */
static void
add_term (Builder         *b,
          TrappaNeedsStep *step,
          GArray          *effects,
          const Term      *t,
          Fraction        *sums,
          gboolean        *known)
{
  gint64 base = t->fixed_den > 0 ? t->fixed_den : population (b, t->band, b->growth_from);
  GArray *reductions[2] = { reductions_of (effects, t, step->rule, 1), reductions_of (effects, t, step->rule, 2) };
  Fraction product[2] = { { .num = 1, .den = 1, .approx = 1 }, { .num = 1, .den = 1, .approx = 1 } };
  guint next[2] = { 0, 0 };

  for (gint64 year = b->out->base_year, y = 0; year <= b->out->horizon; year++, y++)
    {
      Fraction value = { .num = (Wide) t->value, .den = 1, .approx = t->value };

      for (guint p = 0; p < 2; p++)
        for (; next[p] < reductions[p]->len && g_array_index (reductions[p], Reduction, next[p]).year <= year; next[p]++)
          fraction_multiply (&product[p], &g_array_index (reductions[p], Reduction, next[p]).factor);
      if (!known[y])
        continue;
      /* Growth is counted from the first year the series has (the base
       * year, unless the series starts later); before it the base demand
       * holds. */
      if (t->fixed_den > 0 || year > b->growth_from)
        {
          gint64 now = population (b, t->band, year);

          if (now < 0 || base <= 0)
            {
              known[y] = FALSE;
              continue;
            }
          fraction_scale (&value, now, base);
        }
      fraction_add (&sums[3 * y], &value);
      for (guint p = 0; p < 2; p++)
        {
          Fraction reduced = value;

          if (next[p] > 0)  /* else no measure reduces it yet */
            fraction_multiply (&reduced, &product[p]);
          fraction_add (&sums[3 * y + 1 + p], &reduced);
        }
    }
  g_array_unref (reductions[0]);
  g_array_unref (reductions[1]);
}

static void
fill_supply (TrappaNeedsStep *step,
             GArray          *effects,
             TrappaNeedsYear *y)
{
  y->supply = y->supply_proposed = step->units_today;
  for (guint i = 0; effects != NULL && i < effects->len; i++)
    {
      const Effect *e = &g_array_index (effects, Effect, i);

      if (e->units == 0 || e->year > y->year)
        continue;
      y->supply_proposed += e->units;
      if (e->adopted)
        y->supply += e->units;
    }
}

static void
compute_years (Builder         *b,
               TrappaNeedsStep *step,
               GArray          *terms)
{
  GArray *effects = g_hash_table_lookup (b->effects, step->step_id);
  guint n = b->out->horizon - b->out->base_year + 1;
  g_autofree Fraction *sums = g_new (Fraction, 3 * n);
  g_autofree gboolean *known = g_new (gboolean, n);

  for (guint i = 0; i < 3 * n; i++)
    sums[i] = (Fraction) { .den = 1 };
  for (guint y = 0; y < n; y++)
    known[y] = step->rule != TRAPPA_NEEDS_RULE_NONE;
  for (guint i = 0; step->rule != TRAPPA_NEEDS_RULE_NONE && i < terms->len; i++)
    add_term (b, step, effects, &g_array_index (terms, Term, i), sums, known);

  step->years = g_array_sized_new (FALSE, TRUE, sizeof (TrappaNeedsYear), n);
  for (guint i = 0; i < n; i++)
    {
      TrappaNeedsYear y = { .year = b->out->base_year + i, .known = known[i] };

      fill_supply (step, effects, &y);
      if (y.known)
        {
          y.need = fraction_round (&sums[3 * i]);
          y.need_adopted = fraction_round (&sums[3 * i + 1]);
          y.need_proposed = fraction_round (&sums[3 * i + 2]);
          y.gap = MAX (y.need_adopted - y.supply, 0);
          y.gap_proposed = MAX (y.need_proposed - y.supply_proposed, 0);
        }
      g_array_append_val (step->years, y);
    }
}

static void
add_step (Builder    *b,
          TrappaItem *item,
          const char *kind)
{
  TrappaNeedsStep *step = g_new0 (TrappaNeedsStep, 1);
  TrappaItem *coverage = TRAPPA_ITEM (trappa_needs_find_coverage (b->plan, trappa_item_get_id (item)));
  const char *step_band = coverage != NULL ? trappa_item_get_string (coverage, "band") : "";
  GPtrArray *rows = g_hash_table_lookup (b->rows, trappa_item_get_id (item));
  g_autoptr(GArray) terms = NULL;

  step->step_id = g_strdup (trappa_item_get_id (item));
  step->kind = kind;
  step->units_today = trappa_step_get_units_total (TRAPPA_STEP (item));
  step->mapped_period = -1;
  if (rows != NULL)
    {
      step->rule = TRAPPA_NEEDS_RULE_MAPPED;
      terms = mapped_terms (b, step, trappa_item_get_string (item, "name"), rows, step_band);
    }
  else
    {
      terms = g_array_new (FALSE, TRUE, sizeof (Term));
      if (coverage != NULL)
        {
          gboolean target = trappa_item_get_boolean (coverage, "use-target");
          Term t = {
            .band = step_band,
            .group = "",
            .value = target ? trappa_item_get_int (coverage, "target-ratio") : step->units_today,
            .fixed_den = target ? TRAPPA_RATIO_SCALE : 0,
          };

          step->rule = TRAPPA_NEEDS_RULE_COVERAGE;
          g_array_append_val (terms, t);
        }
    }
  compute_years (b, step, terms);
  g_ptr_array_add (b->out->steps, step);
  g_hash_table_insert (b->out->by_id, step->step_id, step);
}

static void
add_staircase (Builder    *b,
               const char *kind)
{
  TrappaStaircase *staircase = trappa_plan_get_staircase (b->plan, kind);
  GListModel *steps;

  if (staircase == NULL)
    return;
  steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (staircase), "steps"));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);

      add_step (b, step, kind);
    }
}

/* ---- the object --------------------------------------------------------- */

static void
trappa_needs_figures_finalize (GObject *object)
{
  TrappaNeedsFigures *self = TRAPPA_NEEDS_FIGURES (object);

  g_free (self->scenario);
  g_free (self->source);
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->steps);
  g_ptr_array_unref (self->messages);
  G_OBJECT_CLASS (trappa_needs_figures_parent_class)->finalize (object);
}

static void
trappa_needs_figures_class_init (TrappaNeedsFiguresClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trappa_needs_figures_finalize;
}

static void
trappa_needs_figures_init (TrappaNeedsFigures *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->messages = g_ptr_array_new_with_free_func (g_free);
}

TrappaNeedsFigures *
trappa_needs_figures_compute (TrappaPlan             *plan,
                              TrappaPopulationSeries *series)
{
  TrappaNeedsFigures *self = g_object_new (TRAPPA_TYPE_NEEDS_FIGURES, NULL);
  Builder b = { .plan = plan, .series = series, .out = self };

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  self->has_series = series != NULL;
  self->scenario = g_strdup (series != NULL ? trappa_item_get_string (TRAPPA_ITEM (series), "scenario") : "");
  self->source = g_strdup (series != NULL ? trappa_item_get_string (TRAPPA_ITEM (series), "source") : "");
  self->base_year = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");
  self->horizon = trappa_item_get_int (TRAPPA_ITEM (plan), "horizon");
  if (self->base_year == 0 || self->horizon < self->base_year)
    {
      g_ptr_array_add (self->messages,
                       g_strdup_printf (_("The plan's base year (%" PRId64 ") must be given and not after its horizon (%" PRId64 ")"),
                                        self->base_year, self->horizon));
      self->horizon = self->base_year - 1;  /* no years */
    }

  b.growth_from = self->base_year;
  collect_populations (&b);
  collect_groups_and_rows (&b);
  collect_effects (&b);
  add_staircase (&b, TRAPPA_STAIRCASE_HOUSING);
  add_staircase (&b, TRAPPA_STAIRCASE_ACTIVITY);

  g_hash_table_unref (b.populations);
  g_hash_table_unref (b.group_bands);
  g_hash_table_unref (b.rows);
  g_hash_table_unref (b.effects);
  return self;
}

/* The figures shared by everything that shows them: per plan, one per
 * scenario, dropped when the plan's revision moves on after a change
 * that can move a need. A score never does: a card moved on the priority
 * grid keeps them, so the charts a card move lays out again need not
 * compute them anew; nor do the gap pane's texts and BEON scenarios,
 * which the figures do not read, so their edits keep them too. */
typedef struct
{
  guint64     revision;
  gboolean    stale;        /* an input changed since they were computed */
  GHashTable *by_scenario;  /* scenario → TrappaNeedsFigures */
} Cache;

static void
on_will_change (TrappaPlan *plan,
                TrappaItem *item,
                GParamSpec *pspec,
                GListStore *list,
                Cache      *cache)
{
  GType type = item != NULL ? G_OBJECT_TYPE (item) : g_list_model_get_item_type (G_LIST_MODEL (list));

  if (type != TRAPPA_TYPE_SCORE && type != TRAPPA_TYPE_GAP_TEXT && type != TRAPPA_TYPE_BEON_SCENARIO)
    cache->stale = TRUE;
}

static GQuark cache_quark (void);
G_DEFINE_QUARK (trappa-needs-figures, cache)

static gpointer
cache_new (void)
{
  Cache *cache = g_new0 (Cache, 1);

  cache->by_scenario = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return cache;
}

static void
cache_free (Cache *cache)
{
  g_hash_table_unref (cache->by_scenario);
  g_free (cache);
}

static char *
known_scenarios (TrappaPlan *plan)
{
  GListModel *series = plan_list (plan, "population-series");
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      g_autoptr(TrappaItem) s = g_list_model_get_item (series, i);

      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, trappa_item_get_string (s, "scenario"));
    }
  return g_string_free (out, FALSE);
}

TrappaNeedsFigures *
trappa_needs_figures_get (TrappaPlan  *plan,
                          const char  *scenario,
                          GError     **error)
{
  Cache *cache;
  TrappaPopulationSeries *series = trappa_needs_find_series (plan, scenario);
  const char *key;
  TrappaNeedsFigures *figures;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  if (scenario != NULL && series == NULL)
    {
      g_autofree char *known = known_scenarios (plan);

      if (*known == '\0')
        g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                     _("The plan has no population scenario “%s”: it has no population projection"), scenario);
      else
        /* TRANSLATORS: the scenario asked for, then the plan's, e.g. "MMMM, LLML" */
        g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                     _("The plan has no population scenario “%s”; it has %s"), scenario, known);
      return NULL;
    }
  cache = trappa_plan_keep (plan, cache_quark (), cache_new, (GDestroyNotify) cache_free,
                            G_CALLBACK (on_will_change));
  if (cache->revision != trappa_plan_get_revision (plan))
    {
      if (cache->stale)
        g_hash_table_remove_all (cache->by_scenario);
      cache->revision = trappa_plan_get_revision (plan);
      cache->stale = FALSE;
    }

  key = series != NULL ? trappa_item_get_id (TRAPPA_ITEM (series)) : "";
  figures = g_hash_table_lookup (cache->by_scenario, key);
  if (figures == NULL)
    {
      figures = trappa_needs_figures_compute (plan, series);
      g_hash_table_insert (cache->by_scenario, g_strdup (key), figures);
    }
  return g_object_ref (figures);
}

const char *
trappa_needs_figures_get_scenario (TrappaNeedsFigures *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), NULL);
  return self->scenario;
}

const char *
trappa_needs_figures_get_source (TrappaNeedsFigures *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), NULL);
  return self->source;
}

gboolean
trappa_needs_figures_has_series (TrappaNeedsFigures *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), FALSE);
  return self->has_series;
}

gint64
trappa_needs_figures_get_base_year (TrappaNeedsFigures *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), 0);
  return self->base_year;
}

gint64
trappa_needs_figures_get_horizon (TrappaNeedsFigures *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), 0);
  return self->horizon;
}

guint
trappa_needs_figures_get_n_steps (TrappaNeedsFigures *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), 0);
  return self->steps->len;
}

const TrappaNeedsStep *
trappa_needs_figures_get_step_at (TrappaNeedsFigures *self,
                                  guint               i)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), NULL);
  g_return_val_if_fail (i < self->steps->len, NULL);
  return self->steps->pdata[i];
}

const TrappaNeedsStep *
trappa_needs_figures_get_step (TrappaNeedsFigures *self,
                               const char         *step_id)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), NULL);
  return step_id != NULL ? g_hash_table_lookup (self->by_id, step_id) : NULL;
}

GPtrArray *
trappa_needs_figures_get_messages (TrappaNeedsFigures *self)
{
  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), NULL);
  return self->messages;
}

const TrappaNeedsYear *
trappa_needs_step_get_year (const TrappaNeedsStep *step,
                            gint64                 year)
{
  const TrappaNeedsYear *first;

  if (step == NULL || step->years->len == 0)
    return NULL;
  first = &g_array_index (step->years, TrappaNeedsYear, 0);
  if (year < first->year || year - first->year >= step->years->len)
    return NULL;
  return &g_array_index (step->years, TrappaNeedsYear, year - first->year);
}

gboolean
trappa_needs_step_is_known (const TrappaNeedsStep *step,
                            gint64                 year)
{
  const TrappaNeedsYear *y = trappa_needs_step_get_year (step, year);

  return y != NULL && y->known;
}

gboolean
trappa_needs_figures_sum (TrappaNeedsFigures *self,
                          const char         *kind,
                          gint64              year,
                          TrappaNeedsYear    *sum)
{
  gboolean any = FALSE;

  g_return_val_if_fail (TRAPPA_IS_NEEDS_FIGURES (self), FALSE);

  *sum = (TrappaNeedsYear) { .year = year };
  for (guint i = 0; i < self->steps->len; i++)
    {
      const TrappaNeedsStep *step = self->steps->pdata[i];
      const TrappaNeedsYear *y = trappa_needs_step_get_year (step, year);

      if ((kind != NULL && g_strcmp0 (step->kind, kind) != 0) || y == NULL || !y->known)
        continue;
      any = TRUE;
      sum->need += y->need;
      sum->need_adopted += y->need_adopted;
      sum->need_proposed += y->need_proposed;
      sum->supply += y->supply;
      sum->supply_proposed += y->supply_proposed;
      sum->gap += y->gap;
      sum->gap_proposed += y->gap_proposed;
    }
  sum->known = any;
  return any;
}

char *
trappa_needs_late_series_rule (gint64 first_year,
                               gint64 base_year)
{
  return g_strdup_printf (_("The population series starts in %" PRId64 ", after the base year %" PRId64
                            ": growth is counted from %" PRId64 ", and until then the need stays at "
                            "the base year's"),
                          first_year, base_year, first_year);
}
