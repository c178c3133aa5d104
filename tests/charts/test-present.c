/* test-present.c: F5 on each pane presents that pane's chart, Page Down
 * turns to the next chart, Esc leaves; no editing chrome shows; the digits
 * and each kind's letter jump to a page; a page that is no chart (live
 * voting) takes its turn; the presenter's menu hides while the pointer
 * rests and each of its items works
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "trappa-presentation-window.h"
#include "trappa-settings.h"
#include "trappa-staircase-layout.h"
#include "trappa-vote-dialog.h"
#include "trappa-window.h"
#include "ui-test-util.h"

static TrappaPresentationWindow *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (TRAPPA_IS_PRESENTATION_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRAPPA_PRESENTATION_WINDOW (window);
    }
  return NULL;
}

static void
test_present_each_pane (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TrappaWindow *window = trappa_window_new (NULL);
  static const struct { const char *pane, *kind; } cases[] = {
    { "housing", "bustadtrapp" },
    { "activity", "meistringstrapp" },
    { "priority", "priority" },
    { "gap", "gap" },
    { "ros", "ros" },
    { "stakeholders", "stakeholders" },
    { "swot", "swot" },
    { "plan", NULL },  /* no chart: the plan's first */
  };

  gtk_window_present (GTK_WINDOW (window));
  trappa_window_open (window, file);
  ui_test_wait_document (trappa_window_get_document (window));
  ui_test_settle (GTK_WIDGET (window));

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      TrappaPresentationWindow *presentation;
      TrappaChartView *shown, *next;
      GtkWidget *menu;

      ui_test_show_pane (window, cases[c].pane);
      g_assert_null (find_presentation ());
      /* F5 */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
      presentation = find_presentation ();
      g_assert_nonnull (presentation);
      ui_test_settle (GTK_WIDGET (presentation));
      shown = trappa_presentation_window_get_shown (presentation);
      g_assert_nonnull (shown);
      if (cases[c].kind != NULL)
        g_assert_cmpstr (trappa_chart_view_get_kind (shown)->name, ==, cases[c].kind);
      g_assert_nonnull (trappa_chart_view_get_plan (shown));

      /* No editing chrome: the menu buttons are hidden. */
      menu = ui_test_find_descendant (GTK_WIDGET (shown), GTK_TYPE_MENU_BUTTON);
      g_assert_true (menu == NULL || !gtk_widget_get_visible (menu));
      g_assert_false (trappa_presentation_menu_is_shown (trappa_presentation_window_get_menu (presentation)));
      /* Large type on the staircases. */
      if (g_str_has_suffix (trappa_chart_view_get_kind (shown)->name, "trapp"))
        g_assert_cmpfloat (((TrappaStaircaseLayout *) trappa_chart_view_get_layout (shown))->font_px, >=, 24);

      /* Page Down: the next chart of the plan, Page Up: back; on the
       * last page Page Down stays. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.step", "i", 1));
      next = trappa_presentation_window_get_shown (presentation);
      if (next == shown)
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.step", "i", -1));
          g_assert_true (trappa_presentation_window_get_shown (presentation) != shown);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.step", "i", 1));
        }
      else
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.step", "i", -1));
      g_assert_true (trappa_presentation_window_get_shown (presentation) == shown);

      /* Esc */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.leave", NULL));
      ui_test_run_for (50);
      g_assert_null (find_presentation ());
    }
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

/* Runs the shortcut of @presentation that @keyval triggers; FALSE when
 * there is none. */
