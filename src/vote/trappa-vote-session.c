/* trappa-vote-session.c: the votes of one live-voting session, checked and
 * merged, kept apart from the plan until the leader accepts them
 *
 * Everything from the network arrives here as a message body. Each message
 * is parsed and checked in full before anything changes, so a refused
 * message leaves the session exactly as it was. The session copies what the
 * phones need from the plan when it starts and touches the plan only in
 * trappa_vote_session_accept().
 *
 * The server answers in a thread of its own, so the votes and the counts
 * are under a lock, and "changed" is emitted in the thread that made the
 * session (the window's): at once for a change made there, else on the
 * next iteration of that thread's main context, once for however many
 * messages came in meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "trappa-dot-vote.h"
#include "trappa-score-index.h"
#include "trappa-vote-session.h"
#include "trappa-vote-token.h"

#define NOT_PLACED (-1)

typedef struct
{
  char   *group_id;
  guint   slot;    /* index of group_id in group_ids */
  char   *nickname;
  gint16 *x;       /* per measure, NOT_PLACED until placed */
  gint16 *y;
  guint  *dots;    /* per measure */
  gboolean voted;
} Participant;

struct _TrappaVoteSession
{
  GObject     parent_instance;

  GThread    *owner;           /* the thread that made the session */
  GMainContext *context;       /* its main context */
  gint        change_pending;  /* atomic: an emission is on its way */
  GMutex      lock;            /* participants, placed and dots_placed */

  TrappaAxis  x_axis;
  TrappaAxis  y_axis;
  guint       dots;
  char       *language;
  char       *title;
  GPtrArray  *measure_ids;
  GPtrArray  *measure_titles;
  GHashTable *measure_index;   /* id → index + 1 */
  GPtrArray  *group_ids;       /* "" (the whole room) first */
  GPtrArray  *group_names;
  GHashTable *participants;    /* key → Participant */
  /* Running counts, kept as votes arrive so that a tally never walks the
   * participants: how many placed measure m at score v on the first (a = 0)
   * or second axis in group slot g, at ((m × slots + g) × 2 + a) × 101 + v,
   * and the dots of measure m in slot g at m × slots + g. */
  guint      *placed;
  guint      *dots_placed;
};

#define N_SCORES (TRAPPA_SCORE_MAX + 1)

G_DEFINE_FINAL_TYPE (TrappaVoteSession, trappa_vote_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (trappa-vote-error-quark, trappa_vote_error)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* A scored position from one message, applied once all of it is checked. */
typedef struct
{
  guint  measure;
  gint16 x;
  gint16 y;
} Placement;

static void
participant_free (gpointer data)
{
  Participant *participant = data;

  g_free (participant->group_id);
  g_free (participant->nickname);
  g_free (participant->x);
  g_free (participant->y);
  g_free (participant->dots);
  g_free (participant);
}

static gboolean
refuse (GError     **error,
        const char  *reason)
{
  g_set_error_literal (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_INVALID, reason);
  return FALSE;
}

/* The body as a JSON object, or NULL with the reason. */
static JsonNode *
parse_object (const char  *body,
              gsize        length,
              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (length == 0 || !g_utf8_validate (body, length, NULL))
    {
      refuse (error, "body is not UTF-8 JSON");
      return NULL;
    }
  if (!json_parser_load_from_data (parser, body, length, NULL))
    {
      refuse (error, "malformed JSON");
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      refuse (error, "the message is not a JSON object");
      return NULL;
    }
  return json_node_ref (root);
}

/* Refuses members other than @known (NULL-terminated). */
static gboolean
only_members (JsonObject          *object,
              const char * const  *known,
              GError             **error)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      return refuse (error, "unknown field");
  return TRUE;
}

/* The member @name as a string, NULL when absent or not a string. */
static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* A whole number from @node within [@min, @max]. */
static gboolean
get_whole (JsonNode *node,
           gint64    min,
           gint64    max,
           gint64   *value)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return *value >= min && *value <= max;
}

static int
find_measure (TrappaVoteSession *self,
              const char        *id)
{
  return id != NULL ? GPOINTER_TO_INT (g_hash_table_lookup (self->measure_index, id)) - 1 : -1;
}

