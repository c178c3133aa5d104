/* test-plan-bytes.c: the checks on a plan file's bytes give the same
 * verdict, line and message however the file is cut into chunks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "trappa-plan-bytes.h"
#include "trappa-plan-file.h"

/* "" when the bytes pass, else "LINE: message". */
static char *
verdict (const char *data,
         gsize       length,
         gsize       chunk)
{
  g_autoptr(TrappaPlanBytes) bytes = trappa_plan_bytes_new ();
  g_autoptr(TrappaXmlReport) report = trappa_xml_report_new ("plan");
  g_autoptr(GError) error = NULL;
  guint line = 0;

  for (gsize at = 0; at < length; at += chunk)
    trappa_plan_bytes_add (bytes, data + at, MIN (chunk, length - at));
  if (trappa_plan_bytes_finish (bytes, report))
    return g_strdup ("");
  g_assert_false (trappa_xml_report_check (report, &line, &error));
  return g_strdup_printf ("%u: %s", line, error->message);
}

static void
assert_chunks_agree (const char *data,
                     gsize       length,
                     const char *expected)
{
  static const gsize chunks[] = { 1, 2, 3, 4, 5, 7, 8, 9, 13, 64, 4000 };
  g_autofree char *whole = verdict (data, length, MAX (length, 1));

  if (expected != NULL && strstr (whole, expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, whole);
  for (guint i = 0; i < G_N_ELEMENTS (chunks); i++)
    {
      g_autofree char *cut = verdict (data, length, chunks[i]);

      if (g_strcmp0 (cut, whole) != 0)
        g_error ("in chunks of %" G_GSIZE_FORMAT ": “%s”, whole: “%s”", chunks[i], cut, whole);
    }
}

static char *
many_attributes (guint       n,
                 const char *name)
{
  GString *tag = g_string_new ("<");

  g_string_append (tag, name);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (tag, i % 7 == 0 ? "\n a%u='=>'" : " a%u=\"x\"", i);
  return g_string_free (tag, FALSE);
}

static void
test_crafted (void)
{
  g_autofree char *wide = many_attributes (201, "plan");
  g_autofree char *long_name = g_strnfill (300, 'n');
  g_autofree char *wide_long = many_attributes (250, long_name);
  g_autofree char *wide_ok = many_attributes (200, "plan");
  struct { const char *data; const char *expected; } cases[] = {
    { "<plan/>", "" },
    { "  \n\t ", "The file is empty" },
    { "\xff\xfe<\0p\0", "1: plan:1: The file is UTF-16" },
    { "<plan>\n<title>b\xc3\xa6r</title>\n\xc3</plan>", "3: plan:3: The file is not valid UTF-8" },
    { "<plan>\n<title>\xe2\x82</title></plan>", "2: plan:2: The file is not valid UTF-8" },
    { "<plan>\n\n<t>\xf0\x9f\x98\x80</t></plan>\n\xe2\x82", "4: plan:4: The file is not valid UTF-8" },
    { "<!-->\n<plan a='1'/>", "" },
    { "<?>\n<?pi x?><![CDATA[<a b='1' c='2'>]]><plan/>", "" },
    { "<!DOCTYPE x [ <!ENTITY y 'z'> ]><plan/>", "" },
    { "<plan/>\n<", "" },
    { "<!-", "" },
  };
  g_autofree char *wide_after = g_strconcat ("<plan>\n<!-- a -->\n", wide, ">\n</plan>", NULL);
  g_autofree char *wide_long_after = g_strconcat ("\n\n", wide_long, NULL);
  g_autofree char *wide_in_doctype = g_strconcat ("<!DOCTYPE plan>\n", wide, ">", NULL);
  g_autofree char *wide_ok_after = g_strconcat ("<!-- -- > --\n-->", wide_ok, "/>", NULL);
  g_autofree char *wide_then_bad = g_strconcat (wide, ">\n\xff", NULL);
  char binary[9000];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_chunks_agree (cases[i].data, strlen (cases[i].data) + (cases[i].data[0] == '\xff' ? 3 : 0),
                         cases[i].expected);

  /* The line is where the tag starts, the name cut short in the message. */
  assert_chunks_agree (wide_after, strlen (wide_after), "3: plan:3: The element “plan” has 201 attributes");
  assert_chunks_agree (wide_long_after, strlen (wide_long_after), "3: plan:3: The element “nnnnnnnnnn");
  assert_chunks_agree (wide_long_after, strlen (wide_long_after), "…” has 250 attributes");
  assert_chunks_agree (wide_long_after, strlen (wide_long_after) - 40, "attributes; at most 200");
  assert_chunks_agree (wide_in_doctype, strlen (wide_in_doctype), "");
  assert_chunks_agree (wide_ok_after, strlen (wide_ok_after), "");
  /* A problem with the bytes wins, even after the one with the tags. */
  assert_chunks_agree (wide_then_bad, strlen (wide_then_bad), "not valid UTF-8");

  /* A NUL near the start is binary, later it is not UTF-8. */
  memset (binary, '\n', sizeof binary);
  memcpy (binary, "<plan>", 6);
  binary[8191] = '\0';
  assert_chunks_agree (binary, sizeof binary, "8186: plan:8186: The file holds binary data");
  binary[8191] = '\n';
  binary[8192] = '\0';
  assert_chunks_agree (binary, sizeof binary, "8187: plan:8187: The file is not valid UTF-8");
  binary[8192] = '\n';
  binary[100] = '\xc3';
  binary[8000] = '\0';
  assert_chunks_agree (binary, sizeof binary, "binary data");
}

/* Every file of the hostile corpus and the examples. */
static void
test_files (void)
{
  const char *folders[] = { g_test_get_filename (G_TEST_DIST, "io", "hostile", NULL),
                            g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", NULL) };

  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autoptr(GDir) dir = g_dir_open (folders[f], 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (folders[f], name, NULL);
          g_autofree char *data = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (path, &data, &length, NULL));
          assert_chunks_agree (data, length, NULL);
        }
    }
  g_free ((char *) folders[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/io/plan-bytes/crafted", test_crafted);
  g_test_add_func ("/trappa/io/plan-bytes/files", test_files);
  return g_test_run ();
}
