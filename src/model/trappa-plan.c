/* trappa-plan.c: a housing plan and the one place all its edits go through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "trappa-plan.h"
#include "trappa-field-names.h"
#include "trappa-history.h"
#include "trappa-plan-constraints.h"
#include "trappa-plan-index.h"
#include "trappa-reference.h"
#include "trappa-measure.h"
#include "trappa-action-plan.h"
#include "trappa-action-plan-roll.h"
#include "trappa-year-amounts.h"
#include "trappa-population.h"
#include "trappa-national-goal.h"
#include "trappa-participation.h"
#include "trappa-ros.h"
#include "trappa-success-factor.h"
#include "trappa-format.h"

struct _TrappaPlan
{
  TrappaItem     parent_instance;
  TrappaHistory *history;
  TrappaPlanIndex *index;   /* made on first use, then kept current */
  gboolean       modified;
  gboolean       can_undo;
  gboolean       can_redo;
  guint64        revision;    /* counts changes, for caches of derived figures */
  guint          source_format_minor;
};

G_DEFINE_FINAL_TYPE (TrappaPlan, trappa_plan, TRAPPA_TYPE_ITEM)

/* Stored fields, in file order. */
enum { FIELD_0, FIELD_REVISION = 10, FIELD_REVISION_HISTORY, FIELD_ACTION_PLAN_START, N_FIELDS };
static GParamSpec *fields[N_FIELDS];

/* State of the document, not stored in the file. */
enum { PROP_MODIFIED = N_FIELDS, PROP_CAN_UNDO, PROP_CAN_REDO, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { CHANGED, WILL_CHANGE, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char * const languages[] = { "nn", "nb", NULL };

static void
trappa_plan_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TrappaPlan *self = TRAPPA_PLAN (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    default:
      G_OBJECT_CLASS (trappa_plan_parent_class)->get_property (object, prop_id, value, pspec);
    }
}

static void
trappa_plan_finalize (GObject *object)
{
  TrappaPlan *self = TRAPPA_PLAN (object);

  g_clear_pointer (&self->history, trappa_history_free);
  g_clear_pointer (&self->index, trappa_plan_index_free);
  G_OBJECT_CLASS (trappa_plan_parent_class)->finalize (object);
}

static void
trappa_plan_class_init (TrappaPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  TrappaItemClass *item_class = TRAPPA_ITEM_CLASS (klass);

  object_class->finalize = trappa_plan_finalize;

  fields[1] = trappa_param_spec_text ("title", FALSE);
  fields[2] = trappa_param_spec_text ("municipality", FALSE);
  fields[3] = trappa_param_spec_text ("municipality-number", FALSE);
  fields[4] = trappa_param_spec_year ("period-start");
  fields[5] = trappa_param_spec_year ("period-end");
  fields[6] = trappa_param_spec_year ("base-year");
  fields[7] = trappa_param_spec_year ("horizon");
  fields[8] = trappa_param_spec_choice ("language", languages);
  fields[9] = trappa_param_spec_text ("description", TRUE);
  /* Which save this is, and the saves before it: see trappa-revisions.c. */
  fields[FIELD_REVISION] = trappa_param_spec_text ("revision", FALSE);
  fields[FIELD_REVISION_HISTORY] = trappa_param_spec_text ("revision-history", FALSE);
  /* The four-year action plan's first year (trappa-action-plan.h). */
  fields[FIELD_ACTION_PLAN_START] = trappa_param_spec_year ("action-plan-start");
  trappa_item_class_install (item_class, "plan", fields, N_FIELDS);

  trappa_item_class_add_list (item_class, "staircases", TRAPPA_TYPE_STAIRCASE);
  trappa_item_class_add_list (item_class, "target-groups", TRAPPA_TYPE_TARGET_GROUP);
  trappa_item_class_add_list (item_class, "mapping-rows", TRAPPA_TYPE_MAPPING_ROW);
  trappa_item_class_add_list (item_class, "milestones", TRAPPA_TYPE_MILESTONE);
  trappa_item_class_add_list (item_class, "target-areas", TRAPPA_TYPE_TARGET_AREA);
  trappa_item_class_add_list (item_class, "measures", TRAPPA_TYPE_MEASURE);
  trappa_item_class_add_list (item_class, "workshop-groups", TRAPPA_TYPE_WORKSHOP_GROUP);
  trappa_item_class_add_list (item_class, "age-bands", TRAPPA_TYPE_AGE_BAND);
  trappa_item_class_add_list (item_class, "population-series", TRAPPA_TYPE_POPULATION_SERIES);
  trappa_item_class_add_list (item_class, "coverages", TRAPPA_TYPE_COVERAGE);
  trappa_item_class_add_list (item_class, "beon-scenarios", TRAPPA_TYPE_BEON_SCENARIO);
  trappa_item_class_add_list (item_class, "gap-texts", TRAPPA_TYPE_GAP_TEXT);
  trappa_item_class_add_list (item_class, "risks", TRAPPA_TYPE_RISK);
  trappa_item_class_add_list (item_class, "stakeholders", TRAPPA_TYPE_STAKEHOLDER);
  trappa_item_class_add_list (item_class, "swot-points", TRAPPA_TYPE_SWOT_POINT);
  trappa_item_class_add_list (item_class, "participation-plan", TRAPPA_TYPE_PARTICIPATION);
  trappa_item_class_add_list (item_class, "mobilisation-plan", TRAPPA_TYPE_MOBILISATION);
  trappa_item_class_add_list (item_class, "meeting-plan", TRAPPA_TYPE_MEETING_ITEM);
  trappa_item_class_add_list (item_class, "success-factors", TRAPPA_TYPE_SUCCESS_FACTOR);
  trappa_item_class_add_list (item_class, "national-goals", TRAPPA_TYPE_NATIONAL_GOAL);
  trappa_item_class_add_list (item_class, "action-plan-revisions", TRAPPA_TYPE_ACTION_PLAN_REVISION);

  /* Installed after the stored fields so the base class never sees them. */
  object_class->get_property = trappa_plan_get_property;
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = PROP_MODIFIED; i < N_PROPS; i++)
    g_object_class_install_property (object_class, i, properties[i]);

