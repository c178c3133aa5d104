/* test-hostile.c: files someone may send, each refused with a clear error
 *
 * Small hostile files are in hostile/; large ones are made at run time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "trappa-plan-file.h"

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
  { "truncated.trappa", TRAPPA_ERROR_MALFORMED, 3, "not well-formed XML: Premature end" },
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
  { "two-roots.trappa", TRAPPA_ERROR_MALFORMED, 5, "Extra content" },
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
  { "bad-attribute.trappa", TRAPPA_ERROR_SCHEMA, 3, "The element “title” is not valid here" },
  { "bad-date.trappa", TRAPPA_ERROR_INVALID_VALUE, 6, "“due-date” must be a date written YYYY-MM-DD, not “20.06.2025”" },
  { "risk-out-of-range.trappa", TRAPPA_ERROR_INVALID_VALUE, 7, "“consequence” must be from 1 to 5, not “7”" },
  { "risk-empty-hazard.trappa", TRAPPA_ERROR_INVALID_VALUE, 5, "“hazard” must not be empty" },
  { "risk-dangling-measure.trappa", TRAPPA_ERROR_DANGLING_REFERENCE, 11, "“tiltak-9”, which is not in the plan" },
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

static void
test_hostile_file (gconstpointer data)
{
  const Hostile *h = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "hostile", h->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  guint line = 99999;
  g_autoptr(TrappaPlan) plan = trappa_plan_file_load (file, NULL, &line, &error);

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

/* Texts of 8 MB each (libxml2 refuses a single text over 10 MB) until the
 * file has @size bytes. */
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
      gsize end = MIN (size, text->len + 8 * 1000 * 1000);

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

  for (guint i = 0; i < 70000; i++)
    g_string_append_printf (text, "<target-group id=\"tg-%u\"><name>%u</name></target-group>\n", i, i);
  g_string_append (text, "<target-group id=\"tg-7\"><name>again</name></target-group>\n</target-groups>\n</plan>\n");

  plan = parse_string (text, &line, &error);
  g_assert_null (plan);
  assert_refused (error, line, TRAPPA_ERROR_DUPLICATE_ID, 70003, "first on line 10");
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
  g_test_add_func ("/trappa/io/hostile/entity-loader", test_entity_loader_denies);
  g_test_add_func ("/trappa/io/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/trappa/io/hostile/too-large", test_too_large);
  g_test_add_func ("/trappa/io/hostile/large-but-allowed", test_large_but_allowed);
  g_test_add_func ("/trappa/io/hostile/huge-text", test_huge_text);
  g_test_add_func ("/trappa/io/hostile/big-line-numbers", test_big_line_numbers);
  g_test_add_func ("/trappa/io/hostile/many-problems", test_many_problems);
  return g_test_run ();
}
