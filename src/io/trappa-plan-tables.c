/* trappa-plan-tables.c: the plan's tables as they leave Trappa
 *
 * A table is a list of records and a column per field: the field's kind
 * gives the cell's kind (a count stays a number, a date a date, a
 * reference becomes the name of what it refers to). Column titles are the
 * ones the panes show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan-tables"

#include "trappa-action-plan-table.h"
#include "trappa-measure.h"
#include "trappa-national-goal.h"
#include "trappa-needs-table.h"
#include "trappa-plan-tables.h"
#include "trappa-population.h"

/* Words of exported tables in the plan's language (see trappa_plan_tables_build_for). */
#include "trappa-plan-words.h"

typedef const char *(*LabelFunc) (const char *value);

typedef struct
{
  const char *property;   /* NULL: the name of the record's parent */
  const char *title;      /* N_() */
  gboolean    year;       /* a whole number shown ungrouped */
  LabelFunc   label;      /* a choice's label */
} Column;

#define MAX_COLUMNS 13

typedef struct
{
  const char *name;
  const char *title;       /* N_() */
  const char *staircase;   /* the list's owner: a staircase kind, or NULL */
  const char *list;        /* a list of the plan or of the staircase */
  const char *sublist;     /* a list of each record of @list, or NULL */
  Column      columns[MAX_COLUMNS];
} RecordTable;

static const char *
build_label (const char *value)
{
  if (g_strcmp0 (value, TRAPPA_BUILD_NEW) == 0)
    return _("New build");
  if (g_strcmp0 (value, TRAPPA_BUILD_REHAB) == 0)
    return _("Rehabilitation");
  if (g_strcmp0 (value, TRAPPA_BUILD_BOTH) == 0)
    return _("Both");
  return "";
}

static const RecordTable record_tables[] = {
  { "steps", N_("Housing staircase"), TRAPPA_STAIRCASE_HOUSING, "steps", NULL, {
      { "name", N_("Step") }, { "units-today", N_("Units today") },
      { "description", N_("Description") }, { "purpose", N_("Purpose") },
      { "housing-types", N_("Housing types") }, { "target-groups", N_("Target groups") } } },
  { "categories", N_("Categories"), TRAPPA_STAIRCASE_HOUSING, "steps", "categories", {
      { NULL, N_("Step") }, { "name", N_("Category") }, { "description", N_("Description") },
      { "units-today", N_("Units today") } } },
  { "service-levels", N_("Activity and mastery staircase"), TRAPPA_STAIRCASE_ACTIVITY, "steps", NULL, {
      { "name", N_("Service level") }, { "description", N_("Description") },
      { "services", N_("Services") }, { "units-today", N_("Recipients today") },
      { "annual-cost-per-unit", N_("Annual cost per recipient") },
      { "housing-steps", N_("Housing steps") }, { "target-groups", N_("Target groups") } } },
  { "target-groups", N_("Target groups"), NULL, "target-groups", NULL, {
      { "name", N_("Target group") }, { "description", N_("Description") },
      { "age-band", N_("Age band") } } },
  { "mapping", N_("Mapping"), NULL, "mapping-rows", NULL, {
      { "step", N_("Step") }, { "target-group", N_("Target group") },
      { "units-today", N_("Units today") }, { "need-period", N_("Mapped need in the plan period") },
      { "uncovered-now", N_("Uncovered need now") },
      { "uncovered-period", N_("Uncovered need in the period") },
      { "location", N_("Location") },
      { "build", N_("New build or rehabilitation"), FALSE, build_label },
      { "cost", N_("Estimated cost") }, { "remark", N_("Remark") } } },
  { "target-areas", N_("Target areas"), NULL, "target-areas", NULL, {
      { "name", N_("Target area") }, { "goal", N_("Goal") }, { "description", N_("Description") } } },
  { "measures", N_("Measures"), NULL, "measures", NULL, {
      { "title", N_("Measure") }, { "target-area", N_("Target area") },
      { "strategy", N_("Strategy") }, { "responsible", N_("Responsible") },
      { "deadline", N_("Deadline") },
      { "status", N_("Status"), FALSE, trappa_measure_status_label },
      { "investment-cost", N_("Investment (NOK)") }, { "operating-cost", N_("Annual cost (NOK)") },
      { "compensating", N_("Compensating") }, { "description", N_("Description") },
      { "steps", N_("Steps") }, { "target-groups", N_("Target groups") },
      { "effect-year", N_("Effect from year"), TRUE } } },
  { "milestones", N_("Milestones"), NULL, "milestones", NULL, {
      { "code", N_("Code") }, { "title", N_("Milestone") }, { "due", N_("Due") },
      { "due-date", N_("Due date") }, { "approver", N_("Approved by") }, { "done", N_("Done") } } },
  { "participation-plan", N_("Participation plan"), NULL, "participation-plan", NULL, {
      { "target-group", N_("Target group") }, { "who", N_("Who") }, { "how", N_("How they take part") },
      { "when", N_("When") }, { "responsible", N_("Responsible") } } },
  { "mobilisation-plan", N_("Mobilisation plan"), NULL, "mobilisation-plan", NULL, {
      { "target-group", N_("Target group") }, { "who", N_("Who (people or representatives)") },
      { "how", N_("How they are reached") }, { "when", N_("When") }, { "responsible", N_("Responsible") } } },
  { "meeting-plan", N_("Meeting plan"), NULL, "meeting-plan", NULL, {
      { "time", N_("Time") }, { "why", N_("Why") }, { "what", N_("What") }, { "how", N_("How (method)") },
      { "minutes", N_("Minutes") }, { "who", N_("Who") },
      { "preparation", N_("Preparation (equipment and more)") } } },
  { "national-goals", N_("National goals"), NULL, "national-goals", NULL, {
      { "code", N_("No.") }, { "goal", N_("Goal") }, { "approach", N_("How the plan addresses it") },
      { "measures", N_("Measures") },
      { "status", N_("Status"), FALSE, trappa_national_goal_status_label } } },
};

