/* trappa-record-clipboard.c: rows of records as a spreadsheet's clipboard
 * holds them
 *
 * Copying writes a TrappaTable (the export's typed cells) as tab-separated
 * text and as HTML. Pasting reads tab-separated text with the one RFC 4180
 * reader and checks every cell against its field's spec before a record
 * is made, so a paste with a bad cell is refused before the plan changes;
 * the rows then go in as one splice and one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-record-clipboard"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "trappa-csv.h"
#include "trappa-format.h"
#include "trappa-plan-field.h"
#include "trappa-plan-tables.h"
#include "trappa-record-clipboard.h"
#include "trappa-reference.h"
#include "trappa-xml-escape.h"

static const char *
choice_label (const TrappaClipColumn *column,
              GParamSpec             *pspec,
              const char             *value)
{
  const char * const *choices = trappa_param_spec_get_choices (pspec);

  for (guint i = 0; column->choice_labels != NULL && choices[i] != NULL; i++)
    if (g_strcmp0 (choices[i], value) == 0)
      return column->choice_labels[i];
  return NULL;
}

/* As the table export writes the field; a choice with its label. */
static void
add_field (TrappaTable            *table,
           TrappaPlan             *plan,
           TrappaItem             *item,
           const TrappaClipColumn *column)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), column->property);
  const char *label = trappa_param_spec_get_choices (pspec) != NULL
                      ? choice_label (column, pspec, trappa_item_get_string (item, column->property)) : NULL;

  trappa_plan_tables_add_field (table, plan, item, column->property, trappa_param_spec_is_year (pspec), label);
}

TrappaTable *
trappa_record_clipboard_table (TrappaPlan             *plan,
                               GPtrArray              *items,
                               const TrappaClipColumn *columns,
                               guint                   n_columns)
{
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;
  TrappaTable *table;

  for (guint c = 0; c < n_columns; c++)
    g_strv_builder_add (header, columns[c].title);
  titles = g_strv_builder_end (header);
  table = trappa_table_new ("clipboard", "", (const char * const *) titles);
  for (guint i = 0; i < items->len; i++)
    {
      trappa_table_add_row (table);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = NULL;

          if (columns[c].property != NULL)
            {
              add_field (table, plan, items->pdata[i], &columns[c]);
              continue;
            }
          text = columns[c].text (plan, items->pdata[i]);
          trappa_table_add_text (table, text);
        }
    }
  return table;
}

char *
trappa_record_clipboard_to_tsv (TrappaTable *table)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);

  trappa_csv_append_row (out, (const char * const *) table->header, table->n_columns, '\t');
  for (guint r = 0; r < trappa_table_get_n_rows (table); r++)
    {
      g_ptr_array_set_size (fields, 0);
      for (guint c = 0; c < table->n_columns; c++)
        g_ptr_array_add (fields, trappa_cell_to_csv_text (trappa_table_get_cell (table, r, c)));
      trappa_csv_append_row (out, (const char * const *) fields->pdata, table->n_columns, '\t');
    }
  return g_string_free (out, FALSE);
}

static void
append_html_cell (GString          *out,
                  const char       *element,
                  const TrappaCell *cell,
                  const char       *text)
{
  /* Numbers right-aligned, as a spreadsheet shows them. */
  gboolean numeric = cell != NULL && cell->kind != TRAPPA_CELL_TEXT && cell->kind != TRAPPA_CELL_DATE;

  g_string_append_printf (out, "<%s%s>", element, numeric ? " style=\"text-align:right\"" : "");
  trappa_xml_append_escaped (out, text, FALSE);
  g_string_append_printf (out, "</%s>", element);
}

