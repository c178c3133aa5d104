/* trappa-vote-dialog.c: choosing what the room votes on, then opening
 * live voting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote-dialog"

#include <glib/gi18n.h>

#include "trappa-vote-dialog.h"
#include "trappa-vote-network.h"
#include "trappa-vote-session.h"
#include "trappa-vote-window.h"

struct _TrappaVoteDialog
{
  AdwWindow      parent_instance;

  TrappaPlan    *plan;
  GtkWidget     *measures;     /* GtkListBox of GtkCheckButtons */
  AdwComboRow   *x_axis;
  AdwComboRow   *y_axis;
  GtkSpinButton *dots;
  AdwComboRow   *address;
  GtkSpinButton *port;
  GtkLabel      *message;
  char         **addresses;
};

G_DEFINE_FINAL_TYPE (TrappaVoteDialog, trappa_vote_dialog, ADW_TYPE_WINDOW)

static void
show_problem (TrappaVoteDialog *self,
              const char       *text)
{
  gtk_label_set_text (self->message, text);
  gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
}

static GtkWidget *
spin_row (const char     *title,
          const char     *subtitle,
          double          max,
          GtkSpinButton **spin)
{
  GtkWidget *row = adw_action_row_new ();

  *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, max, 1));
  gtk_widget_set_valign (GTK_WIDGET (*spin), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (*spin));
  return row;
}

static AdwComboRow *
combo_row (const char         *title,
           const char * const *choices)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  return ADW_COMBO_ROW (row);
}

static void
on_start_clicked (TrappaVoteDialog *self)
{
  trappa_vote_dialog_start (self);
}

static void
trappa_vote_dialog_dispose (GObject *object)
{
  TrappaVoteDialog *self = TRAPPA_VOTE_DIALOG (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->addresses, g_strfreev);

  G_OBJECT_CLASS (trappa_vote_dialog_parent_class)->dispose (object);
}

static void
trappa_vote_dialog_class_init (TrappaVoteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_vote_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
trappa_vote_dialog_init (TrappaVoteDialog *self)
{
  const char *axes[TRAPPA_N_AXES + 1];
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *start = gtk_button_new_with_mnemonic (_("_Start Voting"));
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *voting = adw_preferences_group_new ();
  GtkWidget *chosen = adw_preferences_group_new ();

  for (guint a = 0; a < TRAPPA_N_AXES; a++)
    axes[a] = trappa_priority_axis_title (a);
  axes[TRAPPA_N_AXES] = NULL;
  self->addresses = trappa_vote_local_addresses ();

  gtk_window_set_title (GTK_WINDOW (self), _("Live Voting"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_widget_add_css_class (start, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), start);
  gtk_window_set_default_widget (GTK_WINDOW (self), start);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (voting), _("Voting"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (voting),
                                         _("Participants open the address shown on the projector on their phones, "
                                           "on the same network as this computer. Nothing reaches the plan until "
                                           "you accept the votes."));
  self->x_axis = combo_row (_("Across"), axes);
  self->y_axis = combo_row (_("Up"), axes);
  self->address = combo_row (_("Network address"), (const char * const *) self->addresses);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (voting), GTK_WIDGET (self->x_axis));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (voting), GTK_WIDGET (self->y_axis));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (voting),
                             spin_row (_("Dots per participant"), _("0: no dot voting"),
                                       TRAPPA_VOTE_MAX_DOTS, &self->dots));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (voting), GTK_WIDGET (self->address));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (voting),
                             spin_row (_("Port"), _("0: any free port"), G_MAXUINT16, &self->port));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (chosen), _("Measures"));
  self->measures = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->measures), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->measures, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (chosen), self->measures);

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->message), 6);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (voting));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (chosen));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->message));
  gtk_box_append (GTK_BOX (content), page);
  adw_window_set_content (ADW_WINDOW (self), content);

  g_signal_connect_swapped (start, "clicked", G_CALLBACK (on_start_clicked), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
}

GtkWidget *
trappa_vote_dialog_new (GtkWindow          *parent,
                        TrappaPlan         *plan,
                        const char * const *measure_ids,
                        TrappaAxis          x_axis,
                        TrappaAxis          y_axis)
{
  TrappaVoteDialog *self;
  GListModel *measures;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  self = g_object_new (TRAPPA_TYPE_VOTE_DIALOG, "transient-for", parent, NULL);
  self->plan = g_object_ref (plan);
  adw_combo_row_set_selected (self->x_axis, x_axis);
  adw_combo_row_set_selected (self->y_axis, y_axis);
  measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);
      GtkWidget *check = gtk_check_button_new_with_label (trappa_item_get_string (measure, "title"));

      gtk_widget_set_margin_start (check, 6);
      gtk_widget_set_margin_top (check, 6);
      gtk_widget_set_margin_bottom (check, 6);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   measure_ids == NULL ||
                                   g_strv_contains (measure_ids, trappa_item_get_id (measure)));
      g_object_set_data_full (G_OBJECT (check), "trappa-measure-id",
                              g_strdup (trappa_item_get_id (measure)), g_free);
      gtk_list_box_append (GTK_LIST_BOX (self->measures), check);
    }
  return GTK_WIDGET (self);
}

GtkWidget *
trappa_vote_dialog_new_filtered (GtkWindow                   *parent,
                                 TrappaPlan                  *plan,
                                 const TrappaPriorityOptions *options)
{
  GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(TrappaMeasure) measure = g_list_model_get_item (measures, i);

      if (trappa_priority_options_accepts (options, measure))
        g_strv_builder_add (builder, trappa_item_get_id (TRAPPA_ITEM (measure)));
    }
  ids = g_strv_builder_end (builder);
  return trappa_vote_dialog_new (parent, plan, (const char * const *) ids, options->x_axis, options->y_axis);
}

GtkWidget *
trappa_vote_dialog_start (TrappaVoteDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(TrappaVoteServer) server = NULL;
  g_autoptr(GInetSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *listen = NULL;
  const char *host;
  GtkWidget *window;

  g_return_val_if_fail (TRAPPA_IS_VOTE_DIALOG (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (self->measures); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "trappa-measure-id"));
    }
  ids = g_strv_builder_end (builder);
  if (ids[0] == NULL)
    {
      show_problem (self, _("Choose at least one measure to vote on."));
      return NULL;
    }
  if (self->addresses[0] == NULL)
    {
      show_problem (self, _("This computer has no network address to listen on."));
      return NULL;
    }
  host = self->addresses[MIN (adw_combo_row_get_selected (self->address), g_strv_length (self->addresses) - 1)];
  listen = g_strdup_printf (strchr (host, ':') != NULL ? "[%s]:%d" : "%s:%d", host,
                            gtk_spin_button_get_value_as_int (self->port));
  session = trappa_vote_session_new (self->plan, (const char * const *) ids,
                                     adw_combo_row_get_selected (self->x_axis),
                                     adw_combo_row_get_selected (self->y_axis),
                                     gtk_spin_button_get_value_as_int (self->dots), &error);
  if (session != NULL)
    server = trappa_vote_server_new (session, &error);
  if (server != NULL)
    address = trappa_vote_parse_address (listen, &error);
  if (address == NULL || !trappa_vote_server_listen (server, address, &error))
    {
      show_problem (self, error->message);
      return NULL;
    }
  window = trappa_vote_window_new (gtk_window_get_transient_for (GTK_WINDOW (self)), self->plan, server);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (self));
  return window;
}