/* The population table has a column per year, so it is built apart. */
#define POPULATION_TABLE "population"

static const char * const names[] = {
  "steps", "categories", "service-levels", "target-groups", "mapping",
  POPULATION_TABLE, TRAPPA_NEEDS_TABLE, "target-areas", "measures", TRAPPA_ACTION_PLAN_TABLE,
  "milestones", "participation-plan", "mobilisation-plan", "meeting-plan", "national-goals", NULL
};

static const char *
referenced_name (TrappaPlan *plan,
                 const char *id)
{
  TrappaItem *target = id[0] != '\0' ? trappa_plan_lookup (plan, id) : NULL;

  return target != NULL ? trappa_item_get_name (target) : "";
}

void
trappa_plan_tables_add_field (TrappaTable *table,
                              TrappaPlan  *plan,
                              TrappaItem  *item,
                              const char  *property,
                              gboolean     year,
                              const char  *label)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), property);
  const GValue *value;

  g_return_if_fail (pspec != NULL);
  value = trappa_item_peek_value (item, pspec);
  if (G_VALUE_HOLDS_INT64 (value))
    trappa_table_add_number (table,
                             trappa_param_spec_is_nok (pspec) ? TRAPPA_CELL_NOK
                             : year ? TRAPPA_CELL_YEAR : TRAPPA_CELL_COUNT,
                             g_value_get_int64 (value));
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    trappa_table_add_text (table, g_value_get_boolean (value) ? _("Yes") : _("No"));
  else if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    {
      const char * const *ids = g_value_get_boxed (value);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) shown = NULL;
      g_autofree char *joined = NULL;

      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        g_strv_builder_add (builder, referenced_name (plan, ids[i]));
      shown = g_strv_builder_end (builder);
      joined = g_strjoinv (", ", shown);
      trappa_table_add_text (table, joined);
    }
  else if (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID)
    trappa_table_add_text (table, referenced_name (plan, g_value_get_string (value)));
  else if (trappa_param_spec_is_date (pspec))
    trappa_table_add_date (table, g_value_get_string (value));
  else if (label != NULL)
    trappa_table_add_text (table, label);
  else
    trappa_table_add_text (table, g_value_get_string (value));
}

