/* fuzz-ssb-table.c: what the SSB fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz-ssb-table.h"
#include "trappa-error.h"
#include "trappa-limits.h"

static void
check_series (GPtrArray *series)
{
  for (guint i = 0; i < series->len; i++)
    {
      GListModel *values = G_LIST_MODEL (trappa_item_get_list (series->pdata[i], "values"));

      for (guint j = 0; j < g_list_model_get_n_items (values); j++)
        {
          g_autoptr(TrappaItem) value = g_list_model_get_item (values, j);
          gint64 count = trappa_item_get_int (value, "count");

          if (count < 0 || count > TRAPPA_MAX_COUNT)
            abort ();
        }
    }
}

void
fuzz_ssb_table_run (FuzzSsbRead    read,
                    const uint8_t *data,
                    size_t         size)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autoptr(TrappaSsbTable) table = trappa_ssb_table_new (plan, NULL);
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GPtrArray) new_bands = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* As the importer does: NUL-terminated UTF-8, converted from
   * ISO-8859-1 (which every byte string is) when it is not UTF-8. */
  if (memchr (data, '\0', size) != NULL)
    return;
  text = g_utf8_validate_len ((const char *) data, size, NULL)
           ? g_strndup ((const char *) data, size)
           : g_convert ((const char *) data, size, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
  if (read (table, text, strlen (text), &error))
    series = trappa_ssb_table_finish (table, "fuzz", &new_bands, &error);
  if (series == NULL)
    {
      if (error == NULL || error->domain != TRAPPA_ERROR || error->message[0] == '\0')
        abort ();
      return;
    }
  check_series (series);
}
