/* trappa-action-plan-pane.c: the action plan (handlingsplan)
 *
 * Read-only: the measures are edited in the Measures pane; this pane
 * shows them as the written plan does (seed 002's table per target area,
 * the cost of each year of the action plan, the sums), all from
 * TrappaActionPlan, so it agrees with the report and the export. Rolling
 * the plan on to the next year starts here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-action-plan-pane"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "trappa-action-plan-pane.h"
#include "trappa-action-plan-revisions.h"
#include "trappa-action-plan-roll.h"
#include "trappa-action-plan-table.h"
#include "trappa-measure.h"
#include "trappa-table-grid.h"

struct _TrappaActionPlanPane
{
  TrappaPane  parent_instance;

  GtkWidget  *title;
  GtkWidget  *filter;
  GtkWidget  *roll;
  GtkWidget  *content;
};

G_DEFINE_FINAL_TYPE (TrappaActionPlanPane, trappa_action_plan_pane, TRAPPA_TYPE_PANE)

#define PLAN(self) trappa_pane_get_plan (TRAPPA_PANE (self))

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The content is shown as a sequence of pieces (a heading, a goal, a
 * table) each time the plan changes; where the piece already at that
 * place is of the same kind it is updated in place, so an edit of one
 * measure's cost sets a few labels instead of building every table
 * again. From the first piece that differs on, the rest is built anew. */
typedef struct
{
  GtkWidget *content;
  GtkWidget *next;     /* the piece shown at this place, or NULL */
} Pieces;

/* Which kind of label a piece is: its style class, "" for none. */
#define PIECE_KIND "trappa-piece-kind"

static void
drop_rest (Pieces *pieces)
{
  while (pieces->next != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (pieces->next);

      gtk_box_remove (GTK_BOX (pieces->content), pieces->next);
      pieces->next = next;
    }
}

static void
put_label (Pieces     *pieces,
           const char *text,
           const char *css_class)
{
  const char *kind = css_class != NULL ? css_class : "";
  GtkWidget *label;

  if (pieces->next != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (pieces->next), PIECE_KIND), kind) == 0)
    {
      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (pieces->next)), text) != 0)
        gtk_label_set_text (GTK_LABEL (pieces->next), text);
      pieces->next = gtk_widget_get_next_sibling (pieces->next);
      return;
    }
  drop_rest (pieces);
  label = text_label (text, css_class);
  g_object_set_data (G_OBJECT (label), PIECE_KIND, (gpointer) kind);
  gtk_box_append (GTK_BOX (pieces->content), label);
}

/* Takes @table. */
static void
put_table (Pieces      *pieces,
           TrappaTable *table)
{
  if (pieces->next != NULL && GTK_IS_GRID (pieces->next))
    {
      trappa_table_grid_show (pieces->next, table);
      pieces->next = gtk_widget_get_next_sibling (pieces->next);
      return;
    }
  drop_rest (pieces);
  gtk_box_append (GTK_BOX (pieces->content), trappa_table_grid_new (table));
}

static void
put_area (Pieces                     *pieces,
          const TrappaActionPlan     *plan,
          const TrappaActionPlanArea *area)
{
  g_autoptr(TrappaTable) table = trappa_action_plan_area_table (plan, area, TRUE);

  put_label (pieces, trappa_action_plan_area_name (area), "title-4");
  if (area->area != NULL && trappa_item_get_string (area->area, "goal")[0] != '\0')
    {
      g_autofree char *goal = g_strdup_printf (_("Goal: %s"), trappa_item_get_string (area->area, "goal"));

      put_label (pieces, goal, NULL);
    }
  trappa_table_drop_empty_columns (table);
  put_table (pieces, g_steal_pointer (&table));
}

static void
show_pieces (TrappaActionPlanPane   *self,
             const TrappaActionPlan *plan)
{
  Pieces pieces = { self->content, gtk_widget_get_first_child (self->content) };

  if (plan != NULL && plan->areas->len == 0)
    put_label (&pieces, _("No measures in the action plan. Measures are added in the Measures pane."), "dim-label");
  else if (plan != NULL)
    {
      g_autoptr(TrappaTable) sums = trappa_action_plan_sums_table (plan);

      for (guint i = 0; i < plan->areas->len; i++)
        put_area (&pieces, plan, plan->areas->pdata[i]);
      put_label (&pieces, _("Cost per target area and year"), "title-4");
      put_table (&pieces, g_steal_pointer (&sums));
    }
  drop_rest (&pieces);
}

