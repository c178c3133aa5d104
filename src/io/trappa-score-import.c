/* trappa-score-import.c: merging workshop groups' scores from their copies
 * of the plan
 *
 * In a workshop each group scores the measures on its own laptop and saves
 * the plan; the leader pulls those scores into the room's copy. Nothing but
 * scores (and the groups they belong to) is taken from the other file, and
 * all of it undoes as one step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-score-import"

#include <glib/gi18n-lib.h>

#include "trappa-score-import.h"
#include "trappa-plan-file.h"
#include "trappa-priority.h"
#include "trappa-score-index.h"

void
trappa_score_import_free (TrappaScoreImport *self)
{
  if (self == NULL)
    return;
  g_free (self->source_name);
  g_clear_pointer (&self->changes, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->unmatched, g_ptr_array_unref);
  g_clear_pointer (&self->new_groups, g_ptr_array_unref);
  g_free (self);
}

/* The id of @plan's group called @name, or NULL. */
static const char *
find_group (TrappaPlan *plan,
            const char *name)
{
  GListModel *groups = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "workshop-groups"));
  g_autofree char *key = g_utf8_casefold (name, -1);
  guint n = g_list_model_get_n_items (groups);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) group = g_list_model_get_item (groups, i);
      g_autofree char *other = g_utf8_casefold (trappa_item_get_string (group, "name"), -1);

      if (g_utf8_collate (key, other) == 0)
        return trappa_item_get_id (group);
    }
  return NULL;
}

/* find_group() remembered per name: a copy's scores all name the same few
 * groups, and comparing names case-insensitively for every score made an
 * import of 1,000 measures take seconds. Ids are borrowed from the plan. */
static const char *
find_group_cached (GHashTable *cache,
                   TrappaPlan *plan,
                   const char *name)
{
  gpointer id;

  if (!g_hash_table_lookup_extended (cache, name, NULL, &id))
    {
      id = (gpointer) find_group (plan, name);
      g_hash_table_insert (cache, g_strdup (name), id);
    }
  return id;
}

/* The names of @other's groups by id. */
static GHashTable *
group_names (TrappaPlan *other)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *groups = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (other), "workshop-groups"));
  guint n = g_list_model_get_n_items (groups);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) group = g_list_model_get_item (groups, i);

      g_hash_table_insert (names, (gpointer) trappa_item_get_id (group),
                           (gpointer) trappa_item_get_string (group, "name"));
    }
  return names;
}

static const char *
group_name_in (GHashTable *names,
               const char *group_id,
               const char *source_name)
{
  const char *name = g_hash_table_lookup (names, group_id);

  /* The whole room of another laptop, or a group without a name: the
   * file's name tells the room whose scores they are. */
  return name != NULL && *name != '\0' ? name : source_name;
}

/* A group the file's scores name, as this plan knows it: worked out once
 * per group instead of by two lookups of its name for every score. */
typedef struct
{
  const char *their_id;  /* the file's, borrowed from it */
  const char *name;      /* in the import's strings */
  const char *our_id;    /* this plan's group, NULL: one the import adds */
  gboolean    listed;    /* in new_groups (if it is a new one) */
} GroupMatch;

typedef struct
{
  TrappaScoreImport *self;
  TrappaPlan        *plan;
  GHashTable        *names;      /* the file's group names by id */
  GHashTable        *groups;     /* this plan's group ids by name */
  GHashTable        *matches;    /* the file's group id → GroupMatch */
  GroupMatch        *last;       /* a measure's scores come group by group */
  GPtrArray         *theirs;     /* the file's scores of the measure */
} Comparison;

static GroupMatch *
match_group (Comparison *c,
             const char *their_id)
{
  GroupMatch *match;
  const char *name;

  if (c->last != NULL && g_str_equal (c->last->their_id, their_id))
    return c->last;
  match = g_hash_table_lookup (c->matches, their_id);
  if (match == NULL)
    {
      name = group_name_in (c->names, their_id, c->self->source_name);
      match = g_new0 (GroupMatch, 1);
      match->their_id = their_id;
      match->name = g_string_chunk_insert_const (c->self->strings, name);
      match->our_id = find_group_cached (c->groups, c->plan, name);
      g_hash_table_insert (c->matches, (gpointer) their_id, match);
    }
  return c->last = match;
}

/* The measure's scores in this plan are read once by group and axis, so
 * that matching a file's scores costs the same for every score however
 * many groups have scored (looking each up in the list made an import of
 * 1,000 measures take over a second), and kept for the next import
 * (trappa_score_index_of). */
