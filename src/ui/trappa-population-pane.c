/* trappa-population-pane.c: age bands, coverage settings and the population
 * projection, typed, pasted or imported
 *
 * The bands and coverage settings are record tables. The projection is a
 * grid of entries, one row per year from the base year to the horizon and
 * one column per band; an entry commits on Enter or when focus leaves it,
 * through the plan (undoable), and invalid input is shown and changes
 * nothing. Importing SSB's table and pasting go through io/, which check
 * everything before they change the plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-population-pane"

#include <glib/gi18n.h>

#include "trappa-file-chooser.h"
#include "trappa-population-pane.h"
#include "trappa-population-paste.h"
#include "trappa-record-cell.h"
#include "trappa-record-table.h"
#include "trappa-scenario-choice.h"
#include "trappa-ssb-import.h"
#include "trappa-needs.h"
#include "trappa-format.h"

/* The series' own fields shown above the grid: name, source, date. */
#define N_SERIES_FIELDS 3

struct _TrappaPopulationPane
{
  TrappaPane         parent_instance;

  GtkWidget         *bands_slot;
  GtkWidget         *coverage_slot;
  GtkDropDown       *scenario_choice;
  GtkLabel          *source;
  GtkGrid           *series_form;
  GtkLabel          *message;
  GtkGrid           *grid;

  char              *grid_key;   /* what the grid was built for */
  TrappaRecordColumn series_fields[N_SERIES_FIELDS];
  GtkWidget         *series_cells[N_SERIES_FIELDS];
};

G_DEFINE_FINAL_TYPE (TrappaPopulationPane, trappa_population_pane, TRAPPA_TYPE_PANE)

/* The plan shown (the base class holds it). */
#define PLAN(self) trappa_pane_get_plan (TRAPPA_PANE (self))

static TrappaPopulationSeries *
current_series (TrappaPopulationPane *self)
{
  const char *scenario = trappa_scenario_choice_get (self->scenario_choice);

  if (PLAN (self) == NULL || scenario == NULL)
    return NULL;
  return trappa_needs_find_series (PLAN (self), scenario);
}

static void
show_message (TrappaPopulationPane *self,
              const char           *text)
{
  gtk_label_set_text (self->message, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL);
}

/* Today's coverage of a coverage setting, per 10 000 inhabitants. */
static char *
coverage_today (TrappaPlan *plan,
                TrappaItem *item)
{
  gint64 ratio;

  return trappa_needs_coverage_today (plan, TRAPPA_COVERAGE (item), trappa_needs_find_series (plan, NULL), &ratio)
         ? trappa_format_count (ratio) : g_strdup ("–");
}

static void
commit_entry (TrappaPopulationPane *self,
              GtkEditable          *entry)
{
  TrappaPopulationSeries *series = current_series (self);
  const char *band = g_object_get_data (G_OBJECT (entry), "band");
  gint64 year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "year"));
  const char *text = gtk_editable_get_text (entry);
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  if (series == NULL || band == NULL)
    return;
  if (*text != '\0' && !trappa_parse_count (text, TRAPPA_MAX_COUNT, &count, &error))
    {
      g_autofree char *message = g_strdup_printf ("%" G_GINT64_FORMAT ": %s", year, error->message);

      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      show_message (self, message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  show_message (self, NULL);
  trappa_population_set_value (PLAN (self), series, band, year, count);
}

static void
on_focus_leave (GtkEventControllerFocus *focus,
                TrappaPopulationPane    *self)
{
  commit_entry (self, GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))));
}

static void
attach_label (GtkGrid    *grid,
              const char *text,
              int         column,
              int         row)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0 : 1.0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

/* Rebuilt only when the series, bands or years change: typing into an
 * entry must not lose its focus on every edit. */
static void
build_grid (TrappaPopulationPane   *self,
            TrappaPopulationSeries *series,
            GListModel             *bands,
            gint64                  first,
            gint64                  last)
{
  GtkWidget *child;
  guint n_bands = g_list_model_get_n_items (bands);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  if (series == NULL || n_bands == 0)
    return;

  attach_label (self->grid, _("Year"), 0, 0);
  for (guint b = 0; b < n_bands; b++)
    {
      g_autoptr(TrappaItem) band = g_list_model_get_item (bands, b);

      attach_label (self->grid, trappa_item_get_string (band, "name"), b + 1, 0);
    }
  for (gint64 year = first; year <= last; year++)
    {
      g_autofree char *year_text = g_strdup_printf ("%" G_GINT64_FORMAT, year);
      int row = year - first + 1;

      attach_label (self->grid, year_text, 0, row);
      for (guint b = 0; b < n_bands; b++)
        {
          g_autoptr(TrappaItem) band = g_list_model_get_item (bands, b);
          GtkWidget *entry = gtk_entry_new ();
          GtkEventController *focus = gtk_event_controller_focus_new ();
          g_autofree char *name = g_strdup_printf (_("Population %s in %s"),
                                                   trappa_item_get_string (band, "name"), year_text);

          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 7);
          gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
          gtk_widget_set_hexpand (entry, TRUE);
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          g_object_set_data_full (G_OBJECT (entry), "band", g_strdup (trappa_item_get_id (band)), g_free);
          g_object_set_data (G_OBJECT (entry), "year", GINT_TO_POINTER ((int) year));
          g_signal_connect_swapped (entry, "activate", G_CALLBACK (commit_entry), self);
          g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
          gtk_widget_add_controller (entry, focus);
          gtk_grid_attach (self->grid, entry, b + 1, row, 1, 1);
        }
    }
}

