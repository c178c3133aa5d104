/* trappa-record-cell.c: the editor of one field of one record
 *
 * The editor is chosen from the field's property spec, so every record
 * kind gets fitting editors without code of its own. Every change goes
 * through the plan (undo, unsaved flag). A cell redraws when its own field
 * of its own record changes (edits elsewhere, undo, redo); only a cell
 * showing other records too (a computed column, a reference's names)
 * follows every "changed" of the plan, and only while it is on screen:
 * refreshing every cell on every edit made a card move take 7 frames.
 * A text entry cannot end its text in "…": while a text cell is not being
 * edited, a label over the entry shows the text, cut after "…", and the
 * entry's own text is hidden under it.
 * What a cell shows only once it is used is made then: a popover and its
 * editor on the first click, and a drop-down, whose popover lists every
 * choice (up to 200 rows each in GTK 4.8) before it is ever opened, in
 * place of a stand-in button that looks like it. With hundreds of
 * reference cells they were most of a plan's first window and memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-record-cell"

#include <glib/gi18n.h>

#include "trappa-action-plan.h"
#include "trappa-format.h"
#include "trappa-year-amounts.h"
#include "trappa-year-amounts-editor.h"
#include "trappa-quiet-tooltip.h"
#include "trappa-record-cell.h"
#include "trappa-reference.h"

typedef enum
{
  KIND_TEXT,
  KIND_MULTILINE,
  KIND_COUNT,
  KIND_NOK,
  KIND_YEAR,
  KIND_DATE,
  KIND_YEAR_AMOUNTS,
  KIND_CHOICE,
  KIND_REFERENCE,
  KIND_REFERENCES,
  KIND_FLAG,
  KIND_COMPUTED,
} Kind;

struct _TrappaRecordCell
{
  GtkWidget                 parent_instance;

  const TrappaRecordColumn *column;
  GParamSpec               *pspec;       /* NULL for a computed column */
  Kind                      kind;

  GtkWidget                *editor;
  GtkWidget                *cover;       /* a text's label while not edited */
  GtkWidget                *preview;     /* label inside a popover button or a stand-in */
  GtkWidget                *popover;     /* made when first opened */
  GtkTextBuffer            *buffer;      /* multiline text */
  GtkWidget                *check_list;  /* references */
  GtkWidget                *amounts;     /* amounts by year */

  TrappaPlan               *plan;
  TrappaItem               *item;
  GListModel               *references;  /* records a reference may name */
  GListModel               *choices;     /* a drop-down's items */
  TrappaPlan               *scope_plan;  /* the plan @references is of (weak) */
  gboolean                  several_lists; /* named with their parent's name */
  guint                     n_shown;     /* drop-down items at last refresh */
  gulong                    changed_id;  /* plan "changed", for other records */
  gulong                    notify_id;   /* the item's own field */
  gboolean                  stale;       /* changed while not on screen */
  char                     *error;
  gboolean                  updating;    /* showing the plan, not editing */
  gboolean                  typing;      /* text typed, not yet committed */
};

G_DEFINE_FINAL_TYPE (TrappaRecordCell, trappa_record_cell, GTK_TYPE_WIDGET)

/* The natural width of a long text, in characters: a column or form row
 * may give it more, and the text ends in "…" where it has less. */
#define PREVIEW_CHARS 30

/* The widest a column of numbers or check boxes needs to be, in pixels:
 * "18 300" or a year, "12 500 000" kroner, a check box; entry padding
 * included. */
#define NUMBER_WIDTH 72
#define NOK_WIDTH    112
#define FLAG_WIDTH   44

enum { PROP_0, PROP_ERROR, N_PROPS };
static GParamSpec *properties[N_PROPS];

static Kind
kind_of (GParamSpec *pspec)
{
  if (pspec == NULL)
    return KIND_COMPUTED;
  if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return KIND_FLAG;
  if (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID)
    return G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV ? KIND_REFERENCES : KIND_REFERENCE;
  if (trappa_param_spec_get_choices (pspec) != NULL)
    return KIND_CHOICE;
  if (G_IS_PARAM_SPEC_INT64 (pspec))
    {
      if (trappa_param_spec_is_nok (pspec))
        return KIND_NOK;
      /* Years are shown without digit grouping ("2035", not "2 035"). */
      return trappa_param_spec_is_year (pspec) ? KIND_YEAR : KIND_COUNT;
    }
  if (trappa_param_spec_is_date (pspec))
    return KIND_DATE;
  if (trappa_param_spec_is_year_amounts (pspec))
    return KIND_YEAR_AMOUNTS;
  return trappa_param_spec_is_multiline (pspec) ? KIND_MULTILINE : KIND_TEXT;
}