static gboolean
press (TrappaPresentationWindow *presentation,
       guint                     keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (presentation));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      for (guint j = 0; GTK_IS_SHORTCUT_CONTROLLER (controller) && j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (presentation),
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static const char *
shown_kind (TrappaPresentationWindow *presentation)
{
  TrappaChartView *shown = trappa_presentation_window_get_shown (presentation);

  return shown != NULL ? trappa_chart_view_get_kind (shown)->name : NULL;
}

/* Pages follow the chart-kind table: the digits count them, a kind's
 * letter shows its chart; a page added after (live voting) is the last. */
static void
test_jump_keys (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TrappaWindow *window = trappa_window_new (NULL);
  TrappaPresentationWindow *presentation;
  guint n_kinds;
  const TrappaChartKind *const *kinds = trappa_chart_kinds (&n_kinds);
  GtkWidget *voting = gtk_label_new ("vote");

  gtk_window_present (GTK_WINDOW (window));
  trappa_window_open (window, file);
  ui_test_wait_document (trappa_window_get_document (window));
  ui_test_settle (GTK_WIDGET (window));
  ui_test_show_pane (window, "plan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_presentation ();
  g_assert_nonnull (presentation);

  /* Alver has both staircases, the first two kinds. */
  g_assert_true (press (presentation, GDK_KEY_2));
  g_assert_cmpstr (shown_kind (presentation), ==, kinds[1]->name);
  g_assert_true (press (presentation, GDK_KEY_1));
  g_assert_cmpstr (shown_kind (presentation), ==, kinds[0]->name);
  for (guint i = 0; i < n_kinds; i++)
    if (kinds[i]->present_key != 0)
      {
        g_assert_true (press (presentation, gdk_unicode_to_keyval (kinds[i]->present_key)));
        /* The plan may lack the chart: then the page stays. */
        g_assert_true (g_strcmp0 (shown_kind (presentation), kinds[i]->name) == 0 ||
                       gtk_stack_get_child_by_name (GTK_STACK (ui_test_find_descendant (GTK_WIDGET (presentation), GTK_TYPE_STACK)),
                                                    kinds[i]->name) == NULL);
      }
  g_assert_true (press (presentation, 'g'));
  g_assert_cmpstr (shown_kind (presentation), ==, "priority");

  trappa_presentation_window_add_page (presentation, "voting", "Live voting", voting);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.show", "s", "voting"));
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (ui_test_find_descendant (GTK_WIDGET (presentation), GTK_TYPE_STACK))) == voting);
  g_assert_null (trappa_presentation_window_get_shown (presentation));
  /* The last page: Page Down stays, Page Up returns to a chart. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.step", "i", 1));
  g_assert_null (trappa_presentation_window_get_shown (presentation));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.step", "i", -1));
  g_assert_nonnull (trappa_presentation_window_get_shown (presentation));

  gtk_window_destroy (GTK_WINDOW (presentation));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

/* The first visible toplevel of @type other than @except, or NULL. */
static GtkWindow *
find_window (GType      type,
             GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && GTK_WINDOW (window) != except &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* Each item of @model, sections and submenus opened: its action's name
 * (without its target) into @actions, the targets of "presentation.show"
 * into @pages. */
static void
collect_items (GMenuModel *model,
               GPtrArray  *actions,
               GPtrArray  *pages)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, NULL);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        {
          g_ptr_array_add (actions, g_strdup (action));
          if (g_str_equal (action, "presentation.show"))
            g_ptr_array_add (pages, g_variant_dup_string (target, NULL));
        }
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) linked = g_menu_link_iter_get_value (links);

          collect_items (linked, actions, pages);
        }
    }
}

