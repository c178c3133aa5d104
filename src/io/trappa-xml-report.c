/* trappa-xml-report.c: the problems found in one plan file, with lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <string.h>
#include <glib/gi18n.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "trappa-xml-report.h"

/* Enough to fix a file by hand; a hostile file could produce millions. */
#define MAX_PROBLEMS 20

typedef struct
{
  guint        line;
  TrappaError  code;
  char        *message;
} Problem;

struct _TrappaXmlReport
{
  char                   *display_name;
  GArray                 *problems;
  guint                   n_dropped;
  TrappaError             libxml_code;
  xmlStructuredErrorFunc  saved_handler;
  void                   *saved_data;
};

static void
clear_problem (gpointer data)
{
  Problem *problem = data;

  g_free (problem->message);
}

TrappaXmlReport *
trappa_xml_report_new (const char *display_name)
{
  TrappaXmlReport *self = g_new0 (TrappaXmlReport, 1);

  self->display_name = g_strdup (display_name != NULL ? display_name : "");
  self->problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_array_set_clear_func (self->problems, clear_problem);
  self->libxml_code = TRAPPA_ERROR_MALFORMED;
  return self;
}

void
trappa_xml_report_free (TrappaXmlReport *self)
{
  g_array_unref (self->problems);
  g_free (self->display_name);
  g_free (self);
}

static void
add_message (TrappaXmlReport *self,
             guint            line,
             TrappaError      code,
             char            *message)
{
  Problem problem = { line, code, message };

  /* libxml2 often reports one fault several times on the same line. */
  for (guint i = 0; i < self->problems->len; i++)
    {
      Problem *seen = &g_array_index (self->problems, Problem, i);

      if (seen->line == line && g_str_equal (seen->message, message))
        {
          g_free (message);
          return;
        }
    }

  /* libxml2's schema errors inside an interleave have no line, but the
   * one that follows names the element's. */
  if (line > 0 && self->problems->len > 0 &&
      g_array_index (self->problems, Problem, self->problems->len - 1).line == 0 &&
      g_array_index (self->problems, Problem, self->problems->len - 1).code == code)
    g_array_index (self->problems, Problem, self->problems->len - 1).line = line;

  if (self->problems->len >= MAX_PROBLEMS)
    {
      self->n_dropped++;
      g_free (message);
      return;
    }
  g_array_append_val (self->problems, problem);
}

void
trappa_xml_report_add (TrappaXmlReport *self,
                       guint            line,
                       TrappaError      code,
                       const char      *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  add_message (self, line, code, g_strdup_vprintf (format, args));
  va_end (args);
}

gboolean
trappa_xml_report_is_empty (TrappaXmlReport *self)
{
  return self->problems->len == 0;
}

void
trappa_xml_report_append (TrappaXmlReport *self,
                          TrappaXmlReport *other)
{
  for (guint i = 0; i < other->problems->len; i++)
    {
      Problem *problem = &g_array_index (other->problems, Problem, i);

      add_message (self, problem->line, problem->code, g_strdup (problem->message));
    }
  self->n_dropped += other->n_dropped;
}

gboolean
trappa_xml_report_check (TrappaXmlReport  *self,
                         guint            *error_line,
                         GError          **error)
{
  g_autoptr(GString) text = NULL;
  Problem *first;

  if (error_line != NULL)
    *error_line = 0;
  if (self->problems->len == 0)
    return TRUE;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->problems->len; i++)
    {
      Problem *problem = &g_array_index (self->problems, Problem, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (problem->line > 0)
        g_string_append_printf (text, "%s:%u: %s", self->display_name, problem->line, problem->message);
      else
        g_string_append_printf (text, "%s: %s", self->display_name, problem->message);
    }
  if (self->n_dropped > 0)
    {
      g_string_append_printf (text, "\n%s: ", self->display_name);
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "and %u more problem",
                                                 "and %u more problems",
                                                 self->n_dropped),
                              self->n_dropped);
    }

  first = &g_array_index (self->problems, Problem, 0);
  if (error_line != NULL)
    *error_line = first->line;
  g_set_error_literal (error, TRAPPA_ERROR, first->code, text->str);
  return FALSE;
}

/* libxml2's codes that deserve a code of their own; the rest keep the
 * code given to trappa_xml_report_capture(). */
static TrappaError
code_for (TrappaXmlReport *self,
          xmlErrorPtr      error)
{
  switch (error->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return TRAPPA_ERROR_EMPTY;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      return TRAPPA_ERROR_ENCODING;
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_EXT_ENTITY_STANDALONE:
      return TRAPPA_ERROR_UNSAFE;
    default:
      return self->libxml_code;
    }
}

