/* trappa-report-doc.h: the written plan as a list of blocks
 *
 * What the report says, already translated, before it is laid out on
 * pages: headings, paragraphs, tables and figures. Built from a plan by
 * trappa-report-sections.c; laid out and painted by trappa-report.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-table.h"

G_BEGIN_DECLS

typedef enum
{
  TRAPPA_REPORT_HEADING,     /* level 1 starts a page; both go in the contents */
  TRAPPA_REPORT_PARAGRAPH,
  TRAPPA_REPORT_CAPTION,     /* small, under a figure or a table */
  TRAPPA_REPORT_TABLE,
  TRAPPA_REPORT_FIGURE,
} TrappaReportBlockKind;

/* Paints a figure at (0, 0) on a @width × @height surface (chart pixels;
 * the report scales it to the column). */
typedef void (*TrappaReportPaintFunc) (cairo_t  *cr,
                                       int       width,
                                       int       height,
                                       gpointer  data);

typedef struct
{
  TrappaReportBlockKind  kind;
  guint                  level;        /* HEADING: 1 or 2 */
  char                  *text;         /* HEADING, PARAGRAPH, CAPTION */
  TrappaTable           *table;        /* TABLE, owned */
  TrappaReportPaintFunc  paint;        /* FIGURE */
  gpointer               paint_data;
  GDestroyNotify         paint_data_free;
  int                    width;        /* FIGURE: the chart's own size */
  int                    height;
} TrappaReportBlock;

typedef struct
{
  char       *title;       /* the plan's title */
  GStrv       title_lines; /* under the title: municipality, period, date … */
  char       *contents;    /* "Innhald" */
  char       *footer;      /* left in every page's footer */
  char       *language;    /* "nn" or "nb": the charts paint in it */
  GPtrArray  *blocks;      /* TrappaReportBlock */
} TrappaReportDoc;

TrappaReportDoc *trappa_report_doc_new           (const char            *title,
                                                  const char * const    *title_lines,
                                                  const char            *contents,
                                                  const char            *footer);
void             trappa_report_doc_free          (TrappaReportDoc       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaReportDoc, trappa_report_doc_free)

void             trappa_report_doc_add_heading   (TrappaReportDoc       *self,
                                                  guint                  level,
                                                  const char            *text);
void             trappa_report_doc_add_paragraph (TrappaReportDoc       *self,
                                                  const char            *text);
void             trappa_report_doc_add_caption   (TrappaReportDoc       *self,
                                                  const char            *text);
/* Takes @table. */
void             trappa_report_doc_add_table     (TrappaReportDoc       *self,
                                                  TrappaTable           *table);
/* Takes @data, freed with @data_free. */
void             trappa_report_doc_add_figure    (TrappaReportDoc       *self,
                                                  TrappaReportPaintFunc  paint,
                                                  gpointer               data,
                                                  GDestroyNotify         data_free,
                                                  int                    width,
                                                  int                    height);

G_END_DECLS
