/* test-score-import.c: merging groups' scores from their saved copies of the
 * plan: new, changed and unmatched measures, undo, and another plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "trappa-plan-file.h"
#include "trappa-priority.h"
#include "trappa-score-import.h"

static TrappaItem *
add (TrappaPlan *plan,
     const char *list,
     gpointer    item)
{
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), list, -1, item);
  g_object_unref (item);
  return item; /* owned by the plan */
}

static gint64
score_of (TrappaPlan *plan,
          const char *measure_id,
          const char *group_name,
          const char *axis)
{
  GListModel *groups = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "workshop-groups"));
  TrappaMeasure *measure = TRAPPA_MEASURE (trappa_plan_lookup (plan, measure_id));

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TrappaItem) group = g_list_model_get_item (groups, i);
      TrappaScore *score;

      if (!g_str_equal (trappa_item_get_string (group, "name"), group_name))
        continue;
      score = trappa_measure_find_score (measure, trappa_item_get_id (group), axis);
      return score != NULL ? trappa_item_get_int (TRAPPA_ITEM (score), "value") : -1;
    }
  return -2; /* no such group */
}

/* The room's plan: two measures, group 1 has scored the first. */
static TrappaPlan *
make_room_plan (void)
{
  TrappaPlan *plan = trappa_plan_new ();
  TrappaItem *group, *startlan;

  g_object_set (plan, "id", "plan-alver", "title", "Bustadplan Alver", NULL);
  group = add (plan, "workshop-groups", trappa_workshop_group_new ("Gruppe 1"));
  startlan = add (plan, "measures", trappa_measure_new ("Startlån"));
  add (plan, "measures", trappa_measure_new ("Housing First"));
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (startlan), plan,
                                           trappa_item_get_id (group), "haster", 40, NULL));
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (startlan), plan,
                                           trappa_item_get_id (group), "kostbart", 70, NULL));
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (startlan), plan, "", "innflytelse", 60, NULL));
  trappa_plan_clear_history (plan);
  return plan;
}

/* A group's laptop: a copy through the plan file, as it travels. */
static TrappaPlan *
copy_plan (TrappaPlan *plan)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);
  g_autoptr(GError) error = NULL;
  TrappaPlan *copy = trappa_plan_file_parse (bytes, "copy.trappa", NULL, &error);

  g_assert_no_error (error);
  return copy;
}

static char *
save_to_tmp (TrappaPlan *plan,
             const char *name)
{
  g_autoptr(GBytes) bytes = trappa_plan_file_serialize (plan);
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return path;
}

/* Group 1 changes its urgency of measure 1; a new group 2 scores the
 * influence of measure 2. */
static void
score_on_laptop (TrappaPlan *laptop)
{
  TrappaItem *group2;

  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (trappa_plan_lookup (laptop, "measure-1")), laptop,
                                           "workshop-group-1", "haster", 90, NULL));
  group2 = add (laptop, "workshop-groups", trappa_workshop_group_new ("Gruppe 2"));
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (trappa_plan_lookup (laptop, "measure-2")), laptop,
                                           trappa_item_get_id (group2), "innflytelse", 55, NULL));
}

