/* trappa-scenario-choice.c: a drop-down of the plan's population scenarios
 *
 * An id drop-down whose rows are the scenario codes, so it keeps the
 * chosen scenario and stays put while the scenarios stay the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-scenario-choice"

#include "trappa-id-dropdown.h"
#include "trappa-scenario-choice.h"

void
trappa_scenario_choice_init (GtkDropDown *choice)
{
  const char * const none[] = { NULL };

  trappa_id_dropdown_set_rows (choice, none, none);
}

const char *
trappa_scenario_choice_get (GtkDropDown *choice)
{
  const char *scenario = trappa_id_dropdown_get_id (choice);

  return scenario[0] != '\0' ? scenario : NULL;
}

void
trappa_scenario_choice_update (GtkDropDown *choice,
                               TrappaPlan  *plan)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "population-series"));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) scenarios = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TrappaItem) series = g_list_model_get_item (list, i);

      g_strv_builder_add (builder, trappa_item_get_string (series, "scenario"));
    }
  scenarios = g_strv_builder_end (builder);
  trappa_id_dropdown_set_rows (choice, (const char * const *) scenarios, (const char * const *) scenarios);
}
