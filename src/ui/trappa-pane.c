/* trappa-pane.c: the base of the window's panes
 *
 * Holds the "plan" property every pane has, so each pane only says what
 * to do when the plan changes; and calls a pane's refresh on the plan's
 * edits only while it is shown, so hidden panes cost nothing per edit.
 * It also shows the plan's lists in the tables a pane adds with
 * trappa_pane_add_table(), and disposes a pane's template after letting
 * go of the plan, so most panes need neither plan_changed nor dispose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-pane"

#include "trappa-pane.h"

typedef struct
{
  TrappaPlan *plan;
  gulong      changed_id;
  gboolean    stale;      /* the plan changed while the pane was hidden */
  GArray     *tables;     /* of PlanTable */
} TrappaPanePrivate;

/* A table of one of the plan's own lists. */
typedef struct
{
  TrappaRecordTable *table;
  const char        *list_name;
} PlanTable;

G_DEFINE_TYPE_WITH_PRIVATE (TrappaPane, trappa_pane, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PLAN, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* Marks the pane types whose template the base disposes. */
static GQuark template_quark;

static void
plan_table_clear (PlanTable *entry)
{
  g_clear_object (&entry->table);
}

static void
show_list (PlanTable  *entry,
           TrappaPlan *plan)
{
  trappa_record_table_set_list (entry->table, plan, plan != NULL ? TRAPPA_ITEM (plan) : NULL,
                                plan != NULL ? entry->list_name : NULL);
}

static void
trappa_pane_dispose (GObject *object)
{
  TrappaPanePrivate *priv = trappa_pane_get_instance_private (TRAPPA_PANE (object));
  GtkWidget *child;

  /* No edit of the plan may reach the pane once its parts are gone. */
  if (priv->plan != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->plan);
  g_clear_object (&priv->plan);
  g_clear_pointer (&priv->tables, g_array_unref);
  for (GType type = G_OBJECT_TYPE (object); type != TRAPPA_TYPE_PANE; type = g_type_parent (type))
    if (g_type_get_qdata (type, template_quark) != NULL)
      gtk_widget_dispose_template (GTK_WIDGET (object), type);
  /* Children a template does not name (an outer box) are left by
   * gtk_widget_dispose_template(). */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (trappa_pane_parent_class)->dispose (object);
}

static void
refresh (TrappaPane *self)
{
  TrappaPanePrivate *priv = trappa_pane_get_instance_private (self);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      priv->stale = TRUE;
      return;
    }
  priv->stale = FALSE;
  TRAPPA_PANE_GET_CLASS (self)->refresh (self);
}

static void
trappa_pane_map (GtkWidget *widget)
{
  TrappaPanePrivate *priv = trappa_pane_get_instance_private (TRAPPA_PANE (widget));

  GTK_WIDGET_CLASS (trappa_pane_parent_class)->map (widget);
  if (priv->stale && priv->plan != NULL)
    refresh (TRAPPA_PANE (widget));
}

static void
trappa_pane_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, trappa_pane_get_plan (TRAPPA_PANE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_pane_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PLAN:
      trappa_pane_set_plan (TRAPPA_PANE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_pane_class_init (TrappaPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_pane_dispose;
  object_class->get_property = trappa_pane_get_property;
  object_class->set_property = trappa_pane_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, TRAPPA_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = trappa_pane_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  template_quark = g_quark_from_static_string ("trappa-pane-template");
}

static void
trappa_pane_init (TrappaPane *self)
{
  TrappaPanePrivate *priv = trappa_pane_get_instance_private (self);

  priv->tables = g_array_new (FALSE, FALSE, sizeof (PlanTable));
  g_array_set_clear_func (priv->tables, (GDestroyNotify) plan_table_clear);
}

void
trappa_pane_class_set_template (TrappaPaneClass *klass,
                                const char      *resource_path)
{
  g_return_if_fail (TRAPPA_IS_PANE_CLASS (klass));

  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), resource_path);
  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), template_quark, GINT_TO_POINTER (TRUE));
}

TrappaPlan *
trappa_pane_get_plan (TrappaPane *self)
{
  TrappaPanePrivate *priv = trappa_pane_get_instance_private (self);

  g_return_val_if_fail (TRAPPA_IS_PANE (self), NULL);
  return priv->plan;
}

void
trappa_pane_set_plan (TrappaPane *self,
                      TrappaPlan *plan)
{
  TrappaPanePrivate *priv = trappa_pane_get_instance_private (self);
  g_autoptr(TrappaPlan) old_plan = NULL;

  g_return_if_fail (TRAPPA_IS_PANE (self));
  g_return_if_fail (plan == NULL || TRAPPA_IS_PLAN (plan));

  if (plan == priv->plan)
    return;

  if (priv->plan != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->plan);
  old_plan = g_steal_pointer (&priv->plan);
  priv->plan = plan != NULL ? g_object_ref (plan) : NULL;
  for (guint i = 0; i < priv->tables->len; i++)
    show_list (&g_array_index (priv->tables, PlanTable, i), plan);
  if (TRAPPA_PANE_GET_CLASS (self)->plan_changed != NULL)
    TRAPPA_PANE_GET_CLASS (self)->plan_changed (self, old_plan);
  if (plan != NULL && TRAPPA_PANE_GET_CLASS (self)->refresh != NULL)
    {
      /* Filled at once for a new plan, shown or not. */
      priv->changed_id = g_signal_connect_swapped (plan, "changed", G_CALLBACK (refresh), self);
      priv->stale = FALSE;
      TRAPPA_PANE_GET_CLASS (self)->refresh (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

GtkWidget *
trappa_pane_add_box (TrappaPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  g_return_val_if_fail (TRAPPA_IS_PANE (self), NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  return box;
}

TrappaRecordTable *
trappa_pane_add_table (TrappaPane               *self,
                       GtkWidget                *box,
                       GType                     item_type,
                       const TrappaRecordColumn *columns,
                       guint                     n_columns,
                       const char               *list_name)
{
  TrappaPanePrivate *priv = trappa_pane_get_instance_private (self);
  PlanTable entry;

  g_return_val_if_fail (TRAPPA_IS_PANE (self), NULL);

  entry.table = g_object_ref (trappa_record_table_new_in (box, item_type, columns, n_columns));
  entry.list_name = list_name;
  g_array_append_val (priv->tables, entry);
  /* A plan given at construction is shown at once. */
  show_list (&entry, priv->plan);
  return entry.table;
}

GtkWidget *
trappa_pane_add_label (GtkWidget  *box,
                       const char *text,
                       const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}
