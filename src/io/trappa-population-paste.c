/* trappa-population-paste.c: population figures pasted from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-population-paste"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "trappa-csv.h"
#include "trappa-population-paste.h"
#include "trappa-format.h"
#include "trappa-ssb-table.h"

typedef struct
{
  char   *band_id;
  gint64  year;
  gint64  count;
} Cell;

static void
cell_clear (Cell *cell)
{
  g_free (cell->band_id);
}

TrappaPopulationValue *
trappa_population_find_value (TrappaPopulationSeries *series,
                              const char             *band_id,
                              gint64                  year)
{
  GListModel *values = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (series), "values"));

  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(TrappaItem) value = g_list_model_get_item (values, i);

      if (trappa_item_get_int (value, "year") == year &&
          g_strcmp0 (trappa_item_get_string (value, "band"), band_id) == 0)
        return TRAPPA_POPULATION_VALUE (value);  /* the series keeps it */
    }
  return NULL;
}

void
trappa_population_set_value (TrappaPlan             *plan,
                             TrappaPopulationSeries *series,
                             const char             *band_id,
                             gint64                  year,
                             gint64                  count)
{
  TrappaPopulationValue *value = trappa_population_find_value (series, band_id, year);
  g_autoptr(TrappaPopulationValue) added = NULL;

  if (value != NULL && count < 0)
    trappa_plan_remove (plan, TRAPPA_ITEM (value));
  else if (value != NULL)
    trappa_plan_set_int (plan, TRAPPA_ITEM (value), "count", count, NULL);
  else if (count >= 0)
    {
      added = trappa_population_value_new (band_id, year, count);
      trappa_plan_insert (plan, TRAPPA_ITEM (series), "values", -1, TRAPPA_ITEM (added));
    }
}

static const char *
band_named (TrappaPlan *plan,
            const char *name)
{
  GListModel *bands = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "age-bands"));

  for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
    {
      g_autoptr(TrappaItem) band = g_list_model_get_item (bands, i);

      if (g_strcmp0 (trappa_item_get_string (band, "name"), name) == 0)
        return trappa_item_get_id (band);
    }
  return NULL;
}

static gboolean
fail (GError     **error,
      guint        line,
      const char  *message)
{
  g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT, _("Line %u: %s"), line, message);
  return FALSE;
}

/* Reads every cell first, so that a bad one changes nothing. */
static gboolean
read_cells (TrappaPlan  *plan,
            GPtrArray   *rows,
            GArray      *cells,
            GError     **error)
{
  g_autofree gint64 *years = NULL;
  guint n_years = 0;

  for (guint r = 0; r < rows->len; r++)
    {
      TrappaCsvRow *row = g_ptr_array_index (rows, r);
      char **fields = row->fields;
      guint line = row->line;
      const char *band_id;

      if (fields[1] == NULL && *g_strstrip (fields[0]) == '\0')
        continue;
      if (years == NULL)
        {
          n_years = g_strv_length (fields);
          years = g_new0 (gint64, n_years);
          for (guint c = 1; c < n_years; c++)
            if ((years[c] = trappa_ssb_year_in (fields[c])) == 0)
              {
                g_autofree char *message = g_strdup_printf (_("“%s” is not a year"), fields[c]);
                return fail (error, line, message);
              }
          continue;
        }
      band_id = band_named (plan, g_strstrip (fields[0]));
      if (band_id == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("no age band is called “%s”"), fields[0]);
          return fail (error, line, message);
        }
      for (guint c = 1; fields[c] != NULL && c < n_years; c++)
        {
          Cell cell = { NULL, years[c], 0 };
          g_autoptr(GError) parse_error = NULL;

          if (*g_strstrip (fields[c]) == '\0')
            continue;
          if (!trappa_parse_count (fields[c], TRAPPA_MAX_COUNT, &cell.count, &parse_error))
            {
              g_autofree char *message = g_strdup_printf ("%" G_GINT64_FORMAT ": %s", years[c], parse_error->message);
              return fail (error, line, message);
            }
          cell.band_id = g_strdup (band_id);
          g_array_append_val (cells, cell);
        }
    }
  if (cells->len == 0)
    return fail (error, 1, _("no figures: copy a header row of years and one row per age band"));
  return TRUE;
}

gboolean
trappa_population_paste (TrappaPlan              *plan,
                         TrappaPopulationSeries  *series,
                         const char              *text,
                         GError                 **error)
{
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_autoptr(GPtrArray) rows = NULL;

  g_array_set_clear_func (cells, (GDestroyNotify) cell_clear);
  if (text == NULL || text[0] == '\0')
    return fail (error, 1, _("nothing to paste"));
  /* Spreadsheets copy with tabs; a typed list may use semicolons. */
  rows = trappa_csv_parse (text, -1, trappa_csv_guess_separator (text), error);
  if (rows == NULL || !read_cells (plan, rows, cells, error))
    return FALSE;

  trappa_plan_begin_edit (plan, _("Paste population"));
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = &g_array_index (cells, Cell, i);

      trappa_population_set_value (plan, series, cell->band_id, cell->year, cell->count);
    }
  trappa_plan_end_edit (plan);
  return TRUE;
}
