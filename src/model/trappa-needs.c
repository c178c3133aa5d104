/* trappa-needs.c: coverage, projected need, supply and gap, the BEON scenario
 *
 * All sums are whole numbers (gint64); every input is capped by the model's
 * limits (TRAPPA_MAX_COUNT, TRAPPA_MAX_RATIO, TRAPPA_MAX_NOK), so the
 * products below stay far inside 64 bits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-needs"

#include <inttypes.h> /* PRId64 in _() strings: gettext knows it, not G_GINT64_FORMAT */
#include <glib/gi18n-lib.h>

#include "trappa-needs.h"
#include "trappa-measure.h"

void
trappa_needs_projection_free (TrappaNeedsProjection *self)
{
  g_free (self->step_id);
  g_clear_pointer (&self->years, g_array_unref);
  g_free (self);
}

void
trappa_beon_result_free (TrappaBeonResult *self)
{
  g_free (self->from_level_id);
  g_free (self->to_level_id);
  g_clear_pointer (&self->years, g_array_unref);
  g_free (self);
}

/* Integer division rounded up, for non-negative operands: need is planned
 * in whole units, and a fraction of a unit still needs a unit. */
static gint64
div_up (gint64 a,
        gint64 b)
{
  return (a + b - 1) / b;
}

/* Costs are need (up to 10⁹ with the largest ratio and population) times
 * NOK per unit (up to 10¹²): that can pass 64 bits, so it saturates. */
static gint64
cost_of (gint64 places,
         gint64 cost_per_place)
{
  gint64 cost;

  if (__builtin_mul_overflow (places, cost_per_place, &cost))
    return G_MAXINT64;
  return cost;
}

static gint64
add_sat (gint64 a,
         gint64 b)
{
  gint64 sum;

  if (__builtin_add_overflow (a, b, &sum))
    return G_MAXINT64;
  return sum;
}

gboolean
trappa_needs_coverage_ratio (gint64  units,
                             gint64  population,
                             gint64 *ratio)
{
  if (population <= 0)
    return FALSE;
  *ratio = (units * TRAPPA_RATIO_SCALE * 2 + population) / (population * 2);
  return TRUE;
}

static gboolean
band_population (TrappaPopulationSeries *series,
                 const char             *band_id,
                 gint64                  year,
                 gint64                 *count)
{
  GListModel *values = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (series), "values"));
  guint n = g_list_model_get_n_items (values);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) value = g_list_model_get_item (values, i);

      if (trappa_item_get_int (value, "year") == year &&
          g_strcmp0 (trappa_item_get_string (value, "band"), band_id) == 0)
        {
          *count = trappa_item_get_int (value, "count");
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
trappa_needs_population (TrappaPlan             *plan,
                         TrappaPopulationSeries *series,
                         const char             *band_id,
                         gint64                  year,
                         gint64                 *count)
{
  GListModel *bands;
  guint n;
  gint64 total = 0;

  if (band_id != NULL && *band_id != '\0')
    return band_population (series, band_id, year, count);

  bands = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "age-bands"));
  n = g_list_model_get_n_items (bands);
  if (n == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) band = g_list_model_get_item (bands, i);
      gint64 part;

      if (!band_population (series, trappa_item_get_id (band), year, &part))
        return FALSE;
      total += part;
    }
  *count = total;
  return TRUE;
}

static gpointer
find_in_list (TrappaPlan *plan,
              const char *list,
              const char *prop,
              const char *value)
{
  GListModel *model = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), list));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (model, i);

      if (value == NULL || g_strcmp0 (trappa_item_get_string (item, prop), value) == 0)
        return item;  /* the plan's list keeps it alive */
    }
  return NULL;
}

TrappaPopulationSeries *
trappa_needs_find_series (TrappaPlan *plan,
                          const char *scenario)
{
  return find_in_list (plan, "population-series", "scenario", scenario);
}

