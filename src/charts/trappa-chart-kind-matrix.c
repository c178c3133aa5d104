/* trappa-chart-kind-matrix.c: the ROS risk matrix and the stakeholders'
 * influence × interest grid as rows of the chart-kind table
 *
 * Both are 5 × 5 matrices of records placed by two 1–5 scores, so they
 * share one layout and painter; dragging a chip to another cell, or the
 * arrow keys, sets the two scores as one undoable edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-kind-matrix"

#include <glib/gi18n-lib.h>

#include "trappa-chart-export.h"
#include "trappa-chart-kinds-builtin.h"
#include "trappa-matrix-layout.h"
#include "trappa-matrix-painter.h"
#include "trappa-ros.h"

static const TrappaMatrixSpec ros_spec = {
  .list = "risks",
  .name_prop = "hazard",
  .code = "R",
  .x_title = N_("Consequence (1–5) →"),
  .y_title = N_("↑ Likelihood (1–5)"),
  .risk = TRUE,
  .n_panels = 2,
  .panels = {
    { "consequence", "likelihood", N_("Before the measures") },
    { "consequence-after", "likelihood-after", N_("After the measures") },
  },
};

static const TrappaMatrixSpec stakeholder_spec = {
  .list = "stakeholders",
  .name_prop = "name",
  .x_title = N_("Interest (1–5) →"),
  .y_title = N_("↑ Influence (1–5)"),
  .n_panels = 1,
  .panels = { { "interest", "influence", NULL } },
};

static gpointer
matrix_layout (const TrappaChartKind    *kind,
               const TrappaChartRequest *request,
               int                       width,
               int                       height,
               GError                  **error)
{
  return trappa_matrix_layout_new (request->plan, kind->data, width, height, request->style);
}

static void
matrix_paint (cairo_t  *cr,
              gpointer  layout,
              int       selected,
              int       focused)
{
  trappa_matrix_painter_draw (cr, layout, selected, focused);
}

static int
matrix_hit (gpointer layout,
            double   x,
            double   y)
{
  return trappa_matrix_layout_hit (layout, x, y);
}

static const char *
matrix_item_id (gpointer layout,
                int      index)
{
  TrappaMatrixChip *chip = trappa_chart_kind_nth (((TrappaMatrixLayout *) layout)->chips, index);

  return chip != NULL ? chip->id : NULL;
}

static const char *
level_name (gint64 score)
{
  switch (trappa_risk_level_of (score))
    {
    case TRAPPA_RISK_HIGH:
      return _("high");
    case TRAPPA_RISK_MEDIUM:
      return _("medium");
    case TRAPPA_RISK_LOW:
    default:
      return _("low");
    }
}

/* The mitigating measures' titles, "; " between. */
static char *
measure_titles (TrappaPlan *plan,
                TrappaItem *risk)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (const char * const *id = trappa_item_get_strv (risk, "measures"); *id != NULL; id++)
    {
      TrappaItem *measure = trappa_plan_lookup (plan, *id);

      if (measure == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, trappa_item_get_string (measure, "title"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_risk (TrappaPlan *plan,
               TrappaItem *risk,
               guint       number)
{
  gint64 before = trappa_risk_get_score (TRAPPA_RISK (risk), FALSE);
  gint64 after = trappa_risk_get_score (TRAPPA_RISK (risk), TRUE);
  g_autofree char *measures = measure_titles (plan, risk);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, _("R%u %s: likelihood %d × consequence %d = %d, %s; "
                                  "after the measures %d × %d = %d, %s."),
                          number, trappa_item_get_string (risk, "hazard"),
                          (int) trappa_item_get_int (risk, "likelihood"),
                          (int) trappa_item_get_int (risk, "consequence"), (int) before, level_name (before),
                          (int) trappa_item_get_int (risk, "likelihood-after"),
                          (int) trappa_item_get_int (risk, "consequence-after"), (int) after, level_name (after));
  if (measures[0] != '\0')
    g_string_append_printf (text, " %s %s.", _("Measures:"), measures);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
quadrant_of (TrappaItem *stakeholder)
{
  gboolean influential = trappa_item_get_int (stakeholder, "influence") >= 3;
  gboolean interested = trappa_item_get_int (stakeholder, "interest") >= 3;

  return influential ? (interested ? _("involve closely") : _("keep satisfied"))
                     : (interested ? _("keep informed") : _("monitor"));
}

static char *
describe_stakeholder (TrappaItem *stakeholder)
{
  const char *role = trappa_item_get_string (stakeholder, "role");

  return g_strdup_printf (_("%s%s%s%s: influence %d, interest %d: %s."),
                          trappa_item_get_string (stakeholder, "name"),
                          role[0] != '\0' ? " (" : "", role, role[0] != '\0' ? ")" : "",
                          (int) trappa_item_get_int (stakeholder, "influence"),
                          (int) trappa_item_get_int (stakeholder, "interest"),
                          quadrant_of (stakeholder));
}

/* A chip's record in words; the whole chart reads every record once. */
static char *
matrix_describe (gpointer                  layout,
                 const TrappaChartRequest *request,
                 int                       index)
{
  TrappaMatrixLayout *matrix = layout;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = MAX (index, 0); i < matrix->chips->len; i++)
    {
      TrappaMatrixChip *chip = matrix->chips->pdata[i];
      TrappaItem *record = trappa_plan_lookup (request->plan, chip->id);
      g_autofree char *line = NULL;

      /* Every record has a chip in each panel: read it once. */
      if (record == NULL || (index < 0 && chip->panel > 0))
        continue;
      line = matrix->spec->risk ? describe_risk (request->plan, record, chip->number)
                                : describe_stakeholder (record);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
      if (index >= 0)
        break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Sets the two scores of @id that @panel shows, as one undoable edit. */
static void
set_place (const TrappaChartRequest    *request,
           const TrappaMatrixPanelSpec *panel,
           const char                  *id,
           int                          column,
           int                          row)
{
  TrappaItem *record = trappa_plan_lookup (request->plan, id);

  if (record == NULL)
    return;
  trappa_plan_begin_edit (request->plan, _("Move Card"));
  trappa_plan_set_int (request->plan, record, panel->x_prop, CLAMP (column, 1, TRAPPA_SCALE_MAX), NULL);
  trappa_plan_set_int (request->plan, record, panel->y_prop, CLAMP (row, 1, TRAPPA_SCALE_MAX), NULL);
  trappa_plan_end_edit (request->plan);
}

static gboolean
matrix_drag (gpointer layout,
             int      index,
             double   dx,
             double   dy)
{
  TrappaMatrixChip *chip = ((TrappaMatrixLayout *) layout)->chips->pdata[index];

  chip->box.x += dx;
  chip->box.y += dy;
  chip->label->box.x += dx;
  chip->label->box.y += dy;
  return TRUE;
}

/* The chip lands in the cell under its middle, in its own panel. */
static gboolean
matrix_drop (gpointer                  layout,
             const TrappaChartRequest *request,
             int                       index)
{
  TrappaMatrixLayout *matrix = layout;
  TrappaMatrixChip *chip = matrix->chips->pdata[index];
  int column, row;

  if (!trappa_matrix_layout_cell_at (matrix, chip->panel, chip->box.x + chip->box.width / 2,
                                     chip->box.y + chip->box.height / 2, &column, &row))
    return FALSE;
  set_place (request, &matrix->spec->panels[chip->panel], chip->id, column, row);
  return TRUE;
}

/* The arrow keys move the record in the first panel (before the
 * measures, for a risk). */
static void
matrix_nudge_in (const TrappaMatrixSpec   *spec,
                 const TrappaChartRequest *request,
                 const char               *id,
                 int                       dx,
                 int                       dy)
{
  TrappaItem *record = trappa_plan_lookup (request->plan, id);
  const TrappaMatrixPanelSpec *panel = &spec->panels[0];

  if (record != NULL)
    set_place (request, panel, id, (int) trappa_item_get_int (record, panel->x_prop) + dx,
               (int) trappa_item_get_int (record, panel->y_prop) + dy);
}

static void
ros_nudge (const TrappaChartRequest *request,
           const char               *id,
           int                       dx,
           int                       dy)
{
  matrix_nudge_in (&ros_spec, request, id, dx, dy);
}

static void
stakeholder_nudge (const TrappaChartRequest *request,
                   const char               *id,
                   int                       dx,
                   int                       dy)
{
  matrix_nudge_in (&stakeholder_spec, request, id, dx, dy);
}

#define MATRIX_KIND(kind_name, kind_title, kind_label, spec, nudge_func, key) \
  {                                                        \
    .name = kind_name,                                     \
    .title = kind_title,                                   \
    .label = kind_label,                                   \
    .data = spec,                                          \
    .present_key = key,                                    \
    .default_width = TRAPPA_CHART_DEFAULT_WIDTH,           \
    .default_height = TRAPPA_CHART_DEFAULT_HEIGHT,         \
    .layout = matrix_layout,                               \
    .paint = matrix_paint,                                 \
    .free = (GDestroyNotify) trappa_matrix_layout_free,    \
    .hit = matrix_hit,                                     \
    .item_id = matrix_item_id,                             \
    .describe = matrix_describe,                           \
    .drag = matrix_drag,                                   \
    .drop = matrix_drop,                                   \
    .nudge = nudge_func,                                   \
  }

const TrappaChartKind trappa_chart_kind_ros =
  MATRIX_KIND ("ros", N_("Risk matrix"),
               N_("Risk matrix: drag a risk to another cell, or select it and use the arrow keys"),
               &ros_spec, ros_nudge, 'r');
const TrappaChartKind trappa_chart_kind_stakeholders =
  MATRIX_KIND ("stakeholders", N_("Stakeholder grid"),
               N_("Stakeholder grid: drag a stakeholder to another cell, or select it and use the arrow keys"),
               &stakeholder_spec, stakeholder_nudge, 'i');
