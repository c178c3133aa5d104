/* trappa-chart-kinds-builtin.h: the rows of the chart-kind table, one per
 * chart; each is defined beside its layout's adapter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-chart-kind.h"

G_BEGIN_DECLS

extern const TrappaChartKind trappa_chart_kind_housing;
extern const TrappaChartKind trappa_chart_kind_activity;
extern const TrappaChartKind trappa_chart_kind_priority;
extern const TrappaChartKind trappa_chart_kind_gap;
extern const TrappaChartKind trappa_chart_kind_need;
extern const TrappaChartKind trappa_chart_kind_ros;
extern const TrappaChartKind trappa_chart_kind_stakeholders;
extern const TrappaChartKind trappa_chart_kind_swot;

G_END_DECLS
