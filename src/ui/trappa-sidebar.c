/* trappa-sidebar.c: the list of panes beside them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-sidebar"

#include "trappa-sidebar.h"

/* Wide enough for most titles on one line; the longest wrap. */
#define TITLE_CHARS 18

static void
on_row_selected (GtkListBox    *list,
                 GtkListBoxRow *row,
                 GtkStack      *stack)
{
  if (row != NULL)
    gtk_stack_set_visible_child_name (stack, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_page_shown (GtkStack   *stack,
               GParamSpec *pspec,
               GtkListBox *list)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      {
        gtk_list_box_select_row (list, GTK_LIST_BOX_ROW (row));
        return;
      }
}

void
trappa_sidebar_bind (GtkListBox *list,
                     GtkStack   *stack)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (stack));
  guint n = g_list_model_get_n_items (pages);

  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (GTK_IS_STACK (stack));

  for (guint i = 0; i < n; i++)
    {
      /* GTK 4.8 has no autoptr for GtkStackPage. */
      g_autoptr(GObject) item = g_list_model_get_item (pages, i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (gtk_stack_page_get_title (page));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), TITLE_CHARS);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      /* The row carries its page's name, which the stack switches by. */
      gtk_widget_set_name (row, gtk_stack_page_get_name (page));
      gtk_list_box_append (list, row);
    }

  g_signal_connect_object (list, "row-selected", G_CALLBACK (on_row_selected), stack, 0);
  g_signal_connect_object (stack, "notify::visible-child-name", G_CALLBACK (on_page_shown), list, 0);
  on_page_shown (stack, NULL, list);
}
