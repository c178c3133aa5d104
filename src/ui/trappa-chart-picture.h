/* trappa-chart-picture.h: the picture a chart view painted last, kept
 * while edits leave the chart as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "trappa-chart-kind.h"

G_BEGIN_DECLS

typedef struct _TrappaChartPicture TrappaChartPicture;

TrappaChartPicture *trappa_chart_picture_new      (void);
void                trappa_chart_picture_free     (TrappaChartPicture    *self);

/* Appends the picture of @layout of @kind (@width × @height, @selected
 * and @focused items or -1) to @snapshot: the render node kept from
 * before when the kind's picture key and the items are the kept
 * picture's, so GTK, finding the same node, repaints nothing there;
 * otherwise painted anew and kept. */
void                trappa_chart_picture_snapshot (TrappaChartPicture    *self,
                                                   GtkSnapshot           *snapshot,
                                                   const TrappaChartKind *kind,
                                                   gpointer               layout,
                                                   int                    width,
                                                   int                    height,
                                                   int                    selected,
                                                   int                    focused);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaChartPicture, trappa_chart_picture_free)

G_END_DECLS
