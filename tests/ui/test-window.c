/* test-window.c: the main window with a real plan file, under Xvfb
 *
 * Opens the Alver example, edits a step's units in the Bustadtrapp pane
 * through its cell, undoes, saves, reopens; invalid input, a file changed
 * on disk, a broken file and closing with unsaved changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "trappa-housing-pane.h"
#include "trappa-milestones-pane.h"
#include "trappa-participation.h"
#include "trappa-participation-pane.h"
#include "trappa-plan-file.h"
#include "trappa-success-factor.h"
#include "trappa-success-factors.h"
#include "trappa-window-private.h"
#include "io-slow-fifo.h"
#include "ui-test-util.h"

typedef struct
{
  char         *dir;      /* a temporary folder with a copy of the example */
  GFile        *file;
  TrappaWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *example = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("trappa-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_file_get_contents (example, &contents, &length, &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "alver.trappa", NULL);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  f->file = g_file_new_for_path (path);

  f->window = trappa_window_new (NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  trappa_window_open (f->window, f->file);
  ui_test_wait_document (trappa_window_get_document (f->window));
  ui_test_settle (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((dialog = ui_test_find_dialog ()) != NULL)
    gtk_window_destroy (dialog);
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_object_unref (f->file);
}

static TrappaPlan *
window_plan (TrappaWindow *window)
{
  return trappa_document_get_plan (trappa_window_get_document (window));
}

static TrappaItem *
first_step (TrappaPlan *plan)
{
  TrappaStaircase *staircase = trappa_plan_get_staircase (plan, TRAPPA_STAIRCASE_HOUSING);
  GListModel *steps = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (staircase), "steps"));
  g_autoptr(TrappaItem) step = g_list_model_get_item (steps, 0);

  g_assert_nonnull (step);
  return step;
}

static TrappaRecordCell *
units_cell (TrappaWindow *window,
            TrappaItem   *step)
{
  GtkWidget *pane = ui_test_show_pane (window, "housing");
  TrappaRecordCell *cell;

  ui_test_settle (pane);
  cell = ui_test_find_cell (pane, step, "units-today");
  g_assert_nonnull (cell);
  return cell;
}

static gboolean
title_shows_unsaved (TrappaWindow *window)
{
  return g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• ");
}

static void
test_edit_undo_save_reopen (Fixture       *f,
                            gconstpointer  data)
{
  TrappaPlan *plan = window_plan (f->window);
  TrappaItem *step = first_step (plan);
  gint64 before = trappa_item_get_int (step, "units-today");
  TrappaWindow *again;
  TrappaItem *reopened_step;

  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (plan), "municipality"), ==, "Alver");
  g_assert_false (title_shows_unsaved (f->window));
  g_assert_cmpint (before, !=, 1234);

  /* Typed with a space between the thousands, as Norwegians write it. */
  ui_test_type_in_cell (units_cell (f->window, step), "1 234");
  g_assert_cmpint (trappa_item_get_int (step, "units-today"), ==, 1234);
  g_assert_true (trappa_plan_get_modified (plan));
  g_assert_true (title_shows_unsaved (f->window));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpint (trappa_item_get_int (step, "units-today"), ==, before);
  g_assert_false (trappa_plan_get_modified (plan));
  g_assert_false (title_shows_unsaved (f->window));

  /* The cell shows the restored value. */
  {
    g_autofree char *shown = g_strdup_printf ("%" G_GINT64_FORMAT, before);
    GtkWidget *entry = trappa_record_cell_get_editor (units_cell (f->window, step));
    g_autofree char *digits = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

    g_strdelimit (digits, " \xc2\xa0", ' ');
    g_assert_cmpstr (g_strstrip (digits), ==, shown);
  }

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  g_assert_cmpint (trappa_item_get_int (step, "units-today"), ==, 1234);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  ui_test_wait_document (trappa_window_get_document (f->window));
  g_assert_null (ui_test_find_dialog ());
  g_assert_false (trappa_plan_get_modified (plan));
  g_assert_false (title_shows_unsaved (f->window));
  {
    g_autofree char *uri = g_file_get_uri (f->file);
    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  }

  again = trappa_window_new (NULL);
  trappa_window_open (again, f->file);
  ui_test_wait_document (trappa_window_get_document (again));
  reopened_step = first_step (window_plan (again));
  g_assert_true (reopened_step != step);
  g_assert_cmpint (trappa_item_get_int (reopened_step, "units-today"), ==, 1234);
  gtk_window_destroy (GTK_WINDOW (again));
}