TrappaCoverage *
trappa_needs_find_coverage (TrappaPlan *plan,
                            const char *step_id)
{
  g_return_val_if_fail (step_id != NULL, NULL);
  return find_in_list (plan, "coverages", "step", step_id);
}

void
trappa_needs_default_years (TrappaPlan *plan,
                            gint64      years[3])
{
  TrappaItem *item = TRAPPA_ITEM (plan);

  years[0] = trappa_item_get_int (item, "period-start") + 3;
  years[1] = trappa_item_get_int (item, "period-end");
  years[2] = trappa_item_get_int (item, "horizon");
}

GArray *
trappa_needs_collect_effects (TrappaPlan *plan)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  guint n = g_list_model_get_n_items (measures);
  gint64 period_start = trappa_item_get_int (TRAPPA_ITEM (plan), "period-start");
  GArray *effects = g_array_new (FALSE, TRUE, sizeof (TrappaNeedsEffect));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);
      const char *kind = trappa_item_get_string (measure, "effect-kind");
      TrappaNeedsEffect effect = {
        .step_id = trappa_measure_get_effect_step (TRAPPA_MEASURE (measure)),
        .year = trappa_item_get_int (measure, "effect-year"),
      };

      if (effect.step_id == NULL)
        continue;
      if (effect.year == 0)
        effect.year = period_start;
      if (g_strcmp0 (kind, TRAPPA_EFFECT_UNITS_ADDED) == 0)
        effect.units_added = trappa_item_get_int (measure, "effect-units");
      else if (g_strcmp0 (kind, TRAPPA_EFFECT_NEED_REDUCED) == 0)
        effect.need_percent = trappa_item_get_int (measure, "effect-percent");
      else
        continue;
      g_array_append_val (effects, effect);
    }
  return effects;
}

/* Sums the effects on @step_id that count in @y's year: additions into
 * @y, and the percentage the need is lowered by (at most 100). */
static gint64
apply_effects (TrappaNeedsYear         *y,
               const char              *step_id,
               const TrappaNeedsEffect *effects,
               guint                    n_effects)
{
  gint64 percent = 0;

  for (guint i = 0; i < n_effects; i++)
    {
      if (g_strcmp0 (effects[i].step_id, step_id) != 0 || effects[i].year > y->year)
        continue;
      y->additions += effects[i].units_added;
      percent += effects[i].need_percent;
    }
  return MIN (percent, 100);
}

