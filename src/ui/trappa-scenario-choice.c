/* trappa-scenario-choice.c: a drop-down of the plan's population scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-scenario-choice"

#include "trappa-scenario-choice.h"

void
trappa_scenario_choice_init (GtkDropDown *choice)
{
  g_autoptr(GtkStringList) scenarios = gtk_string_list_new (NULL);

  gtk_drop_down_set_model (choice, G_LIST_MODEL (scenarios));
}

const char *
trappa_scenario_choice_get (GtkDropDown *choice)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (choice);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

void
trappa_scenario_choice_update (GtkDropDown *choice,
                               TrappaPlan  *plan)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "population-series"));
  GtkStringList *scenarios = GTK_STRING_LIST (gtk_drop_down_get_model (choice));
  g_autofree char *chosen = g_strdup (trappa_scenario_choice_get (choice));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint keep = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TrappaItem) series = g_list_model_get_item (list, i);
      const char *scenario = trappa_item_get_string (series, "scenario");

      if (g_strcmp0 (scenario, chosen) == 0)
        keep = i;
      g_ptr_array_add (names, (gpointer) scenario);
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (scenarios, 0, g_list_model_get_n_items (G_LIST_MODEL (scenarios)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (choice, keep);
}