/* The entries show the plan's values; the one being typed in is left. */
static void
fill_grid (TrappaPopulationPane   *self,
           TrappaPopulationSeries *series)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->grid));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *band = g_object_get_data (G_OBJECT (child), "band");
      gint64 year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "year"));
      TrappaPopulationValue *value;
      g_autofree char *text = NULL;

      if (band == NULL || gtk_widget_has_focus (child) ||
          gtk_widget_has_css_class (child, "error"))
        continue;
      value = trappa_population_find_value (series, band, year);
      text = value != NULL ? trappa_format_count (trappa_item_get_int (TRAPPA_ITEM (value), "count"))
                           : g_strdup ("");
      gtk_editable_set_text (GTK_EDITABLE (child), text);
    }
}

static void
update_grid (TrappaPopulationPane *self)
{
  TrappaPopulationSeries *series = current_series (self);
  GListModel *bands = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (PLAN (self)), "age-bands"));
  gint64 first = trappa_item_get_int (TRAPPA_ITEM (PLAN (self)), "base-year");
  gint64 last = MAX (trappa_item_get_int (TRAPPA_ITEM (PLAN (self)), "horizon"), first);
  g_autoptr(GString) key = g_string_new (series != NULL ? trappa_item_get_id (TRAPPA_ITEM (series)) : "");

  g_string_append_printf (key, "/%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT, first, last);
  for (guint b = 0; b < g_list_model_get_n_items (bands); b++)
    {
      g_autoptr(TrappaItem) band = g_list_model_get_item (bands, b);

      g_string_append_printf (key, "/%s=%s", trappa_item_get_id (band), trappa_item_get_string (band, "name"));
    }
  if (g_strcmp0 (key->str, self->grid_key) != 0)
    {
      build_grid (self, series, bands, first, last);
      g_free (self->grid_key);
      self->grid_key = g_strdup (key->str);
    }
  if (series != NULL)
    fill_grid (self, series);
  for (guint i = 0; i < N_SERIES_FIELDS; i++)
    trappa_record_cell_bind (TRAPPA_RECORD_CELL (self->series_cells[i]), series != NULL ? PLAN (self) : NULL,
                             series != NULL ? TRAPPA_ITEM (series) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->series_form), series != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->source), series == NULL);
}

static void
trappa_population_pane_refresh (TrappaPane *pane)
{
  TrappaPopulationPane *self = TRAPPA_POPULATION_PANE (pane);

  trappa_scenario_choice_update (self->scenario_choice, PLAN (self));
  update_grid (self);
}

static void
on_scenario_chosen (TrappaPopulationPane *self)
{
  if (PLAN (self) != NULL)
    update_grid (self);
}

/* The grid is built again for a new plan, its tables follow by themselves. */
static void
trappa_population_pane_plan_changed (TrappaPane *pane,
                                     TrappaPlan *old_plan)
{
  g_clear_pointer (&TRAPPA_POPULATION_PANE (pane)->grid_key, g_free);
}

static void
new_series_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TrappaPopulationPane *self = TRAPPA_POPULATION_PANE (widget);
  g_autoptr(TrappaPopulationSeries) series = NULL;
  g_autofree char *scenario = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  if (PLAN (self) == NULL)
    return;
  /* SSB's main alternative first, then numbered ones. */
  scenario = trappa_needs_find_series (PLAN (self), "MMMM") == NULL ? g_strdup ("MMMM") : NULL;
  for (guint n = 2; scenario == NULL; n++)
    {
      g_autofree char *name = g_strdup_printf (_("Scenario %u"), n);

      if (trappa_needs_find_series (PLAN (self), name) == NULL)
        scenario = g_steal_pointer (&name);
    }
  series = trappa_population_series_new (scenario);
  g_object_set (series, "source", _("Typed in"), "date", date, NULL);
  trappa_plan_begin_edit (PLAN (self), _("Add population projection"));
  trappa_plan_insert (PLAN (self), TRAPPA_ITEM (PLAN (self)), "population-series", -1, TRAPPA_ITEM (series));
  trappa_plan_end_edit (PLAN (self));
  gtk_drop_down_set_selected (self->scenario_choice,
                              g_list_model_get_n_items (gtk_drop_down_get_model (self->scenario_choice)) - 1);
}

static void
on_paste_text (GObject      *clipboard,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TrappaPopulationPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);
  TrappaPopulationSeries *series = current_series (self);

  if (PLAN (self) == NULL)
    return;
  if (series == NULL)
    show_message (self, _("Add or choose a projection before pasting"));
  else if (text == NULL || !trappa_population_paste (PLAN (self), series, text, &error))
    show_message (self, error != NULL ? error->message : _("The clipboard holds no text"));
  else
    show_message (self, NULL);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_paste_text,
                                 g_object_ref (widget));
}

