/* trappa-record-table.c: an editable table of one list of plan records
 *
 * A GtkColumnView over the plan's own GListStore, so rows follow every
 * insert, remove, move, undo and redo; each cell is a TrappaRecordCell.
 * Add, remove and move go through the plan inside begin/end_edit so each
 * is one undo step with a readable label. The view gets the list (and
 * makes its rows: up to 200, GTK 4.8 does not virtualise below that)
 * once the table is on screen or asked about its rows: tables on a pane's
 * pages not shown were most of a plan's first window. On screen it gets
 * the first FIRST_ROWS records at once and the others after the frame
 * that shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-record-table"

#include <glib/gi18n.h>

#include "trappa-plan-constraints.h"
#include "trappa-record-cell.h"
#include "trappa-record-table-clipboard.h"
#include "trappa-record-table-private.h"

struct _TrappaRecordTable
{
  GtkWidget           parent_instance;

  GType               item_type;
  TrappaRecordColumn *columns;
  guint               n_columns;

  GtkWidget          *toolbar;
  GtkWidget          *scroller;
  GtkWidget          *view;
  GtkWidget          *message;
  GtkSingleSelection *selection;
  GtkSliceListModel  *shown;        /* the list, or its first rows */
  GdkFrameClock      *clock;        /* shows the other rows after painting */
  gulong              painted_id;
  gboolean            titles_wrapped;

  TrappaPlan         *plan;
  TrappaItem         *parent;
  char               *list_name;
  GListStore         *list;
  TrappaRecordCell   *error_cell;   /* the cell whose message is shown */
  gboolean            problem;      /* a paste's message is shown */
};

G_DEFINE_FINAL_TYPE (TrappaRecordTable, trappa_record_table, GTK_TYPE_WIDGET)

/* Around a column's title: the header button's padding and the line
 * between columns (Adwaita), in pixels. */
#define TITLE_PADDING 14

/* More rows than a table shows on a 1920×1080 screen (rows are 43 px
 * high). */
#define FIRST_ROWS 25

enum { PROP_0, PROP_SELECTED_ITEM, N_PROPS };
static GParamSpec *properties[N_PROPS];

static guint
selected_position (TrappaRecordTable *self)
{
  return self->selection != NULL ? gtk_single_selection_get_selected (self->selection)
                                 : GTK_INVALID_LIST_POSITION;
}

static void
update_actions (TrappaRecordTable *self)
{
  guint position = selected_position (self);
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  gboolean selected = position != GTK_INVALID_LIST_POSITION && position < n;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.add", self->list != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.remove", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.move-up", selected && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.move-down", selected && position + 1 < n);
  trappa_record_table_clipboard_update_actions (self, n, selected, self->list != NULL);
}

static void
on_selection_changed (TrappaRecordTable *self)
{
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

static void
show_message (TrappaRecordTable *self,
              TrappaRecordCell  *cell)
{
  const char *error = cell != NULL ? trappa_record_cell_get_error (cell) : NULL;

  self->error_cell = error != NULL ? cell : NULL;
  self->problem = FALSE;
  gtk_widget_set_visible (self->message, error != NULL);
  if (error != NULL)
    {
      const TrappaRecordColumn *column = g_object_get_data (G_OBJECT (cell), "trappa-column");
      g_autofree char *text = g_strdup_printf (_("%s: %s"), column->title, error);

      gtk_label_set_text (GTK_LABEL (self->message), text);
    }
}

static void
on_cell_error (TrappaRecordCell  *cell,
               GParamSpec        *pspec,
               TrappaRecordTable *self)
{
  /* A cell clearing its own message hides it; another cell's message
   * replaces it. */
  if (trappa_record_cell_get_error (cell) != NULL || cell == self->error_cell)
    show_message (self, cell);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TrappaRecordTable        *self)
{
  const TrappaRecordColumn *column = g_object_get_data (G_OBJECT (factory), "trappa-column");
  GtkWidget *cell = trappa_record_cell_new (self->item_type, column);

  g_object_set_data (G_OBJECT (cell), "trappa-column", (gpointer) column);
  g_signal_connect_object (cell, "notify::error", G_CALLBACK (on_cell_error), self, 0);
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           TrappaRecordTable        *self)
{
  trappa_record_cell_bind (TRAPPA_RECORD_CELL (gtk_list_item_get_child (list_item)),
                           self->plan, gtk_list_item_get_item (list_item));
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TrappaRecordTable        *self)
{
  TrappaRecordCell *cell = TRAPPA_RECORD_CELL (gtk_list_item_get_child (list_item));

  trappa_record_cell_bind (cell, NULL, NULL);
  if (cell == self->error_cell)
    show_message (self, NULL);
}

static void
add_column (TrappaRecordTable        *self,
            const TrappaRecordColumn *column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "trappa-column", (gpointer) column);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);

  view_column = gtk_column_view_column_new (column->title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column->expand);
  if (column->width > 0)
    gtk_column_view_column_set_fixed_width (view_column, trappa_record_cell_column_width (self->item_type, column));
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->view), view_column);
}