static gboolean
parse_scores (TrappaVoteSession  *self,
              JsonNode           *node,
              GArray             *placements,
              GError            **error)
{
  static const char * const members[] = { "measure", "x", "y", NULL };
  JsonArray *scores;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return refuse (error, "scores is not a list");
  scores = json_node_get_array (node);
  n = json_array_get_length (scores);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (scores, i);
      JsonObject *score;
      Placement placement;
      gint64 x, y;
      int measure;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return refuse (error, "a score is not an object");
      score = json_node_get_object (element);
      if (!only_members (score, members, error))
        return FALSE;
      measure = find_measure (self, get_string (score, "measure"));
      if (measure < 0)
        return refuse (error, "unknown measure");
      if (!get_whole (json_object_get_member (score, "x"), 0, TRAPPA_SCORE_MAX, &x) ||
          !get_whole (json_object_get_member (score, "y"), 0, TRAPPA_SCORE_MAX, &y))
        return refuse (error, "a score must be a whole number from 0 to 100");
      placement.measure = measure;
      placement.x = x;
      placement.y = y;
      g_array_append_val (placements, placement);
    }
  return TRUE;
}

/* Fills @dots (one per measure) from {"id": n, …} within the budget. */
static gboolean
parse_dots (TrappaVoteSession  *self,
            JsonNode           *node,
            guint              *dots,
            GError            **error)
{
  g_autoptr(GList) names = NULL;
  JsonObject *object;
  guint64 total = 0;

  if (self->dots == 0)
    return refuse (error, "this session has no dot voting");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse (error, "dots is not an object");
  object = json_node_get_object (node);
  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    {
      int measure = find_measure (self, l->data);
      gint64 count;

      if (measure < 0)
        return refuse (error, "unknown measure");
      if (!get_whole (json_object_get_member (object, l->data), 0, self->dots, &count))
        return refuse (error, "dots must be whole numbers within the budget");
      dots[measure] = count;
      total += count;
    }
  if (total > self->dots)
    return refuse (error, "more dots than the budget");
  return TRUE;
}

/* The counts of measure @measure in group slot @slot on axis @axis (0, 1). */
static guint *
placed_counts (TrappaVoteSession *self,
               guint              measure,
               guint              slot,
               guint              axis)
{
  return self->placed + (((gsize) measure * self->group_ids->len + slot) * 2 + axis) * N_SCORES;
}

/* Adds (@sign 1) or takes away (-1) the participant's placement of
 * @measure and its dots there from the running counts. */
static void
count_placement (TrappaVoteSession *self,
                 Participant       *participant,
                 guint              measure,
                 int                sign)
{
  if (participant->x[measure] == NOT_PLACED)
    return;
  placed_counts (self, measure, participant->slot, 0)[participant->x[measure]] += sign;
  placed_counts (self, measure, participant->slot, 1)[participant->y[measure]] += sign;
}

static void
count_dots (TrappaVoteSession *self,
            Participant       *participant,
            int                sign)
{
  for (guint m = 0; m < self->measure_ids->len; m++)
    self->dots_placed[(gsize) m * self->group_ids->len + participant->slot] += sign * participant->dots[m];
}

/* The mean, spread, least and most of the scores counted in @counts. */
static void
summarize_counts (const guint        *counts,
                  TrappaScoreSummary *summary)
{
  guint64 n = 0, sum = 0;
  double squares = 0;

  *summary = (TrappaScoreSummary) { 0, TRAPPA_SCORE_NEUTRAL, 0.0, TRAPPA_SCORE_NEUTRAL, TRAPPA_SCORE_NEUTRAL };
  for (guint v = 0; v < N_SCORES; v++)
    if (counts[v] > 0)
      {
        summary->min = n == 0 ? v : summary->min;
        summary->max = v;
        n += counts[v];
        sum += (guint64) v * counts[v];
      }
  if (n == 0)
    return;
  summary->n = n;
  summary->mean = (double) sum / n;
  for (guint v = summary->min; v <= summary->max; v++)
    squares += counts[v] * (v - summary->mean) * (v - summary->mean);
  summary->spread = sqrt (squares / n);
}

