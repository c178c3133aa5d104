/* trappa-matrix-layout.c: where each part of a 5 × 5 matrix chart goes
 *
 * From the top: per panel its title, the y axis title, the quadrant names
 * (stakeholders), the 5 × 5 cells (square, as large as fit), the x axis
 * numbers and title; under all panels the key (risk codes and hazards)
 * and the colour legend. Each record is a chip in the cell its two scores
 * name, in every panel; chips flow left to right inside their cell. A
 * chip's name breaks between words only and ends in "…" after a whole
 * word (the rule of every chart's titles, trappa_chart_text_fit_words());
 * the chips' type is as large as lets every chip keep its words whole
 * and every cell hold its chips, and a word too wide even then widens its
 * chip rather than be cut. The chart speaks the plan's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-matrix-layout"

#include <string.h>

#include "trappa-matrix-layout.h"
#include "trappa-ros.h"
#include "trappa-plan-words.h"

/* Cells are at most this much wider than tall: a single panel (the
 * stakeholders) uses a wide screen for longer names, not for space. */
#define MAX_CELL_ASPECT 1.6

typedef struct
{
  TrappaMatrixLayout *out;
  PangoContext       *context;
  double              f;
  double              smallest;  /* the least any label (not chip) gets */
} Builder;

static TrappaChartLabel *
add_label (Builder    *b,
           const char *text,
           double      wrap_width,
           double      px,
           gboolean    bold)
{
  return trappa_chart_text_add (b->out->labels, b->context, b->out->style, text, wrap_width,
                                MAX (px, b->smallest), bold ? TRAPPA_CHART_TEXT_BOLD : TRAPPA_CHART_TEXT_PLAIN);
}

static void
place (TrappaChartLabel *label,
       double            x,
       double            y)
{
  label->box.x = x;
  label->box.y = y;
}

/* @label shows @text in at most @lines lines of @width, broken between
 * words and ending in "…" after the last whole word that fits. */
static void
shorten (TrappaChartLabel *label,
         const char       *text,
         double            width,
         int               lines)
{
  PangoRectangle logical;

  trappa_chart_text_fit_words (label->layout, text, width, lines);
  pango_layout_get_extents (label->layout, NULL, &logical);
  label->box.width = MIN ((double) logical.width / PANGO_SCALE, width);
  label->box.height = (double) logical.height / PANGO_SCALE;
}

static void
chip_free (gpointer data)
{
  TrappaMatrixChip *chip = data;

  g_free (chip->id);
  trappa_chart_text_label_free (chip->label);
  g_free (chip);
}

TrappaMatrixCellKind
trappa_matrix_cell_kind (const TrappaMatrixSpec *spec,
                         int                     column,
                         int                     row)
{
  if (spec->risk)
    switch (trappa_risk_level_of ((gint64) column * row))
      {
      case TRAPPA_RISK_HIGH:
        return TRAPPA_MATRIX_CELL_HIGH;
      case TRAPPA_RISK_MEDIUM:
        return TRAPPA_MATRIX_CELL_MEDIUM;
      case TRAPPA_RISK_LOW:
      default:
        return TRAPPA_MATRIX_CELL_LOW;
      }
  /* The upper half of the influence scale, with much interest: the ones
   * to involve closely. */
  return column >= 3 && row >= 3 ? TRAPPA_MATRIX_CELL_SHADED : TRAPPA_MATRIX_CELL_PLAIN;
}

/* The key under the panels: "R1  Hazard (12 → 4)", in up to two columns.
 * A hazard too long for its column loses words; its scores stay. */
