/* trappa-plan-pane.c: the plan's own fields (title, municipality, period …)
 *
 * A form of record cells, one per field, so the fields validate and undo
 * exactly as the cells of the tables do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan-pane"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "trappa-action-plan-revisions.h"
#include "trappa-plan-pane.h"
#include "trappa-record-cell.h"
#include "trappa-success-factors.h"

#define N_FIELDS 10

struct _TrappaPlanPane
{
  TrappaPane          parent_instance;

  TrappaRecordColumn  fields[N_FIELDS];
  GtkWidget          *cells[N_FIELDS];
  GtkWidget          *success_factors;
  GtkWidget          *revisions;
};

G_DEFINE_FINAL_TYPE (TrappaPlanPane, trappa_plan_pane, TRAPPA_TYPE_PANE)

static const char *language_labels[3];

static void
on_cell_error (TrappaRecordCell *cell,
               GParamSpec       *pspec,
               AdwActionRow     *row)
{
  const char *error = trappa_record_cell_get_error (cell);

  adw_action_row_set_subtitle (row, error != NULL ? error : "");
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static GtkWidget *
add_group (GtkWidget  *page,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return group;
}

static void
trappa_plan_pane_plan_changed (TrappaPane *pane,
                               TrappaPlan *old_plan)
{
  TrappaPlanPane *self = TRAPPA_PLAN_PANE (pane);
  TrappaPlan *plan = trappa_pane_get_plan (pane);

  for (guint i = 0; i < N_FIELDS; i++)
    trappa_record_cell_bind (TRAPPA_RECORD_CELL (self->cells[i]), plan, TRAPPA_ITEM (plan));
  trappa_success_factors_set_plan (TRAPPA_SUCCESS_FACTORS (self->success_factors), plan);
  trappa_action_plan_revisions_set_plan (TRAPPA_ACTION_PLAN_REVISIONS (self->revisions), plan);
}

static void
trappa_plan_pane_refresh (TrappaPane *pane)
{
  TrappaPlanPane *self = TRAPPA_PLAN_PANE (pane);

  trappa_success_factors_refresh (TRAPPA_SUCCESS_FACTORS (self->success_factors));
  trappa_action_plan_revisions_refresh (TRAPPA_ACTION_PLAN_REVISIONS (self->revisions));
}

static void
trappa_plan_pane_class_init (TrappaPlanPaneClass *klass)
{
  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_plan_pane_plan_changed;
  TRAPPA_PANE_CLASS (klass)->refresh = trappa_plan_pane_refresh;

  language_labels[0] = _("Nynorsk");
  language_labels[1] = _("Bokmål");
}

static void
trappa_plan_pane_init (TrappaPlanPane *self)
{
  const TrappaRecordColumn fields[N_FIELDS] = {
    { "title", _("Title"), 0, TRUE, NULL, NULL },
    { "municipality", _("Municipality"), 0, TRUE, NULL, NULL },
    { "municipality-number", _("Municipality number"), 0, TRUE, NULL, NULL },
    { "language", _("Language of the plan"), 0, TRUE, language_labels, NULL },
    { "description", _("Description"), 0, TRUE, NULL, NULL },
    { "period-start", _("First year of the plan period"), 0, TRUE, NULL, NULL },
    { "period-end", _("Last year of the plan period"), 0, TRUE, NULL, NULL },
    { "action-plan-start", _("First year of the action plan (economy plan)"), 0, TRUE, NULL, NULL },
    { "base-year", _("Base year (figures for today)"), 0, TRUE, NULL, NULL },
    { "horizon", _("Needs horizon"), 0, TRUE, NULL, NULL },
  };
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = NULL;

  memcpy (self->fields, fields, sizeof fields);
  gtk_widget_set_parent (page, GTK_WIDGET (self));

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      /* The first five fields describe the plan, the rest are years. */
      if (i == 0 || i == 5)
        group = add_group (page, i == 0 ? _("Plan") : _("Period"));

      self->cells[i] = trappa_record_cell_new (TRAPPA_TYPE_PLAN, &self->fields[i]);
      gtk_widget_set_size_request (self->cells[i], 320, -1);
      gtk_widget_set_valign (self->cells[i], GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->fields[i].title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->cells[i]);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row),
                                             trappa_record_cell_get_editor (TRAPPA_RECORD_CELL (self->cells[i])));
      g_signal_connect_object (self->cells[i], "notify::error", G_CALLBACK (on_cell_error), row, 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  self->success_factors = trappa_success_factors_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->success_factors));
  self->revisions = trappa_action_plan_revisions_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->revisions));
}

GtkWidget *
trappa_plan_pane_new (void)
{
  return g_object_new (TRAPPA_TYPE_PLAN_PANE, NULL);
}
