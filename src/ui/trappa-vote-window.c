/* trappa-vote-window.c: live voting on the projector — the QR code, the
 * address, and the room's votes arriving on the priority grid
 *
 * The server answers in the main loop, so the session's "changed" arrives
 * here in the main loop too. However fast votes come, the grid is updated
 * once per frame (a tick callback of the frame clock), and an update is
 * cheap: the grid lays out only the session's measures, their figures
 * taken from the session's running tallies (TrappaVoteLive), never a plan
 * of everyone's scores. The real plan is touched only when the leader
 * accepts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote-window"

#include <glib/gi18n.h>

#include "trappa-chart-view.h"
#include "trappa-id-dropdown.h"
#include "trappa-presentation-window.h"
#include "trappa-priority-grid-view.h"
#include "trappa-vote-live.h"
#include "trappa-vote-qr-view.h"
#include "trappa-vote-window.h"

#define TOP_DOTS    5     /* measures listed with their dots */
/* The "everyone" row of the group drop-down; no record id has a space. */
#define EVERYONE_ID "every one"

struct _TrappaVoteWindow
{
  AdwWindow          parent_instance;

  TrappaPlan        *plan;        /* weak: the document's */
  TrappaVoteServer  *server;
  TrappaVoteLive    *live;
  TrappaPriorityOptions options;  /* the grid's, reading the tallies */
  GtkWidget         *qr;
  GtkLabel          *url;
  GtkLabel          *count;
  GtkLabel          *dots;        /* the measures with most dots */
  GtkDropDown       *group;
  GtkWidget         *grid;
  GtkWidget         *close_button;
  guint              tick_id;     /* a refresh waits for the next frame */
  gint64             refreshed_at;  /* frame time of the last refresh */
  gboolean           closed;
};

G_DEFINE_FINAL_TYPE (TrappaVoteWindow, trappa_vote_window, ADW_TYPE_WINDOW)

static TrappaVoteSession *
session_of (TrappaVoteWindow *self)
{
  return trappa_vote_server_get_session (self->server);
}

/* NULL: everyone. */
static const char *
shown_group (TrappaVoteWindow *self)
{
  const char *id = trappa_id_dropdown_get_id (self->group);

  return g_strcmp0 (id, EVERYONE_ID) == 0 ? NULL : id;
}

static int
compare_dots (gconstpointer a,
              gconstpointer b,
              gpointer      tallies)
{
  guint x = g_array_index ((GArray *) tallies, TrappaVoteTally, *(const guint *) a).dots;
  guint y = g_array_index ((GArray *) tallies, TrappaVoteTally, *(const guint *) b).dots;

  return x < y ? 1 : x > y ? -1 : 0;
}

/* "Most dots:" and the measures with most dots, most first. */
static void
show_dots (TrappaVoteWindow *self)
{
  TrappaVoteSession *session = session_of (self);
  GArray *tallies = trappa_vote_live_get_tallies (self->live);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) text = g_string_new (_("Most dots:"));

  for (guint i = 0; i < tallies->len; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_dots, tallies);
  for (guint i = 0; i < MIN (order->len, TOP_DOTS); i++)
    {
      guint index = g_array_index (order, guint, i);
      guint dots = g_array_index (tallies, TrappaVoteTally, index).dots;

      if (dots == 0)
        break;
      g_string_append_printf (text, "\n%u  %s", dots, trappa_vote_session_get_measure_title (session, index));
    }
  gtk_label_set_text (self->dots, text->str);
}

static void
refresh (TrappaVoteWindow *self)
{
  TrappaVoteSession *session = session_of (self);
  const char *group = shown_group (self);
  guint voters = trappa_vote_session_count_voters (session, group);
  guint joined = trappa_vote_session_count_joined (session, group);
  g_autofree char *voted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u has voted", "%u have voted", voters),
                                            voters);
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant, %s",
                                                        "%u participants, %s", joined),
                                           joined, voted);

  trappa_vote_live_update (self->live, group);
  /* New options make the grid lay out again, with the new tallies. */
  trappa_priority_grid_view_set_options (TRAPPA_PRIORITY_GRID_VIEW (self->grid), &self->options);
  gtk_label_set_text (self->count, text);
  if (trappa_vote_session_get_dots (session) > 0)
    show_dots (self);
}

static gboolean
refresh_on_frame (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  TrappaVoteWindow *self = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (now - self->refreshed_at < TRAPPA_VOTE_LIVE_INTERVAL_US)
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  self->refreshed_at = now;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_session_changed (TrappaVoteWindow *self)
{
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (self->grid, refresh_on_frame, self, NULL);
}

static void
stop_refreshing (TrappaVoteWindow *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->grid, self->tick_id);
  self->tick_id = 0;
}

