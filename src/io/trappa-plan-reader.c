/* trappa-plan-reader.c: a plan from the bytes of a plan file someone sent
 *
 * Every file is untrusted. The checks run in this order, each stopping at
 * the first stage with problems: the bytes (size, UTF-8, binary), the XML
 * (well-formed, no DOCTYPE, so no DTD and no entities; nothing loaded from
 * outside), the root (name, namespace, version), XInclude, then the records
 * (only known names, values within the model's limits, at most so many
 * records and so much foreign content, ids unique, references to records
 * of the right kind), then the rules across records (trappa-plan-rules.c).
 * The bytes and the tags are checked as the file is read, before libxml2
 * gets them (trappa-plan-bytes.c), so the file is never held whole.
 *
 * The file is read as libxml2 parses it: each field of the plan and each
 * member of the plan's lists is read into the model once its element is
 * complete, then freed, so the whole tree is never held (a plan of 10,000
 * measures takes a fraction of the memory its tree would); libxml2 reads
 * the stream a little at a time, and a field is stored in its new record
 * without the property machinery (trappa_item_take_new_value). The
 * problems found meanwhile are kept aside and count only once the whole
 * file has proved well-formed, so they come in the order of the stages
 * above.
 *
 * The RELAX NG schema (data/trappa-plan.rng) is generated from the same
 * property specs as these checks, which are at least as strict; libxml2
 * can validate it only on a whole tree (its interleaves do not stream)
 * and took longer than everything else together, so files are not
 * validated against it here: tests/io/test-reader-schema.c holds the
 * reader to refusing all the schema refuses.
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

#include "trappa-field-names.h"
#include "trappa-plan-bytes.h"
#include "trappa-plan-constraints.h"
#include "trappa-plan-field.h"
#include "trappa-plan-file.h"
#include "trappa-plan-foreign.h"
#include "trappa-plan-lines.h"
#include "trappa-plan-reader.h"
#include "trappa-plan-rules.h"
#include "trappa-typed-need.h"
#include "trappa-xml-report.h"

#define NAMESPACE_STEM    "https://trappa.no/ns/plan/"
#define XINCLUDE_2001     "http://www.w3.org/2001/XInclude"
#define XINCLUDE_2003     "http://www.w3.org/2003/XInclude"
/* Content in other namespaces that one record or list may hold. */
#define MAX_FOREIGN_ATTRIBUTES TRAPPA_PLAN_MAX_FOREIGN_ATTRIBUTES
#define MAX_FOREIGN_NODES      1000
/* What is read at a time of what libxml2 no longer wants (the checks on
 * the bytes still need it). */
#define DRAIN_CHUNK            (64 * 1024)

/* What other programs keep in a record (elements and attributes in other
 * namespaces) is kept and written back; libxml2 takes more than linear
 * time to copy it, so each record and each list may hold only so much of
 * it. */
typedef struct
{
  guint    left;     /* nodes still allowed */
  gboolean refused;
} Foreign;

#define FOREIGN_INIT { MAX_FOREIGN_NODES, FALSE }

/* A record being read: which of its fields and lists its element has
 * held so far. */
typedef struct
{
  TrappaItem               *item;
  GParamSpec              **props;
  guint                     n_props;
  const TrappaItemListInfo *lists;
  guint                     n_lists;
  gboolean                 *seen;   /* per field, then per list */
  Foreign                   foreign;
} Record;

/* A list being read. */
typedef struct
{
  TrappaItem               *owner;
  const TrappaItemListInfo *info;
  GListStore               *store;
  GPtrArray                *members; /* read, added to @store at the end */
  const char               *tag;    /* of its members */
  Foreign                   foreign;
  guint                     n;
} List;

