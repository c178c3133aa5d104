/* test-hostile.c: files someone may send, each refused with a clear error
 *
 * Small hostile files are in hostile/; large ones are made at run time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"
#include <locale.h>
#include <libintl.h>
#include <sys/resource.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "trappa-plan-file.h"
#include "trappa-xml-report.h"

typedef struct
{
  const char  *file;
  TrappaError  code;
  guint        line;    /* 0: the problem has no line */
  const char  *words;   /* must appear in the message */
} Hostile;

static const Hostile hostile[] = {
  { "empty.trappa", TRAPPA_ERROR_EMPTY, 0, "empty" },
  { "blank.trappa", TRAPPA_ERROR_EMPTY, 0, "empty" },
  { "truncated.trappa", TRAPPA_ERROR_MALFORMED, 3, "The element “title” opened on line 3 is never closed" },
  { "binary.trappa", TRAPPA_ERROR_ENCODING, 3, "binary data" },
  { "utf16.trappa", TRAPPA_ERROR_ENCODING, 1, "UTF-16" },
  { "invalid-utf8.trappa", TRAPPA_ERROR_ENCODING, 3, "not valid UTF-8" },
  { "latin1-declared.trappa", TRAPPA_ERROR_ENCODING, 1, "ISO-8859-1" },
  { "wrong-root.trappa", TRAPPA_ERROR_NOT_A_PLAN, 2, "“html”" },
  { "wrong-namespace.trappa", TRAPPA_ERROR_NOT_A_PLAN, 2, "urn:example:other" },
  { "no-namespace.trappa", TRAPPA_ERROR_NOT_A_PLAN, 2, "not a Trappa plan" },
  { "bad-version.trappa", TRAPPA_ERROR_NOT_A_PLAN, 2, "format version" },
  { "newer-major.trappa", TRAPPA_ERROR_NEWER_VERSION, 2, "2.0" },
  { "newer-major-namespace.trappa", TRAPPA_ERROR_NEWER_VERSION, 2, "update Trappa" },
  { "billion-laughs.trappa", TRAPPA_ERROR_UNSAFE, 2, "DOCTYPE" },
  { "external-entity-file.trappa", TRAPPA_ERROR_UNSAFE, 2, "DOCTYPE" },
  { "external-entity-http.trappa", TRAPPA_ERROR_UNSAFE, 2, "DOCTYPE" },
  { "xinclude.trappa", TRAPPA_ERROR_UNSAFE, 4, "XInclude" },
  { "xinclude-nested.trappa", TRAPPA_ERROR_UNSAFE, 5, "XInclude" },
  { "undefined-entity.trappa", TRAPPA_ERROR_MALFORMED, 3, "nbsp" },
  { "two-roots.trappa", TRAPPA_ERROR_MALFORMED, 5, "There is more after the end of the root element" },
  { "negative-count.trappa", TRAPPA_ERROR_INVALID_VALUE, 8, "“units-today” must be from 0 to 10000000, not “-3”" },
  { "non-numeric-count.trappa", TRAPPA_ERROR_INVALID_VALUE, 8, "must be a whole number, not “mange”" },
  { "fraction-count.trappa", TRAPPA_ERROR_INVALID_VALUE, 8, "whole number" },
  { "huge-count.trappa", TRAPPA_ERROR_INVALID_VALUE, 8, "from 0 to 10000000" },
  { "over-limit-count.trappa", TRAPPA_ERROR_INVALID_VALUE, 8, "not “10000001”" },
  { "bad-choice.trappa", TRAPPA_ERROR_INVALID_VALUE, 3, "“language” must be one of nn, nb" },
  { "bad-flag.trappa", TRAPPA_ERROR_INVALID_VALUE, 2, "“example” must be “true” or “false”" },
  { "bad-id.trappa", TRAPPA_ERROR_INVALID_VALUE, 4, "not a valid id" },
  { "missing-id.trappa", TRAPPA_ERROR_INVALID_VALUE, 4, "needs an id" },
  { "duplicate-id.trappa", TRAPPA_ERROR_DUPLICATE_ID, 5, "“tg-1” is used twice (first on line 4)" },
  { "duplicate-field.trappa", TRAPPA_ERROR_SCHEMA, 4, "given twice" },
  { "dangling-reference.trappa", TRAPPA_ERROR_DANGLING_REFERENCE, 8, "“step-9”, which is not in the plan" },
  { "wrong-kind-reference.trappa", TRAPPA_ERROR_DANGLING_REFERENCE, 11, "which is a step, not a target-group" },
  { "unknown-element.trappa", TRAPPA_ERROR_SCHEMA, 4, "The element “plan” holds “colour”, which does not belong there" },
  { "bad-attribute.trappa", TRAPPA_ERROR_SCHEMA, 3, "The field “title” has the attribute “lang”; a field has no attributes" },
  /* Each names the element and its own line, not the plan's (line 2). */
  { "unknown-in-list.trappa", TRAPPA_ERROR_SCHEMA, 7, "The list “target-groups” holds “colour”, which does not belong there" },
  { "unknown-in-step.trappa", TRAPPA_ERROR_SCHEMA, 9, "The element “step” holds “colour”, which does not belong there" },
  { "loose-text.trappa", TRAPPA_ERROR_SCHEMA, 5, "Target group holds text outside its fields: “laus tekst”" },
  { "element-in-field.trappa", TRAPPA_ERROR_SCHEMA, 5, "The field “name” holds the element “b”; a field holds only text" },
  { "plan-namespace-attribute.trappa", TRAPPA_ERROR_SCHEMA, 4, "The attribute “p:name” does not belong on a target-group" },
  { "unknown-attribute.trappa", TRAPPA_ERROR_SCHEMA, 4, "The attribute “colour” does not belong on a target-group" },
  /* Faults libxml2 finds, each in words of its own (not libxml2's). */
  { "unclosed-comment.trappa", TRAPPA_ERROR_MALFORMED, 5, "A comment is never closed with “-->”" },
  { "unclosed-cdata.trappa", TRAPPA_ERROR_MALFORMED, 5, "A CDATA section is never closed with “]]>”" },
  { "unclosed-pi.trappa", TRAPPA_ERROR_MALFORMED, 5, "A processing instruction is never closed with “?>”" },
  { "bad-standalone.trappa", TRAPPA_ERROR_MALFORMED, 1, "“standalone” in the XML declaration may only be “yes” or “no”" },
  { "no-version.trappa", TRAPPA_ERROR_MALFORMED, 1, "lacks version=\"1.0\"" },
  { "end-tag-attribute.trappa", TRAPPA_ERROR_MALFORMED, 3, "An end tag holds more than its name" },
  { "nul-charref.trappa", TRAPPA_ERROR_ENCODING, 3, "A character reference (&#…;) names a character XML does not allow" },
  { "bad-qname.trappa", TRAPPA_ERROR_MALFORMED, 3, "A name holds more than one “:”" },
  /* Accepted before, though wrong. */
  { "period-backwards.trappa", TRAPPA_ERROR_INVALID_VALUE, 4, "The period ends in 1, before it starts (9999)" },
  { "action-plan-before-period.trappa", TRAPPA_ERROR_INVALID_VALUE, 5, "The action plan starts in 2020, before the plan period (2024)" },
  { "age-band-backwards.trappa", TRAPPA_ERROR_INVALID_VALUE, 7, "The age band “Eldre” has a highest age (18) below its lowest (67)" },
  { "age-bands-overlap.trappa", TRAPPA_ERROR_INVALID_VALUE, 8, "The age bands “Born” and “Ungdom” overlap: ages 10 to 17 are in both (the other is on line 4)" },
  { "activity-as-housing-step.trappa", TRAPPA_ERROR_DANGLING_REFERENCE, 20, "“housing-steps” cannot refer to “level-1”" },
  { "beon-level-housing-step.trappa", TRAPPA_ERROR_DANGLING_REFERENCE, 26, "“level” cannot refer to “step-1”" },
  { "repeated-reference.trappa", TRAPPA_ERROR_INVALID_VALUE, 9, "“target-groups” lists “tg-1” twice" },
  { "two-housing-staircases.trappa", TRAPPA_ERROR_INVALID_VALUE, 7, "A plan has one housing staircase; this is a second one (the other is on line 4)" },
  { "effect-step-two.trappa", TRAPPA_ERROR_DANGLING_REFERENCE, 26, "“effect-step” refers to “step-1 level-1”, which is not in the plan" },
  { "lookalike-ids.trappa", TRAPPA_ERROR_INVALID_VALUE, 5, "“tg-а” is not a valid id" },
  { "bad-date.trappa", TRAPPA_ERROR_INVALID_VALUE, 6, "“due-date” must be a date written YYYY-MM-DD, not “20.06.2025”" },
  { "risk-out-of-range.trappa", TRAPPA_ERROR_INVALID_VALUE, 7, "“consequence” must be from 1 to 5, not “7”" },
  { "risk-empty-hazard.trappa", TRAPPA_ERROR_INVALID_VALUE, 5, "“hazard” must not be empty" },
  { "risk-dangling-measure.trappa", TRAPPA_ERROR_DANGLING_REFERENCE, 11, "“tiltak-9”, which is not in the plan" },
  { "meeting-minutes-out-of-range.trappa", TRAPPA_ERROR_INVALID_VALUE, 6, "“minutes” must be from 0 to 600, not “900”" },
  { "mobilisation-empty-target-group.trappa", TRAPPA_ERROR_INVALID_VALUE, 5, "“target-group” must not be empty" },
  { "success-factor-unknown-status.trappa", TRAPPA_ERROR_INVALID_VALUE, 6, "“status” must be empty or one of green, yellow, red, not “blue”" },
  { "success-factor-unknown-factor.trappa", TRAPPA_ERROR_INVALID_VALUE, 5, "“factor” must be one of anchoring, organisation" },
  { "national-goal-dangling-measure.trappa", TRAPPA_ERROR_DANGLING_REFERENCE, 12, "“measures” refers to “tiltak-7”, which is not in the plan" },
  { "national-goal-unknown-status.trappa", TRAPPA_ERROR_INVALID_VALUE, 6, "“status” must be one of open, partly, addressed, not “done”" },
};

