/* trappa-id-dropdown.c: a drop-down of plan records (or fixed choices)
 * that remembers the id behind each row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-id-dropdown"

#include "trappa-id-dropdown.h"
#include "trappa-item.h"

#define IDS_KEY    "trappa-ids"
#define LABELS_KEY "trappa-labels"

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  return a != NULL && b != NULL && g_strv_equal (a, b);
}

void
trappa_id_dropdown_set_rows (GtkDropDown        *dropdown,
                             const char * const *labels,
                             const char * const *ids)
{
  const char * const *old_ids = g_object_get_data (G_OBJECT (dropdown), IDS_KEY);
  const char * const *old_labels = g_object_get_data (G_OBJECT (dropdown), LABELS_KEY);
  g_autofree char *selected = g_strdup (trappa_id_dropdown_get_id (dropdown));
  g_autoptr(GtkStringList) model = NULL;

  if (strv_equal (ids, old_ids) && strv_equal (labels, old_labels))
    return;

  model = gtk_string_list_new (labels);
  g_object_set_data_full (G_OBJECT (dropdown), IDS_KEY, g_strdupv ((char **) ids), (GDestroyNotify) g_strfreev);
  g_object_set_data_full (G_OBJECT (dropdown), LABELS_KEY, g_strdupv ((char **) labels), (GDestroyNotify) g_strfreev);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  trappa_id_dropdown_select_id (dropdown, selected);
}

void
trappa_id_dropdown_set_records (GtkDropDown *dropdown,
                                const char  *first_label,
                                GListModel  *items,
                                const char  *name_prop)
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) label_v = NULL;
  g_auto(GStrv) id_v = NULL;
  guint n = items != NULL ? g_list_model_get_n_items (items) : 0;

  g_strv_builder_add (labels, first_label);
  g_strv_builder_add (ids, "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (items, i);
      const char *name = trappa_item_get_string (item, name_prop);

      g_strv_builder_add (labels, *name != '\0' ? name : trappa_item_get_id (item));
      g_strv_builder_add (ids, trappa_item_get_id (item));
    }
  label_v = g_strv_builder_end (labels);
  id_v = g_strv_builder_end (ids);
  trappa_id_dropdown_set_rows (dropdown, (const char * const *) label_v, (const char * const *) id_v);
}

void
trappa_id_dropdown_set_choices (GtkDropDown        *dropdown,
                                const char         *first_label,
                                const char * const *ids,
                                const char       *(*label_func) (const char *id))
{
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) all_ids = g_strv_builder_new ();
  g_auto(GStrv) label_v = NULL;
  g_auto(GStrv) id_v = NULL;

  g_strv_builder_add (labels, first_label);
  g_strv_builder_add (all_ids, "");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_strv_builder_add (labels, label_func (ids[i]));
      g_strv_builder_add (all_ids, ids[i]);
    }
  label_v = g_strv_builder_end (labels);
  id_v = g_strv_builder_end (all_ids);
  trappa_id_dropdown_set_rows (dropdown, (const char * const *) label_v, (const char * const *) id_v);
}

const char *
trappa_id_dropdown_get_id (GtkDropDown *dropdown)
{
  const char * const *ids = g_object_get_data (G_OBJECT (dropdown), IDS_KEY);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length ((char **) ids))
    return "";
  return ids[selected];
}

void
trappa_id_dropdown_select_id (GtkDropDown *dropdown,
                              const char  *id)
{
  const char * const *ids = g_object_get_data (G_OBJECT (dropdown), IDS_KEY);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  gtk_drop_down_set_selected (dropdown, 0);
}
