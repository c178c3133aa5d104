/* trappa-window.c: the main window, one plan per window
 *
 * A header bar (open with recent plans, save, the main menu), a sidebar of
 * panes and the panes themselves. Every pane is a widget with a writable
 * "plan" property; the window hands each the plan whenever it is replaced.
 * Document handling (new, open, save, close, undo) is in
 * trappa-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-window"

#include <glib/gi18n.h>

#include "trappa-activity-pane.h"
#include "trappa-gap-pane.h"
#include "trappa-housing-pane.h"
#include "trappa-action-plan-pane.h"
#include "trappa-measures-pane.h"
#include "trappa-national-goals-pane.h"
#include "trappa-participation-pane.h"
#include "trappa-plan-file.h"
#include "trappa-milestones-pane.h"
#include "trappa-ros-pane.h"
#include "trappa-stakeholders-pane.h"
#include "trappa-swot-pane.h"
#include "trappa-plan-pane.h"
#include "trappa-population-pane.h"
#include "trappa-priority-pane.h"
#include "trappa-settings.h"
#include "trappa-sidebar.h"
#include "trappa-window-private.h"
#include "trappa-window-state.h"

/* The panes, in sidebar order. A pane is a GtkWidget with a writable
 * "plan" property (TrappaPlan). Add a pane with one line here. */
static const struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} panes[] = {
  { "plan", N_("Plan"), "document-properties-symbolic", trappa_plan_pane_get_type },
  { "milestones", N_("Milestones"), "x-office-calendar-symbolic", trappa_milestones_pane_get_type },
  { "housing", N_("Housing Staircase"), "view-list-symbolic", trappa_housing_pane_get_type },
  { "activity", N_("Activity and Mastery Staircase"), "view-list-bullet-symbolic", trappa_activity_pane_get_type },
  { "measures", N_("Measures"), "view-list-ordered-symbolic", trappa_measures_pane_get_type },
  { "action-plan", N_("Action Plan"), "x-office-document-symbolic", trappa_action_plan_pane_get_type },
  { "priority", N_("Priority Grid"), "view-grid-symbolic", trappa_priority_pane_get_type },
  { "population", N_("Population and Coverage"), "system-users-symbolic", trappa_population_pane_get_type },
  { "gap", N_("Needs and Gap"), "x-office-spreadsheet-symbolic", trappa_gap_pane_get_type },
  { "ros", N_("Risks (ROS)"), "dialog-warning-symbolic", trappa_ros_pane_get_type },
  { "stakeholders", N_("Stakeholders"), "system-users-symbolic", trappa_stakeholders_pane_get_type },
  { "swot", N_("SWOT"), "view-grid-symbolic", trappa_swot_pane_get_type },
  { "participation", N_("Participation"), "emoji-people-symbolic", trappa_participation_pane_get_type },
  { "national-goals", N_("National Goals"), "emblem-ok-symbolic", trappa_national_goals_pane_get_type },
};

#define DEFAULT_PANE   "housing"
#define MAX_RECENT     10

G_DEFINE_FINAL_TYPE (TrappaWindow, trappa_window, ADW_TYPE_APPLICATION_WINDOW)

/* Each part set only when it changes: the title is an X property, and
 * setting a tooltip, even to the same text, re-asks the widget under the
 * pointer for its tooltip (over the priority grid that painted the window
 * a second time after every card move). */
static void
show_title (TrappaWindow *self,
            const char   *title,
            const char   *subtitle,
            const char   *folder)
{
  if (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (self)), title) != 0)
    {
      adw_window_title_set_title (self->window_title, title);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  if (g_strcmp0 (adw_window_title_get_subtitle (self->window_title), subtitle) != 0)
    adw_window_title_set_subtitle (self->window_title, subtitle);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->window_title)), folder) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), folder);
}

/* The file's name as the title (its folder on hover), so that copies are
 * told apart; the plan's own title (else where and when) below it. While
 * a plan is being opened, its file (not the empty plan shown meanwhile). */