/* The element a parser fault is in (the one being read), or NULL. */
static const char *
parsed_element (xmlErrorPtr error)
{
  xmlParserCtxtPtr context = error->ctxt;

  if ((error->domain != XML_FROM_PARSER && error->domain != XML_FROM_NAMESPACE) || context == NULL ||
      context->node == NULL || context->node->type != XML_ELEMENT_NODE)
    return NULL;
  return (const char *) context->node->name;
}

/* For a fault with no sentence of its own: libxml2's English text never
 * reaches the user, its code does (for a bug report), with the element. */
static char *
unnamed_fault (const char  *element,
               xmlErrorPtr  error)
{
  if (error->domain == XML_FROM_RELAXNGV)
    return element != NULL
           ? g_strdup_printf (_("The element “%s” does not follow the plan format (schema error %d)"), element, error->code)
           : g_strdup_printf (_("The file does not follow the plan format (schema error %d)"), error->code);
  if (error->domain == XML_FROM_PARSER || error->domain == XML_FROM_NAMESPACE)
    return element != NULL
           ? g_strdup_printf (_("The file is not well-formed XML inside the element “%s” (XML error %d)"), element, error->code)
           : g_strdup_printf (_("The file is not well-formed XML (XML error %d)"), error->code);
  return g_strdup_printf (_("The file could not be read as XML (error %d in part %d of libxml2)"),
                          error->code, error->domain);
}

/* The common RELAX NG faults in the user's language, naming the element
 * (libxml2 passes its names in str1 and str2); the line is the report's. */
static char *
schema_message (xmlErrorPtr error)
{
  const char *one = error->str1, *two = error->str2;

  switch (error->code)
    {
    case XML_RELAXNG_ERR_EXTRACONTENT:
      if (one != NULL && two != NULL)
        return g_strdup_printf (_("The element “%s” holds “%s”, which does not belong there"), one, two);
      break;
    case XML_RELAXNG_ERR_ELEMWRONG:
      if (one != NULL)
        return g_strdup_printf (_("The element “%s” is not allowed here"), one);
      break;
    case XML_RELAXNG_ERR_INTEREXTRA:
      /* Also when the element belongs there but its content or
       * attributes do not. */
      if (one != NULL)
        return g_strdup_printf (_("The element “%s” is not valid here"), one);
      break;
    case XML_RELAXNG_ERR_NOELEM:
      if (one != NULL)
        return g_strdup_printf (_("The element “%s” is missing"), one);
      break;
    case XML_RELAXNG_ERR_ELEMNAME:
      if (one != NULL && two != NULL)
        return g_strdup_printf (_("Expected the element “%s” here, not “%s”"), one, two);
      break;
    case XML_RELAXNG_ERR_CONTENTVALID:
      if (one != NULL)
        return g_strdup_printf (_("The content of the element “%s” is not valid"), one);
      break;
    case XML_RELAXNG_ERR_ATTRVALID:
      if (one != NULL)
        return g_strdup_printf (_("The attributes of the element “%s” are not valid"), one);
      break;
    case XML_RELAXNG_ERR_INVALIDATTR:
      if (one != NULL && two != NULL)
        return g_strdup_printf (_("The attribute “%s” is not allowed on the element “%s”"), one, two);
      break;
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
      if (one != NULL)
        return g_strdup_printf (_("The element “%s” must be empty"), one);
      break;
    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_VALUE:
    case XML_RELAXNG_ERR_TYPE:
    case XML_RELAXNG_ERR_TYPEVAL:
    case XML_RELAXNG_ERR_LIST:
      return g_strdup (_("A value is not valid here"));
    default:
      break;
    }
  return unnamed_fault (error->node != NULL && ((xmlNode *) error->node)->type == XML_ELEMENT_NODE
                        ? (const char *) ((xmlNode *) error->node)->name : NULL, error);
}

/* The common faults of a file edited by hand in the user's language
 * (libxml2 passes names in str1 and str2, a line or a character in int1);
 * libxml2's English text only for the rare rest. */
