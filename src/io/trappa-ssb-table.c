/* trappa-ssb-table.c: cells of an SSB population projection, checked and
 * summed into a plan's age bands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-ssb"

#include <inttypes.h> /* PRId64 in _() strings: gettext knows it, not G_GINT64_FORMAT */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "trappa-ssb-table.h"
#include "trappa-population.h"

/* Values are kept in thousandths of a person: a file may give decimals,
 * and rounding happens once, on the band's sum. */
#define MILLI 1000
/* SSB's projections run to 2050 or so; this only catches nonsense. */
#define MIN_YEAR 1900
#define MAX_YEAR 2200

typedef struct
{
  gint64   both;      /* "Begge kjønn" rows */
  gint64   parts;     /* men + women */
  gboolean has_both;
} Sum;

struct _TrappaSsbTable
{
  TrappaPlan *plan;
  char       *option;     /* --scenario, or NULL */
  char       *region;     /* the first region seen */
  GHashTable *cells;      /* "scenario\037year\037age" → Sum */
  GPtrArray  *scenarios;  /* codes, in file order */
  GHashTable *names;      /* code → the file's text for it */
  GHashTable *years;      /* code → GHashTable of years */
  GHashTable *ages;       /* ages seen */
  gint64      min_age;
  gint64      max_age;
};

static const struct { const char *name; gint64 min, max; gboolean open; } default_bands[] = {
  { "0–17", 0, 17, FALSE },
  { "18–66", 18, 66, FALSE },
  { "67–79", 67, 79, FALSE },
  { "80+", 80, 0, TRUE },
};

TrappaSsbTable *
trappa_ssb_table_new (TrappaPlan *plan,
                      const char *scenario)
{
  TrappaSsbTable *self = g_new0 (TrappaSsbTable, 1);

  self->plan = g_object_ref (plan);
  self->option = scenario != NULL && *scenario != '\0' ? g_strdup (scenario) : NULL;
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->scenarios = g_ptr_array_new_with_free_func (g_free);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_hash_table_unref);
  self->ages = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->min_age = G_MAXINT64;
  self->max_age = -1;
  return self;
}

void
trappa_ssb_table_free (TrappaSsbTable *self)
{
  g_clear_object (&self->plan);
  g_free (self->option);
  g_free (self->region);
  g_hash_table_unref (self->cells);
  g_ptr_array_unref (self->scenarios);
  g_hash_table_unref (self->names);
  g_hash_table_unref (self->years);
  g_hash_table_unref (self->ages);
  g_free (self);
}