static void
test_invalid_number (Fixture       *f,
                     gconstpointer  data)
{
  TrappaPlan *plan = window_plan (f->window);
  TrappaItem *step = first_step (plan);
  gint64 before = trappa_item_get_int (step, "units-today");
  TrappaHousingPane *pane = TRAPPA_HOUSING_PANE (trappa_window_get_pane (f->window, "housing"));
  TrappaRecordTable *steps = trappa_housing_pane_get_table (pane, "steps");
  const char *bad[] = { "12x", "-5", "3,5", "99999999999" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      TrappaRecordCell *cell = units_cell (f->window, step);

      ui_test_type_in_cell (cell, bad[i]);
      g_assert_cmpint (trappa_item_get_int (step, "units-today"), ==, before);
      g_assert_false (trappa_plan_get_modified (plan));
      g_assert_nonnull (trappa_record_cell_get_error (cell));
      g_assert_nonnull (trappa_record_table_get_message (steps));
      g_assert_true (g_str_has_prefix (trappa_record_table_get_message (steps), "Units today: "));
      g_assert_true (g_str_has_suffix (trappa_record_table_get_message (steps), trappa_record_cell_get_error (cell)));
      g_assert_true (gtk_widget_has_css_class (trappa_record_cell_get_editor (cell), "error"));
    }

  /* Fixing the input clears the message. */
  ui_test_type_in_cell (units_cell (f->window, step), "7");
  g_assert_cmpint (trappa_item_get_int (step, "units-today"), ==, 7);
  g_assert_null (trappa_record_table_get_message (steps));
}

/* Alver's milestones (M0–M8; the seed has no M6) are shown in their pane, in order, and added, moved and
 * undone through its table and the plan. */
static void
test_milestones (Fixture       *f,
                 gconstpointer  data)
{
  TrappaPlan *plan = window_plan (f->window);
  GListModel *milestones = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "milestones"));
  TrappaToolPane *pane = TRAPPA_TOOL_PANE (ui_test_show_pane (f->window, "milestones"));
  GtkWidget *table = GTK_WIDGET (trappa_tool_pane_get_table (pane));
  g_autoptr(TrappaItem) m0 = g_list_model_get_item (milestones, 0);
  g_autoptr(TrappaItem) m8 = g_list_model_get_item (milestones, 7);

  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 8);
  g_assert_cmpstr (trappa_item_get_string (m0, "code"), ==, "M0");
  g_assert_cmpstr (trappa_item_get_string (m8, "code"), ==, "M8");
  ui_test_settle (table);
  g_assert_nonnull (ui_test_find_cell (table, m8, "title"));

  trappa_record_table_select (TRAPPA_RECORD_TABLE (table), m8);
  gtk_widget_activate_action (table, "table.move-up", NULL);
  {
    g_autoptr(TrappaItem) before_last = g_list_model_get_item (milestones, 6);
    g_assert_true (before_last == m8);
  }
  gtk_widget_activate_action (table, "table.add", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 9);
  g_assert_true (trappa_plan_get_modified (plan));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  /* A toast says what was undone. */
  g_assert_cmpstr (adw_toast_get_title (f->window->toast), ==, "Undone: Add row");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpstr (adw_toast_get_title (f->window->toast), ==, "Undone: Move row up");
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 8);
  {
    g_autoptr(TrappaItem) last = g_list_model_get_item (milestones, 7);
    g_assert_true (last == m8);
  }
  g_assert_false (trappa_plan_get_modified (plan));
}