static void
add_field (TrappaTable  *table,
           TrappaPlan   *plan,
           TrappaItem   *item,
           const Column *column)
{
  trappa_plan_tables_add_field (table, plan, item, column->property, column->year,
                                column->label != NULL ? column->label (trappa_item_get_string (item, column->property))
                                                      : NULL);
}

static void
add_record_row (TrappaTable       *table,
                TrappaPlan        *plan,
                const Column     **columns,
                TrappaItem        *parent,
                TrappaItem        *item)
{
  trappa_table_add_row (table);
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (columns[c]->property == NULL)
        trappa_table_add_text (table, trappa_item_get_name (parent));
      else
        add_field (table, plan, item, columns[c]);
    }
}

static TrappaTable *
new_table (const char         *name,
           const char         *title,
           const char * const *header)
{
  return trappa_table_new (name, _(title), header);
}

/* @columns: the spec's columns to show, NULL-terminated. */
static TrappaTable *
build_records (TrappaPlan        *plan,
               const RecordTable *spec,
               const Column     **columns)
{
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;
  TrappaItem *owner = TRAPPA_ITEM (plan);
  TrappaTable *table;
  GListModel *list;

  for (guint c = 0; columns[c] != NULL; c++)
    g_strv_builder_add (header, _(columns[c]->title));
  titles = g_strv_builder_end (header);
  table = new_table (spec->name, spec->title, (const char * const *) titles);
  if (spec->staircase != NULL)
    owner = TRAPPA_ITEM (trappa_plan_get_staircase (plan, spec->staircase));
  if (owner == NULL)
    return table;
  list = G_LIST_MODEL (trappa_item_get_list (owner, spec->list));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (list, i);
      GListModel *sublist;

      if (spec->sublist == NULL)
        {
          add_record_row (table, plan, columns, owner, item);
          continue;
        }
      sublist = G_LIST_MODEL (trappa_item_get_list (item, spec->sublist));
      for (guint j = 0; j < g_list_model_get_n_items (sublist); j++)
        {
          g_autoptr(TrappaItem) child = g_list_model_get_item (sublist, j);

          add_record_row (table, plan, columns, item, child);
        }
    }
  return table;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Scenario | Age band | one column per year: the layout SSB's tables and
 * the population pane use. */
static TrappaTable *
build_population (TrappaPlan *plan)
{
  GListModel *series_list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "population-series"));
  GListModel *bands = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "age-bands"));
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;
  TrappaTable *table;

  for (guint s = 0; s < g_list_model_get_n_items (series_list); s++)
    {
      g_autoptr(TrappaItem) series = g_list_model_get_item (series_list, s);
      GListModel *values = G_LIST_MODEL (trappa_item_get_list (series, "values"));

      for (guint v = 0; v < g_list_model_get_n_items (values); v++)
        {
          g_autoptr(TrappaItem) value = g_list_model_get_item (values, v);
          gint64 year = trappa_item_get_int (value, "year");

          if (!g_hash_table_contains (seen, &year))
            {
              g_hash_table_add (seen, g_memdup2 (&year, sizeof year));
              g_array_append_val (years, year);
            }
        }
    }
  g_array_sort (years, compare_years);

  g_strv_builder_add (header, _("Scenario"));
  g_strv_builder_add (header, _("Age band"));
  for (guint y = 0; y < years->len; y++)
    {
      g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (years, gint64, y));

      g_strv_builder_add (header, year);
    }
  titles = g_strv_builder_end (header);
  table = new_table (POPULATION_TABLE, N_("Population"), (const char * const *) titles);

  for (guint s = 0; s < g_list_model_get_n_items (series_list); s++)
    {
      g_autoptr(TrappaItem) series = g_list_model_get_item (series_list, s);

      for (guint b = 0; b < g_list_model_get_n_items (bands); b++)
        {
          g_autoptr(TrappaItem) band = g_list_model_get_item (bands, b);

          trappa_table_add_row (table);
          trappa_table_add_text (table, trappa_item_get_string (series, "scenario"));
          trappa_table_add_text (table, trappa_item_get_string (band, "name"));
          for (guint y = 0; y < years->len; y++)
            {
              gint64 year = g_array_index (years, gint64, y);
              TrappaItem *value = NULL;
              GListModel *values = G_LIST_MODEL (trappa_item_get_list (series, "values"));

              for (guint v = 0; value == NULL && v < g_list_model_get_n_items (values); v++)
                {
                  g_autoptr(TrappaItem) candidate = g_list_model_get_item (values, v);

                  if (trappa_item_get_int (candidate, "year") == year &&
                      g_strcmp0 (trappa_item_get_string (candidate, "band"), trappa_item_get_id (band)) == 0)
                    value = candidate;
                }
              if (value != NULL)
                trappa_table_add_number (table, TRAPPA_CELL_COUNT, trappa_item_get_int (value, "count"));
              else
                trappa_table_add_text (table, "");
            }
        }
    }
  return table;
}

