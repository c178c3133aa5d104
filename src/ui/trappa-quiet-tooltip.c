/* trappa-quiet-tooltip.c: a widget's tooltip text, given when GTK asks
 *
 * A table's cells and the ranking's rows set their tooltips on every
 * refresh: gtk_widget_set_tooltip_text() cost a round trip to the X
 * server each time (a plan's first window waited on hundreds of them),
 * and re-asked the widget under the pointer for its tooltip, which over
 * the priority grid popped a card's tooltip up after a card move. Here
 * the text is kept on the widget and given from "query-tooltip".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-quiet-tooltip"

#include "trappa-quiet-tooltip.h"

#define TEXT_KEY "trappa-tooltip"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  gtk_tooltip_set_text (tooltip, trappa_quiet_tooltip_get (widget));
  return TRUE;
}

void
trappa_quiet_tooltip_set (GtkWidget  *widget,
                          const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (trappa_quiet_tooltip_get (widget), text) == 0)
    return;
  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_query_tooltip, NULL) == 0)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_object_set_data_full (G_OBJECT (widget), TEXT_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  /* As gtk_widget_set_tooltip_text() does: a screen reader says it too. */
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
trappa_quiet_tooltip_get (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  return g_object_get_data (G_OBJECT (widget), TEXT_KEY);
}