static gboolean
emit_changed (gpointer data)
{
  TrappaVoteSession *self = data;

  g_atomic_int_set (&self->change_pending, FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* Called without the lock, so a handler may read the tallies. */
static void
changed (TrappaVoteSession *self)
{
  GSource *source;

  if (self->owner == g_thread_self ())
    {
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }
  if (!g_atomic_int_compare_and_exchange (&self->change_pending, FALSE, TRUE))
    return;
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, emit_changed, g_object_ref (self), g_object_unref);
  g_source_attach (source, self->context);
  g_source_unref (source);
}

static gboolean
in_group (Participant *participant,
          const char  *group_id)
{
  return group_id == NULL || g_str_equal (participant->group_id, group_id);
}

static guint
count_participants (TrappaVoteSession *self,
                    const char        *group_id,
                    gboolean           only_voters)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  GHashTableIter iter;
  gpointer value;
  guint count = 0;

  g_hash_table_iter_init (&iter, self->participants);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    count += in_group (value, group_id) && (!only_voters || ((Participant *) value)->voted);
  return count;
}

static void
trappa_vote_session_finalize (GObject *object)
{
  TrappaVoteSession *self = TRAPPA_VOTE_SESSION (object);

  g_free (self->language);
  g_free (self->title);
  g_clear_pointer (&self->measure_ids, g_ptr_array_unref);
  g_clear_pointer (&self->measure_titles, g_ptr_array_unref);
  g_clear_pointer (&self->measure_index, g_hash_table_unref);
  g_clear_pointer (&self->group_ids, g_ptr_array_unref);
  g_clear_pointer (&self->group_names, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_hash_table_unref);
  g_free (self->placed);
  g_free (self->dots_placed);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (trappa_vote_session_parent_class)->finalize (object);
}

