/* trappa-plan-reader.c: a plan from the bytes of a plan file someone sent
 *
 * Every file is untrusted. The checks run in this order, each stopping at
 * the first stage with problems: the bytes (size, UTF-8, binary), the XML
 * (well-formed, no DOCTYPE, so no DTD and no entities; nothing loaded from
 * outside), the root (name, namespace, version), XInclude, then the records
 * (values within the model's limits, ids unique, references to records of
 * the right kind), then the schema.
 *
 * Like the writer, the reader knows no record kind: it follows the model's
 * property specs and lists, so new kinds load with no change here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <inttypes.h> /* PRId64 in _() strings: gettext knows it, not G_GINT64_FORMAT */
#include <string.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include "trappa-plan-field.h"
#include "trappa-plan-file.h"
#include "trappa-plan-foreign.h"
#include "trappa-typed-need.h"
#include "trappa-plan-reader.h"
#include "trappa-plan-schema.h"
#include "trappa-xml-report.h"

#define NAMESPACE_STEM    "https://trappa.no/ns/plan/"
#define XINCLUDE_2001     "http://www.w3.org/2001/XInclude"
#define XINCLUDE_2003     "http://www.w3.org/2003/XInclude"
#define MINOR_KEY         "trappa-plan-file-minor"
#define BINARY_PROBE      8192

typedef struct
{
  guint       line;
  TrappaItem *item;
} IdEntry;

typedef struct
{
  TrappaItem *item;
  GParamSpec *pspec;
  guint       line;
} Reference;

typedef struct
{
  TrappaXmlReport *report;
  GHashTable      *ids;          /* id → IdEntry */
  GArray          *references;   /* Reference, resolved after all records */
  guint            doctype_line; /* non-zero once a DOCTYPE was seen */
  guint            minor;
} Reader;

static gboolean
is_ours (xmlNode *node)
{
  return node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, TRAPPA_PLAN_NAMESPACE) == 0;
}

static gboolean
has_name (xmlNode    *node,
          const char *name)
{
  return is_ours (node) && g_strcmp0 ((const char *) node->name, name) == 0;
}

static guint
line_of (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint) line : 0;
}

/* ---- the bytes ---------------------------------------------------------- */

static guint
line_at (const char *data,
         const char *end)
{
  guint line = 1;

  for (const char *p = data; p < end; p++)
    if (*p == '\n')
      line++;
  return line;
}

static gboolean
check_bytes (Reader     *reader,
             const char *data,
             gsize       size)
{
  const char *end = NULL;
  gsize i;

  if (size > TRAPPA_PLAN_MAX_BYTES)
    {
      g_autofree char *message = trappa_plan_reader_describe_too_large (size);

      trappa_xml_report_add (reader->report, 0, TRAPPA_ERROR_TOO_LARGE, "%s", message);
      return FALSE;
    }

  for (i = 0; i < size && g_ascii_isspace (data[i]); i++)
    ;
  if (i == size)
    {
      trappa_xml_report_add (reader->report, 0, TRAPPA_ERROR_EMPTY, "%s", _("The file is empty"));
      return FALSE;
    }

  if (size >= 2 && ((guchar) data[0] == 0xff || (guchar) data[0] == 0xfe) &&
      ((guchar) data[1] == 0xff || (guchar) data[1] == 0xfe) && data[0] != data[1])
    {
      trappa_xml_report_add (reader->report, 1, TRAPPA_ERROR_ENCODING, "%s",
                             _("The file is UTF-16 text; plan files are UTF-8"));
      return FALSE;
    }

  /* As git and grep decide: a NUL byte near the start means binary (an
   * image, a spreadsheet, a zip), which deserves its own message. */
  end = memchr (data, '\0', MIN (size, BINARY_PROBE));
  if (end != NULL)
    {
      trappa_xml_report_add (reader->report, line_at (data, end), TRAPPA_ERROR_ENCODING, "%s",
                             _("The file holds binary data, not a plan"));
      return FALSE;
    }
  if (!g_utf8_validate (data, size, &end))
    {
      trappa_xml_report_add (reader->report, line_at (data, end), TRAPPA_ERROR_ENCODING, "%s",
                             _("The file is not valid UTF-8 text"));
      return FALSE;
    }
  return TRUE;
}