typedef struct
{
  TrappaXmlReport *final_report; /* what the reader says */
  TrappaXmlReport *report;       /* where problems go now */
  TrappaXmlReport *parse_report; /* while parsing: libxml2's problems */
  GInputStream    *stream;       /* the file's bytes */
  TrappaPlanBytes *bytes;        /* their checks, as they are read */
  gboolean         bytes_ok;     /* so far: libxml2 gets them */
  guint64          n_read;
  GError          *read_error;
  GHashTable      *ids;          /* id (the record's own string) → record */
  TrappaPlanLines *lines;        /* where each record and field was */
  guint            doctype_line; /* non-zero once a DOCTYPE was seen */
  guint            minor;
  gboolean         newer_minor;  /* unknown names of our own are allowed */
  guint            n_records;
  gboolean         stop;         /* past a cap: the rest is not read */
  /* While parsing: the plan's element and the list of the plan's being
   * read member by member; the root is not a plan (nothing is read); an
   * XInclude was seen (nothing more is read). */
  xmlNode         *plan_node;
  Record           plan;
  xmlNode         *list_node;
  List             list;
  gboolean         skip;
  gboolean         xinclude;
  guint            xinclude_line;
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

  trappa_xml_report_on_libxml (reader->parse_report, error);
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
  reader->newer_minor = minor > TRAPPA_PLAN_FORMAT_MINOR;
  return TRUE;
}

/* XInclude elements would be kept as foreign content, never processed;
 * refusing them says plainly that the file tries to pull in others.
 * Notes the first one in @node or inside it. */
static void
find_xinclude (Reader  *reader,
               xmlNode *node)
{
  const char *href;

  if (reader->xinclude || node->type != XML_ELEMENT_NODE)
    return;
  href = node->ns != NULL ? (const char *) node->ns->href : "";
  if (g_str_equal (href, XINCLUDE_2001) || g_str_equal (href, XINCLUDE_2003))
    {
      reader->xinclude = TRUE;
      reader->xinclude_line = line_of (node);
      return;
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    find_xinclude (reader, child);
}

/* ---- the records -------------------------------------------------------- */

static TrappaItem *read_item (Reader  *reader,
                              xmlNode *node,
                              GType    type);

/* The name as the file writes it, with its prefix. */
static char *
written_name (xmlNs         *ns,
              const xmlChar *name)
{
  if (ns != NULL && ns->prefix != NULL)
    return g_strdup_printf ("%s:%s", (const char *) ns->prefix, (const char *) name);
  return g_strdup ((const char *) name);
}

/* @node's elements, attributes and texts, counted up to @limit + 1. */
static guint
count_nodes (xmlNode *node,
             guint    limit)
{
  guint n = 1;

  /* Only an element has attributes: a small text keeps its characters
   * where they would be (XML_PARSE_COMPACT). */
  for (xmlAttr *attr = node->type == XML_ELEMENT_NODE ? node->properties : NULL;
       attr != NULL && n <= limit; attr = attr->next)
    n++;
  for (xmlNode *child = node->children; child != NULL && n <= limit; child = child->next)
    n += count_nodes (child, limit - n);
  return n;
}

static void
keep_foreign_element (Reader     *reader,
                      TrappaItem *item,
                      xmlNode    *parent,
                      xmlNode    *child,
                      Foreign    *foreign)
{
  guint n;

  if (foreign->refused)
    return;
  n = count_nodes (child, foreign->left);
  if (n > foreign->left)
    {
      trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_TOO_LARGE,
                             _("The element “%s” holds more than %d elements, attributes and texts "
                               "in other namespaces"),
                             (const char *) parent->name, MAX_FOREIGN_NODES);
      foreign->refused = TRUE;
      return;
    }
  foreign->left -= n;
  g_ptr_array_add (trappa_item_get_foreign (item), trappa_foreign_from_element (child));
}

/* Whitespace between elements is layout; other text in a record or a
 * list belongs to no field. */
static gboolean
check_not_loose_text (Reader     *reader,
                      xmlNode    *child,
                      const char *list)
{
  const char *text = (const char *) child->content;
  g_autofree char *trimmed = NULL;
  g_autofree char *quoted = NULL;
  guint line;

  if ((child->type != XML_TEXT_NODE && child->type != XML_CDATA_SECTION_NODE) || text == NULL)
    return TRUE;
  while (*text == ' ' || *text == '\t' || *text == '\r' || *text == '\n')
    text++;
  if (*text == '\0')
    return TRUE;

  /* libxml2 gives a text the line where it ends. */
  line = line_of (child);
  if (child->type == XML_TEXT_NODE)
    for (const char *p = text; *p != '\0' && line > 1; p++)
      if (*p == '\n')
        line--;

  trimmed = g_strstrip (g_strdup (text));
  quoted = trappa_field_quote (trimmed);
  if (list != NULL)
    trappa_xml_report_add (reader->report, line, TRAPPA_ERROR_SCHEMA,
                           _("The list “%s” holds text outside its records: “%s”"), list, quoted);
  else
    trappa_xml_report_add (reader->report, line, TRAPPA_ERROR_SCHEMA,
                           /* TRANSLATORS: a record kind ("Target group"), then the text */
                           _("%s holds text outside its fields: “%s”"),
                           trappa_kind_label ((const char *) child->parent->name), quoted);
  return FALSE;
}

