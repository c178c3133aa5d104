/* trappa-tool-pane.h: a pane of one of the planning tools — a table of
 * one plan list with its chart beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-chart-view.h"
#include "trappa-pane.h"
#include "trappa-record-table.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_TOOL_PANE (trappa_tool_pane_get_type ())
G_DECLARE_DERIVABLE_TYPE (TrappaToolPane, trappa_tool_pane, TRAPPA, TOOL_PANE, TrappaPane)

/* What a tool pane shows: a subclass fills one in its class_init. */
typedef struct
{
  const char               *heading;      /* marked for translation */
  const char               *description;  /* marked for translation */
  const char               *list;         /* the plan's list */
  GType                   (*item_type) (void);
  const char               *chart;        /* a chart kind's name */
  /* The table's columns, with titles marked for translation. */
  const TrappaRecordColumn *columns;
  guint                     n_columns;
} TrappaToolPaneInfo;

struct _TrappaToolPaneClass
{
  TrappaPaneClass           parent_class;

  const TrappaToolPaneInfo *info;
};

TrappaRecordTable *trappa_tool_pane_get_table (TrappaToolPane *self);
TrappaChartView   *trappa_tool_pane_get_chart (TrappaToolPane *self);

G_END_DECLS
