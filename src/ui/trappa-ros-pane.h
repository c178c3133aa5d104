/* trappa-ros-pane.h: the risk and vulnerability analysis (ROS)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-tool-pane.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_ROS_PANE (trappa_ros_pane_get_type ())
G_DECLARE_FINAL_TYPE (TrappaRosPane, trappa_ros_pane, TRAPPA, ROS_PANE, TrappaToolPane)

G_END_DECLS