  /* Emitted once after every edit, undo and redo: charts redraw on it. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
  /* Just before each field of a record (@item, @pspec) or a list (@list,
   * @pspec NULL) changes, by an edit, undo or redo: a snapshot being
   * taken keeps what it has not copied yet (trappa-plan-snapshot.c), the
   * scores an import keeps drop what changed (trappa-score-index.c). */
  signals[WILL_CHANGE] = g_signal_new ("will-change", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 3, TRAPPA_TYPE_ITEM,
                                       G_TYPE_PARAM, G_TYPE_LIST_STORE);
}

static void
will_change (TrappaPlan *self,
             TrappaItem *item,
             GParamSpec *pspec,
             GListStore *list)
{
  g_signal_emit (self, signals[WILL_CHANGE], 0, item, pspec, list);
}

/* The index is made when first asked, so that the file reader and
 * trappa_plan_new() can fill a plan before it is in use. */
static TrappaPlanIndex *
ensure_index (TrappaPlan *self)
{
  if (self->index == NULL)
    self->index = trappa_plan_index_new (TRAPPA_ITEM (self));
  return self->index;
}

static void
on_history_will_apply (gpointer    owner,
                       TrappaItem *item,
                       GParamSpec *pspec,
                       GListStore *list,
                       gboolean    inserted)
{
  will_change (owner, list == NULL ? item : NULL, pspec, list);
}

static void
on_history_applied (gpointer    owner,
                    TrappaItem *item,
                    GParamSpec *pspec,
                    GListStore *list,
                    gboolean    inserted)
{
  TrappaPlan *self = owner;

  if (self->index == NULL)
    return;
  if (list == NULL)
    {
      if (g_str_equal (pspec->name, "id"))
        trappa_plan_index_update_id (self->index, item);
    }
  else if (inserted)
    trappa_plan_index_add (self->index, list, item);
  else
    trappa_plan_index_remove (self->index, item);
}

