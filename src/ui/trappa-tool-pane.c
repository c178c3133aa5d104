/* trappa-tool-pane.c: a pane of one of the planning tools
 *
 * The ROS, stakeholder, SWOT, national goals and milestones panes are the
 * same thing: a heading, a sentence saying what the tool is for, a record
 * table of one plan list and the tool's chart under it (if it has one),
 * their selections linked. A subclass only says which
 * (TrappaToolPaneInfo); the table edits, validates and undoes every
 * field, the chart view exports, copies and presents. The participation
 * pane puts three such tools on pages of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-tool-pane"

#include <glib/gi18n.h>

#include "trappa-paned.h"
#include "trappa-tool-pane.h"

typedef struct
{
  TrappaRecordTable *table;
} TrappaToolPanePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TrappaToolPane, trappa_tool_pane, TRAPPA_TYPE_PANE)

/* Built once constructed: during the base class's instance init the
 * class is still the base's, without the subclass's info. */
static void
trappa_tool_pane_constructed (GObject *object)
{
  TrappaToolPane *self = TRAPPA_TOOL_PANE (object);
  TrappaToolPanePrivate *priv = trappa_tool_pane_get_instance_private (self);
  const TrappaToolPaneInfo *info = TRAPPA_TOOL_PANE_GET_CLASS (self)->info;
  GtkWidget *box = trappa_pane_add_box (TRAPPA_PANE (self));

  trappa_pane_add_label (box, _(info->heading), "heading");
  priv->table = trappa_tool_pane_add_tool (TRAPPA_PANE (self), box, info);
  G_OBJECT_CLASS (trappa_tool_pane_parent_class)->constructed (object);
}

static void
trappa_tool_pane_class_init (TrappaToolPaneClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = trappa_tool_pane_constructed;
}

static void
trappa_tool_pane_init (TrappaToolPane *self)
{
}

TrappaRecordTable *
trappa_tool_pane_add_tool (TrappaPane               *pane,
                           GtkWidget                *box,
                           const TrappaToolPaneInfo *info)
{
  GtkWidget *table_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree TrappaRecordColumn *columns = g_memdup2 (info->columns, info->n_columns * sizeof *columns);
  TrappaRecordTable *table;

  g_return_val_if_fail (TRAPPA_IS_PANE (pane), NULL);

  trappa_pane_add_label (box, _(info->description), "dim-label");
  /* The table copies the columns; the translated titles are static. */
  for (guint i = 0; i < info->n_columns; i++)
    columns[i].title = _(columns[i].title);
  table = trappa_pane_add_table (pane, table_box, info->item_type (), columns, info->n_columns, info->list);
  /* A plan of who, how and when is a table only. */
  if (info->chart == NULL)
    gtk_box_append (GTK_BOX (box), table_box);
  else
    {
      GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
      TrappaChartView *view = TRAPPA_CHART_VIEW (trappa_chart_view_new (info->chart));

      gtk_paned_set_start_child (GTK_PANED (paned), table_box);
      gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (view));
      gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
      gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
      trappa_paned_share_evenly (GTK_PANED (paned));
      gtk_box_append (GTK_BOX (box), paned);
      trappa_chart_view_link_table (view, table);
      g_object_bind_property (pane, "plan", view, "plan", G_BINDING_SYNC_CREATE);
    }
  gtk_widget_set_vexpand (gtk_widget_get_last_child (box), TRUE);
  return table;
}

TrappaRecordTable *
trappa_tool_pane_get_table (TrappaToolPane *self)
{
  g_return_val_if_fail (TRAPPA_IS_TOOL_PANE (self), NULL);
  return ((TrappaToolPanePrivate *) trappa_tool_pane_get_instance_private (self))->table;
}
