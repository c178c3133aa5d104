/* trappa-plan-field.c: one field of a record as text in the plan file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <string.h>
#include <inttypes.h> /* PRId64 in _() strings: gettext knows it, not G_GINT64_FORMAT */
#include <string.h>
#include <glib/gi18n.h>

#include "trappa-item.h"
#include "trappa-format.h"
#include "trappa-plan-field.h"
#include "trappa-year-amounts.h"

/* Values quoted in messages are cut short: a hostile file may hold a
 * megabyte in one field. */
#define MAX_QUOTED 40

TrappaFieldKind
trappa_field_kind (GParamSpec *pspec)
{
  /* By the value type, which is a field: asked for every field read. */
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_INT64)
    return TRAPPA_FIELD_NUMBER;
  if (type == G_TYPE_BOOLEAN)
    return TRAPPA_FIELD_FLAG;
  if (type == G_TYPE_STRV)
    return TRAPPA_FIELD_REFERENCES;

  g_return_val_if_fail (type == G_TYPE_STRING, TRAPPA_FIELD_TEXT);
  if (trappa_param_spec_get_choices (pspec) != NULL)
    return TRAPPA_FIELD_CHOICE;
  if (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID)
    return TRAPPA_FIELD_REFERENCE;
  if (trappa_param_spec_is_date (pspec))
    return TRAPPA_FIELD_DATE;
  if (trappa_param_spec_is_year_amounts (pspec))
    return TRAPPA_FIELD_YEAR_AMOUNTS;
  return TRAPPA_FIELD_TEXT;
}

char *
trappa_field_to_text (GParamSpec   *pspec,
                      const GValue *value)
{
  const char * const *strv;

  if (g_param_value_defaults (pspec, (GValue *) value))
    return NULL;

  switch (trappa_field_kind (pspec))
    {
    case TRAPPA_FIELD_NUMBER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
    case TRAPPA_FIELD_FLAG:
      return g_strdup (g_value_get_boolean (value) ? "true" : "false");
    case TRAPPA_FIELD_REFERENCES:
      strv = g_value_get_boxed (value);
      /* An empty list is as good as none. */
      return strv != NULL && strv[0] != NULL ? g_strjoinv (" ", (char **) strv) : NULL;
    case TRAPPA_FIELD_TEXT:
    case TRAPPA_FIELD_CHOICE:
    case TRAPPA_FIELD_REFERENCE:
    case TRAPPA_FIELD_DATE:
    case TRAPPA_FIELD_YEAR_AMOUNTS:
    default:
      return g_strdup (g_value_get_string (value));
    }
}

char *
trappa_field_quote (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= MAX_QUOTED)
    return g_strdup (text);
  head = g_utf8_substring (text, 0, MAX_QUOTED);
  return g_strconcat (head, "…", NULL);
}

static gboolean
parse_number (GParamSpec  *pspec,
              const char  *text,
              GValue      *value,
              char       **problem)
{
  GParamSpecInt64 *range = G_PARAM_SPEC_INT64 (pspec);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *quoted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 number;

  /* Parsed with bounds, so no text can overflow or sneak past the limit. */
  if (!g_ascii_string_to_signed (trimmed, 10, range->minimum, range->maximum, &number, &error))
    {
      quoted = trappa_field_quote (trimmed);
      if (g_error_matches (error, G_NUMBER_PARSER_ERROR, G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
        *problem = g_strdup_printf (_("“%s” must be from %" PRId64 " to %" PRId64
                                      ", not “%s”"),
                                    pspec->name, range->minimum, range->maximum, quoted);
      else
        *problem = g_strdup_printf (_("“%s” must be a whole number, not “%s”"), pspec->name, quoted);
      return FALSE;
    }

  g_value_init (value, G_TYPE_INT64);
  g_value_set_int64 (value, number);
  return TRUE;
}

static gboolean
parse_flag (GParamSpec  *pspec,
            const char  *text,
            GValue      *value,
            char       **problem)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *quoted = NULL;

  /* The same spellings as xsd:boolean, which the schema uses. */
  if (g_str_equal (trimmed, "true") || g_str_equal (trimmed, "1") ||
      g_str_equal (trimmed, "false") || g_str_equal (trimmed, "0"))
    {
      g_value_init (value, G_TYPE_BOOLEAN);
      g_value_set_boolean (value, trimmed[0] == 't' || trimmed[0] == '1');
      return TRUE;
    }

  quoted = trappa_field_quote (trimmed);
  *problem = g_strdup_printf (_("“%s” must be “true” or “false”, not “%s”"), pspec->name, quoted);
  return FALSE;
}

static gboolean
parse_choice (GParamSpec  *pspec,
              const char  *text,
              GValue      *value,
              char       **problem)
{
  const char * const *choices = trappa_param_spec_get_choices (pspec);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *quoted = NULL;
  g_autofree char *allowed = NULL;
  g_autoptr(GStrvBuilder) named = NULL;
  g_auto(GStrv) names = NULL;
  gboolean may_be_empty = FALSE;

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], trimmed))
      {
        /* The choices live as long as the field's spec: no copy. */
        g_value_init (value, G_TYPE_STRING);
        g_value_set_static_string (value, choices[i]);
        return TRUE;
      }

  /* An empty choice ("not assessed") is said in words, not listed. */
  named = g_strv_builder_new ();
  for (guint i = 0; choices[i] != NULL; i++)
    if (choices[i][0] == '\0')
      may_be_empty = TRUE;
    else
      g_strv_builder_add (named, choices[i]);
  names = g_strv_builder_end (named);
  quoted = trappa_field_quote (trimmed);
  allowed = g_strjoinv (", ", names);
  *problem = may_be_empty
             ? g_strdup_printf (_("“%s” must be empty or one of %s, not “%s”"), pspec->name, allowed, quoted)
             : g_strdup_printf (_("“%s” must be one of %s, not “%s”"), pspec->name, allowed, quoted);
  return FALSE;
}

