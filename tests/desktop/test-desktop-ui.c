/* test-desktop-ui.c: settings, Preferences, About, the shortcuts window and
 * the translations, as the running app uses them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-desktop-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "trappa-about.h"
#include "trappa-application.h"
#include "trappa-format.h"
#include "trappa-i18n.h"
#include "trappa-preferences-window.h"
#include "trappa-presentation-window.h"
#include "trappa-priority-grid-view.h"
#include "trappa-settings.h"
#include "trappa-window-state.h"
#include "trappa-window.h"

/* Each test starts from the schema's defaults (the memory backend keeps
 * values for the whole process). */
static GSettings *
fresh_settings (void)
{
  GSettings *settings = trappa_settings_new ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_assert_nonnull (settings);
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  return settings;
}

static void
assert_setting (GSettings  *settings,
                const char *key,
                const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_settings_found (void)
{
  /* No GSETTINGS_SCHEMA_DIR here: the schema compiled into the build tree
   * is found as the uninstalled app finds it. */
  g_autoptr(GSettings) settings = NULL;

  g_assert_null (g_getenv ("GSETTINGS_SCHEMA_DIR"));
  settings = fresh_settings ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1600);
}

static void
test_window_size_kept (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWindow *again = NULL;
  int width = 0;
  int height = 0;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 700);
  trappa_window_state_track (window, settings);
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 700);

  /* Closing keeps the size the window has then (GTK only closes a window
   * that is on screen). */
  gtk_window_present (window);
  gtk_window_set_default_size (window, 1000, 650);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_close (window);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A size kept on a bigger monitor never overflows this one. */
  g_settings_set_int (settings, "window-width", 30000);
  g_settings_set_int (settings, "window-height", 20000);
  again = GTK_WINDOW (gtk_window_new ());
  trappa_window_state_track (again, settings);
  gtk_window_get_default_size (again, &width, &height);
  g_assert_cmpint (width, <, 30000);
  g_assert_cmpint (height, <, 20000);
  gtk_window_destroy (again);
}

static GtkStack *
stack_with_panes (void)
{
  GtkStack *stack = GTK_STACK (gtk_stack_new ());

  gtk_stack_add_named (stack, gtk_label_new ("plan"), "plan");
  gtk_stack_add_named (stack, gtk_label_new ("housing"), "housing");
  gtk_stack_add_named (stack, gtk_label_new ("activity"), "activity");
  return g_object_ref_sink (stack);
}

static void
test_window_pane_kept (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(GtkStack) stack = stack_with_panes ();
  g_autoptr(GtkStack) other = stack_with_panes ();

  g_settings_set_string (settings, "last-pane", "activity");
  trappa_window_state_track_pane (stack, settings);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "activity");

  gtk_stack_set_visible_child_name (stack, "housing");
  assert_setting (settings, "last-pane", "housing");

  /* A pane this version does not have leaves the first one shown. */
  g_signal_handlers_disconnect_matched (stack, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, settings);
  g_settings_set_string (settings, "last-pane", "removed-pane");
  trappa_window_state_track_pane (other, settings);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (other), ==, "plan");
}

static void
test_preferences_charts (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  GtkWidget *window = trappa_preferences_window_new (settings, NULL);
  GtkSwitch *toggle = GTK_SWITCH (gtk_widget_get_template_child (window, TRAPPA_TYPE_PREFERENCES_WINDOW,
                                                                 "projector_switch"));
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_widget_get_template_child (window, TRAPPA_TYPE_PREFERENCES_WINDOW,
                                                                        "text_scale_spin"));

  g_assert_false (gtk_switch_get_active (toggle));
  gtk_switch_set_active (toggle, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "projector-style"));
  g_settings_set_boolean (settings, "projector-style", FALSE);
  g_assert_false (gtk_switch_get_active (toggle));

  /* The presentation's text size, within the schema's range. */
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin), 1.6, 1e-9);
  gtk_spin_button_set_value (spin, 2.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "presentation-text-scale"), 2.0, 1e-9);
  gtk_spin_button_set_value (spin, 9.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "presentation-text-scale"), 2.5, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

/* The first widget under @root, @root included, that @match accepts. */
static GtkWidget *
find_widget (GtkWidget     *root,
             WidgetMatch    match,
             gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
runs_action (GtkWidget     *widget,
             gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

static gboolean
is_grid_view (GtkWidget     *widget,
              gconstpointer  data)
{
  return TRAPPA_IS_PRIORITY_GRID_VIEW (widget);
}

static void
test_preferences_folder (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autofree char *folder = g_dir_make_tmp ("trappa-folder-XXXXXX", NULL);
  g_autofree char *gone = g_build_filename (folder, "gone", NULL);
  GtkWidget *window = trappa_preferences_window_new (settings, NULL);
  AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_template_child (window, TRAPPA_TYPE_PREFERENCES_WINDOW,
                                                                     "folder_row"));
  GtkWidget *reset = find_widget (GTK_WIDGET (row), runs_action, "prefs.reset-folder");
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) fallback = NULL;
  g_autofree char *chosen_path = NULL;

  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, _("The Documents folder"));
  /* Nothing to reset while the Documents folder is used. */
  g_assert_false (gtk_widget_get_sensitive (reset));

  g_settings_set_string (settings, "default-folder", folder);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, folder);
  g_assert_true (gtk_widget_get_sensitive (reset));
  chosen = trappa_settings_dup_default_folder (settings);
  chosen_path = g_file_get_path (chosen);
  g_assert_cmpstr (chosen_path, ==, folder);

  g_assert_true (gtk_widget_activate_action (window, "prefs.reset-folder", NULL));
  assert_setting (settings, "default-folder", "");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, _("The Documents folder"));

  /* A folder that has gone away is not offered to the file dialogs. */
  g_settings_set_string (settings, "default-folder", gone);
  fallback = trappa_settings_dup_default_folder (settings);
  g_assert_true (g_file_query_file_type (fallback, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY);

  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (folder);
}

