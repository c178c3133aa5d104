/* trappa-ssb-table.h: cells of an SSB population projection, checked and
 * summed into a plan's age bands
 *
 * The CSV and JSON-stat2 readers only find the cells; this collects them,
 * checks each one (municipality, age, year, value) and the whole (no year or
 * age missing), and builds the population series, so both formats give the
 * same result and the same messages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-plan.h"

G_BEGIN_DECLS

typedef struct _TrappaSsbTable TrappaSsbTable;

/* One cell as the file gives it. @where names its place for messages
 * ("line 7", "value 12"); @region, @sex and @scenario may be NULL when the
 * file has no such dimension; @value is the text of the number. The
 * *_column names say which column of a CSV file a message is about
 * (NULL: @where says enough). */
typedef struct
{
  const char *where;
  const char *region;
  const char *sex;
  const char *age;
  const char *year;
  const char *scenario;
  const char *value;
  const char *region_column;
  const char *age_column;
  const char *year_column;
  const char *value_column;
} TrappaSsbCell;

/* @scenario (may be NULL) names the projection alternative when the file
 * does not, and picks one when the file has several. */
TrappaSsbTable *trappa_ssb_table_new      (TrappaPlan      *plan,
                                           const char      *scenario);
void            trappa_ssb_table_free     (TrappaSsbTable  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaSsbTable, trappa_ssb_table_free)

gboolean        trappa_ssb_table_add      (TrappaSsbTable       *self,
                                           const TrappaSsbCell  *cell,
                                           GError              **error);

/* Checks the whole table and returns the new population series (one per
 * scenario, values per age band of the plan or of the default bands, which
 * are returned in @new_bands when the plan has none). */
GPtrArray      *trappa_ssb_table_finish   (TrappaSsbTable  *self,
                                           const char      *source,
                                           GPtrArray      **new_bands,
                                           GError         **error);

/* What a column (CSV) or dimension (JSON-stat2) holds, from its name in
 * Norwegian, English or SSB's codes ("alder", "Alder", "age" …). */
typedef enum
{
  TRAPPA_SSB_UNKNOWN,
  TRAPPA_SSB_REGION,
  TRAPPA_SSB_SEX,
  TRAPPA_SSB_AGE,
  TRAPPA_SSB_YEAR,
  TRAPPA_SSB_SCENARIO,
  TRAPPA_SSB_VALUE,
} TrappaSsbDimension;

TrappaSsbDimension trappa_ssb_classify    (const char      *name);

/* A year standing alone in a column name ("2031", "MMMM 2031"), or 0. */
gint64          trappa_ssb_year_in        (const char      *text);

/* "Hovedalternativet (MMMM)" → "MMMM"; NULL when the text names none. */
char           *trappa_ssb_scenario_code  (const char      *text);

G_END_DECLS
