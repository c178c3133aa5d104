/* trappa-priority-layout.h: where each card, quadrant and label of the
 * priority grid goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "trappa-priority.h"
#include "trappa-chart-style.h"
#include "trappa-title-cache.h"

G_BEGIN_DECLS

/* The dots of live dot voting on @measure (@data: the options'
 * summarize_data). */
typedef guint (*TrappaDotsFunc) (TrappaMeasure *measure,
                                 gpointer       data);

/* What the grid shows. Strings may be NULL; "" filters mean "all". */
typedef struct
{
  TrappaAxis        x_axis;       /* left (0) to right (100) */
  TrappaAxis        y_axis;       /* bottom (0) to top (100) */
  TrappaAxis        marker_axis;  /* the card's circle size */
  gboolean          merged;       /* mean and spread of the groups */
  const char       *group_id;     /* when not merged: "" = the whole room */
  const char       *target_area;  /* filters */
  const char       *step;
  const char       *status;       /* "" shows all but the done ones */
  const char       *selected;     /* a measure id, drawn highlighted */
  double            font_scale;   /* 1, or larger for the projector */
  double            min_px;       /* no text smaller (presenting: 24) */
  gboolean          editing;      /* the tray says how to place a card */
  TrappaChartStyle  style;
  TrappaSummaryFunc summarize;    /* NULL: the measures' scores */
  gpointer          summarize_data;
  gboolean          participants; /* merged over the participants of live
                                   * voting: no circle, worded for them */
  TrappaDotsFunc    count_dots;   /* NULL: the dots the plan holds, of the
                                   * shown group or, merged, of all */
} TrappaPriorityOptions;

void     trappa_priority_options_init    (TrappaPriorityOptions       *options);
/* Whether @measure passes the filters of @options. */
gboolean trappa_priority_options_accepts (const TrappaPriorityOptions *options,
                                          TrappaMeasure               *measure);
/* @measure's title as the grid and the ranking read it for every
 * measure (without looking the field up by name). */
const char *trappa_priority_measure_title (TrappaMeasure              *measure);

typedef struct
{
  char              *id;          /* the measure's id */
  char              *title;       /* the full title, for the tooltip */
  TrappaMeasure     *measure;     /* borrowed from the plan */
  gboolean           placed;      /* scored on both axes shown; else in the tray */
  double             score_x;     /* the shown scores (means when merged) */
  double             score_y;
  double             anchor_x;    /* the scores' exact point */
  double             anchor_y;
  cairo_rectangle_t  card;        /* where the card is drawn; its hit area */
  PangoLayout       *text;        /* the title, broken between words and
                                   * ending in "…" on a whole word when cut;
                                   * shared with other layouts (read only) */
  double             marker;      /* third axis, 0–100 */
  gboolean           marker_scored;
  double             marker_radius;
  double             spread_x;    /* merged: ± one standard deviation, px */
  double             spread_y;
  guint              n_groups;    /* merged: groups that scored it */
  guint              dots;        /* dot votes, shown on the card */
  guint              stack;       /* > 1: the top card of this many (only
                                   * when more cards than the grid holds) */
  int                stack_top;   /* in a stack below the top: its index; else -1 */
  gboolean           selected;
  /* For the next layout to take over (trappa_priority_layout_new_from): */
  gboolean           measured;    /* title_metrics holds the title's */
  TrappaTitleMetrics title_metrics;
  double             text_width;  /* what @text was fitted to */
  int                text_lines;
} TrappaPriorityCard;

typedef struct
{
  cairo_rectangle_t  box;
  PangoLayout       *text;
  gboolean           vertical;    /* drawn turned a quarter left */
  guint              quadrant;    /* names: 1 top left, 2 top right, 3, 4; else 0 */
} TrappaPriorityLabel;

/* A sample in the legend: the circle sizes of the third axis, the ring of
 * an unscored one, the spread ellipse of the merged view. */
typedef enum
{
  TRAPPA_PRIORITY_MARK_MARKER,
  TRAPPA_PRIORITY_MARK_UNSCORED,
  TRAPPA_PRIORITY_MARK_SPREAD,
} TrappaPriorityMarkKind;

typedef struct
{
  TrappaPriorityMarkKind kind;
  double                 x, y, radius;
} TrappaPriorityMark;

typedef struct
{
  double                 width, height;
  TrappaPriorityOptions  options;      /* strings owned by the layout */
  double                 font_px;
  double                 line_px;      /* one line of card text */
  double                 card_width, card_height;  /* the common size */
  int                    card_lines;   /* 2, or 1 when crowded */
  double                 card_inset;   /* the marker's column; text after it */
  guint                  n_placed;
  cairo_rectangle_t      plot;
  cairo_rectangle_t      tray;         /* unplaced cards; height 0 when none */
  GArray                *legend;       /* TrappaPriorityMark */
  double                 marker_min_radius, marker_max_radius;
  PangoContext          *context;
  PangoLayout           *card_probe;   /* the cards' font, for measuring */
  GPtrArray             *labels;       /* TrappaPriorityLabel, owned */
  GPtrArray             *cards;        /* TrappaPriorityCard in drawing order */
  /* For the next layout to take over the cards: */
  GWeakRef               plan;         /* the plan laid out */
  gsize                  stamp;        /* its measures' changes then
                                        * (trappa_priority_figures_stamp) */
  char                  *untitled;     /* an untitled card's title */
} TrappaPriorityLayout;

/* Lays out the plan's measures on a @width × @height surface. */
TrappaPriorityLayout *trappa_priority_layout_new  (TrappaPlan                  *plan,
                                                   const TrappaPriorityOptions *options,
                                                   double                       width,
                                                   double                       height);
/* The same, taking over what it can of @previous (freed; NULL: none), an
 * earlier layout: the cards' titles and their fitting, which a card move
 * leaves as they were. */
TrappaPriorityLayout *trappa_priority_layout_new_from (TrappaPlan                  *plan,
                                                       const TrappaPriorityOptions *options,
                                                       double                       width,
                                                       double                       height,
                                                       TrappaPriorityLayout        *previous);
void                  trappa_priority_layout_free (TrappaPriorityLayout *self);

/* The topmost card under (@x, @y), or -1; a card hidden in a stack is
 * never hit, its stack's top card is. */
int                   trappa_priority_layout_hit  (TrappaPriorityLayout *self,
                                                   double                x,
                                                   double                y);
int                   trappa_priority_layout_find (TrappaPriorityLayout *self,
                                                   const char           *measure_id);
/* The scores of the point (@x, @y) on the shown axes (clamped to 0–100). */
void                  trappa_priority_layout_scores_at (TrappaPriorityLayout *self,
                                                        double                x,
                                                        double                y,
                                                        gint64               *x_score,
                                                        gint64               *y_score);
/* Full title, scores and the titles stacked with it, for a tooltip. */
char                 *trappa_priority_layout_describe  (TrappaPriorityLayout *self,
                                                        int                   index);
/* Every card's title and figures in words, one card a line, in drawing
 * order: the chart's accessible description. */
char                 *trappa_priority_layout_describe_figures (TrappaPriorityLayout *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPriorityLayout, trappa_priority_layout_free)

G_END_DECLS
