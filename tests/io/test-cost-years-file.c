/* test-cost-years-file.c: cost per budget year and the action plan's
 * revisions in the plan file, and files from before them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-action-plan.h"
#include "trappa-action-plan-roll.h"
#include "trappa-plan-file.h"

static TrappaPlan *
parse (const char  *text,
       guint       *line,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return trappa_plan_file_parse (bytes, "test.trappa", line, error);
}

/* A 1.1 file knows only the single figures: they count from the
 * deadline's year (docs/file-format.md). */
static void
test_old_file (void)
{
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.1\" id=\"p\">\n"
    "  <period-start>2024</period-start>\n"
    "  <measures>\n"
    "    <measure id=\"m\">\n"
    "      <deadline>2026</deadline>\n"
    "      <investment-cost>5000000</investment-cost>\n"
    "      <operating-cost>300000</operating-cost>\n"
    "      <status>vedteke</status>\n"
    "    </measure>\n"
    "  </measures>\n"
    "</plan>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = parse (text, NULL, &error);
  g_autoptr(TrappaActionPlan) ap = NULL;
  const gint64 investment[] = { 0, 0, 5000000, 0 };
  const gint64 operating[] = { 0, 0, 300000, 300000 };

  g_assert_no_error (error);
  ap = trappa_action_plan_new (plan, FALSE);
  /* No action-plan-start: the window starts with the plan period. */
  g_assert_cmpint (ap->first_year, ==, 2024);
  for (guint y = 0; y < TRAPPA_ACTION_PLAN_YEARS; y++)
    {
      g_assert_cmpint (ap->total[TRAPPA_COST_INVESTMENT][y], ==, investment[y]);
      g_assert_cmpint (ap->total[TRAPPA_COST_OPERATING][y], ==, operating[y]);
    }
}

static void
test_round_trip (void)
{
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.2\" id=\"p\">\n"
    "  <period-start>2024</period-start>\n"
    "  <action-plan-start>2025</action-plan-start>\n"
    "  <measures>\n"
    "    <measure id=\"m\">\n"
    "      <status>ferdig</status>\n"
    "      <investment-by-year>2026:2000000  2025:1000000</investment-by-year>\n"
    "      <operating-by-year>2027:0</operating-by-year>\n"
    "    </measure>\n"
    "  </measures>\n"
    "</plan>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = parse (text, NULL, &error);
  g_autoptr(TrappaPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  TrappaItem *m;

  g_assert_no_error (error);
  m = trappa_plan_lookup (plan, "m");
  /* Read in any order and spacing, kept as stored. */
  g_assert_cmpstr (trappa_item_get_string (m, "investment-by-year"), ==, "2025:1000000 2026:2000000");
  g_assert_cmpstr (trappa_item_get_string (m, "operating-by-year"), ==, "2027:0");
  g_assert_nonnull (trappa_action_plan_roll (plan, "2025-10-01", "Første rullering", NULL));

  saved = trappa_plan_file_serialize (plan);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL),
                            "<investment-by-year>2025:1000000 2026:2000000</investment-by-year>"));
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "<action-plan-start>2026</action-plan-start>"));
  again = trappa_plan_file_parse (saved, "saved.trappa", NULL, &error);
  g_assert_no_error (error);
  saved_again = trappa_plan_file_serialize (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
  {
    GListModel *revisions = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (again), "action-plan-revisions"));
    g_autoptr(TrappaItem) revision = g_list_model_get_item (revisions, 0);

    g_assert_cmpstr (trappa_item_get_strv (revision, "done-measures")[0], ==, "m");
    g_assert_cmpint (trappa_item_get_int (revision, "to-year"), ==, 2026);
    g_assert_cmpstr (trappa_item_get_string (revision, "text"), ==, "Første rullering");
  }
}

static void
test_bad_values (void)
{
  const char *values[] = { "2025:-1", "2025", "2025:1 2025:2", "2025:1000000000001", "0:1" };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<plan xmlns=\"https://trappa.no/ns/plan/1\" format-version=\"1.2\" id=\"p\">\n"
        "  <measures>\n"
        "    <measure id=\"m\">\n"
        "      <investment-by-year>%s</investment-by-year>\n"
        "    </measure>\n"
        "  </measures>\n"
        "</plan>\n", values[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(TrappaPlan) plan = NULL;
      guint line = 0;

      plan = parse (text, &line, &error);
      g_assert_null (plan);
      g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE);
      g_assert_cmpuint (line, ==, 5);
      g_assert_nonnull (strstr (error->message, "investment-by-year"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();
  g_test_add_func ("/trappa/io/cost-years/old-file", test_old_file);
  g_test_add_func ("/trappa/io/cost-years/round-trip", test_round_trip);
  g_test_add_func ("/trappa/io/cost-years/bad-values", test_bad_values);
  return g_test_run ();
}
