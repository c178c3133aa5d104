/* bench-plan-file.c: how long opening and saving plan files takes
 *
 * Loads each example plan (read, parse, schema validation, checks) and a
 * large synthetic plan (1,000 steps, 1,000 target groups and 1,000 mapping
 * rows), and times serialising and a full save. Prints the median of
 * several runs in milliseconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "trappa-plan-file.h"

#define RUNS 15

typedef void (*BenchFunc) (gpointer data);

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static double
median_ms (BenchFunc func,
           gpointer  data)
{
  gint64 times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = g_get_monotonic_time () - start;
    }
  qsort (times, RUNS, sizeof (gint64), compare_times);
  return times[RUNS / 2] / 1000.0;
}

static void
load_file (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) plan = trappa_plan_file_load (data, NULL, NULL, &error);

  if (plan == NULL)
    g_error ("%s", error->message);
}

static void
serialize_plan (gpointer data)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (data);

  g_assert (g_bytes_get_size (bytes) > 0);
}

typedef struct
{
  TrappaPlan *plan;
  GFile      *file;
} SaveJob;

static void
save_plan (gpointer data)
{
  SaveJob *job = data;
  g_autoptr(GError) error = NULL;

  if (!trappa_plan_file_save (job->plan, job->file, NULL, NULL, &error))
    g_error ("%s", error->message);
}

static TrappaPlan *
synthetic_plan (guint n)
{
  TrappaPlan *plan = trappa_plan_new ();
  TrappaItem *housing = TRAPPA_ITEM (trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING));
  GListStore *steps = trappa_item_get_list (housing, "steps");
  GListStore *groups = trappa_item_get_list (TRAPPA_ITEM (plan), "target-groups");
  GListStore *rows = trappa_item_get_list (TRAPPA_ITEM (plan), "mapping-rows");

  /* Built directly, as the reader does: no undo history to fill. */
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *step_id = g_strdup_printf ("step-%u", i);
      g_autofree char *group_id = g_strdup_printf ("tg-%u", i);
      g_autofree char *row_id = g_strdup_printf ("row-%u", i);
      g_autofree char *name = g_strdup_printf ("Trinn %u – bustad med oppfølging", i);
      const char *refs[] = { group_id, NULL };
      g_autoptr(TrappaStep) step = g_object_new (TRAPPA_TYPE_STEP, "id", step_id, "name", name,
                                                 "description", "Kommunal bustad med ambulant oppfølging.",
                                                 "units-today", (gint64) i, "need", (gint64) (i + 5),
                                                 "target-groups", refs, "example", TRUE, NULL);
      g_autoptr(TrappaTargetGroup) group = g_object_new (TRAPPA_TYPE_TARGET_GROUP, "id", group_id,
                                                         "name", "Innbyggjarar med nedsett funksjonsevne", NULL);
      g_autoptr(TrappaMappingRow) row = g_object_new (TRAPPA_TYPE_MAPPING_ROW, "id", row_id,
                                                      "step", step_id, "target-group", group_id,
                                                      "units-today", (gint64) i, "need-period", (gint64) 3,
                                                      "uncovered-now", (gint64) 1, "uncovered-period", (gint64) 2,
                                                      "location", "Knarvik", "build", "new-build",
                                                      "cost", (gint64) 4500000, "example", TRUE, NULL);

      g_list_store_append (steps, step);
      g_list_store_append (groups, group);
      g_list_store_append (rows, row);
    }
  return plan;
}

int
main (int   argc,
      char *argv[])
{
  const char *examples[] = { "alver.trappa", "baerum.trappa" };
  const char *root = g_getenv ("TRAPPA_SOURCE_ROOT");
  g_autofree char *dir = g_dir_make_tmp ("trappa-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.trappa", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(TrappaPlan) large = synthetic_plan (1000);
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (large);
  SaveJob job = { large, g_file_new_for_path (path) };

  trappa_plan_file_init ();
  g_print ("Median of %d runs:\n", RUNS);
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *example = g_build_filename (root != NULL ? root : ".", "data", "examples", examples[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (example);

      g_autofree char *label = g_strdup_printf ("load %s", examples[i]);

      g_print ("  %-42s %7.2f ms\n", label, median_ms (load_file, file));
    }

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_print ("  %-42s %7.2f ms  (%zu KB)\n", "load 1,000 steps + groups + rows",
           median_ms (load_file, job.file), g_bytes_get_size (bytes) / 1024);
  g_print ("  %-42s %7.2f ms\n", "serialise the same", median_ms (serialize_plan, large));
  g_print ("  %-42s %7.2f ms\n", "save the same (re-read check, backup)", median_ms (save_plan, &job));

  g_object_unref (job.file);
  g_unlink (backup);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