char *
trappa_ssb_scenario_code (const char *text)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (text == NULL)
    return NULL;
  /* SSB names the alternatives by four letters for fertility, life
   * expectancy, internal and immigration: MMMM, LLML, HHMH, … */
  regex = g_regex_new ("(?<![A-Za-z])([LMHK0]{4})(?![A-Za-z])", 0, 0, NULL);
  if (!g_regex_match (regex, text, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

TrappaSsbDimension
trappa_ssb_classify (const char *name)
{
  static const struct { const char *name; TrappaSsbDimension dimension; } names[] = {
    { "region", TRAPPA_SSB_REGION }, { "kommune", TRAPPA_SSB_REGION },
    { "municipality", TRAPPA_SSB_REGION },
    { "kjønn", TRAPPA_SSB_SEX }, { "kjonn", TRAPPA_SSB_SEX }, { "sex", TRAPPA_SSB_SEX },
    { "alder", TRAPPA_SSB_AGE }, { "age", TRAPPA_SSB_AGE },
    { "år", TRAPPA_SSB_YEAR }, { "tid", TRAPPA_SSB_YEAR }, { "year", TRAPPA_SSB_YEAR },
    { "time", TRAPPA_SSB_YEAR },
    { "statistikkvariabel", TRAPPA_SSB_SCENARIO }, { "contentscode", TRAPPA_SSB_SCENARIO },
    { "contents", TRAPPA_SSB_SCENARIO }, { "alternativ", TRAPPA_SSB_SCENARIO },
    { "scenario", TRAPPA_SSB_SCENARIO },
    { "value", TRAPPA_SSB_VALUE }, { "verdi", TRAPPA_SSB_VALUE },
  };
  g_autofree char *folded = NULL;

  if (name == NULL)
    return TRAPPA_SSB_UNKNOWN;
  folded = g_strstrip (g_utf8_casefold (name, -1));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (folded, names[i].name) == 0)
      return names[i].dimension;
  /* PxWeb names the value column of a long table after the table itself:
   * "14288: Framskrevet folkemengde 1. januar, …". */
  if (strstr (folded, "folkemengde") != NULL || strstr (folded, "population") != NULL)
    return TRAPPA_SSB_VALUE;
  return TRAPPA_SSB_UNKNOWN;
}

gint64
trappa_ssb_year_in (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("(?<![0-9])(19[0-9][0-9]|2[01][0-9][0-9])(?![0-9])", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *year = NULL;

  if (text == NULL || !g_regex_match (regex, text, 0, &match))
    return 0;
  year = g_match_info_fetch (match, 1);
  return g_ascii_strtoll (year, NULL, 10);
}

/* Leading digits of "4631 Alver", "K-4631 Alver" or "4631". */
static char *
region_number (const char *region)
{
  const char *p = region;
  const char *start;

  if (g_str_has_prefix (p, "K-"))
    p += 2;
  start = p;
  while (g_ascii_isdigit (*p))
    p++;
  return p > start ? g_strndup (start, p - start) : NULL;
}

/* "line 7, column “region”": where in the file a message is about. */
static char *
where_in (const TrappaSsbCell *cell,
          const char          *column)
{
  if (column == NULL)
    return g_strdup (cell->where);
  /* TRANSLATORS: a place in a CSV file: "line 7", then a column's name */
  return g_strdup_printf (_("%s, column “%s”"), cell->where, column);
}

static gboolean
check_region (TrappaSsbTable       *self,
              const TrappaSsbCell  *cell,
              GError              **error)
{
  TrappaItem *plan = TRAPPA_ITEM (self->plan);
  const char *number = trappa_item_get_string (plan, "municipality-number");
  const char *name = trappa_item_get_string (plan, "municipality");
  g_autofree char *region = NULL;
  g_autofree char *found = NULL;
  g_autofree char *where = NULL;
  gboolean same;

  if (cell->region == NULL)
    return TRUE;
  where = where_in (cell, cell->region_column);
  region = g_strstrip (g_strdup (cell->region));
  if (self->region != NULL)
    {
      if (strcmp (self->region, region) == 0)
        return TRUE;
      return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, where,
                                _("a second municipality “%s” (the table must hold one municipality, “%s”)"),
                                region, self->region);
    }

  found = region_number (region);
  if (*number != '\0' && found != NULL)
    same = strcmp (found, number) == 0;
  else if (*name != '\0')
    {
      g_autofree char *a = g_utf8_casefold (region, -1);
      g_autofree char *b = g_utf8_casefold (name, -1);

      same = strstr (a, b) != NULL;
    }
  else
    same = TRUE;
  if (!same)
    return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, where,
                              _("the table is for “%s”, but the plan is for %s %s"),
                              region, number, name);
  self->region = g_steal_pointer (&region);
  return TRUE;
}

/* "000", "90", "90 år", "090+", "90 år eller eldre" → 90. A group of ages
 * ("0-4 år") or a total is refused: bands are summed from single ages. */
static gboolean
parse_age (const char  *text,
           const char  *where,
           gint64      *age,
           GError     **error)
{
  const char *p = text;
  gint64 value = 0;
  guint digits = 0;

  while (g_ascii_isspace (*p))
    p++;
  for (; g_ascii_isdigit (*p) && digits < 4; p++, digits++)
    value = value * 10 + (*p - '0');
  while (*p == ' ' || *p == '+')
    p++;
  if (digits == 0 || digits > 3 || value > TRAPPA_MAX_AGE ||
      (*p != '\0' && !g_str_has_prefix (p, "år") && !g_str_has_prefix (p, "year")))
    return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, where,
                              _("the age “%s” is not a single year of age"), text);
  *age = value;
  return TRUE;
}

static gboolean
parse_year (const char  *text,
            const char  *where,
            gint64      *year,
            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  guint64 value;

  if (!g_ascii_string_to_unsigned (trimmed, 10, MIN_YEAR, MAX_YEAR, &value, NULL))
    return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, where, _("“%s” is not a year"), text);
  *year = value;
  return TRUE;
}

