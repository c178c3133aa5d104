/* trappa-window-merge.c: Merge Changes From… a colleague's copy of the plan
 *
 * Asks for their copy, finds the version they started from among the
 * versions kept here (trappa-revisions.c) or asks for it (the copy that was
 * sent to them), compares the three and takes their changes into
 * the open plan as one undo step; conflicts are chosen in a dialog first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-window"

#include <glib/gi18n.h>

#include "trappa-merge-dialog.h"
#include "trappa-plan-file.h"
#include "trappa-revisions.h"
#include "trappa-window-private.h"

typedef struct
{
  TrappaWindow *window;
  TrappaPlan   *theirs;
  char         *theirs_name;
} MergeFlow;

static void
merge_flow_free (MergeFlow *flow)
{
  g_clear_object (&flow->window);
  g_clear_object (&flow->theirs);
  g_free (flow->theirs_name);
  g_free (flow);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MergeFlow, merge_flow_free)

static void
show_problem (TrappaWindow *self,
              const char   *name,
              const char   *message)
{
  g_autofree char *heading = g_strdup_printf (_("Could not merge “%s”"), name);

  trappa_window_show_problem (self, heading, message);
}

static void
apply (TrappaWindow *self,
       TrappaMerge  *merge,
       const char   *theirs_name)
{
  guint refused = trappa_merge_apply (merge);
  g_autofree char *title = refused == 0
    ? g_strdup_printf (_("Merged the changes from “%s”"), theirs_name)
    : g_strdup_printf (g_dngettext (NULL, "Merged “%s”; %u change did not fit this plan",
                                    "Merged “%s”; %u changes did not fit this plan", refused),
                       theirs_name, refused);

  trappa_window_toast (self, title);
}

static void
on_dialog_merge (TrappaMergeDialog *dialog,
                 MergeFlow         *flow)
{
  apply (flow->window, trappa_merge_dialog_get_merge (dialog), flow->theirs_name);
}

static void
on_dialog_gone (gpointer  flow,
                GObject  *dialog)
{
  merge_flow_free (flow);
}

/* Takes @flow. */
static void
merge_with_base (MergeFlow  *flow_data,
                 TrappaPlan *base)
{
  g_autoptr(MergeFlow) flow = flow_data;
  TrappaPlan *mine = trappa_document_get_plan (trappa_window_get_document (flow->window));
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaMerge) merge = trappa_merge_new (base, mine, flow->theirs, &error);
  TrappaMergeDialog *dialog;

  if (merge == NULL)
    {
      show_problem (flow->window, flow->theirs_name, error->message);
      return;
    }
  if (trappa_merge_get_conflicts (merge)->len == 0)
    {
      if (trappa_merge_get_n_changes (merge) == 0)
        trappa_window_toast (flow->window, _("Their copy has no changes that this plan lacks"));
      else
        apply (flow->window, merge, flow->theirs_name);
      return;
    }

  dialog = trappa_merge_dialog_new (GTK_WINDOW (flow->window), merge, flow->theirs_name);
  g_signal_connect (dialog, "merge", G_CALLBACK (on_dialog_merge), flow);
  /* The flow lives as long as the dialog that may need it. */
  g_object_weak_ref (G_OBJECT (dialog), on_dialog_gone, flow);
  gtk_window_present (GTK_WINDOW (dialog));
  g_steal_pointer (&flow);
}

static TrappaPlan *
load_chosen (GtkNativeDialog  *chooser,
             int               response,
             TrappaWindow     *window,
             char            **name)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  if (file == NULL)
    return NULL;
  *name = g_file_get_basename (file);
  plan = trappa_plan_file_load (file, NULL, NULL, &error);
  if (plan == NULL)
    show_problem (window, *name, error->message);
  return plan;
}

static GtkNativeDialog *
chooser_new (TrappaWindow *self,
             const char   *title)
{
  return trappa_window_plan_chooser_new (self, title, GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"));
}

static void
on_base_chosen (GtkNativeDialog *chooser,
                int              response,
                MergeFlow       *flow_data)
{
  g_autoptr(MergeFlow) flow = flow_data;
  g_autofree char *name = NULL;
  g_autoptr(TrappaPlan) base = load_chosen (chooser, response, flow->window, &name);

  if (base != NULL)
    merge_with_base (g_steal_pointer (&flow), base);
}

static void
on_theirs_chosen (GtkNativeDialog *chooser,
                  int              response,
                  TrappaWindow    *self)
{
  g_autoptr(MergeFlow) flow = g_new0 (MergeFlow, 1);
  TrappaPlan *mine = trappa_document_get_plan (trappa_window_get_document (self));
  GtkNativeDialog *ask_base;

  g_autoptr(TrappaPlan) base = NULL;

  flow->window = g_object_ref (self);
  flow->theirs = load_chosen (chooser, response, self, &flow->theirs_name);
  if (flow->theirs == NULL)
    return;

  /* Their copy names the saves it came from; one of them kept here is the
   * common original. Only when none is, the user is asked for it. */
  base = trappa_revisions_find_base (flow->theirs, mine);
  if (base != NULL)
    {
      merge_with_base (g_steal_pointer (&flow), base);
      return;
    }
  /* TRANSLATORS: the copy of the plan that was sent to the colleague */
  ask_base = chooser_new (self, _("Choose the Version They Started From"));
  g_signal_connect (ask_base, "response", G_CALLBACK (on_base_chosen), g_steal_pointer (&flow));
  gtk_native_dialog_show (ask_base);
}

static void
merge_from_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkNativeDialog *chooser = chooser_new (TRAPPA_WINDOW (widget), _("Merge Changes From a Colleague’s Copy"));

  g_signal_connect (chooser, "response", G_CALLBACK (on_theirs_chosen), widget);
  gtk_native_dialog_show (chooser);
}

void
trappa_window_class_add_merge_action (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.merge-from", NULL, merge_from_action);
}
