/* test-plan-file.c: round trips, the schema, foreign content, saving safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <libxml/relaxng.h>

#include "io-fixtures.h"
#include "trappa-plan-file.h"
#include "trappa-ros.h"
#include "trappa-success-factor.h"
#include "trappa-plan-schema.h"

static const char * const examples[] = { "alver.trappa", "baerum.trappa" };

static char *
example_path (const char *name)
{
  return g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", name, NULL);
}

static TrappaPlan *
parse_text (const char  *text,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return trappa_plan_file_parse (bytes, "test.trappa", NULL, error);
}

static char *
serialize_text (TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_example_round_trip (gconstpointer data)
{
  g_autofree char *path = example_path (data);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(TrappaPlan) plan = trappa_plan_file_load (file, &etag, NULL, &error);
  g_autoptr(TrappaPlan) again = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (etag);
  g_assert_false (trappa_plan_get_modified (plan));
  g_assert_false (trappa_plan_get_can_undo (plan));
  g_assert_false (trappa_plan_get_can_redo (plan));

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  saved = serialize_text (plan);
  g_assert_cmpstr (saved, ==, original);

  /* And once more, from the saved bytes. */
  again = parse_text (saved, &error);
  g_assert_no_error (error);
  g_clear_pointer (&saved, g_free);
  saved = serialize_text (again);
  g_assert_cmpstr (saved, ==, original);
}

static void
test_example_content (void)
{
  g_autofree char *alver_path = example_path ("alver.trappa");
  g_autofree char *baerum_path = example_path ("baerum.trappa");
  g_autoptr(GFile) alver_file = g_file_new_for_path (alver_path);
  g_autoptr(GFile) baerum_file = g_file_new_for_path (baerum_path);
  g_autoptr(TrappaPlan) alver = trappa_plan_file_load (alver_file, NULL, NULL, NULL);
  g_autoptr(TrappaPlan) baerum = trappa_plan_file_load (baerum_file, NULL, NULL, NULL);
  TrappaStaircase *housing;
  GListModel *steps;
  gint64 welfare = 0;

  g_assert_nonnull (alver);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (alver), "municipality-number"), ==, "4631");
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (alver), "horizon"), ==, 2040);
  housing = trappa_plan_get_staircase (alver, TRAPPA_STAIRCASE_HOUSING);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (housing), "steps"))), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (alver), "milestones"))), ==, 8);
  g_assert_nonnull (trappa_plan_lookup (alver, "m8"));
  g_assert_null (trappa_plan_lookup (alver, "m6"));
  g_assert_true (trappa_item_get_boolean (trappa_plan_lookup (alver, "level-6"), "example"));

  g_assert_nonnull (baerum);
  housing = trappa_plan_get_staircase (baerum, TRAPPA_STAIRCASE_HOUSING);
  steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (housing), "steps"));
  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(TrappaItem) step = g_list_model_get_item (steps, i);
      GListModel *categories = G_LIST_MODEL (trappa_item_get_list (step, "categories"));
      g_autoptr(TrappaItem) first = g_list_model_get_item (categories, 0);

      g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 2);
      g_assert_cmpstr (trappa_item_get_string (first, "name"), ==, "Velferdsboliger");
      welfare += trappa_item_get_int (first, "units-today");
    }
  g_assert_cmpint (welfare, ==, 1070);
  g_assert_cmpint (trappa_item_get_int (trappa_plan_lookup (baerum, "side-1"), "count"), ==, 4);
  g_assert_cmpint (trappa_item_get_int (trappa_plan_lookup (baerum, "side-2"), "count"), ==, 2);

  /* Both have content for every planning tool, and its figures, which
   * the seeds do not give, are marked as examples. */
  for (guint p = 0; p < 2; p++)
    {
      static const char * const tools[] = {
        "risks", "stakeholders", "swot-points", "participation-plan", "mobilisation-plan",
        "meeting-plan", "success-factors", "national-goals",
      };
      TrappaPlan *plan = p == 0 ? alver : baerum;

      for (guint t = 0; t < G_N_ELEMENTS (tools); t++)
        {
          GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), tools[t]));

          g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
          for (guint i = 0; i < g_list_model_get_n_items (list); i++)
            {
              g_autoptr(TrappaItem) item = g_list_model_get_item (list, i);

              g_assert_true (trappa_item_get_boolean (item, "example"));
            }
        }
      for (const char * const *factor = trappa_success_factors (); *factor != NULL; factor++)
        g_assert_nonnull (trappa_success_factor_find (plan, *factor));
    }
}

