/* trappa-vote-dots-label.c: a measure's dot votes as a small label in a
 * list row
 *
 * The dot marks the number as dots, as on the grid's cards; a screen
 * reader and the tooltip get the words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote-dots-label"

#include <glib/gi18n.h>

#include "trappa-dot-vote.h"
#include "trappa-quiet-tooltip.h"
#include "trappa-vote-dots-label.h"

GtkWidget *
trappa_vote_dots_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "accent");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

void
trappa_vote_dots_label_set (GtkWidget     *label,
                            TrappaMeasure *measure,
                            const char    *group_id)
{
  guint dots;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (TRAPPA_IS_MEASURE (measure));

  dots = (guint) MIN (trappa_measure_get_dots (measure, group_id), G_MAXUINT);
  gtk_widget_set_visible (label, dots > 0);
  if (dots == 0)
    return;
  text = g_strdup_printf ("● %u", dots);
  words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot", "%u dots", dots), dots);
  gtk_label_set_text (GTK_LABEL (label), text);
  trappa_quiet_tooltip_set (label, words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);
}