static void
trappa_plan_init (TrappaPlan *self)
{
  self->history = trappa_history_new (self, on_history_will_apply, on_history_applied);
}

TrappaPlan *
trappa_plan_new_empty (void)
{
  return g_object_new (TRAPPA_TYPE_PLAN, "language", "nn", NULL);
}

TrappaPlan *
trappa_plan_new (void)
{
  TrappaPlan *self = trappa_plan_new_empty ();
  GListStore *staircases = trappa_item_get_list (TRAPPA_ITEM (self), "staircases");
  const char *kinds[] = { TRAPPA_STAIRCASE_HOUSING, TRAPPA_STAIRCASE_ACTIVITY };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 year = g_date_time_get_year (now);

  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *plan_id = g_strconcat ("plan-", uuid, NULL);

  /* A unique id tells two plans apart, e.g. when importing scores. */
  g_object_set (self,
                "id", plan_id,
                "title", _("New housing plan"),
                "base-year", year,
                "period-start", year + 1,
                "period-end", year + 12,
                "horizon", MAX (year + 12, 2040),
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(TrappaStaircase) staircase = trappa_staircase_new (kinds[i]);
      g_autofree char *id = g_strconcat (kinds[i], "-1", NULL);

      g_object_set (staircase, "id", id, NULL);
      g_list_store_append (staircases, staircase);
    }
  return self;
}

static gboolean
find_staircase (TrappaItem *item,
                gpointer    user_data)
{
  gpointer *data = user_data;

  if (TRAPPA_IS_STAIRCASE (item) &&
      g_strcmp0 (trappa_item_get_string (item, "kind"), data[0]) == 0)
    {
      data[1] = item;
      return FALSE;
    }
  return TRUE;
}

TrappaStaircase *
trappa_plan_get_staircase (TrappaPlan *self,
                           const char *kind)
{
  gpointer data[2] = { (gpointer) kind, NULL };

  trappa_item_foreach (TRAPPA_ITEM (self), find_staircase, data);
  return data[1];
}

TrappaItem *
trappa_plan_lookup (TrappaPlan *self,
                    const char *id)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;
  return trappa_plan_index_lookup (ensure_index (self), id);
}

gboolean
trappa_plan_find_parent (TrappaPlan  *self,
                         TrappaItem  *item,
                         TrappaItem **parent,
                         GListStore **list,
                         guint       *position)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (self), FALSE);
  return trappa_plan_index_find_parent (ensure_index (self), item, parent, list, position);
}

/* Ids are short, readable and stable, so that two versions of a file
 * diff cleanly. */
char *
trappa_plan_make_id (TrappaPlan *self,
                     const char *prefix)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (self), NULL);
  return trappa_plan_index_make_id (ensure_index (self), prefix, FALSE);
}

typedef struct
{
  GHashTable *ids;      /* the ids looked for */
  GHashTable *kinds;    /* TrappaItemClass → GPtrArray of its reference fields */
  GPtrArray  *found;
} Referrers;

/* @item's reference fields, found once per kind in a walk: reading every
 * field's spec of every record was most of a removal. */
static GPtrArray *
reference_fields (Referrers  *r,
                  TrappaItem *item)
{
  TrappaItemClass *klass = TRAPPA_ITEM_GET_CLASS (item);
  GPtrArray *refs = g_hash_table_lookup (r->kinds, klass);
  GParamSpec **props;
  guint n;

  if (refs != NULL)
    return refs;
  refs = g_ptr_array_new ();
  props = trappa_item_class_get_props (klass, &n);
  for (guint i = 0; i < n; i++)
    if (trappa_param_spec_get_reference_type (props[i]) != G_TYPE_INVALID)
      g_ptr_array_add (refs, props[i]);
  g_hash_table_insert (r->kinds, klass, refs);
  return refs;
}

