/* trappa-step-picker.c: choose the step or service level a record refers to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-step-picker"

#include <glib/gi18n.h>

#include "trappa-step-picker.h"
#include "trappa-id-dropdown.h"

typedef struct
{
  TrappaRecordTable *table;     /* not owned: the pane owns both */
  TrappaPlan        *plan;      /* not owned: the pane holds it */
  char              *property;
  char              *kind;
  gboolean           syncing;
} Picker;

#define PICKER_KEY "trappa-step-picker"

static void
picker_free (Picker *picker)
{
  g_free (picker->property);
  g_free (picker->kind);
  g_free (picker);
}

static void
add_steps (TrappaPlan *plan,
           const char *kind,
           const char *prefix,
           GPtrArray  *labels,
           GPtrArray  *ids)
{
  TrappaStaircase *staircase = trappa_plan_get_staircase (plan, kind);
  GListModel *steps = staircase != NULL
    ? G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (staircase), "steps")) : NULL;

  for (guint i = 0; steps != NULL && i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);

      g_ptr_array_add (labels, g_strconcat (prefix, trappa_item_get_string (step, "name"), NULL));
      g_ptr_array_add (ids, g_strdup (trappa_item_get_id (step)));
    }
}

/* The dropdown shows the selected record's reference. */
static void
sync_from_record (GtkDropDown *dropdown)
{
  Picker *picker = g_object_get_data (G_OBJECT (dropdown), PICKER_KEY);
  TrappaItem *item = trappa_record_table_get_selected (picker->table);

  picker->syncing = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (dropdown), item != NULL);
  trappa_id_dropdown_select_id (dropdown, item != NULL ? trappa_item_get_string (item, picker->property) : "");
  picker->syncing = FALSE;
}

static void
on_chosen (GtkDropDown *dropdown)
{
  Picker *picker = g_object_get_data (G_OBJECT (dropdown), PICKER_KEY);
  TrappaItem *item = trappa_record_table_get_selected (picker->table);
  const char *id = trappa_id_dropdown_get_id (dropdown);

  if (picker->syncing || item == NULL || picker->plan == NULL ||
      g_strcmp0 (trappa_item_get_string (item, picker->property), id) == 0)
    return;
  trappa_plan_begin_edit (picker->plan, _("Choose step"));
  trappa_plan_set_string (picker->plan, item, picker->property, id, NULL);
  trappa_plan_end_edit (picker->plan);
}

void
trappa_step_picker_bind (GtkDropDown       *dropdown,
                         TrappaRecordTable *table,
                         const char        *property,
                         const char        *kind)
{
  Picker *picker = g_new0 (Picker, 1);

  picker->table = table;
  picker->property = g_strdup (property);
  picker->kind = g_strdup (kind);
  g_object_set_data_full (G_OBJECT (dropdown), PICKER_KEY, picker, (GDestroyNotify) picker_free);
  g_signal_connect_object (table, "notify::selected-item", G_CALLBACK (sync_from_record),
                           dropdown, G_CONNECT_SWAPPED);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_chosen), NULL);
  sync_from_record (dropdown);
}

void
trappa_step_picker_set_plan (GtkDropDown *dropdown,
                             TrappaPlan  *plan)
{
  Picker *picker = g_object_get_data (G_OBJECT (dropdown), PICKER_KEY);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  picker->plan = plan;
  g_ptr_array_add (labels, g_strdup (_("None")));
  g_ptr_array_add (ids, g_strdup (""));
  if (plan != NULL && g_strcmp0 (picker->kind, TRAPPA_STAIRCASE_ACTIVITY) != 0)
    add_steps (plan, TRAPPA_STAIRCASE_HOUSING, picker->kind == NULL ? _("Housing: ") : "", labels, ids);
  if (plan != NULL && g_strcmp0 (picker->kind, TRAPPA_STAIRCASE_HOUSING) != 0)
    add_steps (plan, TRAPPA_STAIRCASE_ACTIVITY, picker->kind == NULL ? _("Service level: ") : "", labels, ids);
  g_ptr_array_add (labels, NULL);
  g_ptr_array_add (ids, NULL);
  picker->syncing = TRUE;
  trappa_id_dropdown_set_rows (dropdown, (const char * const *) labels->pdata, (const char * const *) ids->pdata);
  picker->syncing = FALSE;
  sync_from_record (dropdown);
}