/* ---- the XML ------------------------------------------------------------ */

/* A plan file needs no DOCTYPE, and refusing it before its internal subset
 * is read means no entity is ever declared, let alone expanded. */
static void
refuse_doctype (void          *data,
                const xmlChar *name,
                const xmlChar *external_id,
                const xmlChar *system_id)
{
  xmlParserCtxt *context = data;
  Reader *reader = context->_private;

  reader->doctype_line = (guint) MAX (1, xmlSAX2GetLineNumber (context));
  xmlStopParser (context);
}

static void
on_parse_error (void        *data,
                xmlErrorPtr  error)
{
  xmlParserCtxt *context = data;
  Reader *reader = context->_private;

  trappa_xml_report_on_libxml (reader->report, error);
}

static xmlDoc *
parse_xml (Reader     *reader,
           const char *data,
           gsize       size)
{
  xmlParserCtxt *context = xmlNewParserCtxt ();
  xmlDoc *doc;

  if (context == NULL)
    {
      trappa_xml_report_add (reader->report, 0, TRAPPA_ERROR_TOO_LARGE, "%s",
                             _("Out of memory while reading the file"));
      return NULL;
    }

  context->_private = reader;
  context->sax->internalSubset = refuse_doctype;
  context->sax->serror = on_parse_error;

  /* Errors raised outside the context go to the report too. */
  trappa_xml_report_capture (reader->report, TRAPPA_ERROR_MALFORMED);
  /* No encoding is forced: the bytes are known to be UTF-8, and forcing
   * it makes libxml2 2.9 convert the input in a way that trips its 10 MB
   * lookup limit on large files. A declaration of any other encoding is
   * refused below. */
  doc = xmlCtxtReadMemory (context, data, (int) size, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_BIG_LINES);
  trappa_xml_report_release (reader->report);

  if (reader->doctype_line > 0)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      trappa_xml_report_add (reader->report, reader->doctype_line, TRAPPA_ERROR_UNSAFE, "%s",
                             _("A plan file must not have a DOCTYPE (DTDs and entities are refused)"));
    }
  else if (doc != NULL && doc->encoding != NULL &&
           g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0 &&
           g_ascii_strcasecmp ((const char *) doc->encoding, "UTF8") != 0)
    {
      trappa_xml_report_add (reader->report, 1, TRAPPA_ERROR_ENCODING,
                             _("The file declares the encoding “%s”; plan files are UTF-8"),
                             (const char *) doc->encoding);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc == NULL && trappa_xml_report_is_empty (reader->report))
    trappa_xml_report_add (reader->report, 0, TRAPPA_ERROR_MALFORMED, "%s",
                           _("The file is not well-formed XML"));
  xmlFreeParserCtxt (context);
  return doc;
}

/* ---- the root ----------------------------------------------------------- */

static gboolean
parse_version (const char *text,
               guint64    *major,
               guint64    *minor)
{
  g_auto(GStrv) parts = g_strsplit (text, ".", -1);

  return g_strv_length (parts) == 2 &&
         g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXUINT, major, NULL) &&
         g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, minor, NULL);
}