/* An element of our own namespace that this version does not know. */
static void
refuse_unknown_element (Reader   *reader,
                        xmlNode  *child,
                        gboolean  in_list)
{
  g_autofree char *name = written_name (child->ns, child->name);
  const char *parent = (const char *) child->parent->name;

  if (in_list)
    trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_SCHEMA,
                           _("The list “%s” holds “%s”, which does not belong there"), parent, name);
  else
    trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_SCHEMA,
                           _("The element “%s” holds “%s”, which does not belong there"), parent, name);
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
  /* The record is new and in no plan: its field is set without a notify. */
  trappa_item_take_new_value (item, pspec, &value);
  return TRUE;
}

/* A field is text only: no attributes, no elements. */
static gboolean
check_field_is_text (Reader  *reader,
                     xmlNode *node)
{
  g_autofree char *name = NULL;

  if (node->properties != NULL)
    {
      name = written_name (node->properties->ns, node->properties->name);
      trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_SCHEMA,
                             _("The field “%s” has the attribute “%s”; a field has no attributes"),
                             (const char *) node->name, name);
      return FALSE;
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        name = written_name (child->ns, child->name);
        trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_SCHEMA,
                               _("The field “%s” holds the element “%s”; a field holds only text"),
                               (const char *) node->name, name);
        return FALSE;
      }
  return TRUE;
}

/* Comments, processing instructions and CDATA sections may split a
 * field's text in pieces: its value is the text without them. */
static void
read_field (Reader     *reader,
            xmlNode    *node,
            TrappaItem *item,
            GParamSpec *pspec)
{
  xmlChar *copy = NULL;
  const xmlChar *text;

  if (!check_field_is_text (reader, node))
    return;
  /* Mostly one text, read where it is. */
  if (node->children != NULL && node->children->next == NULL && node->children->type == XML_TEXT_NODE)
    text = node->children->content;
  else
    text = copy = xmlNodeGetContent (node);
  trappa_plan_lines_add (reader->lines, item, pspec, line_of (node));
  /* A reference left empty is left out (the writer never writes one). */
  if (trappa_field_kind (pspec) == TRAPPA_FIELD_REFERENCE &&
      (text == NULL || text[strspn ((const char *) text, " \t\r\n")] == '\0'))
    trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_INVALID_VALUE,
                           _("“%s” must not be empty"), pspec->name);
  else if (read_value (reader, item, pspec, text != NULL ? (const char *) text : "", line_of (node)) &&
           trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID)
    trappa_plan_lines_note_reference (reader->lines);
  xmlFree (copy);
}

static void
read_id (Reader     *reader,
         xmlNode    *node,
         TrappaItem *item,
         GParamSpec *pspec,
         const char *id)
{
  g_auto(GValue) value = G_VALUE_INIT;
  TrappaItem *seen;

  if (!trappa_plan_constraints_is_valid_id (id))
    {
      g_autofree char *quoted = trappa_field_quote (id);

      trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_INVALID_VALUE,
                             _("“%s” is not a valid id (at most %d characters: a letter a–z or “_” first, "
                               "then letters a–z, digits, “-”, “_” or “.”)"),
                             quoted, TRAPPA_MAX_ID_LENGTH);
      return;
    }

  seen = g_hash_table_lookup (reader->ids, id);
  if (seen != NULL)
    {
      trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_DUPLICATE_ID,
                             _("The id “%s” is used twice (first on line %u)"), id,
                             trappa_plan_lines_get (reader->lines, seen, NULL));
      return;
    }

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, id);
  trappa_item_take_new_value (item, pspec, &value);
  /* The key is the record's own copy: no copy per record. */
  g_hash_table_insert (reader->ids, (gpointer) trappa_item_get_id (item), item);
}

