/* trappa-plan-bytes.c: the checks on a plan file's bytes, chunk by chunk
 *
 * The reader's first two stages (trappa-plan-reader.c): the bytes (size,
 * UTF-8, binary) and the tags (how many elements, how many attributes on
 * one), checked as the file is read, so that it is never held whole and
 * libxml2 gets only bytes that passed. Each check gives the same verdict
 * and line as on the whole file at once: a problem of an earlier stage
 * found later in the file still wins over one found before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-io"

#include <string.h>
#include <glib/gi18n.h>

#include "trappa-plan-bytes.h"
#include "trappa-plan-field.h"
#include "trappa-plan-file.h"
#include "trappa-plan-reader.h"

#define BINARY_PROBE   8192
/* Counted in the bytes, before libxml2 parses them: room for every record
 * the model allows with all its fields, and for namespace declarations. */
#define MAX_ELEMENTS   1000000
#define MAX_ATTRIBUTES (TRAPPA_PLAN_MAX_FOREIGN_ATTRIBUTES + 100)
/* Enough of an element's name for a message (trappa_field_quote keeps
 * 40 characters of it). */
#define MAX_NAME_BYTES 256
/* The longest opener a tag is told by ("<![CDATA["). */
#define MAX_OPENER     9

typedef enum
{
  SCAN_TEXT,    /* looking for the next "<" */
  SCAN_MARKER,  /* in a comment, CDATA section or processing instruction */
  SCAN_TAG,     /* in an element's start tag */
  SCAN_DONE,    /* a DOCTYPE (refused once parsed) or a problem: no more */
} Scan;

struct _TrappaPlanBytes
{
  guint64     size;
  gboolean    blank;          /* nothing but white space so far */
  guchar      head[2];        /* the first bytes, for a UTF-16 mark */
  guint       n_head;
  guint       line;           /* of the next byte the UTF-8 check reads */
  guint       binary_line;    /* non-zero: a NUL near the start */
  guint       utf8_line;      /* non-zero: the first byte that is not UTF-8 */
  char        partial[4];     /* a character the last chunk ended in */
  guint       n_partial;

  /* The tags: as check_tags() did on the whole file. */
  Scan        scan;
  GByteArray *pending;        /* bytes to scan again with the next chunk */
  const char *marker;         /* what ends the comment, CDATA or PI */
  guint       tag_line;       /* of the next byte the tag scan counts */
  guint       tag_start;      /* of the "<" of the start tag scanned */
  guint       n_elements;
  guint       n_attributes;
  char        quote;
  gboolean    name_done;
  GString    *name;
  TrappaError tag_code;       /* with tag_message: the problem found */
  char       *tag_message;
  guint       tag_problem_line;
};

TrappaPlanBytes *
trappa_plan_bytes_new (void)
{
  TrappaPlanBytes *self = g_new0 (TrappaPlanBytes, 1);

  self->blank = TRUE;
  self->line = 1;
  self->tag_line = 1;
  self->pending = g_byte_array_new ();
  self->name = g_string_new (NULL);
  return self;
}

void
trappa_plan_bytes_free (TrappaPlanBytes *self)
{
  g_byte_array_unref (self->pending);
  g_string_free (self->name, TRUE);
  g_free (self->tag_message);
  g_free (self);
}

static guint
count_lines (const char *p,
             const char *end)
{
  guint n = 0;

  while ((p = memchr (p, '\n', end - p)) != NULL)
    {
      n++;
      p++;
    }
  return n;
}

/* ---- the bytes ---------------------------------------------------------- */

/* The UTF-8 check of @data, which starts on line @line. */
static void
check_utf8 (TrappaPlanBytes *self,
            const char      *data,
            gsize            length,
            guint            line)
{
  const char *end = NULL;
  gsize rest;

  if (g_utf8_validate_len (data, length, &end))
    return;
  /* A character cut by the chunk's end is checked whole with the next. */
  rest = data + length - end;
  if (rest < sizeof self->partial && (guchar) *end >= 0xC0 &&
      g_utf8_get_char_validated (end, rest) == (gunichar) -2)
    {
      memcpy (self->partial, end, rest);
      self->n_partial = rest;
      return;
    }
  self->utf8_line = line + count_lines (data, end);
}

