/* test-plan-reader.c: what the reader accepts and how it reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-plan-file.h"

static TrappaPlan *
parse_text (const char  *text,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return trappa_plan_file_parse (bytes, "test.trappa", NULL, error);
}

/* A comment, a processing instruction or a CDATA section inside a
 * reference list splits its text in pieces: the list is the text without
 * the comment and the instruction. */
static void
test_split_reference_list (void)
{
  static const char *splits[] = { "<!--x-->", "<?note x?>", "<![CDATA[ ]]>" };

  for (guint i = 0; i < G_N_ELEMENTS (splits); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\">\n"
        "  <target-groups>\n"
        "    <target-group id=\"tg-3\"/>\n"
        "    <target-group id=\"tg-10\"/>\n"
        "  </target-groups>\n"
        "  <measures>\n"
        "    <measure id=\"m-1\">\n"
        "      <target-groups>tg-3 %stg-10</target-groups>\n"
        "    </measure>\n"
        "  </measures>\n"
        "</plan>\n", splits[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(TrappaPlan) plan = parse_text (text, &error);
      const char *expected[] = { "tg-3", "tg-10", NULL };

      g_assert_no_error (error);
      g_assert_true (g_strv_equal (trappa_item_get_strv (trappa_plan_lookup (plan, "m-1"), "target-groups"),
                                   expected));
    }
}

/* The comment splits a word: the text is what remains, "Eigen bustad". */
static void
test_split_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = parse_text (
    "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\">\n"
    "  <title>Eigen <!-- ikkje med -->bu<![CDATA[st]]>ad</title>\n"
    "</plan>\n", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "title"), ==, "Eigen bustad");
}

/* A text at its kind's limit loads; the model cuts anything set longer. */
static void
test_text_limits (void)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new ("<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\">\n<title>");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(TrappaItem) group = TRAPPA_ITEM (trappa_target_group_new ());

  /* Characters, not bytes: "ø" is two bytes. */
  for (guint i = 0; i < TRAPPA_MAX_LINE_TEXT; i++)
    g_string_append (name, "ø");
  g_string_append_printf (text, "%s</title>\n</plan>\n", name->str);
  plan = parse_text (text->str, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "title"), ==, name->str);

  g_string_append (name, "x");
  g_object_set (group, "name", name->str, NULL);
  g_assert_cmpuint (g_utf8_strlen (trappa_item_get_string (group, "name"), -1), ==, TRAPPA_MAX_LINE_TEXT);
  g_assert_cmpuint (trappa_param_spec_get_max_length (g_object_class_find_property (G_OBJECT_GET_CLASS (group),
                                                                                   "description")),
                    ==, TRAPPA_MAX_LONG_TEXT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/io/reader/split-reference-list", test_split_reference_list);
  g_test_add_func ("/trappa/io/reader/split-text", test_split_text);
  g_test_add_func ("/trappa/io/reader/text-limits", test_text_limits);
  return g_test_run ();
}
