/* trappa-recovery-dialog.c: plans left unsaved by a crash, to restore or
 * discard
 *
 * Thin: the drafts are found and read by trappa-drafts.c, restored by the
 * application into a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-recovery"

#include <glib/gi18n.h>

#include "trappa-recovery-dialog.h"

struct _TrappaRecoveryDialog
{
  AdwMessageDialog  parent_instance;

  GPtrArray        *drafts;
  GtkListBox       *list;
  guint             n_left;   /* drafts not answered yet */
};

G_DEFINE_FINAL_TYPE (TrappaRecoveryDialog, trappa_recovery_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum { RESTORE, N_SIGNALS };
static guint signals[N_SIGNALS];

/* More drafts than this scroll. */
#define MAX_SHOWN_WHOLE 4

/* Where the plan's file is (or that it never had one), and when the draft
 * was kept. */
static char *
describe (const TrappaDraft *draft)
{
  g_autofree char *when = g_date_time_format (draft->time, "%d.%m.%Y %H:%M");
  g_autofree char *where = NULL;

  if (draft->uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (draft->uri);

      where = g_file_get_parse_name (file);
    }
  else
    where = g_strdup (_("Never saved"));
  /* TRANSLATORS: a recovered plan: its file (or "Never saved") and when
   * its unsaved changes were kept, e.g. "/home/kari/alver.trappa · 29.11.2026 21:10" */
  return g_strdup_printf (_("%s · kept %s"), where, when);
}

/* Drops @row (its draft answered); closes once none is left. */
static void
answered (TrappaRecoveryDialog *self,
          GtkWidget            *row)
{
  gtk_list_box_remove (self->list, row);
  /* Gone, as after a click on one of its responses. */
  if (--self->n_left == 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
row_of (GtkWidget *button)
{
  return gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW);
}

static void
on_restore (GtkButton            *button,
            TrappaRecoveryDialog *self)
{
  GtkWidget *row = row_of (GTK_WIDGET (button));

  g_signal_emit (self, signals[RESTORE], 0, g_object_get_data (G_OBJECT (row), "trappa-draft"));
  answered (self, row);
}

static void
on_discard (GtkButton            *button,
            TrappaRecoveryDialog *self)
{
  GtkWidget *row = row_of (GTK_WIDGET (button));
  const TrappaDraft *draft = g_object_get_data (G_OBJECT (row), "trappa-draft");

  trappa_drafts_remove (draft->id);
  answered (self, row);
}

static GtkWidget *
row_button (TrappaRecoveryDialog *self,
            const char           *label,
            const char           *style,
            GCallback             callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, style);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
add_row (TrappaRecoveryDialog *self,
         const TrappaDraft    *draft)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (draft);
  g_autofree char *title = g_markup_escape_text (draft->title, -1);
  g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (self, _("_Discard"), "destructive-action", G_CALLBACK (on_discard)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (self, _("_Restore"), "suggested-action", G_CALLBACK (on_restore)));
  g_object_set_data (G_OBJECT (row), "trappa-draft", (gpointer) draft);
  gtk_list_box_append (self->list, row);
  self->n_left++;
}

static void
trappa_recovery_dialog_finalize (GObject *object)
{
  TrappaRecoveryDialog *self = TRAPPA_RECOVERY_DIALOG (object);

  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  G_OBJECT_CLASS (trappa_recovery_dialog_parent_class)->finalize (object);
}

static void
trappa_recovery_dialog_class_init (TrappaRecoveryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trappa_recovery_dialog_finalize;

  signals[RESTORE] =
    g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
trappa_recovery_dialog_init (TrappaRecoveryDialog *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unsaved plans"), -1);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Restore Unsaved Plans?"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("Trappa ended without closing these plans. Their unsaved changes were kept: "
                                 "restore a plan to go on where you left off, or discard it."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "later", _("_Decide Later"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "later");
}

/* A few drafts show whole; many scroll instead of growing past the
 * screen. (Not always in a scroller: its natural height is measured at
 * another width than it gets, which cut rows whose texts wrap.) */
static void
set_list (TrappaRecoveryDialog *self)
{
  GtkWidget *child = GTK_WIDGET (self->list);

  if (self->n_left > MAX_SHOWN_WHOLE)
    {
      child = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (child), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (child), 400);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (child), GTK_WIDGET (self->list));
    }
  /* Wide enough for a plan's name, file and time beside the buttons (a
   * message dialog is narrow by default, which wrapped names word by
   * word). */
  gtk_widget_set_size_request (child, 520, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), child);
}

TrappaRecoveryDialog *
trappa_recovery_dialog_new (GtkWindow *parent,
                            GPtrArray *drafts)
{
  TrappaRecoveryDialog *self = g_object_new (TRAPPA_TYPE_RECOVERY_DIALOG,
                                             "transient-for", parent,
                                             "modal", TRUE,
                                             NULL);

  g_return_val_if_fail (drafts != NULL, NULL);

  self->drafts = drafts;
  for (guint i = 0; i < drafts->len; i++)
    add_row (self, drafts->pdata[i]);
  set_list (self);
  return self;
}