static void
check_bytes (TrappaPlanBytes *self,
             const char      *data,
             gsize            length)
{
  guint64 start = self->size;
  const char *nul;

  self->size += length;
  for (gsize i = 0; self->blank && i < length; i++)
    self->blank = g_ascii_isspace (data[i]);
  for (gsize i = 0; self->n_head < 2 && i < length; i++)
    self->head[self->n_head++] = data[i];

  /* As git and grep decide: a NUL byte near the start means binary (an
   * image, a spreadsheet, a zip), which deserves its own message. */
  if (start < BINARY_PROBE && self->binary_line == 0 &&
      (nul = memchr (data, '\0', MIN (length, BINARY_PROBE - start))) != NULL)
    self->binary_line = self->line + count_lines (data, nul);

  if (self->utf8_line == 0 && self->n_partial > 0)
    {
      gsize joined_length = self->n_partial + length;
      g_autofree char *joined = g_malloc (joined_length);

      /* The cut character has no line break: the lines are the same. */
      memcpy (joined, self->partial, self->n_partial);
      memcpy (joined + self->n_partial, data, length);
      self->n_partial = 0;
      check_utf8 (self, joined, joined_length, self->line);
    }
  else if (self->utf8_line == 0)
    check_utf8 (self, data, length, self->line);
  self->line += count_lines (data, data + length);
}

/* ---- the tags ----------------------------------------------------------- */

/* libxml2 itself is quadratic in the attributes of one element (it looks
 * for duplicates pairwise), and its tree of a 50 MB file of empty elements
 * takes gigabytes; so the tags are counted before it parses anything. The
 * count is lexical and exact for well-formed XML: outside quotes, a start
 * tag holds one "=" per attribute; a malformed file is the parser's to
 * refuse. */

static void
tag_problem (TrappaPlanBytes *self,
             guint            line,
             char            *message)
{
  self->tag_code = TRAPPA_ERROR_TOO_LARGE;
  self->tag_problem_line = line;
  self->tag_message = message;
  self->scan = SCAN_DONE;
}

/* The bytes need not end in a NUL: every look stays before @end. */
static gboolean
starts_with (const char *p,
             const char *end,
             const char *prefix)
{
  gsize length = strlen (prefix);

  return (gsize) (end - p) >= length && memcmp (p, prefix, length) == 0;
}

