/* test-reader-schema.c: the reader refuses every file the schema refuses
 *
 * Files are not validated against data/trappa-plan.rng when opened (see
 * trappa-plan-reader.c): the reader's own checks must be at least as
 * strict. Every field and attribute of one record of each kind in Alver
 * (added where Alver leaves it out) gets each of a set of awkward values,
 * and the hostile corpus is read too; whatever the schema refuses, the
 * reader must refuse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "trappa-plan-field.h"
#include "trappa-plan-file.h"
#include "trappa-plan-schema.h"

/* Around each datatype's edges: signs, spaces, leading zeros, exponents,
 * out of range, other spellings, impossible dates, odd lists. Text fields
 * are any text to the schema, so they are not tried. */
static const char * const *
values_for (GParamSpec *pspec)
{
  static const char * const number[] = { "", " 5 ", "+5", "007", "-1", "1.5", "1e3", "0x10",
                                         "99999999999999999999", NULL };
  static const char * const flag[] = { "", "1", "0", "yes", " true ", "TRUE", NULL };
  static const char * const date[] = { " ", "2025-02-30", "2025-13-01", "2025-1-1", "25-01-01",
                                       "2025-01-01Z", "-2025-01-01", "12025-01-01", NULL };
  static const char * const id[] = { "", " ", "1step", "Step-1", "a b", "step-1 ", "ø", NULL };
  static const char * const ids[] = { " ", "1step", "a  b", "ø", NULL };
  static const char * const amounts[] = { "2025:1", "2025:-1", "12345:1", " 2025:1 ", "2025:1,2026:2",
                                          "2025:", ":1", "2025:1.5", NULL };
  static const char * const choice[] = { "", " nn ", "NN", "x", NULL };

  switch (trappa_field_kind (pspec))
    {
    case TRAPPA_FIELD_NUMBER:       return number;
    case TRAPPA_FIELD_FLAG:         return flag;
    case TRAPPA_FIELD_DATE:         return date;
    case TRAPPA_FIELD_REFERENCE:    return id;
    case TRAPPA_FIELD_REFERENCES:   return ids;
    case TRAPPA_FIELD_YEAR_AMOUNTS: return amounts;
    case TRAPPA_FIELD_CHOICE:       return choice;
    case TRAPPA_FIELD_TEXT:
    default:                        return NULL;
    }
}

/* An id itself: as a reference, and unique. */
static const char * const values_for_id[] = { "", "1step", "Step-1", "a b", "ø", "plan-alver", NULL };

static void
quiet (void        *data,
       xmlErrorPtr  error)
{
}

static gboolean
schema_accepts (const char *data,
                int         size)
{
  g_autoptr(TrappaXmlReport) report = trappa_xml_report_new ("mutated.trappa");
  xmlDoc *doc = xmlReadMemory (data, size, NULL, NULL, XML_PARSE_NONET);
  gboolean valid;

  if (doc == NULL)
    return FALSE;
  valid = trappa_plan_schema_validate (doc, FALSE, report);
  xmlFreeDoc (doc);
  return valid;
}

static gboolean
reader_accepts (const char *data,
                int         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = trappa_plan_file_parse (bytes, "mutated.trappa", NULL, &error);

  return plan != NULL;
}

/* Notes in @escaped what the schema refuses and the reader took. */
static void
compare (xmlDoc     *doc,
         const char *what,
         GString    *escaped,
         guint      *n_tried)
{
  xmlChar *data = NULL;
  int size = 0;

  xmlDocDumpMemoryEnc (doc, &data, &size, "UTF-8");
  if (reader_accepts ((const char *) data, size) && !schema_accepts ((const char *) data, size))
    g_string_append_printf (escaped, "\n  %s", what);
  (*n_tried)++;
  xmlFree (data);
}

static xmlNode *
find_child (xmlNode    *node,
            const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && g_str_equal ((const char *) child->name, name))
      return child;
  return NULL;
}

