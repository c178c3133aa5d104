/* trappa-report.c: the written plan laid out on A4 pages, and the one
 * painter of a page that the PDF export and printing share
 *
 * Layout happens once, in trappa_report_new(): every piece of text becomes
 * a Pango layout measured at its final width and placed on a page as an
 * "op". Painting a page only replays its ops, so the PDF and the printer
 * get the same pages, and a check can look at every box.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-report"

#include <pango/pangocairo.h>

#include "trappa-chart-text.h"
#include "trappa-format.h"
#include "trappa-report.h"
#include "trappa-report-language.h"

#define MM              (72.0 / 25.4)
#define MARGIN_TOP      (20 * MM)
#define MARGIN_BOTTOM   (25 * MM)
#define MARGIN_INNER    (25 * MM)    /* the side that is bound */
#define MARGIN_OUTER    (20 * MM)
#define CONTENT_WIDTH   (TRAPPA_REPORT_PAGE_WIDTH - MARGIN_INNER - MARGIN_OUTER)
#define CONTENT_BOTTOM  (TRAPPA_REPORT_PAGE_HEIGHT - MARGIN_BOTTOM)
#define FOOTER_Y        (TRAPPA_REPORT_PAGE_HEIGHT - 15 * MM)
#define NUMBER_WIDTH    40.0         /* page numbers in the contents */

#define FONT            "DejaVu Sans"
#define SIZE_TITLE      24.0
#define SIZE_HEADING_1  16.0
#define SIZE_HEADING_2  12.5
#define SIZE_BODY       10.0
#define SIZE_TABLE      8.0
#define SIZE_SMALL      7.5

#define CELL_PAD_X      3.0
#define CELL_PAD_Y      2.5
#define MIN_TEXT_COLUMN 48.0
/* A heading needs this much room under it, or it moves to the next page. */
#define KEEP_WITH_NEXT  90.0
/* A table at most this tall is not split across pages: it moves whole
 * (with its heading) to the next page instead. */
#define KEEP_WHOLE      ((CONTENT_BOTTOM - MARGIN_TOP) / 3)
#define PARAGRAPH_SPACE 8.0

typedef enum { OP_TEXT, OP_RULE, OP_SHADE, OP_FIGURE } OpKind;

typedef struct
{
  OpKind                   kind;
  double                   x, y, width, height;  /* x from the text column's left */
  PangoLayout             *layout;               /* TEXT */
  double                   gray;                 /* TEXT, RULE and SHADE colour */
  gboolean                 footer;               /* TEXT below the margin */
  const TrappaReportBlock *figure;               /* FIGURE */
} Op;

struct _TrappaReport
{
  GObject          parent_instance;

  TrappaReportDoc *doc;
  PangoContext    *context;
  GPtrArray       *pages;     /* GPtrArray of Op */
  GArray          *entries;   /* TrappaReportEntry */
};

G_DEFINE_FINAL_TYPE (TrappaReport, trappa_report, G_TYPE_OBJECT)

/* Where the blocks are placed while laying out. */
typedef struct
{
  TrappaReport *report;
  GPtrArray    *pages;
  GPtrArray    *page;
  double        y;
} Flow;

static void
op_free (Op *op)
{
  g_clear_object (&op->layout);
  g_free (op);
}

static Op *
add_op (Flow   *flow,
        OpKind  kind,
        double  x,
        double  y,
        double  width,
        double  height)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->x = x;
  op->y = y;
  op->width = width;
  op->height = height;
  g_ptr_array_add (flow->page, op);
  return op;
}

static void
flow_new_page (Flow *flow)
{
  flow->page = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  g_ptr_array_add (flow->pages, flow->page);
  flow->y = MARGIN_TOP;
}

static gboolean
flow_page_is_empty (Flow *flow)
{
  return flow->page->len == 0;
}

/* Moves on to a new page unless @height fits under the cursor (or the
 * page is empty: what does not fit on an empty page fits nowhere). */
static void
flow_need (Flow   *flow,
           double  height)
{
  if (flow->y + height > CONTENT_BOTTOM && !flow_page_is_empty (flow))
    flow_new_page (flow);
}