/* The sidebar lists every pane, follows the pane shown and shows the
 * pane chosen in it. */
static void
test_sidebar (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (f->window->stack);
  GtkListBoxRow *row;
  GtkWidget *gap;
  guint n = 0;

  /* Only the pane shown is built; the others when first shown. */
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (f->window->stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    g_assert_true ((gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (page)) != NULL) ==
                   (page == gtk_stack_get_visible_child (f->window->stack)));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->window->sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (pages)));

  gtk_stack_set_visible_child_name (f->window->stack, "gap");
  gap = gtk_stack_get_visible_child (f->window->stack);
  g_assert_nonnull (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gap)));
  row = gtk_list_box_get_selected_row (f->window->sidebar);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (row)), ==, "gap");

  row = gtk_list_box_get_row_at_index (f->window->sidebar, 1);
  gtk_list_box_select_row (f->window->sidebar, row);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->stack), ==, "milestones");
}

/* The Keyboard Shortcuts window is built when asked for, over the window. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *shortcuts = NULL;
  GLogLevelFlags fatal;

  /* GTK 4.8's shortcuts window measures one of its own labels below zero
   * when shown: its warning is not fatal here (see test-present.c). */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL);
  g_log_set_always_fatal (fatal);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && shortcuts == NULL; i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        shortcuts = toplevel;
    }
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_destroy (shortcuts);
}

/* How many labels under @root show @text. */
static guint
count_labels (GtkWidget  *root,
              const char *text)
{
  guint n = GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

/* A factor not assessed gets its record from its light (one undo step);
 * the light then follows the record's status. */
static void
test_success_factors (Fixture       *f,
                      gconstpointer  data)
{
  TrappaPlan *plan = window_plan (f->window);
  GtkWidget *pane = trappa_window_get_pane (f->window, "plan");
  GtkWidget *lights = ui_test_find_descendant (pane, TRAPPA_TYPE_SUCCESS_FACTORS);
  const char *red = trappa_success_light_shape (TRAPPA_LIGHT_RED);
  TrappaItem *record;
  guint n_red;

  g_assert_nonnull (lights);
  record = trappa_success_factor_find (plan, TRAPPA_FACTOR_COMPETENCE);
  if (record != NULL)
    trappa_plan_remove (plan, record);
  gtk_stack_set_visible_child_name (f->window->stack, "plan");
  ui_test_settle (pane);
  n_red = count_labels (lights, red);

  gtk_widget_activate_action (lights, "factors.assess", "s", TRAPPA_FACTOR_COMPETENCE);
  record = trappa_success_factor_find (plan, TRAPPA_FACTOR_COMPETENCE);
  g_assert_nonnull (record);
  g_assert_cmpstr (trappa_item_get_string (record, "status"), ==, TRAPPA_LIGHT_NONE);
  /* Once is enough: a second record of the factor would never show. */
  gtk_widget_activate_action (lights, "factors.assess", "s", TRAPPA_FACTOR_COMPETENCE);
  g_assert_true (trappa_success_factor_find (plan, TRAPPA_FACTOR_COMPETENCE) == record);

  g_assert_true (trappa_plan_set_string (plan, record, "status", TRAPPA_LIGHT_RED, NULL));
  ui_test_settle (pane);
  g_assert_cmpuint (count_labels (lights, red), ==, n_red + 1);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  g_assert_cmpstr (adw_toast_get_title (f->window->toast), ==, "Undone: Assess Success Factor");
  g_assert_null (trappa_success_factor_find (plan, TRAPPA_FACTOR_COMPETENCE));
  ui_test_settle (pane);
  g_assert_cmpuint (count_labels (lights, red), ==, n_red);
}

/* The participation pane shows the three plans, each a table of its list. */
static void
test_participation (Fixture       *f,
                    gconstpointer  data)
{
  TrappaPlan *plan = window_plan (f->window);
  GtkWidget *pane = trappa_window_get_pane (f->window, "participation");
  GListModel *meeting = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "meeting-plan"));
  guint n = g_list_model_get_n_items (meeting);
  g_autoptr(TrappaMeetingItem) item = trappa_meeting_item_new ();
  TrappaRecordCell *cell;

  gtk_stack_set_visible_child_name (f->window->stack, "participation");
  trappa_participation_pane_show_page (TRAPPA_PARTICIPATION_PANE (pane), "meeting-plan");
  trappa_plan_insert (plan, TRAPPA_ITEM (plan), "meeting-plan", -1, TRAPPA_ITEM (item));
  g_assert_cmpuint (g_list_model_get_n_items (meeting), ==, n + 1);
  ui_test_settle (pane);
  cell = ui_test_find_cell (pane, TRAPPA_ITEM (item), "minutes");
  g_assert_nonnull (cell);
  ui_test_type_in_cell (cell, "45");
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (item), "minutes"), ==, 45);
  /* More than a working day is refused in the cell and changes nothing. */
  ui_test_type_in_cell (cell, "601");
  g_assert_nonnull (trappa_record_cell_get_error (cell));
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (item), "minutes"), ==, 45);
}