static const char *
name_property (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return trappa_item_class_get_name_field (TRAPPA_ITEM_CLASS (klass));
}

/* A record as a reference shows it; where a reference may name records
 * of several lists (steps of either staircase), with its parent's name
 * after it, so a narrow column cut with "…" still shows the record:
 * "Omsorgsbustad (Bustadtrapp)". */
static char *
target_label (TrappaRecordCell *self,
              TrappaItem       *target)
{
  const char *name = trappa_item_get_name (target);
  TrappaItem *parent = NULL;

  if (self->several_lists && self->plan != NULL &&
      trappa_plan_find_parent (self->plan, target, &parent, NULL, NULL) && parent != NULL)
    /* TRANSLATORS: a record chosen in a table, then the list it is in,
     * e.g. "Omsorgsbustad (Bustadtrapp)" */
    return g_strdup_printf (_("%s (%s)"), name, trappa_item_get_name (parent));
  return g_strdup (name);
}

static void
set_error (TrappaRecordCell *self,
           const char       *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);
  if (message != NULL)
    gtk_widget_add_css_class (self->editor, "error");
  else
    gtk_widget_remove_css_class (self->editor, "error");
  trappa_quiet_tooltip_set (self->editor, message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static char *
format_number (Kind   kind,
               gint64 value)
{
  if (kind == KIND_NOK)
    return trappa_format_nok (value);
  if (kind == KIND_YEAR)
    return value == 0 ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, value);
  return trappa_format_count (value);
}

static guint
reference_position (TrappaRecordCell *self,
                    const char       *id)
{
  guint n = self->references != NULL ? g_list_model_get_n_items (self->references) : 0;

  /* Position 0 is "None". */
  for (guint i = 0; i < n && *id != '\0'; i++)
    {
      g_autoptr(TrappaItem) target = g_list_model_get_item (self->references, i);

      if (g_strcmp0 (trappa_item_get_id (target), id) == 0)
        return i + 1;
    }
  return 0;
}

static char *
references_text (TrappaRecordCell   *self,
                 const char * const *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      TrappaItem *target = trappa_plan_lookup (self->plan, ids[i]);
      g_autofree char *label = target != NULL ? target_label (self, target) : g_strdup (ids[i]);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, label);
    }
  return g_string_free (text, FALSE);
}

static void
set_preview (TrappaRecordCell *self,
             const char       *text)
{
  g_autofree char *one_line = g_strdelimit (g_strdup (text), "\n\t", ' ');

  gtk_label_set_text (GTK_LABEL (self->preview), one_line);
  trappa_quiet_tooltip_set (self->preview, text);
}

/* The drop-down's item at @position as the drop-down shows it. */
static char *
choice_text (TrappaRecordCell *self,
             guint             position)
{
  g_autoptr(GObject) item = self->choices != NULL ? g_list_model_get_item (self->choices, position) : NULL;

  if (item == NULL)
    return g_strdup ("");
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return target_label (self, TRAPPA_ITEM (item));
}

static void
show_choice (TrappaRecordCell *self,
             guint             position)
{
  g_autofree char *text = NULL;

  if (GTK_IS_DROP_DOWN (self->editor))
    {
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->editor), position);
      return;
    }
  text = choice_text (self, position);
  gtk_label_set_text (GTK_LABEL (self->preview), text);
}