static void
test_schema_up_to_date (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "trappa-plan.rng", NULL);
  g_autofree char *committed = NULL;
  g_autofree char *generated = trappa_plan_schema_generate ();

  g_assert_true (g_file_get_contents (path, &committed, NULL, NULL));
  if (g_strcmp0 (committed, generated) != 0)
    {
      g_test_message ("data/trappa-plan.rng differs from the schema the model generates; "
                      "regenerate it with: ninja -C %s update-schema",
                      g_getenv ("TRAPPA_BUILD_ROOT"));
      g_test_fail ();
    }
}

/* The committed schema, read by libxml2 on its own, accepts the examples:
 * what external tools (xmllint --relaxng) will see. */
static void
test_examples_validate_with_committed_schema (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "trappa-plan.rng", NULL);
  g_autofree char *text = NULL;
  gsize size;
  xmlRelaxNGParserCtxt *parser;
  xmlRelaxNG *schema;

  /* From memory: the deny-all entity loader refuses to open files. */
  g_assert_true (g_file_get_contents (path, &text, &size, NULL));
  parser = xmlRelaxNGNewMemParserCtxt (text, (int) size);
  schema = xmlRelaxNGParse (parser);
  g_assert_nonnull (schema);
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *example = example_path (examples[i]);
      g_autofree char *contents = NULL;
      xmlDoc *doc;
      xmlRelaxNGValidCtxt *context = xmlRelaxNGNewValidCtxt (schema);

      g_assert_true (g_file_get_contents (example, &contents, &size, NULL));
      doc = xmlReadMemory (contents, (int) size, NULL, NULL, XML_PARSE_NONET);
      g_assert_nonnull (doc);
      g_assert_cmpint (xmlRelaxNGValidateDoc (context, doc), ==, 0);
      xmlRelaxNGFreeValidCtxt (context);
      xmlFreeDoc (doc);
    }
  xmlRelaxNGFree (schema);
  xmlRelaxNGFreeParserCtxt (parser);
}

static const char foreign_plan[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\" xmlns:x=\"urn:example:x\" x:colour=\"red\">\n"
  "  <title>Foreign</title>\n"
  "  <x:note priority=\"high\">Kept <x:b>as is</x:b> &amp; whole</x:note>\n"
  "  <target-groups>\n"
  "    <target-group id=\"tg-1\" xml:lang=\"nn\" x:source=\"survey\">\n"
  "      <y:tag xmlns:y=\"urn:example:y\"/>\n"
  "      <name>Flyktningar</name>\n"
  "    </target-group>\n"
  "  </target-groups>\n"
  "</plan>\n";

static void
test_foreign_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = parse_text (foreign_plan, &error);
  g_autoptr(TrappaPlan) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  first = serialize_text (plan);
  g_assert_nonnull (strstr (first, "x:colour=\"red\""));
  g_assert_nonnull (strstr (first, "<x:note xmlns:x=\"urn:example:x\" priority=\"high\">Kept <x:b>as is</x:b> &amp; whole</x:note>"));
  g_assert_nonnull (strstr (first, "xml:lang=\"nn\""));
  g_assert_nonnull (strstr (first, "x:source=\"survey\""));
  g_assert_nonnull (strstr (first, "<y:tag xmlns:y=\"urn:example:y\"/>"));
  g_assert_cmpstr (trappa_item_get_string (trappa_plan_lookup (plan, "tg-1"), "name"), ==, "Flyktningar");

  /* Stable from the first save on. */
  again = parse_text (first, &error);
  g_assert_no_error (error);
  second = serialize_text (again);
  g_assert_cmpstr (first, ==, second);
}

/* A file from a newer minor version keeps what this version does not know,
 * and is saved with that version so it does not claim to be older. */