static void
trappa_vote_session_class_init (TrappaVoteSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trappa_vote_session_finalize;

  /* After accepted joins and votes, in the main context of the thread
   * that made the session, so the projector can repaint. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
trappa_vote_session_init (TrappaVoteSession *self)
{
  self->measure_ids = g_ptr_array_new_with_free_func (g_free);
  self->measure_titles = g_ptr_array_new_with_free_func (g_free);
  self->measure_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  self->group_names = g_ptr_array_new_with_free_func (g_free);
  self->participants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, participant_free);
  self->owner = g_thread_self ();
  self->context = g_main_context_ref_thread_default ();
  g_mutex_init (&self->lock);
}

static void
add_measure (TrappaVoteSession *self,
             TrappaItem        *measure)
{
  const char *id = trappa_item_get_id (measure);

  if (g_hash_table_contains (self->measure_index, id))
    return;
  g_ptr_array_add (self->measure_ids, g_strdup (id));
  g_ptr_array_add (self->measure_titles, g_strdup (trappa_item_get_string (measure, "title")));
  g_hash_table_insert (self->measure_index, self->measure_ids->pdata[self->measure_ids->len - 1],
                       GUINT_TO_POINTER (self->measure_ids->len));
}

TrappaVoteSession *
trappa_vote_session_new (TrappaPlan          *plan,
                         const char * const  *measure_ids,
                         TrappaAxis           x_axis,
                         TrappaAxis           y_axis,
                         guint                dots,
                         GError             **error)
{
  g_autoptr(TrappaVoteSession) self = NULL;
  GListModel *groups;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);
  g_return_val_if_fail (x_axis < TRAPPA_N_AXES && y_axis < TRAPPA_N_AXES, NULL);

  if (x_axis == y_axis)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("Live voting needs two different axes"));
      return NULL;
    }
  if (dots > TRAPPA_VOTE_MAX_DOTS)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("Each participant can have at most %d dots"), TRAPPA_VOTE_MAX_DOTS);
      return NULL;
    }

  self = g_object_new (TRAPPA_TYPE_VOTE_SESSION, NULL);
  self->x_axis = x_axis;
  self->y_axis = y_axis;
  self->dots = dots;
  self->language = g_strdup (trappa_item_get_string (TRAPPA_ITEM (plan), "language"));
  self->title = g_strdup (trappa_item_get_string (TRAPPA_ITEM (plan), "title"));

  if (measure_ids == NULL)
    {
      GListModel *measures = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures"));

      for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
        {
          g_autoptr(TrappaItem) measure = g_list_model_get_item (measures, i);

          add_measure (self, measure);
        }
    }
  else
    for (guint i = 0; measure_ids[i] != NULL; i++)
      {
        TrappaItem *measure = trappa_plan_lookup (plan, measure_ids[i]);

        if (measure == NULL || !TRAPPA_IS_MEASURE (measure))
          {
            g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                         _("“%s” is not a measure in this plan"), measure_ids[i]);
            return NULL;
          }
        add_measure (self, measure);
      }
  if (self->measure_ids->len == 0)
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                           _("There are no measures to vote on"));
      return NULL;
    }

  g_ptr_array_add (self->group_ids, g_strdup (""));
  g_ptr_array_add (self->group_names, g_strdup (""));
  groups = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "workshop-groups"));
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TrappaItem) group = g_list_model_get_item (groups, i);

      g_ptr_array_add (self->group_ids, g_strdup (trappa_item_get_id (group)));
      g_ptr_array_add (self->group_names, g_strdup (trappa_item_get_string (group, "name")));
    }
  self->placed = g_new0 (guint, (gsize) self->measure_ids->len * self->group_ids->len * 2 * N_SCORES);
  self->dots_placed = g_new0 (guint, (gsize) self->measure_ids->len * self->group_ids->len);
  return g_steal_pointer (&self);
}

char *
trappa_vote_session_to_json (TrappaVoteSession *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, self->language);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->title);
  json_builder_set_member_name (builder, "x");
  json_builder_add_string_value (builder, trappa_priority_axis_name (self->x_axis));
  json_builder_set_member_name (builder, "y");
  json_builder_add_string_value (builder, trappa_priority_axis_name (self->y_axis));
  json_builder_set_member_name (builder, "dots");
  json_builder_add_int_value (builder, self->dots);
  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->group_ids->len; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, self->group_ids->pdata[i]);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, self->group_names->pdata[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "measures");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->measure_ids->len; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, self->measure_ids->pdata[i]);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, self->measure_titles->pdata[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

char *
trappa_vote_session_join (TrappaVoteSession  *self,
                          const char         *body,
                          gsize               length,
                          GError            **error)
{
  static const char * const members[] = { "group", "nickname", NULL };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  const char *group, *nickname;
  g_autofree char *key = NULL;
  Participant *participant;
  guint n = self->measure_ids->len, slot;
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), NULL);

  root = parse_object (body, length, error);
  if (root == NULL)
    return NULL;
  object = json_node_get_object (root);
  if (!only_members (object, members, error))
    return NULL;
  group = get_string (object, "group");
  if (group == NULL ||
      !g_ptr_array_find_with_equal_func (self->group_ids, group, g_str_equal, &slot))
    {
      refuse (error, "unknown group");
      return NULL;
    }
  nickname = json_object_has_member (object, "nickname") ? get_string (object, "nickname") : "";
  if (nickname == NULL || g_utf8_strlen (nickname, -1) > TRAPPA_VOTE_MAX_NICKNAME)
    {
      refuse (error, "the nickname is not text of at most 40 characters");
      return NULL;
    }
  locker = g_mutex_locker_new (&self->lock);
  if (g_hash_table_size (self->participants) >= TRAPPA_VOTE_MAX_PARTICIPANTS)
    {
      g_set_error_literal (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_FULL,
                           "the session is full");
      return NULL;
    }
  key = trappa_vote_token_new (error);
  if (key == NULL)
    return NULL;

  participant = g_new0 (Participant, 1);
  participant->group_id = g_strdup (group);
  participant->slot = slot;
  participant->nickname = g_strdup (nickname);
  participant->x = g_new (gint16, n);
  participant->y = g_new (gint16, n);
  participant->dots = g_new0 (guint, n);
  for (guint i = 0; i < n; i++)
    participant->x[i] = participant->y[i] = NOT_PLACED;
  g_hash_table_insert (self->participants, g_strdup (key), participant);
  g_clear_pointer (&locker, g_mutex_locker_free);
  changed (self);
  return g_steal_pointer (&key);
}

gboolean
trappa_vote_session_vote (TrappaVoteSession  *self,
                          const char         *body,
                          gsize               length,
                          GError            **error)
{
  static const char * const members[] = { "participant", "scores", "dots", NULL };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_autofree guint *dots = NULL;
  JsonObject *object;
  JsonNode *node;
  Participant *participant;
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), FALSE);

  root = parse_object (body, length, error);
  if (root == NULL)
    return FALSE;
  object = json_node_get_object (root);
  if (!only_members (object, members, error))
    return FALSE;
  locker = g_mutex_locker_new (&self->lock);
  participant = g_hash_table_lookup (self->participants, get_string (object, "participant") ?: "");
  if (participant == NULL)
    {
      g_set_error_literal (error, TRAPPA_VOTE_ERROR, TRAPPA_VOTE_ERROR_UNKNOWN_PARTICIPANT,
                           "unknown participant: join first");
      return FALSE;
    }
  node = json_object_get_member (object, "scores");
  if (node != NULL && !parse_scores (self, node, placements, error))
    return FALSE;
  node = json_object_get_member (object, "dots");
  if (node != NULL)
    {
      dots = g_new0 (guint, self->measure_ids->len);
      if (!parse_dots (self, node, dots, error))
        return FALSE;
    }

  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);

      count_placement (self, participant, placement->measure, -1);
      participant->x[placement->measure] = placement->x;
      participant->y[placement->measure] = placement->y;
      count_placement (self, participant, placement->measure, 1);
      participant->voted = TRUE;
    }
  if (dots != NULL)
    {
      count_dots (self, participant, -1);
      g_free (participant->dots);
      participant->dots = g_steal_pointer (&dots);
      count_dots (self, participant, 1);
      participant->voted = TRUE;
    }
  g_clear_pointer (&locker, g_mutex_locker_free);
  changed (self);
  return TRUE;
}

TrappaAxis
trappa_vote_session_get_x_axis (TrappaVoteSession *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), TRAPPA_AXIS_URGENCY);
  return self->x_axis;
}

TrappaAxis
trappa_vote_session_get_y_axis (TrappaVoteSession *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), TRAPPA_AXIS_COST);
  return self->y_axis;
}

guint
trappa_vote_session_get_dots (TrappaVoteSession *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), 0);
  return self->dots;
}

guint
trappa_vote_session_get_n_measures (TrappaVoteSession *self)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), 0);
  return self->measure_ids->len;
}

const char *
trappa_vote_session_get_measure_id (TrappaVoteSession *self,
                                    guint              index)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), NULL);
  g_return_val_if_fail (index < self->measure_ids->len, NULL);
  return self->measure_ids->pdata[index];
}

const char *
trappa_vote_session_get_measure_title (TrappaVoteSession *self,
                                       guint              index)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), NULL);
  g_return_val_if_fail (index < self->measure_titles->len, NULL);
  return self->measure_titles->pdata[index];
}

guint
trappa_vote_session_count_joined (TrappaVoteSession *self,
                                  const char        *group_id)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), 0);
  return count_participants (self, group_id, FALSE);
}

guint
trappa_vote_session_count_voters (TrappaVoteSession *self,
                                  const char        *group_id)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), 0);
  return count_participants (self, group_id, TRUE);
}

GArray *
trappa_vote_session_tally (TrappaVoteSession *self,
                           const char        *group_id)
{
  guint n = self->measure_ids->len, slots = self->group_ids->len, slot = 0;
  g_autofree guint *counts = g_new (guint, 2 * N_SCORES);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  GArray *tallies;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), NULL);

  tallies = g_array_sized_new (FALSE, TRUE, sizeof (TrappaVoteTally), n);
  g_array_set_size (tallies, n);
  /* A group not in this session has no votes. */
  if (group_id != NULL && !g_ptr_array_find_with_equal_func (self->group_ids, group_id, g_str_equal, &slot))
    return tallies;
  for (guint m = 0; m < n; m++)
    {
      TrappaVoteTally *tally = &g_array_index (tallies, TrappaVoteTally, m);

      /* Everyone: the groups' counts added up. */
      memset (counts, 0, 2 * N_SCORES * sizeof (guint));
      for (guint g = group_id != NULL ? slot : 0; g < (group_id != NULL ? slot + 1 : slots); g++)
        {
          const guint *placed = placed_counts (self, m, g, 0);

          for (guint v = 0; v < 2 * N_SCORES; v++)
            counts[v] += placed[v];
          tally->dots += self->dots_placed[(gsize) m * slots + g];
        }
      summarize_counts (counts, &tally->x);
      summarize_counts (counts + N_SCORES, &tally->y);
    }
  return tallies;
}