char *
trappa_record_clipboard_to_html (TrappaTable *table)
{
  GString *out = g_string_new ("<meta charset=\"utf-8\"><table>\n<tr>");

  for (guint c = 0; c < table->n_columns; c++)
    append_html_cell (out, "th", NULL, table->header[c]);
  g_string_append (out, "</tr>\n");
  for (guint r = 0; r < trappa_table_get_n_rows (table); r++)
    {
      g_string_append (out, "<tr>");
      for (guint c = 0; c < table->n_columns; c++)
        {
          const TrappaCell *cell = trappa_table_get_cell (table, r, c);
          g_autofree char *text = trappa_cell_to_csv_text (cell);

          append_html_cell (out, "td", cell, text);
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table>\n");
  return g_string_free (out, FALSE);
}

/* Pasting. */

/* What a paste reads its cells against. */
typedef struct
{
  TrappaPlan *plan;
  GHashTable *targets;   /* GParamSpec → Targets, made when first needed */
} Paste;

/* The records a reference field may name, by name and by id. */
typedef struct
{
  GHashTable *by_name;   /* casefolded name → Target (the first so named) */
  GHashTable *by_id;     /* id → Target */
} Targets;

typedef struct
{
  TrappaItem *item;
  guint       order;     /* among the records the field may name */
} Target;

static void
targets_free (gpointer data)
{
  Targets *targets = data;

  g_hash_table_unref (targets->by_name);
  g_hash_table_unref (targets->by_id);
  g_free (targets);
}

static void
add_target (GHashTable *map,
            char       *key,
            TrappaItem *item,
            guint       order)
{
  Target *target;

  if (g_hash_table_contains (map, key))
    {
      g_free (key);
      return;
    }
  target = g_new (Target, 1);
  *target = (Target) { item, order };
  g_hash_table_insert (map, key, target);
}

/* Made once for a paste: looking each cell's name up in the lists made a
 * paste of 1,000 measures naming target areas quadratic. */
static Targets *
targets_of (Paste      *paste,
            GParamSpec *pspec)
{
  Targets *targets = g_hash_table_lookup (paste->targets, pspec);
  g_autoptr(GPtrArray) lists = NULL;
  guint order = 0;

  if (targets != NULL)
    return targets;
  targets = g_new (Targets, 1);
  targets->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  targets->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lists = trappa_reference_lists (paste->plan, pspec);
  for (guint l = 0; l < lists->len; l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists->pdata[l]); i++, order++)
      {
        g_autoptr(TrappaItem) item = g_list_model_get_item (lists->pdata[l], i);

        add_target (targets->by_name, g_utf8_casefold (trappa_item_get_name (item), -1), item, order);
        add_target (targets->by_id, g_strdup (trappa_item_get_id (item)), item, order);
      }
  g_hash_table_insert (paste->targets, pspec, targets);
  return targets;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);

  return g_strcmp0 (x, y) == 0;
}

/* The record @text names among those @pspec may name: by name, or id;
 * the first of them that either fits. */
static TrappaItem *
find_target (Paste      *paste,
             GParamSpec *pspec,
             const char *text)
{
  Targets *targets = targets_of (paste, pspec);
  g_autofree char *key = g_utf8_casefold (text, -1);
  Target *named = g_hash_table_lookup (targets->by_name, key);
  Target *with_id = g_hash_table_lookup (targets->by_id, text);

  if (named != NULL && (with_id == NULL || named->order < with_id->order))
    return named->item;
  return with_id != NULL ? with_id->item : NULL;
}

static gboolean
parse_reference (Paste      *paste,
                 GParamSpec *pspec,
                 const char *text,
                 char      **id,
                 GError    **error)
{
  TrappaItem *target = find_target (paste, pspec, text);

  if (target == NULL)
    return trappa_error_fail (error, TRAPPA_ERROR_INVALID_VALUE, NULL,
                              _("no record named “%s” can be chosen here"), text);
  *id = g_strdup (trappa_item_get_id (target));
  return TRUE;
}

static gboolean
parse_references (Paste      *paste,
                  GParamSpec *pspec,
                  const char *text,
                  GValue     *value,
                  GError    **error)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *id = NULL;

      g_strstrip (names[i]);
      if (names[i][0] == '\0')
        continue;
      if (!parse_reference (paste, pspec, names[i], &id, error))
        return FALSE;
      g_strv_builder_add (ids, id);
    }
  g_value_take_boxed (value, g_strv_builder_end (ids));
  return TRUE;
}

static gboolean
parse_choice (const TrappaClipColumn *column,
              GParamSpec             *pspec,
              const char             *text,
              GValue                 *value,
              GError                **error)
{
  const char * const *choices = trappa_param_spec_get_choices (pspec);
  g_autoptr(GString) known = g_string_new (NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      const char *label = column->choice_labels != NULL ? column->choice_labels[i] : choices[i];

      if (same_text (label, text) || same_text (choices[i], text))
        {
          g_value_set_string (value, choices[i]);
          return TRUE;
        }
      if (*label != '\0')
        g_string_append_printf (known, "%s“%s”", known->len > 0 ? ", " : "", label);
    }
  return trappa_error_fail (error, TRAPPA_ERROR_INVALID_VALUE, NULL,
                            _("“%s” is not one of %s"), text, known->str);
}

