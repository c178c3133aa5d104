/* trappa-merge-dialog.c: the conflicts of a merge, side by side, to choose
 *
 * One row per conflict: what it is about, my value and theirs to choose
 * between, and the value both started from. Mine is chosen until the user
 * picks theirs, so accepting at once changes nothing of my own work.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-merge-dialog"

#include <glib/gi18n.h>

#include "trappa-merge-dialog.h"

struct _TrappaMergeDialog
{
  AdwWindow    parent_instance;

  TrappaMerge *merge;
  GPtrArray   *theirs_buttons;   /* per conflict, the "take theirs" check */
};

G_DEFINE_FINAL_TYPE (TrappaMergeDialog, trappa_merge_dialog, ADW_TYPE_WINDOW)

enum { MERGE, N_SIGNALS };
static guint signals[N_SIGNALS];

static GtkWidget *
side_button (const char *label,
             const char *value)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", label, value);
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *child = gtk_label_new (text);

  /* Values can be long texts: they wrap rather than widen the window. */
  gtk_label_set_wrap (GTK_LABEL (child), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (child), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), child);
  gtk_widget_set_hexpand (button, TRUE);
  return button;
}

static GtkWidget *
conflict_row (TrappaMergeDialog *self,
              TrappaConflict    *conflict)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *title = trappa_conflict_title (conflict);
  g_autofree char *mine = trappa_conflict_side_text (self->merge, conflict, TRAPPA_MERGE_MINE, TRUE);
  g_autofree char *theirs = trappa_conflict_side_text (self->merge, conflict, TRAPPA_MERGE_THEIRS, TRUE);
  g_autofree char *base = trappa_conflict_side_text (self->merge, conflict, TRAPPA_MERGE_BASE, TRUE);
  g_autofree char *before = g_strdup_printf (_("Before: %s"), base);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *keep = side_button (_("Mine"), mine);
  GtkWidget *take = side_button (_("Theirs"), theirs);
  GtkWidget *was = gtk_label_new (before);

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_set_homogeneous (GTK_BOX (sides), TRUE);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (take), GTK_CHECK_BUTTON (keep));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (keep), !conflict->take_theirs);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (take), conflict->take_theirs);
  gtk_widget_add_css_class (was, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (was), TRUE);
  gtk_label_set_xalign (GTK_LABEL (was), 0);

  gtk_box_append (GTK_BOX (sides), keep);
  gtk_box_append (GTK_BOX (sides), take);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), sides);
  gtk_box_append (GTK_BOX (box), was);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  g_ptr_array_add (self->theirs_buttons, take);
  return box;
}

static void
choose_all (TrappaMergeDialog *self,
            gboolean           theirs)
{
  for (guint i = 0; i < self->theirs_buttons->len; i++)
    {
      GtkCheckButton *take = self->theirs_buttons->pdata[i];

      if (theirs)
        gtk_check_button_set_active (take, TRUE);
      else
        gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_prev_sibling (GTK_WIDGET (take))), TRUE);
    }
}

static void
on_all_mine (TrappaMergeDialog *self)
{
  choose_all (self, FALSE);
}

static void
on_all_theirs (TrappaMergeDialog *self)
{
  choose_all (self, TRUE);
}

static void
on_merge (TrappaMergeDialog *self)
{
  GPtrArray *conflicts = trappa_merge_get_conflicts (self->merge);

  for (guint i = 0; i < conflicts->len; i++)
    {
      TrappaConflict *conflict = conflicts->pdata[i];

      conflict->take_theirs = gtk_check_button_get_active (self->theirs_buttons->pdata[i]);
    }
  g_signal_emit (self, signals[MERGE], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
trappa_merge_dialog_finalize (GObject *object)
{
  TrappaMergeDialog *self = TRAPPA_MERGE_DIALOG (object);

  g_clear_object (&self->merge);
  g_clear_pointer (&self->theirs_buttons, g_ptr_array_unref);
  G_OBJECT_CLASS (trappa_merge_dialog_parent_class)->finalize (object);
}

static void
trappa_merge_dialog_class_init (TrappaMergeDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = trappa_merge_dialog_finalize;
  signals[MERGE] = g_signal_new ("merge", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trappa_merge_dialog_init (TrappaMergeDialog *self)
{
  self->theirs_buttons = g_ptr_array_new ();
}

static GtkWidget *
header_new (TrappaMergeDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *merge = gtk_button_new_with_mnemonic (_("_Merge"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_add_css_class (merge, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  g_signal_connect_swapped (merge, "clicked", G_CALLBACK (on_merge), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), merge);
  gtk_window_set_default_widget (GTK_WINDOW (self), merge);
  return header;
}

static GtkWidget *
choose_all_buttons (TrappaMergeDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *mine = gtk_button_new_with_mnemonic (_("Keep All _Mine"));
  GtkWidget *theirs = gtk_button_new_with_mnemonic (_("Take All _Theirs"));

  g_signal_connect_swapped (mine, "clicked", G_CALLBACK (on_all_mine), self);
  g_signal_connect_swapped (theirs, "clicked", G_CALLBACK (on_all_theirs), self);
  gtk_box_append (GTK_BOX (box), mine);
  gtk_box_append (GTK_BOX (box), theirs);
  return box;
}

TrappaMergeDialog *
trappa_merge_dialog_new (GtkWindow   *parent,
                         TrappaMerge *merge,
                         const char  *theirs_name)
{
  TrappaMergeDialog *self = g_object_new (TRAPPA_TYPE_MERGE_DIALOG,
                                          "modal", TRUE,
                                          "transient-for", parent,
                                          "title", _("Merge Changes"),
                                          "default-width", 860,
                                          "default-height", 620,
                                          NULL);
  GPtrArray *conflicts = trappa_merge_get_conflicts (merge);
  guint n_changes = trappa_merge_get_n_changes (merge);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autofree char *changes = g_strdup_printf (g_dngettext (NULL,
                                                           "%u change from “%s” is taken as it is.",
                                                           "%u changes from “%s” are taken as they are.",
                                                           n_changes), n_changes, theirs_name);
  g_autofree char *question = g_strdup_printf (g_dngettext (NULL,
                                                            "You and they changed %u thing differently: choose which to keep.",
                                                            "You and they changed %u things differently: choose which to keep for each.",
                                                            conflicts->len), conflicts->len);
  /* Without changes to take, the question alone. */
  g_autofree char *summary = n_changes > 0 ? g_strdup_printf ("%s %s", changes, question)
                                           : g_strdup (question);
  GtkWidget *intro = gtk_label_new (summary);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->merge = g_object_ref (merge);

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < conflicts->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), conflict_row (self, conflicts->pdata[i]));

  gtk_box_append (GTK_BOX (content), intro);
  gtk_box_append (GTK_BOX (content), choose_all_buttons (self));
  gtk_box_append (GTK_BOX (content), list);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (toolbar), header_new (self));
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (self), toolbar);
  return self;
}

TrappaMerge *
trappa_merge_dialog_get_merge (TrappaMergeDialog *self)
{
  g_return_val_if_fail (TRAPPA_IS_MERGE_DIALOG (self), NULL);
  return self->merge;
}