/* Whether more bytes could still make @p … @end any of the openers. */
static gboolean
opener_unknown (const char *p,
                const char *end)
{
  static const char * const openers[] = { "<!--", "<![CDATA[", "<!" };
  gsize length = end - p;

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    if (length < strlen (openers[i]) && memcmp (p, openers[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* Adds to the element's name what of it is in @p … @end. */
static void
take_name (TrappaPlanBytes *self,
           const char      *p,
           const char      *end)
{
  for (; p < end && !self->name_done; p++)
    {
      if (strchr (" \t\r\n/>", *p) != NULL)
        self->name_done = TRUE;
      else if (self->name->len < MAX_NAME_BYTES)
        g_string_append_c (self->name, *p);
    }
}

/* Scans a start tag from @p on to its ">" (returned) or @end; its name is
 * kept only where a message may need it: past the chunk, or too many
 * attributes. */
static const char *
scan_tag (TrappaPlanBytes *self,
          const char      *p,
          const char      *end,
          gboolean         last)
{
  const char *from = p;

  for (; p < end && (self->quote != 0 || *p != '>'); p++)
    {
      if (self->quote != 0)
        self->quote = *p == self->quote ? 0 : self->quote;
      else if (*p == '"' || *p == '\'')
        self->quote = *p;
      else if (*p == '=')
        self->n_attributes++;
    }
  if (p == end && !last)
    {
      take_name (self, from, end);
      return p;
    }
  self->scan = SCAN_TEXT;
  if (self->n_attributes > MAX_ATTRIBUTES)
    {
      g_autofree char *quoted = NULL;

      take_name (self, from, p);
      quoted = trappa_field_quote (self->name->str);
      tag_problem (self, self->tag_start,
                   g_strdup_printf (_("The element “%s” has %u attributes; at most %d are allowed"),
                                    quoted, self->n_attributes, MAX_ATTRIBUTES));
    }
  return p;
}

/* Scans @data (@pending first), holding back what the next chunk may
 * change: an opener not yet whole, the end of a marker not yet found. */
static void
scan_tags (TrappaPlanBytes *self,
           const char      *data,
           gsize            length,
           gboolean         last)
{
  g_autoptr(GByteArray) joined = NULL;
  const char *p, *end, *counted, *keep;

  if (self->scan == SCAN_DONE)
    return;
  if (self->pending->len > 0)
    {
      joined = g_steal_pointer (&self->pending);
      self->pending = g_byte_array_new ();
      g_byte_array_append (joined, (const guint8 *) data, length);
      data = (const char *) joined->data;
      length = joined->len;
    }
  p = counted = data;
  end = keep = data + length;

  if (self->scan == SCAN_MARKER)
    {
      const char *found = g_strstr_len (p, end - p, self->marker);

      if (found == NULL && !last)
        keep = MAX (p, end - (strlen (self->marker) - 1));
      p = found != NULL ? found + strlen (self->marker) : end;
      if (found != NULL || last)
        self->scan = SCAN_TEXT;
    }
  else if (self->scan == SCAN_TAG)
    p = scan_tag (self, p, end, last);

  while (self->scan == SCAN_TEXT && p < keep && (p = memchr (p, '<', end - p)) != NULL)
    {
      const char *marker = NULL;

      if (!last && opener_unknown (p, end))
        {
          keep = p;
          break;
        }
      if (starts_with (p, end, "<!--"))
        marker = "-->";
      else if (starts_with (p, end, "<![CDATA["))
        marker = "]]>";
      else if (starts_with (p, end, "<?"))
        marker = "?>";
      else if (starts_with (p, end, "<!"))
        {
          self->scan = SCAN_DONE;  /* a DOCTYPE: refused once parsed */
          break;
        }
      else if (starts_with (p, end, "</"))
        {
          p++;
          continue;
        }
      if (marker != NULL)
        {
          /* Looked for from the "<" on, as "<!-->" ends where it starts. */
          const char *found = g_strstr_len (p, end - p, marker);

          if (found != NULL || last)
            p = found != NULL ? found + strlen (marker) : end;
          else
            {
              self->scan = SCAN_MARKER;
              self->marker = marker;
              keep = MAX (p, end - (strlen (marker) - 1));
            }
          continue;
        }

      self->tag_line += count_lines (counted, p);
      counted = p;
      if (++self->n_elements > MAX_ELEMENTS)
        {
          tag_problem (self, self->tag_line,
                       g_strdup_printf (_("The file holds more than %d elements"), MAX_ELEMENTS));
          return;
        }
      self->scan = SCAN_TAG;
      self->tag_start = self->tag_line;
      self->quote = 0;
      self->n_attributes = 0;
      self->name_done = FALSE;
      g_string_truncate (self->name, 0);
      p = scan_tag (self, p + 1, end, last);
    }

  if (self->scan == SCAN_DONE)
    return;
  self->tag_line += count_lines (counted, keep);
  g_byte_array_append (self->pending, (const guint8 *) keep, end - keep);
}

/* ---- the whole ---------------------------------------------------------- */

/* A UTF-16 byte order mark first. */
static gboolean
is_utf16 (TrappaPlanBytes *self)
{
  return self->n_head == 2 && (self->head[0] == 0xff || self->head[0] == 0xfe) &&
         (self->head[1] == 0xff || self->head[1] == 0xfe) && self->head[0] != self->head[1];
}

gboolean
trappa_plan_bytes_add (TrappaPlanBytes *self,
                       const char      *data,
                       gsize            length)
{
  check_bytes (self, data, length);
  scan_tags (self, data, length, FALSE);
  return self->binary_line == 0 && self->utf8_line == 0 && self->tag_message == NULL &&
         !is_utf16 (self) && self->size <= TRAPPA_PLAN_MAX_BYTES;
}

gboolean
trappa_plan_bytes_finish (TrappaPlanBytes *self,
                          TrappaXmlReport *report)
{
  scan_tags (self, "", 0, TRUE);
  /* A character cut by the end of the file is not whole. */
  if (self->utf8_line == 0 && self->n_partial > 0)
    self->utf8_line = self->line;

  if (self->size > TRAPPA_PLAN_MAX_BYTES)
    {
      g_autofree char *message = trappa_plan_reader_describe_too_large (self->size);

      trappa_xml_report_add (report, 0, TRAPPA_ERROR_TOO_LARGE, "%s", message);
    }
  else if (self->blank)
    trappa_xml_report_add (report, 0, TRAPPA_ERROR_EMPTY, "%s", _("The file is empty"));
  else if (is_utf16 (self))
    trappa_xml_report_add (report, 1, TRAPPA_ERROR_ENCODING, "%s",
                           _("The file is UTF-16 text; plan files are UTF-8"));
  else if (self->binary_line != 0)
    trappa_xml_report_add (report, self->binary_line, TRAPPA_ERROR_ENCODING, "%s",
                           _("The file holds binary data, not a plan"));
  else if (self->utf8_line != 0)
    trappa_xml_report_add (report, self->utf8_line, TRAPPA_ERROR_ENCODING, "%s",
                           _("The file is not valid UTF-8 text"));
  else if (self->tag_message != NULL)
    trappa_xml_report_add (report, self->tag_problem_line, self->tag_code, "%s", self->tag_message);
  else
    return TRUE;
  return FALSE;
}
