/* trappa-ssb-jsonstat.c: SSB's JSON-stat2 (PxWebApi, statbank "JSON-stat2")
 *
 * A dataset names its dimensions in "id" with their "size"; each dimension
 * has categories ("index": code → position, or an array of codes, and
 * "label": code → text); "value" lists the figures in row-major order (the
 * last dimension varies fastest), as an array or a sparse object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-ssb"

#include <inttypes.h> /* PRId64 in _() strings: gettext knows it, not G_GINT64_FORMAT */
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "trappa-ssb-jsonstat.h"

/* Far above a municipality's projection (2 sexes × 106 ages × 30 years ×
 * a few alternatives); keeps a hostile "size" from running away. */
#define MAX_CELLS 10000000

typedef struct
{
  char               *id;
  TrappaSsbDimension  dimension;
  guint               size;
  char              **codes;   /* by position */
  char              **labels;  /* by position */
} Dimension;

static void
dimension_clear (Dimension *d)
{
  g_free (d->id);
  /* By position, so a category may be missing (NULL) before others. */
  for (guint i = 0; d->codes != NULL && i < d->size; i++)
    g_free (d->codes[i]);
  for (guint i = 0; d->labels != NULL && i < d->size; i++)
    g_free (d->labels[i]);
  g_free (d->codes);
  g_free (d->labels);
}

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
               _("not a JSON-stat2 dataset: %s"), message);
  return FALSE;
}

/* Typed access that never warns on a hostile file: NULL or FALSE when the
 * member is missing or of another type. */
static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL && name != NULL && json_object_has_member (object, name)
    ? json_object_get_member (object, name) : NULL;
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
node_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

static gint64
node_int (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return -1;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  return -1;
}

static TrappaSsbDimension
role_of (JsonObject *dataset,
         const char *id)
{
  static const struct { const char *role; TrappaSsbDimension dimension; } roles[] = {
    { "time", TRAPPA_SSB_YEAR }, { "geo", TRAPPA_SSB_REGION }, { "metric", TRAPPA_SSB_SCENARIO },
  };
  JsonObject *role = get_object (dataset, "role");

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      JsonArray *ids = get_array (role, roles[i].role);

      for (guint j = 0; ids != NULL && j < json_array_get_length (ids); j++)
        if (g_strcmp0 (node_string (json_array_get_element (ids, j)), id) == 0)
          return roles[i].dimension;
    }
  return TRAPPA_SSB_UNKNOWN;
}

static gboolean
read_categories (JsonObject  *category,
                 Dimension   *d,
                 GError     **error)
{
  JsonNode *index = member (category, "index");
  JsonObject *labels = get_object (category, "label");

  d->codes = g_new0 (char *, d->size + 1);
  d->labels = g_new0 (char *, d->size + 1);
  if (index != NULL && JSON_NODE_HOLDS_ARRAY (index))
    {
      JsonArray *codes = json_node_get_array (index);

      for (guint i = 0; i < d->size && i < json_array_get_length (codes); i++)
        d->codes[i] = g_strdup (node_string (json_array_get_element (codes, i)));
    }
  else if (index != NULL && JSON_NODE_HOLDS_OBJECT (index))
    {
      JsonObject *positions = json_node_get_object (index);
      g_autoptr(GList) members = json_object_get_members (positions);

      for (GList *l = members; l != NULL; l = l->next)
        {
          gint64 at = node_int (json_object_get_member (positions, l->data));

          if (at >= 0 && at < d->size && d->codes[at] == NULL)
            d->codes[at] = g_strdup (l->data);
        }
    }
  else if (d->size == 1 && labels != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (labels);

      d->codes[0] = g_strdup (members != NULL ? members->data : "");
    }

  for (guint i = 0; i < d->size; i++)
    {
      if (d->codes[i] == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("dimension “%s” lacks category %u"), d->id, i);
          return fail (error, message);
        }
      const char *label = node_string (member (labels, d->codes[i]));

      d->labels[i] = g_strdup (label != NULL ? label : d->codes[i]);
    }
  return TRUE;
}

static gboolean
read_dimensions (JsonObject  *dataset,
                 GArray      *dims,
                 guint64     *n_cells,
                 GError     **error)
{
  JsonArray *ids = get_array (dataset, "id");
  JsonArray *sizes = get_array (dataset, "size");
  JsonObject *dimension = get_object (dataset, "dimension");

  if (json_array_get_length (ids) != json_array_get_length (sizes))
    return fail (error, _("“id” and “size” differ in length"));
  *n_cells = 1;
  for (guint i = 0; i < json_array_get_length (ids); i++)
    {
      Dimension d = { 0 };
      gint64 size = node_int (json_array_get_element (sizes, i));
      JsonObject *info, *category;

      d.id = g_strdup (node_string (json_array_get_element (ids, i)));
      g_array_append_val (dims, d);
      info = get_object (dimension, d.id);
      category = get_object (info, "category");
      if (category == NULL || size < 1 || size > MAX_CELLS || *n_cells * size > MAX_CELLS)
        return fail (error, _("a dimension has no categories or a wrong size"));
      *n_cells *= size;

      Dimension *stored = &g_array_index (dims, Dimension, i);
      stored->size = size;
      stored->dimension = trappa_ssb_classify (d.id);
      if (stored->dimension == TRAPPA_SSB_UNKNOWN)
        stored->dimension = role_of (dataset, d.id);
      if (stored->dimension == TRAPPA_SSB_UNKNOWN)
        stored->dimension = trappa_ssb_classify (node_string (member (info, "label")));
      if (!read_categories (category, stored, error))
        return FALSE;
      if (stored->dimension == TRAPPA_SSB_UNKNOWN && size > 1)
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                       _("unknown layout: the dimension “%s” is not understood"), stored->id);
          return FALSE;
        }
    }
  return TRUE;
}