static gboolean
refers_to (Referrers  *r,
           TrappaItem *item)
{
  GPtrArray *refs = reference_fields (r, item);

  for (guint i = 0; i < refs->len; i++)
    {
      const GValue *value = trappa_item_peek_value (item, refs->pdata[i]);

      if (G_VALUE_HOLDS (value, G_TYPE_STRV))
        {
          const char * const *names = g_value_get_boxed (value);

          for (guint j = 0; names != NULL && names[j] != NULL; j++)
            if (g_hash_table_contains (r->ids, names[j]))
              return TRUE;
        }
      else if (g_hash_table_contains (r->ids, g_value_get_string (value)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
collect_referrer (TrappaItem *item,
                  gpointer    user_data)
{
  Referrers *r = user_data;

  if (refers_to (r, item))
    g_ptr_array_add (r->found, g_object_ref (item));
  return TRUE;
}

/* The records referring to any of @ids, in one walk of the plan. */
static GPtrArray *
find_referrers_of (TrappaPlan *self,
                   GHashTable *ids)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  Referrers r = { ids, kinds, g_ptr_array_new_with_free_func (g_object_unref) };

  if (g_hash_table_size (ids) > 0)
    trappa_item_foreach (TRAPPA_ITEM (self), collect_referrer, &r);
  return r.found;
}

GPtrArray *
trappa_plan_find_referrers (TrappaPlan *self,
                            const char *id)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (id != NULL && *id != '\0')
    g_hash_table_add (ids, (gpointer) id);
  return find_referrers_of (self, ids);
}

static void
update_state (TrappaPlan *self)
{
  struct { gboolean *field; gboolean value; guint prop; } states[] = {
    { &self->modified, !trappa_history_is_at_saved (self->history), PROP_MODIFIED },
    { &self->can_undo, trappa_history_can_undo (self->history), PROP_CAN_UNDO },
    { &self->can_redo, trappa_history_can_redo (self->history), PROP_CAN_REDO },
  };

  self->revision++;

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (*states[i].field != states[i].value)
      {
        *states[i].field = states[i].value;
        g_object_notify_by_pspec (G_OBJECT (self), properties[states[i].prop]);
      }
}

void
trappa_plan_begin_edit (TrappaPlan *self,
                        const char *label)
{
  g_return_if_fail (TRAPPA_IS_PLAN (self));
  trappa_history_begin (self->history, label);
}

void
trappa_plan_end_edit (TrappaPlan *self)
{
  g_return_if_fail (TRAPPA_IS_PLAN (self));

  if (trappa_history_end (self->history))
    {
      update_state (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static gboolean
check_value (GParamSpec    *pspec,
             const GValue  *value,
             GError       **error)
{
  g_auto(GValue) copy = G_VALUE_INIT;
  const char * const *choices = trappa_param_spec_get_choices (pspec);

  if (!G_VALUE_HOLDS (value, G_PARAM_SPEC_VALUE_TYPE (pspec)))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   _("“%s” has the wrong kind of value"), pspec->name);
      return FALSE;
    }

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *s = g_value_get_string (value);

      if (s != NULL && !g_utf8_validate (s, -1, NULL))
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_ENCODING,
                       _("“%s” is not valid UTF-8 text"), pspec->name);
          return FALSE;
        }
      if (choices != NULL && !g_strv_contains (choices, s != NULL ? s : ""))
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                       _("“%s” is not an allowed value for “%s”"), s, pspec->name);
          return FALSE;
        }
      if (trappa_param_spec_is_required (pspec) && (s == NULL || trappa_text_is_blank (s)))
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                       _("“%s” must not be empty"), pspec->name);
          return FALSE;
        }
      /* Dates are kept as the file keeps them; the cells convert. */
      if (trappa_param_spec_is_date (pspec) && s != NULL && *s != '\0' && !trappa_date_is_iso (s))
        {
          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                       _("“%s” must be a date written YYYY-MM-DD, not “%s”"), pspec->name, s);
          return FALSE;
        }
      if (trappa_param_spec_is_year_amounts (pspec) && !trappa_year_amounts_check (s != NULL ? s : "", error))
        return FALSE;
    }

  g_value_init (&copy, G_VALUE_TYPE (value));
  g_value_copy (value, &copy);
  if (g_param_value_validate (pspec, &copy))
    {
      if (G_IS_PARAM_SPEC_INT64 (pspec))
        {
          /* Formatted apart: gettext cannot see through G_GINT64_FORMAT. */
          g_autofree char *min = trappa_format_count (G_PARAM_SPEC_INT64 (pspec)->minimum);
          g_autofree char *max = trappa_format_count (G_PARAM_SPEC_INT64 (pspec)->maximum);

          g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                       _("“%s” must be a whole number from %s to %s"),
                       pspec->name, min, max);
        }
      else
        g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                     _("“%s” has a value out of range"), pspec->name);
      return FALSE;
    }
  return TRUE;
}