static char *
parser_message (xmlErrorPtr error)
{
  const char *one = error->str1, *two = error->str2;

  switch (error->code)
    {
    case XML_ERR_TAG_NAME_MISMATCH:
      if (one != NULL && two != NULL)
        return g_strdup_printf (_("The element “%s” opened on line %d is closed as “%s”"), one, error->int1, two);
      break;
    case XML_ERR_TAG_NOT_FINISHED:
      if (one != NULL)
        return g_strdup_printf (_("The element “%s” opened on line %d is never closed"), one, error->int1);
      break;
    case XML_ERR_GT_REQUIRED:
      if (one != NULL)
        return g_strdup_printf (_("The start tag of “%s” on line %d does not end with “>”"), one, error->int1);
      return g_strdup (_("An end tag holds more than its name or does not end with “>”"));
    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("There is more after the end of the root element"));
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup (_("The file holds no XML element"));
    case XML_ERR_UNDECLARED_ENTITY:
      if (one != NULL)
        return g_strdup_printf (_("“&%s;” is not defined in a plan file; write the character itself"), one);
      break;
    case XML_NS_ERR_UNDEFINED_NAMESPACE:
      if (one != NULL && two != NULL)
        return g_strdup_printf (_("The prefix “%s” of “%s” is not declared (xmlns:%s=\"…\")"), one, two, one);
      break;
    case XML_ERR_ATTRIBUTE_REDEFINED:
      if (one != NULL)
        return g_strdup_printf (_("The attribute “%s” is given twice"), one);
      break;
    case XML_ERR_LT_IN_ATTRIBUTE:
      return g_strdup (_("An attribute value holds “<”; write it as “&lt;”"));
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
      return g_strdup (_("An attribute value must be in quotes"));
    case XML_ERR_INVALID_CHAR:
      if (error->int1 > 0)
        return g_strdup_printf (_("The file holds the character U+%04X, which XML does not allow"), error->int1);
      return g_strdup (_("A character reference (&#…;) names a character XML does not allow"));
    case XML_ERR_COMMENT_NOT_FINISHED:
      return g_strdup (_("A comment is never closed with “-->”"));
    case XML_ERR_CDATA_NOT_FINISHED:
      return g_strdup (_("A CDATA section is never closed with “]]>”"));
    case XML_ERR_PI_NOT_FINISHED:
      return g_strdup (_("A processing instruction is never closed with “?>”"));
    case XML_ERR_STRING_NOT_CLOSED:
    case XML_ERR_STRING_NOT_STARTED:
      return g_strdup (_("A value in the XML declaration is not in matching quotes"));
    case XML_ERR_STANDALONE_VALUE:
      return g_strdup (_("“standalone” in the XML declaration may only be “yes” or “no”"));
    case XML_ERR_VERSION_MISSING:
      return g_strdup (_("The XML declaration at the start lacks version=\"1.0\""));
    case XML_NS_ERR_QNAME:
      return g_strdup (_("A name holds more than one “:”"));
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
      if (one != NULL)
        return g_strdup_printf (_("The attribute “%s” has no value (%s=\"…\")"), one, one);
      break;
    case XML_ERR_SPACE_REQUIRED:
      return g_strdup (_("A tag's attributes are not written as name=\"value\" with spaces between"));
    case XML_ERR_NAME_REQUIRED:
      return g_strdup (_("A name in a tag is missing or starts with a character a name cannot start with"));
    case XML_ERR_XMLDECL_NOT_FINISHED:
      return g_strdup (_("The XML declaration at the start does not end with “?>”"));
    case XML_ERR_HYPHEN_IN_COMMENT:
      return g_strdup (_("A comment holds “--”, which XML does not allow"));
    case XML_ERR_RESERVED_XML_NAME:
      return g_strdup (_("The XML declaration may only be at the very start of the file"));
    default:
      break;
    }
  return unnamed_fault (parsed_element (error), error);
}

void
trappa_xml_report_on_libxml (void        *report,
                             xmlErrorPtr  error)
{
  TrappaXmlReport *self = report;
  guint line = error->line > 0 ? (guint) error->line : 0;
  g_autofree char *message = NULL;

  if (error->level == XML_ERR_WARNING)
    return;

  /* libxml2's own limits (nesting depth, a text node over 10 MB) come as
   * internal or memory errors whose text suggests XML_PARSE_HUGE, an
   * option that must never be used here. */
  if (error->domain == XML_FROM_PARSER &&
      (error->code == XML_ERR_INTERNAL_ERROR || error->code == XML_ERR_NO_MEMORY))
    {
      if (error->message != NULL && strstr (error->message, "depth") != NULL)
        trappa_xml_report_add (self, line, TRAPPA_ERROR_TOO_LARGE, "%s",
                               _("The elements are nested too deeply"));
      else
        trappa_xml_report_add (self, line, TRAPPA_ERROR_TOO_LARGE, "%s",
                               _("A text or name in the file is too long to read"));
      return;
    }

  /* A schema error names a node; its line is exact past 65,535 too. */
  if (error->node != NULL && ((xmlNode *) error->node)->type == XML_ELEMENT_NODE)
    line = (guint) xmlGetLineNo (error->node);

  if (error->domain == XML_FROM_RELAXNGV)
    message = schema_message (error);
  else if (error->domain == XML_FROM_PARSER || error->domain == XML_FROM_NAMESPACE)
    message = parser_message (error);
  else
    message = unnamed_fault (NULL, error);
  add_message (self, line, code_for (self, error), g_steal_pointer (&message));
}

void
trappa_xml_report_capture (TrappaXmlReport *self,
                           TrappaError      code)
{
  self->libxml_code = code;
  self->saved_handler = xmlStructuredError;
  self->saved_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc (self, trappa_xml_report_on_libxml);
}

void
trappa_xml_report_release (TrappaXmlReport *self)
{
  xmlSetStructuredErrorFunc (self->saved_data, self->saved_handler);
}
