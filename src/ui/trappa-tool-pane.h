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
  const char               *chart;        /* a chart kind's name, or NULL */
  /* The table's columns, with titles marked for translation. */
  const TrappaRecordColumn *columns;
  guint                     n_columns;
  /* Optional: fills in what is known only at run time (the translated
   * labels of a choice column), once, before the first pane is built. */
  void                    (*prepare) (void);
} TrappaToolPaneInfo;

struct _TrappaToolPaneClass
{
  TrappaPaneClass           parent_class;

  const TrappaToolPaneInfo *info;
};

/* Defines the final tool pane TN (t_n_get_type, a header declaring it
 * with G_DECLARE_FINAL_TYPE on TrappaToolPane) whose only code is its
 * TrappaToolPaneInfo @info. */
#define TRAPPA_DEFINE_TOOL_PANE(TN, t_n, info)                           \
  struct _##TN { TrappaToolPane parent_instance; };                      \
  G_DEFINE_FINAL_TYPE (TN, t_n, TRAPPA_TYPE_TOOL_PANE)                   \
  static void t_n##_class_init (TN##Class *klass)                        \
  {                                                                      \
    if ((info).prepare != NULL)                                          \
      (info).prepare ();                                                 \
    TRAPPA_TOOL_PANE_CLASS (klass)->info = &(info);                      \
  }                                                                      \
  static void t_n##_init (TN *self) { }

/* Adds @info's description, a table of its list of the plan shown in
 * @pane and, for a tool with a chart, the chart under the table, to
 * @box. For a pane of several tools (one page each). */
TrappaRecordTable *trappa_tool_pane_add_tool  (TrappaPane               *pane,
                                               GtkWidget                *box,
                                               const TrappaToolPaneInfo *info);

TrappaRecordTable *trappa_tool_pane_get_table (TrappaToolPane *self);

G_END_DECLS