/* gtk_widget_set_tooltip_text() on a shown widget asks the X server
 * where the pointer is, a round trip for each: a window's tables made
 * dozens at start. It does not for a hidden one. */
static void
set_tooltip_unasked (GtkWidget  *widget,
                     const char *text)
{
  gboolean visible = gtk_widget_get_visible (widget);

  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, visible);
}

/* The widest word of @label's text, in pixels of its own font. */
static int
widest_word (GtkWidget *label)
{
  g_auto(GStrv) words = g_strsplit (gtk_label_get_text (GTK_LABEL (label)), " ", -1);
  int widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, words[i]);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

/* GTK 4.8 gives no say over a column's title widget: its label, below the
 * view's header, wraps between words onto a second line and ends in "…"
 * after that, so a narrow column of numbers keeps a long title readable;
 * the column is never narrower than the title's longest word (Pango does
 * not cut a word it may not break). The whole title is its tooltip. */
static void
wrap_titles (TrappaRecordTable *self,
             GtkWidget         *widget)
{
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->view));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        const char *title = gtk_label_get_text (GTK_LABEL (child));
        /* The title button's padding and the column's rule. */
        int least = widest_word (child) + TITLE_PADDING;

        gtk_label_set_wrap (GTK_LABEL (child), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD);
        gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
        gtk_label_set_lines (GTK_LABEL (child), 2);
        set_tooltip_unasked (child, title);
        for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
          {
            g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
            int fixed = gtk_column_view_column_get_fixed_width (column);

            if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0 && fixed > 0 && fixed < least)
              gtk_column_view_column_set_fixed_width (column, least);
          }
      }
    else if (!GTK_IS_LIST_VIEW (child))
      wrap_titles (self, child);
}

static void
show_all_rows (TrappaRecordTable *self)
{
  if (self->clock != NULL)
    g_clear_signal_handler (&self->painted_id, self->clock);
  g_clear_object (&self->clock);
  gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

/* The view shows the list, all of it or (@first_rows) its first rows
 * until the next frame is painted (see the top of this file). */
static void
show_list (TrappaRecordTable *self,
           gboolean           first_rows)
{
  GdkFrameClock *clock = first_rows ? gtk_widget_get_frame_clock (GTK_WIDGET (self)) : NULL;

  if (gtk_slice_list_model_get_model (self->shown) == G_LIST_MODEL (self->list))
    {
      if (!first_rows)
        show_all_rows (self);
      return;
    }
  show_all_rows (self);
  if (clock != NULL && self->list != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->list)) > FIRST_ROWS)
    {
      gtk_slice_list_model_set_size (self->shown, FIRST_ROWS);
      self->clock = g_object_ref (clock);
      self->painted_id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (show_all_rows), self);
    }
  gtk_slice_list_model_set_model (self->shown, G_LIST_MODEL (self->list));
}

static void
add_record (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TrappaRecordTable *self = TRAPPA_RECORD_TABLE (widget);
  g_autoptr(TrappaItem) item = NULL;
  g_autoptr(GError) error = NULL;
  guint position = selected_position (self);
  gboolean added;
  guint n;

  if (self->list == NULL)
    return;

  /* A new record goes below the selected one, or at the end. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  position = position < n ? position + 1 : n;
  item = g_object_new (self->item_type, NULL);
  trappa_plan_constraints_fit_new (self->plan, self->parent, self->list_name, item);
  trappa_plan_begin_edit (self->plan, _("Add row"));
  added = trappa_plan_try_insert (self->plan, self->parent, self->list_name, position, item, &error);
  trappa_plan_end_edit (self->plan);
  /* A row the plan's rules refuse (an age band where every age has one)
   * is not added; the message says why. */
  if (!added)
    {
      trappa_record_table_show_problem (self, error->message);
      return;
    }
  show_list (self, FALSE);
  gtk_single_selection_set_selected (self->selection, position);
  trappa_record_view_reveal (GTK_COLUMN_VIEW (self->view), position, item);
}

