/* trappa-ssb-import.c: Statistics Norway's population projection into a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-ssb"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "trappa-ssb-import.h"
#include "trappa-ssb-csv.h"
#include "trappa-ssb-jsonstat.h"
#include "trappa-plan-file.h"
#include "trappa-needs.h"
#include "trappa-needs-figures.h"

/* The text as UTF-8: SSB's files are UTF-8 (perhaps with a byte-order
 * mark); a file Excel saved again is WINDOWS-1252 (ISO-8859-1 with “–”,
 * “€” and quotes in 0x80–0x9F), and older statbank exports ISO-8859-1. */
static char *
to_utf8 (GBytes  *bytes,
         GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length == 0)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_EMPTY, _("the file is empty"));
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_ENCODING,
                           _("the file is not text (it holds NUL bytes)"));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, length -= 3;
  if (g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);
  {
    char *text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);

    /* Five bytes are not WINDOWS-1252; every byte is ISO-8859-1, so the
     * last try cannot fail. */
    return text != NULL ? text : g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, NULL, error);
  }
}

static gboolean
parse (TrappaSsbTable  *table,
       const char      *text,
       GError         **error)
{
  const char *p = text;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '{')
    return trappa_ssb_jsonstat_read (table, p, strlen (p), error);
  return trappa_ssb_csv_read (table, text, error);
}

/* Ids for a series and its values before it enters the plan: the plan
 * would give each value of a new subtree the same next free id. */
static void
assign_ids (TrappaPlan *plan,
            TrappaItem *series)
{
  GListModel *values = G_LIST_MODEL (trappa_item_get_list (series, "values"));
  g_autofree char *id = trappa_plan_make_id (plan, "population");

  g_object_set (series, "id", id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(GObject) value = g_list_model_get_item (values, i);
      g_autofree char *value_id = g_strdup_printf ("%s-%u", id, i + 1);

      g_object_set (value, "id", value_id, NULL);
    }
}

static int
list_position (TrappaPlan *plan,
               TrappaItem *series)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "population-series"));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (list, i);

      if (item == series)
        return (int) i;
    }
  return -1;
}

/* The SSB table the file is from: PxWeb writes "14288: Framskrevet …" as
 * the title (CSV) or label, and JSON-stat2 may carry "tableid"; NULL when
 * the file does not say. Only the start of the file is looked at. */
static char *
table_id_in (const char *text)
{
  static const char *const patterns[] = {
    "\"tableid\"\\s*:\\s*\"?([0-9]{4,6})",
    "(?<![0-9])([0-9]{5}):\\s*\\S",
  };
  g_autofree char *start = g_strndup (text, 4096);

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (patterns[i], 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regex, start, 0, &match))
        return g_match_info_fetch (match, 1);
    }
  return NULL;
}

/* A table that starts after the plan's base year is imported (SSB's
 * projection starts the year after it is made), and the user is told what
 * the needs then do: the model's rule, named once for the table. */
static char *
late_start_warning (TrappaPlan *plan,
                    GPtrArray  *series,
                    const char *display_name)
{
  gint64 base_year = trappa_item_get_int (TRAPPA_ITEM (plan), "base-year");
  gint64 first = G_MAXINT64;
  g_autofree char *rule = NULL;

  for (guint i = 0; i < series->len; i++)
    {
      GListModel *values = G_LIST_MODEL (trappa_item_get_list (series->pdata[i], "values"));

      for (guint k = 0; k < g_list_model_get_n_items (values); k++)
        {
          g_autoptr(TrappaItem) value = g_list_model_get_item (values, k);

          first = MIN (first, trappa_item_get_int (value, "year"));
        }
    }
  if (base_year == 0 || first == G_MAXINT64 || first <= base_year)
    return NULL;
  rule = trappa_needs_late_series_rule (first, base_year);
  /* TRANSLATORS: the file imported, the table's first year, the plan's
   * base year, then the rule the needs follow */
  return g_strdup_printf (_("%s: the table starts in %d, after the plan's base year %d. %s."), display_name,
                          (int) first, (int) base_year, rule);
}

