/* trappa-action-plan-revisions.c: the yearly revisions of the action
 * plan, listed in the Plan pane
 *
 * Read-only: a revision is made by rolling the plan on (the Action Plan
 * pane) and undone with Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-action-plan-revisions"

#include <glib/gi18n.h>

#include "trappa-action-plan.h"
#include "trappa-action-plan-revisions.h"
#include "trappa-format.h"

struct _TrappaActionPlanRevisions
{
  AdwPreferencesGroup  parent_instance;

  TrappaPlan          *plan;
  GtkWidget           *list;     /* GtkListBox */
};

G_DEFINE_FINAL_TYPE (TrappaActionPlanRevisions, trappa_action_plan_revisions, ADW_TYPE_PREFERENCES_GROUP)

char *
trappa_action_plan_revisions_done_text (TrappaPlan         *plan,
                                        const char * const *ids)
{
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_autofree char *joined = NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      TrappaItem *measure = trappa_plan_lookup (plan, ids[i]);

      if (measure != NULL)
        g_strv_builder_add (titles, trappa_item_get_string (measure, "title"));
    }
  list = g_strv_builder_end (titles);
  if (list[0] == NULL)
    return g_strdup (_("No measures done"));
  joined = g_strjoinv (", ", list);
  return g_strdup_printf (_("Measures done: %s"), joined);
}

static GtkWidget *
revision_row (TrappaPlan *plan,
              TrappaItem *revision)
{
  GtkWidget *row = adw_action_row_new ();
  gint64 from = trappa_item_get_int (revision, "from-year");
  gint64 to = trappa_item_get_int (revision, "to-year");
  g_autofree char *date = trappa_format_date (trappa_item_get_string (revision, "date"));
  /* TRANSLATORS: a roll of the action plan: its date, the four years
   * before and after, "Rolled 01.10.2025: from 2025–2028 to 2026–2029" */
  g_autofree char *title = g_strdup_printf (_("Rolled %s: from %d–%d to %d–%d"), date,
                                            (int) from, (int) (from + TRAPPA_ACTION_PLAN_YEARS - 1),
                                            (int) to, (int) (to + TRAPPA_ACTION_PLAN_YEARS - 1));
  g_autofree char *done = trappa_action_plan_revisions_done_text (plan, trappa_item_get_strv (revision, "done-measures"));
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", trappa_item_get_string (revision, "text"), done);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* Texts from the plan file are shown as written, never as markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

void
trappa_action_plan_revisions_refresh (TrappaActionPlanRevisions *self)
{
  GListModel *revisions;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  if (self->plan == NULL)
    return;

  revisions = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (self->plan), "action-plan-revisions"));
  n = g_list_model_get_n_items (revisions);
  gtk_widget_set_visible (self->list, n > 0);
  /* Newest first, as a history reads. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(TrappaItem) revision = g_list_model_get_item (revisions, i - 1);

      gtk_list_box_append (GTK_LIST_BOX (self->list), revision_row (self->plan, revision));
    }
}

static void
trappa_action_plan_revisions_dispose (GObject *object)
{
  TrappaActionPlanRevisions *self = TRAPPA_ACTION_PLAN_REVISIONS (object);

  g_clear_object (&self->plan);
  G_OBJECT_CLASS (trappa_action_plan_revisions_parent_class)->dispose (object);
}

static void
trappa_action_plan_revisions_class_init (TrappaActionPlanRevisionsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trappa_action_plan_revisions_dispose;
}

static void
trappa_action_plan_revisions_init (TrappaActionPlanRevisions *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Revisions of the Action Plan"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Each time the action plan was rolled on to the next year "
                                           "(Action Plan pane)."));
  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->list);
}

GtkWidget *
trappa_action_plan_revisions_new (void)
{
  return g_object_new (TRAPPA_TYPE_ACTION_PLAN_REVISIONS, NULL);
}

void
trappa_action_plan_revisions_set_plan (TrappaActionPlanRevisions *self,
                                       TrappaPlan                *plan)
{
  g_return_if_fail (TRAPPA_IS_ACTION_PLAN_REVISIONS (self));

  g_set_object (&self->plan, plan);
  trappa_action_plan_revisions_refresh (self);
}