static void
read_attributes (Reader     *reader,
                 xmlNode    *node,
                 TrappaItem *item)
{
  guint n_base, n_foreign = 0;
  GParamSpec **base = trappa_item_get_base_props (&n_base);

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      xmlChar *text;
      GParamSpec *pspec = NULL;

      if (attr->ns == NULL && node->parent->type == XML_DOCUMENT_NODE &&
          g_str_equal (name, "format-version"))
        continue;

      for (guint i = 0; i < n_base && attr->ns == NULL; i++)
        if (g_str_equal (base[i]->name, name))
          pspec = base[i];

      /* No namespace or ours: names this version knows, or (from a newer
       * minor version, and without a prefix) ones it keeps. */
      if (pspec == NULL &&
          ((attr->ns == NULL && !reader->newer_minor) ||
           (attr->ns != NULL && g_strcmp0 ((const char *) attr->ns->href, TRAPPA_PLAN_NAMESPACE) == 0)))
        {
          g_autofree char *written = written_name (attr->ns, attr->name);

          trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_SCHEMA,
                                 _("The attribute “%s” does not belong on a %s"),
                                 written, trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (item)));
          continue;
        }
      if (pspec == NULL)
        {
          if (++n_foreign <= MAX_FOREIGN_ATTRIBUTES)
            g_ptr_array_add (trappa_item_get_foreign (item), trappa_foreign_from_attribute (attr));
          continue;
        }

      text = xmlNodeGetContent ((xmlNode *) attr);
      if (g_str_equal (name, "id"))
        read_id (reader, node, item, pspec, (const char *) text);
      else
        read_value (reader, item, pspec, (const char *) text, line_of (node));
      xmlFree (text);
    }

  if (n_foreign > MAX_FOREIGN_ATTRIBUTES)
    trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_TOO_LARGE,
                           _("The element “%s” has %u attributes in other namespaces; at most %d are allowed"),
                           (const char *) node->name, n_foreign, MAX_FOREIGN_ATTRIBUTES);
}

/* The caps on records: per list, then per plan. Past either, reading
 * stops: the plan is refused anyway. */
static gboolean
count_record (Reader     *reader,
              xmlNode    *node,
              const char *list,
              guint       n_in_list)
{
  if (n_in_list > TRAPPA_MAX_RECORDS_PER_LIST)
    trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_TOO_LARGE,
                           _("The list “%s” holds more than %d records"), list, TRAPPA_MAX_RECORDS_PER_LIST);
  else if (++reader->n_records > TRAPPA_MAX_RECORDS)
    trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_TOO_LARGE,
                           _("The plan holds more than %d records"), TRAPPA_MAX_RECORDS);
  else
    return TRUE;
  reader->stop = TRUE;
  return FALSE;
}

static void
list_begin (Reader                   *reader,
            List                     *list,
            xmlNode                  *node,
            TrappaItem               *owner,
            const TrappaItemListInfo *info)
{
  list->owner = owner;
  list->info = info;
  list->store = trappa_item_get_list (owner, info->name);
  list->members = g_ptr_array_new_with_free_func (g_object_unref);
  list->tag = trappa_item_class_get_tag (g_type_class_peek (info->item_type));
  list->foreign = (Foreign) FOREIGN_INIT;
  list->n = 0;

  if (node->properties != NULL)
    {
      g_autofree char *name = written_name (node->properties->ns, node->properties->name);

      trappa_xml_report_add (reader->report, line_of (node), TRAPPA_ERROR_SCHEMA,
                             _("The list “%s” has the attribute “%s”; a list has no attributes"),
                             info->name, name);
    }
}

/* The members read go into the list at once: one change of the list
 * rather than one per member. */
static void
list_end (List *list)
{
  if (list->members == NULL)
    return;
  g_list_store_splice (list->store, g_list_model_get_n_items (G_LIST_MODEL (list->store)), 0,
                       list->members->pdata, list->members->len);
  g_clear_pointer (&list->members, g_ptr_array_unref);
}

