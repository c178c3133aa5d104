/* trappa-milestones-pane.c: the plan's milestones (M0, M1 …)
 *
 * The milestones of a project mandate (Alver's M0–M8: what is done by
 * when, and who approves it) in one record table, so they are added,
 * removed, reordered and undone as every other list of the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-milestones-pane"

#include <glib/gi18n.h>

#include "trappa-milestones-pane.h"

struct _TrappaMilestonesPane
{
  TrappaPane         parent_instance;

  TrappaRecordTable *table;
};

G_DEFINE_FINAL_TYPE (TrappaMilestonesPane, trappa_milestones_pane, TRAPPA_TYPE_PANE)

static void
trappa_milestones_pane_plan_changed (TrappaPane *pane,
                                     TrappaPlan *old_plan)
{
  TrappaMilestonesPane *self = TRAPPA_MILESTONES_PANE (pane);
  TrappaPlan *plan = trappa_pane_get_plan (pane);

  trappa_record_table_set_list (self->table, plan, plan != NULL ? TRAPPA_ITEM (plan) : NULL,
                                plan != NULL ? "milestones" : NULL);
}

static void
trappa_milestones_pane_class_init (TrappaMilestonesPaneClass *klass)
{
  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_milestones_pane_plan_changed;
}

static void
trappa_milestones_pane_init (TrappaMilestonesPane *self)
{
  /* Code and title first, so they stay in view on a narrow screen. */
  const TrappaRecordColumn columns[] = {
    { "code", _("Code"), 60, FALSE, NULL, NULL },
    { "title", _("Milestone"), 260, TRUE, NULL, NULL },
    { "due", _("Due"), 110, FALSE, NULL, NULL },
    { "due-date", _("Due date"), 100, FALSE, NULL, NULL },
    { "approver", _("Approved by"), 160, FALSE, NULL, NULL },
    { "done", _("Done"), 60, FALSE, NULL, NULL },
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  label = gtk_label_new (_("Milestones"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (_("What the planning work delivers, by when, and who approves it."));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  self->table = trappa_record_table_new_in (box, TRAPPA_TYPE_MILESTONE, columns, G_N_ELEMENTS (columns));
}

GtkWidget *
trappa_milestones_pane_new (void)
{
  return g_object_new (TRAPPA_TYPE_MILESTONES_PANE, NULL);
}

TrappaRecordTable *
trappa_milestones_pane_get_table (TrappaMilestonesPane *self)
{
  g_return_val_if_fail (TRAPPA_IS_MILESTONES_PANE (self), NULL);

  return self->table;
}