gboolean
trappa_plan_set_value (TrappaPlan    *self,
                       TrappaItem    *item,
                       const char    *prop,
                       const GValue  *value,
                       GError       **error)
{
  GParamSpec *pspec;
  const GValue *current;

  g_return_val_if_fail (TRAPPA_IS_PLAN (self), FALSE);
  g_return_val_if_fail (TRAPPA_IS_ITEM (item), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), prop);
  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE))
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   /* TRANSLATORS: a record kind ("Measure"), then a field's name in the file */
                   _("%s has no field “%s”"),
                   trappa_kind_label (trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (item))), prop);
      return FALSE;
    }
  if (!check_value (pspec, value, error))
    return FALSE;
  if (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID &&
      !trappa_reference_check (self, pspec, value, error))
    return FALSE;
  if (trappa_param_spec_is_year_amounts (pspec) &&
      !trappa_action_plan_check_years (self, trappa_item_peek_value (item, pspec), value, error))
    return FALSE;

  current = trappa_item_peek_value (item, pspec);
  if (g_param_values_cmp (pspec, current, value) == 0)
    return TRUE;
  if (!trappa_plan_constraints_allow_set (self, item, pspec, value, error))
    return FALSE;

  trappa_history_begin (self->history, NULL);
  trappa_history_record_set (self->history, item, pspec, current, value);
  will_change (self, item, pspec, NULL);
  g_object_set_property (G_OBJECT (item), prop, value);
  if (self->index != NULL && g_str_equal (pspec->name, "id"))
    trappa_plan_index_update_id (self->index, item);
  trappa_plan_end_edit (self);
  return TRUE;
}

gboolean
trappa_plan_set_string (TrappaPlan  *self,
                        TrappaItem  *item,
                        const char  *prop,
                        const char  *value,
                        GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value != NULL ? value : "");
  return trappa_plan_set_value (self, item, prop, &v, error);
}

gboolean
trappa_plan_set_int (TrappaPlan  *self,
                     TrappaItem  *item,
                     const char  *prop,
                     gint64       value,
                     GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  return trappa_plan_set_value (self, item, prop, &v, error);
}

gboolean
trappa_plan_set_boolean (TrappaPlan  *self,
                         TrappaItem  *item,
                         const char  *prop,
                         gboolean     value,
                         GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  return trappa_plan_set_value (self, item, prop, &v, error);
}

gboolean
trappa_plan_set_strv (TrappaPlan          *self,
                      TrappaItem          *item,
                      const char          *prop,
                      const char * const  *value,
                      GError             **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRV);
  g_value_set_boxed (&v, value);
  return trappa_plan_set_value (self, item, prop, &v, error);
}

static gboolean
reserve_id (TrappaItem *item,
            gpointer    user_data)
{
  trappa_plan_index_reserve_id (user_data, trappa_item_get_id (item));
  return TRUE;
}

