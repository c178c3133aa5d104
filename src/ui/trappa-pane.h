/* trappa-pane.h: the base of the window's panes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_PANE (trappa_pane_get_type ())
G_DECLARE_DERIVABLE_TYPE (TrappaPane, trappa_pane, TRAPPA, PANE, GtkWidget)

/* A pane of the main window shows the plan in its "plan" property, which
 * the window sets whenever the plan is replaced (new, open). A pane
 * derives from TrappaPane and implements plan_changed; it lays out one
 * child (GtkBinLayout) unless it sets another layout manager. */
struct _TrappaPaneClass
{
  GtkWidgetClass parent_class;

  /* After "plan" changed; @old_plan (may be NULL) is the plan shown
   * before, to disconnect from. Not called on dispose. */
  void (*plan_changed) (TrappaPane *self,
                        TrappaPlan *old_plan);

  /* After every edit, undo and redo of the plan ("changed"), but only
   * while the pane is on screen: a hidden pane catches up once when it is
   * shown. Optional; the plan is never NULL here. */
  void (*refresh)      (TrappaPane *self);

  /*< private >*/
  gpointer padding[3];
};

TrappaPlan *trappa_pane_get_plan (TrappaPane *self);
void        trappa_pane_set_plan (TrappaPane *self,
                                  TrappaPlan *plan);

G_END_DECLS
