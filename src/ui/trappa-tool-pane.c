/* trappa-tool-pane.c: a pane of one of the planning tools
 *
 * The ROS, stakeholder and SWOT panes are the same thing: a heading, a
 * sentence saying what the tool is for, a record table of one plan list
 * and the tool's chart under it (if it has one), their selections linked. A subclass only
 * says which (TrappaToolPaneInfo); the table edits, validates and undoes
 * every field, the chart view exports, copies and presents.
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
  TrappaChartView   *chart;
} TrappaToolPanePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TrappaToolPane, trappa_tool_pane, TRAPPA_TYPE_PANE)

static const TrappaToolPaneInfo *
info_of (TrappaToolPane *self)
{
  return TRAPPA_TOOL_PANE_GET_CLASS (self)->info;
}

static void
trappa_tool_pane_plan_changed (TrappaPane *pane,
                               TrappaPlan *old_plan)
{
  TrappaToolPane *self = TRAPPA_TOOL_PANE (pane);
  TrappaToolPanePrivate *priv = trappa_tool_pane_get_instance_private (self);
  TrappaPlan *plan = trappa_pane_get_plan (pane);

  /* A plan given at construction waits for the table. */
  if (priv->table == NULL)
    return;
  trappa_record_table_set_list (priv->table, plan, plan != NULL ? TRAPPA_ITEM (plan) : NULL,
                                plan != NULL ? info_of (self)->list : NULL);
  if (priv->chart != NULL)
    trappa_chart_view_set_plan (priv->chart, plan);
}

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

/* Built once constructed: during the base class's instance init the
 * class is still the base's, without the subclass's info. */
static void
trappa_tool_pane_constructed (GObject *object)
{
  TrappaToolPane *self = TRAPPA_TOOL_PANE (object);
  TrappaToolPanePrivate *priv = trappa_tool_pane_get_instance_private (self);
  const TrappaToolPaneInfo *info = info_of (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *table_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree TrappaRecordColumn *columns = g_memdup2 (info->columns, info->n_columns * sizeof *columns);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  add_label (box, _(info->heading), "heading");
  add_label (box, _(info->description), "dim-label");

  /* The table copies the columns; the translated titles are static. */
  for (guint i = 0; i < info->n_columns; i++)
    columns[i].title = _(columns[i].title);
  priv->table = trappa_record_table_new_in (table_box, info->item_type (), columns, info->n_columns);
  /* A plan of who, how and when is a table only. */
  if (info->chart == NULL)
    gtk_box_append (GTK_BOX (box), table_box);
  else
    {
      GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_VERTICAL);

      priv->chart = TRAPPA_CHART_VIEW (trappa_chart_view_new (info->chart));
      gtk_paned_set_start_child (GTK_PANED (paned), table_box);
      gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (priv->chart));
      gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
      gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
      trappa_paned_share_evenly (GTK_PANED (paned));
      gtk_box_append (GTK_BOX (box), paned);
      trappa_chart_view_link_table (priv->chart, priv->table);
    }
  gtk_widget_set_vexpand (gtk_widget_get_last_child (box), TRUE);
  G_OBJECT_CLASS (trappa_tool_pane_parent_class)->constructed (object);
  trappa_tool_pane_plan_changed (TRAPPA_PANE (self), NULL);
}

static void
trappa_tool_pane_class_init (TrappaToolPaneClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = trappa_tool_pane_constructed;
  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_tool_pane_plan_changed;
}

static void
trappa_tool_pane_init (TrappaToolPane *self)
{
}

TrappaRecordTable *
trappa_tool_pane_get_table (TrappaToolPane *self)
{
  g_return_val_if_fail (TRAPPA_IS_TOOL_PANE (self), NULL);
  return ((TrappaToolPanePrivate *) trappa_tool_pane_get_instance_private (self))->table;
}

TrappaChartView *
trappa_tool_pane_get_chart (TrappaToolPane *self)
{
  g_return_val_if_fail (TRAPPA_IS_TOOL_PANE (self), NULL);
  return ((TrappaToolPanePrivate *) trappa_tool_pane_get_instance_private (self))->chart;
}