/* @child of the list's element @node: a member, or what is kept or
 * refused beside them. */
static void
read_list_child (Reader  *reader,
                 List    *list,
                 xmlNode *node,
                 xmlNode *child)
{
  g_autoptr(TrappaItem) member = NULL;

  if (child->type != XML_ELEMENT_NODE)
    check_not_loose_text (reader, child, list->info->name);
  else if (has_name (child, list->tag))
    {
      if (!count_record (reader, child, list->info->name, ++list->n))
        return;
      member = read_item (reader, child, list->info->item_type);
      /* The schema says so too, but without a line. */
      if (trappa_item_get_id (member)[0] == '\0' && xmlHasProp (child, (const xmlChar *) "id") == NULL)
        trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_INVALID_VALUE,
                               _("A %s needs an id"), list->tag);
      g_ptr_array_add (list->members, g_steal_pointer (&member));
    }
  else if (is_ours (child) && !reader->newer_minor)
    refuse_unknown_element (reader, child, TRUE);
  else
    /* Kept with the record that owns the list, so nothing is lost. */
    keep_foreign_element (reader, list->owner, node, child, &list->foreign);
}

static void
read_list (Reader                   *reader,
           xmlNode                  *node,
           TrappaItem               *item,
           const TrappaItemListInfo *info)
{
  List list;

  list_begin (reader, &list, node, item, info);
  for (xmlNode *child = node->children; child != NULL && !reader->stop; child = child->next)
    read_list_child (reader, &list, node, child);
  list_end (&list);
}

static void
record_begin (Reader     *reader,
              Record     *record,
              xmlNode    *node,
              TrappaItem *item)
{
  TrappaItemClass *klass = TRAPPA_ITEM_GET_CLASS (item);

  record->item = item;
  record->props = trappa_item_class_get_props (klass, &record->n_props);
  record->lists = trappa_item_class_get_lists (klass, &record->n_lists);
  record->seen = g_new0 (gboolean, record->n_props + record->n_lists);
  record->foreign = (Foreign) FOREIGN_INIT;

  trappa_plan_lines_add (reader->lines, item, NULL, line_of (node));
  read_attributes (reader, node, item);
}

/* Which of the record's fields, then lists, @child is; their number when
 * it is none. */
static guint
record_find (Record  *record,
             xmlNode *child)
{
  guint n = record->n_props + record->n_lists;

  for (guint i = 0; i < n; i++)
    if (has_name (child, i < record->n_props ? record->props[i]->name : record->lists[i - record->n_props].name))
      return i;
  return n;
}

/* @child of the record's element @node: a field, a list, or what is kept
 * or refused beside them. */
static void
read_record_child (Reader  *reader,
                   Record  *record,
                   xmlNode *node,
                   xmlNode *child)
{
  guint known;

  if (child->type != XML_ELEMENT_NODE)
    {
      check_not_loose_text (reader, child, NULL);
      return;
    }
  known = record_find (record, child);
  if (known == record->n_props + record->n_lists)
    {
      if (is_ours (child) && !reader->newer_minor)
        refuse_unknown_element (reader, child, FALSE);
      else
        keep_foreign_element (reader, record->item, node, child, &record->foreign);
    }
  else if (record->seen[known])
    trappa_xml_report_add (reader->report, line_of (child), TRAPPA_ERROR_SCHEMA,
                           _("“%s” is given twice in one %s"), (const char *) child->name,
                           trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (record->item)));
  else if (known < record->n_props)
    read_field (reader, child, record->item, record->props[known]);
  else
    read_list (reader, child, record->item, &record->lists[known - record->n_props]);
  if (known < record->n_props + record->n_lists)
    record->seen[known] = TRUE;
}

static TrappaItem *
read_item (Reader  *reader,
           xmlNode *node,
           GType    type)
{
  TrappaItem *item = g_object_new (type, NULL);
  Record record;

  record_begin (reader, &record, node, item);
  for (xmlNode *child = node->children; child != NULL && !reader->stop; child = child->next)
    read_record_child (reader, &record, node, child);
  g_free (record.seen);
  return item;
}