static void
assert_refused (GError     *error,
                guint       line,
                TrappaError code,
                guint       expected_line,
                const char *words)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == TRAPPA_ERROR);
  g_assert_cmpint (error->code, ==, code);
  g_assert_cmpuint (line, ==, expected_line);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” not in the message “%s”", words, error->message);
}

/* AddressSanitizer reserves terabytes of address space up front, so the
 * memory limit (RLIMIT_AS) cannot apply under it; the time limit does. */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#define CASE_SECONDS 2
#define CASE_BYTES   (500 * 1024 * 1024)
/* Only against a hang: the time limit is CPU time, which does not grow
 * when other processes load the machine. */
#define CASE_WALL_SECONDS 120

/* A hostile file must be refused within 2 s of CPU time and 500 MB: the
 * test runs again in a child, which calls limit_child() once its input is
 * made. TRUE in the child; FALSE in the parent once the child passed. */
static gboolean
in_limited_child (void)
{
  if (g_test_subprocess ())
    return TRUE;
  g_test_trap_subprocess (NULL, CASE_WALL_SECONDS * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

static void
limit_child (void)
{
  struct rusage usage;
  struct rlimit cpu;

  /* RLIMIT_CPU counts whole seconds from the start: from now, between
   * CASE_SECONDS and one more. SIGXCPU then ends the child. */
  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  cpu.rlim_cur = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1 + CASE_SECONDS;
  cpu.rlim_max = cpu.rlim_cur + 1;
  g_assert_cmpint (setrlimit (RLIMIT_CPU, &cpu), ==, 0);
#ifndef UNDER_ASAN
  {
    struct rlimit memory = { CASE_BYTES, CASE_BYTES };

    g_assert_cmpint (setrlimit (RLIMIT_AS, &memory), ==, 0);
  }
#endif
}

static void
test_hostile_file (gconstpointer data)
{
  const Hostile *h = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "hostile", h->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  guint line = 99999;
  g_autoptr(TrappaPlan) plan = NULL;

  if (!in_limited_child ())
    return;
  limit_child ();
  plan = trappa_plan_file_load (file, NULL, &line, &error);
  g_assert_null (plan);
  assert_refused (error, line, h->code, h->line, NULL);

  /* The message names the file and, where there is one, the line, then
   * what is wrong. */
  prefix = h->line > 0 ? g_strdup_printf ("%s:%u: ", path, h->line) : g_strdup_printf ("%s: ", path);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  if (strstr (error->message + strlen (prefix), h->words) == NULL)
    g_error ("“%s” not in the message “%s”", h->words, error->message);
}

/* Not one byte of libxml2's own output reaches stderr. */
static void
test_hostile_quiet (void)
{
  if (g_test_subprocess ())
    {
      for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
        {
          g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "hostile", hostile[i].file, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(TrappaPlan) plan = trappa_plan_file_load (file, NULL, NULL, NULL);

          g_assert_null (plan);
        }
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

static void
collect_libxml_text (void        *texts,
                     xmlErrorPtr  error)
{
  if (error->message != NULL)
    g_ptr_array_add (texts, g_strstrip (g_strdup (error->message)));
}

/* What libxml2 itself says about @bytes, in English. */
static GPtrArray *
libxml_texts (GBytes *bytes)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDoc *doc;

  xmlSetStructuredErrorFunc (texts, collect_libxml_text);
  doc = xmlReadMemory (data, (int) size, NULL, NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlFreeDoc (doc);
  return texts;
}

static char *
message_in (const char *language,
            GBytes     *bytes,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = NULL;

  g_setenv ("LANGUAGE", language, TRUE);
  /* gettext caches translations until the text domain is set again. */
  textdomain (GETTEXT_PACKAGE);
  plan = trappa_plan_file_parse (bytes, name, NULL, &error);
  g_assert_null (plan);
  return g_strdup (error->message);
}

/* In Nynorsk, each refusal is in Nynorsk: not the English message, and
 * nothing of libxml2's own English text. */
static void
test_hostile_in_nynorsk (void)
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "hostile", hostile[i].file, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) texts = NULL;
      g_autofree char *english = NULL;
      g_autofree char *nynorsk = NULL;
      char *contents;
      gsize size;

      g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
      bytes = g_bytes_new_take (contents, size);
      texts = libxml_texts (bytes);
      /* Nynorsk first: g_dgettext() decides once, on its first call,
       * whether to translate at all. */
      nynorsk = message_in ("nn", bytes, hostile[i].file);
      english = message_in ("en", bytes, hostile[i].file);
      if (g_str_equal (english, nynorsk))
        g_error ("%s: not translated: “%s”", hostile[i].file, nynorsk);
      for (guint j = 0; j < texts->len; j++)
        if (strstr (nynorsk, texts->pdata[j]) != NULL)
          g_error ("%s: libxml2's “%s” in “%s”", hostile[i].file, (char *) texts->pdata[j], nynorsk);
    }
}

/* Whatever libxml2 reports, in any part of it, its English text is not
 * passed on: the report's own words are. */
static void
test_no_libxml_text (void)
{
  static const int domains[] = { XML_FROM_PARSER, XML_FROM_NAMESPACE, XML_FROM_RELAXNGV, XML_FROM_IO, XML_FROM_TREE };
  char english[] = "LIBXML2 OWN WORDS";
  char name[] = "navn";

  for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
    for (int code = 0; code < 1300; code++)
      for (guint named = 0; named < 2; named++)
        {
          g_autoptr(TrappaXmlReport) report = trappa_xml_report_new ("plan.trappa");
          g_autoptr(GError) error = NULL;
          xmlError fault = {
            .domain = domains[d], .code = code, .message = english, .level = XML_ERR_ERROR,
            .line = 3, .str1 = named ? name : NULL, .str2 = named ? name : NULL, .int1 = 3,
          };

          trappa_xml_report_on_libxml (report, &fault);
          g_assert_false (trappa_xml_report_check (report, NULL, &error));
          if (strstr (error->message, english) != NULL)
            g_error ("domain %d, code %d: “%s”", domains[d], code, error->message);
        }
}

static TrappaPlan *
parse_string (GString  *text,
              guint    *line,
              GError  **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);

  return trappa_plan_file_parse (bytes, "generated.trappa", line, error);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\">\n");
  g_autoptr(GError) error = NULL;
  guint line = 0;
  g_autoptr(TrappaPlan) plan = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append (text, "<x:a xmlns:x=\"urn:x\">");
  for (guint i = 0; i < 200000; i++)
    g_string_append (text, "</x:a>");
  g_string_append (text, "</plan>\n");

  plan = parse_string (text, &line, &error);
  g_assert_null (plan);
  assert_refused (error, line, TRAPPA_ERROR_TOO_LARGE, 2, "nested too deeply");
}