static gboolean
parse_flag (const char *text,
            GValue     *value,
            GError    **error)
{
  /* What spreadsheets and people write for yes and no. */
  const char *yes[] = { _("Yes"), "yes", "ja", "true", "sant", "1", "x" };
  const char *no[] = { _("No"), "no", "nei", "false", "usant", "0" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (same_text (yes[i], text))
      {
        g_value_set_boolean (value, TRUE);
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (same_text (no[i], text))
      {
        g_value_set_boolean (value, FALSE);
        return TRUE;
      }
  return trappa_error_fail (error, TRAPPA_ERROR_INVALID_VALUE, NULL,
                            _("“%s” is neither “%s” nor “%s”"), text, _("Yes"), _("No"));
}

static gboolean
parse_number (GParamSpec *pspec,
              const char *text,
              GValue     *value,
              GError    **error)
{
  GParamSpecInt64 *range = G_PARAM_SPEC_INT64 (pspec);
  gint64 number;

  if (!trappa_parse_count (text, range->maximum, &number, error))
    return FALSE;
  if (number < range->minimum)
    {
      g_autofree char *min = trappa_format_count (range->minimum);

      return trappa_error_fail (error, TRAPPA_ERROR_INVALID_VALUE, NULL, _("%s is less than %s"), text, min);
    }
  g_value_set_int64 (value, number);
  return TRUE;
}

/* Text, and a kind with a text of its own (cost per year): read as the
 * plan file holds it, so a pasted record is one the file reader accepts. */
static gboolean
parse_file_text (GParamSpec *pspec,
                 const char *text,
                 GValue     *value,
                 GError    **error)
{
  g_auto(GValue) read = G_VALUE_INIT;
  g_autofree char *problem = NULL;

  if (!trappa_field_from_text (pspec, text, &read, &problem))
    return trappa_error_fail (error, TRAPPA_ERROR_INVALID_VALUE, NULL, "%s", problem);
  g_value_copy (&read, value);
  return TRUE;
}

/* @text into @value (initialised to the field's type) as the field's
 * editor reads it; empty text is the field's default, unless the field
 * must not be empty. */
static gboolean
parse_cell (Paste                  *paste,
            const TrappaClipColumn *column,
            GParamSpec             *pspec,
            const char             *text,
            GValue                 *value,
            GError                **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_autofree char *iso = NULL;
  g_autofree char *id = NULL;

  if (text[0] == '\0')
    {
      if (trappa_param_spec_is_required (pspec))
        return trappa_error_fail (error, TRAPPA_ERROR_INVALID_VALUE, NULL, _("must not be empty"));
      g_param_value_set_default (pspec, value);
      return TRUE;
    }
  if (type == G_TYPE_INT64)
    return parse_number (pspec, text, value, error);
  if (type == G_TYPE_BOOLEAN)
    return parse_flag (text, value, error);
  if (type == G_TYPE_STRV)
    return parse_references (paste, pspec, text, value, error);
  if (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID)
    {
      if (!parse_reference (paste, pspec, text, &id, error))
        return FALSE;
      g_value_set_string (value, id);
      return TRUE;
    }
  if (trappa_param_spec_get_choices (pspec) != NULL)
    return parse_choice (column, pspec, text, value, error);
  if (trappa_param_spec_is_date (pspec))
    {
      if (!trappa_parse_date (text, &iso, error))
        return FALSE;
      g_value_set_string (value, iso);
      return TRUE;
    }
  return parse_file_text (pspec, text, value, error);
}

/* The column each cell of a header row names, or NULL when @fields is no
 * header (not every cell is a column's title). */
static GArray *
header_columns (char                  **fields,
                const TrappaClipColumn *columns,
                guint                   n_columns)
{
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint f = 0; fields[f] != NULL; f++)
    {
      guint c = 0;

      while (c < n_columns && !same_text (g_strstrip (fields[f]), columns[c].title))
        c++;
      if (c == n_columns)
        return NULL;
      g_array_append_val (map, c);
    }
  return g_steal_pointer (&map);
}

static gboolean
row_is_empty (char **fields)
{
  for (guint f = 0; fields[f] != NULL; f++)
    if (fields[f][strspn (fields[f], " \t\r\n")] != '\0')
      return FALSE;
  return TRUE;
}

static TrappaItem *
parse_row (Paste                  *paste,
           GType                   item_type,
           const TrappaClipColumn *columns,
           GArray                 *map,
           TrappaCsvRow           *row,
           guint                   n_columns,
           GError                **error)
{
  g_autoptr(GObject) item = g_object_new (item_type, NULL);
  guint n_fields = g_strv_length (row->fields);

  if (n_fields > (map != NULL ? map->len : n_columns))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("Row %u has %u cells, the table %u columns"), row->line, n_fields,
                   map != NULL ? map->len : n_columns);
      return NULL;
    }
  for (guint f = 0; f < n_fields; f++)
    {
      const TrappaClipColumn *column = &columns[map != NULL ? g_array_index (map, guint, f) : f];
      GParamSpec *pspec;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GError) problem = NULL;
      g_autofree char *cell = NULL;

      if (column->property == NULL)
        continue;
      /* What the field would keep, so that a cell of a control character
       * alone is empty, and one ending in it loses its spaces too. */
      cell = g_strstrip (trappa_text_storable (row->fields[f]));
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), column->property);
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      if (!parse_cell (paste, column, pspec, cell, &value, &problem))
        {
          /* TRANSLATORS: a pasted cell: its row, its column's title, the problem */
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE, _("Row %u, column “%s”: %s"),
                       row->line, column->title, problem->message);
          return NULL;
        }
      g_object_set_property (item, column->property, &value);
    }
  return TRAPPA_ITEM (g_steal_pointer (&item));
}

