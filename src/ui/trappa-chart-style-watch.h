/* trappa-chart-style-watch.h: which chart style the desktop and the
 * projector setting ask for, and telling a chart view when that changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "trappa-chart-style.h"

G_BEGIN_DECLS

/* Dark and high contrast follow the desktop (AdwStyleManager); the
 * "projector-style" setting forces high contrast. @settings may be NULL. */
TrappaChartStyle trappa_chart_style_current (GSettings *settings);

/* Calls @callback swapped (with @instance) whenever that style may have
 * changed. Returns the settings it watches (NULL when the schema is
 * missing) for the caller to keep, pass to trappa_chart_style_current()
 * and give to trappa_chart_style_unwatch() in dispose. */
GSettings       *trappa_chart_style_watch   (gpointer   instance,
                                             GCallback  callback);
void             trappa_chart_style_unwatch (gpointer    instance,
                                             GCallback   callback,
                                             GSettings **settings);

G_END_DECLS
