/* trappa-record-table-clipboard.c: a record table's rows to and from a
 * spreadsheet, and out to a file
 *
 * Only the widget's part: the text and its checks are GTK-free in
 * src/io/trappa-record-clipboard.c, the export is `--export-table`'s
 * (the window's "win.export-table").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-record-table"

#include <glib/gi18n.h>
#include <string.h>

#include "trappa-measure.h"
#include "trappa-record-clipboard.h"
#include "trappa-record-table-clipboard.h"
#include "trappa-record-table-private.h"

/* The table's columns as the clipboard code takes them. */
static TrappaClipColumn *
clip_columns (const TrappaRecordTableList *list)
{
  TrappaClipColumn *columns = g_new0 (TrappaClipColumn, list->n_columns);

  for (guint c = 0; c < list->n_columns; c++)
    columns[c] = (TrappaClipColumn) { list->columns[c].property, list->columns[c].title,
                                      list->columns[c].choice_labels, list->columns[c].text_func };
  return columns;
}

gboolean
trappa_record_table_copy_rows (TrappaRecordTable *self,
                               gboolean           all)
{
  TrappaRecordTableList list;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree TrappaClipColumn *columns = NULL;
  g_autoptr(TrappaTable) table = NULL;
  g_autofree char *tsv = NULL;
  char *html;
  g_autoptr(GBytes) html_bytes = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) both = NULL;

  g_return_val_if_fail (TRAPPA_IS_RECORD_TABLE (self), FALSE);

  trappa_record_table_get_list (self, &list);
  if (list.plan == NULL)
    return FALSE;
  for (guint i = 0; all && i < g_list_model_get_n_items (list.list); i++)
    g_ptr_array_add (items, g_list_model_get_item (list.list, i));
  if (!all && trappa_record_table_get_selected (self) != NULL)
    g_ptr_array_add (items, g_object_ref (trappa_record_table_get_selected (self)));
  if (items->len == 0)
    return FALSE;

  columns = clip_columns (&list);
  table = trappa_record_clipboard_table (list.plan, items, columns, list.n_columns);
  tsv = trappa_record_clipboard_to_tsv (table);
  html = trappa_record_clipboard_to_html (table);
  html_bytes = g_bytes_new_take (html, strlen (html));
  /* Spreadsheets and word processors take the HTML table; text editors,
   * and Trappa's own paste, the tab-separated text. */
  providers[0] = gdk_content_provider_new_typed (G_TYPE_STRING, tsv);
  providers[1] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
  both = gdk_content_provider_new_union (providers, 2);
  return gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), both);
}

gboolean
trappa_record_table_paste_rows (TrappaRecordTable *self,
                                const char        *text)
{
  TrappaRecordTableList list;
  g_autofree TrappaClipColumn *columns = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  TrappaItem *selected;
  guint position;

  g_return_val_if_fail (TRAPPA_IS_RECORD_TABLE (self), FALSE);

  trappa_record_table_get_list (self, &list);
  if (list.plan == NULL)
    return FALSE;
  /* Below the selected row, as a new row goes. */
  selected = trappa_record_table_get_selected (self);
  position = g_list_model_get_n_items (list.list);
  if (selected != NULL && g_list_store_find (G_LIST_STORE (list.list), selected, &position))
    position++;
  columns = clip_columns (&list);
  items = trappa_record_clipboard_paste (list.plan, list.parent, list.list_name, position, list.item_type,
                                         columns, list.n_columns, text, &error);
  if (items == NULL)
    {
      trappa_record_table_show_problem (self, error->message);
      return FALSE;
    }
  trappa_record_table_show_problem (self, NULL);
  trappa_record_table_select (self, items->pdata[0]);
  return TRUE;
}

const char *
trappa_record_table_export_name (TrappaRecordTable *self)
{
  TrappaRecordTableList list;
  const struct { GType (*type) (void); const char *name; } names[] = {
    { trappa_category_get_type, "categories" },
    { trappa_target_group_get_type, "target-groups" },
    { trappa_mapping_row_get_type, "mapping" },
    { trappa_target_area_get_type, "target-areas" },
    { trappa_measure_get_type, "measures" },
    { trappa_milestone_get_type, "milestones" },
  };

  g_return_val_if_fail (TRAPPA_IS_RECORD_TABLE (self), NULL);

  trappa_record_table_get_list (self, &list);
  if (list.plan == NULL)
    return NULL;
  /* The steps of either staircase are tables of their own. */
  if (list.item_type == TRAPPA_TYPE_STEP)
    return g_strcmp0 (trappa_item_get_string (list.parent, "kind"), TRAPPA_STAIRCASE_ACTIVITY) == 0
           ? "service-levels" : "steps";
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (list.item_type == names[i].type ())
      return names[i].name;
  return NULL;
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  trappa_record_table_copy_rows (TRAPPA_RECORD_TABLE (widget), g_str_equal (action_name, "table.copy-all"));
}

static void
on_paste_text (GObject      *clipboard,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TrappaRecordTable) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);

  if (text == NULL)
    trappa_record_table_show_problem (self, _("The clipboard holds no text to paste"));
  else
    trappa_record_table_paste_rows (self, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_paste_text, g_object_ref (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *name = trappa_record_table_export_name (TRAPPA_RECORD_TABLE (widget));

  if (name != NULL)
    gtk_widget_activate_action (widget, "win.export-table", "s", name);
}

void
trappa_record_table_clipboard_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "table.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "table.copy-all", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "table.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "table.export", NULL, export_action);
  /* Reached when no cell's editor takes the keys (its own text copies). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "table.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "table.paste", NULL);
}

GtkWidget *
trappa_record_table_clipboard_menu_button (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) rows = g_menu_new ();
  g_autoptr(GMenu) file = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_append (rows, _("_Copy Row"), "table.copy");
  g_menu_append (rows, _("Copy _All Rows"), "table.copy-all");
  g_menu_append (rows, _("_Paste Rows"), "table.paste");
  g_menu_append (file, _("_Export Table…"), "table.export");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (rows));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (file));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Copy, paste and export rows (as in a spreadsheet)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Copy, paste and export rows"), -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  return button;
}

void
trappa_record_table_clipboard_update_actions (TrappaRecordTable *self,
                                              guint              n_rows,
                                              gboolean           selected,
                                              gboolean           has_list)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "table.copy", selected);
  gtk_widget_action_set_enabled (widget, "table.copy-all", n_rows > 0);
  gtk_widget_action_set_enabled (widget, "table.paste", has_list);
  gtk_widget_action_set_enabled (widget, "table.export", has_list && trappa_record_table_export_name (self) != NULL);
}