static void
check_reference (Reader     *reader,
                 GParamSpec *pspec,
                 guint       line,
                 const char *id)
{
  GType wanted = trappa_param_spec_get_reference_type (pspec);
  TrappaItem *target;

  if (id[0] == '\0')
    return;

  target = g_hash_table_lookup (reader->ids, id);
  if (target == NULL)
    trappa_xml_report_add (reader->report, line, TRAPPA_ERROR_DANGLING_REFERENCE,
                           _("“%s” refers to “%s”, which is not in the plan"),
                           pspec->name, id);
  else if (!G_TYPE_CHECK_INSTANCE_TYPE (target, wanted))
    trappa_xml_report_add (reader->report, line, TRAPPA_ERROR_DANGLING_REFERENCE,
                           _("“%s” refers to “%s”, which is a %s, not a %s"),
                           pspec->name, id,
                           trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (target)),
                           trappa_item_class_get_tag (g_type_class_peek (wanted)));
}

/* References are checked once every record is read: they may point
 * forward in the file. */
static void
check_references_of (TrappaItem *item,
                     GParamSpec *field,
                     guint       line,
                     gpointer    data)
{
  const GValue *value = trappa_item_peek_value (item, field);

  if (G_VALUE_HOLDS_STRING (value))
    check_reference (data, field, line, g_value_get_string (value));
  else
    for (const char * const *id = trappa_item_get_strv (item, field->name); *id != NULL; id++)
      check_reference (data, field, line, *id);
}

/* ---- reading while parsing --------------------------------------------- */

/* Reads and frees what @parent holds so far, when it is the plan's
 * element or the list being read member by member; every child there is
 * complete (called before the next one starts and at @parent's end). */
static void
read_children_so_far (Reader  *reader,
                      xmlNode *parent)
{
  xmlNode *child;

  if (parent != reader->plan_node && parent != reader->list_node)
    return;
  while ((child = parent->children) != NULL)
    {
      if (!reader->skip && !reader->stop)
        find_xinclude (reader, child);
      if (reader->skip || reader->stop || reader->xinclude)
        ;  /* the plan is refused: only the well-formedness is still read */
      else if (parent == reader->plan_node)
        read_record_child (reader, &reader->plan, parent, child);
      else
        read_list_child (reader, &reader->list, parent, child);
      xmlUnlinkNode (child);
      xmlFreeNode (child);
    }
}

static void
begin_plan (Reader  *reader,
            xmlNode *node)
{
  reader->plan_node = node;
  if (!check_root (reader, node))
    {
      reader->skip = TRUE;
      return;
    }
  record_begin (reader, &reader->plan, node, g_object_new (TRAPPA_TYPE_PLAN, NULL));
}

/* A list of the plan's, not given before, is read member by member. */
static void
begin_child_of_plan (Reader  *reader,
                     xmlNode *node)
{
  Record *plan = &reader->plan;
  guint known;

  if (reader->skip || reader->stop || reader->xinclude)
    return;
  known = record_find (plan, node);
  if (known < plan->n_props || known == plan->n_props + plan->n_lists || plan->seen[known])
    return;
  plan->seen[known] = TRUE;
  reader->list_node = node;
  list_begin (reader, &reader->list, node, plan->item, &plan->lists[known - plan->n_props]);
}

static void
on_start_element (void           *data,
                  const xmlChar  *name,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *context = data;
  Reader *reader = context->_private;
  xmlNode *parent = context->node;

  if (parent != NULL)
    read_children_so_far (reader, parent);
  xmlSAX2StartElementNs (context, name, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);
  if (context->node == NULL || context->node == parent)
    return;  /* out of memory: libxml2 stops */
  if (parent == NULL)
    begin_plan (reader, context->node);
  else if (parent == reader->plan_node)
    begin_child_of_plan (reader, context->node);
}

static void
on_end_element (void          *data,
                const xmlChar *name,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxt *context = data;
  Reader *reader = context->_private;
  xmlNode *node = context->node;

  read_children_so_far (reader, node);
  xmlSAX2EndElementNs (context, name, prefix, uri);
  if (node != NULL && node == reader->list_node)
    {
      list_end (&reader->list);
      reader->list_node = NULL;
      xmlUnlinkNode (node);
      xmlFreeNode (node);
    }
}

/* Reads the next bytes of the file for libxml2, once they passed the
 * checks on the bytes. */
