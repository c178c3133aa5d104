/* trappa-chart-kind.c: the table of chart kinds
 *
 * A new chart is a layout, a painter and one row here: the command line
 * (--export-chart), trappa_chart_write, the chart view, presentation mode
 * and the report then know it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-kind"

#include <glib/gi18n-lib.h>

#include "trappa-chart-kind.h"
#include "trappa-chart-kinds-builtin.h"

static const TrappaChartKind *const kinds[] = {
  &trappa_chart_kind_housing,
  &trappa_chart_kind_activity,
  &trappa_chart_kind_priority,
  &trappa_chart_kind_gap,
  &trappa_chart_kind_need,
  &trappa_chart_kind_ros,
  &trappa_chart_kind_stakeholders,
  &trappa_chart_kind_swot,
};

const TrappaChartKind *const *
trappa_chart_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

char *
trappa_chart_kind_names (const char *separator)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? separator : "", kinds[i]->name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

const TrappaChartKind *
trappa_chart_kind_find (const char  *name,
                        GError     **error)
{
  g_autofree char *names = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (name, kinds[i]->name) == 0)
      return kinds[i];
  names = trappa_chart_kind_names (", ");
  g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
               _("Unknown chart “%s”: use one of %s"), name, names);
  return NULL;
}

gboolean
trappa_chart_kind_draw (const TrappaChartKind    *kind,
                        const TrappaChartRequest *request,
                        cairo_t                  *cr,
                        int                       width,
                        int                       height,
                        GError                  **error)
{
  gpointer layout = kind->layout (kind, request, width, height, error);

  if (layout == NULL)
    return FALSE;
  kind->paint (cr, layout, -1, -1);
  kind->free (layout);
  return TRUE;
}

int
trappa_chart_kind_n_items (const TrappaChartKind *kind,
                           gpointer               layout)
{
  int n = 0;

  if (layout == NULL || kind->item_id == NULL)
    return 0;
  while (kind->item_id (layout, n) != NULL)
    n++;
  return n;
}

int
trappa_chart_kind_find_item (const TrappaChartKind *kind,
                             gpointer               layout,
                             const char            *id)
{
  const char *item;

  if (layout == NULL || id == NULL || kind->item_id == NULL)
    return -1;
  for (int i = 0; (item = kind->item_id (layout, i)) != NULL; i++)
    if (g_str_equal (item, id))
      return i;
  return -1;
}

gpointer
trappa_chart_kind_nth (GPtrArray *items,
                       int        index)
{
  return index >= 0 && (guint) index < items->len ? items->pdata[index] : NULL;
}
