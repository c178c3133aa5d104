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
#include "trappa-needs-figures.h"

void
trappa_beon_result_free (TrappaBeonResult *self)
{
  g_free (self->from_level_id);
  g_free (self->to_level_id);
  g_clear_pointer (&self->years, g_array_unref);
  g_free (self);
}

#define DAYS_A_YEAR 365

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

gboolean
trappa_needs_coverage_today (TrappaPlan             *plan,
                             TrappaCoverage         *coverage,
                             TrappaPopulationSeries *series,
                             gint64                 *ratio)
{
  TrappaItem *step = trappa_plan_lookup (plan, trappa_item_get_string (TRAPPA_ITEM (coverage), "step"));
  gint64 base_population;

  return TRAPPA_IS_STEP (step) && series != NULL &&
         trappa_needs_population (plan, series, trappa_item_get_string (TRAPPA_ITEM (coverage), "band"),
                                  trappa_item_get_int (TRAPPA_ITEM (plan), "base-year"), &base_population) &&
         trappa_needs_coverage_ratio (trappa_step_get_units_total (TRAPPA_STEP (step)), base_population, ratio);
}

gboolean
trappa_needs_status_is_adopted (const char *status)
{
  return g_strcmp0 (status, TRAPPA_MEASURE_STATUS_ADOPTED) == 0 ||
         g_strcmp0 (status, TRAPPA_MEASURE_STATUS_STARTED) == 0 ||
         g_strcmp0 (status, TRAPPA_MEASURE_STATUS_DONE) == 0;
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

/* Recipients of a level in @year: its need without measures where the
 * needs model knows it, otherwise today's recipients. */
static gint64
level_places (TrappaNeedsFigures *figures,
              TrappaItem         *level,
              gint64              year)
{
  const TrappaNeedsYear *y =
    trappa_needs_step_get_year (trappa_needs_figures_get_step (figures, trappa_item_get_id (level)), year);

  return y != NULL && y->known ? y->need : trappa_step_get_units_total (TRAPPA_STEP (level));
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
  g_autoptr(TrappaNeedsFigures) figures = NULL;
  g_autoptr(TrappaBeonResult) self = NULL;
  gint64 percent = trappa_item_get_int (sc, "percent");
  gint64 from_year = trappa_item_get_int (sc, "from-year");
  gint64 base_year = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");
  gint64 horizon = trappa_item_get_int (TRAPPA_ITEM (plan), "horizon");
  gint64 from_cost, to_cost;
  gint64 stay = trappa_item_get_int (sc, "stay-days");
  gint64 stay_below = trappa_item_get_int (sc, "stay-days-below");

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

  figures = trappa_needs_figures_get (plan, series != NULL ? trappa_item_get_string (TRAPPA_ITEM (series), "scenario") : NULL,
                                      error);
  if (figures == NULL)
    return NULL;

  self = g_new0 (TrappaBeonResult, 1);
  self->from_level_id = g_strdup (trappa_item_get_id (from));
  self->to_level_id = g_strdup (trappa_item_get_id (to));
  self->stays_stated = stay > 0 && stay_below > 0;
  self->years = g_array_new (FALSE, TRUE, sizeof (TrappaBeonYear));
  from_cost = trappa_item_get_int (from, "annual-cost-per-unit");
  to_cost = trappa_item_get_int (to, "annual-cost-per-unit");

  for (gint64 year = base_year; year <= horizon; year++)
    {
      TrappaBeonYear y = { .year = year };

      y.from_places = level_places (figures, from, year);
      y.to_places = level_places (figures, to, year);
      /* Whole places are freed; a fraction of a place stays where it is. */
      y.freed = year >= from_year ? y.from_places * percent / 100 : 0;
      if (self->stays_stated)
        {
          /* Places are occupied all year: a place with an average stay of
           * S days serves 365 ÷ S recipients a year. */
          y.moved = y.freed * DAYS_A_YEAR / stay;
          y.needed = (y.moved * stay_below + DAYS_A_YEAR - 1) / DAYS_A_YEAR;
        }
      else
        y.moved = y.needed = y.freed;
      y.cost_before = add_sat (cost_of (y.from_places, from_cost), cost_of (y.to_places, to_cost));
      y.cost_after = add_sat (cost_of (y.from_places - y.freed, from_cost),
                              cost_of (y.to_places + y.needed, to_cost));
      g_array_append_val (self->years, y);
    }
  return g_steal_pointer (&self);
}

char *
trappa_needs_beon_rule (TrappaBeonScenario     *scenario,
                        const TrappaBeonResult *result)
{
  TrappaItem *sc = TRAPPA_ITEM (scenario);
  int percent = (int) trappa_item_get_int (sc, "percent");

  if (!result->stays_stated)
    /* TRANSLATORS: the BEON rule when the scenario states no average stays */
    return g_strdup_printf (_("Rule: %d %% of the level's places are freed, and each needs a place on the level below "
                              "(no average stays stated, so the same stay is assumed on both). "
                              "Costs are per place and year."), percent);
  /* TRANSLATORS: the BEON rule: percent, the two average stays in days */
  return g_strdup_printf (_("Rule: %d %% of the level's places are freed; with an average stay of %d days there, "
                            "a freed place serves 365 ÷ %d recipients a year, and each needs %d ÷ 365 of a place "
                            "on the level below (%d days' stay). Costs are per place and year."),
                          percent, (int) trappa_item_get_int (sc, "stay-days"),
                          (int) trappa_item_get_int (sc, "stay-days"),
                          (int) trappa_item_get_int (sc, "stay-days-below"),
                          (int) trappa_item_get_int (sc, "stay-days-below"));
}