/* Descriptions of 90,000 characters each (under the model's limit for a
 * long text) until the file has @size bytes. */
static GString *
large_plan (gsize size)
{
  GString *text = g_string_sized_new (size + 1024);
  guint n = 0;

  g_string_append (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\">\n"
                         "  <target-groups>\n");
  while (text->len < size)
    {
      gsize end = MIN (size, text->len + 90 * 1000);

      g_string_append_printf (text, "    <target-group id=\"tg-%u\">\n      <description>", ++n);
      while (text->len < end)
        g_string_append (text, "Bustadtrapp og meistringstrapp. ");
      g_string_append (text, "</description>\n    </target-group>\n");
    }
  g_string_append (text, "  </target-groups>\n</plan>\n");
  return text;
}

/* A 60 MB file is refused by its size before a byte is read, and 60 MB of
 * bytes handed to the parser directly are refused too. */
static void
test_too_large (void)
{
  g_autoptr(GString) text = large_plan (60 * 1024 * 1024);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("trappa-io-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  guint line = 99;

  plan = parse_string (text, &line, &error);
  g_assert_null (plan);
  assert_refused (error, line, TRAPPA_ERROR_TOO_LARGE, 0, "at most");
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  plan = trappa_plan_file_load (file, NULL, &line, &error);
  g_assert_null (plan);
  assert_refused (error, line, TRAPPA_ERROR_TOO_LARGE, 0, "at most");
  g_assert_true (g_str_has_prefix (error->message, path));
  g_clear_error (&error);

  /* Read as it is parsed: by its size; from a stream that does not tell
   * it, once past the cap. */
  plan = trappa_plan_file_check_named (file, "large.trappa", &error);
  g_assert_null (plan);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "large.trappa: "));
  g_clear_error (&error);
  stream = g_memory_input_stream_new_from_data (text->str, text->len, NULL);
  plan = trappa_plan_file_parse_stream (stream, "large.trappa", &line, &error);
  g_assert_null (plan);
  assert_refused (error, line, TRAPPA_ERROR_TOO_LARGE, 0, "at most");

  g_unlink (path);
  g_rmdir (dir);
}

