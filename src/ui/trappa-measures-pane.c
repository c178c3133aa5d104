/* trappa-measures-pane.c: the measures (tiltak), their target areas and the
 * workshop groups that score them
 *
 * The measures are a column view over the plan's list, filtered (search
 * text, target area, status) and sorted by a click on any column header;
 * every cell is a TrappaRecordCell, so editing validates and undoes like
 * every other table. The selected measure's longer fields are a form under
 * the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-measures-pane"

#include <glib/gi18n.h>

#include "trappa-id-dropdown.h"
#include "trappa-measures-pane.h"
#include "trappa-record-cell.h"

struct _TrappaMeasuresPane
{
  TrappaPane          parent_instance;

  GtkSearchEntry     *search;
  GtkDropDown        *area_filter;
  GtkDropDown        *status_filter;
  GtkColumnView      *view;
  GtkGrid            *form;
  GtkLabel           *message;
  GtkWidget          *areas_slot;
  GtkWidget          *groups_slot;

  TrappaRecordTable  *areas;
  TrappaRecordTable  *groups;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GPtrArray          *form_cells;   /* TrappaRecordCell */
};

G_DEFINE_FINAL_TYPE (TrappaMeasuresPane, trappa_measures_pane, TRAPPA_TYPE_PANE)

#define PLAN(self) trappa_pane_get_plan (TRAPPA_PANE (self))

/* Columns and form fields; titles are translated in class_init. */
static const char *status_labels[5];
static const char *effect_labels[4];
/* The key columns first: at 1024 × 768 title, responsible, deadline and
 * both costs are in view, the rest a scroll away. */
static TrappaRecordColumn list_columns[] = {
  { "title", NULL, 240, TRUE, NULL, NULL, FALSE },
  { "responsible", NULL, 150, FALSE, NULL, NULL, FALSE },
  { "deadline", NULL, 80, FALSE, NULL, NULL, FALSE },
  { "investment-cost", NULL, 130, FALSE, NULL, NULL, FALSE },
  { "operating-cost", NULL, 130, FALSE, NULL, NULL, FALSE },
  { "status", NULL, 110, FALSE, status_labels, NULL, FALSE },
  { "target-area", NULL, 170, FALSE, NULL, NULL, FALSE },
  { "investment-by-year", NULL, 170, FALSE, NULL, NULL, FALSE },
  { "operating-by-year", NULL, 170, FALSE, NULL, NULL, FALSE },
  { "compensating", NULL, 90, FALSE, NULL, NULL, FALSE },
};
static TrappaRecordColumn form_fields[] = {
  { "description", NULL, 0, TRUE, NULL, NULL, FALSE },
  { "strategy", NULL, 0, TRUE, NULL, NULL, FALSE },
  { "steps", NULL, 0, TRUE, NULL, NULL, FALSE },
  { "target-groups", NULL, 0, TRUE, NULL, NULL, FALSE },
  { "effect-kind", NULL, 0, TRUE, effect_labels, NULL, FALSE },
  { "effect-step", NULL, 0, TRUE, NULL, NULL, FALSE },
  { "effect-units", NULL, 0, TRUE, NULL, NULL, FALSE },
  { "effect-percent", NULL, 0, TRUE, NULL, NULL, FALSE },
  { "effect-year", NULL, 0, TRUE, NULL, NULL, FALSE },
};
static TrappaRecordColumn area_columns[] = {
  { "name", NULL, 260, FALSE, NULL, NULL, FALSE },
  { "goal", NULL, 360, TRUE, NULL, NULL, FALSE },
  { "description", NULL, 300, TRUE, NULL, NULL, FALSE },
};
static TrappaRecordColumn group_columns[] = {
  { "name", NULL, 260, FALSE, NULL, NULL, FALSE },
  { "description", NULL, 400, TRUE, NULL, NULL, FALSE },
};

static void
show_error (TrappaRecordCell   *cell,
            GParamSpec         *pspec,
            TrappaMeasuresPane *self)
{
  const char *error = trappa_record_cell_get_error (cell);
  const TrappaRecordColumn *column = g_object_get_data (G_OBJECT (cell), "trappa-column");

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("%s: %s"), column->title, error);

      gtk_label_set_text (self->message, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->message), error != NULL);
}