static void
test_import_changes (void)
{
  g_autoptr(TrappaPlan) room = make_room_plan ();
  g_autoptr(TrappaPlan) laptop = copy_plan (room);
  g_autoptr(TrappaScoreImport) import = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  TrappaItem *extra;

  /* On the laptop: group 1 changes one score and keeps one, a new group 2
   * scores, the whole room there scores, and a measure the room's plan
   * does not have is added and scored. */
  score_on_laptop (laptop);
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (trappa_plan_lookup (laptop, "measure-2")), laptop,
                                           "", "kunnskap", 20, NULL));
  extra = add (laptop, "measures", trappa_measure_new ("Miljøvaktmeister"));
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (extra), laptop, "", "haster", 10, NULL));

  path = save_to_tmp (laptop, "gruppe-laptop.trappa");
  file = g_file_new_for_path (path);
  import = trappa_score_import_file (room, file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);

  g_assert_cmpuint (import->n_new, ==, 2);
  g_assert_cmpuint (import->n_changed, ==, 1);
  /* Unchanged: group 1's cost, and the room's influence as handed out. */
  g_assert_cmpuint (import->n_unchanged, ==, 2);
  g_assert_cmpuint (import->unmatched->len, ==, 1);
  g_assert_cmpstr (import->unmatched->pdata[0], ==, "Miljøvaktmeister");
  g_assert_cmpuint (import->new_groups->len, ==, 2);
  g_assert_cmpstr (import->new_groups->pdata[0], ==, "Gruppe 2");
  /* The laptop's whole room is named after the file. */
  g_assert_cmpstr (import->new_groups->pdata[1], ==, "gruppe-laptop");
  text = trappa_score_import_describe (import);
  g_assert_nonnull (strstr (text, "Miljøvaktmeister"));
  g_assert_nonnull (strstr (text, "2 new scores"));

  /* Preparing changed nothing; applying is one undoable step. */
  g_assert_cmpint (score_of (room, "measure-1", "Gruppe 1", "haster"), ==, 40);
  g_assert_false (trappa_plan_get_can_undo (room));
  trappa_score_import_apply (import, room);
  g_assert_cmpint (score_of (room, "measure-1", "Gruppe 1", "haster"), ==, 90);
  g_assert_cmpint (score_of (room, "measure-1", "Gruppe 1", "kostbart"), ==, 70);
  g_assert_cmpint (score_of (room, "measure-2", "Gruppe 2", "innflytelse"), ==, 55);
  g_assert_cmpint (score_of (room, "measure-2", "gruppe-laptop", "kunnskap"), ==, 20);
  g_assert_cmpstr (trappa_plan_get_undo_label (room), ==, "Import Scores");

  g_assert_true (trappa_plan_undo (room));
  g_assert_false (trappa_plan_get_can_undo (room));
  g_assert_cmpint (score_of (room, "measure-1", "Gruppe 1", "haster"), ==, 40);
  g_assert_cmpint (score_of (room, "measure-2", "Gruppe 2", "innflytelse"), ==, -2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (room), "workshop-groups"))), ==, 1);

  /* Importing the same file twice changes nothing the second time. */
  g_assert_true (trappa_plan_redo (room));
  g_clear_pointer (&import, trappa_score_import_free);
  import = trappa_score_import_file (room, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->changes->len, ==, 0);
  g_assert_cmpuint (import->n_unchanged, ==, 5);
  g_unlink (path);
}

static guint
count_scores (TrappaPlan *plan,
              const char *measure_id,
              const char *group_id,
              const char *axis)
{
  GListModel *scores = G_LIST_MODEL (trappa_item_get_list (trappa_plan_lookup (plan, measure_id), "scores"));
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr(TrappaItem) score = g_list_model_get_item (scores, i);

      count += g_str_equal (trappa_item_get_string (score, "group"), group_id) &&
               g_str_equal (trappa_item_get_string (score, "axis"), axis);
    }
  return count;
}

/* The room edits its plan while the import waits for confirmation: the
 * score the import would change is removed, and the score it would add is
 * given meanwhile. Applying still gives one score each, the file's. */
static void
test_import_edited_meanwhile (void)
{
  g_autoptr(TrappaPlan) room = make_room_plan ();
  g_autoptr(TrappaPlan) laptop = copy_plan (room);
  g_autoptr(TrappaScoreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  TrappaItem *group2;

  score_on_laptop (laptop);
  import = trappa_score_import_prepare (room, laptop, "laptop", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->n_new, ==, 1);
  g_assert_cmpuint (import->n_changed, ==, 1);

  trappa_plan_remove (room, TRAPPA_ITEM (trappa_measure_find_score (TRAPPA_MEASURE (trappa_plan_lookup (room, "measure-1")),
                                                                    "workshop-group-1", "haster")));
  group2 = add (room, "workshop-groups", trappa_workshop_group_new ("Gruppe 2"));
  g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (trappa_plan_lookup (room, "measure-2")), room,
                                           trappa_item_get_id (group2), "innflytelse", 10, NULL));

  trappa_score_import_apply (import, room);
  g_assert_cmpint (score_of (room, "measure-1", "Gruppe 1", "haster"), ==, 90);
  g_assert_cmpuint (count_scores (room, "measure-1", "workshop-group-1", "haster"), ==, 1);
  g_assert_cmpint (score_of (room, "measure-2", "Gruppe 2", "innflytelse"), ==, 55);
  g_assert_cmpuint (count_scores (room, "measure-2", trappa_item_get_id (group2), "innflytelse"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (room), "workshop-groups"))), ==, 2);
}

static void
test_import_other_plan (void)
{
  g_autoptr(TrappaPlan) room = make_room_plan ();
  g_autoptr(TrappaPlan) other = make_room_plan ();
  g_autoptr(GError) error = NULL;
  TrappaScoreImport *import;

  g_object_set (other, "id", "plan-baerum", "title", "Boligsosial plan Bærum", NULL);
  import = trappa_score_import_prepare (room, other, "baerum", &error);
  g_assert_null (import);
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT);
  g_assert_nonnull (strstr (error->message, "Boligsosial plan Bærum"));
  g_assert_nonnull (strstr (error->message, "baerum"));
  g_assert_false (trappa_plan_get_can_undo (room));
}