/* The text the table reads for one value: JSON numbers and strings alike. */
static char *
value_text (JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");
  if (!JSON_NODE_HOLDS_VALUE (node))
    return g_strdup ("?");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.3f", json_node_get_double (node)));
  return g_strdup ("?");
}

static JsonNode *
value_at (JsonNode *values,
          guint64   i)
{
  if (JSON_NODE_HOLDS_ARRAY (values))
    {
      JsonArray *array = json_node_get_array (values);

      return i < json_array_get_length (array) ? json_array_get_element (array, i) : NULL;
    }
  else
    {
      g_autofree char *key = g_strdup_printf ("%" G_GUINT64_FORMAT, i);
      JsonObject *object = json_node_get_object (values);

      return json_object_has_member (object, key) ? json_object_get_member (object, key) : NULL;
    }
}

/* The category text a cell gives the table: the label, except for a year
 * and for a scenario whose code the label does not hold. */
static const char *
category_text (Dimension *d,
               guint      position)
{
  g_autofree char *in_label = NULL;

  if (d->dimension == TRAPPA_SSB_YEAR)
    return d->codes[position];
  if (d->dimension == TRAPPA_SSB_SCENARIO &&
      (in_label = trappa_ssb_scenario_code (d->labels[position])) == NULL)
    {
      g_autofree char *in_code = trappa_ssb_scenario_code (d->codes[position]);

      if (in_code != NULL)
        return d->codes[position];
    }
  return d->labels[position];
}

static gboolean
read_values (TrappaSsbTable  *table,
             GArray          *dims,
             guint64          n_cells,
             JsonNode        *values,
             GError         **error)
{
  g_autofree guint *position = g_new0 (guint, dims->len + 1);

  for (guint64 i = 0; i < n_cells; i++)
    {
      g_autofree char *text = value_text (value_at (values, i));
      g_autoptr(GString) where = g_string_new (NULL);
      g_autofree char *region = NULL;
      TrappaSsbCell cell = { .value = text };
      guint64 rest = i;

      for (guint d = dims->len; d-- > 0;)
        {
          Dimension *dim = &g_array_index (dims, Dimension, d);

          position[d] = rest % dim->size;
          rest /= dim->size;
        }
      g_string_printf (where, _("value %" PRIu64 " ("), i + 1);
      for (guint d = 0; d < dims->len; d++)
        {
          Dimension *dim = &g_array_index (dims, Dimension, d);
          const char *t = category_text (dim, position[d]);

          g_string_append_printf (where, "%s%s %s", d > 0 ? ", " : "", dim->id, dim->codes[position[d]]);
          switch (dim->dimension)
            {
            case TRAPPA_SSB_REGION:
              region = g_strdup_printf ("%s %s", dim->codes[position[d]], dim->labels[position[d]]);
              cell.region = region;
              break;
            case TRAPPA_SSB_SEX: cell.sex = t; break;
            case TRAPPA_SSB_AGE: cell.age = t; break;
            case TRAPPA_SSB_YEAR: cell.year = t; break;
            case TRAPPA_SSB_SCENARIO: cell.scenario = t; break;
            case TRAPPA_SSB_UNKNOWN:
            case TRAPPA_SSB_VALUE:
            default:
              break;
            }
        }
      g_string_append_c (where, ')');
      cell.where = where->str;
      if (cell.age == NULL || cell.year == NULL)
        {
          g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                               _("unknown layout: the dataset has no age or no year dimension"));
          return FALSE;
        }
      if (!trappa_ssb_table_add (table, &cell, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
trappa_ssb_jsonstat_read (TrappaSsbTable  *table,
                          const char      *text,
                          gsize            length,
                          GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GArray) dims = g_array_new (FALSE, TRUE, sizeof (Dimension));
  g_autoptr(GError) json_error = NULL;
  JsonNode *root;
  JsonObject *dataset;
  JsonNode *values;
  guint64 n_cells = 0;

  g_array_set_clear_func (dims, (GDestroyNotify) dimension_clear);
  if (!json_parser_load_from_data (parser, text, length, &json_error))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT, _("not valid JSON: %s"), json_error->message);
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, _("the top is not an object"));
  dataset = json_node_get_object (root);
  values = member (dataset, "value");
  if (g_strcmp0 (node_string (member (dataset, "version")), "2.0") != 0 ||
      get_array (dataset, "id") == NULL || get_array (dataset, "size") == NULL ||
      get_object (dataset, "dimension") == NULL || values == NULL ||
      !(JSON_NODE_HOLDS_ARRAY (values) || JSON_NODE_HOLDS_OBJECT (values)))
    return fail (error, _("it needs version 2.0, “id”, “size”, “dimension” and “value”"));

  if (!read_dimensions (dataset, dims, &n_cells, error))
    return FALSE;
  return read_values (table, dims, n_cells, values, error);
}