static GtkWidget *
new_cell (TrappaMeasuresPane       *self,
          const TrappaRecordColumn *column)
{
  GtkWidget *cell = trappa_record_cell_new (TRAPPA_TYPE_MEASURE, column);

  g_object_set_data (G_OBJECT (cell), "trappa-column", (gpointer) column);
  g_signal_connect_object (cell, "notify::error", G_CALLBACK (show_error), self, 0);
  return cell;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TrappaMeasuresPane       *self)
{
  gtk_list_item_set_child (list_item, new_cell (self, g_object_get_data (G_OBJECT (factory), "trappa-column")));
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           TrappaMeasuresPane       *self)
{
  trappa_record_cell_bind (TRAPPA_RECORD_CELL (gtk_list_item_get_child (list_item)),
                           PLAN (self), gtk_list_item_get_item (list_item));
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TrappaMeasuresPane       *self)
{
  trappa_record_cell_bind (TRAPPA_RECORD_CELL (gtk_list_item_get_child (list_item)), NULL, NULL);
}

/* What a column sorts by: text as shown (a reference by its record's
 * name), numbers and flags by value. */
static int
compare_by_column (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  TrappaMeasuresPane *self = g_object_get_data (G_OBJECT (user_data), "trappa-pane");
  const TrappaRecordColumn *column = g_object_get_data (G_OBJECT (user_data), "trappa-column");
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (a), column->property);
  const char *sa, *sb;

  if (G_IS_PARAM_SPEC_INT64 (pspec))
    {
      gint64 va = trappa_item_get_int ((TrappaItem *) a, column->property);
      gint64 vb = trappa_item_get_int ((TrappaItem *) b, column->property);

      return (va > vb) - (va < vb);
    }
  if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return trappa_item_get_boolean ((TrappaItem *) a, column->property) -
           trappa_item_get_boolean ((TrappaItem *) b, column->property);

  sa = trappa_item_get_string ((TrappaItem *) a, column->property);
  sb = trappa_item_get_string ((TrappaItem *) b, column->property);
  if (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID && PLAN (self) != NULL)
    {
      TrappaItem *ra = trappa_plan_lookup (PLAN (self), sa);
      TrappaItem *rb = trappa_plan_lookup (PLAN (self), sb);

      sa = ra != NULL ? trappa_item_get_string (ra, "name") : "";
      sb = rb != NULL ? trappa_item_get_string (rb, "name") : "";
    }
  else if (column->choice_labels != NULL)
    {
      sa = trappa_measure_status_label (sa);
      sb = trappa_measure_status_label (sb);
    }
  return g_utf8_collate (sa, sb);
}

static void
add_column (TrappaMeasuresPane       *self,
            const TrappaRecordColumn *column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  GtkCustomSorter *sorter = gtk_custom_sorter_new (NULL, NULL, NULL);

  g_object_set_data (G_OBJECT (factory), "trappa-column", (gpointer) column);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);

  /* The sorter's compare function finds the column and pane through it. */
  gtk_custom_sorter_set_sort_func (sorter, compare_by_column, sorter, NULL);
  g_object_set_data (G_OBJECT (sorter), "trappa-column", (gpointer) column);
  g_object_set_data (G_OBJECT (sorter), "trappa-pane", self);

  view_column = gtk_column_view_column_new (column->title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column->expand);
  gtk_column_view_column_set_fixed_width (view_column, column->width);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
  g_object_unref (sorter);
  gtk_column_view_append_column (self->view, view_column);
}

static gboolean
text_matches (TrappaItem *measure,
              const char *needle)
{
  const char *fields[] = { "title", "description", "strategy", "responsible" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = g_utf8_casefold (trappa_item_get_string (measure, fields[i]), -1);

      if (strstr (text, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
filter_measure (gpointer item,
                gpointer user_data)
{
  TrappaMeasuresPane *self = user_data;
  const char *area = trappa_id_dropdown_get_id (self->area_filter);
  const char *status = trappa_id_dropdown_get_id (self->status_filter);
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search)), -1);

  if (*area != '\0' && g_strcmp0 (trappa_item_get_string (item, "target-area"), area) != 0)
    return FALSE;
  if (*status != '\0' && g_strcmp0 (trappa_item_get_string (item, "status"), status) != 0)
    return FALSE;
  return *needle == '\0' || text_matches (item, needle);
}

static void
refilter (TrappaMeasuresPane *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
bind_form (TrappaMeasuresPane *self)
{
  TrappaItem *measure = gtk_single_selection_get_selected_item (self->selection);

  for (guint i = 0; i < self->form_cells->len; i++)
    trappa_record_cell_bind (self->form_cells->pdata[i], measure != NULL ? PLAN (self) : NULL, measure);
  gtk_widget_set_sensitive (GTK_WIDGET (self->form), measure != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measures.remove", measure != NULL);
}

/* The area filter lists the plan's areas; edits elsewhere (a renamed
 * area, undo) reach the list, the form and the sort order. */
static void
trappa_measures_pane_refresh (TrappaPane *pane)
{
  TrappaMeasuresPane *self = TRAPPA_MEASURES_PANE (pane);

  trappa_id_dropdown_set_records (self->area_filter, _("All target areas"),
                                  G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (PLAN (self)), "target-areas")),
                                  "name");
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);
  bind_form (self);
}

