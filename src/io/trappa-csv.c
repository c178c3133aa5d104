/* trappa-csv.c: RFC 4180 text, read and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-csv"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "trappa-csv.h"
#include "trappa-error.h"

#define BOM "\xEF\xBB\xBF"

void
trappa_csv_row_free (TrappaCsvRow *row)
{
  g_strfreev (row->fields);
  g_free (row);
}

static void
end_record (GPtrArray *rows,
            GPtrArray *fields,
            guint      line)
{
  TrappaCsvRow *row = g_new0 (TrappaCsvRow, 1);

  g_ptr_array_add (fields, NULL);
  row->fields = (char **) g_ptr_array_steal (fields, NULL);
  row->line = line;
  g_ptr_array_add (rows, row);
}

GPtrArray *
trappa_csv_parse (const char  *text,
                  gssize       length,
                  char         separator,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) trappa_csv_row_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p, *end;
  guint line = 1, record_line = 1;
  gboolean quoted = FALSE, was_quoted = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  end = text + (length < 0 ? strlen (text) : (gsize) length);
  p = text;
  if (end - p >= 3 && memcmp (p, BOM, 3) == 0)
    p += 3;

  for (; p < end; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            g_string_append_c (field, *++p);
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }
      if (c == '"' && field->len == 0 && !was_quoted)
        quoted = was_quoted = TRUE;
      else if (c == separator)
        {
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          was_quoted = FALSE;
        }
      else if (c == '\n' || (c == '\r' && p + 1 < end && p[1] == '\n'))
        {
          if (c == '\r')
            p++;
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          end_record (rows, fields, record_line);
          was_quoted = FALSE;
          record_line = ++line;
        }
      else if (was_quoted)
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                       _("Line %u: text after a closing quote; write a quote inside a quoted field as two quotes"),
                       line);
          return NULL;
        }
      else
        g_string_append_c (field, c);
    }
  if (quoted)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                   _("Line %u: a quoted field is not closed"), record_line);
      return NULL;
    }
  /* The last line needs no line break, but a final break adds no record. */
  if (field->len > 0 || was_quoted || fields->len > 0)
    {
      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
      end_record (rows, fields, record_line);
    }
  return g_steal_pointer (&rows);
}

char
trappa_csv_guess_separator (const char *line)
{
  static const char candidates[] = { ';', '\t', ',' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = line; *p != '\0' && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      for (guint i = 0; !quoted && i < G_N_ELEMENTS (candidates); i++)
        if (*p == candidates[i])
          counts[i]++;
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

void
trappa_csv_append_row (GString             *out,
                       const char * const  *fields,
                       guint                n_fields,
                       char                 separator)
{
  const char specials[] = { separator, '"', '\n', '\r', '\0' };

  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] != NULL ? fields[i] : "";

      if (i > 0)
        g_string_append_c (out, separator);
      if (strpbrk (field, specials) == NULL)
        {
          g_string_append (out, field);
          continue;
        }
      g_string_append_c (out, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, "\r\n");
}
