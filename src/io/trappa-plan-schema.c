/* trappa-plan-schema.c: the plan file's RELAX NG schema, made from the model
 *
 * The schema is generated from the record kinds' property specs, so it
 * always says what the reader accepts: a record is an element named by its
 * tag, its base fields (id, example) are attributes, every other field is
 * an optional child element, every list a container element; children may
 * come in any order. Elements and attributes in other namespaces are
 * allowed on records and kept by the reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <glib/gi18n.h>
#include <libxml/relaxng.h>

#include "trappa-plan.h"
#include "trappa-plan-field.h"
#include "trappa-plan-file.h"
#include "trappa-plan-schema.h"

#define XINCLUDE_2001 "http://www.w3.org/2001/XInclude"
#define XINCLUDE_2003 "http://www.w3.org/2003/XInclude"

typedef struct
{
  GString  *out;
  guint     depth;
  gboolean  newer_minor;
} Schema;

static void
line (Schema     *schema,
      const char *text)
{
  g_string_append_printf (schema->out, "%*s%s\n", schema->depth * 2, "", text);
}

/* Opens an element on its own line; end() ends it. */
static void
begin (Schema     *schema,
       const char *text)
{
  line (schema, text);
  schema->depth++;
}

static void
end (Schema     *schema,
     const char *text)
{
  schema->depth--;
  line (schema, text);
}

static void
linef (Schema     *schema,
       const char *format,
       ...) G_GNUC_PRINTF (2, 3);

static void
linef (Schema     *schema,
       const char *format,
       ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  line (schema, text);
}

static void
write_value_pattern (Schema     *schema,
                     GParamSpec *pspec)
{
  const char * const *choices;
  GParamSpecInt64 *range;

  switch (trappa_field_kind (pspec))
    {
    case TRAPPA_FIELD_CHOICE:
      begin (schema, "<choice>");
      choices = trappa_param_spec_get_choices (pspec);
      for (guint i = 0; choices[i] != NULL; i++)
        linef (schema, "<value>%s</value>", choices[i]);
      end (schema, "</choice>");
      break;
    case TRAPPA_FIELD_REFERENCE:
      line (schema, "<ref name=\"id\"/>");
      break;
    case TRAPPA_FIELD_REFERENCES:
      begin (schema, "<list>");
      begin (schema, "<zeroOrMore>");
      line (schema, "<ref name=\"id\"/>");
      end (schema, "</zeroOrMore>");
      end (schema, "</list>");
      break;
    case TRAPPA_FIELD_NUMBER:
      range = G_PARAM_SPEC_INT64 (pspec);
      if (range->minimum == 0)
        begin (schema, "<data type=\"nonNegativeInteger\">");
      else
        {
          begin (schema, "<data type=\"integer\">");
          linef (schema, "<param name=\"minInclusive\">%" G_GINT64_FORMAT "</param>", range->minimum);
        }
      linef (schema, "<param name=\"maxInclusive\">%" G_GINT64_FORMAT "</param>", range->maximum);
      end (schema, "</data>");
      break;
    case TRAPPA_FIELD_FLAG:
      line (schema, "<data type=\"boolean\"/>");
      break;
    case TRAPPA_FIELD_DATE:
      /* xsd:date alone also takes time zones and signed years. */
      begin (schema, "<data type=\"date\">");
      line (schema, "<param name=\"pattern\">[0-9]{4}-[0-9]{2}-[0-9]{2}</param>");
      end (schema, "</data>");
      break;
    case TRAPPA_FIELD_YEAR_AMOUNTS:
      begin (schema, "<list>");
      begin (schema, "<zeroOrMore>");
      begin (schema, "<data type=\"token\">");
      line (schema, "<param name=\"pattern\">[0-9]{1,4}:[0-9]{1,13}</param>");
      end (schema, "</data>");
      end (schema, "</zeroOrMore>");
      end (schema, "</list>");
      break;
    case TRAPPA_FIELD_TEXT:
    default:
      line (schema, "<text/>");
    }
}

/* In a file from a newer minor version, elements of our own namespace
 * that this version does not know are allowed (and kept). */
static void
write_unknown_elements (Schema      *schema,
                        const char **known,
                        guint        n_known)
{
  if (!schema->newer_minor)
    return;
  begin (schema, "<zeroOrMore>");
  begin (schema, "<element>");
  begin (schema, "<nsName>");
  begin (schema, "<except>");
  for (guint i = 0; i < n_known; i++)
    linef (schema, "<name>%s</name>", known[i]);
  end (schema, "</except>");
  end (schema, "</nsName>");
  line (schema, "<ref name=\"anything\"/>");
  end (schema, "</element>");
  end (schema, "</zeroOrMore>");
}