static void
trappa_measures_pane_plan_changed (TrappaPane *pane,
                                   TrappaPlan *old_plan)
{
  TrappaMeasuresPane *self = TRAPPA_MEASURES_PANE (pane);
  TrappaPlan *plan = trappa_pane_get_plan (pane);

  trappa_record_table_set_list (self->areas, plan, TRAPPA_ITEM (plan), plan != NULL ? "target-areas" : NULL);
  trappa_record_table_set_list (self->groups, plan, TRAPPA_ITEM (plan), plan != NULL ? "workshop-groups" : NULL);
  gtk_filter_list_model_set_model (self->filtered,
                                   plan != NULL ? G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "measures")) : NULL);
  /* With a plan, refresh fills the rest. */
  if (plan == NULL)
    bind_form (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measures.add", plan != NULL);
}

static void
add_measure (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrappaMeasuresPane *self = TRAPPA_MEASURES_PANE (widget);
  TrappaPlan *plan = PLAN (self);
  g_autoptr(TrappaMeasure) measure = trappa_measure_new (_("New measure"));
  const char *area = trappa_id_dropdown_get_id (self->area_filter);

  /* A new measure belongs to the area shown, and is never hidden by the
   * search it would not match. */
  g_object_set (measure, "target-area", area, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  trappa_id_dropdown_select_id (self->status_filter, "");
  trappa_plan_begin_edit (plan, _("Add Measure"));
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "measures", -1, TRAPPA_ITEM (measure));
  trappa_plan_end_edit (plan);
  trappa_measures_pane_select (self, TRAPPA_ITEM (measure));
  trappa_record_view_reveal (self->view, gtk_single_selection_get_selected (self->selection),
                             TRAPPA_ITEM (measure));
}

static void
remove_measure (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TrappaMeasuresPane *self = TRAPPA_MEASURES_PANE (widget);
  TrappaItem *measure = gtk_single_selection_get_selected_item (self->selection);

  if (measure == NULL)
    return;
  trappa_plan_begin_edit (PLAN (self), _("Remove Measure"));
  trappa_plan_remove (PLAN (self), measure);
  trappa_plan_end_edit (PLAN (self));
}

/* Two columns of fields, so the form fits under the list at 1024 × 768:
 * the texts, then the expected effect's fields. */
static void
build_form (TrappaMeasuresPane *self)
{
  guint row = 0, column = 0;

  for (guint i = 0; i < G_N_ELEMENTS (form_fields); i++)
    {
      GtkWidget *label = gtk_label_new (form_fields[i].title);
      GtkWidget *cell = new_cell (self, &form_fields[i]);
      GParamSpec *pspec = g_object_class_find_property (g_type_class_peek (TRAPPA_TYPE_MEASURE),
                                                        form_fields[i].property);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "dim-label");
      /* Numbers stay short, next to their label; texts take the width. */
      if (G_IS_PARAM_SPEC_INT64 (pspec))
        {
          gtk_widget_set_halign (cell, GTK_ALIGN_START);
          gtk_widget_set_size_request (cell, 140, -1);
        }
      else
        gtk_widget_set_hexpand (cell, TRUE);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label),
                                     trappa_record_cell_get_editor (TRAPPA_RECORD_CELL (cell)));
      if (column == 0 && g_str_has_prefix (form_fields[i].property, "effect-"))
        row = 0, column = 2;
      gtk_grid_attach (self->form, label, column, row, 1, 1);
      gtk_grid_attach (self->form, cell, column + 1, row, 1, 1);
      row++;
      g_ptr_array_add (self->form_cells, cell);
    }
}