/* A count as SSB writes it: "1234", "1234,0", "1 234.5"; "-" is SSB's
 * symbol for zero. Missing-value symbols ("..", ":", "") are refused. */
static gboolean
parse_value (const char  *text,
             const char  *where,
             gint64      *milli,
             GError     **error)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  const char *p = s;
  gint64 whole = 0, fraction = 0, scale = MILLI;
  guint digits = 0;

  if (strcmp (s, "-") == 0)
    {
      *milli = 0;
      return TRUE;
    }
  if (*s == '\0')
    return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, where, _("a value is missing"));
  if (strcmp (s, "..") == 0 || strcmp (s, ".") == 0 || strcmp (s, ":") == 0)
    return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, where, _("a value is missing (“%s”)"), s);
  if (*s == '-' || g_str_has_prefix (s, "−"))
    return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, where, _("the value “%s” is negative"), s);

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) && digits < 10)
        whole = whole * 10 + (*p - '0'), digits++;
      else if (*p == ' ' && digits > 0)
        continue;
      else if (g_str_has_prefix (p, "\xc2\xa0") && digits > 0)
        p++;
      else
        break;
    }
  if (digits > 0 && (*p == ',' || *p == '.'))
    for (p++; g_ascii_isdigit (*p); p++)
      if (scale > 1)
        fraction = fraction * 10 + (*p - '0'), scale /= 10;
  if (digits == 0 || *p != '\0')
    return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, where, _("the value “%s” is not a number"), s);
  *milli = whole * MILLI + fraction * scale;
  return TRUE;
}

/* "Begge kjønn", "Both sexes", "I alt", code "0": a total over sex. */
static gboolean
is_both_sexes (const char *sex)
{
  g_autofree char *folded = NULL;

  if (sex == NULL)
    return TRUE;
  folded = g_utf8_casefold (sex, -1);
  g_strstrip (folded);
  return strcmp (folded, "0") == 0 || strstr (folded, "begge") != NULL ||
         strstr (folded, "both") != NULL || strstr (folded, "i alt") != NULL ||
         strcmp (folded, "total") == 0;
}

static const char *
scenario_of (TrappaSsbTable      *self,
             const TrappaSsbCell *cell)
{
  g_autofree char *code = trappa_ssb_scenario_code (cell->scenario);
  g_autofree char *text = NULL;

  if (cell->scenario != NULL)
    {
      text = g_strstrip (g_strdup (cell->scenario));
      if (*text == '\0')
        g_clear_pointer (&text, g_free);
    }
  /* A text without SSB's four letters names the statistics variable
   * ("Personer" in a one-scenario download), not an alternative. */
  if (code == NULL)
    {
      code = g_strdup (self->option != NULL ? self->option : "MMMM");
      g_clear_pointer (&text, g_free);
    }

  for (guint i = 0; i < self->scenarios->len; i++)
    if (strcmp (self->scenarios->pdata[i], code) == 0)
      return self->scenarios->pdata[i];

  g_hash_table_insert (self->names, g_strdup (code), g_strdup (text != NULL ? text : code));
  g_hash_table_insert (self->years, g_strdup (code),
                       g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL));
  g_ptr_array_add (self->scenarios, g_strdup (code));
  return g_ptr_array_index (self->scenarios, self->scenarios->len - 1);
}

static char *
cell_key (const char *scenario,
          gint64      year,
          gint64      age)
{
  return g_strdup_printf ("%s\037%" G_GINT64_FORMAT "\037%" G_GINT64_FORMAT, scenario, year, age);
}