static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  TrappaPlan *plan = window_plan (f->window);
  TrappaItem *step = first_step (plan);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  /* Someone else saves other bytes meanwhile (the same bytes would be no
   * change). */
  g_file_load_contents (f->file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "<title>"));
  memcpy (strstr (contents, "<title>") + strlen ("<title>"), "X", 1);
  g_file_replace_contents (f->file, contents, length, NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  ui_test_type_in_cell (units_cell (f->window, step), "42");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  ui_test_wait_document (trappa_window_get_document (f->window));
  g_assert_nonnull (ui_test_find_dialog ());
  g_assert_true (trappa_plan_get_modified (plan));

  ui_test_respond ("overwrite");
  ui_test_wait_document (trappa_window_get_document (f->window));
  g_assert_false (trappa_plan_get_modified (plan));
  {
    g_autoptr(TrappaPlan) saved = trappa_plan_file_load (f->file, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (trappa_item_get_int (first_step (saved), "units-today"), ==, 42);
  }
}

static void
test_broken_file (Fixture       *f,
                  gconstpointer  data)
{
  TrappaPlan *plan = window_plan (f->window);
  g_autofree char *path = g_build_filename (f->dir, "broken.trappa", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  const char *body;

  g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<plan xmlns=\"" TRAPPA_PLAN_NAMESPACE "\">\n<oops", -1, &error);
  g_assert_no_error (error);

  trappa_window_open (f->window, broken);
  ui_test_wait_document (trappa_window_get_document (f->window));
  g_assert_true (window_plan (f->window) == plan);
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (f->window)), f->file));

  dialog = ui_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "broken.trappa"));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "broken.trappa"));
  /* The line of the problem: "…broken.trappa:3: …". */
  g_assert_nonnull (strstr (body, "broken.trappa:3"));
}

/* Answers a save dialog as the user would: @name in the folder @dir,
 * then the dialog's accept button. */
static void
answer_chooser (GtkFileChooser *chooser,
                const char     *dir,
                const char     *name)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, name);
  /* The chooser reads the folder in the background first. */
  for (int i = 0; i < 200; i++)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (chooser);

      if (chosen != NULL)
        break;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
}