static gboolean
assign_missing_id (TrappaItem *item,
                   gpointer    user_data)
{
  if (*trappa_item_get_id (item) == '\0')
    {
      GValue id = G_VALUE_INIT;
      guint n_base;

      g_value_init (&id, G_TYPE_STRING);
      g_value_take_string (&id, trappa_plan_index_make_id (user_data, trappa_item_class_get_tag (TRAPPA_ITEM_GET_CLASS (item)), TRUE));
      /* Not through g_object_set: a record on its way in has no handlers
       * yet, and the property machinery was a tenth of an import. */
      trappa_item_take_new_value (item, trappa_item_get_base_props (&n_base)[0], &id);
    }
  return TRUE;
}

/* Puts @items at @position of @list as one edit, in one splice. */
static void
add_records (TrappaPlan         *self,
             GListStore         *list,
             guint               position,
             TrappaItem * const *items,
             guint               n_items)
{
  TrappaPlanIndex *index = ensure_index (self);

  /* A new record gets its id before it enters the plan (it is never
   * changed afterwards, so no undo entry is needed for it). */
  for (guint i = 0; i < n_items; i++)
    trappa_item_foreach (items[i], reserve_id, index);
  for (guint i = 0; i < n_items; i++)
    trappa_item_foreach (items[i], assign_missing_id, index);
  trappa_plan_index_release_ids (index);

  trappa_history_begin (self->history, NULL);
  will_change (self, NULL, NULL, list);
  g_list_store_splice (list, position, 0, (gpointer *) items, n_items);
  for (guint i = 0; i < n_items; i++)
    trappa_plan_index_add (index, list, items[i]);
  trappa_history_record_insert (self->history, list, position, items, n_items);
  trappa_plan_end_edit (self);
}

gboolean
trappa_plan_try_insert_all (TrappaPlan         *self,
                            TrappaItem         *parent,
                            const char         *list_name,
                            int                 position,
                            TrappaItem * const *items,
                            guint               n_items,
                            guint              *refused,
                            GError            **error)
{
  GListStore *list;
  guint n;

  g_return_val_if_fail (TRAPPA_IS_PLAN (self), FALSE);
  g_return_val_if_fail (TRAPPA_IS_ITEM (parent), FALSE);

  list = trappa_item_get_list (parent, list_name);
  g_return_val_if_fail (list != NULL, FALSE);
  /* Each record with those before it in, as if they came one by one. */
  for (guint i = 0; i < n_items; i++)
    if (!trappa_plan_constraints_allow_insert (self, parent, list_name, items, i + 1, error))
      {
        if (refused != NULL)
          *refused = i;
        return FALSE;
      }
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (position < 0 || (guint) position > n)
    position = n;
  if (n_items > 0)
    add_records (self, list, position, items, n_items);
  return TRUE;
}

gboolean
trappa_plan_try_insert (TrappaPlan  *self,
                        TrappaItem  *parent,
                        const char  *list_name,
                        int          position,
                        TrappaItem  *item,
                        GError     **error)
{
  g_return_val_if_fail (TRAPPA_IS_ITEM (item), FALSE);
  return trappa_plan_try_insert_all (self, parent, list_name, position, &item, 1, NULL, error);
}

/* For records the program makes: a broken rule is its bug. */
static gboolean
insert_made (TrappaPlan         *self,
             TrappaItem         *parent,
             const char         *list_name,
             int                 position,
             TrappaItem * const *items,
             guint               n_items)
{
  g_autoptr(GError) error = NULL;

  if (trappa_plan_try_insert_all (self, parent, list_name, position, items, n_items, NULL, &error))
    return TRUE;
  if (error != NULL)
    g_critical ("A record the rules refuse was inserted: %s", error->message);
  return FALSE;
}

gboolean
trappa_plan_insert (TrappaPlan *self,
                    TrappaItem *parent,
                    const char *list_name,
                    int         position,
                    TrappaItem *item)
{
  g_return_val_if_fail (TRAPPA_IS_ITEM (item), FALSE);
  return insert_made (self, parent, list_name, position, &item, 1);
}