/* A plan just under the limit loads: the cap is not a guess at
 * what is "too much" but the documented limit. */
static void
test_large_but_allowed (void)
{
  g_autoptr(GString) text = large_plan (TRAPPA_PLAN_MAX_BYTES - 4096);
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = parse_string (text, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
}

static void
test_huge_text (void)
{
  g_autoptr(GString) text = g_string_new ("<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\">\n<title>");
  g_autoptr(GError) error = NULL;
  guint line = 0;
  g_autoptr(TrappaPlan) plan = NULL;

  /* libxml2 checks its 10 MB limit when it joins pieces of one text. */
  while (text->len < 12 * 1000 * 1000)
    {
      for (guint i = 0; i < 30000; i++)
        g_string_append (text, "lang tittel ");
      g_string_append (text, "&amp;");
    }
  g_string_append (text, "</title>\n</plan>\n");

  plan = parse_string (text, &line, &error);
  g_assert_null (plan);
  assert_refused (error, line, TRAPPA_ERROR_TOO_LARGE, 2, "too long");
}

/* Lines past 65,535 are reported as they are (XML_PARSE_BIG_LINES). Past
 * that line libxml2 finds an element's line through its first text, so the
 * records here are not empty. */
static void
test_big_line_numbers (void)
{
  g_autoptr(GString) text = g_string_new ("<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\">\n"
                                          "<target-groups>\n");
  g_autoptr(GError) error = NULL;
  guint line = 0;
  g_autoptr(TrappaPlan) plan = NULL;

  /* 18 lines a record, to stay under the cap on records in a list. */
  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (text, "<target-group id=\"tg-%u\"><name>%u</name></target-group>%s\n",
                            i, i, "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n");
  g_string_append (text, "<target-group id=\"tg-7\"><name>again</name></target-group>\n</target-groups>\n</plan>\n");

  plan = parse_string (text, &line, &error);
  g_assert_null (plan);
  assert_refused (error, line, TRAPPA_ERROR_DUPLICATE_ID, 72003, "first on line 129");
}

/* Many problems are all counted but only the first twenty listed. */
static void
test_many_problems (void)
{
  g_autoptr(GString) text = g_string_new ("<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\">\n"
                                          "<target-groups>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "<target-group id=\"same\"/>\n");
  g_string_append (text, "</target-groups>\n</plan>\n");

  plan = parse_string (text, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_DUPLICATE_ID);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 21);
  g_assert_nonnull (strstr (lines[20], "979 more problems"));
}

