/* trappa-chart-kind.h: the table of chart kinds that the command line,
 * the exports, the chart view, presentation mode and the report share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "trappa-plan.h"
#include "trappa-chart-style.h"

G_BEGIN_DECLS

/* What to draw: the same request gives the same picture on the screen, in
 * a file and in the report. */
typedef struct
{
  TrappaPlan       *plan;
  TrappaChartStyle  style;
  const char       *selected;  /* the selected record's id; NULL: none */
  gconstpointer     options;   /* the kind's own options; NULL: its defaults */
} TrappaChartRequest;

typedef struct _TrappaChartKind TrappaChartKind;

/* One kind of chart: a GTK-free layout, a painter over it, and what a view
 * needs to point at, describe and move its items. A layout is opaque here:
 * the kind's functions know its type. An item is what a click selects (a
 * step, a card, a risk); items are numbered in the layout's order. */
struct _TrappaChartKind
{
  const char *name;            /* --export-chart NAME; also the file name */
  const char *title;           /* marked for translation: the dialog title */
  const char *label;           /* marked for translation: the accessible name */
  gconstpointer data;          /* the kind's own constant (a staircase kind) */
  char        present_key;     /* the letter that shows it in presentation
                                  mode; 0: none (the digits and Page Down
                                  reach every chart) */
  int         default_width;
  int         default_height;

  /* Lays out @request at @width × @height; NULL with an error when the
   * plan has nothing to draw of this kind. */
  gpointer  (*layout)      (const TrappaChartKind    *kind,
                            const TrappaChartRequest *request,
                            int                       width,
                            int                       height,
                            GError                  **error);
  /* Paints @layout at user-space (0, 0); @selected and @focused are item
   * numbers or -1 (kinds that mark the selection in the layout ignore
   * @selected). */
  void      (*paint)       (cairo_t                  *cr,
                            gpointer                  layout,
                            int                       selected,
                            int                       focused);
  GDestroyNotify free;

  /* The item under (@x, @y), or -1. NULL: the chart has no items. */
  int       (*hit)         (gpointer                  layout,
                            double                    x,
                            double                    y);
  /* The record id of item @index, NULL past the last. */
  const char *(*item_id)   (gpointer                  layout,
                            int                       index);
  /* Item @index in words (a tooltip), or with @index -1 the whole chart
   * (the accessible description). */
  char     *(*describe)    (gpointer                  layout,
                            const TrappaChartRequest *request,
                            int                       index);

  /* Optional: what dragging and the arrow keys do to the plan. @drag moves
   * item @index of the layout by (@dx, @dy) pixels while the pointer
   * moves (FALSE: this item cannot move, e.g. in a merged view); @drop
   * then edits the plan from where the item is (one undo step; FALSE:
   * the place means nothing, the plan is unchanged). @nudge
   * moves the record @id by (@dx, @dy) steps of its scales. NULL: the
   * items stay put and the arrow keys move the focus. */
  gboolean  (*drag)        (gpointer                  layout,
                            int                       index,
                            double                    dx,
                            double                    dy);
  gboolean  (*drop)        (gpointer                  layout,
                            const TrappaChartRequest *request,
                            int                       index);
  void      (*nudge)       (const TrappaChartRequest *request,
                            const char               *id,
                            int                       dx,
                            int                       dy);

  /* For kinds with options: a deep copy of @options (a view keeps one)
   * and how to free it. */
  gpointer  (*copy_options) (gconstpointer            options);
  GDestroyNotify free_options;
  /* Optional: the options of `--export-chart NAME --axes X,Y` (@axes may
   * be NULL: the defaults), freed with @free_options. NULL: the kind
   * takes no --axes. */
  gpointer  (*parse_axes)  (const char               *axes,
                            GError                  **error);
  /* Optional, likewise for `--scenario NAME` (@scenario may be NULL).
   * NULL: the kind takes no --scenario. */
  gpointer  (*parse_scenario) (const char             *scenario,
                               GError                **error);
  /* Optional: bytes that differ between two layouts whenever they paint
   * differently (with the same selected and focused items), so a view
   * keeps its picture while edits leave the chart as it was (a card
   * moved, for the staircases). NULL: the view paints every frame. Only
   * for kinds without @drag (a dragged layout changes in place). */
  GBytes   *(*picture_key) (gpointer                 layout);
  /* Optional: lays out as @layout does (the same result), taking over
   * what it can of @previous, an earlier layout of this kind for the
   * same plan that the caller gives up (freed here). A view hands over
   * the layout an edit, a resize or a new selection made stale. */
  gpointer  (*relayout)    (const TrappaChartKind    *kind,
                            const TrappaChartRequest *request,
                            int                       width,
                            int                       height,
                            gpointer                  previous);
};

/* Every kind, in the order the command line lists them. */
const TrappaChartKind *const *trappa_chart_kinds          (guint                    *n_kinds);
/* The kind called @name; NULL with an error naming the kinds there are. */
const TrappaChartKind        *trappa_chart_kind_find      (const char               *name,
                                                           GError                  **error);
/* "bustadtrapp|meistringstrapp|…": the names, for help texts. */
char                         *trappa_chart_kind_names     (const char               *separator);

/* Lays out and paints @request on @cr at (0, 0) in @width × @height (the
 * exports and the report). FALSE with the layout's error, painting
 * nothing. */
gboolean                      trappa_chart_kind_draw      (const TrappaChartKind    *kind,
                                                           const TrappaChartRequest *request,
                                                           cairo_t                  *cr,
                                                           int                       width,
                                                           int                       height,
                                                           GError                  **error);
/* The item number of record @id in @layout, or -1. */
int                           trappa_chart_kind_find_item (const TrappaChartKind    *kind,
                                                           gpointer                  layout,
                                                           const char               *id);
/* Item @index of a layout's @items, NULL for -1 or past the end: the
 * kinds' item_id functions look items up with it. */
gpointer                      trappa_chart_kind_nth       (GPtrArray                *items,
                                                           int                       index);
/* How many items @layout holds. */
int                           trappa_chart_kind_n_items   (const TrappaChartKind    *kind,
                                                           gpointer                  layout);

G_END_DECLS