static void
refresh (TrappaRecordCell *self)
{
  const char *name;

  if (self->item == NULL)
    return;

  self->stale = FALSE;
  name = self->pspec != NULL ? self->pspec->name : NULL;
  self->updating = TRUE;
  switch (self->kind)
    {
    case KIND_TEXT:
      /* Text being typed is kept until it is committed or cancelled. */
      if (!self->typing)
        {
          const char *text = trappa_item_get_string (self->item, name);

          if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->editor)), text) != 0)
            gtk_editable_set_text (GTK_EDITABLE (self->editor), text);
          /* A long name is cut off at the column's edge. */
          trappa_quiet_tooltip_set (self->editor, text);
        }
      break;

    case KIND_MULTILINE:
      set_preview (self, trappa_item_get_string (self->item, name));
      if (self->popover != NULL && !gtk_widget_get_visible (self->popover))
        gtk_text_buffer_set_text (self->buffer, trappa_item_get_string (self->item, name), -1);
      break;

    case KIND_COUNT:
    case KIND_NOK:
    case KIND_YEAR:
      /* Invalid input stays in view with its message until it is fixed or
       * cancelled, even when other fields change meanwhile. */
      if (self->error == NULL)
        {
          g_autofree char *text = format_number (self->kind, trappa_item_get_int (self->item, name));
          gtk_editable_set_text (GTK_EDITABLE (self->editor), text);
        }
      break;

    case KIND_DATE:
      /* Stored as ISO, shown as Norwegians write it (20.06.2025). */
      if (self->error == NULL)
        {
          g_autofree char *text = trappa_format_date (trappa_item_get_string (self->item, name));
          gtk_editable_set_text (GTK_EDITABLE (self->editor), text);
        }
      break;

    case KIND_YEAR_AMOUNTS:
      {
        g_autofree char *text = trappa_year_amounts_describe (trappa_item_get_string (self->item, name));
        set_preview (self, text);
      }
      break;

    case KIND_CHOICE:
      {
        const char * const *choices = trappa_param_spec_get_choices (self->pspec);
        const char *value = trappa_item_get_string (self->item, name);

        for (guint i = 0; choices[i] != NULL; i++)
          if (g_strcmp0 (choices[i], value) == 0)
            show_choice (self, i);
      }
      break;

    case KIND_REFERENCE:
      show_choice (self, reference_position (self, trappa_item_get_string (self->item, name)));
      self->n_shown = self->choices != NULL ? g_list_model_get_n_items (self->choices) : 0;
      break;

    case KIND_REFERENCES:
      {
        g_autofree char *text = references_text (self, trappa_item_get_strv (self->item, name));
        set_preview (self, text);
      }
      break;

    case KIND_FLAG:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->editor),
                                   trappa_item_get_boolean (self->item, name));
      break;

    case KIND_COMPUTED:
      {
        g_autofree char *text = self->column->text_func (self->plan, self->item);
        gtk_label_set_text (GTK_LABEL (self->editor), text);
        /* Long texts are cut off in the cell: the tooltip shows them. */
        if (!self->column->numeric)
          trappa_quiet_tooltip_set (self->editor, text);
      }
      break;

    default:
      g_assert_not_reached ();
    }
  self->updating = FALSE;
}

static void
commit (TrappaRecordCell *self,
        const GValue     *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gboolean ok;

  if (self->updating || self->item == NULL)
    return;

  label = g_strdup_printf (_("Change “%s”"), self->column->title);
  trappa_plan_begin_edit (self->plan, label);
  ok = trappa_plan_set_value (self->plan, self->item, self->pspec->name, value, &error);
  trappa_plan_end_edit (self->plan);

  set_error (self, ok ? NULL : error->message);
  if (ok)
    refresh (self);
}

static void
commit_string (TrappaRecordCell *self,
               const char       *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  commit (self, &value);
}

static void
on_text_changed (TrappaRecordCell *self)
{
  if (!self->updating)
    self->typing = TRUE;
  if (self->cover != NULL)
    gtk_label_set_text (GTK_LABEL (self->cover), gtk_editable_get_text (GTK_EDITABLE (self->editor)));
}

static void
on_popover_closed (TrappaRecordCell *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
  commit_string (self, text);
}

static void
on_amounts_show (TrappaRecordCell *self)
{
  if (self->item != NULL)
    trappa_year_amounts_editor_show (TRAPPA_YEAR_AMOUNTS_EDITOR (self->amounts),
                                     trappa_action_plan_first_year (self->plan),
                                     trappa_item_get_string (self->item, self->pspec->name));
}