static double
lay_out_key (Builder    *b,
             GListModel *records,
             double      top)
{
  TrappaMatrixLayout *out = b->out;
  double width = out->width - 2 * b->f;
  guint n = g_list_model_get_n_items (records);
  guint columns = width > 60 * b->f && n > 3 ? 2 : 1;
  double column_width = (width - (columns - 1) * b->f) / columns;
  double y[2] = { top, top };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) record = g_list_model_get_item (records, i);
      const char *name = trappa_item_get_string (record, out->spec->name_prop);
      guint column = i < (n + columns - 1) / columns ? 0 : 1;
      g_autofree char *code = g_strdup_printf ("%s%u ", out->spec->code, i + 1);
      g_autofree char *scores = out->spec->risk
        ? g_strdup_printf (" (%" G_GINT64_FORMAT " → %" G_GINT64_FORMAT ")",
                           trappa_risk_get_score (TRAPPA_RISK (record), FALSE),
                           trappa_risk_get_score (TRAPPA_RISK (record), TRUE))
        : g_strdup ("");
      g_autofree char *text = g_strconcat (code, scores, NULL);
      TrappaChartLabel *label = add_label (b, text, 0, b->f * 0.9, FALSE);
      double room = column_width - label->box.width;

      /* The name gets what the code and the scores leave. */
      shorten (label, name, MAX (room, b->f), 1);
      g_free (text);
      text = g_strconcat (code, pango_layout_get_text (label->layout), scores, NULL);
      shorten (label, text, column_width, 1);
      place (label, b->f + column * (column_width + b->f), y[column]);
      y[column] += label->box.height;
    }
  return MAX (y[0], y[1]) - top;
}

/* The colour legend of a risk matrix: three swatches with their range. */
static double
lay_out_legend (Builder *b,
                double   top)
{
  static const struct
  {
    TrappaMatrixCellKind kind;
    const char          *text;
  } items[] = {
    { TRAPPA_MATRIX_CELL_LOW, N_("Low risk (1–4)") },
    { TRAPPA_MATRIX_CELL_MEDIUM, N_("Medium risk (5–9)") },
    { TRAPPA_MATRIX_CELL_HIGH, N_("High risk (10–25)") },
  };
  double x = b->f, side = b->f * 1.2, height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      TrappaMatrixLegendItem item = { items[i].kind, { x, top, side, side } };
      TrappaChartLabel *label = add_label (b, _(items[i].text), 0, b->f * 0.9, FALSE);

      place (label, x + side + b->f * 0.4, top + (side - label->box.height) / 2);
      g_array_append_val (b->out->legend, item);
      x = label->box.x + label->box.width + b->f * 1.5;
      height = MAX (height, MAX (side, label->box.height));
    }
  return height;
}

static const char *
quadrant_name (guint quadrant)
{
  switch (quadrant)
    {
    case 0:
      return _("Keep satisfied");
    case 1:
      return _("Involve closely");
    case 2:
      return _("Monitor");
    case 3:
    default:
      return _("Keep informed");
    }
}

/* How a cell's chips are set: their type size and lines. */
typedef struct
{
  double   px;
  int      lines;
  gboolean fits;   /* every chip keeps its words whole (a word too wide
                    * widens its chip) and all stay inside the cell */
} CellType;

/* The chips of panel @p, each set as its cell says, flowed into their
 * cells, the first line of a risk cell short of its number; notes in
 * @cells whether each cell's chips fit. */