static gboolean
check_root (Reader  *reader,
            xmlNode *root)
{
  const char *href = root->ns != NULL ? (const char *) root->ns->href : NULL;
  xmlChar *version;
  gboolean valid;
  guint64 major = 0, minor = 0, ns_major = 0;

  /* A later major version gets a namespace of its own. */
  if (g_strcmp0 ((const char *) root->name, "plan") == 0 && href != NULL &&
      g_str_has_prefix (href, NAMESPACE_STEM) &&
      g_ascii_string_to_unsigned (href + strlen (NAMESPACE_STEM), 10, 0, G_MAXUINT, &ns_major, NULL) &&
      ns_major > TRAPPA_PLAN_FORMAT_MAJOR)
    {
      trappa_xml_report_add (reader->report, line_of (root), TRAPPA_ERROR_NEWER_VERSION,
                             _("The plan was saved in format %" PRIu64
                               ", newer than this version of Trappa reads (%d); update Trappa to open it"),
                             ns_major, TRAPPA_PLAN_FORMAT_MAJOR);
      return FALSE;
    }

  if (!has_name (root, "plan"))
    {
      trappa_xml_report_add (reader->report, line_of (root), TRAPPA_ERROR_NOT_A_PLAN,
                             _("This is not a Trappa plan: the root element is “%s” in namespace “%s”, "
                               "not “plan” in “%s”"),
                             (const char *) root->name, href != NULL ? href : "",
                             TRAPPA_PLAN_NAMESPACE);
      return FALSE;
    }

  version = xmlGetNoNsProp (root, (const xmlChar *) "format-version");
  valid = version != NULL && parse_version ((const char *) version, &major, &minor);
  xmlFree (version);
  if (!valid)
    {
      trappa_xml_report_add (reader->report, line_of (root), TRAPPA_ERROR_NOT_A_PLAN, "%s",
                             _("The plan has no valid format version (format-version=\"1.0\")"));
      return FALSE;
    }
  if (major != TRAPPA_PLAN_FORMAT_MAJOR)
    {
      trappa_xml_report_add (reader->report, line_of (root),
                             major > TRAPPA_PLAN_FORMAT_MAJOR ? TRAPPA_ERROR_NEWER_VERSION : TRAPPA_ERROR_NOT_A_PLAN,
                             _("The plan is in format %" PRIu64 ".%" PRIu64
                               "; this version of Trappa reads format %d.x"),
                             major, minor, TRAPPA_PLAN_FORMAT_MAJOR);
      return FALSE;
    }
  reader->minor = (guint) minor;
  return TRUE;
}

/* XInclude elements would be kept as foreign content, never processed;
 * refusing them says plainly that the file tries to pull in others. */
static gboolean
check_no_xinclude (Reader  *reader,
                   xmlNode *node)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      const char *href;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      href = child->ns != NULL ? (const char *) child->ns->href : "";
      if (g_str_equal (href, XINCLUDE_2001) || g_str_equal (href, XINCLUDE_2003))
        {
          trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_UNSAFE, "%s",
                                 _("XInclude is not allowed in a plan file"));
          return FALSE;
        }
      if (!check_no_xinclude (reader, child->children))
        return FALSE;
    }
  return TRUE;
}

/* ---- the records -------------------------------------------------------- */

static TrappaItem *read_item (Reader  *reader,
                              xmlNode *node,
                              GType    type);

static void
keep_foreign (TrappaItem *item,
              char       *entry)
{
  g_ptr_array_add (trappa_item_get_foreign (item), entry);
}

static gboolean
read_value (Reader      *reader,
            TrappaItem  *item,
            GParamSpec  *pspec,
            const char  *text,
            guint        line)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *problem = NULL;

  if (!trappa_field_from_text (pspec, text, &value, &problem))
    {
      trappa_xml_report_add (reader->report, line, TRAPPA_ERROR_INVALID_VALUE, "%s", problem);
      return FALSE;
    }
  g_object_set_property (G_OBJECT (item), pspec->name, &value);
  return TRUE;
}

static void
read_field (Reader     *reader,
            xmlNode    *node,
            TrappaItem *item,
            GParamSpec *pspec)
{
  xmlChar *text = xmlNodeGetContent (node);

  if (read_value (reader, item, pspec, text != NULL ? (const char *) text : "", line_of (node)) &&
      trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID)
    {
      Reference reference = { item, pspec, line_of (node) };

      g_array_append_val (reader->references, reference);
    }
  xmlFree (text);
}