TrappaNeedsProjection *
trappa_needs_project (TrappaPlan              *plan,
                      TrappaCoverage          *coverage,
                      TrappaPopulationSeries  *series,
                      const TrappaNeedsEffect *effects,
                      guint                    n_effects,
                      GError                 **error)
{
  g_autoptr(TrappaNeedsProjection) self = g_new0 (TrappaNeedsProjection, 1);
  TrappaItem *cov = TRAPPA_ITEM (coverage);
  const char *band = trappa_item_get_string (cov, "band");
  TrappaItem *step;
  gint64 horizon = trappa_item_get_int (TRAPPA_ITEM (plan), "horizon");
  gboolean use_target = trappa_item_get_boolean (cov, "use-target");

  self->step_id = g_strdup (trappa_item_get_string (cov, "step"));
  step = trappa_plan_lookup (plan, self->step_id);
  if (!TRAPPA_IS_STEP (step))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_DANGLING_REFERENCE,
                   _("The coverage setting refers to a step “%s” that does not exist"),
                   self->step_id);
      return NULL;
    }

  self->base_year = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");
  if (self->base_year == 0 || horizon < self->base_year)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("The plan's base year (%" PRId64 ") must be given and not after its horizon (%" PRId64 ")"),
                   self->base_year, horizon);
      return NULL;
    }

  self->units_today = trappa_step_get_units_total (TRAPPA_STEP (step));
  if (!trappa_needs_population (plan, series, band, self->base_year, &self->base_population) ||
      !trappa_needs_coverage_ratio (self->units_today, self->base_population, &self->coverage_today))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("“%s”: no population in the base year %" PRId64 " to compute coverage from"),
                   trappa_item_get_string (step, "name"), self->base_year);
      return NULL;
    }
  self->ratio = use_target ? trappa_item_get_int (cov, "target-ratio") : self->coverage_today;

  self->years = g_array_new (FALSE, TRUE, sizeof (TrappaNeedsYear));
  for (gint64 year = self->base_year; year <= horizon; year++)
    {
      TrappaNeedsYear y = { .year = year };
      gint64 percent = apply_effects (&y, self->step_id, effects, n_effects);

      y.known = trappa_needs_population (plan, series, band, year, &y.population);
      if (y.known)
        {
          /* need = ⌈numerator / denominator⌉. Keeping today's coverage uses
           * the exact ratio (units ÷ base population), so that the base
           * year's need equals today's units. A compensating measure lowers
           * the ratio itself, and the result is rounded up once. */
          gint64 numerator = use_target ? self->ratio * y.population
                                        : self->units_today * y.population;
          gint64 denominator = use_target ? TRAPPA_RATIO_SCALE : self->base_population;

          y.need = div_up (numerator, denominator);
          y.need_with = div_up (numerator * (100 - percent), denominator * 100);
        }
      y.supply = self->units_today + y.additions;
      y.gap = MAX (y.need_with - y.supply, 0);
      y.gap_without = MAX (y.need - self->units_today, 0);
      g_array_append_val (self->years, y);
    }
  return g_steal_pointer (&self);
}

const char *
trappa_needs_step_kind (TrappaPlan *plan,
                        const char *step_id)
{
  TrappaItem *step = trappa_plan_lookup (plan, step_id);
  TrappaItem *parent = NULL;

  if (!TRAPPA_IS_STEP (step) ||
      !trappa_item_find_parent (TRAPPA_ITEM (plan), step, &parent, NULL, NULL) ||
      !TRAPPA_IS_STAIRCASE (parent))
    return NULL;
  return trappa_item_get_string (parent, "kind");
}

GPtrArray *
trappa_needs_project_all (TrappaPlan             *plan,
                          TrappaPopulationSeries *series,
                          const char             *kind,
                          GPtrArray              *messages)
{
  GListModel *coverages = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "coverages"));
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_needs_projection_free);
  g_autoptr(GArray) effects = trappa_needs_collect_effects (plan);
  guint n = g_list_model_get_n_items (coverages);

  for (guint i = 0; series != NULL && i < n; i++)
    {
      g_autoptr(TrappaCoverage) coverage = g_list_model_get_item (coverages, i);
      g_autoptr(GError) error = NULL;
      TrappaNeedsProjection *projection;

      if (kind != NULL &&
          g_strcmp0 (trappa_needs_step_kind (plan, trappa_item_get_string (TRAPPA_ITEM (coverage), "step")),
                     kind) != 0)
        continue;
      projection = trappa_needs_project (plan, coverage, series, (TrappaNeedsEffect *) (gpointer) effects->data,
                                         effects->len, &error);
      if (projection != NULL)
        g_ptr_array_add (result, projection);
      else if (messages != NULL)
        g_ptr_array_add (messages, g_strdup (error->message));
    }
  return result;
}

const TrappaNeedsYear *
trappa_needs_projection_get_year (const TrappaNeedsProjection *self,
                                  gint64                       year)
{
  const TrappaNeedsYear *first;

  if (self->years->len == 0)
    return NULL;
  first = &g_array_index (self->years, TrappaNeedsYear, 0);
  if (year < first->year || year - first->year >= self->years->len)
    return NULL;
  return &g_array_index (self->years, TrappaNeedsYear, year - first->year);
}

/* Recipients of a level in @year: its projected need when it has a coverage
 * setting and the series has that year, otherwise today's recipients. */
