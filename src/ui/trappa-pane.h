/* trappa-pane.h: the base of the window's panes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-plan.h"
#include "trappa-record-table.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PANE (trappa_pane_get_type ())
G_DECLARE_DERIVABLE_TYPE (TrappaPane, trappa_pane, TRAPPA, PANE, GtkWidget)

/* A pane of the main window shows the plan in its "plan" property, which
 * the window sets whenever the plan is replaced (new, open). A pane
 * derives from TrappaPane and implements plan_changed for what the base
 * does not follow itself (its tables of the plan's own lists, see
 * trappa_pane_add_table()); it lays out one child (GtkBinLayout) unless
 * it sets another layout manager. */
struct _TrappaPaneClass
{
  GtkWidgetClass parent_class;

  /* Optional: after "plan" changed; @old_plan (may be NULL) is the plan
   * shown before, to disconnect from. Not called on dispose. */
  void (*plan_changed) (TrappaPane *self,
                        TrappaPlan *old_plan);

  /* After every edit, undo and redo of the plan ("changed"), but only
   * while the pane is on screen: a hidden pane catches up once when it is
   * shown. Optional; the plan is never NULL here. */
  void (*refresh)      (TrappaPane *self);

  /*< private >*/
  gpointer padding[3];
};

/* Sets the pane's template (gtk_widget_class_set_template_from_resource),
 * which the pane then disposes itself once it has let go of the plan: a
 * pane with a template needs no dispose of its own for it. */
void        trappa_pane_class_set_template (TrappaPaneClass *klass,
                                            const char      *resource_path);

TrappaPlan *trappa_pane_get_plan (TrappaPane *self);
void        trappa_pane_set_plan (TrappaPane *self,
                                  TrappaPlan *plan);

/* The pane's one child when it has no template: a vertical box with the
 * pane's margins. */
GtkWidget  *trappa_pane_add_box  (TrappaPane *self);

/* A record table (trappa_record_table_new_in() in @box) of the plan's own
 * list @list_name (static), which the pane shows for every plan it is
 * given, before its plan_changed runs. */
TrappaRecordTable *trappa_pane_add_table (TrappaPane               *self,
                                          GtkWidget                *box,
                                          GType                     item_type,
                                          const TrappaRecordColumn *columns,
                                          guint                     n_columns,
                                          const char               *list_name);

/* A left-aligned, wrapping label of @css_class ("heading", "dim-label")
 * appended to @box. */
GtkWidget  *trappa_pane_add_label (GtkWidget  *box,
                                   const char *text,
                                   const char *css_class);

G_END_DECLS