static void
lay_out_chips (Builder    *b,
               GListModel *records,
               guint       p,
               CellType    cells[TRAPPA_MATRIX_SIZE][TRAPPA_MATRIX_SIZE])
{
  TrappaMatrixLayout *out = b->out;
  const TrappaMatrixPanelSpec *spec = &out->spec->panels[p];
  TrappaMatrixPanel *panel = &out->panels[p];
  double pad = b->f * 0.25;
  /* Where the next chip in each cell goes. */
  double next_x[TRAPPA_MATRIX_SIZE][TRAPPA_MATRIX_SIZE], next_y[TRAPPA_MATRIX_SIZE][TRAPPA_MATRIX_SIZE];
  double row_h[TRAPPA_MATRIX_SIZE][TRAPPA_MATRIX_SIZE] = { { 0 } };
  TrappaChartLabel *probe = trappa_chart_text_label_new (b->context, "…", 0, 100, TRUE);
  double ellipsis_per_px = probe->box.width / 100;

  trappa_chart_text_label_free (probe);
  for (int r = 0; r < TRAPPA_MATRIX_SIZE; r++)
    for (int c = 0; c < TRAPPA_MATRIX_SIZE; c++)
      {
        next_x[r][c] = panel->cells[r][c].rect.x + pad;
        next_y[r][c] = panel->cells[r][c].rect.y + pad;
        cells[r][c].fits = TRUE;
      }
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(TrappaItem) record = g_list_model_get_item (records, i);
      TrappaMatrixChip *chip = g_new0 (TrappaMatrixChip, 1);
      int c = (int) CLAMP (trappa_item_get_int (record, spec->x_prop), 1, TRAPPA_MATRIX_SIZE);
      int r = (int) CLAMP (trappa_item_get_int (record, spec->y_prop), 1, TRAPPA_MATRIX_SIZE);
      const TrappaMatrixCell *cell = &panel->cells[r - 1][c - 1];
      CellType *type = &cells[r - 1][c - 1];
      const TrappaRect *rect = &cell->rect;
      double *x = &next_x[r - 1][c - 1], *y = &next_y[r - 1][c - 1], *line_h = &row_h[r - 1][c - 1];
      gboolean first_line = *y == rect->y + pad;
      double right = first_line && cell->number != NULL ? cell->number->box.x - pad : rect->x + rect->width - pad;
      double room, needed;
      g_autofree char *text = out->spec->code != NULL
        ? g_strdup_printf ("%s%u", out->spec->code, i + 1)
        : g_strdup (trappa_item_get_string (record, out->spec->name_prop));
      g_autofree char *first_word = g_strndup (text, strcspn (text, " "));

      chip->id = g_strdup (trappa_item_get_id (record));
      chip->number = i + 1;
      chip->panel = p;
      chip->column = c;
      chip->row = r;
      /* The chip owns its label: the painter draws it over the chip. */
      chip->label = trappa_chart_text_label_new (b->context, text, 0, type->px, TRUE);
      /* Room for the whole name on a line, or for the word that may end
       * a line before "…" (any word of two lines, the first of one): no
       * word is ever cut. */
      room = rect->width - 4 * pad;
      needed = MIN (chip->label->box.width,
                    trappa_chart_text_widest_word (chip->label->layout, type->lines > 1 ? text : first_word) +
                    ellipsis_per_px * type->px);
      type->fits &= needed <= room;
      shorten (chip->label, text, MAX (room, needed), type->lines);
      chip->box.width = chip->label->box.width + 2 * pad;
      chip->box.height = chip->label->box.height + pad;
      /* A chip that does not fit beside the last one (or beside the risk
       * number) starts a new line. */
      if (*x + chip->box.width > right && (*x > rect->x + pad || (first_line && cell->number != NULL)))
        {
          *x = rect->x + pad;
          *y += MAX (*line_h, first_line && cell->number != NULL ? cell->number->box.height : 0) + pad;
          *line_h = 0;
        }
      chip->box.x = *x;
      chip->box.y = *y;
      type->fits &= chip->box.y + chip->box.height <= rect->y + rect->height;
      place (chip->label, chip->box.x + pad, chip->box.y + pad / 2);
      *x += chip->box.width + pad;
      *line_h = MAX (*line_h, chip->box.height);
      g_ptr_array_add (out->chips, chip);
    }
}

/* Every panel's chips, each cell's type as large as lets its chips fit,
 * half a pixel at a time: from the cells' share (on a projector, the
 * projector's size) down to three quarters of it; then names take one
 * line each (the table and the tooltip have them whole) from that size
 * again, down to the smallest that reads. */
static void
lay_out_all_chips (Builder    *b,
                   GListModel *records)
{
  TrappaMatrixLayout *out = b->out;
  double cell_h = out->panels[0].plot.height / TRAPPA_MATRIX_SIZE;
  double start = MAX (CLAMP (cell_h * 0.14, b->f * 0.85, b->f * 1.2), b->smallest);
  double smallest = MAX (b->f * 0.7, 9.0);
  CellType cells[TRAPPA_MATRIX_MAX_PANELS][TRAPPA_MATRIX_SIZE][TRAPPA_MATRIX_SIZE];
  gboolean changed = TRUE;

  for (guint p = 0; p < out->n_panels; p++)
    for (int r = 0; r < TRAPPA_MATRIX_SIZE; r++)
      for (int c = 0; c < TRAPPA_MATRIX_SIZE; c++)
        cells[p][r][c] = (CellType) { start, out->spec->code != NULL ? 1 : 2, TRUE };
  while (changed)
    {
      changed = FALSE;
      g_ptr_array_set_size (out->chips, 0);
      for (guint p = 0; p < out->n_panels; p++)
        lay_out_chips (b, records, p, cells[p]);
      for (guint p = 0; p < out->n_panels; p++)
        for (int r = 0; r < TRAPPA_MATRIX_SIZE; r++)
          for (int c = 0; c < TRAPPA_MATRIX_SIZE; c++)
            {
              CellType *type = &cells[p][r][c];

              if (type->fits)
                continue;
              if (type->lines > 1 && type->px - 0.5 < start * 0.75)
                *type = (CellType) { start, 1, FALSE };
              else if (type->px - 0.5 >= smallest)
                type->px -= 0.5;
              else
                continue;
              changed = TRUE;
            }
    }
}