static void
on_amounts_closed (TrappaRecordCell *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->item == NULL)
    return;
  text = trappa_year_amounts_editor_read (TRAPPA_YEAR_AMOUNTS_EDITOR (self->amounts),
                                          trappa_item_get_string (self->item, self->pspec->name), &error);
  if (text == NULL)
    set_error (self, error->message);
  else
    commit_string (self, text);
}

/* Enter, or leaving the entry, commits what was typed. */
static void
commit_entry (TrappaRecordCell *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 number;

  if (self->updating || self->item == NULL)
    return;

  if (self->kind == KIND_TEXT)
    {
      g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor)));

      self->typing = FALSE;
      commit_string (self, text);
      return;
    }

  if (self->kind == KIND_DATE)
    {
      g_autofree char *iso = NULL;

      if (!trappa_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->editor)), &iso, &error))
        {
          set_error (self, error->message);
          return;
        }
      set_error (self, NULL);
      commit_string (self, iso);
      return;
    }

  /* An empty year means "not given"; counts must be typed out. */
  if (self->kind == KIND_YEAR && *gtk_editable_get_text (GTK_EDITABLE (self->editor)) == '\0')
    number = 0;
  else if (!trappa_parse_count (gtk_editable_get_text (GTK_EDITABLE (self->editor)),
                                G_PARAM_SPEC_INT64 (self->pspec)->maximum, &number, &error))
    {
      set_error (self, error->message);
      return;
    }

  set_error (self, NULL);
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, number);
  commit (self, &value);
}

static gboolean
on_entry_key (TrappaRecordCell *self,
              guint             keyval,
              guint             keycode,
              GdkModifierType   state)
{
  if (keyval != GDK_KEY_Escape || (self->error == NULL && !self->typing))
    return FALSE;

  /* Cancel the input: show the plan's value again. */
  self->typing = FALSE;
  set_error (self, NULL);
  refresh (self);
  return TRUE;
}

static void
on_choice_selected (TrappaRecordCell *self)
{
  const char * const *choices = trappa_param_spec_get_choices (self->pspec);
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->editor));

  if (selected < g_strv_length ((char **) choices))
    commit_string (self, choices[selected]);
}

static void
on_reference_selected (TrappaRecordCell *self)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (self->editor));
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->editor));
  g_autoptr(TrappaItem) target = NULL;

  /* When a referenced record comes or goes (inside an edit of the plan),
   * the drop-down moves its selection by itself: that is no choice of the
   * user's, and the refresh after the edit shows the right record. */
  if (selected == GTK_INVALID_LIST_POSITION || g_list_model_get_n_items (model) != self->n_shown)
    return;
  target = g_list_model_get_item (model, selected);
  commit_string (self, trappa_item_get_id (target));
}

static void
on_flag_toggled (TrappaRecordCell *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_check_button_get_active (GTK_CHECK_BUTTON (self->editor)));
  commit (self, &value);
}

static void
on_reference_toggled (TrappaRecordCell *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  for (GtkWidget *row = gtk_widget_get_first_child (self->check_list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "trappa-id"));
    }
  ids = g_strv_builder_end (builder);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, ids);
  commit (self, &value);
}

/* The check list is built when the popover opens, from the records that
 * exist then. */
static void
on_references_show (TrappaRecordCell *self)
{
  const char * const *ids;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (self->check_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->check_list), child);
  if (self->item == NULL || self->references == NULL)
    return;

  ids = trappa_item_get_strv (self->item, self->pspec->name);
  n = g_list_model_get_n_items (self->references);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TrappaItem) target = g_list_model_get_item (self->references, i);
      const char *id = trappa_item_get_id (target);
      g_autofree char *label = target_label (self, target);
      GtkWidget *check = gtk_check_button_new_with_label (label);

      g_object_set_data_full (G_OBJECT (check), "trappa-id", g_strdup (id), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   ids != NULL && g_strv_contains (ids, id));
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_reference_toggled), self);
      gtk_list_box_append (GTK_LIST_BOX (self->check_list), check);
    }
}

/* The records the field may name are those of its scope (the field's
 * spec says which lists); a reference drop-down lists "None" first. */