static gint64
level_places (TrappaNeedsProjection *projection,
              TrappaItem            *level,
              gint64                 year)
{
  const TrappaNeedsYear *y = projection != NULL ? trappa_needs_projection_get_year (projection, year) : NULL;

  return y != NULL && y->known ? y->need : trappa_step_get_units_total (TRAPPA_STEP (level));
}

static TrappaNeedsProjection *
project_level (TrappaPlan             *plan,
               TrappaItem             *level,
               TrappaPopulationSeries *series,
               GError                **error)
{
  TrappaCoverage *coverage = trappa_needs_find_coverage (plan, trappa_item_get_id (level));

  if (coverage == NULL || series == NULL)
    return NULL;
  return trappa_needs_project (plan, coverage, series, NULL, 0, error);
}

TrappaBeonResult *
trappa_needs_beon (TrappaPlan              *plan,
                   TrappaBeonScenario      *scenario,
                   TrappaPopulationSeries  *series,
                   GError                 **error)
{
  TrappaItem *sc = TRAPPA_ITEM (scenario);
  TrappaItem *from = trappa_plan_lookup (plan, trappa_item_get_string (sc, "level"));
  g_autoptr(TrappaItem) to = NULL;
  TrappaItem *parent = NULL;
  GListStore *levels = NULL;
  guint position = 0;
  g_autoptr(TrappaNeedsProjection) from_proj = NULL;
  g_autoptr(TrappaNeedsProjection) to_proj = NULL;
  g_autoptr(TrappaBeonResult) self = NULL;
  gint64 percent = trappa_item_get_int (sc, "percent");
  gint64 from_year = trappa_item_get_int (sc, "from-year");
  gint64 base_year = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");
  gint64 horizon = trappa_item_get_int (TRAPPA_ITEM (plan), "horizon");
  gint64 from_cost, to_cost;

  if (!TRAPPA_IS_STEP (from) ||
      !trappa_item_find_parent (TRAPPA_ITEM (plan), from, &parent, &levels, &position))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_DANGLING_REFERENCE,
                   _("The BEON scenario “%s” names no service level"),
                   trappa_item_get_string (sc, "name"));
      return NULL;
    }
  if (position == 0)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("“%s” is the lowest level: there is no level below to serve people on"),
                   trappa_item_get_string (from, "name"));
      return NULL;
    }
  to = g_list_model_get_item (G_LIST_MODEL (levels), position - 1);

  from_proj = project_level (plan, from, series, error);
  if (from_proj == NULL && error != NULL && *error != NULL)
    return NULL;
  to_proj = project_level (plan, to, series, error);
  if (to_proj == NULL && error != NULL && *error != NULL)
    return NULL;

  self = g_new0 (TrappaBeonResult, 1);
  self->from_level_id = g_strdup (trappa_item_get_id (from));
  self->to_level_id = g_strdup (trappa_item_get_id (to));
  self->years = g_array_new (FALSE, TRUE, sizeof (TrappaBeonYear));
  from_cost = trappa_item_get_int (from, "annual-cost-per-unit");
  to_cost = trappa_item_get_int (to, "annual-cost-per-unit");

  for (gint64 year = base_year; year <= horizon; year++)
    {
      TrappaBeonYear y = { .year = year };

      y.from_places = level_places (from_proj, from, year);
      y.to_places = level_places (to_proj, to, year);
      /* Whole people move; a fraction of a person stays where they are. */
      y.moved = year >= from_year ? y.from_places * percent / 100 : 0;
      y.cost_before = add_sat (cost_of (y.from_places, from_cost), cost_of (y.to_places, to_cost));
      y.cost_after = add_sat (cost_of (y.from_places - y.moved, from_cost),
                              cost_of (y.to_places + y.moved, to_cost));
      g_array_append_val (self->years, y);
    }
  return g_steal_pointer (&self);
}
