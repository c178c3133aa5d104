/* trappa-priority-painter.h: draws a laid-out priority grid on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

/* Paints @layout at (0, 0): the background, then every card's layers.
 * PNG, SVG, PDF and the report call this; the widget draws the same parts
 * and keeps those that did not change (trappa-priority-grid-view.c). */
void trappa_priority_painter_draw (cairo_t                    *cr,
                                   const TrappaPriorityLayout *layout);

/* The grid without its cards: the background, the quadrants with their
 * tints and patterns, the labels and the legend. What stays put while
 * cards move, so a view may draw it once and keep it. */
void trappa_priority_painter_draw_background (cairo_t                    *cr,
                                              const TrappaPriorityLayout *layout);

/* What each card adds, drawn in this order (each layer for every card
 * before the next layer), so no spread hides a leader, no leader a card
 * and no card another's pills. */
typedef enum
{
  TRAPPA_PRIORITY_LAYER_SPREAD,   /* merged: the groups' spread */
  TRAPPA_PRIORITY_LAYER_LEADER,   /* the line back to the card's point */
  TRAPPA_PRIORITY_LAYER_CARD,     /* the card, its circle and title */
  TRAPPA_PRIORITY_LAYER_PILLS,    /* a stack's count, the dot votes */
  TRAPPA_PRIORITY_N_LAYERS
} TrappaPriorityLayer;

/* Where card @index of @layout draws in @layer, whole pixels; FALSE when
 * it draws nothing there (a card hidden in a stack draws nothing). */
gboolean trappa_priority_painter_layer_extents (const TrappaPriorityLayout *layout,
                                                guint                       index,
                                                TrappaPriorityLayer         layer,
                                                cairo_rectangle_t          *extents);
void     trappa_priority_painter_draw_layer    (cairo_t                    *cr,
                                                const TrappaPriorityLayout *layout,
                                                guint                       index,
                                                TrappaPriorityLayer         layer);

/* Lays out and paints the plan's grid in one go (exports, benchmarks). */
void trappa_priority_paint        (cairo_t                     *cr,
                                   TrappaPlan                  *plan,
                                   const TrappaPriorityOptions *options,
                                   double                       width,
                                   double                       height);

G_END_DECLS