static void
test_save_as (Fixture       *f,
              gconstpointer  data)
{
  TrappaPlan *plan = window_plan (f->window);
  g_autofree char *saved_path = g_build_filename (f->dir, "kopi.trappa", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  GtkFileChooser *chooser;

  ui_test_type_in_cell (units_cell (f->window, first_step (plan)), "77");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save-as", NULL);
  /* The window's chooser, answered as the user would. */
  chooser = GTK_FILE_CHOOSER (f->window->chooser);
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  /* It proposes the current name; the title is the file's name, the
   * folder on hover, the plan's title below. */
  {
    g_autofree char *proposed = gtk_file_chooser_get_current_name (chooser);

    g_assert_cmpstr (proposed, ==, "alver.trappa");
  }
  g_assert_cmpstr (adw_window_title_get_title (f->window->window_title), ==, "• alver.trappa");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->window->window_title)), ==, f->dir);
  g_assert_cmpstr (adw_window_title_get_subtitle (f->window->window_title), ==,
                   trappa_item_get_string (TRAPPA_ITEM (plan), "title"));
  answer_chooser (chooser, f->dir, "kopi");
  ui_test_wait_document (trappa_window_get_document (f->window));

  /* A name without an extension gets ".trappa"; the original is kept. */
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (f->window)), saved));
  g_assert_false (trappa_plan_get_modified (plan));
  g_assert_cmpstr (adw_window_title_get_title (f->window->window_title), ==, "kopi.trappa");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TrappaPlan) copy = trappa_plan_file_load (saved, NULL, NULL, &error);
    g_autoptr(TrappaPlan) original = trappa_plan_file_load (f->file, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (trappa_item_get_int (first_step (copy), "units-today"), ==, 77);
    g_assert_cmpint (trappa_item_get_int (first_step (original), "units-today"), !=, 77);
  }
}

static void
test_drop_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "baerum.trappa", NULL);
  g_autoptr(GFile) baerum = g_file_new_for_path (path);
  GFile *files[] = { baerum };
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = NULL;
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (files, 1));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &handled);
  g_assert_true (handled);
  ui_test_wait_document (trappa_window_get_document (f->window));
  g_assert_cmpstr (trappa_item_get_string (TRAPPA_ITEM (window_plan (f->window)), "municipality"), ==, "Bærum");
  g_assert_true (g_file_equal (trappa_document_get_file (trappa_window_get_document (f->window)), baerum));
}

/* A plan on a slow location (a FIFO fed 4 KiB every 20 ms) opens while
 * the main loop runs: the window cannot be edited meanwhile; a second save or open while it runs is refused with a toast. */
static void
test_slow_open (Fixture       *f,
                gconstpointer  data)
{
  TrappaDocument *document = trappa_window_get_document (f->window);
  g_autofree char *path = g_build_filename (f->dir, "slow.trappa", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) slow = g_file_new_for_path (path);
  g_autoptr(IoSlowFifo) fifo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_load_contents (f->file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  fifo = io_slow_fifo_new (path, bytes, 4096, 20);

  trappa_window_open (f->window, slow);
  g_assert_true (trappa_document_get_busy (document));
  g_assert_false (gtk_widget_get_sensitive (f->window->content));
  g_assert_true (gtk_spinner_get_spinning (f->window->spinner));
  /* The file being opened, not the plan shown meanwhile. */
  g_assert_cmpstr (adw_window_title_get_title (f->window->window_title), ==, "Opening “slow.trappa”…");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  g_assert_nonnull (f->window->toast);
  g_assert_null (ui_test_find_dialog ());

  ui_test_wait_document (document);
  g_assert_cmpuint (io_slow_fifo_get_turns (fifo), >, length / 4096);
  g_assert_true (gtk_widget_get_sensitive (f->window->content));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->spinner)));
  g_assert_true (g_file_equal (trappa_document_get_file (document), slow));
  g_assert_cmpstr (adw_window_title_get_title (f->window->window_title), ==, "slow.trappa");
  g_assert_null (ui_test_find_dialog ());
}

