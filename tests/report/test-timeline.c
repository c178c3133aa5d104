/* test-timeline.c: the milestone timeline's layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-timeline-layout.h"

static void
add_milestone (TrappaPlan *plan,
               const char *code,
               const char *date,
               gboolean    done)
{
  TrappaMilestone *milestone = trappa_milestone_new ();
  g_autofree char *id = g_strdup_printf ("m-%s", code);

  g_object_set (milestone, "id", id, "code", code, "title", "Ein milepæl med ein lang tittel som må kuttast",
                "due-date", date, "done", done, NULL);
  g_list_store_append (trappa_item_get_list (TRAPPA_ITEM (plan), "milestones"), milestone);
  g_object_unref (milestone);
}

static void
test_by_date (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new_empty ();
  g_autoptr(TrappaTimelineLayout) layout = NULL;
  const TrappaTimelineMark *marks;

  /* Out of order, one without a date, one done, one overdue. */
  add_milestone (plan, "M2", "2025-06-30", FALSE);
  add_milestone (plan, "M0", "2024-01-31", TRUE);
  add_milestone (plan, "MX", "", FALSE);
  add_milestone (plan, "M1", "2024-09-15", FALSE);
  layout = trappa_timeline_layout_new (plan, "2025-01-01", 900, 400, TRAPPA_CHART_STYLE_FILE);

  g_assert_cmpuint (layout->marks->len, ==, 3);
  marks = (const TrappaTimelineMark *) layout->marks->data;
  g_assert_cmpstr (marks[0].id, ==, "m-M0");
  g_assert_cmpstr (marks[1].id, ==, "m-M1");
  g_assert_cmpstr (marks[2].id, ==, "m-M2");
  g_assert_true (marks[0].done && !marks[0].overdue);
  g_assert_true (!marks[1].done && marks[1].overdue);
  g_assert_true (!marks[2].done && !marks[2].overdue);
  /* Later is further right, every mark and label inside the chart, and
   * rows top to bottom in date order. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat (marks[i].x, >=, layout->plot.x);
      g_assert_cmpfloat (marks[i].x, <=, layout->plot.x + layout->plot.width);
      g_assert_cmpfloat (marks[i].label->box.x + marks[i].label->box.width, <=, layout->plot.x);
      if (i > 0)
        {
          g_assert_cmpfloat (marks[i].x, >, marks[i - 1].x);
          g_assert_cmpfloat (marks[i].y, >, marks[i - 1].y);
        }
    }
  /* Today between the second and third. */
  g_assert_cmpfloat (layout->today_x, >, marks[1].x);
  g_assert_cmpfloat (layout->today_x, <, marks[2].x);
  g_assert_nonnull (layout->today);
  g_assert_cmpuint (layout->ticks->len, >=, 3);
}

static void
test_no_dates (void)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new_empty ();
  g_autoptr(TrappaTimelineLayout) layout = NULL;

  add_milestone (plan, "M0", "", FALSE);
  layout = trappa_timeline_layout_new (plan, "2025-01-01", 900, 400, TRAPPA_CHART_STYLE_FILE);
  g_assert_cmpuint (layout->marks->len, ==, 0);
  g_assert_cmpfloat (layout->today_x, <, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/trappa/report/timeline/by-date", test_by_date);
  g_test_add_func ("/trappa/report/timeline/no-dates", test_no_dates);
  return g_test_run ();
}