static void
on_import_chosen (GtkNativeDialog      *dialog,
                  int                   response,
                  TrappaPopulationPane *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *warning = NULL;
  g_autoptr(GError) error = NULL;

  /* A warning (a table that starts after the base year) is shown as an
   * error is, with the rule the needs then follow. */
  if (response == GTK_RESPONSE_ACCEPT && PLAN (self) != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    show_message (self, trappa_ssb_import_file (PLAN (self), file, NULL, &warning, &error) ? warning : error->message);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *dialog = trappa_file_chooser_new (widget, _("Import Population Projection"),
                                                          GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("SSB tables (CSV, JSON-stat2)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "tsv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_chosen), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
trappa_population_pane_finalize (GObject *object)
{
  g_free (TRAPPA_POPULATION_PANE (object)->grid_key);
  G_OBJECT_CLASS (trappa_population_pane_parent_class)->finalize (object);
}

static void
trappa_population_pane_class_init (TrappaPopulationPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = trappa_population_pane_finalize;
  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_population_pane_plan_changed;
  TRAPPA_PANE_CLASS (klass)->refresh = trappa_population_pane_refresh;

  trappa_pane_class_set_template (TRAPPA_PANE_CLASS (klass), "/no/trappa/Trappa/trappa-population-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TrappaPopulationPane, bands_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaPopulationPane, coverage_slot);
  gtk_widget_class_bind_template_child (widget_class, TrappaPopulationPane, scenario_choice);
  gtk_widget_class_bind_template_child (widget_class, TrappaPopulationPane, source);
  gtk_widget_class_bind_template_child (widget_class, TrappaPopulationPane, series_form);
  gtk_widget_class_bind_template_child (widget_class, TrappaPopulationPane, message);
  gtk_widget_class_bind_template_child (widget_class, TrappaPopulationPane, grid);
  gtk_widget_class_install_action (widget_class, "population.new-series", NULL, new_series_action);
  gtk_widget_class_install_action (widget_class, "population.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "population.import", NULL, import_action);
}

static void
trappa_population_pane_init (TrappaPopulationPane *self)
{
  const TrappaRecordColumn bands[] = {
    { "name", _("Age band"), 120, TRUE, NULL, NULL },
    { "min-age", _("From age"), 80, FALSE, NULL, NULL },
    { "max-age", _("To age"), 80, FALSE, NULL, NULL },
    { "open-ended", _("Or older"), 80, FALSE, NULL, NULL },
  };
  const TrappaRecordColumn coverages[] = {
    /* Edited in the table: its scope holds both staircases' steps. */
    { "step", _("Step or service level"), 124, TRUE, NULL, NULL, FALSE },
    { "band", _("Age band"), 104, FALSE, NULL, NULL },
    { NULL, _("Today per 10 000"), 130, FALSE, NULL, coverage_today, TRUE },
    { "use-target", _("Use target"), 80, FALSE, NULL, NULL },
    { "target-ratio", _("Target per 10 000"), 130, FALSE, NULL, NULL },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->source, _("No projection yet: import SSB’s table 14288, or add one with New and type or paste the figures."));
  self->series_fields[0] = (TrappaRecordColumn) { "name", _("Name"), 0, TRUE, NULL, NULL, FALSE };
  self->series_fields[1] = (TrappaRecordColumn) { "source", _("Source"), 0, TRUE, NULL, NULL, FALSE };
  self->series_fields[2] = (TrappaRecordColumn) { "date", _("Date (YYYY-MM-DD)"), 0, TRUE, NULL, NULL, FALSE };
  for (guint i = 0; i < N_SERIES_FIELDS; i++)
    {
      GtkWidget *title = gtk_label_new (self->series_fields[i].title);

      self->series_cells[i] = trappa_record_cell_new (TRAPPA_TYPE_POPULATION_SERIES, &self->series_fields[i]);
      gtk_widget_set_hexpand (self->series_cells[i], TRUE);
      gtk_label_set_xalign (GTK_LABEL (title), 0.0);
      gtk_widget_add_css_class (title, "dim-label");
      gtk_grid_attach (self->series_form, title, 0, i, 1, 1);
      gtk_grid_attach (self->series_form, self->series_cells[i], 1, i, 1, 1);
    }
  trappa_scenario_choice_init (self->scenario_choice);
  g_signal_connect_swapped (self->scenario_choice, "notify::selected", G_CALLBACK (on_scenario_chosen), self);

  trappa_pane_add_table (TRAPPA_PANE (self), self->bands_slot, TRAPPA_TYPE_AGE_BAND, bands,
                         G_N_ELEMENTS (bands), "age-bands");
  trappa_pane_add_table (TRAPPA_PANE (self), self->coverage_slot, TRAPPA_TYPE_COVERAGE, coverages,
                         G_N_ELEMENTS (coverages), "coverages");
}