static void
trappa_measures_pane_dispose (GObject *object)
{
  TrappaMeasuresPane *self = TRAPPA_MEASURES_PANE (object);

  /* Lets go of the plan as a change of plan does, before the parts it
   * reaches go. */
  trappa_pane_set_plan (TRAPPA_PANE (self), NULL);
  g_clear_pointer (&self->form_cells, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TRAPPA_TYPE_MEASURES_PANE);
  G_OBJECT_CLASS (trappa_measures_pane_parent_class)->dispose (object);
}

static void
translate_titles (void)
{
  const char *list_titles[] = {
    _("Measure"), _("Responsible"), _("Deadline"), _("Investment (NOK)"), _("Annual cost (NOK)"),
    _("Status"), _("Target area"), _("Investment per year"), _("Operating cost per year"),
    _("Compensating"),
  };
  const char *form_titles[] = {
    _("Description"), _("Strategy"), _("Steps"), _("Target groups"), _("Expected effect"),
    _("Effect on step"), _("Units added"), _("Need reduced (%)"), _("Effect from year"),
  };
  const char * const *statuses = trappa_measure_get_statuses ();

  G_STATIC_ASSERT (G_N_ELEMENTS (list_titles) == G_N_ELEMENTS (list_columns));
  G_STATIC_ASSERT (G_N_ELEMENTS (form_titles) == G_N_ELEMENTS (form_fields));
  for (guint i = 0; i < G_N_ELEMENTS (list_columns); i++)
    list_columns[i].title = list_titles[i];
  for (guint i = 0; i < G_N_ELEMENTS (form_fields); i++)
    form_fields[i].title = form_titles[i];
  for (guint i = 0; statuses[i] != NULL; i++)
    status_labels[i] = trappa_measure_status_label (statuses[i]);
  effect_labels[0] = _("None given");
  effect_labels[1] = _("Units added on a step");
  effect_labels[2] = _("Need reduced on a step");
  area_columns[0].title = _("Target area");
  area_columns[1].title = _("Goal");
  area_columns[2].title = _("Description");
  group_columns[0].title = _("Group or participant");
  group_columns[1].title = _("Description");
}

static void
trappa_measures_pane_class_init (TrappaMeasuresPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_measures_pane_dispose;
  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_measures_pane_plan_changed;
  TRAPPA_PANE_CLASS (klass)->refresh = trappa_measures_pane_refresh;

  translate_titles ();

  gtk_widget_class_install_action (widget_class, "measures.add", NULL, add_measure);
  gtk_widget_class_install_action (widget_class, "measures.remove", NULL, remove_measure);

  gtk_widget_class_set_template_from_resource (widget_class, "/no/trappa/Trappa/trappa-measures-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TrappaMeasuresPane, search);
  gtk_widget_class_bind_template_child (widget_class, TrappaMeasuresPane, area_filter);
  gtk_widget_class_bind_template_child (widget_class, TrappaMeasuresPane, status_filter);
  gtk_widget_class_bind_template_child (widget_class, TrappaMeasuresPane, view);
  gtk_widget_class_bind_template_child (widget_class, TrappaMeasuresPane, form);
  gtk_widget_class_bind_template_child (widget_class, TrappaMeasuresPane, message);
  gtk_widget_class_bind_template_child (widget_class, TrappaMeasuresPane, areas_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaMeasuresPane, groups_slot);
}

static void
trappa_measures_pane_init (TrappaMeasuresPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->form_cells = g_ptr_array_new ();

  trappa_id_dropdown_set_choices (self->status_filter, _("All statuses"),
                                  trappa_measure_get_statuses (), trappa_measure_status_label);
  trappa_id_dropdown_set_records (self->area_filter, _("All target areas"), NULL, "name");

  self->filter = gtk_custom_filter_new (filter_measure, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (bind_form), self);

  for (guint i = 0; i < G_N_ELEMENTS (list_columns); i++)
    add_column (self, &list_columns[i]);
  build_form (self);

  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->area_filter, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (refilter), self);

  self->areas = trappa_record_table_new_in (self->areas_slot, TRAPPA_TYPE_TARGET_AREA, area_columns, G_N_ELEMENTS (area_columns));
  self->groups = trappa_record_table_new_in (self->groups_slot, TRAPPA_TYPE_WORKSHOP_GROUP, group_columns, G_N_ELEMENTS (group_columns));
  bind_form (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measures.add", FALSE);
}

GtkWidget *
trappa_measures_pane_new (void)
{
  return g_object_new (TRAPPA_TYPE_MEASURES_PANE, NULL);
}

void
trappa_measures_pane_select (TrappaMeasuresPane *self,
                             TrappaItem         *measure)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (item == measure)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}