int
trappa_vote_session_find_measure (TrappaVoteSession *self,
                                  const char        *measure_id)
{
  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), -1);
  return find_measure (self, measure_id);
}

TrappaPlan *
trappa_vote_session_measures_plan (TrappaVoteSession *self)
{
  TrappaPlan *plan;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), NULL);

  plan = trappa_plan_new_empty ();
  g_object_set (plan, "title", self->title, "language", self->language, NULL);
  for (guint i = 0; i < self->measure_ids->len; i++)
    {
      g_autoptr(TrappaMeasure) measure = trappa_measure_new (self->measure_titles->pdata[i]);

      g_object_set (measure, "id", self->measure_ids->pdata[i], NULL);
      trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
    }
  trappa_plan_clear_history (plan);
  return plan;
}

/* One group's votes, as they go into the plan. */
typedef struct
{
  const char *group_id;
  GArray     *tallies;   /* TrappaVoteTally per measure, in session order */
  gboolean    dotted;    /* its participants spent dots */
} GroupVotes;

static void
group_votes_clear (gpointer data)
{
  g_array_unref (((GroupVotes *) data)->tallies);
}

/* The groups' votes on measure @i written into @measure; a measure's
 * new scores go in together, one splice. Returns the scores written. */
static guint
accept_measure (TrappaVoteSession *self,
                TrappaPlan        *plan,
                GArray            *groups,
                guint              i,
                TrappaMeasure     *measure,
                GArray            *scores)
{
  const TrappaAxis axes[] = { self->x_axis, self->y_axis };
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  guint written = 0;

  trappa_score_index_fill (scores, measure);
  for (guint g = 0; g < groups->len; g++)
    {
      GroupVotes *votes = &g_array_index (groups, GroupVotes, g);
      TrappaVoteTally *tally = &g_array_index (votes->tallies, TrappaVoteTally, i);
      const double means[] = { tally->x.mean, tally->y.mean };

      /* A group that spent dots: its count on each measure, none
       * included, replaces what an earlier session gave it. */
      if (votes->dotted)
        trappa_measure_set_dots (measure, plan, votes->group_id, tally->dots, NULL);
      if (tally->x.n == 0)
        continue;
      for (guint a = 0; a < G_N_ELEMENTS (axes); a++)
        {
          TrappaScore *score = trappa_score_index_find (scores, votes->group_id, axes[a]);

          if (score != NULL)
            trappa_plan_set_int (plan, TRAPPA_ITEM (score), "value", lround (means[a]), NULL);
          else
            g_ptr_array_add (added, trappa_score_new (votes->group_id, trappa_priority_axis_name (axes[a]),
                                                      lround (means[a])));
          written++;
        }
    }
  trappa_plan_insert_all (plan, TRAPPA_ITEM (measure), "scores", (TrappaItem * const *) added->pdata, added->len);
  return written;
}