static void
test_about (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (trappa_about_window_new (parent));

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == parent);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_translator_credits (about), !=, "");
  g_assert_nonnull (adw_about_window_get_developers (about));

  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (parent);
}

/* Whether @detailed ("app.quit", "win.save") is an action the app or
 * @window really has. */
static gboolean
action_exists (GtkApplication *application,
               GtkWidget      *window,
               const char     *detailed)
{
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (window);
  const char *action_name = NULL;
  const GVariantType *parameter_type = NULL;
  const char *property_name = NULL;
  GType owner;

  g_assert_true (g_action_parse_detailed_name (detailed, &name, &target, NULL));
  if (g_str_has_prefix (name, "app."))
    return g_action_map_lookup_action (G_ACTION_MAP (application), name + 4) != NULL;
  g_assert_true (g_str_has_prefix (name, "win."));
  if (g_action_map_lookup_action (G_ACTION_MAP (window), name + 4) != NULL)
    return TRUE;
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &action_name,
                                                  &parameter_type, &property_name); i++)
    if (g_str_equal (action_name, name))
      return TRUE;
  return FALSE;
}

/* Adds the keys of every key shortcut of @widget and its descendants (the
 * widget classes' bindings: tables, the grid, presentation mode) to @keys,
 * and "F10" for a primary menu button, which F10 opens. */
static void
collect_widget_keys (GtkWidget  *widget,
                     GHashTable *keys)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    g_hash_table_add (keys, g_strdup ("F10"));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger))
            g_hash_table_add (keys, gtk_accelerator_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                                          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widget_keys (child, keys);
}

/* Checks one key the shortcuts window shows under @title; returns its
 * canonical name. */
static char *
check_shown_key (GtkApplication *application,
                 GtkWidget      *window,
                 GHashTable     *widget_keys,
                 const char     *accelerator,
                 const char     *title)
{
  g_auto(GStrv) actions = NULL;
  char *name = NULL;
  guint key = 0;
  GdkModifierType mods = 0;

  if (!gtk_accelerator_parse (accelerator, &key, &mods))
    g_error ("the shortcuts window shows “%s” (“%s”), which is not a key", accelerator, title);
  name = gtk_accelerator_name (key, mods);
  actions = gtk_application_get_actions_for_accel (application, name);
  if (actions[0] == NULL && !g_hash_table_contains (widget_keys, name))
    g_error ("the shortcuts window shows %s (“%s”), which runs nothing", name, title);
  for (guint i = 0; actions[i] != NULL; i++)
    if (!action_exists (application, window, actions[i]))
      g_error ("%s (“%s”) runs %s, which does not exist", name, title, actions[i]);
  return name;
}

/* The shortcuts window lists the shortcuts the app has: each key it shows
 * runs an existing action or widget binding, and each accelerator the app
 * sets is shown. */
static void
test_shortcuts_window (void)
{
  g_autoptr(TrappaApplication) application = trappa_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) widget_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) described = NULL;
  GSList *objects = NULL;
  GtkWidget *window = NULL;
  GtkWidget *grid = NULL;
  GtkWidget *presentation = NULL;

  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  window = GTK_WIDGET (trappa_window_new (ADW_APPLICATION (application)));
  trappa_window_build_panes (TRAPPA_WINDOW (window));
  grid = find_widget (window, is_grid_view, NULL);
  g_assert_nonnull (grid);
  presentation = trappa_presentation_window_new (GTK_WINDOW (window), TRAPPA_PRIORITY_GRID_VIEW (grid));
  collect_widget_keys (window, widget_keys);
  collect_widget_keys (presentation, widget_keys);

  builder = gtk_builder_new_from_resource ("/no/trappa/Trappa/help-overlay.ui");
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerators = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) each = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerators, "title", &title, NULL);
      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      /* "Left Right Up Down": one row for several keys. */
      each = g_strsplit (accelerators, " ", -1);
      for (guint i = 0; each[i] != NULL; i++)
        g_hash_table_add (shown, check_shown_key (GTK_APPLICATION (application), window, widget_keys,
                                                  each[i], title));
    }
  g_slist_free (objects);

  described = gtk_application_list_action_descriptions (GTK_APPLICATION (application));
  for (guint i = 0; described[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application),
                                                                    described[i]);

      /* The first accelerator of each action is the one to show; others
       * (Ctrl+Y beside Ctrl+Shift+Z) are alternatives. */
      if (accels[0] != NULL)
        {
          guint key = 0;
          GdkModifierType mods = 0;
          g_autofree char *name = NULL;

          gtk_accelerator_parse (accels[0], &key, &mods);
          name = gtk_accelerator_name (key, mods);
          if (!g_hash_table_contains (shown, name))
            g_error ("%s (%s) is missing from the shortcuts window", accels[0], described[i]);
        }
    }

  gtk_window_destroy (GTK_WINDOW (presentation));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Icon-only buttons under @widget that a screen reader could not name. */