static gboolean
destroy_window (gpointer window)
{
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
on_accept_response (AdwMessageDialog *dialog,
                    const char       *response,
                    TrappaVoteWindow *self)
{
  if (g_str_equal (response, "accept") && self->plan != NULL)
    trappa_vote_session_accept (session_of (self), self->plan);
  /* Not while the dialog, transient for this window, is still answering. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_window, g_object_ref (self), g_object_unref);
}

static void
on_close_clicked (TrappaVoteWindow *self)
{
  trappa_vote_window_close_voting (self);
}

static gboolean
on_close_request (TrappaVoteWindow *self)
{
  if (self->closed)
    return FALSE;
  trappa_vote_window_close_voting (self);
  return TRUE;
}

/* The plan went away (its document closed): nothing to accept into. */
static void
on_plan_finalized (gpointer  data,
                   GObject  *where)
{
  TrappaVoteWindow *self = data;

  self->plan = NULL;
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
trappa_vote_window_dispose (GObject *object)
{
  TrappaVoteWindow *self = TRAPPA_VOTE_WINDOW (object);

  stop_refreshing (self);
  if (self->plan != NULL)
    {
      g_object_weak_unref (G_OBJECT (self->plan), on_plan_finalized, self);
      self->plan = NULL;
    }
  if (self->server != NULL)
    {
      g_signal_handlers_disconnect_by_data (session_of (self), self);
      trappa_vote_server_close (self->server);
      g_clear_object (&self->server);
    }
  g_clear_object (&self->live);

  G_OBJECT_CLASS (trappa_vote_window_parent_class)->dispose (object);
}

static void
trappa_vote_window_class_init (TrappaVoteWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trappa_vote_window_dispose;
}

static GtkWidget *
side_panel (TrappaVoteWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("Scan to vote, or open"));

  gtk_widget_set_size_request (box, 360, -1);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  self->qr = trappa_vote_qr_view_new (NULL);
  gtk_widget_set_vexpand (self->qr, TRUE);
  self->url = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->url, TRUE);
  gtk_label_set_wrap_mode (self->url, PANGO_WRAP_CHAR);
  gtk_label_set_selectable (self->url, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->url), "title-3");
  gtk_widget_add_css_class (GTK_WIDGET (self->url), "monospace");
  self->count = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count), "title-3");
  self->dots = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->dots, 0);
  /* One line a measure, its title cut with "…", in the panel's width:
   * long titles would shrink the QR code or the grid. */
  gtk_label_set_ellipsize (self->dots, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->dots, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->dots), "title-4");
  gtk_widget_set_visible (GTK_WIDGET (self->dots), FALSE);
  self->group = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->group), _("Whose votes the grid shows"));
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), self->qr);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->url));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->count));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->dots));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->group));
  return box;
}

static void
trappa_vote_window_init (TrappaVoteWindow *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_window_set_title (GTK_WINDOW (self), _("Live Voting"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1024, 768);
  self->close_button = gtk_button_new_with_mnemonic (_("_Close Voting"));
  gtk_widget_add_css_class (self->close_button, "destructive-action");
  gtk_widget_set_tooltip_text (self->close_button, _("Stop taking votes, then accept them into the plan or discard them"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->close_button);
  self->grid = trappa_priority_grid_view_new ();
  gtk_widget_set_hexpand (self->grid, TRUE);
  gtk_widget_set_vexpand (self->grid, TRUE);
  gtk_box_append (GTK_BOX (body), side_panel (self));
  gtk_box_append (GTK_BOX (body), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (body), self->grid);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), body);
  adw_window_set_content (ADW_WINDOW (self), content);

  g_signal_connect_swapped (self->close_button, "clicked", G_CALLBACK (on_close_clicked), self);
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), NULL);
}

/* Started from presentation mode: the room sees this window where it saw
 * the presentation, full screen on the same monitor (its size as well,
 * for a projector session without a window manager). */
static void
cover (TrappaVoteWindow *self,
       GtkWindow        *presentation)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (presentation));
  GdkMonitor *monitor = surface != NULL ? gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface),
                                                                               surface)
                                        : NULL;
  GdkRectangle area;

  if (monitor == NULL)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      return;
    }
  gdk_monitor_get_geometry (monitor, &area);
  gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
  gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
}

static void
fill_groups (TrappaVoteWindow *self)
{
  GListModel *groups = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (self->plan), "workshop-groups"));
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) label_v = NULL, id_v = NULL;

  g_strv_builder_add (labels, _("Everyone"));
  g_strv_builder_add (ids, EVERYONE_ID);
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TrappaItem) group = g_list_model_get_item (groups, i);

      g_strv_builder_add (labels, trappa_item_get_string (group, "name"));
      g_strv_builder_add (ids, trappa_item_get_id (group));
    }
  g_strv_builder_add (labels, _("Without a group"));
  g_strv_builder_add (ids, "");
  label_v = g_strv_builder_end (labels);
  id_v = g_strv_builder_end (ids);
  trappa_id_dropdown_set_rows (self->group, (const char * const *) label_v, (const char * const *) id_v);
  trappa_id_dropdown_select_id (self->group, EVERYONE_ID);
}