static void
test_import_bad_file (void)
{
  g_autoptr(TrappaPlan) room = make_room_plan ();
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "not-a-plan.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "<html>hello</html>", -1, NULL));
  g_assert_null (trappa_score_import_file (room, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "not-a-plan.trappa"));
  g_unlink (path);
}

/* The examples are two plans: one cannot take the other's scores. */
static void
test_import_examples (void)
{
  g_autofree char *alver_path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autofree char *baerum_path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "baerum.trappa", NULL);
  g_autoptr(GFile) alver_file = g_file_new_for_path (alver_path);
  g_autoptr(GFile) baerum_file = g_file_new_for_path (baerum_path);
  g_autoptr(TrappaPlan) alver = trappa_plan_file_load (alver_file, NULL, NULL, NULL);
  g_autoptr(TrappaScoreImport) same = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (alver);
  g_assert_null (trappa_score_import_file (alver, baerum_file, &error));
  g_assert_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT);
  g_clear_error (&error);

  /* Its own file again: every score is there already, the whole room's
   * included (a copy handed out carries them). */
  same = trappa_score_import_file (alver, alver_file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (same->n_unchanged, ==, 40 + 18 * 4);
  g_assert_cmpuint (same->changes->len, ==, 0);
  g_assert_cmpuint (same->new_groups->len, ==, 0);
  g_assert_cmpuint (same->unmatched->len, ==, 0);
}

/* A score as the constructor made it before it filled the fields
 * directly: through the properties. */
static TrappaScore *
score_through_properties (const char *group_id,
                          const char *axis,
                          gint64      value)
{
  return g_object_new (TRAPPA_TYPE_SCORE,
                       "group", group_id != NULL ? group_id : "",
                       "axis", axis,
                       "value", CLAMP (value, 0, TRAPPA_SCORE_MAX),
                       NULL);
}

static void
assert_same_fields (TrappaItem *a,
                    TrappaItem *b)
{
  guint n_base, n_props;
  GParamSpec **base = trappa_item_get_base_props (&n_base);
  GParamSpec **props = trappa_item_class_get_props (TRAPPA_ITEM_GET_CLASS (a), &n_props);

  for (guint i = 0; i < n_base + n_props; i++)
    {
      GParamSpec *pspec = i < n_base ? base[i] : props[i - n_base];

      g_test_message ("field %s", pspec->name);
      g_assert_cmpint (g_param_values_cmp (pspec, trappa_item_peek_value (a, pspec),
                                           trappa_item_peek_value (b, pspec)), ==, 0);
    }
}

/* trappa_score_new() fills a score as setting its properties did, field
 * by field, for the text a caller may pass (none, control characters,
 * too long, an unknown axis) and out-of-range values; a plan of such
 * scores saves to the same bytes. */
static void
test_score_new_as_properties (void)
{
  g_autofree char *long_group = g_strnfill (TRAPPA_MAX_ID_LENGTH + 20, 'g');
  const struct { const char *group, *axis; gint64 value; } cases[] = {
    { "workshop-group-1", "haster", 40 },
    { NULL, "kunnskap", 150 },
    { "", "kostbart", -5 },
    { "gr\001oup\357\277\276", "innflytelse", 3 },
    { long_group, "haster", 100 },
    { "workshop-group-2", NULL, 7 },
    { "workshop-group-2", "ukjend", 0 },
  };
  g_autoptr(TrappaPlan) fast = make_room_plan ();
  g_autoptr(TrappaPlan) slow = make_room_plan ();
  g_autoptr(GBytes) fast_bytes = NULL;
  g_autoptr(GBytes) slow_bytes = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TrappaScore) a = trappa_score_new (cases[i].group, cases[i].axis, cases[i].value);
      g_autoptr(TrappaScore) b = score_through_properties (cases[i].group, cases[i].axis, cases[i].value);

      g_test_message ("case %u", i);
      assert_same_fields (TRAPPA_ITEM (a), TRAPPA_ITEM (b));
      /* Into a measure of each plan, outside the rules (as a file of a
       * newer version might have them), to compare the saved bytes. */
      g_list_store_append (trappa_item_get_list (trappa_plan_lookup (fast, "measure-2"), "scores"), a);
      g_list_store_append (trappa_item_get_list (trappa_plan_lookup (slow, "measure-2"), "scores"), b);
    }
  g_object_set (fast, "id", "plan-same", NULL);
  g_object_set (slow, "id", "plan-same", NULL);
  fast_bytes = trappa_plan_file_serialize (fast);
  slow_bytes = trappa_plan_file_serialize (slow);
  g_assert_true (g_bytes_equal (fast_bytes, slow_bytes));
}

/* A copy of Alver as a group saved it: its own scores on every axis of
 * every measure, and some of the room's and the other groups' changed. */