void
trappa_window_update_title (TrappaWindow *self)
{
  TrappaPlan *plan = trappa_document_get_plan (self->document);
  TrappaItem *item = TRAPPA_ITEM (plan);
  g_autofree char *name = trappa_document_dup_file_name (self->document);
  g_autofree char *folder = trappa_document_dup_folder (self->document);
  g_autofree char *title = NULL;
  const char *plan_title = trappa_item_get_string (item, "title");
  gint64 start = trappa_item_get_int (item, "period-start");
  gint64 end = trappa_item_get_int (item, "period-end");
  g_autoptr(GString) subtitle = g_string_new (plan_title);

  if (self->opening != NULL)
    {
      g_autofree char *opened = g_file_get_basename (self->opening);

      title = g_strdup_printf (_("Opening “%s”…"), opened);
      show_title (self, title, "", NULL);
      return;
    }
  /* "• " marks unsaved changes, as GNOME Text Editor does. */
  title = trappa_plan_get_modified (plan) ? g_strconcat ("• ", name, NULL) : g_strdup (name);
  if (subtitle->len == 0)
    {
      g_string_append (subtitle, trappa_item_get_string (item, "municipality"));
      if (start > 0 && end > 0)
        g_string_append_printf (subtitle, "%s%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT,
                                subtitle->len > 0 ? " · " : "", start, end);
    }
  show_title (self, title, subtitle->str, folder);
}

static void
update_undo (TrappaWindow *self)
{
  TrappaPlan *plan = trappa_document_get_plan (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", trappa_plan_get_can_undo (plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", trappa_plan_get_can_redo (plan));
}

static void
on_plan_replaced (TrappaWindow *self)
{
  TrappaPlan *plan = trappa_document_get_plan (self->document);

  /* Panes not built yet get the plan when they are. */
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    if (g_object_get_data (G_OBJECT (page), "trappa-pane") != NULL)
      g_object_set (g_object_get_data (G_OBJECT (page), "trappa-pane"), "plan", plan, NULL);

  g_signal_group_set_target (self->plan_signals, plan);
  trappa_window_update_title (self);
  update_undo (self);
}

/* Said once (the document is quiet until a draft works again). */
static void
on_draft_failed (TrappaWindow *self,
                 const GError *error)
{
  g_autofree char *title = g_strdup_printf (_("Could not keep a draft of the plan for recovery: %s"),
                                            error->message);

  trappa_window_toast (self, title);
}

static gint
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

static void
update_recent (TrappaWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint n = 0;

  g_menu_remove_all (self->recent_section);
  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, TRAPPA_PLAN_FILE_EXTENSION) || !gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (uri));
      g_menu_append_item (self->recent_section, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  /* An item without an action shows greyed out. */
  if (n == 0)
    g_menu_append (self->recent_section, _("No Recent Plans"), NULL);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         TrappaWindow  *self)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

  if (files == NULL)
    return FALSE;
  /* One plan per window: the first goes here if the window is empty, the
   * others (with an application) in windows of their own. */
  for (GSList *l = files; l != NULL; l = l->next)
    trappa_window_open (self, l->data);
  g_slist_free (files);
  return TRUE;
}

/* A pane is built when it is first shown or asked for: building all of
 * them made the first window wait for panes nobody had opened yet. */
static GtkWidget *
ensure_pane (TrappaWindow *self,
             GtkWidget    *page)
{
  GtkWidget *pane = g_object_get_data (G_OBJECT (page), "trappa-pane");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (page), "trappa-pane-index"));

  if (pane != NULL || index == 0)
    return pane;
  pane = g_object_new (panes[index - 1].get_type (), NULL);
  /* A pane wider or taller than a small screen (a 1024×768 projector)
   * scrolls instead of making the window larger than the screen. */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (page), pane);
  g_object_set_data (G_OBJECT (page), "trappa-pane", pane);
  if (self->document != NULL)
    g_object_set (pane, "plan", trappa_document_get_plan (self->document), NULL);
  return pane;
}

static void
on_pane_shown (TrappaWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  if (page != NULL)
    ensure_pane (self, page);
}

/* Empty pages: the pane shown first is built once the last pane (from
 * the settings) is chosen, by trappa_window_init. */
static void
add_panes (TrappaWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkStackPage *page;

      g_object_set_data (G_OBJECT (scroller), "trappa-pane-index", GUINT_TO_POINTER (i + 1));
      page = gtk_stack_add_titled (self->stack, scroller, panes[i].id, _(panes[i].title));
      gtk_stack_page_set_icon_name (page, panes[i].icon_name);
    }
  gtk_stack_set_visible_child_name (self->stack, DEFAULT_PANE);
}

static gboolean
trappa_window_close_request (GtkWindow *window)
{
  if (!trappa_window_confirm_close (TRAPPA_WINDOW (window)))
    return TRUE;
  return GTK_WINDOW_CLASS (trappa_window_parent_class)->close_request (window);
}

