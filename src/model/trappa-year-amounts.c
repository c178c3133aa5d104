/* trappa-year-amounts.c: NOK amounts by year, a measure's cost per budget
 * year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-year-amounts"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "trappa-error.h"
#include "trappa-format.h"
#include "trappa-limits.h"
#include "trappa-year-amounts.h"

static gboolean
parse_pair (const char       *pair,
            TrappaYearAmount *out,
            GError          **error)
{
  const char *colon = strchr (pair, ':');
  g_autofree char *year = colon != NULL ? g_strndup (pair, colon - pair) : NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *max = NULL;

  /* Bounded parses: no text can overflow or pass the limits. */
  if (colon != NULL &&
      g_ascii_string_to_signed (year, 10, 1, TRAPPA_MAX_YEAR, &out->year, NULL) &&
      g_ascii_string_to_signed (colon + 1, 10, 0, TRAPPA_MAX_NOK, &out->amount, NULL))
    return TRUE;

  /* A hostile file may hold a long run without a space. */
  quoted = g_utf8_validate (pair, -1, NULL) ? g_utf8_substring (pair, 0, MIN (g_utf8_strlen (pair, -1), 40))
                                            : g_strdup ("?");
  max = trappa_format_count (TRAPPA_MAX_NOK);
  g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
               _("“%s” is not a year and an amount in kroner written YEAR:AMOUNT "
                 "(a year up to %d, an amount up to %s)"),
               quoted, TRAPPA_MAX_YEAR, max);
  return FALSE;
  return TRUE;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  const TrappaYearAmount *x = a, *y = b;

  return (x->year > y->year) - (x->year < y->year);
}

GArray *
trappa_year_amounts_parse (const char  *text,
                           GError     **error)
{
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (TrappaYearAmount));
  g_auto(GStrv) pairs = g_strsplit_set (text, " \t\r\n", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      TrappaYearAmount entry;

      if (pairs[i][0] == '\0')
        continue;
      if (amounts->len == TRAPPA_MAX_COST_YEARS)
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                       _("At most %d years may have an amount"), TRAPPA_MAX_COST_YEARS);
          return NULL;
        }
      if (!parse_pair (pairs[i], &entry, error))
        return NULL;
      if (trappa_year_amounts_lookup (amounts, entry.year, NULL))
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                       _("The year %d has two amounts"), (int) entry.year);
          return NULL;
        }
      g_array_append_val (amounts, entry);
    }
  g_array_sort (amounts, compare_years);
  return g_steal_pointer (&amounts);
}

char *
trappa_year_amounts_to_text (GArray *amounts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < amounts->len; i++)
    {
      const TrappaYearAmount *entry = &g_array_index (amounts, TrappaYearAmount, i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                              i > 0 ? " " : "", entry->year, entry->amount);
    }
  return g_string_free (text, FALSE);
}

gboolean
trappa_year_amounts_check (const char  *text,
                           GError     **error)
{
  g_autoptr(GArray) amounts = trappa_year_amounts_parse (text, error);
  g_autofree char *stored = NULL;

  if (amounts == NULL)
    return FALSE;
  stored = trappa_year_amounts_to_text (amounts);
  /* One way to write each value, so that equal values compare equal in
   * undo, diff and merge. */
  if (!g_str_equal (stored, text))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("Amounts by year must be written “%s”"), stored);
      return FALSE;
    }
  return TRUE;
}

gboolean
trappa_year_amounts_lookup (GArray *amounts,
                            gint64  year,
                            gint64 *amount)
{
  for (guint i = 0; i < amounts->len; i++)
    {
      const TrappaYearAmount *entry = &g_array_index (amounts, TrappaYearAmount, i);

      if (entry->year == year)
        {
          if (amount != NULL)
            *amount = entry->amount;
          return TRUE;
        }
    }
  if (amount != NULL)
    *amount = 0;
  return FALSE;
}

void
trappa_year_amounts_put (GArray *amounts,
                         gint64  year,
                         gint64  amount)
{
  guint i = 0;

  while (i < amounts->len && g_array_index (amounts, TrappaYearAmount, i).year < year)
    i++;
  if (i < amounts->len && g_array_index (amounts, TrappaYearAmount, i).year == year)
    {
      if (amount < 0)
        g_array_remove_index (amounts, i);
      else
        g_array_index (amounts, TrappaYearAmount, i).amount = amount;
    }
  else if (amount >= 0)
    {
      TrappaYearAmount entry = { year, amount };

      g_array_insert_val (amounts, i, entry);
    }
}

char *
trappa_year_amounts_describe (const char *text)
{
  g_autoptr(GArray) amounts = trappa_year_amounts_parse (text, NULL);
  GString *out = g_string_new (NULL);

  /* The model keeps only values that parse; anything else is shown as is. */
  if (amounts == NULL)
    return g_string_free (g_string_append (out, text), FALSE);
  for (guint i = 0; i < amounts->len; i++)
    {
      const TrappaYearAmount *entry = &g_array_index (amounts, TrappaYearAmount, i);
      g_autofree char *nok = trappa_format_nok (entry->amount);

      if (i > 0)
        g_string_append (out, ", ");
      /* TRANSLATORS: a year and an amount, e.g. "2025: 1 500 000 kr" */
      g_string_append_printf (out, _("%d: %s"), (int) entry->year, nok);
    }
  return g_string_free (out, FALSE);
}