/* ---- large hostile files, made at run time ------------------------------ */

#define PLAN_START "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
                   "<plan xmlns=\"https://trappa.no/ns/plan/1\" xmlns:x=\"urn:x\" format-version=\"1.0\">\n"

typedef struct
{
  const char  *name;
  void       (*make) (GString *text);
  TrappaError  code;
  guint        line;
  const char  *words;
} Generated;

/* Line 4: a target group with 30,000 attributes in another namespace
 * (1.1 MB took libxml2's RELAX NG 59 s and 7 GB). */
static void
make_foreign_attributes (GString *text)
{
  g_string_append (text, "<target-groups>\n<target-group id=\"tg-1\"");
  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (text, " x:a%u=\"1\"", i);
  g_string_append (text, "/>\n</target-groups>\n");
}

/* Line 5 on: 300,000 foreign elements in one record (173 s). */
static void
make_foreign_elements (GString *text)
{
  g_string_append (text, "<target-groups>\n<target-group id=\"tg-1\">\n");
  for (guint i = 0; i < 300000; i++)
    g_string_append (text, "<x:e/>\n");
  g_string_append (text, "</target-group>\n</target-groups>\n");
}

/* Line 5: one foreign element holding 300,000 others. */
static void
make_foreign_tree (GString *text)
{
  g_string_append (text, "<target-groups>\n<target-group id=\"tg-1\">\n<x:e>");
  for (guint i = 0; i < 300000; i++)
    g_string_append (text, "<x:f/>");
  g_string_append (text, "</x:e>\n</target-group>\n</target-groups>\n");
}