static void
write_list_pattern (Schema                   *schema,
                    const TrappaItemListInfo *info)
{
  const char *tag = trappa_item_class_get_tag (g_type_class_peek (info->item_type));

  begin (schema, "<optional>");
  linef (schema, "<element name=\"%s\">", info->name);
  schema->depth++;
  begin (schema, "<interleave>");
  begin (schema, "<zeroOrMore>");
  linef (schema, "<element name=\"%s\">", tag);
  schema->depth++;
  begin (schema, "<attribute name=\"id\">");
  line (schema, "<ref name=\"id\"/>");
  end (schema, "</attribute>");
  linef (schema, "<ref name=\"%s\"/>", tag);
  end (schema, "</element>");
  end (schema, "</zeroOrMore>");
  line (schema, "<ref name=\"foreign-elements\"/>");
  write_unknown_elements (schema, &tag, 1);
  end (schema, "</interleave>");
  end (schema, "</element>");
  end (schema, "</optional>");
}

static void
write_record_define (Schema *schema,
                     GType   type)
{
  TrappaItemClass *klass = g_type_class_peek (type);
  guint n_base, n_props, n_lists;
  GParamSpec **base = trappa_item_get_base_props (&n_base);
  GParamSpec **props = trappa_item_class_get_props (klass, &n_props);
  const TrappaItemListInfo *lists = trappa_item_class_get_lists (klass, &n_lists);
  g_autofree const char **known = g_new0 (const char *, n_props + n_lists);

  g_string_append_c (schema->out, '\n');
  linef (schema, "<define name=\"%s\">", trappa_item_class_get_tag (klass));
  schema->depth++;

  /* "id" is placed by whoever holds the record: required in a list,
   * optional on the root. */
  for (guint i = 0; i < n_base; i++)
    {
      if (g_str_equal (base[i]->name, "id"))
        continue;
      begin (schema, "<optional>");
      linef (schema, "<attribute name=\"%s\">", base[i]->name);
      schema->depth++;
      write_value_pattern (schema, base[i]);
      end (schema, "</attribute>");
      end (schema, "</optional>");
    }
  line (schema, "<ref name=\"foreign-attributes\"/>");

  begin (schema, "<interleave>");
  for (guint i = 0; i < n_props; i++)
    {
      known[i] = props[i]->name;
      begin (schema, "<optional>");
      linef (schema, "<element name=\"%s\">", props[i]->name);
      schema->depth++;
      write_value_pattern (schema, props[i]);
      end (schema, "</element>");
      end (schema, "</optional>");
    }
  for (guint i = 0; i < n_lists; i++)
    {
      known[n_props + i] = lists[i].name;
      write_list_pattern (schema, &lists[i]);
    }
  line (schema, "<ref name=\"foreign-elements\"/>");
  write_unknown_elements (schema, known, n_props + n_lists);
  end (schema, "</interleave>");
  end (schema, "</define>");
}

static void
write_root (Schema *schema)
{
  const char *tag = trappa_item_class_get_tag (g_type_class_peek (TRAPPA_TYPE_PLAN));

  begin (schema, "<start>");
  linef (schema, "<element name=\"%s\">", tag);
  schema->depth++;
  begin (schema, "<attribute name=\"format-version\">");
  begin (schema, "<data type=\"token\">");
  linef (schema, "<param name=\"pattern\">%d\\.[0-9]+</param>", TRAPPA_PLAN_FORMAT_MAJOR);
  end (schema, "</data>");
  end (schema, "</attribute>");
  begin (schema, "<optional>");
  begin (schema, "<attribute name=\"id\">");
  line (schema, "<ref name=\"id\"/>");
  end (schema, "</attribute>");
  end (schema, "</optional>");
  linef (schema, "<ref name=\"%s\"/>", tag);
  end (schema, "</element>");
  end (schema, "</start>");
}

static void
write_common_defines (Schema *schema)
{
  g_string_append_printf (schema->out,
    "\n"
    "  <define name=\"id\">\n"
    "    <data type=\"NCName\">\n"
    "      <param name=\"maxLength\">%d</param>\n"
    "      <param name=\"pattern\">%s</param>\n"
    "    </data>\n"
    "  </define>\n", TRAPPA_MAX_ID_LENGTH, TRAPPA_FIELD_ID_PATTERN);
  g_string_append (schema->out,
    "\n"
    "  <!-- Attributes in other namespaces are kept on a round trip. -->\n"
    "  <define name=\"foreign-attributes\">\n"
    "    <zeroOrMore>\n"
    "      <attribute>\n"
    "        <anyName>\n"
    "          <except>\n"
    "            <nsName/>\n");
  if (schema->newer_minor)
    g_string_append (schema->out,
      "            <name ns=\"\">id</name>\n"
      "            <name ns=\"\">example</name>\n"
      "            <name ns=\"\">format-version</name>\n");
  else
    g_string_append (schema->out,
      "            <nsName ns=\"\"/>\n");
  g_string_append (schema->out,
    "          </except>\n"
    "        </anyName>\n"
    "      </attribute>\n"
    "    </zeroOrMore>\n"
    "  </define>\n"
    "\n"
    "  <!-- Elements in other namespaces are kept on a round trip;\n"
    "       XInclude is refused. -->\n"
    "  <define name=\"foreign-elements\">\n"
    "    <zeroOrMore>\n"
    "      <element>\n"
    "        <anyName>\n"
    "          <except>\n"
    "            <nsName/>\n"
    "            <nsName ns=\"" XINCLUDE_2001 "\"/>\n"
    "            <nsName ns=\"" XINCLUDE_2003 "\"/>\n"
    "          </except>\n"
    "        </anyName>\n"
    "        <ref name=\"anything\"/>\n"
    "      </element>\n"
    "    </zeroOrMore>\n"
    "  </define>\n"
    "\n"
    "  <define name=\"anything\">\n"
    "    <zeroOrMore>\n"
    "      <choice>\n"
    "        <element>\n"
    "          <anyName/>\n"
    "          <ref name=\"anything\"/>\n"
    "        </element>\n"
    "        <attribute>\n"
    "          <anyName/>\n"
    "        </attribute>\n"
    "        <text/>\n"
    "      </choice>\n"
    "    </zeroOrMore>\n"
    "  </define>\n");
}