/* Returns where the panel ends, under its x axis title. */
static double
lay_out_panel (Builder *b,
               guint    p,
               double   x,
               double   width,
               double   top,
               double   bottom)
{
  TrappaMatrixLayout *out = b->out;
  TrappaMatrixPanel *panel = &out->panels[p];
  const TrappaMatrixPanelSpec *spec = &out->spec->panels[p];
  double f = b->f, tick_w = f * 1.6, tick_h = f * 1.6, y = top, cell_w, cell_h, plot_x, quad_h = 0;
  TrappaChartLabel *y_title, *x_title;

  if (spec->title != NULL)
    {
      panel->title = add_label (b, _(spec->title), width, f * 1.15, TRUE);
      place (panel->title, x, y);
      y += panel->title->box.height + f * 0.4;
    }
  y_title = add_label (b, _(out->spec->y_title), width, f, FALSE);
  place (y_title, x, y);
  y += y_title->box.height + f * 0.3;
  if (!out->spec->risk)
    for (guint q = 0; q < 4; q++)
      {
        panel->quadrants[q] = add_label (b, quadrant_name (q), 0, f * 0.95, TRUE);
        quad_h = MAX (quad_h, panel->quadrants[q]->box.height + f * 0.2);
      }
  x_title = add_label (b, _(out->spec->x_title), width, f, FALSE);

  /* Cells as large as the room left allows, never taller than wide. */
  cell_w = MAX ((width - tick_w) / TRAPPA_MATRIX_SIZE, f * 2);
  cell_h = CLAMP ((bottom - y - 2 * quad_h - tick_h - x_title->box.height) / TRAPPA_MATRIX_SIZE, f * 2, cell_w);
  cell_w = MIN (cell_w, cell_h * MAX_CELL_ASPECT);
  plot_x = x + tick_w + MAX ((width - tick_w - cell_w * TRAPPA_MATRIX_SIZE) / 2, 0);
  panel->plot = (TrappaRect) { plot_x, y + quad_h, cell_w * TRAPPA_MATRIX_SIZE, cell_h * TRAPPA_MATRIX_SIZE };
  place (y_title, plot_x - tick_w, y_title->box.y);

  for (int r = 1; r <= TRAPPA_MATRIX_SIZE; r++)
    for (int c = 1; c <= TRAPPA_MATRIX_SIZE; c++)
      {
        TrappaMatrixCell *mc = &panel->cells[r - 1][c - 1];

        mc->rect = (TrappaRect) { plot_x + (c - 1) * cell_w, panel->plot.y + (TRAPPA_MATRIX_SIZE - r) * cell_h,
                                  cell_w, cell_h };
        mc->kind = trappa_matrix_cell_kind (out->spec, c, r);
        if (out->spec->risk)
          {
            g_autofree char *number = g_strdup_printf ("%d", c * r);

            mc->number = add_label (b, number, 0, f * 0.8, FALSE);
            place (mc->number, mc->rect.x + mc->rect.width - mc->number->box.width - f * 0.25, mc->rect.y + f * 0.1);
          }
      }
  /* The scale's numbers beside and under the cells. */
  for (int k = 1; k <= TRAPPA_MATRIX_SIZE; k++)
    {
      g_autofree char *text = g_strdup_printf ("%d", k);
      TrappaChartLabel *row = add_label (b, text, 0, f, TRUE);
      TrappaChartLabel *column = add_label (b, text, 0, f, TRUE);
      TrappaRect *rect = &panel->cells[k - 1][0].rect;

      place (row, plot_x - row->box.width - f * 0.4, rect->y + (cell_h - row->box.height) / 2);
      rect = &panel->cells[0][k - 1].rect;
      place (column, rect->x + (cell_w - column->box.width) / 2, panel->plot.y + panel->plot.height + quad_h + f * 0.2);
    }
  place (x_title, plot_x + panel->plot.width - MIN (x_title->box.width, panel->plot.width),
         panel->plot.y + panel->plot.height + quad_h + tick_h);
  if (!out->spec->risk)
    {
      for (guint q = 0; q < 4; q++)
        {
          TrappaChartLabel *label = panel->quadrants[q];

          shorten (label, quadrant_name (q), panel->plot.width / 2 - f * 0.2, 1);
          place (label, plot_x + (q % 2 == 0 ? 0 : panel->plot.width - label->box.width),
                 q < 2 ? panel->plot.y - quad_h : panel->plot.y + panel->plot.height + f * 0.1);
        }
    }
  return x_title->box.y + x_title->box.height;
}