static void
test_newer_minor_round_trip (void)
{
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.7\" colour=\"blue\">\n"
    "  <title>Newer</title>\n"
    "  <weather>Sunny</weather>\n"
    "  <target-groups>\n"
    "    <target-group id=\"tg-1\">\n"
    "      <name>A</name>\n"
    "      <size-class>large</size-class>\n"
    "    </target-group>\n"
    "  </target-groups>\n"
    "</plan>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = parse_text (text, &error);
  g_autoptr(TrappaPlan) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  first = serialize_text (plan);
  g_assert_nonnull (strstr (first, "format-version=\"1.7\""));
  g_assert_nonnull (strstr (first, "colour=\"blue\""));
  g_assert_nonnull (strstr (first, "<weather xmlns=\"https://trappa.no/ns/plan/1\">Sunny</weather>"));
  g_assert_nonnull (strstr (first, "<size-class xmlns=\"https://trappa.no/ns/plan/1\">large</size-class>"));

  again = parse_text (first, &error);
  g_assert_no_error (error);
  second = serialize_text (again);
  g_assert_cmpstr (first, ==, second);

  /* In a file of this version the same elements are errors. */
  g_clear_object (&again);
  g_clear_pointer (&second, g_free);
  second = g_strdup (first);
  memcpy (strstr (second, "1.7"), "1.0", 3);
  again = parse_text (second, &error);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_SCHEMA);
  g_assert_null (again);
}

/* Text that XML would otherwise change on the way: markup characters,
 * carriage returns, leading and trailing spaces, several lines. */
static void
test_text_exact (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  const char *tricky = "  <a & b> \"c\" 'd'\r\nline two\ttab\n\n  ";
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TrappaPlan) again = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (plan, "description", tricky, "title", "Ærlig – «bustad»", NULL);
  bytes = trappa_plan_file_serialize (plan);
  again = trappa_plan_file_parse (bytes, "x", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (again), "description"), ==, tricky);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (again), "title"), ==, "Ærlig – «bustad»");
}

/* A new plan (two staircases, no steps) saves and loads, and defaults are
 * left out of the file. */