static int
read_checked (void *data,
              char *buffer,
              int   length)
{
  Reader *reader = data;
  gssize n;

  if (!reader->bytes_ok || reader->read_error != NULL)
    return -1;
  n = g_input_stream_read (reader->stream, buffer, MAX (length, 0), NULL, &reader->read_error);
  if (n <= 0)
    return n < 0 ? -1 : 0;
  reader->n_read += n;
  reader->bytes_ok = trappa_plan_bytes_add (reader->bytes, buffer, n);
  return reader->bytes_ok ? (int) n : -1;
}

/* The checks on the bytes cover the whole file, also where libxml2
 * stopped; at most one byte past the cap is read. */
static void
read_rest (Reader *reader)
{
  g_autofree char *buffer = g_malloc (DRAIN_CHUNK);
  gssize n = 1;

  while (n > 0 && reader->read_error == NULL && reader->n_read <= TRAPPA_PLAN_MAX_BYTES)
    {
      n = g_input_stream_read (reader->stream, buffer,
                               MIN (DRAIN_CHUNK, TRAPPA_PLAN_MAX_BYTES + 1 - reader->n_read),
                               NULL, &reader->read_error);
      if (n > 0)
        {
          reader->n_read += n;
          trappa_plan_bytes_add (reader->bytes, buffer, n);
        }
    }
}

/* Parses the bytes and reads the plan meanwhile: what is left of the
 * tree is the plan's element, empty. Problems go to the parse report;
 * the plan's to the reader's report. */
static xmlDoc *
parse_xml (Reader *reader)
{
  xmlParserCtxt *context = xmlNewParserCtxt ();
  xmlDoc *doc;

  if (context == NULL)
    {
      trappa_xml_report_add (reader->parse_report, 0, TRAPPA_ERROR_TOO_LARGE, "%s",
                             _("Out of memory while reading the file"));
      return NULL;
    }

  context->_private = reader;
  context->sax->internalSubset = refuse_doctype;
  context->sax->serror = on_parse_error;
  context->sax->startElementNs = on_start_element;
  context->sax->endElementNs = on_end_element;

  /* Errors raised outside the context go to the report too. */
  trappa_xml_report_capture (reader->parse_report, TRAPPA_ERROR_MALFORMED);
  /* No encoding is forced: the bytes are known to be UTF-8, and forcing
   * it makes libxml2 2.9 convert the input in a way that trips its 10 MB
   * lookup limit on large files. A declaration of any other encoding is
   * refused below. Small texts are kept inside their nodes (COMPACT):
   * fewer allocations, and the tree is never changed. */
  doc = xmlCtxtReadIO (context, read_checked, NULL, reader, NULL, NULL,
                       XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT);
  trappa_xml_report_release (reader->parse_report);

  if (reader->doctype_line > 0)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      trappa_xml_report_add (reader->parse_report, reader->doctype_line, TRAPPA_ERROR_UNSAFE, "%s",
                             _("A plan file must not have a DOCTYPE (DTDs and entities are refused)"));
    }
  else if (doc != NULL && doc->encoding != NULL &&
           g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0 &&
           g_ascii_strcasecmp ((const char *) doc->encoding, "UTF8") != 0)
    {
      trappa_xml_report_add (reader->parse_report, 1, TRAPPA_ERROR_ENCODING,
                             _("The file declares the encoding “%s”; plan files are UTF-8"),
                             (const char *) doc->encoding);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc == NULL && trappa_xml_report_is_empty (reader->parse_report))
    trappa_xml_report_add (reader->parse_report, 0, TRAPPA_ERROR_MALFORMED, "%s",
                           _("The file is not well-formed XML"));
  xmlFreeParserCtxt (context);
  return doc;
}

/* ---- the whole ---------------------------------------------------------- */