static void
rebuild (TrappaActionPlanPane *self)
{
  g_autoptr(TrappaActionPlan) plan = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) why = NULL;
  const char *tooltip;

  if (PLAN (self) == NULL)
    {
      show_pieces (self, NULL);
      return;
    }
  plan = trappa_action_plan_new (PLAN (self), gtk_drop_down_get_selected (GTK_DROP_DOWN (self->filter)) == 1);
  title = plan->first_year > 0
          ? g_strdup_printf (_("Action Plan %d–%d"), (int) plan->first_year,
                             (int) (plan->first_year + TRAPPA_ACTION_PLAN_YEARS - 1))
          : g_strdup (_("Action Plan"));
  gtk_label_set_text (GTK_LABEL (self->title), title);
  /* Off, saying why, where the plan would refuse the roll; the tooltip
   * set only when it changes. */
  gtk_widget_set_sensitive (self->roll, trappa_action_plan_can_roll (PLAN (self), &why));
  tooltip = why != NULL ? why->message : NULL;
  if (g_strcmp0 (gtk_widget_get_tooltip_text (self->roll), tooltip) != 0)
    gtk_widget_set_tooltip_text (self->roll, tooltip);
  show_pieces (self, plan);
}

static void
on_roll_text_changed (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "roll", *text != '\0');
}

static void
on_roll_response (AdwMessageDialog     *dialog,
                  const char           *response,
                  TrappaActionPlanPane *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "roll") != 0 || PLAN (self) == NULL)
    return;
  now = g_date_time_new_now_local ();
  today = g_date_time_format (now, "%Y-%m-%d");
  text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (trappa_action_plan_roll (PLAN (self), today, text, &error) == NULL)
    {
      GtkWidget *refused = adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                                   _("The Action Plan Was Not Rolled"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (refused), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refused));
    }
}

static void
on_roll_clicked (TrappaActionPlanPane *self)
{
  gint64 first = trappa_action_plan_first_year (PLAN (self));
  gint64 last = first + TRAPPA_ACTION_PLAN_YEARS - 1;
  g_auto(GStrv) done = trappa_action_plan_newly_done (PLAN (self));
  g_autofree char *done_text = trappa_action_plan_revisions_done_text (PLAN (self), (const char * const *) done);
  g_autofree char *moves = g_strdup_printf (_("The action plan moves from %d–%d to %d–%d. Unfinished measures "
                                              "stay in it; measures that are done are recorded in this "
                                              "revision and leave it. Say in a few words what the revision is."),
                                            (int) first, (int) last, (int) first + 1, (int) last + 1);
  /* Which measures leave, by name: the roll's one lasting effect besides the years. */
  g_autofree char *body = g_strdup_printf ("%s\n\n%s", moves, done_text);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Roll the Action Plan to the Next Year?"), body);
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("For example: Revised with the economy plan"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the revision is"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "roll", _("_Roll"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "roll", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "roll", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_roll_text_changed), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_roll_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
trappa_action_plan_pane_plan_changed (TrappaPane *pane,
                                      TrappaPlan *old_plan)
{
  rebuild (TRAPPA_ACTION_PLAN_PANE (pane));
}

static void
trappa_action_plan_pane_refresh (TrappaPane *pane)
{
  rebuild (TRAPPA_ACTION_PLAN_PANE (pane));
}

static void
trappa_action_plan_pane_class_init (TrappaActionPlanPaneClass *klass)
{
  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_action_plan_pane_plan_changed;
  TRAPPA_PANE_CLASS (klass)->refresh = trappa_action_plan_pane_refresh;
}

static void
trappa_action_plan_pane_init (TrappaActionPlanPane *self)
{
  const char *filters[] = { _("Adopted Measures Only"), _("With Proposals"), NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  self->title = text_label (_("Action Plan"), "title-2");
  gtk_widget_set_hexpand (self->title, TRUE);
  gtk_box_append (GTK_BOX (bar), self->title);
  self->filter = gtk_drop_down_new_from_strings (filters);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->filter), 1);
  gtk_widget_set_valign (self->filter, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Measures shown"), -1);
  g_signal_connect_swapped (self->filter, "notify::selected", G_CALLBACK (rebuild), self);
  gtk_box_append (GTK_BOX (bar), self->filter);
  self->roll = gtk_button_new_with_mnemonic (_("_Roll to Next Year…"));
  gtk_widget_set_valign (self->roll, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->roll, "clicked", G_CALLBACK (on_roll_clicked), self);
  gtk_box_append (GTK_BOX (bar), self->roll);
  gtk_box_append (GTK_BOX (box), bar);

  gtk_box_append (GTK_BOX (box), text_label (_("The measures of each target area with their cost in kroner in "
                                                "each year of the economy plan, investment and operating cost "
                                                "together. Measures are edited in the Measures pane."),
                                              "dim-label"));
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (box), self->content);
}

GtkWidget *
trappa_action_plan_pane_new (void)
{
  return g_object_new (TRAPPA_TYPE_ACTION_PLAN_PANE, NULL);
}