static void
test_new_plan_round_trip (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  g_autofree char *text = serialize_text (plan);
  g_autoptr(TrappaPlan) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (strstr (text, "<units-today>"));
  g_assert_null (strstr (text, "example="));
  g_assert_true (g_str_has_suffix (text, "</plan>\n"));
  again = parse_text (text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (trappa_plan_get_staircase (again, TRAPPA_STAIRCASE_ACTIVITY));
}

static TrappaPlan *
copy_example (const char  *dir,
              GFile      **file,
              char       **etag)
{
  g_autofree char *source = example_path ("alver.trappa");
  g_autofree char *target = g_build_filename (dir, "plan.trappa", NULL);
  g_autofree char *contents = NULL;
  gsize size;
  g_autoptr(GError) error = NULL;
  TrappaPlan *plan;

  g_assert_true (g_file_get_contents (source, &contents, &size, NULL));
  g_assert_true (g_file_set_contents (target, contents, size, NULL));
  *file = g_file_new_for_path (target);
  plan = trappa_plan_file_load (*file, etag, NULL, &error);
  g_assert_no_error (error);
  return plan;
}

static void
rename_plan (TrappaPlan *plan,
             const char *title)
{
  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title", title, NULL));
  g_assert_true (trappa_plan_get_modified (plan));
}

static char *
contents_of (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

/* Edits the plan, saves it and expects the save to fail with @code,
 * leaving the plan unsaved and the file (if @before is given) as it was. */
static void
assert_save_fails (TrappaPlan  *plan,
                   GFile       *file,
                   const char  *etag,
                   TrappaError  code,
                   const char  *before)
{
  g_autoptr(GError) error = NULL;

  rename_plan (plan, "Vert ikkje lagra");
  g_assert_false (trappa_plan_file_save (plan, file, etag, NULL, &error));
  g_assert_error (error, TRAPPA_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, "plan.trappa"));
  g_assert_true (trappa_plan_get_modified (plan));
  if (before != NULL)
    {
      g_autofree char *after = contents_of (file);

      g_assert_cmpstr (after, ==, before);
    }
}

static void
test_save_backup_and_etag (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *new_etag = NULL;
  g_autoptr(TrappaPlan) plan = copy_example (dir, &file, &etag);
  g_autofree char *original = contents_of (file);
  g_autofree char *backup_path = g_strconcat (g_file_peek_path (file), "~", NULL);
  g_autofree char *backup = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;

  rename_plan (plan, "Endra tittel");
  g_assert_true (trappa_plan_file_save (plan, file, etag, &new_etag, &error));
  g_assert_no_error (error);
  g_assert_nonnull (new_etag);
  g_assert_false (trappa_plan_get_modified (plan));

  g_assert_true (g_file_get_contents (backup_path, &backup, NULL, NULL));
  g_assert_cmpstr (backup, ==, original);
  saved = contents_of (file);
  g_assert_nonnull (strstr (saved, "<title>Endra tittel</title>"));

  /* The new etag works for the next save; the stale one is refused. */
  rename_plan (plan, "Andre gong");
  g_assert_true (trappa_plan_file_save (plan, file, new_etag, NULL, &error));
  g_assert_no_error (error);
  io_fixture_remove_dir (dir);
}

static void
test_save_changed_on_disk (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(TrappaPlan) plan = copy_example (dir, &file, &etag);
  g_autoptr(GError) error = NULL;
  const char *theirs = "<?xml version=\"1.0\"?>\n<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.0\"/>\n";
  g_autoptr(GDateTime) later = g_date_time_new_now_utc ();

  /* Someone else saves: new contents and a later modification time (the
   * etag is made from it). */
  g_assert_true (g_file_set_contents (g_file_peek_path (file), theirs, -1, NULL));
  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                              g_date_time_to_unix (later) + 60,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));

  assert_save_fails (plan, file, etag, TRAPPA_ERROR_CHANGED_ON_DISK, theirs);

  /* Overwriting anyway is the user's choice. */
  g_assert_true (trappa_plan_file_save (plan, file, NULL, NULL, &error));
  g_assert_no_error (error);
  io_fixture_remove_dir (dir);
}

/* The backup is updated only after the new file is in place; when it
 * cannot be (here a folder is in its way, which stops root too), the save
 * still holds and the thing in the way is left alone. */
static void
test_save_backup_blocked (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(TrappaPlan) plan = copy_example (dir, &file, &stamp);
  g_autofree char *blocker = g_strconcat (g_file_peek_path (file), "~", NULL);
  g_autofree char *inside = g_build_filename (blocker, "keep", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (blocker, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "x", -1, NULL));

  rename_plan (plan, "Lagra utan reservekopi");
  g_assert_true (trappa_plan_file_save (plan, file, stamp, NULL, &error));
  g_assert_no_error (error);
  saved = contents_of (file);
  g_assert_nonnull (strstr (saved, "<title>Lagra utan reservekopi</title>"));
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  io_fixture_remove_dir (dir);
}

/* `cp -p`, `touch -r` and sync tools keep the modification time, which
 * is all GIO's etag knows: the hash of the bytes read still tells. */