static TrappaPlan *
alver_scored_by (GBytes     *alver,
                 const char *group_name,
                 gint64      change)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TrappaPlan) copy = trappa_plan_file_parse (alver, "alver.trappa", NULL, &error);
  TrappaItem *group;
  GListModel *measures;

  g_assert_no_error (error);
  group = add (copy, "workshop-groups", trappa_workshop_group_new (group_name));
  measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (copy), "measures"));
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);
      GListModel *scores = G_LIST_MODEL (trappa_item_get_list (measure, "scores"));

      /* A room's score (its first) and a group's (its last, where
       * groups scored it) changed. */
      for (guint k = 0; k < 2 && g_list_model_get_n_items (scores) > 0; k++)
        {
          g_autoptr(TrappaItem) score = g_list_model_get_item (scores, k * (g_list_model_get_n_items (scores) - 1));

          g_assert_true (trappa_plan_set_int (copy, score, "value", (trappa_item_get_int (score, "value") + change) % 101, NULL));
        }
      for (guint a = 0; a < TRAPPA_N_AXES; a++)
        g_assert_true (trappa_measure_set_score (TRAPPA_MEASURE (measure), copy, trappa_item_get_id (group),
                                                 trappa_priority_axis_name (a), (i * 7 + a * 13) % 101, NULL));
    }
  return g_steal_pointer (&copy);
}

/* Applying adds a measure's new scores in one go; applying after the
 * plan was edited (and the edit undone) sets them one by one, as
 * trappa_measure_set_score() does. Both give the same bytes, and undo
 * and redo of either give back the bytes before and after exactly. */
static void
test_import_batch_as_one_by_one (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("TRAPPA_SOURCE_ROOT"), "data", "examples", "alver.trappa", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) alver = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  TrappaPlan *rooms[2];
  const char *groups[] = { "Gruppe A", "Gruppe B" };

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  alver = g_bytes_new (contents, length);
  for (guint r = 0; r < G_N_ELEMENTS (rooms); r++)
    rooms[r] = trappa_plan_file_parse (alver, "alver.trappa", NULL, NULL);
  before = trappa_plan_file_serialize (rooms[0]);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autoptr(TrappaPlan) copy = alver_scored_by (alver, groups[g], 11 + 7 * g);

      for (guint r = 0; r < G_N_ELEMENTS (rooms); r++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(TrappaScoreImport) import = trappa_score_import_prepare (rooms[r], copy, "laptop", &error);
          const char *title = trappa_item_get_string (TRAPPA_ITEM (rooms[r]), "title");
          g_autofree char *kept = g_strdup (title);

          g_assert_no_error (error);
          g_assert_cmpuint (import->n_new, >=, 18 * TRAPPA_N_AXES);
          g_assert_cmpuint (import->n_changed, >, 0);
          if (r == 1)
            {
              g_assert_true (trappa_plan_set_string (rooms[r], TRAPPA_ITEM (rooms[r]), "title", "Meanwhile", NULL));
              g_assert_true (trappa_plan_undo (rooms[r]));
              g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (rooms[r]), "title"), ==, kept);
            }
          trappa_score_import_apply (import, rooms[r]);
        }
    }
  after = trappa_plan_file_serialize (rooms[0]);
  g_assert_false (g_bytes_equal (before, after));
  for (guint r = 0; r < G_N_ELEMENTS (rooms); r++)
    {
      g_autoptr(GBytes) applied = trappa_plan_file_serialize (rooms[r]);
      g_autoptr(GBytes) undone = NULL;
      g_autoptr(GBytes) redone = NULL;

      g_assert_true (g_bytes_equal (applied, after));
      g_assert_true (trappa_plan_undo (rooms[r]) && trappa_plan_undo (rooms[r]));
      undone = trappa_plan_file_serialize (rooms[r]);
      g_assert_true (g_bytes_equal (undone, before));
      g_assert_true (trappa_plan_redo (rooms[r]) && trappa_plan_redo (rooms[r]));
      redone = trappa_plan_file_serialize (rooms[r]);
      g_assert_true (g_bytes_equal (redone, after));
      g_object_unref (rooms[r]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  trappa_plan_file_init ();

  g_test_add_func ("/trappa/measures/import/changes", test_import_changes);
  g_test_add_func ("/trappa/measures/import/edited-meanwhile", test_import_edited_meanwhile);
  g_test_add_func ("/trappa/measures/import/other-plan", test_import_other_plan);
  g_test_add_func ("/trappa/measures/import/bad-file", test_import_bad_file);
  g_test_add_func ("/trappa/measures/import/examples", test_import_examples);
  g_test_add_func ("/trappa/measures/import/batch-as-one-by-one", test_import_batch_as_one_by_one);
  g_test_add_func ("/trappa/measures/score/new-as-properties", test_score_new_as_properties);
  return g_test_run ();
}
