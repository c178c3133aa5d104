/* trappa-report-doc.c: the written plan as a list of blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-report"

#include "trappa-report-doc.h"

static void
block_free (TrappaReportBlock *block)
{
  g_free (block->text);
  g_clear_pointer (&block->table, trappa_table_free);
  if (block->paint_data_free != NULL)
    block->paint_data_free (block->paint_data);
  g_free (block);
}

static TrappaReportBlock *
add_block (TrappaReportDoc       *self,
           TrappaReportBlockKind  kind,
           const char            *text)
{
  TrappaReportBlock *block = g_new0 (TrappaReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (self->blocks, block);
  return block;
}

TrappaReportDoc *
trappa_report_doc_new (const char          *title,
                       const char * const  *title_lines,
                       const char          *contents,
                       const char          *footer)
{
  TrappaReportDoc *self = g_new0 (TrappaReportDoc, 1);

  self->title = g_strdup (title);
  self->title_lines = g_strdupv ((char **) title_lines);
  self->contents = g_strdup (contents);
  self->footer = g_strdup (footer);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  return self;
}

void
trappa_report_doc_free (TrappaReportDoc *self)
{
  g_free (self->title);
  g_strfreev (self->title_lines);
  g_free (self->contents);
  g_free (self->footer);
  g_free (self->language);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}

void
trappa_report_doc_add_heading (TrappaReportDoc *self,
                               guint            level,
                               const char      *text)
{
  add_block (self, TRAPPA_REPORT_HEADING, text)->level = CLAMP (level, 1, 2);
}

void
trappa_report_doc_add_paragraph (TrappaReportDoc *self,
                                 const char      *text)
{
  add_block (self, TRAPPA_REPORT_PARAGRAPH, text);
}

void
trappa_report_doc_add_caption (TrappaReportDoc *self,
                               const char      *text)
{
  add_block (self, TRAPPA_REPORT_CAPTION, text);
}

void
trappa_report_doc_add_table (TrappaReportDoc *self,
                             TrappaTable     *table)
{
  add_block (self, TRAPPA_REPORT_TABLE, NULL)->table = table;
}

void
trappa_report_doc_add_figure (TrappaReportDoc       *self,
                              TrappaReportPaintFunc  paint,
                              gpointer               data,
                              GDestroyNotify         data_free,
                              int                    width,
                              int                    height)
{
  TrappaReportBlock *block = add_block (self, TRAPPA_REPORT_FIGURE, NULL);

  block->paint = paint;
  block->paint_data = data;
  block->paint_data_free = data_free;
  block->width = width;
  block->height = height;
}