static void
apply (TrappaPlan *plan,
       GPtrArray  *series,
       GPtrArray  *new_bands)
{
  TrappaItem *root = TRAPPA_ITEM (plan);

  trappa_plan_begin_edit (plan, _("Import population projection"));
  for (guint i = 0; new_bands != NULL && i < new_bands->len; i++)
    trappa_plan_insert (plan, root, "age-bands", -1, new_bands->pdata[i]);
  for (guint i = 0; i < series->len; i++)
    {
      const char *scenario = trappa_item_get_string (series->pdata[i], "scenario");
      TrappaPopulationSeries *old;
      int position = -1;

      /* A scenario imported again replaces the old series where it was. */
      while ((old = trappa_needs_find_series (plan, scenario)) != NULL)
        {
          position = list_position (plan, TRAPPA_ITEM (old));
          trappa_plan_remove (plan, TRAPPA_ITEM (old));
        }
      assign_ids (plan, series->pdata[i]);
      trappa_plan_insert (plan, root, "population-series", position, series->pdata[i]);
    }
  trappa_plan_end_edit (plan);
}

gboolean
trappa_ssb_import_bytes (TrappaPlan  *plan,
                         GBytes      *bytes,
                         const char  *display_name,
                         const char  *scenario,
                         char       **warning,
                         GError     **error)
{
  g_autoptr(TrappaSsbTable) table = trappa_ssb_table_new (plan, scenario);
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GPtrArray) new_bands = NULL;
  g_autofree char *text = NULL;
  g_autofree char *source = NULL;
  g_autofree char *table_id = NULL;

  if (warning != NULL)
    *warning = NULL;
  if (g_bytes_get_size (bytes) > TRAPPA_SSB_MAX_BYTES)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB"), display_name,
                   TRAPPA_SSB_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  if ((text = to_utf8 (bytes, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", display_name);
      return FALSE;
    }
  table_id = table_id_in (text);
  source = table_id != NULL
    /* TRANSLATORS: a population series' source: SSB's table number, the file imported */
    ? g_strdup_printf (_("Statistics Norway (SSB), table %s: %s"), table_id, display_name)
    /* TRANSLATORS: a population series' source when the file names no table */
    : g_strdup_printf (_("Statistics Norway (SSB): %s"), display_name);
  if (!parse (table, text, error) ||
      (series = trappa_ssb_table_finish (table, source, &new_bands, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", display_name);
      return FALSE;
    }
  if (warning != NULL)
    *warning = late_start_warning (plan, series, display_name);
  apply (plan, series, new_bands);
  return TRUE;
}

gboolean
trappa_ssb_import_file (TrappaPlan  *plan,
                        GFile       *file,
                        const char  *scenario,
                        char       **warning,
                        GError     **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (warning != NULL)
    *warning = NULL;
  /* The size first, so that a huge file is never read. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_size (info) > TRAPPA_SSB_MAX_BYTES)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB"), name,
                   TRAPPA_SSB_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;
  return trappa_ssb_import_bytes (plan, bytes, name, scenario, warning, error);
}

gboolean
trappa_ssb_import_command (const char  *input,
                           const char  *scenario,
                           const char  *plan_path,
                           const char  *output,
                           char       **warning,
                           GError     **error)
{
  g_autoptr(GFile) plan_file = g_file_new_for_commandline_arg (plan_path);
  g_autoptr(GFile) input_file = g_file_new_for_commandline_arg (input);
  g_autoptr(GFile) output_file = g_file_new_for_commandline_arg (output);
  g_autoptr(TrappaPlan) plan = NULL;

  if (warning != NULL)
    *warning = NULL;
  if (g_file_equal (plan_file, output_file))
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                           _("The output must be a new file: the plan itself is never changed"));
      return FALSE;
    }
  trappa_plan_file_init ();
  plan = trappa_plan_file_load (plan_file, NULL, NULL, error);
  if (plan == NULL ||
      !trappa_ssb_import_file (plan, input_file, scenario, warning, error))
    return FALSE;
  return trappa_plan_file_save (plan, output_file, NULL, NULL, error);
}
