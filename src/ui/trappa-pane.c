/* trappa-pane.c: the base of the window's panes
 *
 * Holds the "plan" property every pane has, so each pane only says what
 * to do when the plan changes; and calls a pane's refresh on the plan's
 * edits only while it is shown, so hidden panes cost nothing per edit.
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
} TrappaPanePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TrappaPane, trappa_pane, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_PLAN, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
trappa_pane_dispose (GObject *object)
{
  TrappaPanePrivate *priv = trappa_pane_get_instance_private (TRAPPA_PANE (object));
  GtkWidget *child;

  if (priv->plan != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->plan);
  g_clear_object (&priv->plan);
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
}

static void
trappa_pane_init (TrappaPane *self)
{
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