TrappaMatrixLayout *
trappa_matrix_layout_new (TrappaPlan             *plan,
                          const TrappaMatrixSpec *spec,
                          double                  width,
                          double                  height,
                          TrappaChartStyle        style)
{
  TrappaMatrixLayout *out = g_new0 (TrappaMatrixLayout, 1);
  GListModel *records = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), spec->list));
  Builder b = { out, NULL, 0, trappa_chart_style_smallest_px (style, 0) };
  double m, key_h = 0, legend_h = 0, panel_w, bottom, panels_end = 0;
  guint n_below = 0;

  out->width = width;
  out->height = height;
  out->style = style;
  out->spec = spec;
  out->n_panels = spec->n_panels;
  out->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_chart_text_label_free);
  out->chips = g_ptr_array_new_with_free_func (chip_free);
  out->legend = g_array_new (FALSE, FALSE, sizeof (TrappaMatrixLegendItem));
  b.context = trappa_chart_text_context_new ();
  trappa_plan_language_push (plan);
  /* The projector's type: larger on larger surfaces. */
  b.f = m = CLAMP (MIN (width / 1024, height / 768) * 16, 11, 22);

  /* The legend and key go under the panels: laid out from 0 first, for
   * their height, and moved down once the panels are placed. */
  bottom = height - m;
  if (spec->risk)
    {
      legend_h = lay_out_legend (&b, 0) + m * 0.5;
      if (spec->code != NULL)
        key_h = lay_out_key (&b, records, legend_h);
      n_below = out->labels->len;
      bottom -= legend_h + key_h + m;
    }
  panel_w = (width - 2 * m - (spec->n_panels - 1) * 2 * m) / spec->n_panels;
  for (guint p = 0; p < spec->n_panels; p++)
    panels_end = MAX (panels_end, lay_out_panel (&b, p, m + p * (panel_w + 2 * m), panel_w, m, bottom));
  lay_out_all_chips (&b, records);
  /* Right under the panels, which may end above @bottom (square cells). */
  for (guint i = 0; i < n_below; i++)
    ((TrappaChartLabel *) out->labels->pdata[i])->box.y += panels_end + m;
  for (guint i = 0; i < out->legend->len; i++)
    g_array_index (out->legend, TrappaMatrixLegendItem, i).swatch.y += panels_end + m;
  trappa_plan_language_pop ();
  g_object_unref (b.context);
  return out;
}

void
trappa_matrix_layout_free (TrappaMatrixLayout *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->chips);
  g_array_unref (self->legend);
  g_ptr_array_unref (self->labels);
  g_free (self);
}

int
trappa_matrix_layout_hit (TrappaMatrixLayout *self,
                          double              x,
                          double              y)
{
  for (guint i = self->chips->len; i > 0; i--)
    if (trappa_rect_contains (&((TrappaMatrixChip *) self->chips->pdata[i - 1])->box, x, y))
      return (int) i - 1;
  return -1;
}

gboolean
trappa_matrix_layout_cell_at (TrappaMatrixLayout *self,
                              guint               panel,
                              double              x,
                              double              y,
                              int                *column,
                              int                *row)
{
  const TrappaRect *plot = &self->panels[panel].plot;

  if (!trappa_rect_contains (plot, x, y))
    return FALSE;
  *column = CLAMP ((int) ((x - plot->x) / (plot->width / TRAPPA_MATRIX_SIZE)) + 1, 1, TRAPPA_MATRIX_SIZE);
  *row = CLAMP (TRAPPA_MATRIX_SIZE - (int) ((y - plot->y) / (plot->height / TRAPPA_MATRIX_SIZE)), 1,
                TRAPPA_MATRIX_SIZE);
  return TRUE;
}