/* The first cell below @widget editing a field of @item, in column order. */
static TrappaRecordCell *
first_editable_cell (GtkWidget  *widget,
                     TrappaItem *item)
{
  if (TRAPPA_IS_RECORD_CELL (widget))
    {
      TrappaRecordCell *cell = TRAPPA_RECORD_CELL (widget);

      return trappa_record_cell_get_item (cell) == item &&
             trappa_record_cell_get_property_name (cell) != NULL ? cell : NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TrappaRecordCell *found = first_editable_cell (child, item);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *view;
  TrappaItem *item;
  guint       frames;   /* drawn since the scroll */
} Reveal;

static void
reveal_free (Reveal *reveal)
{
  g_object_unref (reveal->view);
  g_object_unref (reveal->item);
  g_free (reveal);
}

/* The row exists once the view has laid out after the scroll, and the
 * list may move the focus to the selected row meanwhile: the focus is put
 * into the cell until it stays there for a frame. */
static gboolean
focus_revealed (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Reveal *reveal = data;
  TrappaRecordCell *cell = first_editable_cell (reveal->view, reveal->item);
  GtkWidget *editor = cell != NULL ? trappa_record_cell_get_editor (cell) : NULL;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (editor != NULL && focus != NULL && (focus == editor || gtk_widget_is_ancestor (focus, editor)))
    return G_SOURCE_REMOVE;
  if (editor != NULL)
    gtk_widget_grab_focus (editor);
  return ++reveal->frames < 10 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

void
trappa_record_view_reveal (GtkColumnView *view,
                           guint          position,
                           TrappaItem    *item)
{
  GtkScrollable *scrollable = GTK_SCROLLABLE (view);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (scrollable);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
  Reveal *reveal = g_new0 (Reveal, 1);

  /* GTK 4.8 has no scroll_to: rows are of one height, so the row's place
   * is its share of the whole list. */
  if (vadjustment != NULL && n > 0)
    {
      double upper = gtk_adjustment_get_upper (vadjustment);
      double page = gtk_adjustment_get_page_size (vadjustment);
      double row = upper / n;

      gtk_adjustment_set_value (vadjustment, CLAMP (row * (position + 1) - page / 2, 0, MAX (upper - page, 0)));
    }
  reveal->view = g_object_ref (GTK_WIDGET (view));
  reveal->item = g_object_ref (item);
  gtk_widget_add_tick_callback (GTK_WIDGET (view), focus_revealed, reveal, (GDestroyNotify) reveal_free);
}

/* "table.remove", "table.move-up" and "table.move-down": the selected
 * row, as one undo step. */
static void
change_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TrappaRecordTable *self = TRAPPA_RECORD_TABLE (widget);
  TrappaItem *item = trappa_record_table_get_selected (self);
  guint position = selected_position (self);
  gboolean up = g_str_equal (action_name, "table.move-up");

  if (item == NULL)
    return;
  if (g_str_equal (action_name, "table.remove"))
    {
      trappa_plan_begin_edit (self->plan, _("Remove row"));
      trappa_plan_remove (self->plan, item);
      trappa_plan_end_edit (self->plan);
      return;
    }
  if ((up && position == 0) || (!up && position + 1 >= g_list_model_get_n_items (G_LIST_MODEL (self->list))))
    return;

  position = up ? position - 1 : position + 1;
  trappa_plan_begin_edit (self->plan, up ? _("Move row up") : _("Move row down"));
  trappa_plan_move (self->plan, item, position);
  trappa_plan_end_edit (self->plan);
  show_list (self, FALSE);
  gtk_single_selection_set_selected (self->selection, position);
}

static GtkWidget *
tool_button (const char *icon_name,
             const char *tooltip,
             const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  set_tooltip_unasked (button, tooltip);
  /* An icon has no name a screen reader could say: the tooltip is it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
trappa_record_table_map (GtkWidget *widget)
{
  TrappaRecordTable *self = TRAPPA_RECORD_TABLE (widget);

  /* Once shown (a table on a page not shown costs nothing). */
  if (!self->titles_wrapped)
    wrap_titles (self, self->view);
  self->titles_wrapped = TRUE;
  /* Before the view is mapped, so that its rows are mapped with it. */
  show_list (self, TRUE);
  GTK_WIDGET_CLASS (trappa_record_table_parent_class)->map (widget);
}

static void
trappa_record_table_unmap (GtkWidget *widget)
{
  TrappaRecordTable *self = TRAPPA_RECORD_TABLE (widget);

  /* Its frame clock may be another once it is mapped again. */
  show_all_rows (self);
  GTK_WIDGET_CLASS (trappa_record_table_parent_class)->unmap (widget);
}

static void
trappa_record_table_dispose (GObject *object)
{
  TrappaRecordTable *self = TRAPPA_RECORD_TABLE (object);

  trappa_record_table_set_list (self, NULL, NULL, NULL);
  if (self->shown != NULL)
    show_all_rows (self);
  g_clear_pointer (&self->toolbar, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->message, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown);

  G_OBJECT_CLASS (trappa_record_table_parent_class)->dispose (object);
}

static void
trappa_record_table_finalize (GObject *object)
{
  TrappaRecordTable *self = TRAPPA_RECORD_TABLE (object);

  g_free (self->columns);
  G_OBJECT_CLASS (trappa_record_table_parent_class)->finalize (object);
}

static void
trappa_record_table_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TrappaRecordTable *self = TRAPPA_RECORD_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, trappa_record_table_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_record_table_class_init (TrappaRecordTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_record_table_dispose;
  object_class->finalize = trappa_record_table_finalize;
  object_class->get_property = trappa_record_table_get_property;
  widget_class->map = trappa_record_table_map;
  widget_class->unmap = trappa_record_table_unmap;

  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, TRAPPA_TYPE_ITEM,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "table.add", NULL, add_record);
  gtk_widget_class_install_action (widget_class, "table.remove", NULL, change_selected);
  gtk_widget_class_install_action (widget_class, "table.move-up", NULL, change_selected);
  gtk_widget_class_install_action (widget_class, "table.move-down", NULL, change_selected);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "table.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "table.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "table.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "table.remove", NULL);
  trappa_record_table_clipboard_class_init (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "trappa-record-table");
}