guint
trappa_vote_session_accept (TrappaVoteSession *self,
                            TrappaPlan        *plan)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (GroupVotes));
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (TrappaGroupScores));
  guint written = 0;

  g_return_val_if_fail (TRAPPA_IS_VOTE_SESSION (self), 0);
  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), 0);

  if (trappa_vote_session_count_voters (self, NULL) == 0)
    return 0;

  g_array_set_clear_func (groups, group_votes_clear);
  for (guint g = 0; g < self->group_ids->len; g++)
    {
      GroupVotes votes = { self->group_ids->pdata[g], NULL, FALSE };
      TrappaItem *group = trappa_plan_lookup (plan, votes.group_id);

      /* The group may have been removed from the plan while voting; one
       * nobody voted in changes nothing (a large plan has many groups). */
      if ((*votes.group_id != '\0' && (group == NULL || !TRAPPA_IS_WORKSHOP_GROUP (group))) ||
          trappa_vote_session_count_voters (self, votes.group_id) == 0)
        continue;
      votes.tallies = trappa_vote_session_tally (self, votes.group_id);
      for (guint i = 0; i < votes.tallies->len; i++)
        votes.dotted |= g_array_index (votes.tallies, TrappaVoteTally, i).dots > 0;
      g_array_append_val (groups, votes);
    }

  /* Measure by measure, each measure's scores read once for all groups. */
  trappa_plan_begin_edit (plan, _("Accept Live Votes"));
  for (guint i = 0; i < self->measure_ids->len; i++)
    {
      TrappaItem *measure = trappa_plan_lookup (plan, self->measure_ids->pdata[i]);

      if (measure != NULL && TRAPPA_IS_MEASURE (measure))
        written += accept_measure (self, plan, groups, i, TRAPPA_MEASURE (measure), scores);
    }
  trappa_plan_end_edit (plan);
  return written;
}