static void
update_reference_model (TrappaRecordCell *self)
{
  GType type = trappa_param_spec_get_reference_type (self->pspec);
  g_autoptr(GPtrArray) lists = NULL;
  g_autoptr(GListStore) scope = NULL;
  g_autoptr(GListStore) none = NULL;
  g_autoptr(GListStore) parts = NULL;
  g_autoptr(GObject) placeholder = NULL;

  if (self->plan == self->scope_plan)
    return;
  g_set_weak_pointer (&self->scope_plan, self->plan);
  lists = trappa_reference_lists (self->plan, self->pspec);
  self->several_lists = lists->len > 1;
  scope = g_list_store_new (G_TYPE_LIST_MODEL);
  for (guint i = 0; i < lists->len; i++)
    g_list_store_append (scope, lists->pdata[i]);
  g_clear_object (&self->references);
  self->references = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (scope))));
  if (self->kind != KIND_REFERENCE)
    return;

  placeholder = g_object_new (type, name_property (type), _("None"), NULL);
  none = g_list_store_new (type);
  g_list_store_append (none, placeholder);
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, none);
  for (guint i = 0; i < lists->len; i++)
    g_list_store_append (parts, lists->pdata[i]);

  g_clear_object (&self->choices);
  self->choices = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts))));
  if (!GTK_IS_DROP_DOWN (self->editor))
    return;
  self->updating = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->editor), self->choices);
  self->updating = FALSE;
}

/* Drop-down items as labels that shorten with "…" in a narrow column
 * (GTK 4.8's own labels do not) and follow renames of the records. */
static void
setup_choice_item (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  TrappaRecordCell         *self)
{
  GObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  GtkExpression *expression;

  if (GTK_IS_STRING_OBJECT (item))
    {
      gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
      return;
    }
  if (self->several_lists)
    {
      g_autofree char *text = target_label (self, TRAPPA_ITEM (item));

      gtk_label_set_text (GTK_LABEL (label), text);
      return;
    }
  expression = gtk_property_expression_new (G_OBJECT_TYPE (item), NULL, name_property (G_OBJECT_TYPE (item)));
  g_object_set_data_full (G_OBJECT (list_item), "trappa-watch",
                          gtk_expression_bind (expression, label, "label", item),
                          (GDestroyNotify) gtk_expression_watch_unwatch);
}

static void
unbind_choice_item (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item)
{
  g_object_set_data (G_OBJECT (list_item), "trappa-watch", NULL);
}

static GtkWidget *
drop_down_new (TrappaRecordCell *self,
               GListModel       *model,
               GtkExpression    *expression)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *drop_down = gtk_drop_down_new (model, expression);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_item), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_choice_item), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), factory);
  g_object_unref (factory);
  return drop_down;
}

static GtkWidget *
scrolled (GtkWidget *child,
          int        width,
          int        height)
{
  GtkWidget *window = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (window), child);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (window), width);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (window), height);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (window), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (window), 360);
  return window;
}

static void
ensure_popover (TrappaRecordCell *self)
{
  GtkWidget *content = NULL;

  if (self->popover != NULL)
    return;
  self->popover = gtk_popover_new ();
  switch (self->kind)
    {
    case KIND_MULTILINE:
      {
        GtkWidget *view = gtk_text_view_new ();

        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
        self->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
        if (self->item != NULL)
          gtk_text_buffer_set_text (self->buffer, trappa_item_get_string (self->item, self->pspec->name), -1);
        content = scrolled (view, 380, 160);
        g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (on_popover_closed), self);
      }
      break;

    case KIND_REFERENCES:
      self->check_list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->check_list), GTK_SELECTION_NONE);
      content = scrolled (self->check_list, 260, 0);
      g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_references_show), self);
      break;

    case KIND_YEAR_AMOUNTS:
      content = self->amounts = trappa_year_amounts_editor_new ();
      g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_amounts_show), self);
      g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (on_amounts_closed), self);
      break;

    default:
      g_assert_not_reached ();
    }
  gtk_popover_set_child (GTK_POPOVER (self->popover), content);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
}