/* Line 4 on: 200,000 target groups, one a line (7 MB, 47 s). */
static void
make_many_records (GString *text)
{
  g_string_append (text, "<target-groups>\n");
  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (text, "<target-group id=\"tg-%u\"><name>Gruppe %u</name></target-group>\n", i, i);
  g_string_append (text, "</target-groups>\n");
}

/* Measures, each with a full list of scores, one record a line: line 3
 * opens the measures; each measure takes its own line, <scores>, the
 * scores and two closing lines. A record is counted after the records it
 * holds, so the plan's cap is passed at a score of the last measure. */
#define RECORDS_PER_MEASURE (1 + TRAPPA_MAX_RECORDS_PER_LIST)
#define LINES_PER_MEASURE   (RECORDS_PER_MEASURE + 3)
#define FULL_MEASURES       (TRAPPA_MAX_RECORDS / RECORDS_PER_MEASURE)
#define RECORDS_CAP_LINE                                                  \
  (3 + FULL_MEASURES * LINES_PER_MEASURE + 2                              \
   + (TRAPPA_MAX_RECORDS + 1 - FULL_MEASURES * RECORDS_PER_MEASURE))

static void
make_records_in_many_lists (GString *text)
{
  g_string_append (text, "<measures>\n");
  for (guint i = 0; i <= FULL_MEASURES; i++)
    {
      g_string_append_printf (text, "<measure id=\"m-%u\">\n<scores>\n", i);
      for (guint j = 0; j < TRAPPA_MAX_RECORDS_PER_LIST; j++)
        g_string_append_printf (text, "<score id=\"s-%u-%u\"/>\n", i, j);
      g_string_append (text, "</scores>\n</measure>\n");
    }
  g_string_append (text, "</measures>\n");
}