static void
trappa_record_table_init (TrappaRecordTable *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->toolbar, "toolbar");
  gtk_box_append (GTK_BOX (self->toolbar), tool_button ("list-add-symbolic", _("Add Row (Ctrl+Insert)"), "table.add"));
  gtk_box_append (GTK_BOX (self->toolbar), tool_button ("list-remove-symbolic", _("Remove Row (Ctrl+Delete)"), "table.remove"));
  gtk_box_append (GTK_BOX (self->toolbar), tool_button ("go-up-symbolic", _("Move Row Up (Alt+Up)"), "table.move-up"));
  gtk_box_append (GTK_BOX (self->toolbar), tool_button ("go-down-symbolic", _("Move Row Down (Alt+Down)"), "table.move-down"));
  gtk_box_append (GTK_BOX (self->toolbar), trappa_record_table_clipboard_menu_button ());
  gtk_widget_set_parent (self->toolbar, GTK_WIDGET (self));

  self->shown = gtk_slice_list_model_new (NULL, 0, G_MAXUINT);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (update_actions), self);

  self->view = gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)));
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (self->view), TRUE);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->view), TRUE);
  gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (self->view), FALSE);
  gtk_widget_add_css_class (self->view, "data-table");

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->view);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->message = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_add_css_class (self->message, "trappa-message");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Input error"), -1);
  gtk_widget_set_parent (self->message, GTK_WIDGET (self));

  update_actions (self);
}

GtkWidget *
trappa_record_table_new (GType                     item_type,
                         const TrappaRecordColumn *columns,
                         guint                     n_columns)
{
  TrappaRecordTable *self;

  g_return_val_if_fail (g_type_is_a (item_type, TRAPPA_TYPE_ITEM), NULL);

  self = g_object_new (TRAPPA_TYPE_RECORD_TABLE, NULL);
  self->item_type = item_type;
  self->columns = g_memdup2 (columns, sizeof *columns * n_columns);
  self->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    add_column (self, &self->columns[i]);
  return GTK_WIDGET (self);
}