static void
on_popover_button_clicked (TrappaRecordCell *self)
{
  ensure_popover (self);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* A button showing the value on one line, left-aligned as in any other
 * cell: flat, opening a popover, or as a closed drop-down looks. */
static GtkWidget *
preview_button (TrappaRecordCell *self,
                gboolean          drop_down)
{
  GtkWidget *button = gtk_button_new ();

  self->preview = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->preview), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->preview), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (self->preview), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->preview), PREVIEW_CHARS);
  if (drop_down)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      gtk_widget_set_hexpand (self->preview, TRUE);
      gtk_box_append (GTK_BOX (box), self->preview);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("pan-down-symbolic"));
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "trappa-drop-down-stand-in");
    }
  else
    {
      gtk_button_set_child (GTK_BUTTON (button), self->preview);
      gtk_button_set_has_frame (GTK_BUTTON (button), FALSE);
      gtk_widget_add_css_class (button, "trappa-popover-button");
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_popover_button_clicked), self);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->column->title,
                                  GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
  return button;
}

/* The drop-down in place of its stand-in. */
static void
ensure_drop_down (TrappaRecordCell *self)
{
  GtkWidget *stand_in = self->editor;
  GtkWidget *drop_down;

  if ((self->kind != KIND_CHOICE && self->kind != KIND_REFERENCE) || GTK_IS_DROP_DOWN (stand_in))
    return;
  if (self->kind == KIND_CHOICE)
    {
      drop_down = drop_down_new (self, g_object_ref (self->choices), NULL);
      g_signal_connect_swapped (drop_down, "notify::selected", G_CALLBACK (on_choice_selected), self);
    }
  else
    {
      GType type = trappa_param_spec_get_reference_type (self->pspec);

      drop_down = drop_down_new (self, self->choices != NULL ? g_object_ref (self->choices) : NULL,
                                 gtk_property_expression_new (type, NULL, name_property (type)));
      g_signal_connect_swapped (drop_down, "notify::selected", G_CALLBACK (on_reference_selected), self);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, self->column->title, -1);
  gtk_widget_set_hexpand (drop_down, TRUE);
  if (self->error != NULL)
    {
      gtk_widget_add_css_class (drop_down, "error");
      trappa_quiet_tooltip_set (drop_down, self->error);
    }
  gtk_widget_insert_before (drop_down, GTK_WIDGET (self), stand_in);
  self->editor = drop_down;
  self->preview = NULL;
  gtk_widget_unparent (stand_in);
  refresh (self);
}

/* Opens the drop-down at once: its "activate" signal presses its button
 * only after 250 ms (GtkButton's keyboard activation) and not before
 * the button is realized. That button is its first child. */
static void
on_stand_in_clicked (TrappaRecordCell *self)
{
  GtkWidget *button;

  ensure_drop_down (self);
  gtk_widget_grab_focus (self->editor);
  button = gtk_widget_get_first_child (self->editor);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
}

/* The cover shows while the entry has no focus (@covered). */
static void
set_covered (TrappaRecordCell *self,
             gboolean          covered)
{
  /* Nothing to do while the cell goes (the focus leaves as it does). */
  if (self->cover == NULL || self->editor == NULL)
    return;
  gtk_widget_set_visible (self->cover, covered);
  if (covered)
    gtk_widget_add_css_class (self->editor, "trappa-covered");
  else
    gtk_widget_remove_css_class (self->editor, "trappa-covered");
}

static void
on_entry_focus_enter (TrappaRecordCell *self)
{
  set_covered (self, FALSE);
}

/* Covers first: the commit may end the cell (its row refiltered away). */
static void
on_entry_focus_leave (TrappaRecordCell *self)
{
  set_covered (self, TRUE);
  commit_entry (self);
}

static GtkWidget *
cover_new (void)
{
  GtkWidget *cover = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   "xalign", 0.0f, "ellipsize", PANGO_ELLIPSIZE_END, "single-line-mode", TRUE,
                                   "max-width-chars", PREVIEW_CHARS, "can-target", FALSE, NULL);

  gtk_widget_add_css_class (cover, "trappa-cover");
  return cover;
}

/* A frameless entry that commits on Enter and when the focus leaves, and
 * cancels on Escape. */
static GtkWidget *
entry_new (TrappaRecordCell *self)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (commit_entry), self);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_entry_focus_enter), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_entry_focus_leave), self);
  gtk_widget_add_controller (entry, focus);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (entry, keys);
  return entry;
}