/* Line 5: a step name of 9 MB (35 s and 950 MB in --export-chart gap). */
static void
make_long_name (GString *text)
{
  g_string_append (text, "<target-groups>\n<target-group id=\"tg-1\">\n<name>");
  for (guint i = 0; i < 9 * 1000 * 1000 / 10; i++)
    g_string_append (text, "Meistring ");
  g_string_append (text, "</name>\n</target-group>\n</target-groups>\n");
}

/* Line 6: one target group listed 1,000 times. */
static void
make_repeated_reference (GString *text)
{
  g_string_append (text, "<target-groups>\n<target-group id=\"tg-1\"/>\n</target-groups>\n"
                         "<measures><measure id=\"m-1\"><target-groups>");
  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "tg-1 ");
  g_string_append (text, "</target-groups></measure></measures>\n");
}

/* Line 3: 21,000 different ids in one reference list. */
static void
make_long_reference_list (GString *text)
{
  g_string_append (text, "<measures><measure id=\"m-1\"><target-groups>");
  for (guint i = 0; i < TRAPPA_MAX_REFERENCES + 1000; i++)
    g_string_append_printf (text, "tg-%u ", i);
  g_string_append (text, "</target-groups></measure></measures>\n");
}

static const Generated generated[] = {
  { "foreign-attributes", make_foreign_attributes, TRAPPA_ERROR_TOO_LARGE, 4,
    "The element “target-group” has 30001 attributes; at most 200 are allowed" },
  { "foreign-elements", make_foreign_elements, TRAPPA_ERROR_TOO_LARGE, 1005,
    "The element “target-group” holds more than 1000 elements, attributes and texts in other namespaces" },
  { "foreign-tree", make_foreign_tree, TRAPPA_ERROR_TOO_LARGE, 5,
    "The element “target-group” holds more than 1000" },
  { "many-records", make_many_records, TRAPPA_ERROR_TOO_LARGE, 4 + TRAPPA_MAX_RECORDS_PER_LIST,
    "The list “target-groups” holds more than 20000 records" },
  { "records-in-many-lists", make_records_in_many_lists, TRAPPA_ERROR_TOO_LARGE, RECORDS_CAP_LINE,
    "The plan holds more than 200000 records" },
  { "long-name", make_long_name, TRAPPA_ERROR_INVALID_VALUE, 5,
    "“name” is longer than 1000 characters" },
  { "repeated-reference", make_repeated_reference, TRAPPA_ERROR_INVALID_VALUE, 6,
    "“target-groups” lists “tg-1” twice" },
  { "long-reference-list", make_long_reference_list, TRAPPA_ERROR_INVALID_VALUE, 3,
    "“target-groups” lists more than 20000 ids" },
};