static void
test_save_changed_same_time (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(TrappaPlan) plan = copy_example (dir, &file, &stamp);
  g_autofree char *theirs = contents_of (file);
  g_autoptr(GFileInfo) before = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GFileInfo) after = NULL;
  struct stat times;

  /* As `touch -r`: the old times back on new bytes. */
  g_assert_cmpint (g_stat (g_file_peek_path (file), &times), ==, 0);
  theirs[strlen (theirs) - 3] = ' '; /* "</plan>" → "</pl n>" */
  g_assert_true (g_file_set_contents_full (g_file_peek_path (file), theirs, -1,
                                           G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  g_assert_cmpint (utimensat (AT_FDCWD, g_file_peek_path (file),
                              (struct timespec[]) { times.st_atim, times.st_mtim }, 0), ==, 0);
  after = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_assert_cmpstr (g_file_info_get_etag (after), ==, g_file_info_get_etag (before));

  assert_save_fails (plan, file, stamp, TRAPPA_ERROR_CHANGED_ON_DISK, theirs);
  io_fixture_remove_dir (dir);
}

/* A new time on the same bytes (`touch`, a sync tool) is no change. */
static void
test_save_touched (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(TrappaPlan) plan = copy_example (dir, &file, &stamp);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                              g_date_time_to_unix (now) + 120,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
  rename_plan (plan, "Etter touch");
  g_assert_true (trappa_plan_file_save (plan, file, stamp, NULL, &error));
  g_assert_no_error (error);
  io_fixture_remove_dir (dir);
}

/* What interrupted saves left beside the plan goes when it is opened:
 * empty temporary files and ones holding a plan; another program's
 * temporary file stays. */
static void
test_strays_cleaned_on_open (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autofree char *empty = g_build_filename (dir, ".goutputstream-AB12CD", NULL);
  g_autofree char *plan_part = g_build_filename (dir, ".goutputstream-EF34GH", NULL);
  g_autofree char *glib_part = g_build_filename (dir, "plan.trappa~.IJ56KL", NULL);
  g_autofree char *zeros = g_build_filename (dir, "plan.trappa.QR90ST", NULL);
  g_autofree char *foreign = g_build_filename (dir, ".goutputstream-MN78OP", NULL);
  static const char reserved[64] = { 0 };
  g_autoptr(GFile) file = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(TrappaPlan) plan = NULL;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (plan_part, "<?xml version=\"1.0\"?>\n<plan xmlns=\"" TRAPPA_PLAN_NAMESPACE "\"", -1, NULL));
  g_assert_true (g_file_set_contents (glib_part, "<plan xmlns=\"" TRAPPA_PLAN_NAMESPACE "\">", -1, NULL));
  g_assert_true (g_file_set_contents (zeros, reserved, sizeof reserved, NULL));
  g_assert_true (g_file_set_contents (foreign, "Someone else's notes", -1, NULL));

  plan = copy_example (dir, &file, &stamp);
  g_assert_false (g_file_test (empty, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (plan_part, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (glib_part, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (zeros, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (foreign, G_FILE_TEST_EXISTS));
  io_fixture_remove_dir (dir);
}

/* U+FFFE, U+FFFF and control characters have no place in XML: typed,
 * pasted (trappa_plan_set_string) or imported (a record built before it
 * is inserted) they are dropped, so the plan still saves and opens. */
static void
test_save_noncharacters (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();
  TrappaItem *staircase = TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING));
  g_autoptr(TrappaItem) risk = TRAPPA_ITEM (trappa_risk_new ());
  g_autoptr(TrappaPlan) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (trappa_plan_set_string (plan, TRAPPA_ITEM (plan), "title",
                                         "Bustad\xef\xbf\xbe" "plan\x01 \xef\xbf\xbf" "2026", NULL));
  g_object_set (staircase, "name", "Trapp\x1b\xef\xbf\xbf", NULL);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "title"), ==, "Bustadplan 2026");
  /* Nothing but them in a field that must not be empty is refused. */
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "risks", -1, risk);
  g_assert_false (trappa_plan_set_string (plan, risk, "hazard", "\x05\xef\xbf\xbe ", &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_true (trappa_plan_file_save (plan, file, NULL, NULL, &error));
  g_assert_no_error (error);
  again = trappa_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (again), "title"), ==, "Bustadplan 2026");
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (trappa_plan_get_staircase (again, TRAPPA_STAIRCASE_HOUSING)),
                                           "name"), ==, "Trapp");
  io_fixture_remove_dir (dir);
}