static GtkWidget *
create_editor (TrappaRecordCell *self,
               GType             item_type)
{
  GtkWidget *editor = NULL;

  switch (self->kind)
    {
    case KIND_TEXT:
      /* Not GtkEditableLabel: in GTK 4.8 it stops editing from a 100 ms
       * timeout after the focus leaves, which it does not remove when it
       * goes (a critical from gtk_event_controller_get_widget() once a
       * row is removed or the window closed while it was editing). */
      editor = entry_new (self);
      gtk_editable_set_width_chars (GTK_EDITABLE (editor), 8);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (editor), PREVIEW_CHARS);
      g_signal_connect_swapped (editor, "changed", G_CALLBACK (on_text_changed), self);
      break;

    case KIND_MULTILINE:
    case KIND_REFERENCES:
    case KIND_YEAR_AMOUNTS:
      editor = preview_button (self, FALSE);
      break;

    case KIND_COUNT:
    case KIND_NOK:
    case KIND_YEAR:
      editor = entry_new (self);
      gtk_entry_set_alignment (GTK_ENTRY (editor), 1.0);
      gtk_entry_set_input_purpose (GTK_ENTRY (editor), GTK_INPUT_PURPOSE_NUMBER);
      gtk_editable_set_width_chars (GTK_EDITABLE (editor), 6);
      break;

    case KIND_DATE:
      editor = entry_new (self);
      /* "20.06.2025" fits without scrolling. */
      gtk_editable_set_width_chars (GTK_EDITABLE (editor), 10);
      break;

    case KIND_CHOICE:
    case KIND_REFERENCE:
      if (self->kind == KIND_CHOICE)
        {
          const char * const *labels = self->column->choice_labels;

          self->choices = G_LIST_MODEL (gtk_string_list_new (labels != NULL ? labels : trappa_param_spec_get_choices (self->pspec)));
        }
      editor = preview_button (self, TRUE);
      g_signal_connect_swapped (editor, "clicked", G_CALLBACK (on_stand_in_clicked), self);
      break;

    case KIND_FLAG:
      editor = gtk_check_button_new ();
      g_signal_connect_swapped (editor, "toggled", G_CALLBACK (on_flag_toggled), self);
      break;

    case KIND_COMPUTED:
      editor = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (editor), self->column->numeric ? 1 : 0);
      gtk_label_set_ellipsize (GTK_LABEL (editor), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (editor, "dim-label");
      break;

    default:
      g_assert_not_reached ();
    }

  if (self->preview == NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (editor),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, self->column->title, -1);
  gtk_widget_set_hexpand (editor, TRUE);
  return editor;
}

/* In a table, a click (or Tab) into any cell selects its row, as a click
 * on the row would; the editor takes the click, so the row never sees it. */
static void
on_focus_enter (TrappaRecordCell *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "listitem.select", "(bb)", FALSE, FALSE);
}

static void
on_plan_changed (TrappaRecordCell *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
trappa_record_cell_map (GtkWidget *widget)
{
  TrappaRecordCell *self = TRAPPA_RECORD_CELL (widget);

  GTK_WIDGET_CLASS (trappa_record_cell_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

static void
trappa_record_cell_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  TrappaRecordCell *self = TRAPPA_RECORD_CELL (widget);

  GTK_WIDGET_CLASS (trappa_record_cell_parent_class)->size_allocate (widget, width, height, baseline);
  /* The popover is a child of the cell; layout managers leave it out. */
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
trappa_record_cell_dispose (GObject *object)
{
  TrappaRecordCell *self = TRAPPA_RECORD_CELL (object);

  trappa_record_cell_bind (self, NULL, NULL);
  g_clear_object (&self->references);
  g_clear_object (&self->choices);
  g_clear_weak_pointer (&self->scope_plan);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->cover, gtk_widget_unparent);
  g_clear_pointer (&self->editor, gtk_widget_unparent);

  G_OBJECT_CLASS (trappa_record_cell_parent_class)->dispose (object);
}

static void
trappa_record_cell_finalize (GObject *object)
{
  TrappaRecordCell *self = TRAPPA_RECORD_CELL (object);

  g_free (self->error);
  G_OBJECT_CLASS (trappa_record_cell_parent_class)->finalize (object);
}

static void
trappa_record_cell_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TrappaRecordCell *self = TRAPPA_RECORD_CELL (object);

  switch (prop_id)
    {
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_record_cell_class_init (TrappaRecordCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = trappa_record_cell_dispose;
  object_class->finalize = trappa_record_cell_finalize;
  object_class->get_property = trappa_record_cell_get_property;
  widget_class->size_allocate = trappa_record_cell_size_allocate;
  widget_class->map = trappa_record_cell_map;

  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "trappa-record-cell");
}

static void
trappa_record_cell_init (TrappaRecordCell *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_enter), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
trappa_record_cell_new (GType                     item_type,
                        const TrappaRecordColumn *column)
{
  TrappaRecordCell *self = g_object_new (TRAPPA_TYPE_RECORD_CELL, NULL);

  g_return_val_if_fail (g_type_is_a (item_type, TRAPPA_TYPE_ITEM), NULL);
  g_return_val_if_fail ((column->property != NULL) != (column->text_func != NULL), NULL);

  self->column = column;
  if (column->property != NULL)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);

      self->pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), column->property);
      g_return_val_if_fail (self->pspec != NULL, NULL);
    }
  self->kind = kind_of (self->pspec);
  self->editor = create_editor (self, item_type);
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  if (self->kind == KIND_TEXT)
    {
      /* After the editor: drawn over it. */
      self->cover = cover_new ();
      gtk_widget_set_parent (self->cover, GTK_WIDGET (self));
      set_covered (self, TRUE);
    }
  return GTK_WIDGET (self);
}