const char * const *
trappa_plan_tables_get_names (void)
{
  return names;
}

char *
trappa_plan_tables_list_names (void)
{
  return g_strjoinv (", ", (char **) names);
}

static const RecordTable *
find_record_table (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_tables); i++)
    if (g_strcmp0 (name, record_tables[i].name) == 0)
      return &record_tables[i];
  return NULL;
}

static void
set_unknown_error (const char  *name,
                   GError     **error)
{
  g_autofree char *known = trappa_plan_tables_list_names ();

  /* Messages are the desktop's, the table's words the plan's. */
  g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
               g_dgettext (GETTEXT_PACKAGE, "There is no table “%s”; the tables are: %s"),
               name != NULL ? name : "", known);
}

TrappaTable *
trappa_plan_tables_build (TrappaPlan  *plan,
                          const char  *name,
                          GError     **error)
{
  return trappa_plan_tables_build_for (plan, name, NULL, error);
}

static TrappaTable *
build_table (TrappaPlan  *plan,
             const char  *name,
             const char  *scenario,
             GError     **error)
{
  const RecordTable *spec;
  const Column *columns[MAX_COLUMNS + 1] = { NULL };

  if (g_strcmp0 (name, TRAPPA_NEEDS_TABLE) == 0)
    return trappa_needs_table_build (plan, scenario, error);
  if (scenario != NULL)
    {
      g_set_error (error, TRAPPA_ERROR, TRAPPA_ERROR_INVALID_VALUE,
                   g_dgettext (GETTEXT_PACKAGE, "--scenario is only for the %s table"), TRAPPA_NEEDS_TABLE);
      return NULL;
    }
  if (g_strcmp0 (name, POPULATION_TABLE) == 0)
    return build_population (plan);
  if (g_strcmp0 (name, TRAPPA_ACTION_PLAN_TABLE) == 0)
    return trappa_action_plan_table_build (plan);
  if ((spec = find_record_table (name)) == NULL)
    {
      set_unknown_error (name, error);
      return NULL;
    }
  for (guint c = 0; c < MAX_COLUMNS && spec->columns[c].title != NULL; c++)
    columns[c] = &spec->columns[c];
  return build_records (plan, spec, columns);
}

/* A table is part of the plan: its titles and labels are in the plan's
 * language (nn, nb), whatever the desktop's. */
TrappaTable *
trappa_plan_tables_build_for (TrappaPlan  *plan,
                              const char  *name,
                              const char  *scenario,
                              GError     **error)
{
  TrappaTable *table;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  trappa_plan_language_push (plan);
  table = build_table (plan, name, scenario, error);
  trappa_plan_language_pop ();
  return table;
}

TrappaTable *
trappa_plan_tables_build_columns (TrappaPlan          *plan,
                                  const char          *name,
                                  const char * const  *properties,
                                  GError             **error)
{
  const RecordTable *spec;
  const Column *columns[MAX_COLUMNS + 1] = { NULL };
  guint n = 0;
  TrappaTable *table;

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  if ((spec = find_record_table (name)) == NULL)
    {
      set_unknown_error (name, error);
      return NULL;
    }
  for (guint p = 0; properties[p] != NULL && n < MAX_COLUMNS; p++)
    for (guint c = 0; c < MAX_COLUMNS && spec->columns[c].title != NULL; c++)
      if (g_strcmp0 (spec->columns[c].property, properties[p]) == 0)
        columns[n++] = &spec->columns[c];
  trappa_plan_language_push (plan);
  table = build_records (plan, spec, columns);
  trappa_plan_language_pop ();
  return table;
}