static void
test_failed_save_no_folder (void)
{
  g_autofree char *dir = io_fixture_make_dir ();
  g_autofree char *regular = g_build_filename (dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (regular, "plan.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();

  g_assert_true (g_file_set_contents (regular, "x", -1, NULL));
  assert_save_fails (plan, file, NULL, TRAPPA_ERROR_SAVE_FAILED, NULL);
  io_fixture_remove_dir (dir);
}

/* The user root runs as: writing ignores permissions for root. */
#define NOBODY 65534

/* A folder (or a file, @data TRUE) that refuses writing: the message says
 * so in plain words (not GIO's "Error removing old file"), the file keeps
 * its bytes and the plan stays open and unsaved. As root the save runs in
 * a child that has become an ordinary user, as root writes anywhere. */
static void
test_failed_save_read_only (gconstpointer data)
{
  gboolean read_only_file = GPOINTER_TO_INT (data);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *probe = NULL;
  g_autofree char *original = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  int probe_fd;

  if (getuid () == 0 && !g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  dir = io_fixture_make_dir ();
  plan = copy_example (dir, &file, &etag);
  path = g_file_get_path (file);
  original = contents_of (file);
  probe = g_build_filename (dir, "probe", NULL);
  if (getuid () == 0)
    {
      /* The file is the new user's to write; only its folder refuses. */
      g_assert_cmpint (chown (dir, NOBODY, NOBODY), ==, 0);
      g_assert_cmpint (chown (path, NOBODY, NOBODY), ==, 0);
      g_assert_cmpint (setgid (NOBODY), ==, 0);
      g_assert_cmpint (setuid (NOBODY), ==, 0);
    }
  g_assert_cmpint (g_chmod (read_only_file ? path : dir, 0555), ==, 0);
  /* Opened for writing, not replaced: a rename would pass a read-only file. */
  probe_fd = g_open (read_only_file ? path : probe, O_WRONLY | O_CREAT, 0644);
  if (probe_fd >= 0)
    {
      close (probe_fd);
      g_chmod (dir, 0755);
      io_fixture_remove_dir (dir);
      g_test_skip ("Writing ignores permissions here (CAP_DAC_OVERRIDE)");
      return;
    }

  assert_save_fails (plan, file, etag, TRAPPA_ERROR_SAVE_FAILED, original);
  g_assert_false (trappa_plan_file_save (plan, file, etag, NULL, &error));
  expected = read_only_file
             ? g_strdup_printf ("Could not save “%s”: the file is read-only", path)
             : g_strdup_printf ("Could not save “%s”: the folder “%s” cannot be written to", path, dir);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (trappa_plan_get_modified (plan));

  g_chmod (dir, 0755);
  io_fixture_remove_dir (dir);
}

static void
test_load_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/trappa/plan.trappa");
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = trappa_plan_file_load (file, NULL, NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/trappa/plan.trappa"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = g_strdup_printf ("/trappa/io/example/%s/round-trip", examples[i]);

      g_test_add_data_func (path, examples[i], test_example_round_trip);
    }
  g_test_add_func ("/trappa/io/example/content", test_example_content);
  g_test_add_func ("/trappa/io/schema/up-to-date", test_schema_up_to_date);
  g_test_add_func ("/trappa/io/schema/examples-valid", test_examples_validate_with_committed_schema);
  g_test_add_func ("/trappa/io/round-trip/foreign", test_foreign_round_trip);
  g_test_add_func ("/trappa/io/round-trip/newer-minor", test_newer_minor_round_trip);
  g_test_add_func ("/trappa/io/round-trip/text-exact", test_text_exact);
  g_test_add_func ("/trappa/io/round-trip/new-plan", test_new_plan_round_trip);
  g_test_add_func ("/trappa/io/save/backup-and-etag", test_save_backup_and_etag);
  g_test_add_func ("/trappa/io/save/changed-on-disk", test_save_changed_on_disk);
  g_test_add_func ("/trappa/io/save/backup-blocked", test_save_backup_blocked);
  g_test_add_func ("/trappa/io/save/changed-same-time", test_save_changed_same_time);
  g_test_add_func ("/trappa/io/save/touched", test_save_touched);
  g_test_add_func ("/trappa/io/save/strays-cleaned-on-open", test_strays_cleaned_on_open);
  g_test_add_func ("/trappa/io/save/noncharacters", test_save_noncharacters);
  g_test_add_func ("/trappa/io/save/no-folder", test_failed_save_no_folder);
  g_test_add_data_func ("/trappa/io/save/read-only-folder", GINT_TO_POINTER (FALSE), test_failed_save_read_only);
  g_test_add_data_func ("/trappa/io/save/read-only-file", GINT_TO_POINTER (TRUE), test_failed_save_read_only);
  g_test_add_func ("/trappa/io/load/missing", test_load_missing);
  return g_test_run ();
}