TrappaRecordTable *
trappa_record_table_new_in (GtkWidget                *box,
                            GType                     item_type,
                            const TrappaRecordColumn *columns,
                            guint                     n_columns)
{
  GtkWidget *table;

  g_return_val_if_fail (GTK_IS_BOX (box), NULL);

  table = trappa_record_table_new (item_type, columns, n_columns);
  gtk_widget_set_vexpand (table, TRUE);
  gtk_box_append (GTK_BOX (box), table);
  return TRAPPA_RECORD_TABLE (table);
}

void
trappa_record_table_set_list (TrappaRecordTable *self,
                              TrappaPlan        *plan,
                              TrappaItem        *parent,
                              const char        *list_name)
{
  GListStore *list = NULL;

  g_return_if_fail (TRAPPA_IS_RECORD_TABLE (self));

  if (parent != NULL)
    {
      list = trappa_item_get_list (parent, list_name);
      g_return_if_fail (list != NULL);
      g_return_if_fail (g_list_model_get_item_type (G_LIST_MODEL (list)) == self->item_type);
    }

  g_set_object (&self->plan, plan);
  g_set_object (&self->parent, parent);
  g_set_object (&self->list, list);
  g_free (self->list_name);
  self->list_name = g_strdup (list_name);
  if (self->selection == NULL)
    return;
  /* A list replaced while not on screen waits (and the one shown till
   * now, of another plan perhaps, goes). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || list == NULL ||
      gtk_slice_list_model_get_model (self->shown) == G_LIST_MODEL (list))
    show_list (self, TRUE);
  else
    gtk_slice_list_model_set_model (self->shown, NULL);
  update_actions (self);
}

TrappaItem *
trappa_record_table_get_selected (TrappaRecordTable *self)
{
  g_return_val_if_fail (TRAPPA_IS_RECORD_TABLE (self), NULL);

  /* None while the list waits to be shown: "selected-item" changes
   * when it is. */
  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

void
trappa_record_table_select (TrappaRecordTable *self,
                            TrappaItem        *item)
{
  guint position;

  g_return_if_fail (TRAPPA_IS_RECORD_TABLE (self));

  show_list (self, FALSE);
  if (item != NULL && self->list != NULL && g_list_store_find (self->list, item, &position))
    gtk_single_selection_set_selected (self->selection, position);
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

void
trappa_record_table_set_column_title (TrappaRecordTable *self,
                                      guint              column,
                                      const char        *title)
{
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_return_if_fail (TRAPPA_IS_RECORD_TABLE (self));
  g_return_if_fail (column < self->n_columns);

  view_column = g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (self->view)), column);
  gtk_column_view_column_set_title (view_column, title);
}

/* Binding a cell again to its record computes its text again. */
static void
refresh_computed_below (GtkWidget  *widget,
                        TrappaPlan *plan)
{
  if (TRAPPA_IS_RECORD_CELL (widget))
    {
      TrappaRecordCell *cell = TRAPPA_RECORD_CELL (widget);
      TrappaItem *item = trappa_record_cell_get_item (cell);

      if (item != NULL && trappa_record_cell_get_property_name (cell) == NULL)
        trappa_record_cell_bind (cell, plan, item);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    refresh_computed_below (child, plan);
}

void
trappa_record_table_refresh_computed (TrappaRecordTable *self)
{
  g_return_if_fail (TRAPPA_IS_RECORD_TABLE (self));

  if (self->plan != NULL)
    refresh_computed_below (self->view, self->plan);
}

const char *
trappa_record_table_get_message (TrappaRecordTable *self)
{
  g_return_val_if_fail (TRAPPA_IS_RECORD_TABLE (self), NULL);

  return self->error_cell != NULL || self->problem ? gtk_label_get_text (GTK_LABEL (self->message)) : NULL;
}

void
trappa_record_table_get_list (TrappaRecordTable     *self,
                              TrappaRecordTableList *list)
{
  *list = (TrappaRecordTableList) { self->plan, self->parent, self->list_name, G_LIST_MODEL (self->list),
                                    self->item_type, self->columns, self->n_columns };
}

void
trappa_record_table_show_problem (TrappaRecordTable *self,
                                  const char        *problem)
{
  self->error_cell = NULL;
  self->problem = problem != NULL;
  gtk_label_set_text (GTK_LABEL (self->message), problem != NULL ? problem : "");
  gtk_widget_set_visible (self->message, problem != NULL);
}
