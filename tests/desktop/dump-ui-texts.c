/* dump-ui-texts.c: prints every text the main window (every pane, its
 * menus and tooltips), the Preferences, the About window and the conflict
 * view of Merge Changes From… show, one per
 * line in tree order, in the language of the environment; check-no-english.sh
 * compares an English run with a Norwegian one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dump-ui-texts"

#include "config.h"

#include <glib/gi18n.h>

#include "trappa-about.h"
#include "trappa-application.h"
#include "trappa-i18n.h"
#include "trappa-measure.h"
#include "trappa-merge-dialog.h"
#include "trappa-plan-file.h"
#include "trappa-quiet-tooltip.h"
#include "trappa-preferences-window.h"
#include "trappa-settings.h"
#include "trappa-window.h"

static void
add_text (GPtrArray  *texts,
          const char *text)
{
  if (text != NULL && text[0] != '\0')
    g_ptr_array_add (texts, g_strdup (text));
}

static void
collect_menu (GMenuModel *menu,
              GPtrArray  *texts)
{
  for (int i = 0; menu != NULL && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *linked = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        add_text (texts, label);
      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          collect_menu (linked, texts);
          g_object_unref (linked);
        }
    }
}

/* Every text @widget and its descendants show, in tree order; hidden
 * children (a drop-down's unused search entry) show nothing. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  GParamSpec *placeholder = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "placeholder-text");

  if (GTK_IS_LABEL (widget))
    add_text (texts, gtk_label_get_text (GTK_LABEL (widget)));
  if (placeholder != NULL && placeholder->value_type == G_TYPE_STRING)
    {
      g_autofree char *text = NULL;

      g_object_get (widget, "placeholder-text", &text, NULL);
      add_text (texts, text);
    }
  add_text (texts, gtk_widget_get_tooltip_text (widget));
  add_text (texts, trappa_quiet_tooltip_get (widget));
  if (GTK_IS_MENU_BUTTON (widget))
    collect_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), texts);
  if (ADW_IS_SPLIT_BUTTON (widget))
    collect_menu (adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (widget)), texts);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      collect_texts (child, texts);
}

static TrappaPlan *
copy_of (GBytes *bytes)
{
  return trappa_plan_file_parse (bytes, "copy", NULL, NULL);
}

/* The conflict view with each kind of conflict: the plan's title changed
 * differently in both copies, a measure removed in one and changed in
 * the other. */
static GtkWidget *
merge_dialog_new (GtkWindow *parent)
{
  g_autoptr(TrappaPlan) base = trappa_plan_new ();
  g_autoptr(TrappaMeasure) measure = trappa_measure_new ("Housing First");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrappaPlan) mine = NULL;
  g_autoptr(TrappaPlan) theirs = NULL;
  g_autoptr(TrappaMerge) merge = NULL;
  g_autoptr(TrappaItem) their_measure = NULL;
  g_autoptr(TrappaItem) my_measure = NULL;

  trappa_plan_insert (base, TRAPPA_ITEM (base), "measures", -1, TRAPPA_ITEM (measure));
  bytes = trappa_plan_file_serialize (base);
  mine = copy_of (bytes);
  theirs = copy_of (bytes);
  trappa_plan_set_string (mine, TRAPPA_ITEM (mine), "title", "A", NULL);
  trappa_plan_set_string (theirs, TRAPPA_ITEM (theirs), "title", "B", NULL);
  my_measure = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (mine), "measures")), 0);
  their_measure = g_list_model_get_item (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (theirs), "measures")), 0);
  trappa_plan_remove (mine, my_measure);
  trappa_plan_set_string (theirs, their_measure, "responsible", "NAV", NULL);
  merge = trappa_merge_new (base, mine, theirs, NULL);
  g_assert (trappa_merge_get_conflicts (merge)->len == 2);
  return GTK_WIDGET (trappa_merge_dialog_new (parent, merge, "copy.trappa"));
}

/* The texts of a new plan's window, its Preferences, its About and the
 * conflict view. */
static GPtrArray *
texts_in_current_language (TrappaApplication *application)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSettings) settings = trappa_settings_new ();
  GtkWidget *window = GTK_WIDGET (trappa_window_new (ADW_APPLICATION (application)));
  GtkWidget *preferences = trappa_preferences_window_new (settings, GTK_WINDOW (window));
  GtkWidget *about = GTK_WIDGET (trappa_about_window_new (GTK_WINDOW (window)));
  GtkWidget *merge = merge_dialog_new (GTK_WINDOW (window));

  trappa_window_build_panes (TRAPPA_WINDOW (window));
  collect_texts (window, texts);
  collect_texts (preferences, texts);
  collect_texts (about, texts);
  collect_texts (merge, texts);
  gtk_window_destroy (GTK_WINDOW (merge));
  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
  return texts;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TrappaApplication) application = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GError) error = NULL;

  /* The language comes from the environment, as on a desktop. */
  trappa_i18n_init ();
  gtk_init ();
  adw_init ();
  trappa_i18n_init_toolkit ();

  application = trappa_application_new ();
  if (!g_application_register (G_APPLICATION (application), NULL, &error))
    g_error ("%s", error->message);
  texts = texts_in_current_language (application);
  /* One text per line: a line break inside a text is written as "\n". */
  for (guint i = 0; i < texts->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (texts, i), "\n", -1);
      g_autofree char *line = g_strjoinv ("\\n", parts);

      g_print ("%s\n", line);
    }
  return 0;
}
