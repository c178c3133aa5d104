/* trappa-chart-style-watch.c: which chart style the desktop and the
 * projector setting ask for, and telling a chart view when that changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-chart-style-watch"

#include <adwaita.h>

#include "trappa-chart-style-watch.h"
#include "trappa-settings.h"

TrappaChartStyle
trappa_chart_style_current (GSettings *settings)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  TrappaChartStyle chart_style = TRAPPA_CHART_STYLE_NORMAL;

  if (adw_style_manager_get_dark (style))
    chart_style |= TRAPPA_CHART_STYLE_DARK;
  if (adw_style_manager_get_high_contrast (style) ||
      (settings != NULL && g_settings_get_boolean (settings, "projector-style")))
    chart_style |= TRAPPA_CHART_STYLE_HIGH_CONTRAST;
  return chart_style;
}

GSettings *
trappa_chart_style_watch (gpointer  instance,
                          GCallback callback)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GSettings *settings = trappa_settings_new ();

  g_signal_connect_swapped (style, "notify::dark", callback, instance);
  g_signal_connect_swapped (style, "notify::high-contrast", callback, instance);
  if (settings != NULL)
    g_signal_connect_swapped (settings, "changed::projector-style", callback, instance);
  return settings;
}

void
trappa_chart_style_unwatch (gpointer    instance,
                            GCallback   callback,
                            GSettings **settings)
{
  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (), callback, instance);
  if (*settings != NULL)
    g_signal_handlers_disconnect_by_func (*settings, callback, instance);
  g_clear_object (settings);
}