gboolean
trappa_ssb_table_add (TrappaSsbTable       *self,
                      const TrappaSsbCell  *cell,
                      GError              **error)
{
  gint64 age = 0, year = 0, milli = 0;
  const char *scenario;
  g_autofree char *key = NULL;
  g_autofree char *age_where = where_in (cell, cell->age_column);
  g_autofree char *year_where = where_in (cell, cell->year_column);
  g_autofree char *value_where = where_in (cell, cell->value_column);
  Sum *sum;

  if (!check_region (self, cell, error) ||
      !parse_age (cell->age, age_where, &age, error) ||
      !parse_year (cell->year, year_where, &year, error) ||
      !parse_value (cell->value, value_where, &milli, error))
    return FALSE;

  scenario = scenario_of (self, cell);
  key = cell_key (scenario, year, age);
  sum = g_hash_table_lookup (self->cells, key);
  if (sum == NULL)
    {
      sum = g_new0 (Sum, 1);
      g_hash_table_insert (self->cells, g_steal_pointer (&key), sum);
    }
  if (is_both_sexes (cell->sex))
    {
      if (sum->has_both)
        return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, cell->where,
                                  _("a second row for age %" PRId64 " in %" PRId64),
                                  age, year);
      sum->both = milli;
      sum->has_both = TRUE;
    }
  else if (sum->parts > G_MAXINT64 / 4)
    return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, cell->where,
                              _("too many rows for age %" PRId64 " in %" PRId64),
                              age, year);
  else
    sum->parts += milli;

  g_hash_table_add (g_hash_table_lookup (self->years, scenario), g_memdup2 (&year, sizeof year));
  if (!g_hash_table_contains (self->ages, &age))
    g_hash_table_add (self->ages, g_memdup2 (&age, sizeof age));
  self->min_age = MIN (self->min_age, age);
  self->max_age = MAX (self->max_age, age);
  return TRUE;
}

/* The plan's bands, or the default ones (made here, with ids not yet in
 * the plan) when it has none. */
static GPtrArray *
bands_for (TrappaSsbTable  *self,
           GPtrArray      **new_bands)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (self->plan), "age-bands"));
  GPtrArray *bands = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (bands, g_list_model_get_item (list, i));
  if (n > 0)
    return bands;

  *new_bands = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (default_bands); i++)
    {
      TrappaAgeBand *band = trappa_age_band_new (default_bands[i].name, default_bands[i].min,
                                                 default_bands[i].max, default_bands[i].open);
      g_autofree char *prefix = g_strdup_printf ("age-%" G_GINT64_FORMAT, default_bands[i].min);
      g_autofree char *id = trappa_plan_lookup (self->plan, prefix) == NULL
        ? g_strdup (prefix) : trappa_plan_make_id (self->plan, prefix);

      g_object_set (band, "id", id, NULL);
      g_ptr_array_add (bands, g_object_ref (band));
      g_ptr_array_add (*new_bands, band);
    }
  return bands;
}

static gboolean
check_bands (TrappaSsbTable  *self,
             GPtrArray       *bands,
             GError         **error)
{
  for (guint i = 0; i < bands->len; i++)
    {
      TrappaItem *band = bands->pdata[i];
      gint64 min = trappa_item_get_int (band, "min-age");
      gint64 max = trappa_item_get_int (band, "max-age");
      gboolean open = trappa_item_get_boolean (band, "open-ended");

      /* The oldest age in the table stands for "that age or older". */
      if (min < self->min_age || min > self->max_age || (!open && max > self->max_age))
        return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, NULL,
                                  _("the table has ages %" PRId64 " to %" PRId64
                                    " or older, which does not cover the age band “%s”"),
                                  self->min_age, self->max_age, trappa_item_get_string (band, "name"));
    }
  return TRUE;
}

static gboolean
check_complete (TrappaSsbTable  *self,
                const char      *scenario,
                gint64          *first,
                gint64          *last,
                GError         **error)
{
  GHashTable *years = g_hash_table_lookup (self->years, scenario);
  GHashTableIter iter;
  gpointer year;

  *first = G_MAXINT64;
  *last = G_MININT64;
  g_hash_table_iter_init (&iter, years);
  while (g_hash_table_iter_next (&iter, &year, NULL))
    {
      *first = MIN (*first, *(gint64 *) year);
      *last = MAX (*last, *(gint64 *) year);
    }

  for (gint64 y = *first; y <= *last; y++)
    {
      if (!g_hash_table_contains (years, &y))
        return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, NULL,
                                  _("the year %" PRId64 " is missing (scenario %s has %"
                                    PRId64 " to %" PRId64 ")"),
                                  y, scenario, *first, *last);
      for (gint64 age = self->min_age; age <= self->max_age; age++)
        {
          g_autofree char *key = cell_key (scenario, y, age);

          if (!g_hash_table_contains (self->cells, key))
            return trappa_error_fail (error, TRAPPA_ERROR_IMPORT, NULL,
                                      _("no value for age %" PRId64 " in %" PRId64
                                        " (scenario %s)"), age, y, scenario);
        }
    }
  return TRUE;
}