static gboolean
holds (GPtrArray  *strings,
       const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

/* The presenter's menu: nothing shows until the pointer moves, then the
 * button shows until it rests; F10 opens the menu; it turns pages, lists
 * every chart, switches Projector Style, starts live voting, shows the
 * shortcuts and leaves. */
static void
test_menu (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = trappa_settings_new ();
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  TrappaWindow *window = trappa_window_new (NULL);
  TrappaPresentationWindow *presentation;
  TrappaPresentationMenu *menu;
  TrappaChartView *shown;
  GtkStack *stack;
  GtkWindow *other;
  GLogLevelFlags fatal;
  static const char * const expected[] = {
    "presentation.step", "presentation.show", "settings.projector-style",
    "presentation.live-voting", "presentation.shortcuts", "presentation.leave",
  };

  g_assert_nonnull (settings);
  gtk_window_present (GTK_WINDOW (window));
  trappa_window_open (window, file);
  ui_test_wait_document (trappa_window_get_document (window));
  ui_test_settle (GTK_WIDGET (window));
  ui_test_show_pane (window, "housing");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_presentation ();
  ui_test_settle (GTK_WIDGET (presentation));
  menu = trappa_presentation_window_get_menu (presentation);
  stack = GTK_STACK (ui_test_find_descendant (GTK_WIDGET (presentation), GTK_TYPE_STACK));

  /* A resting pointer shows nothing; a move shows the button a while. */
  g_assert_false (trappa_presentation_menu_is_shown (menu));
  trappa_presentation_menu_pointer_moved (menu, 500, 400);
  g_assert_false (trappa_presentation_menu_is_shown (menu));
  trappa_presentation_menu_pointer_moved (menu, 540, 420);
  g_assert_true (trappa_presentation_menu_is_shown (menu));
  ui_test_run_for (2300);
  g_assert_false (trappa_presentation_menu_is_shown (menu));

  /* F10 opens it; the arrows then move in the menu, not the pages. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.menu", NULL));
  ui_test_settle (GTK_WIDGET (presentation));
  g_assert_true (trappa_presentation_menu_is_open (menu));
  g_assert_true (trappa_presentation_menu_is_shown (menu));
  shown = trappa_presentation_window_get_shown (presentation);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.step", "i", 1));
  g_assert_true (trappa_presentation_window_get_shown (presentation) != shown);
  gtk_popover_popdown (GTK_POPOVER (ui_test_find_descendant (GTK_WIDGET (menu), GTK_TYPE_POPOVER_MENU)));
  ui_test_settle (GTK_WIDGET (presentation));
  g_assert_false (trappa_presentation_menu_is_open (menu));

  /* Every item's action is one of these, every page is listed. */
  collect_items (trappa_presentation_menu_get_model (menu), actions, pages);
  for (guint i = 0; i < actions->len; i++)
    g_assert_true (g_strv_contains (expected, actions->pdata[i]));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (holds (actions, expected[i]));
  g_assert_cmpuint (pages->len, ==, g_list_model_get_n_items (G_LIST_MODEL (gtk_stack_get_pages (stack))));
  for (guint i = 0; i < pages->len; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.show", "s", pages->pdata[i]));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, pages->pdata[i]);
    }

  /* Projector Style: the setting and the chart shown follow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.show", "s", "bustadtrapp"));
  g_settings_set_boolean (settings, "projector-style", FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "settings.projector-style", NULL));
  g_assert_true (g_settings_get_boolean (settings, "projector-style"));
  g_assert_true (trappa_chart_view_get_style (trappa_presentation_window_get_shown (presentation)) &
                 TRAPPA_CHART_STYLE_HIGH_CONTRAST);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "settings.projector-style", NULL));
  g_assert_false (g_settings_get_boolean (settings, "projector-style"));

  /* The shortcuts over the slide. */
  /* GTK 4.8's shortcuts window measures one of its own labels below
   * zero when shown (the editing window's Keyboard Shortcuts too): its
   * warning is not fatal here. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.shortcuts", NULL));
  ui_test_settle (GTK_WIDGET (presentation));
  g_log_set_always_fatal (fatal);
  other = find_window (GTK_TYPE_SHORTCUTS_WINDOW, NULL);
  g_assert_nonnull (other);
  g_assert_true (gtk_window_get_transient_for (other) == GTK_WINDOW (presentation));
  gtk_window_destroy (other);

  /* Live voting on the grid's measures. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.live-voting", NULL));
  other = find_window (TRAPPA_TYPE_VOTE_DIALOG, NULL);
  g_assert_nonnull (other);
  gtk_window_destroy (other);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.leave", NULL));
  ui_test_run_for (50);
  g_assert_null (find_presentation ());
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
}

/* The presentation goes on the monitor that is not the editing
 * window's; with one monitor (or none known) on that one. */
static void
test_pick_monitor (void)
{
  g_autoptr(GListStore) monitors = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GObject) laptop = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) projector = g_object_new (G_TYPE_OBJECT, NULL);

  g_assert_null (trappa_presentation_pick_monitor (G_LIST_MODEL (monitors), NULL));
  g_list_store_append (monitors, laptop);
  g_assert_true (trappa_presentation_pick_monitor (G_LIST_MODEL (monitors), laptop) == laptop);
  g_assert_true (trappa_presentation_pick_monitor (G_LIST_MODEL (monitors), NULL) == laptop);
  g_list_store_append (monitors, projector);
  g_assert_true (trappa_presentation_pick_monitor (G_LIST_MODEL (monitors), laptop) == projector);
  g_assert_true (trappa_presentation_pick_monitor (G_LIST_MODEL (monitors), projector) == laptop);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/trappa/charts/present/each-pane", test_present_each_pane);
  g_test_add_func ("/trappa/charts/present/jump-keys", test_jump_keys);
  g_test_add_func ("/trappa/charts/present/menu", test_menu);
  g_test_add_func ("/trappa/charts/present/pick-monitor", test_pick_monitor);
  return g_test_run ();
}