static PangoLayout *
text_layout (TrappaReport   *self,
             const char     *text,
             double          size,
             gboolean        bold,
             gboolean        italic,
             double          width,
             PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
  PangoAttrList *attrs;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  /* A word broken to fit a narrow cell gets no hyphen: one that is not
   * there would change a name. */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  if (width > 0)
    {
      /* Any word wraps, even a 300-character one: nothing is clipped. */
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static double
layout_natural_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* Adds @layout (taking it) at (@x, flow->y), as tall as it is. */
static Op *
place_text (Flow        *flow,
            PangoLayout *layout,
            double       x,
            double       width,
            double       gray)
{
  Op *op = add_op (flow, OP_TEXT, x, flow->y, width, layout_height (layout));

  op->layout = layout;
  op->gray = gray;
  return op;
}

/* As place_text(), and returns the height. */
static double
add_text (Flow        *flow,
          PangoLayout *layout,
          double       x,
          double       width,
          double       gray)
{
  return place_text (flow, layout, x, width, gray)->height;
}

static void
lay_out_text_block (Flow        *flow,
                    const char  *text,
                    double       size,
                    gboolean     bold,
                    gboolean     italic,
                    double       gray,
                    double       space_after)
{
  PangoLayout *layout = text_layout (flow->report, text, size, bold, italic, CONTENT_WIDTH, PANGO_ALIGN_LEFT);

  flow_need (flow, layout_height (layout));
  flow->y += add_text (flow, layout, 0, CONTENT_WIDTH, gray) + space_after;
}

/* @keep: the room what follows needs under the heading. */
static void
lay_out_heading (Flow                    *flow,
                 const TrappaReportBlock *block,
                 double                   keep)
{
  TrappaReport *self = flow->report;
  gboolean top = block->level == 1;
  PangoLayout *layout = text_layout (self, block->text, top ? SIZE_HEADING_1 : SIZE_HEADING_2,
                                     TRUE, FALSE, CONTENT_WIDTH, PANGO_ALIGN_LEFT);
  double height = layout_height (layout);
  double space = top ? 12 : 6;    /* between the heading and what follows */
  TrappaReportEntry entry = { block->level, block->text, 0 };

  if (top && !flow_page_is_empty (flow))
    flow_new_page (flow);
  else if (!flow_page_is_empty (flow))
    flow->y += 10;
  flow_need (flow, height + space + keep);
  entry.page = flow->pages->len - 1;
  g_array_append_val (self->entries, entry);
  flow->y += add_text (flow, layout, 0, CONTENT_WIDTH, 0.1) + space;
}

static void
lay_out_figure (Flow                    *flow,
                const TrappaReportBlock *block)
{
  double width = CONTENT_WIDTH;
  double height = width * block->height / MAX (block->width, 1);
  double room = (CONTENT_BOTTOM - MARGIN_TOP) * 0.8;
  Op *op;

  if (height > room)
    {
      width *= room / height;
      height = room;
    }
  /* A figure keeps its caption line with it. */
  flow_need (flow, height + 24);
  op = add_op (flow, OP_FIGURE, (CONTENT_WIDTH - width) / 2, flow->y, width, height);
  op->figure = block;
  flow->y += height + 4;
}

typedef struct
{
  guint          n_columns;
  double        *widths;
  PangoLayout  **header;     /* n_columns */
  double         header_height;
} TableFrame;

/* The widest word of @layout: it is the narrowest the column can be
 * without breaking a word. Leaves @layout without a width. */
static double
widest_word (PangoLayout *layout)
{
  double width;

  pango_layout_set_width (layout, 1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  width = layout_natural_width (layout);
  pango_layout_set_width (layout, -1);
  return width;
}

/* Column widths: a number column as wide as its widest figure (its title
 * wraps), a text column at least as wide as its widest word; what room is
 * left goes to the columns that want more, by how much more. */
static void
fit_columns (TableFrame  *frame,
             GPtrArray   *cells,      /* rows of PangoLayout*, n_columns each */
             gboolean    *numeric)
{
  g_autofree double *least = g_new0 (double, frame->n_columns);
  g_autofree double *want = g_new0 (double, frame->n_columns);
  double sum_least = 0, sum_want = 0, sum_text = 0, sum_numbers = 0, sum_text_least = 0;
  const double pad = 2 * CELL_PAD_X + 1;

  for (guint c = 0; c < frame->n_columns; c++)
    {
      double cells_width = 0, word = widest_word (frame->header[c]);
      double header_width = layout_natural_width (frame->header[c]);

      for (guint r = 0; r < cells->len; r++)
        {
          PangoLayout **row = g_ptr_array_index (cells, r);

          cells_width = MAX (cells_width, layout_natural_width (row[c]));
          if (!numeric[c])
            word = MAX (word, widest_word (row[c]));
        }
      if (numeric[c])
        {
          least[c] = MAX (cells_width, word) + pad;
          want[c] = MAX (least[c], MIN (header_width, 70.0) + pad);
          sum_numbers += least[c];
        }
      else
        {
          least[c] = CLAMP (word + pad, MIN_TEXT_COLUMN, 110.0);
          want[c] = MAX (least[c], MAX (cells_width, header_width) + pad);
          sum_text += want[c];
          sum_text_least += least[c];
        }
      sum_least += least[c];
      sum_want += want[c];
    }
  for (guint c = 0; c < frame->n_columns; c++)
    {
      if (sum_want <= CONTENT_WIDTH)
        /* Room to spare: the table still spans the column, text columns
         * (or, in a table of numbers only, all) taking the rest. */
        frame->widths[c] = want[c] + (CONTENT_WIDTH - sum_want) *
                           (sum_text > 0 ? (numeric[c] ? 0 : want[c] / sum_text) : want[c] / sum_want);
      else if (sum_least <= CONTENT_WIDTH)
        frame->widths[c] = least[c] + (CONTENT_WIDTH - sum_least) * (want[c] - least[c]) / (sum_want - sum_least);
      else if (numeric[c] && sum_numbers < CONTENT_WIDTH * 0.75)
        /* Too narrow even so: text columns break words, figures stay whole. */
        frame->widths[c] = least[c];
      else if (sum_numbers < CONTENT_WIDTH * 0.75)
        frame->widths[c] = least[c] * (CONTENT_WIDTH - sum_numbers) / sum_text_least;
      else
        frame->widths[c] = least[c] * CONTENT_WIDTH / sum_least;
    }
}

static void
set_cell_width (PangoLayout *layout,
                double       width)
{
  pango_layout_set_width (layout, (int) ((width - 2 * CELL_PAD_X) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
}

static void
lay_out_header_row (Flow       *flow,
                    TableFrame *frame)
{
  double x = 0;

  add_op (flow, OP_SHADE, 0, flow->y, CONTENT_WIDTH, frame->header_height)->gray = 0.90;
  for (guint c = 0; c < frame->n_columns; c++)
    {
      Op *op = add_op (flow, OP_TEXT, x + CELL_PAD_X, flow->y + CELL_PAD_Y,
                       frame->widths[c] - 2 * CELL_PAD_X, frame->header_height - 2 * CELL_PAD_Y);

      /* Each page that shows the table holds its own reference. */
      op->layout = g_object_ref (frame->header[c]);
      x += frame->widths[c];
    }
  flow->y += frame->header_height;
  add_op (flow, OP_RULE, 0, flow->y, CONTENT_WIDTH, 0.8)->gray = 0.3;
}

/* A table with its cells laid out at their column widths, before it is
 * placed on pages. */
typedef struct
{
  TrappaTable *table;
  TableFrame   frame;
  GPtrArray   *cells;        /* rows of PangoLayout*, each handed to an op when placed */
  PangoLayout **spans;       /* per row: a group row's text across the table, else NULL */
  double      *row_heights;
  double       height;       /* the header and every row */
} MeasuredTable;

static MeasuredTable *
measure_table (TrappaReport *self,
               TrappaTable  *table)
{
  guint n_rows = trappa_table_get_n_rows (table);
  g_autofree gboolean *numeric = g_new0 (gboolean, table->n_columns);
  MeasuredTable *m = g_new0 (MeasuredTable, 1);

  m->table = table;
  m->cells = g_ptr_array_new_with_free_func (g_free);
  m->row_heights = g_new0 (double, n_rows);
  m->spans = g_new0 (PangoLayout *, n_rows);
  m->frame = (TableFrame) { table->n_columns, g_new0 (double, table->n_columns),
                            g_new0 (PangoLayout *, table->n_columns), 0 };
  for (guint c = 0; c < table->n_columns; c++)
    {
      gboolean any = FALSE, all = TRUE;

      for (guint r = 0; r < n_rows; r++)
        {
          const TrappaCell *cell = trappa_table_get_cell (table, r, c);

          if (cell->kind == TRAPPA_CELL_TEXT && cell->text[0] == '\0')
            continue;
          any = TRUE;
          all &= cell->kind != TRAPPA_CELL_TEXT;
        }
      numeric[c] = any && all;
      m->frame.header[c] = text_layout (self, table->header[c], SIZE_TABLE, TRUE, FALSE, -1,
                                        numeric[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      PangoLayout **row = g_new0 (PangoLayout *, table->n_columns);
      gboolean group = trappa_table_get_row_kind (table, r) == TRAPPA_ROW_GROUP;

      for (guint c = 0; c < table->n_columns; c++)
        {
          const TrappaCell *cell = trappa_table_get_cell (table, r, c);
          /* A group row's text spans the table, so it has no say in the
           * width of the first column. */
          g_autofree char *text = group ? g_strdup ("") : trappa_cell_to_text (cell);

          row[c] = text_layout (self, text, SIZE_TABLE, trappa_table_row_is_total (table, r), FALSE, -1,
                                cell->kind != TRAPPA_CELL_TEXT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        }
      if (group)
        {
          g_autofree char *text = trappa_cell_to_text (trappa_table_get_cell (table, r, 0));

          m->spans[r] = text_layout (self, text, SIZE_TABLE, FALSE, TRUE, -1, PANGO_ALIGN_LEFT);
          set_cell_width (m->spans[r], CONTENT_WIDTH);
        }
      g_ptr_array_add (m->cells, row);
    }
  fit_columns (&m->frame, m->cells, numeric);

  for (guint c = 0; c < table->n_columns; c++)
    {
      set_cell_width (m->frame.header[c], m->frame.widths[c]);
      m->frame.header_height = MAX (m->frame.header_height, layout_height (m->frame.header[c]) + 2 * CELL_PAD_Y);
    }
  m->height = m->frame.header_height;
  for (guint r = 0; r < n_rows; r++)
    {
      PangoLayout **row = g_ptr_array_index (m->cells, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          set_cell_width (row[c], m->frame.widths[c]);
          m->row_heights[r] = MAX (m->row_heights[r], layout_height (row[c]) + 2 * CELL_PAD_Y);
        }
      if (m->spans[r] != NULL)
        m->row_heights[r] = MAX (m->row_heights[r], layout_height (m->spans[r]) + 2 * CELL_PAD_Y);
      m->height += m->row_heights[r];
    }
  return m;
}

/* The room the table needs where it starts: all of it when it is short
 * enough to keep whole, else its header and first row. */
static double
table_keep (const MeasuredTable *m)
{
  if (m->height <= KEEP_WHOLE)
    return m->height;
  return m->frame.header_height + (trappa_table_get_n_rows (m->table) > 0 ? m->row_heights[0] : 0);
}

/* Places @m on the pages and frees it. */
static void
lay_out_table (Flow          *flow,
               MeasuredTable *m)
{
  TrappaTable *table = m->table;
  guint n_rows = trappa_table_get_n_rows (table);
  const double *row_heights = m->row_heights;

  flow_need (flow, table_keep (m));
  lay_out_header_row (flow, &m->frame);
  for (guint r = 0, on_page = 0; r < n_rows; r++, on_page++)
    {
      PangoLayout **row = g_ptr_array_index (m->cells, r);
      gboolean total = trappa_table_row_is_total (table, r);
      double keep = row_heights[r];
      double x = 0;

      /* The sum rows under a row go with it to the next page: a page
       * with only a table's sums on it shows nothing they add up; and a
       * group's name goes with its first row. */
      for (guint t = r + 1; !total && t < n_rows && trappa_table_row_is_total (table, t); t++)
        keep += row_heights[t];
      if (m->spans[r] != NULL && r + 1 < n_rows)
        keep += row_heights[r + 1];
      /* A row taller than a page stays under its header all the same. */
      if (flow->y + keep > CONTENT_BOTTOM && on_page > 0)
        {
          flow_new_page (flow);
          lay_out_header_row (flow, &m->frame);
          on_page = 0;
        }
      if (total)
        add_op (flow, OP_RULE, 0, flow->y, CONTENT_WIDTH, 0.8)->gray = 0.3;
      for (guint c = 0; c < table->n_columns; c++)
        {
          Op *op;

          if (m->spans[r] != NULL)
            {
              /* The group row's cells are empty: its text is the span. */
              g_object_unref (row[c]);
              continue;
            }
          op = add_op (flow, OP_TEXT, x + CELL_PAD_X, flow->y + CELL_PAD_Y,
                       m->frame.widths[c] - 2 * CELL_PAD_X, row_heights[r] - 2 * CELL_PAD_Y);
          op->layout = row[c];
          x += m->frame.widths[c];
        }
      if (m->spans[r] != NULL)
        add_op (flow, OP_TEXT, CELL_PAD_X, flow->y + CELL_PAD_Y,
                CONTENT_WIDTH - 2 * CELL_PAD_X, row_heights[r] - 2 * CELL_PAD_Y)->layout = m->spans[r];
      flow->y += row_heights[r];
      add_op (flow, OP_RULE, 0, flow->y, CONTENT_WIDTH, 0.3)->gray = 0.75;
    }
  flow->y += 6;

  for (guint c = 0; c < table->n_columns; c++)
    g_object_unref (m->frame.header[c]);
  g_free (m->frame.header);
  g_free (m->frame.widths);
  g_ptr_array_unref (m->cells);
  g_free (m->spans);
  g_free (m->row_heights);
  g_free (m);
}

/* The room the heading at @index needs under it: its paragraphs (a
 * target area's goal) and the start of the table under them, which is
 * measured now (into @measured) and placed when its turn comes; else
 * KEEP_WITH_NEXT. */
static double
keep_with_heading (TrappaReport   *self,
                   guint           index,
                   MeasuredTable **measured)
{
  GPtrArray *blocks = self->doc->blocks;
  double keep = 0;

  for (guint i = index + 1; i < blocks->len; i++)
    {
      const TrappaReportBlock *next = g_ptr_array_index (blocks, i);

      if (next->kind == TRAPPA_REPORT_PARAGRAPH)
        {
          g_autoptr(PangoLayout) layout = text_layout (self, next->text, SIZE_BODY, FALSE, FALSE,
                                                       CONTENT_WIDTH, PANGO_ALIGN_LEFT);

          keep += layout_height (layout) + PARAGRAPH_SPACE;
          continue;
        }
      if (next->kind == TRAPPA_REPORT_TABLE)
        {
          *measured = measure_table (self, next->table);
          return MAX (KEEP_WITH_NEXT, keep + table_keep (*measured));
        }
      break;
    }
  return KEEP_WITH_NEXT;
}

static void
lay_out_blocks (TrappaReport *self,
                Flow         *flow)
{
  MeasuredTable *measured = NULL;   /* the table after a heading, measured for it */

  for (guint i = 0; i < self->doc->blocks->len; i++)
    {
      const TrappaReportBlock *block = g_ptr_array_index (self->doc->blocks, i);

      switch (block->kind)
        {
        case TRAPPA_REPORT_HEADING:
          lay_out_heading (flow, block, keep_with_heading (self, i, &measured));
          break;
        case TRAPPA_REPORT_PARAGRAPH:
          lay_out_text_block (flow, block->text, SIZE_BODY, FALSE, FALSE, 0.0, PARAGRAPH_SPACE);
          break;
        case TRAPPA_REPORT_CAPTION:
          lay_out_text_block (flow, block->text, SIZE_SMALL, FALSE, TRUE, 0.3, 12);
          break;
        case TRAPPA_REPORT_TABLE:
          lay_out_table (flow, measured != NULL && measured->table == block->table
                               ? g_steal_pointer (&measured) : measure_table (self, block->table));
          break;
        case TRAPPA_REPORT_FIGURE:
        default:
          lay_out_figure (flow, block);
          break;
        }
    }
}

/* The contents: one line per heading with its page number (or a stand-in
 * of the same width when @offset is negative, to count the pages first). */
static void
lay_out_contents (TrappaReport *self,
                  Flow         *flow,
                  int           offset)
{
  flow_new_page (flow);
  flow->y += add_text (flow, text_layout (self, self->doc->contents, SIZE_HEADING_1, TRUE, FALSE,
                                          CONTENT_WIDTH, PANGO_ALIGN_LEFT), 0, CONTENT_WIDTH, 0.1) + 14;
  for (guint i = 0; i < self->entries->len; i++)
    {
      const TrappaReportEntry *entry = &g_array_index (self->entries, TrappaReportEntry, i);
      double indent = entry->level == 1 ? 0 : 14;
      double width = CONTENT_WIDTH - NUMBER_WIDTH - indent;
      PangoLayout *text = text_layout (self, entry->text, SIZE_BODY, entry->level == 1, FALSE,
                                       width - 8, PANGO_ALIGN_LEFT);
      g_autofree char *number = g_strdup_printf ("%u", offset < 0 ? 999 : entry->page + 1);
      PangoLayout *page = text_layout (self, number, SIZE_BODY, entry->level == 1, FALSE,
                                       NUMBER_WIDTH, PANGO_ALIGN_RIGHT);
      double height = layout_height (text);

      if (entry->level == 1)
        flow->y += 4;
      flow_need (flow, height);
      add_text (flow, page, CONTENT_WIDTH - NUMBER_WIDTH, NUMBER_WIDTH, 0.0);
      flow->y += add_text (flow, text, indent, width - 8, 0.0) + 3;
    }
}

static void
lay_out_title_page (TrappaReport *self,
                    Flow         *flow)
{
  flow_new_page (flow);
  flow->y = 70 * MM;
  add_op (flow, OP_RULE, 0, flow->y - 10, CONTENT_WIDTH, 2)->gray = 0.25;
  flow->y += add_text (flow, text_layout (self, self->doc->title, SIZE_TITLE, TRUE, FALSE,
                                          CONTENT_WIDTH, PANGO_ALIGN_LEFT), 0, CONTENT_WIDTH, 0.1) + 24;
  for (guint i = 0; self->doc->title_lines[i] != NULL; i++)
    flow->y += add_text (flow, text_layout (self, self->doc->title_lines[i], 13, FALSE, FALSE,
                                            CONTENT_WIDTH, PANGO_ALIGN_LEFT), 0, CONTENT_WIDTH, 0.2) + 6;
}

static void
add_footer (TrappaReport *self,
            GPtrArray    *page,
            guint         number)
{
  Flow flow = { self, NULL, page, FOOTER_Y };
  g_autofree char *text = g_strdup_printf ("%u", number + 1);
  PangoLayout *left = text_layout (self, self->doc->footer, SIZE_SMALL, FALSE, FALSE,
                                   CONTENT_WIDTH - NUMBER_WIDTH - 10, PANGO_ALIGN_LEFT);
  /* The binding side takes the title, the outer side the number. */
  gboolean odd = number % 2 == 0;
  Op *rule;

  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  rule = add_op (&flow, OP_RULE, 0, FOOTER_Y - 4, CONTENT_WIDTH, 0.4);

  rule->gray = 0.6;
  rule->footer = TRUE;
  place_text (&flow, left, odd ? 0 : NUMBER_WIDTH + 10, CONTENT_WIDTH - NUMBER_WIDTH - 10, 0.35)->footer = TRUE;
  place_text (&flow, text_layout (self, text, SIZE_SMALL, TRUE, FALSE, NUMBER_WIDTH,
                                odd ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT),
            odd ? CONTENT_WIDTH - NUMBER_WIDTH : 0, NUMBER_WIDTH, 0.2)->footer = TRUE;
}

static void
lay_out (TrappaReport *self)
{
  g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  Flow flow = { self, body, NULL, 0 };
  guint n_contents, first_body;

  flow_new_page (&flow);
  lay_out_blocks (self, &flow);
  if (flow_page_is_empty (&flow))
    g_ptr_array_set_size (body, body->len - 1);

  flow = (Flow) { self, contents, NULL, 0 };
  lay_out_contents (self, &flow, -1);
  n_contents = contents->len;
  first_body = 1 + n_contents;
  for (guint i = 0; i < self->entries->len; i++)
    g_array_index (self->entries, TrappaReportEntry, i).page += first_body;
  g_ptr_array_set_size (contents, 0);
  lay_out_contents (self, &flow, 0);
  g_assert (contents->len == n_contents);

  flow = (Flow) { self, self->pages, NULL, 0 };
  lay_out_title_page (self, &flow);
  g_ptr_array_extend_and_steal (self->pages, g_steal_pointer (&contents));
  g_ptr_array_extend_and_steal (self->pages, g_steal_pointer (&body));
  for (guint i = 1; i < self->pages->len; i++)
    add_footer (self, g_ptr_array_index (self->pages, i), i);
}

static double
content_left (guint page)
{
  /* Page 1 is a right-hand page: bound on its left. */
  return page % 2 == 0 ? MARGIN_INNER : MARGIN_OUTER;
}

static void
trappa_report_finalize (GObject *object)
{
  TrappaReport *self = TRAPPA_REPORT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->doc, trappa_report_doc_free);
  G_OBJECT_CLASS (trappa_report_parent_class)->finalize (object);
}

static void
trappa_report_class_init (TrappaReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = trappa_report_finalize;
}

static void
trappa_report_init (TrappaReport *self)
{
  self->context = trappa_chart_text_context_new ();
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->entries = g_array_new (FALSE, FALSE, sizeof (TrappaReportEntry));
}

TrappaReport *
trappa_report_new (TrappaReportDoc *doc)
{
  TrappaReport *self = g_object_new (TRAPPA_TYPE_REPORT, NULL);

  self->doc = doc;
  lay_out (self);
  return self;
}

guint
trappa_report_get_n_pages (TrappaReport *self)
{
  g_return_val_if_fail (TRAPPA_IS_REPORT (self), 0);
  return self->pages->len;
}

GArray *
trappa_report_get_entries (TrappaReport *self)
{
  g_return_val_if_fail (TRAPPA_IS_REPORT (self), NULL);
  return self->entries;
}

void
trappa_report_paint_page (TrappaReport *self,
                          cairo_t      *cr,
                          guint         page)
{
  g_autoptr(TrappaReportLanguage) language = NULL;
  GPtrArray *ops;
  double left = content_left (page);

  g_return_if_fail (TRAPPA_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);

  ops = g_ptr_array_index (self->pages, page);
  /* Charts lay their text out as they paint: in the plan's language. */
  language = trappa_report_language_push (self->doc->language);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, TRAPPA_REPORT_PAGE_WIDTH, TRAPPA_REPORT_PAGE_HEIGHT);
  cairo_fill (cr);
  for (guint i = 0; i < ops->len; i++)
    {
      const Op *op = g_ptr_array_index (ops, i);

      cairo_save (cr);
      cairo_translate (cr, left + op->x, op->y);
      switch (op->kind)
        {
        case OP_TEXT:
          cairo_set_source_rgb (cr, op->gray, op->gray, op->gray);
          cairo_move_to (cr, 0, 0);
          pango_cairo_show_layout (cr, op->layout);
          break;
        case OP_RULE:
          cairo_set_source_rgb (cr, op->gray, op->gray, op->gray);
          cairo_set_line_width (cr, op->height);
          cairo_move_to (cr, 0, 0);
          cairo_line_to (cr, op->width, 0);
          cairo_stroke (cr);
          break;
        case OP_SHADE:
          cairo_set_source_rgb (cr, op->gray, op->gray, op->gray);
          cairo_rectangle (cr, 0, 0, op->width, op->height);
          cairo_fill (cr);
          break;
        case OP_FIGURE:
        default:
          cairo_rectangle (cr, 0, 0, op->width, op->height);
          cairo_clip (cr);
          cairo_scale (cr, op->width / op->figure->width, op->height / op->figure->height);
          op->figure->paint (cr, op->figure->width, op->figure->height, op->figure->paint_data);
          break;
        }
      cairo_restore (cr);
    }
  cairo_restore (cr);
}

guint
trappa_report_count_overflows (TrappaReport *self)
{
  guint overflows = 0;

  g_return_val_if_fail (TRAPPA_IS_REPORT (self), 0);

  for (guint p = 0; p < self->pages->len; p++)
    {
      GPtrArray *ops = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < ops->len; i++)
        {
          const Op *op = g_ptr_array_index (ops, i);
          double bottom = op->footer ? TRAPPA_REPORT_PAGE_HEIGHT - 5 * MM : CONTENT_BOTTOM;
          PangoRectangle logical;
          gboolean fits;

          fits = op->x >= -0.01 && op->x + op->width <= CONTENT_WIDTH + 0.01 &&
                 op->y >= (op->footer ? CONTENT_BOTTOM : MARGIN_TOP) - 0.01 &&
                 op->y + op->height <= bottom + 0.01;
          if (op->kind == OP_TEXT)
            {
              pango_layout_get_extents (op->layout, NULL, &logical);
              fits &= logical.x >= 0 &&
                      (double) (logical.x + logical.width) / PANGO_SCALE <= op->width + 0.01 &&
                      (double) logical.height / PANGO_SCALE <= op->height + 0.01;
            }
          if (!fits)
            g_debug ("page %u: box %u (%.1f, %.1f, %.1f × %.1f) does not hold %s",
                     p + 1, i, op->x, op->y, op->width, op->height,
                     op->layout != NULL ? pango_layout_get_text (op->layout) : "a rule or a figure");
          overflows += !fits;
        }
    }
  return overflows;
}