static void
trappa_window_dispose (GObject *object)
{
  TrappaWindow *self = TRAPPA_WINDOW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->plan_signals != NULL)
    g_signal_group_set_target (self->plan_signals, NULL);
  /* A load under way finishes into no window. */
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->opening);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRAPPA_TYPE_WINDOW);
  g_clear_object (&self->plan_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->toast);
  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);

  G_OBJECT_CLASS (trappa_window_parent_class)->dispose (object);
}

static void
trappa_window_class_init (TrappaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = trappa_window_dispose;
  window_class->close_request = trappa_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/no/trappa/Trappa/trappa-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TrappaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TrappaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TrappaWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TrappaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TrappaWindow, content);
  gtk_widget_class_bind_template_child (widget_class, TrappaWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, TrappaWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TrappaWindow, recent_section);

  trappa_window_class_add_actions (widget_class);
  trappa_window_class_add_merge_action (widget_class);
  trappa_window_class_add_report_actions (widget_class);
}

static void
trappa_window_init (TrappaWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_autoptr(GSettings) settings = trappa_settings_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Size, maximized state and pane as the last window was closed. */
  trappa_window_state_track (GTK_WINDOW (self), settings);
  add_panes (self);
  trappa_sidebar_bind (self->sidebar, self->stack);
  trappa_window_state_track_pane (self->stack, settings);
  /* Only now: the first page added, and the default pane, would have
   * been built on the way without ever being shown. */
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (on_pane_shown), self);
  on_pane_shown (self);

  self->plan_signals = g_signal_group_new (TRAPPA_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "changed", G_CALLBACK (trappa_window_update_title), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::modified", G_CALLBACK (trappa_window_update_title), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::can-undo", G_CALLBACK (update_undo), self);
  g_signal_group_connect_swapped (self->plan_signals, "notify::can-redo", G_CALLBACK (update_undo), self);

  self->document = trappa_document_new ();
  /* Unsaved edits are kept as a draft, recovered after a crash. */
  trappa_document_set_autosave (self->document, TRUE);
  g_signal_connect_swapped (self->document, "draft-failed", G_CALLBACK (on_draft_failed), self);
  g_signal_connect_swapped (self->document, "notify::plan", G_CALLBACK (on_plan_replaced), self);
  g_signal_connect_swapped (self->document, "notify::file", G_CALLBACK (trappa_window_update_title), self);
  g_object_bind_property (self->document, "busy", self->spinner, "spinning", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->document, "busy", self->spinner, "visible", G_BINDING_SYNC_CREATE);
  on_plan_replaced (self);

  g_signal_connect_swapped (gtk_recent_manager_get_default (), "changed", G_CALLBACK (update_recent), self);
  update_recent (self);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

TrappaWindow *
trappa_window_new (AdwApplication *application)
{
  return g_object_new (TRAPPA_TYPE_WINDOW, "application", application, NULL);
}

TrappaDocument *
trappa_window_get_document (TrappaWindow *self)
{
  g_return_val_if_fail (TRAPPA_IS_WINDOW (self), NULL);
  return self->document;
}

GtkWidget *
trappa_window_get_pane (TrappaWindow *self,
                        const char   *id)
{
  GtkWidget *page;

  g_return_val_if_fail (TRAPPA_IS_WINDOW (self), NULL);

  page = gtk_stack_get_child_by_name (self->stack, id);
  return page != NULL ? ensure_pane (self, page) : NULL;
}

void
trappa_window_build_panes (TrappaWindow *self)
{
  g_return_if_fail (TRAPPA_IS_WINDOW (self));

  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    ensure_pane (self, page);
}

void
trappa_window_add_recent (TrappaWindow *self,
                          GFile        *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) "application/x-trappa-plan",
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "trappa %u",
  };

  if (data.app_name == NULL)
    data.app_name = (char *) "Trappa";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
on_toast_dismissed (TrappaWindow *self)
{
  g_clear_object (&self->toast);
}

void
trappa_window_toast (TrappaWindow *self,
                     const char   *title)
{
  /* A toast's title is markup; plan and file names are not. */
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  /* Undo pressed five times shows the last undo, not a queue of five.
   * The toast shown gets the new title: dismissing it for a new one
   * crashes libadwaita 1.2 when the window closes while it hides. */
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, escaped);
      return;
    }
  self->toast = adw_toast_new (escaped);
  g_signal_connect_object (self->toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
}