static gint64
band_sum (TrappaSsbTable *self,
          const char     *scenario,
          gint64          year,
          TrappaItem     *band)
{
  gint64 total = 0;

  for (gint64 age = self->min_age; age <= self->max_age; age++)
    {
      g_autofree char *key = cell_key (scenario, year, age);
      Sum *sum = g_hash_table_lookup (self->cells, key);

      /* The top age is everyone that old or older: a band reaching it
       * takes it. */
      if (trappa_age_band_contains (TRAPPA_AGE_BAND (band), age) ||
          (age == self->max_age && trappa_item_get_int (band, "max-age") == age))
        total += sum->has_both ? sum->both : sum->parts;
    }
  return (total + MILLI / 2) / MILLI;
}

static TrappaPopulationSeries *
build_series (TrappaSsbTable  *self,
              const char      *scenario,
              GPtrArray       *bands,
              const char      *source,
              GError         **error)
{
  g_autoptr(TrappaPopulationSeries) series = trappa_population_series_new (scenario);
  GListStore *values = trappa_item_get_list (TRAPPA_ITEM (series), "values");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  gint64 first, last;

  if (!check_complete (self, scenario, &first, &last, error))
    return NULL;
  g_object_set (series, "name", g_hash_table_lookup (self->names, scenario),
                "source", source, "date", date, NULL);
  for (guint b = 0; b < bands->len; b++)
    for (gint64 year = first; year <= last; year++)
      {
        gint64 count = band_sum (self, scenario, year, bands->pdata[b]);
        g_autoptr(TrappaPopulationValue) value = NULL;

        if (count > TRAPPA_MAX_COUNT)
          {
            trappa_error_fail (error, TRAPPA_ERROR_IMPORT, NULL,
                               _("%" PRId64 " people in one age band is more than Trappa accepts"),
                               count);
            return NULL;
          }
        value = trappa_population_value_new (trappa_item_get_id (bands->pdata[b]), year, count);
        g_list_store_append (values, value);
      }
  return g_steal_pointer (&series);
}

GPtrArray *
trappa_ssb_table_finish (TrappaSsbTable  *self,
                         const char      *source,
                         GPtrArray      **new_bands,
                         GError         **error)
{
  g_autoptr(GPtrArray) bands = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) made = NULL;

  if (self->scenarios->len == 0)
    {
      trappa_error_fail (error, TRAPPA_ERROR_IMPORT, NULL, _("no population figures were found"));
      return NULL;
    }
  for (gint64 age = self->min_age; age <= self->max_age; age++)
    if (!g_hash_table_contains (self->ages, &age))
      {
        trappa_error_fail (error, TRAPPA_ERROR_IMPORT, NULL,
                           _("the table has no rows for age %" PRId64), age);
        return NULL;
      }

  bands = bands_for (self, &made);
  if (!check_bands (self, bands, error))
    return NULL;

  for (guint i = 0; i < self->scenarios->len; i++)
    {
      const char *scenario = self->scenarios->pdata[i];
      TrappaPopulationSeries *series;

      if (self->option != NULL && strcmp (scenario, self->option) != 0)
        continue;
      series = build_series (self, scenario, bands, source, error);
      if (series == NULL)
        return NULL;
      g_ptr_array_add (result, series);
    }
  if (result->len == 0)
    {
      g_autoptr(GString) have = g_string_new (NULL);

      for (guint i = 0; i < self->scenarios->len; i++)
        g_string_append_printf (have, "%s%s", i > 0 ? ", " : "", (char *) self->scenarios->pdata[i]);
      trappa_error_fail (error, TRAPPA_ERROR_IMPORT, NULL,
                         _("the table has no scenario “%s” (it has %s)"), self->option, have->str);
      return NULL;
    }
  if (new_bands != NULL)
    *new_bands = g_steal_pointer (&made);
  return g_steal_pointer (&result);
}
