/* ui-test-util.c: finding and driving widgets in widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "trappa-plan-file.h"
#include "ui-test-util.h"

void
ui_test_init (int    *argc,
              char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  trappa_plan_file_init ();
}

void
ui_test_settle (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));

  gtk_test_widget_wait_for_draw (root);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWindow *
ui_test_window_new (GtkWidget *child,
                    int        width,
                    int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  ui_test_settle (GTK_WIDGET (window));
  return window;
}

void
ui_test_window_destroy (GtkWindow *window)
{
  gtk_window_destroy (window);
  /* GTK 4.8's GtkEditableLabel stopped editing from a 100 ms timeout
   * after the focus left, which outlived the widget; from a later test's
   * main loop that timeout failed now and then with a critical from
   * gtk_event_controller_get_widget(). Running the loop past such timers
   * here makes any of them fail this test, every time. */
  ui_test_run_for (250);
}

static gboolean
set_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
ui_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
ui_test_wait_document (TrappaDocument *document)
{
  while (trappa_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
  /* The window's own callback runs in the same turn; let it finish. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

TrappaRecordCell *
ui_test_find_cell (GtkWidget  *root,
                   TrappaItem *item,
                   const char *property)
{
  if (TRAPPA_IS_RECORD_CELL (root))
    {
      TrappaRecordCell *cell = TRAPPA_RECORD_CELL (root);

      if (trappa_record_cell_get_item (cell) == item &&
          g_strcmp0 (trappa_record_cell_get_property_name (cell), property) == 0)
        return cell;
      return NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TrappaRecordCell *found = ui_test_find_cell (child, item, property);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
ui_test_find_descendant (GtkWidget *root,
                         GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child
                                                                  : ui_test_find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

void
ui_test_type_in_cell (TrappaRecordCell *cell,
                      const char       *text)
{
  GtkWidget *entry = trappa_record_cell_get_editor (cell);

  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

GtkWindow *
ui_test_find_dialog (void)
{
  g_autoptr(GListModel) toplevels = NULL;
  guint n;

  /* Dialogs that were answered close and go away in an idle. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  n = g_list_model_get_n_items (toplevels);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

void
ui_test_respond (const char *response)
{
  GtkWindow *dialog = ui_test_find_dialog ();

  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  /* As a click on the button does after the response. */
  gtk_window_destroy (dialog);
}

TrappaWindow *
ui_test_open_alver (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TrappaWindow *window = trappa_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  trappa_window_open (window, file);
  ui_test_wait_document (trappa_window_get_document (window));
  return window;
}

GtkWidget *
ui_test_show_pane (TrappaWindow *window,
                   const char   *id)
{
  GtkWidget *pane = trappa_window_get_pane (window, id);
  GtkWidget *stack = gtk_widget_get_ancestor (pane, GTK_TYPE_STACK);
  GtkWidget *page = pane;

  while (gtk_widget_get_parent (page) != stack)
    page = gtk_widget_get_parent (page);
  gtk_stack_set_visible_child (GTK_STACK (stack), page);
  ui_test_settle (GTK_WIDGET (window));
  return pane;
}

gboolean
ui_test_has_label (GtkWidget  *root,
                   const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ui_test_has_label (child, text))
      return TRUE;
  return FALSE;
}