gboolean
trappa_plan_insert_all (TrappaPlan         *self,
                        TrappaItem         *parent,
                        const char         *list_name,
                        TrappaItem * const *items,
                        guint               n_items)
{
  return insert_made (self, parent, list_name, -1, items, n_items);
}

static gboolean
collect_ids (TrappaItem *item,
             gpointer    user_data)
{
  if (*trappa_item_get_id (item) != '\0')
    g_hash_table_add (user_data, g_strdup (trappa_item_get_id (item)));
  return TRUE;
}

static void
remove_one (TrappaPlan *self,
            TrappaItem *item)
{
  GListStore *list;
  guint position;

  if (!trappa_plan_find_parent (self, item, NULL, &list, &position))
    return;

  g_object_ref (item);
  will_change (self, NULL, NULL, list);
  g_list_store_remove (list, position);
  trappa_plan_index_remove (self->index, item);
  trappa_history_record_remove (self->history, list, position, &item, 1);
  g_object_unref (item);
}

static void remove_and_unlink (TrappaPlan *self,
                               TrappaItem *item);

/* Drops an id from a referrer as each of its fields says: a record that
 * means nothing without the removed one goes with it (CASCADE); otherwise
 * the field is emptied or its list loses the id (CLEAR). */
static void
unlink_referrer (TrappaPlan *self,
                 TrappaItem *referrer,
                 const char *id)
{
  guint n;
  GParamSpec **props = trappa_item_class_get_props (TRAPPA_ITEM_GET_CLASS (referrer), &n);

  for (guint i = 0; i < n; i++)
    {
      if (trappa_param_spec_get_reference_type (props[i]) == G_TYPE_INVALID)
        continue;

      if (G_PARAM_SPEC_VALUE_TYPE (props[i]) == G_TYPE_STRV
          ? !g_strv_contains (trappa_item_get_strv (referrer, props[i]->name), id)
          : g_strcmp0 (trappa_item_get_string (referrer, props[i]->name), id) != 0)
        continue;

      if (trappa_param_spec_get_on_delete (props[i]) == TRAPPA_ON_DELETE_CASCADE)
        {
          remove_and_unlink (self, referrer);
          return;
        }
      if (G_PARAM_SPEC_VALUE_TYPE (props[i]) == G_TYPE_STRV)
        {
          const char * const *refs = trappa_item_get_strv (referrer, props[i]->name);
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) kept = NULL;

          for (guint j = 0; refs[j] != NULL; j++)
            if (!g_str_equal (refs[j], id))
              g_strv_builder_add (builder, refs[j]);
          kept = g_strv_builder_end (builder);
          trappa_plan_set_strv (self, referrer, props[i]->name,
                                (const char * const *) kept, NULL);
        }
      else
        trappa_plan_set_string (self, referrer, props[i]->name, "", NULL);
    }
}

/* Removes @item and the records it holds, then unlinks whatever referred
 * to them; a record that goes with them (CASCADE) is unlinked in turn, so
 * that nothing names a removed measure of a removed target area. */
static void
remove_and_unlink (TrappaPlan *self,
                   TrappaItem *item)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) referrers = NULL;
  GHashTableIter iter;
  gpointer id;

  trappa_item_foreach (item, collect_ids, ids);
  remove_one (self, item);
  referrers = find_referrers_of (self, ids);
  for (guint j = 0; j < referrers->len; j++)
    {
      TrappaItem *referrer = referrers->pdata[j];

      g_hash_table_iter_init (&iter, ids);
      /* A referrer that a cascade took already needs nothing more. */
      while (trappa_plan_lookup (self, trappa_item_get_id (referrer)) == referrer &&
             g_hash_table_iter_next (&iter, &id, NULL))
        unlink_referrer (self, referrer, id);
    }
}