static void
collect_unnamed_buttons (GtkWidget *widget,
                         GString   *unnamed)
{
  const char *icon = NULL;
  gboolean labelled = FALSE;

  if (GTK_IS_BUTTON (widget))
    {
      icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
      labelled = gtk_button_get_label (GTK_BUTTON (widget)) != NULL;
    }
  else if (GTK_IS_MENU_BUTTON (widget))
    {
      icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
      labelled = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL;
    }
  /* A button's "labelled-by" is its own icon, which has no text. */
  if (icon != NULL && !labelled &&
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_string_append_printf (unnamed, "\n  %s (%s) in %s", G_OBJECT_TYPE_NAME (widget), icon,
                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
  /* A spin button's + and − are parts of the one control it is. */
  if (GTK_IS_SPIN_BUTTON (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      collect_unnamed_buttons (child, unnamed);
}

/* Every icon-only button of the window, its panes, Preferences and About
 * has an accessible name. */
static void
test_named_buttons (void)
{
  g_autoptr(TrappaApplication) application = trappa_application_new ();
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) unnamed = g_string_new (NULL);
  GtkWidget *window = NULL;
  GtkWidget *preferences = NULL;

  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  window = GTK_WIDGET (trappa_window_new (ADW_APPLICATION (application)));
  trappa_window_build_panes (TRAPPA_WINDOW (window));
  preferences = trappa_preferences_window_new (settings, GTK_WINDOW (window));
  collect_unnamed_buttons (window, unnamed);
  collect_unnamed_buttons (preferences, unnamed);
  if (unnamed->len > 0)
    g_error ("icon-only buttons without an accessible name:%s", unnamed->str);

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Run last: switches the whole process to Norwegian. */
static void
test_translations (void)
{
  static const struct
  {
    const char *language;
    const char *new_plan;
    const char *preferences;
    const char *language_list;  /* with the other Norwegian as fallback */
  } cases[] = {
    { "nn", "Ny bustadplan", "Innstillingar", "nn:nb" },
    { "nb", "Ny boligplan", "Innstillinger", "nb:nn" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *nok = NULL;

      /* As the desktop starts the app: LANGUAGE picks the translation
       * (LANG=nb_NO.UTF-8 does the same where that locale is generated). */
      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      trappa_i18n_init ();
      g_assert_cmpstr (_("New housing plan"), ==, cases[i].new_plan);
      g_assert_cmpstr (_("Preferences"), ==, cases[i].preferences);
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, cases[i].language_list);
      /* The About window's own words: the system's translation where there
       * is one, else Trappa's supplement (Debian 12 has none). */
      trappa_i18n_init_toolkit ();
      g_assert_cmpstr (g_dgettext ("libadwaita", "Credits"), !=, "Credits");
      g_assert_cmpstr (g_dgettext ("libadwaita", "Legal"), !=, "Legal");
      nok = trappa_format_nok (1250000);
      g_assert_cmpstr (nok, ==, "1\u00a0250\u00a0000 kr");
    }
  g_unsetenv ("LANGUAGE");
  trappa_i18n_init ();
}

int
main (int   argc,
      char *argv[])
{
  /* The build tree's translations, whatever is installed on the machine. */
  g_setenv ("TRAPPA_LOCALEDIR", BUILD_LOCALEDIR, TRUE);
  /* English until test_translations; LANGUAGE is ignored in the C locale,
   * so C.UTF-8 it is. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  /* GTK's test accessibility backend records accessible names without an
   * accessibility bus, so test_named_buttons can read them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/trappa/desktop/settings/found", test_settings_found);
  g_test_add_func ("/trappa/desktop/window-state/size", test_window_size_kept);
  g_test_add_func ("/trappa/desktop/window-state/pane", test_window_pane_kept);
  g_test_add_func ("/trappa/desktop/preferences/charts", test_preferences_charts);
  g_test_add_func ("/trappa/desktop/preferences/folder", test_preferences_folder);
  g_test_add_func ("/trappa/desktop/about/window", test_about);
  g_test_add_func ("/trappa/desktop/shortcuts/window", test_shortcuts_window);
  g_test_add_func ("/trappa/desktop/a11y/named-buttons", test_named_buttons);
  g_test_add_func ("/trappa/desktop/i18n/nn-nb", test_translations);
  return g_test_run ();
}