/* Written to a file and opened as the app opens one. */
static void
test_generated (gconstpointer data)
{
  const Generated *g = data;
  g_autoptr(GString) text = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  guint line = 0;

  if (!in_limited_child ())
    return;
  text = g_string_new (PLAN_START);
  g->make (text);
  g_string_append (text, "</plan>\n");
  dir = g_dir_make_tmp ("trappa-hostile-XXXXXX", NULL);
  path = g_build_filename (dir, "generated.trappa", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  g_string_truncate (text, 0);

  limit_child ();
  plan = trappa_plan_file_load (file, NULL, &line, &error);
  g_unlink (path);
  g_rmdir (dir);
  g_assert_null (plan);
  assert_refused (error, line, g->code, g->line, g->words);
}

static void
ignore_error (void        *data,
              xmlErrorPtr  error)
{
}

/* Defence in depth: after trappa_plan_file_init() even a parse asking for
 * entity substitution and DTD loading gets nothing from outside. */
static void
test_entity_loader_denies (void)
{
  g_autofree char *dir = g_dir_make_tmp ("trappa-io-XXXXXX", NULL);
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *text = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                           "<!DOCTYPE a [<!ENTITY s SYSTEM \"file://%s\">]>\n"
                                           "<a>&s;</a>\n", secret);
  xmlDoc *doc;
  xmlChar *content = NULL;

  g_assert_true (g_file_set_contents (secret, "TOP-SECRET", -1, NULL));
  xmlSetStructuredErrorFunc (NULL, ignore_error);
  doc = xmlReadMemory (text, (int) strlen (text), NULL, NULL, XML_PARSE_NOENT | XML_PARSE_DTDLOAD);
  xmlSetStructuredErrorFunc (NULL, NULL);
  if (doc != NULL)
    content = xmlNodeGetContent (xmlDocGetRootElement (doc));
  g_assert_true (content == NULL || strstr ((const char *) content, "TOP-SECRET") == NULL);

  xmlFree (content);
  xmlFreeDoc (doc);
  g_unlink (secret);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strndup (hostile[i].file, strlen (hostile[i].file) - strlen (".trappa"));
      g_autofree char *path = g_strdup_printf ("/trappa/io/hostile/%s", name);

      g_test_add_data_func (path, &hostile[i], test_hostile_file);
    }
  g_test_add_func ("/trappa/io/hostile/quiet", test_hostile_quiet);
  g_test_add_func ("/trappa/io/hostile/in-nynorsk", test_hostile_in_nynorsk);
  g_test_add_func ("/trappa/io/hostile/no-libxml-text", test_no_libxml_text);
  g_test_add_func ("/trappa/io/hostile/entity-loader", test_entity_loader_denies);
  g_test_add_func ("/trappa/io/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/trappa/io/hostile/too-large", test_too_large);
  g_test_add_func ("/trappa/io/hostile/large-but-allowed", test_large_but_allowed);
  g_test_add_func ("/trappa/io/hostile/huge-text", test_huge_text);
  g_test_add_func ("/trappa/io/hostile/big-line-numbers", test_big_line_numbers);
  g_test_add_func ("/trappa/io/hostile/many-problems", test_many_problems);
  for (guint i = 0; i < G_N_ELEMENTS (generated); i++)
    {
      g_autofree char *path = g_strdup_printf ("/trappa/io/hostile/generated/%s", generated[i].name);

      g_test_add_data_func (path, &generated[i], test_generated);
    }
  return g_test_run ();
}
