/* trappa-format.c: numbers as Norwegian users write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-format"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "trappa-format.h"
#include "trappa-error.h"

#define GROUP_SEPARATOR "\u00a0" /* no-break space: a number never wraps */

char *
trappa_format_count (gint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                             value < 0 ? (guint64) -value : (guint64) value);
  GString *out = g_string_new (value < 0 ? "−" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, GROUP_SEPARATOR);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
trappa_format_nok (gint64 value)
{
  g_autofree char *count = trappa_format_count (value);

  /* TRANSLATORS: an amount in Norwegian kroner, e.g. "1 250 000 kr" */
  return g_strdup_printf (_("%s kr"), count);
}

gboolean
trappa_date_is_iso (const char *text)
{
  static const char shape[] = "dddd-dd-dd";

  g_return_val_if_fail (text != NULL, FALSE);

  /* Exactly YYYY-MM-DD: no time, no signs or spaces inside. */
  if (strlen (text) != strlen (shape))
    return FALSE;
  for (gsize i = 0; shape[i] != '\0'; i++)
    if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
      return FALSE;
  return g_date_valid_dmy (atoi (text + 8), atoi (text + 5), atoi (text));
}

char *
trappa_format_date (const char *iso)
{
  g_return_val_if_fail (iso != NULL, NULL);

  if (!trappa_date_is_iso (iso))
    return g_strdup (iso);
  return g_strdup_printf ("%.2s.%.2s.%.4s", iso + 8, iso + 5, iso);
}

gboolean
trappa_parse_date (const char  *text,
                   char       **iso,
                   GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_auto(GStrv) parts = NULL;
  guint64 day, month, year;

  g_return_val_if_fail (iso != NULL, FALSE);

  if (trimmed[0] == '\0' || trappa_date_is_iso (trimmed))
    {
      *iso = g_steal_pointer (&trimmed);
      return TRUE;
    }
  parts = g_strsplit (trimmed, ".", -1);
  if (g_strv_length (parts) == 3 &&
      strlen (parts[0]) <= 2 && strlen (parts[1]) <= 2 && strlen (parts[2]) == 4 &&
      g_ascii_string_to_unsigned (parts[0], 10, 1, 31, &day, NULL) &&
      g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL) &&
      g_ascii_string_to_unsigned (parts[2], 10, 1, 9999, &year, NULL) &&
      g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      *iso = g_strdup_printf ("%04u-%02u-%02u", (guint) year, (guint) month, (guint) day);
      return TRUE;
    }
  g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
               _("“%s” is not a date: write it as dd.mm.yyyy, for example 20.06.2025"), trimmed);
  return FALSE;
}

static gboolean
is_group_space (gunichar c)
{
  return c == ' ' || c == 0x00a0 || c == 0x202f || c == 0x2009;
}

gboolean
trappa_parse_count (const char  *text,
                    gint64       max,
                    gint64      *value,
                    GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = trimmed + strlen (trimmed);
  guint64 parsed;

  if (!g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("Not a number"));
      return FALSE;
    }

  /* An amount may end in "kr" or "NOK". */
  if (g_str_has_suffix (trimmed, "kr") || g_str_has_suffix (trimmed, "KR"))
    end -= 2;
  else if (g_ascii_strcasecmp (end - MIN (3, end - trimmed), "nok") == 0)
    end -= 3;
  *end = '\0';
  g_strchomp (trimmed);

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("Enter a number"));
      return FALSE;
    }
  if (g_str_has_prefix (trimmed, "-") || g_str_has_prefix (trimmed, "−"))
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("The number cannot be negative"));
      return FALSE;
    }

  for (const char *p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c))
        g_string_append_c (digits, (char) c);
      else if (c == ',')
        {
          g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                               _("Use a whole number, without decimals"));
          return FALSE;
        }
      else if (!is_group_space (c) && c != '.')
        {
          g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                               _("Only digits are allowed"));
          return FALSE;
        }
    }

  if (digits->len == 0 ||
      !g_ascii_string_to_unsigned (digits->str, 10, 0, G_MAXINT64, &parsed, NULL) ||
      (gint64) parsed > max)
    {
      g_autofree char *limit = trappa_format_count (max);

      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   digits->len == 0 ? _("Enter a number") : _("The largest allowed number is %s"),
                   limit);
      return FALSE;
    }

  *value = (gint64) parsed;
  return TRUE;
}