GtkWidget *
trappa_vote_window_new (GtkWindow        *parent,
                        TrappaPlan       *plan,
                        TrappaVoteServer *server)
{
  TrappaVoteWindow *self;
  TrappaPriorityOptions *options;
  g_autofree char *url = NULL;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (TRAPPA_IS_VOTE_SERVER (server), NULL);

  /* Over a presentation, but belonging to the plan's window: leaving the
   * presentation must not end the vote unasked. */
  self = g_object_new (TRAPPA_TYPE_VOTE_WINDOW,
                       "transient-for", TRAPPA_IS_PRESENTATION_WINDOW (parent) ? gtk_window_get_transient_for (parent)
                                                                               : parent,
                       "destroy-with-parent", TRUE, NULL);
  if (TRAPPA_IS_PRESENTATION_WINDOW (parent))
    cover (self, parent);
  self->plan = plan;
  g_object_weak_ref (G_OBJECT (plan), on_plan_finalized, self);
  self->server = g_object_ref (server);
  url = trappa_vote_server_get_url (server);
  trappa_vote_qr_view_set_text (TRAPPA_VOTE_QR_VIEW (self->qr), url);
  gtk_label_set_text (self->url, url);

  self->live = trappa_vote_live_new (session_of (self));
  options = &self->options;
  trappa_priority_options_init (options);
  options->x_axis = trappa_vote_session_get_x_axis (session_of (self));
  options->y_axis = trappa_vote_session_get_y_axis (session_of (self));
  options->merged = TRUE;
  options->participants = TRUE;
  options->font_scale = 1.25;
  options->summarize = trappa_vote_live_summarize;
  options->summarize_data = self->live;
  options->count_dots = trappa_vote_live_count_dots;
  trappa_chart_view_set_plan (TRAPPA_CHART_VIEW (self->grid), trappa_vote_live_get_plan (self->live));

  gtk_widget_set_visible (GTK_WIDGET (self->dots), trappa_vote_session_get_dots (session_of (self)) > 0);
  fill_groups (self);
  g_signal_connect_swapped (self->group, "notify::selected", G_CALLBACK (refresh), self);
  g_signal_connect_swapped (session_of (self), "changed", G_CALLBACK (on_session_changed), self);
  refresh (self);
  return GTK_WIDGET (self);
}

TrappaVoteServer *
trappa_vote_window_get_server (TrappaVoteWindow *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_WINDOW (self), NULL);
  return self->server;
}

void
trappa_vote_window_close_voting (TrappaVoteWindow *self)
{
  TrappaVoteSession *session;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  guint voters;

  g_return_if_fail (TRAPPA_IS_VOTE_WINDOW (self));

  if (self->closed)
    return;
  self->closed = TRUE;
  trappa_vote_server_close (self->server);
  stop_refreshing (self);
  refresh (self);
  gtk_widget_set_visible (self->qr, FALSE);
  gtk_label_set_text (self->url, _("Voting is closed."));
  gtk_widget_set_sensitive (self->close_button, FALSE);

  session = session_of (self);
  voters = trappa_vote_session_count_voters (session, NULL);
  if (trappa_vote_session_get_dots (session) > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u participant voted. Accept puts each group's mean position and its "
                                         "dots into the plan as that group's scores and dots, as one step you can "
                                         "undo; Discard throws the votes away.",
                                         "%u participants voted. Accept puts each group's mean position and its "
                                         "dots into the plan as that group's scores and dots, as one step you can "
                                         "undo; Discard throws the votes away.", voters),
                            voters);
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u participant voted. Accept puts each group's mean position into the "
                                         "plan as that group's scores, as one step you can undo; Discard throws "
                                         "the votes away.",
                                         "%u participants voted. Accept puts each group's mean position into the "
                                         "plan as that group's scores, as one step you can undo; Discard throws "
                                         "the votes away.", voters),
                            voters);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Accept the Votes?"), body));
  adw_message_dialog_add_responses (dialog, "discard", _("_Discard"), "accept", _("_Accept"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "accept", voters > 0);
  adw_message_dialog_set_default_response (dialog, voters > 0 ? "accept" : "discard");
  /* Esc keeps the votes: accepting undoes, discarding cannot. */
  adw_message_dialog_set_close_response (dialog, voters > 0 ? "accept" : "discard");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_accept_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