void
trappa_plan_remove (TrappaPlan *self,
                    TrappaItem *item)
{
  g_return_if_fail (TRAPPA_IS_PLAN (self));
  g_return_if_fail (TRAPPA_IS_ITEM (item));

  trappa_history_begin (self->history, NULL);
  remove_and_unlink (self, item);
  trappa_plan_end_edit (self);
}

gboolean
trappa_plan_move (TrappaPlan *self,
                  TrappaItem *item,
                  guint       position)
{
  GListStore *list;
  guint from, n;

  g_return_val_if_fail (TRAPPA_IS_PLAN (self), FALSE);

  if (!trappa_plan_find_parent (self, item, NULL, &list, &from))
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (position >= n || position == from)
    return FALSE;

  g_object_ref (item);
  trappa_history_begin (self->history, NULL);
  will_change (self, NULL, NULL, list);
  g_list_store_remove (list, from);
  trappa_history_record_remove (self->history, list, from, &item, 1);
  g_list_store_insert (list, position, item);
  trappa_history_record_insert (self->history, list, position, &item, 1);
  trappa_plan_end_edit (self);
  g_object_unref (item);
  return TRUE;
}

static gboolean
step_history (TrappaPlan *self,
              gboolean (*step) (TrappaHistory *))
{
  if (!step (self->history))
    return FALSE;
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
trappa_plan_undo (TrappaPlan *self)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (self), FALSE);
  return step_history (self, trappa_history_undo);
}

gboolean
trappa_plan_redo (TrappaPlan *self)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (self), FALSE);
  return step_history (self, trappa_history_redo);
}

gboolean
trappa_plan_get_can_undo (TrappaPlan *self)
{
  return self->can_undo;
}

gboolean
trappa_plan_get_can_redo (TrappaPlan *self)
{
  return self->can_redo;
}

const char *
trappa_plan_get_undo_label (TrappaPlan *self)
{
  return trappa_history_get_undo_label (self->history);
}

const char *
trappa_plan_get_redo_label (TrappaPlan *self)
{
  return trappa_history_get_redo_label (self->history);
}

gboolean
trappa_plan_get_modified (TrappaPlan *self)
{
  return self->modified;
}

void
trappa_plan_mark_saved (TrappaPlan *self)
{
  trappa_history_mark_saved (self->history);
  update_state (self);
}

void
trappa_plan_mark_unsaved (TrappaPlan *self)
{
  trappa_history_mark_unsaved (self->history);
  update_state (self);
}

void
trappa_plan_clear_history (TrappaPlan *self)
{
  trappa_history_clear (self->history);
  update_state (self);
}

guint64
trappa_plan_get_revision (TrappaPlan *self)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (self), 0);
  return self->revision;
}

gpointer
trappa_plan_keep (TrappaPlan    *self,
                  GQuark         key,
                  gpointer     (*make) (void),
                  GDestroyNotify free,
                  GCallback      on_will_change)
{
  gpointer kept;

  g_return_val_if_fail (TRAPPA_IS_PLAN (self), NULL);

  kept = g_object_get_qdata (G_OBJECT (self), key);
  if (kept == NULL)
    {
      kept = make ();
      /* An object's handlers go at its dispose, its data after them. */
      g_signal_connect (self, "will-change", on_will_change, kept);
      g_object_set_qdata_full (G_OBJECT (self), key, kept, free);
    }
  return kept;
}

guint
trappa_plan_get_source_format_minor (TrappaPlan *self)
{
  g_return_val_if_fail (TRAPPA_IS_PLAN (self), 0);
  return self->source_format_minor;
}

void
trappa_plan_set_source_format_minor (TrappaPlan *self,
                                     guint       minor)
{
  g_return_if_fail (TRAPPA_IS_PLAN (self));
  self->source_format_minor = minor;
}

gboolean
trappa_plan_field_is_bookkeeping (GParamSpec *pspec)
{
  return pspec == fields[FIELD_REVISION] || pspec == fields[FIELD_REVISION_HISTORY];
}
