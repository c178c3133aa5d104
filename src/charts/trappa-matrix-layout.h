/* trappa-matrix-layout.h: where each part of a 5 × 5 matrix chart goes
 * (the ROS risk matrix, the stakeholders' influence × interest grid)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-chart-text.h"
#include "trappa-staircase-layout.h"

G_BEGIN_DECLS

#define TRAPPA_MATRIX_SIZE 5
#define TRAPPA_MATRIX_MAX_PANELS 2

/* One matrix of a chart: which two fields of a record place it. */
typedef struct
{
  const char *x_prop;        /* column 1–5, left to right */
  const char *y_prop;        /* row 1–5, bottom to top */
  const char *title;         /* marked for translation; NULL: no title */
} TrappaMatrixPanelSpec;

/* What a matrix chart shows: the records of a plan list, each a chip in
 * every panel. */
typedef struct
{
  const char            *list;        /* the plan's list */
  const char            *name_prop;   /* the record's name */
  const char            *code;        /* chips say CODE1, CODE2 … and a key
                                       * lists the names; NULL: chips say
                                       * the name */
  const char            *x_title;     /* marked for translation */
  const char            *y_title;
  gboolean               risk;        /* cells coloured and numbered by
                                       * x × y; else four named quadrants */
  guint                  n_panels;
  TrappaMatrixPanelSpec  panels[TRAPPA_MATRIX_MAX_PANELS];
} TrappaMatrixSpec;

typedef enum
{
  TRAPPA_MATRIX_CELL_LOW,
  TRAPPA_MATRIX_CELL_MEDIUM,
  TRAPPA_MATRIX_CELL_HIGH,
  TRAPPA_MATRIX_CELL_PLAIN,    /* quadrants: low influence */
  TRAPPA_MATRIX_CELL_SHADED,   /* quadrants: high influence and interest */
} TrappaMatrixCellKind;

typedef struct
{
  TrappaRect            rect;
  TrappaMatrixCellKind  kind;
  TrappaChartLabel     *number;   /* the risk number x × y; NULL: none */
} TrappaMatrixCell;

typedef struct
{
  TrappaRect        plot;         /* the 5 × 5 cells */
  TrappaChartLabel *title;        /* NULL: none */
  TrappaMatrixCell  cells[TRAPPA_MATRIX_SIZE][TRAPPA_MATRIX_SIZE]; /* [row-1][col-1] */
  /* Quadrants: their names, top left, top right, bottom left, bottom
   * right, above and below the cells; NULL in a risk matrix. */
  TrappaChartLabel *quadrants[4];
} TrappaMatrixPanel;

typedef struct
{
  char             *id;           /* the record's */
  guint             number;       /* its place in the list, from 1 */
  guint             panel;
  int               column, row;  /* 1–5 */
  TrappaRect        box;          /* where it is drawn; its hit area */
  TrappaChartLabel *label;
} TrappaMatrixChip;

typedef struct
{
  TrappaMatrixCellKind kind;
  TrappaRect           swatch;
} TrappaMatrixLegendItem;

typedef struct
{
  double                  width, height;
  TrappaChartStyle        style;
  double                  font_px;
  const TrappaMatrixSpec *spec;
  guint                   n_panels;
  TrappaMatrixPanel       panels[TRAPPA_MATRIX_MAX_PANELS];
  GPtrArray              *chips;   /* TrappaMatrixChip, panel by panel */
  GArray                 *legend;  /* TrappaMatrixLegendItem */
  GPtrArray              *labels;  /* every TrappaChartLabel, owned */
} TrappaMatrixLayout;

/* Lays out @spec's records of @plan on a @width × @height surface. */
TrappaMatrixLayout *trappa_matrix_layout_new     (TrappaPlan             *plan,
                                                  const TrappaMatrixSpec *spec,
                                                  double                  width,
                                                  double                  height,
                                                  TrappaChartStyle        style);
void                trappa_matrix_layout_free    (TrappaMatrixLayout     *self);

/* The chip under (@x, @y), the topmost, or -1. */
int                 trappa_matrix_layout_hit     (TrappaMatrixLayout     *self,
                                                  double                  x,
                                                  double                  y);
/* The cell of @panel under (@x, @y): FALSE when the point is outside the
 * panel's cells. */
gboolean            trappa_matrix_layout_cell_at (TrappaMatrixLayout     *self,
                                                  guint                   panel,
                                                  double                  x,
                                                  double                  y,
                                                  int                    *column,
                                                  int                    *row);
/* What a cell is: a risk level by the risk number, or a quadrant. */
TrappaMatrixCellKind trappa_matrix_cell_kind     (const TrappaMatrixSpec *spec,
                                                  int                     column,
                                                  int                     row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaMatrixLayout, trappa_matrix_layout_free)

G_END_DECLS