/* Cancelled while it waits, the load leaves the plan shown as it was. */
static void
test_cancel_open (Fixture       *f,
                  gconstpointer  data)
{
  TrappaDocument *document = trappa_window_get_document (f->window);
  TrappaPlan *plan = window_plan (f->window);
  g_autofree char *path = g_build_filename (f->dir, "never.trappa", NULL);
  g_autoptr(GBytes) nothing = g_bytes_new_static ("", 0);
  g_autoptr(GFile) never = g_file_new_for_path (path);
  g_autoptr(IoSlowFifo) fifo = io_slow_fifo_new (path, nothing, 1, 1000 * 1000);

  trappa_window_open (f->window, never);
  g_assert_nonnull (f->window->loading);
  /* Cancel shows once the load takes long. */
  ui_test_run_for (600);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->cancel_button)));
  g_signal_emit_by_name (f->window->cancel_button, "clicked");
  ui_test_wait_document (document);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window->cancel_button)));
  g_assert_true (window_plan (f->window) == plan);
  g_assert_true (g_file_equal (trappa_document_get_file (document), f->file));
  g_assert_true (gtk_widget_get_sensitive (f->window->content));
  g_assert_null (ui_test_find_dialog ());
}

static void
test_close_asks (Fixture       *f,
                 gconstpointer  data)
{
  TrappaItem *step = first_step (window_plan (f->window));

  ui_test_type_in_cell (units_cell (f->window, step), "5");

  /* Cancel keeps the window and the edit. */
  gtk_window_close (GTK_WINDOW (f->window));
  ui_test_respond ("cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_cmpint (trappa_item_get_int (step, "units-today"), ==, 5);

  /* New over unsaved work asks too; Discard replaces the plan. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  ui_test_respond ("discard");
  g_assert_null (trappa_document_get_file (trappa_window_get_document (f->window)));
  g_assert_false (trappa_plan_get_modified (window_plan (f->window)));

  g_assert_true (trappa_plan_set_string (window_plan (f->window), TRAPPA_ITEM (window_plan (f->window)),
                                         "title", "Utkast", NULL));
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  ui_test_respond ("discard");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (f->window);
}

/* Export Report… and a table's Export Table… each write their file to
 * the chosen name; the plan is left as it was. */
static void
test_exports (Fixture       *f,
              gconstpointer  data)
{
  static const struct { const char *action; const char *table; const char *name; const char *magic; } cases[] = {
    { "win.export-report", NULL, "rapport.pdf", "%PDF" },
    { "win.export-table", "measures", "tiltak.csv", "\xef\xbb\xbf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, cases[i].name, NULL);
      g_autofree char *contents = NULL;
      GtkFileChooser *chooser;

      gtk_widget_activate_action (GTK_WIDGET (f->window), cases[i].action,
                                  cases[i].table != NULL ? "s" : NULL, cases[i].table);
      chooser = GTK_FILE_CHOOSER (f->window->chooser);
      g_assert_nonnull (chooser);
      g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
      answer_chooser (chooser, f->dir, cases[i].name);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, cases[i].magic));
    }
  g_assert_false (trappa_plan_get_modified (window_plan (f->window)));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  trappa_plan_file_init ();

#define ADD(path, func) \
  g_test_add ("/trappa/ui/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("edit-undo-save-reopen", test_edit_undo_save_reopen);
  ADD ("invalid-number", test_invalid_number);
  ADD ("milestones", test_milestones);
  ADD ("sidebar", test_sidebar);
  ADD ("shortcuts-window", test_shortcuts_window);
  ADD ("success-factors", test_success_factors);
  ADD ("participation", test_participation);
  ADD ("changed-on-disk", test_changed_on_disk);
  ADD ("broken-file", test_broken_file);
  ADD ("save-as", test_save_as);
  ADD ("exports", test_exports);
  ADD ("drop-file", test_drop_file);
  ADD ("slow-open", test_slow_open);
  ADD ("cancel-open", test_cancel_open);
  ADD ("close-asks", test_close_asks);
#undef ADD

  return g_test_run ();
}