static void
read_id (Reader     *reader,
         xmlNode    *node,
         TrappaItem *item,
         const char *id)
{
  IdEntry *seen;

  if (xmlValidateNCName ((const xmlChar *) id, 0) != 0)
    {
      trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_INVALID_VALUE,
                             _("“%s” is not a valid id (a letter or “_” first, then letters, digits, “-”, “_” or “.”)"),
                             id);
      return;
    }

  seen = g_hash_table_lookup (reader->ids, id);
  if (seen != NULL)
    {
      trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_DUPLICATE_ID,
                             _("The id “%s” is used twice (first on line %u)"), id, seen->line);
      return;
    }

  seen = g_new (IdEntry, 1);
  seen->line = line_of (node);
  seen->item = item;
  g_hash_table_insert (reader->ids, g_strdup (id), seen);
  g_object_set (item, "id", id, NULL);
}

static void
read_attributes (Reader     *reader,
                 xmlNode    *node,
                 TrappaItem *item)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      xmlChar *text;
      GParamSpec *pspec = NULL;
      guint n_base;
      GParamSpec **base = trappa_item_get_base_props (&n_base);

      if (attr->ns == NULL && node->parent->type == XML_DOCUMENT_NODE &&
          g_str_equal (name, "format-version"))
        continue;

      for (guint i = 0; i < n_base && attr->ns == NULL; i++)
        if (g_str_equal (base[i]->name, name))
          pspec = base[i];
      if (pspec == NULL)
        {
          keep_foreign (item, trappa_foreign_from_attribute (attr));
          continue;
        }

      text = xmlNodeGetContent ((xmlNode *) attr);
      if (g_str_equal (name, "id"))
        read_id (reader, node, item, (const char *) text);
      else
        read_value (reader, item, pspec, (const char *) text, line_of (node));
      xmlFree (text);
    }
}

static void
read_list (Reader                   *reader,
           xmlNode                  *node,
           TrappaItem               *item,
           const TrappaItemListInfo *info)
{
  GListStore *store = trappa_item_get_list (item, info->name);
  const char *tag = trappa_item_class_get_tag (g_type_class_peek (info->item_type));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (has_name (child, tag))
        {
          g_autoptr(TrappaItem) member = read_item (reader, child, info->item_type);

          /* The schema says so too, but without a line. */
          if (trappa_item_get_id (member)[0] == '\0' && xmlHasProp (child, (const xmlChar *) "id") == NULL)
            trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_INVALID_VALUE,
                                   _("A %s needs an id"), tag);
          g_list_store_append (store, member);
        }
      else
        /* Kept with the record that owns the list, so nothing is lost;
         * the schema decides whether it may be there at all. */
        keep_foreign (item, trappa_foreign_from_element (child));
    }
}

static TrappaItem *
read_item (Reader  *reader,
           xmlNode *node,
           GType    type)
{
  TrappaItem *item = g_object_new (type, NULL);
  TrappaItemClass *klass = TRAPPA_ITEM_GET_CLASS (item);
  guint n_props, n_lists;
  GParamSpec **props = trappa_item_class_get_props (klass, &n_props);
  const TrappaItemListInfo *lists = trappa_item_class_get_lists (klass, &n_lists);

  g_autofree gboolean *seen = g_new0 (gboolean, n_props + n_lists);

  read_attributes (reader, node, item);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      guint known = n_props + n_lists;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      for (guint i = 0; i < n_props + n_lists && known == n_props + n_lists; i++)
        if (has_name (child, i < n_props ? props[i]->name : lists[i - n_props].name))
          known = i;

      if (known == n_props + n_lists)
        keep_foreign (item, trappa_foreign_from_element (child));
      else if (seen[known])
        trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_SCHEMA,
                               _("“%s” is given twice in one %s"),
                               (const char *) child->name, trappa_item_class_get_tag (klass));
      else if (known < n_props)
        read_field (reader, child, item, props[known]);
      else
        read_list (reader, child, item, &lists[known - n_props]);
      if (known < n_props + n_lists)
        seen[known] = TRUE;
    }
  return item;
}