void
trappa_record_cell_bind (TrappaRecordCell *self,
                         TrappaPlan       *plan,
                         TrappaItem       *item)
{
  g_return_if_fail (TRAPPA_IS_RECORD_CELL (self));
  g_return_if_fail ((plan == NULL) == (item == NULL));

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  if (self->item != NULL)
    g_clear_signal_handler (&self->notify_id, self->item);
  g_set_object (&self->plan, plan);
  g_set_object (&self->item, item);
  self->typing = FALSE;
  if (self->editor != NULL)
    set_error (self, NULL);
  if (plan == NULL)
    return;

  if (self->pspec != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", self->pspec->name, NULL);

      self->notify_id = g_signal_connect_swapped (item, signal, G_CALLBACK (refresh), self);
    }
  /* Shows other records than its own: their names, or computed text. */
  if (self->kind == KIND_REFERENCE || self->kind == KIND_REFERENCES || self->kind == KIND_COMPUTED)
    self->changed_id = g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_changed), self);
  if (self->kind == KIND_REFERENCE || self->kind == KIND_REFERENCES)
    update_reference_model (self);
  refresh (self);
}

TrappaItem *
trappa_record_cell_get_item (TrappaRecordCell *self)
{
  g_return_val_if_fail (TRAPPA_IS_RECORD_CELL (self), NULL);
  return self->item;
}

const char *
trappa_record_cell_get_property_name (TrappaRecordCell *self)
{
  g_return_val_if_fail (TRAPPA_IS_RECORD_CELL (self), NULL);
  return self->column->property;
}

const char *
trappa_record_cell_get_error (TrappaRecordCell *self)
{
  g_return_val_if_fail (TRAPPA_IS_RECORD_CELL (self), NULL);
  return self->error;
}

GtkWidget *
trappa_record_cell_get_editor (TrappaRecordCell *self)
{
  g_return_val_if_fail (TRAPPA_IS_RECORD_CELL (self), NULL);
  ensure_drop_down (self);
  return self->editor;
}

int
trappa_record_cell_column_width (GType                     item_type,
                                 const TrappaRecordColumn *column)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);
  GParamSpec *pspec = column->property != NULL ? g_object_class_find_property (G_OBJECT_CLASS (klass), column->property)
                                               : NULL;
  int most = G_MAXINT;

  switch (kind_of (pspec))
    {
    case KIND_FLAG:
      most = FLAG_WIDTH;
      break;
    case KIND_COUNT:
    case KIND_YEAR:
      most = NUMBER_WIDTH;
      break;
    case KIND_NOK:
      most = NOK_WIDTH;
      break;
    case KIND_COMPUTED:
      most = column->numeric ? NUMBER_WIDTH : G_MAXINT;
      break;
    default:
      break;
    }
  return column->width > 0 ? MIN (column->width, most) : column->width;
}
