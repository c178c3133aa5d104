/* trappa-vote-dots-label.h: a measure's dot votes as a small label in a
 * list row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-measure.h"

G_BEGIN_DECLS

GtkWidget *trappa_vote_dots_label_new (void);
/* Shows the dots @group_id ("" = no group; NULL = every group) gave
 * @measure as "● 12", read out and in its tooltip as "12 dots"; hidden
 * when there are none. */
void       trappa_vote_dots_label_set (GtkWidget     *label,
                                       TrappaMeasure *measure,
                                       const char    *group_id);

G_END_DECLS