static void
check_reference (Reader     *reader,
                 Reference  *reference,
                 const char *id)
{
  GType wanted = trappa_param_spec_get_reference_type (reference->pspec);
  IdEntry *target;

  if (id[0] == '\0')
    return;

  target = g_hash_table_lookup (reader->ids, id);
  if (target == NULL)
    trappa_xml_report_add (reader->report, reference->line, TRAPPA_ERROR_DANGLING_REFERENCE,
                           _("“%s” refers to “%s”, which is not in the plan"),
                           reference->pspec->name, id);
  else if (!G_TYPE_CHECK_INSTANCE_TYPE (target->item, wanted))
    trappa_xml_report_add (reader->report, reference->line, TRAPPA_ERROR_DANGLING_REFERENCE,
                           _("“%s” refers to “%s”, which is a %s, not a %s"),
                           reference->pspec->name, id,
                           trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (target->item)),
                           trappa_item_class_get_tag (g_type_class_peek (wanted)));
}

/* References are checked once every record is read: they may point
 * forward in the file. */
static void
check_references (Reader *reader)
{
  for (guint i = 0; i < reader->references->len; i++)
    {
      Reference *reference = &g_array_index (reader->references, Reference, i);
      const GValue *value = trappa_item_peek_value (reference->item, reference->pspec);

      if (G_VALUE_HOLDS_STRING (value))
        check_reference (reader, reference, g_value_get_string (value));
      else
        for (const char * const *id = trappa_item_get_strv (reference->item, reference->pspec->name);
             *id != NULL; id++)
          check_reference (reader, reference, *id);
    }
}

/* ---- the whole ---------------------------------------------------------- */

static TrappaPlan *
read_plan (Reader     *reader,
           const char *data,
           gsize       size)
{
  g_autoptr(TrappaPlan) plan = NULL;
  xmlDoc *doc;
  xmlNode *root;

  if (!check_bytes (reader, data, size))
    return NULL;
  doc = parse_xml (reader, data, size);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (check_root (reader, root) && check_no_xinclude (reader, root))
    {
      plan = TRAPPA_PLAN (read_item (reader, root, TRAPPA_TYPE_PLAN));
      check_references (reader);
      if (trappa_xml_report_is_empty (reader->report))
        trappa_plan_schema_validate (doc, reader->minor > TRAPPA_PLAN_FORMAT_MINOR, reader->report);
    }
  xmlFreeDoc (doc);

  if (!trappa_xml_report_is_empty (reader->report))
    return NULL;
  if (reader->minor > TRAPPA_PLAN_FORMAT_MINOR)
    g_object_set_data (G_OBJECT (plan), MINOR_KEY, GUINT_TO_POINTER (reader->minor));
  /* Format 1.0 typed needs in; the needs model computes them now. */
  trappa_typed_need_adopt (plan);
  return g_steal_pointer (&plan);
}

TrappaPlan *
trappa_plan_file_parse (GBytes      *bytes,
                        const char  *display_name,
                        guint       *error_line,
                        GError     **error)
{
  g_autoptr(TrappaXmlReport) report = trappa_xml_report_new (display_name);
  Reader reader = { 0 };
  TrappaPlan *plan;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  trappa_plan_file_init ();
  data = g_bytes_get_data (bytes, &size);
  reader.report = report;
  reader.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader.references = g_array_new (FALSE, FALSE, sizeof (Reference));

  plan = read_plan (&reader, data != NULL ? data : "", size);

  g_hash_table_unref (reader.ids);
  g_array_unref (reader.references);
  if (!trappa_xml_report_check (report, error_line, error))
    g_clear_object (&plan);
  return plan;
}

char *
trappa_plan_reader_describe_too_large (guint64 size)
{
  g_autofree char *actual = g_format_size (size);
  g_autofree char *limit = g_format_size (TRAPPA_PLAN_MAX_BYTES);

  return g_strdup_printf (_("The file is %s; a plan file may be at most %s"), actual, limit);
}

guint
trappa_plan_reader_get_minor (TrappaPlan *plan)
{
  guint minor = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (plan), MINOR_KEY));

  return minor > TRAPPA_PLAN_FORMAT_MINOR ? minor : TRAPPA_PLAN_FORMAT_MINOR;
}