static void
compare_measure (Comparison    *c,
                 TrappaMeasure *theirs)
{
  TrappaScoreImport *self = c->self;
  TrappaItem *ours = trappa_plan_lookup (c->plan, trappa_item_get_id (TRAPPA_ITEM (theirs)));
  const char *measure_id = NULL;
  GArray *our_scores;

  g_ptr_array_set_size (c->theirs, 0);
  trappa_item_list_peek_all (trappa_item_get_list (TRAPPA_ITEM (theirs), "scores"), c->theirs);
  if (c->theirs->len == 0)
    return;
  if (ours == NULL || !TRAPPA_IS_MEASURE (ours))
    {
      g_ptr_array_add (self->unmatched, g_strdup (trappa_item_get_string (TRAPPA_ITEM (theirs), "title")));
      return;
    }

  our_scores = trappa_score_index_of (c->plan, TRAPPA_MEASURE (ours));
  for (guint i = 0; i < c->theirs->len; i++)
    {
      TrappaScore *score = c->theirs->pdata[i];
      const char *group = trappa_score_group (score);
      const char *axis = trappa_score_axis_name (score);
      gint64 value = trappa_score_value (score);
      int a = trappa_priority_axis_from_name (axis);
      TrappaScore *room, *existing;
      GroupMatch *match;
      TrappaScoreChange change;

      /* The whole room's score as the copy was handed out is where the
       * group started, not the group's own view. */
      if (*group == '\0' && (room = trappa_score_index_find (our_scores, "", a)) != NULL &&
          trappa_score_value (room) == value)
        {
          self->n_unchanged++;
          continue;
        }
      match = match_group (c, group);
      existing = match->our_id != NULL ? trappa_score_index_find (our_scores, match->our_id, a) : NULL;
      if (existing != NULL && trappa_score_value (existing) == value)
        {
          self->n_unchanged++;
          continue;
        }
      /* Kept in one chunk of strings, the few names once (an axis's
       * name is static): an allocation or five for each of 20,000 scores
       * was a good part of an import. */
      change = (TrappaScoreChange) {
        .measure_id = measure_id != NULL ? measure_id
                                         : (measure_id = g_string_chunk_insert (self->strings, trappa_item_get_id (ours))),
        .group_name = match->name,
        .axis = a >= 0 ? trappa_priority_axis_name (a) : g_string_chunk_insert_const (self->strings, axis),
        .score_id = existing != NULL ? g_string_chunk_insert (self->strings, trappa_item_get_id (TRAPPA_ITEM (existing)))
                                     : NULL,
        .old_value = existing != NULL ? trappa_score_value (existing) : -1,
        .new_value = value,
      };
      g_array_append_val (self->changes, change);
      if (existing != NULL)
        self->n_changed++;
      else
        self->n_new++;

      if (match->our_id == NULL && !match->listed)
        {
          if (!g_ptr_array_find_with_equal_func (self->new_groups, match->name, g_str_equal, NULL))
            g_ptr_array_add (self->new_groups, g_strdup (match->name));
          match->listed = TRUE;
        }
    }
}

TrappaScoreImport *
trappa_score_import_prepare (TrappaPlan  *plan,
                             TrappaPlan  *other,
                             const char  *source_name,
                             GError     **error)
{
  const char *ours = trappa_item_get_id (TRAPPA_ITEM (plan));
  const char *theirs = trappa_item_get_id (TRAPPA_ITEM (other));
  g_autoptr(GPtrArray) measures = g_ptr_array_new ();
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) matches = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) their_scores = g_ptr_array_new ();
  TrappaScoreImport *self;
  Comparison c;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan) && TRAPPA_IS_PLAN (other), NULL);

  if (g_strcmp0 (ours, theirs) != 0)
    {
      const char *title = trappa_item_get_string (TRAPPA_ITEM (other), "title");

      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_IMPORT,
                   _("“%s” is another plan (“%s”), not a copy of this one: scores are "
                     "only merged from copies of the same plan"),
                   source_name, *title != '\0' ? title : theirs);
      return NULL;
    }

  self = g_new0 (TrappaScoreImport, 1);
  self->source_name = g_strdup (source_name);
  self->revision = trappa_plan_get_revision (plan);
  self->changes = g_array_new (FALSE, FALSE, sizeof (TrappaScoreChange));
  self->strings = g_string_chunk_new (4096);
  self->unmatched = g_ptr_array_new_with_free_func (g_free);
  self->new_groups = g_ptr_array_new_with_free_func (g_free);
  names = group_names (other);
  c = (Comparison) {
    .self = self, .plan = plan, .names = names, .groups = groups, .matches = matches,
    .theirs = their_scores,
  };
  trappa_item_list_peek_all (trappa_item_get_list (TRAPPA_ITEM (other), "measures"), measures);
  for (guint i = 0; i < measures->len; i++)
    compare_measure (&c, measures->pdata[i]);
  return self;
}