GPtrArray *
trappa_record_clipboard_parse (TrappaPlan             *plan,
                               GType                   item_type,
                               const TrappaClipColumn *columns,
                               guint                   n_columns,
                               const char             *text,
                               GError                **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) map = NULL;
  g_autoptr(GHashTable) targets = g_hash_table_new_full (NULL, NULL, NULL, targets_free);
  Paste paste = { plan, targets };
  const char *bad;

  /* Bytes of another encoding would make a plan that does not open. */
  if (!g_utf8_validate (text, -1, &bad))
    {
      guint line = 1;

      for (const char *p = text; p < bad; p++)
        line += *p == '\n';
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_ENCODING, _("Row %u is not text in UTF-8"), line);
      return NULL;
    }
  rows = trappa_csv_parse (text, -1, '\t', error);
  if (rows == NULL)
    return NULL;
  for (guint r = 0; r < rows->len; r++)
    {
      TrappaCsvRow *row = rows->pdata[r];
      TrappaItem *item;

      if (row_is_empty (row->fields))
        continue;
      if (items->len == 0 && map == NULL && (map = header_columns (row->fields, columns, n_columns)) != NULL)
        continue;
      item = parse_row (&paste, item_type, columns, map, row, n_columns, error);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }
  if (items->len == 0)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_EMPTY, _("The clipboard holds no rows"));
      return NULL;
    }
  return g_steal_pointer (&items);
}

GPtrArray *
trappa_record_clipboard_paste (TrappaPlan             *plan,
                               TrappaItem             *parent,
                               const char             *list_name,
                               int                     position,
                               GType                   item_type,
                               const TrappaClipColumn *columns,
                               guint                   n_columns,
                               const char             *text,
                               GError                **error)
{
  g_autoptr(GPtrArray) items = trappa_record_clipboard_parse (plan, item_type, columns, n_columns, text, error);
  g_autoptr(GError) refusal = NULL;
  guint refused = 0;
  gboolean pasted;

  if (items == NULL)
    return NULL;
  trappa_plan_begin_edit (plan, g_dngettext (GETTEXT_PACKAGE, "Paste row", "Paste rows", items->len));
  pasted = trappa_plan_try_insert_all (plan, parent, list_name, position,
                                       (TrappaItem * const *) items->pdata, items->len, &refused, &refusal);
  trappa_plan_end_edit (plan);
  if (!pasted)
    {
      /* A row can break a rule across records (an age band overlapping
       * another, a second staircase of a kind): then nothing is pasted. */
      g_set_error (error, refusal->domain, refusal->code, _("Pasted row %u: %s"), refused + 1, refusal->message);
      return NULL;
    }
  return g_steal_pointer (&items);
}
