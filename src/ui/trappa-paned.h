/* trappa-paned.h: a divider that splits the room evenly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Keeps @paned's divider in the middle whenever its size changes, until
 * the user moves the divider: a table beside a chart then scrolls
 * sideways rather than squeezing the chart's labels. */
void trappa_paned_share_evenly (GtkPaned *paned);

G_END_DECLS