static gboolean
parse_date (GParamSpec  *pspec,
            const char  *text,
            GValue      *value,
            char       **problem)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *quoted = NULL;

  if (trappa_date_is_iso (trimmed))
    {
      g_value_init (value, G_TYPE_STRING);
      g_value_take_string (value, g_steal_pointer (&trimmed));
      return TRUE;
    }

  quoted = trappa_field_quote (trimmed);
  *problem = g_strdup_printf (_("“%s” must be a date written YYYY-MM-DD, not “%s”"), pspec->name, quoted);
  return FALSE;
}

/* Pairs in any order and spacing; kept as the model stores them. */
static gboolean
parse_year_amounts (GParamSpec  *pspec,
                    const char  *text,
                    GValue      *value,
                    char       **problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) amounts = trappa_year_amounts_parse (text, &error);

  if (amounts == NULL)
    {
      *problem = g_strdup_printf (_("“%s”: %s"), pspec->name, error->message);
      return FALSE;
    }
  g_value_init (value, G_TYPE_STRING);
  g_value_take_string (value, trappa_year_amounts_to_text (amounts));
  return TRUE;
}

/* Ids separated by white space, each once, at most the field's limit. */
static gboolean
parse_references (GParamSpec  *pspec,
                  const char  *text,
                  GValue      *value,
                  char       **problem)
{
  g_auto(GStrv) ids = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint max = trappa_param_spec_get_max_length (pspec);
  guint n = 0;

  /* Drop the empty pieces that runs of spaces leave. */
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (ids[i][0] != '\0')
        ids[n++] = ids[i];
      else
        g_free (ids[i]);
    }
  ids[n] = NULL;

  if (n > max)
    {
      *problem = g_strdup_printf (_("“%s” lists more than %u ids"), pspec->name, max);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *quoted = trappa_field_quote (ids[i]);

      /* A list says which records, not how often: a repeat is a slip. */
      if (!g_hash_table_add (seen, ids[i]))
        {
          *problem = g_strdup_printf (_("“%s” lists “%s” twice"), pspec->name, quoted);
          return FALSE;
        }
      if (trappa_text_over_length (ids[i], TRAPPA_MAX_ID_LENGTH))
        {
          *problem = g_strdup_printf (_("“%s” names an id longer than %d characters: “%s”"),
                                      pspec->name, TRAPPA_MAX_ID_LENGTH, quoted);
          return FALSE;
        }
    }
  g_value_init (value, G_TYPE_STRV);
  g_value_take_boxed (value, g_steal_pointer (&ids));
  return TRUE;
}

gboolean
trappa_field_from_text (GParamSpec  *pspec,
                        const char  *text,
                        GValue      *value,
                        char       **problem)
{
  TrappaFieldKind kind = trappa_field_kind (pspec);
  guint max = trappa_param_spec_get_max_length (pspec);

  /* Before any parsing, so no field costs more than its limit allows. */
  if (kind != TRAPPA_FIELD_REFERENCES && max > 0 && trappa_text_over_length (text, max))
    {
      *problem = g_strdup_printf (_("“%s” is longer than %u characters"), pspec->name, max);
      return FALSE;
    }

  switch (kind)
    {
    case TRAPPA_FIELD_NUMBER:
      return parse_number (pspec, text, value, problem);
    case TRAPPA_FIELD_FLAG:
      return parse_flag (pspec, text, value, problem);
    case TRAPPA_FIELD_CHOICE:
      return parse_choice (pspec, text, value, problem);
    case TRAPPA_FIELD_DATE:
      return parse_date (pspec, text, value, problem);
    case TRAPPA_FIELD_REFERENCES:
      return parse_references (pspec, text, value, problem);
    case TRAPPA_FIELD_YEAR_AMOUNTS:
      return parse_year_amounts (pspec, text, value, problem);
    case TRAPPA_FIELD_REFERENCE:
      g_value_init (value, G_TYPE_STRING);
      g_value_take_string (value, g_strstrip (g_strdup (text)));
      return TRUE;
    case TRAPPA_FIELD_TEXT:
    default:
      if (trappa_param_spec_is_required (pspec) && text[strspn (text, " \t\r\n")] == '\0')
        {
          *problem = g_strdup_printf (_("“%s” must not be empty"), pspec->name);
          return FALSE;
        }
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, text);
      return TRUE;
    }
}