/* Each field of @node's kind, then its id and example, takes each value. */
static void
mutate_record (xmlDoc  *doc,
               xmlNode *node,
               GType    type,
               GString *escaped,
               guint   *n_tried)
{
  TrappaItemClass *klass = g_type_class_ref (type);
  guint n_props, n_base;
  GParamSpec **props = trappa_item_class_get_props (klass, &n_props);
  GParamSpec **base = trappa_item_get_base_props (&n_base);

  for (guint i = 0; i < n_props; i++)
    {
      const char * const *values = values_for (props[i]);
      xmlNode *field = find_child (node, props[i]->name);
      gboolean added = field == NULL;
      xmlChar *saved;

      if (values == NULL)
        continue;
      if (added)
        field = xmlNewChild (node, node->ns, (const xmlChar *) props[i]->name, NULL);
      saved = xmlNodeGetContent (field);
      for (guint v = 0; values[v] != NULL; v++)
        {
          g_autofree char *what = g_strdup_printf ("%s/%s = “%s”", (const char *) node->name,
                                                   props[i]->name, values[v]);

          xmlNodeSetContent (field, (const xmlChar *) values[v]);
          compare (doc, what, escaped, n_tried);
        }
      if (added)
        {
          xmlUnlinkNode (field);
          xmlFreeNode (field);
        }
      else
        xmlNodeSetContent (field, saved);
      xmlFree (saved);
    }

  for (guint i = 0; i < n_base; i++)
    {
      const char * const *values = g_str_equal (base[i]->name, "id") ? values_for_id : values_for (base[i]);
      const xmlChar *name = (const xmlChar *) base[i]->name;
      xmlChar *saved;

      if (values == NULL)
        continue;
      saved = xmlGetNoNsProp (node, name);
      for (guint v = 0; values[v] != NULL; v++)
        {
          g_autofree char *what = g_strdup_printf ("%s@%s = “%s”", (const char *) node->name,
                                                   base[i]->name, values[v]);

          xmlSetProp (node, name, (const xmlChar *) values[v]);
          compare (doc, what, escaped, n_tried);
        }
      if (saved != NULL)
        xmlSetProp (node, name, saved);
      else
        xmlUnsetProp (node, name);
      xmlFree (saved);
    }
  g_type_class_unref (klass);
}

/* The first record of each kind under @node. */
static void
mutate_kinds (xmlDoc     *doc,
              xmlNode    *node,
              GHashTable *done,
              GString    *escaped,
              guint      *n_tried)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      GType type;

      /* A record has an id; a field, even one named like a kind, has no
       * attributes. */
      if (child->type != XML_ELEMENT_NODE || xmlHasProp (child, (const xmlChar *) "id") == NULL)
        continue;
      type = trappa_item_type_from_tag ((const char *) child->name);
      if (type != G_TYPE_INVALID && !g_hash_table_contains (done, child->name))
        {
          g_hash_table_add (done, (gpointer) child->name);
          mutate_record (doc, child, type, escaped, n_tried);
        }
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      mutate_kinds (doc, child, done, escaped, n_tried);
}

static void
test_alver_mutations (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) escaped = g_string_new (NULL);
  /* Makes every record kind known by its tag. */
  g_autofree char *schema = trappa_plan_schema_generate ();
  g_autofree char *data = NULL;
  gsize size;
  xmlDoc *doc;
  guint n_tried = 0;

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  doc = xmlReadMemory (data, (int) size, NULL, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  mutate_kinds (doc, xmlDocGetRootElement (doc), done, escaped, &n_tried);
  mutate_record (doc, xmlDocGetRootElement (doc), TRAPPA_TYPE_PLAN, escaped, &n_tried);
  xmlFreeDoc (doc);

  g_test_message ("%u files from %u record kinds", n_tried, g_hash_table_size (done) + 1);
  g_assert_cmpuint (g_hash_table_size (done), >=, 10);
  if (escaped->len > 0)
    g_error ("The schema refuses, the reader took:%s", escaped->str);
}

static void
test_hostile_corpus (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "io", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GString) escaped = g_string_new (NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *data = NULL;
      gsize size;

      g_assert_true (g_file_get_contents (path, &data, &size, NULL));
      n++;
      if (reader_accepts (data, (int) size) && !schema_accepts (data, (int) size))
        g_string_append_printf (escaped, "\n  %s", name);
    }
  g_assert_cmpuint (n, >=, 60);
  if (escaped->len > 0)
    g_error ("The schema refuses, the reader took:%s", escaped->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();
  /* The schema's and libxml2's own messages are not what is tested. */
  xmlSetStructuredErrorFunc (NULL, quiet);
  g_test_add_func ("/trappa/io/reader-schema/alver-mutations", test_alver_mutations);
  g_test_add_func ("/trappa/io/reader-schema/hostile-corpus", test_hostile_corpus);
  return g_test_run ();
}