/* Every record kind reachable from the plan, each once, in the order the
 * plan's lists name them. */
static GArray *
collect_types (void)
{
  GArray *types = g_array_new (FALSE, FALSE, sizeof (GType));
  GType plan_type = TRAPPA_TYPE_PLAN;

  g_type_class_unref (g_type_class_ref (plan_type));
  g_array_append_val (types, plan_type);
  for (guint i = 0; i < types->len; i++)
    {
      guint n_lists;
      const TrappaItemListInfo *lists =
        trappa_item_class_get_lists (g_type_class_peek (g_array_index (types, GType, i)), &n_lists);

      for (guint j = 0; j < n_lists; j++)
        {
          gboolean seen = FALSE;

          for (guint k = 0; k < types->len && !seen; k++)
            seen = g_array_index (types, GType, k) == lists[j].item_type;
          if (!seen)
            g_array_append_val (types, lists[j].item_type);
        }
    }
  return types;
}

static char *
generate (gboolean newer_minor)
{
  Schema schema = { g_string_new (NULL), 1, newer_minor };
  g_autoptr(GArray) types = collect_types ();

  g_string_append_printf (schema.out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!-- The Trappa plan file, format %d.%d (see docs/file-format.md).\n"
    "     Generated from the model by trappa_plan_schema_generate(): do not edit.\n"
    "     After changing a record kind, run: ninja -C BUILDDIR update-schema -->\n"
    "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"\n"
    "         ns=\"%s\"\n"
    "         datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\">\n",
    TRAPPA_PLAN_FORMAT_MAJOR, TRAPPA_PLAN_FORMAT_MINOR, TRAPPA_PLAN_NAMESPACE);

  write_root (&schema);
  for (guint i = 0; i < types->len; i++)
    write_record_define (&schema, g_array_index (types, GType, i));
  write_common_defines (&schema);
  g_string_append (schema.out, "</grammar>\n");
  return g_string_free (schema.out, FALSE);
}

char *
trappa_plan_schema_generate (void)
{
  return generate (FALSE);
}

/* Compiled once per kind (strict, newer minor) and kept for the process:
 * every file opened is validated against it. */
static xmlRelaxNG *
get_schema (gboolean         newer_minor,
            TrappaXmlReport *report)
{
  static xmlRelaxNG *schemas[2];
  static GMutex lock;
  xmlRelaxNG *schema;

  g_mutex_lock (&lock);
  if (schemas[newer_minor] == NULL)
    {
      g_autofree char *text = generate (newer_minor);
      xmlRelaxNGParserCtxt *parser = xmlRelaxNGNewMemParserCtxt (text, (int) strlen (text));

      xmlRelaxNGSetParserStructuredErrors (parser, trappa_xml_report_on_libxml, report);
      schemas[newer_minor] = xmlRelaxNGParse (parser);
      xmlRelaxNGFreeParserCtxt (parser);
    }
  schema = schemas[newer_minor];
  g_mutex_unlock (&lock);
  return schema;
}

gboolean
trappa_plan_schema_validate (xmlDoc          *doc,
                             gboolean         newer_minor,
                             TrappaXmlReport *report)
{
  xmlRelaxNG *schema;
  xmlRelaxNGValidCtxt *context;
  int result;

  trappa_xml_report_capture (report, TRAPPA_ERROR_SCHEMA);
  schema = get_schema (newer_minor, report);
  if (schema == NULL)
    {
      /* Only a fault in the generator can get here; the tests catch it. */
      g_critical ("The generated plan schema does not compile");
      trappa_xml_report_release (report);
      trappa_xml_report_add (report, 0, TRAPPA_ERROR_SCHEMA, "%s", _("The plan schema is broken"));
      return FALSE;
    }

  context = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (context, trappa_xml_report_on_libxml, report);
  result = xmlRelaxNGValidateDoc (context, doc);
  xmlRelaxNGFreeValidCtxt (context);
  trappa_xml_report_release (report);

  if (result != 0 && trappa_xml_report_is_empty (report))
    trappa_xml_report_add (report, 0, TRAPPA_ERROR_SCHEMA, "%s",
                           _("The file does not follow the plan file schema"));
  return result == 0;
}