static TrappaPlan *
read_plan (Reader *reader)
{
  g_autoptr(TrappaXmlReport) parsed = trappa_xml_report_new ("");
  g_autoptr(TrappaXmlReport) found = trappa_xml_report_new ("");
  g_autoptr(TrappaPlan) plan = NULL;
  xmlDoc *doc;

  /* What libxml2 says counts only for bytes that passed their checks, and
   * what the records show only in a well-formed file, after it. */
  reader->parse_report = parsed;
  reader->report = found;
  doc = parse_xml (reader);
  /* A list left open (libxml2 stopped in it) goes with the plan. */
  g_clear_pointer (&reader->list.members, g_ptr_array_unref);
  reader->report = reader->parse_report = NULL;
  plan = (TrappaPlan *) reader->plan.item;
  g_clear_pointer (&reader->plan.seen, g_free);
  read_rest (reader);
  if (reader->read_error != NULL || !trappa_plan_bytes_finish (reader->bytes, reader->final_report))
    g_clear_pointer (&doc, xmlFreeDoc);
  else
    trappa_xml_report_append (reader->final_report, parsed);
  reader->report = reader->final_report;
  if (doc == NULL)
    return NULL;
  xmlFreeDoc (doc);

  if (reader->xinclude)
    trappa_xml_report_add (reader->report, reader->xinclude_line, TRAPPA_ERROR_UNSAFE, "%s",
                           _("XInclude is not allowed in a plan file"));
  else
    trappa_xml_report_append (reader->report, found);
  if (plan == NULL || reader->xinclude)
    return NULL;

  trappa_plan_lines_foreach_reference (reader->lines, check_references_of, reader);
  /* The rules need every reference resolved. */
  if (trappa_xml_report_is_empty (reader->report))
    trappa_plan_rules_check (plan, reader->lines, reader->report);
  if (!trappa_xml_report_is_empty (reader->report))
    return NULL;
  trappa_plan_set_source_format_minor (plan, reader->minor);
  return g_steal_pointer (&plan);
}

TrappaPlan *
trappa_plan_file_parse_stream (GInputStream  *stream,
                               const char    *display_name,
                               guint         *error_line,
                               GError       **error)
{
  g_autoptr(TrappaXmlReport) report = trappa_xml_report_new (display_name);
  Reader reader = { 0 };
  TrappaPlan *plan;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  trappa_plan_file_init ();
  reader.final_report = report;
  reader.stream = stream;
  reader.bytes = trappa_plan_bytes_new ();
  reader.bytes_ok = TRUE;
  reader.ids = g_hash_table_new (g_str_hash, g_str_equal);
  reader.lines = trappa_plan_lines_new ();

  plan = read_plan (&reader);

  /* Let go before the plan grows again. */
  trappa_plan_bytes_free (reader.bytes);
  g_hash_table_unref (reader.ids);
  trappa_plan_lines_free (reader.lines);
  /* Format 1.0 typed needs in; the needs model computes them now. */
  if (plan != NULL)
    trappa_typed_need_adopt (plan);
  if (reader.read_error != NULL)
    {
      if (error_line != NULL)
        *error_line = 0;
      g_clear_object (&plan);
      g_set_error (error, G_IO_ERROR, reader.read_error->code, "%s: %s", display_name,
                   reader.read_error->message);
      g_error_free (reader.read_error);
      return NULL;
    }
  if (!trappa_xml_report_check (report, error_line, error))
    g_clear_object (&plan);
  return plan;
}

TrappaPlan *
trappa_plan_file_parse (GBytes      *bytes,
                        const char  *display_name,
                        guint       *error_line,
                        GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* Said with the whole size, which a stream does not tell. */
  if (g_bytes_get_size (bytes) > TRAPPA_PLAN_MAX_BYTES)
    {
      g_autoptr(TrappaXmlReport) report = trappa_xml_report_new (display_name);
      g_autofree char *message = trappa_plan_reader_describe_too_large (g_bytes_get_size (bytes));

      trappa_xml_report_add (report, 0, TRAPPA_ERROR_TOO_LARGE, "%s", message);
      trappa_xml_report_check (report, error_line, error);
      return NULL;
    }
  stream = g_memory_input_stream_new_from_bytes (bytes);
  return trappa_plan_file_parse_stream (stream, display_name, error_line, error);
}

char *
trappa_plan_reader_describe_too_large (guint64 size)
{
  g_autofree char *actual = g_format_size (size);
  g_autofree char *limit = g_format_size (TRAPPA_PLAN_MAX_BYTES);

  return g_strdup_printf (_("The file is %s; a plan file may be at most %s"), actual, limit);
}

