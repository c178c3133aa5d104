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

#include "trappa-plan.h"
#include "trappa-plan-pane.h"
#include "trappa-record-cell.h"

#define N_FIELDS 9

struct _TrappaPlanPane
{
  GtkWidget           parent_instance;

  GtkWidget          *page;
  TrappaRecordColumn  fields[N_FIELDS];
  GtkWidget          *cells[N_FIELDS];
  TrappaPlan         *plan;
};

G_DEFINE_FINAL_TYPE (TrappaPlanPane, trappa_plan_pane, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PLAN, N_PROPS };
static GParamSpec *properties[N_PROPS];

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
trappa_plan_pane_dispose (GObject *object)
{
  TrappaPlanPane *self = TRAPPA_PLAN_PANE (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->page, gtk_widget_unparent);
  G_OBJECT_CLASS (trappa_plan_pane_parent_class)->dispose (object);
}

static void
trappa_plan_pane_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TrappaPlanPane *self = TRAPPA_PLAN_PANE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_plan_pane_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TrappaPlanPane *self = TRAPPA_PLAN_PANE (object);
  TrappaPlan *plan;

  switch (prop_id)
    {
    case PROP_PLAN:
      plan = g_value_get_object (value);
      if (!g_set_object (&self->plan, plan))
        break;
      for (guint i = 0; i < N_FIELDS; i++)
        trappa_record_cell_bind (TRAPPA_RECORD_CELL (self->cells[i]), plan, TRAPPA_ITEM (plan));
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_plan_pane_class_init (TrappaPlanPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_plan_pane_dispose;
  object_class->get_property = trappa_plan_pane_get_property;
  object_class->set_property = trappa_plan_pane_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, TRAPPA_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  language_labels[0] = _("Nynorsk");
  language_labels[1] = _("Bokmål");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
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
    { "base-year", _("Base year (figures for today)"), 0, TRUE, NULL, NULL },
    { "horizon", _("Needs horizon"), 0, TRUE, NULL, NULL },
  };
  GtkWidget *group = NULL;

  memcpy (self->fields, fields, sizeof fields);
  self->page = adw_preferences_page_new ();
  gtk_widget_set_parent (self->page, GTK_WIDGET (self));

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      /* The first five fields describe the plan, the rest are years. */
      if (i == 0 || i == 5)
        group = add_group (self->page, i == 0 ? _("Plan") : _("Period"));

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
}

GtkWidget *
trappa_plan_pane_new (void)
{
  return g_object_new (TRAPPA_TYPE_PLAN_PANE, NULL);
}