TrappaScoreImport *
trappa_score_import_file (TrappaPlan  *plan,
                          GFile       *file,
                          GError     **error)
{
  g_autoptr(TrappaPlan) other = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = NULL;

  other = trappa_plan_file_load (file, NULL, NULL, error);
  if (other == NULL)
    return NULL;

  name = g_str_has_suffix (basename, TRAPPA_PLAN_FILE_EXTENSION)
         ? g_strndup (basename, strlen (basename) - strlen (TRAPPA_PLAN_FILE_EXTENSION))
         : g_strdup (basename);
  return trappa_score_import_prepare (plan, other, name, error);
}

/* Adds the new scores in @added to @measure, if any, in one go. */
static void
add_scores (TrappaPlan *plan,
            TrappaItem *measure,
            GPtrArray  *added)
{
  if (measure != NULL && added->len > 0)
    trappa_score_index_insert (plan, TRAPPA_MEASURE (measure), (TrappaItem * const *) added->pdata, added->len);
  g_ptr_array_set_size (added, 0);
}

void
trappa_score_import_apply (TrappaScoreImport *self,
                           TrappaPlan        *plan)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  /* Edited since prepared: each score is looked for again. */
  gboolean stale = trappa_plan_get_revision (plan) != self->revision;
  TrappaItem *adding_to = NULL;
  /* A measure's changes share its id and a group's its name: each is
   * looked up when it differs from the change before. */
  const char *measure_id = NULL, *group_name = NULL;
  TrappaItem *measure = NULL;
  const char *group_id = NULL;

  if (self->changes->len == 0)
    return;

  trappa_plan_begin_edit (plan, _("Import Scores"));
  for (guint i = 0; i < self->new_groups->len; i++)
    if (find_group (plan, self->new_groups->pdata[i]) == NULL)
      {
        g_autoptr(TrappaWorkshopGroup) group = trappa_workshop_group_new (self->new_groups->pdata[i]);

        trappa_plan_insert (plan, TRAPPA_ITEM (plan), "workshop-groups", -1, TRAPPA_ITEM (group));
      }
  for (guint i = 0; i < self->changes->len; i++)
    {
      TrappaScoreChange *change = &g_array_index (self->changes, TrappaScoreChange, i);

      if (change->measure_id != measure_id)
        measure = trappa_plan_lookup (plan, measure_id = change->measure_id);
      if (change->group_name != group_name)
        group_id = find_group_cached (groups, plan, group_name = change->group_name);

      if (measure == NULL || !TRAPPA_IS_MEASURE (measure) || group_id == NULL)
        continue;
      /* A measure's new scores go in together (its changes are next to
       * each other). */
      if (measure != adding_to)
        {
          add_scores (plan, adding_to, added);
          adding_to = measure;
        }
      if (stale)
        trappa_measure_set_score (TRAPPA_MEASURE (measure), plan, group_id,
                                  change->axis, change->new_value, NULL);
      else if (change->score_id != NULL)
        trappa_plan_set_int (plan, trappa_plan_lookup (plan, change->score_id), "value",
                             change->new_value, NULL);
      else
        g_ptr_array_add (added, trappa_score_new (group_id, change->axis, change->new_value));
    }
  add_scores (plan, adding_to, added);
  trappa_plan_end_edit (plan);
}

char *
trappa_score_import_describe (TrappaScoreImport *self)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u new score", "%u new scores", self->n_new),
                          self->n_new);
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed", self->n_changed),
                          self->n_changed);
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u unchanged", "%u unchanged", self->n_unchanged),
                          self->n_unchanged);
  g_string_append (text, ".");
  if (self->new_groups->len > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, _("New groups:"));
      for (guint i = 0; i < self->new_groups->len; i++)
        g_string_append_printf (text, i == 0 ? " %s" : ", %s", (const char *) self->new_groups->pdata[i]);
    }
  if (self->unmatched->len > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u measure in the file is not in this plan and was left out:",
                                                 "%u measures in the file are not in this plan and were left out:",
                                                 self->unmatched->len),
                              self->unmatched->len);
      for (guint i = 0; i < self->unmatched->len; i++)
        g_string_append_printf (text, "\n• %s", (const char *) self->unmatched->pdata[i]);
    }
  return g_string_free (text, FALSE);
}
