/* trappa-participation-pane.c: planning the participation
 *
 * The three forms seed 002 gives for it, one page each: the
 * participation plan (per target group: who takes part, how, when, who is
 * responsible; appendix 3), the mobilisation plan (how they are reached;
 * appendix 2) and the meeting plan (the meeting item by item: time, why,
 * what, how, minutes, who, preparation; appendix 4). Tables only: these
 * plans have no chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-participation-pane"

#include <glib/gi18n.h>

#include "trappa-participation.h"
#include "trappa-participation-pane.h"
#include "trappa-record-table.h"

/* Column titles are translated once, in class_init. */
static TrappaRecordColumn participation_columns[] = {
  { "target-group", N_("Target group"), 180, FALSE, NULL, NULL, FALSE },
  { "who", N_("Who"), 220, TRUE, NULL, NULL, FALSE },
  { "how", N_("How they take part"), 220, TRUE, NULL, NULL, FALSE },
  { "when", N_("When"), 150, FALSE, NULL, NULL, FALSE },
  { "responsible", N_("Responsible"), 180, FALSE, NULL, NULL, FALSE },
};

static TrappaRecordColumn mobilisation_columns[] = {
  { "target-group", N_("Target group"), 180, FALSE, NULL, NULL, FALSE },
  { "who", N_("Who (people or representatives)"), 220, TRUE, NULL, NULL, FALSE },
  { "how", N_("How they are reached"), 220, TRUE, NULL, NULL, FALSE },
  { "when", N_("When"), 150, FALSE, NULL, NULL, FALSE },
  { "responsible", N_("Responsible"), 180, FALSE, NULL, NULL, FALSE },
};

static TrappaRecordColumn meeting_columns[] = {
  { "time", N_("Time"), 90, FALSE, NULL, NULL, FALSE },
  { "why", N_("Why"), 180, FALSE, NULL, NULL, FALSE },
  { "what", N_("What"), 200, TRUE, NULL, NULL, FALSE },
  { "how", N_("How (method)"), 180, TRUE, NULL, NULL, FALSE },
  { "minutes", N_("Minutes"), 70, FALSE, NULL, NULL, FALSE },
  { "who", N_("Who"), 130, FALSE, NULL, NULL, FALSE },
  { "preparation", N_("Preparation (equipment and more)"), 200, TRUE, NULL, NULL, FALSE },
};

static const struct
{
  const char         *name;         /* the page's name in the stack */
  const char         *title;        /* N_() */
  const char         *description;  /* N_() */
  const char         *list;
  GType             (*item_type) (void);
  TrappaRecordColumn *columns;
  guint               n_columns;
} pages[] = {
  { "participation", N_("Participation Plan"),
    N_("How each target group takes part in the plan work: who, in what way, when, and who is "
       "responsible for it."),
    "participation-plan", trappa_participation_get_type,
    participation_columns, G_N_ELEMENTS (participation_columns) },
  { "mobilisation", N_("Mobilisation Plan"),
    N_("How the people of each target group are reached and brought to the meetings: who they are, "
       "how and when they are asked, and who asks them."),
    "mobilisation-plan", trappa_mobilisation_get_type,
    mobilisation_columns, G_N_ELEMENTS (mobilisation_columns) },
  { "meeting", N_("Meeting Plan"),
    N_("The participation meeting item by item: when, why and what, the way of working, how many "
       "minutes, who leads it and what must be prepared."),
    "meeting-plan", trappa_meeting_item_get_type,
    meeting_columns, G_N_ELEMENTS (meeting_columns) },
};

#define N_PAGES G_N_ELEMENTS (pages)

struct _TrappaParticipationPane
{
  TrappaPane         parent_instance;

  GtkStack          *stack;
  TrappaRecordTable *tables[N_PAGES];
};

G_DEFINE_FINAL_TYPE (TrappaParticipationPane, trappa_participation_pane, TRAPPA_TYPE_PANE)

static void
trappa_participation_pane_plan_changed (TrappaPane *pane,
                                        TrappaPlan *old_plan)
{
  TrappaParticipationPane *self = TRAPPA_PARTICIPATION_PANE (pane);
  TrappaPlan *plan = trappa_pane_get_plan (pane);

  for (guint i = 0; i < N_PAGES; i++)
    trappa_record_table_set_list (self->tables[i], plan, plan != NULL ? TRAPPA_ITEM (plan) : NULL,
                                  plan != NULL ? pages[i].list : NULL);
}

static void
trappa_participation_pane_class_init (TrappaParticipationPaneClass *klass)
{
  TRAPPA_PANE_CLASS (klass)->plan_changed = trappa_participation_pane_plan_changed;

  for (guint i = 0; i < N_PAGES; i++)
    for (guint c = 0; c < pages[i].n_columns; c++)
      pages[i].columns[c].title = _(pages[i].columns[c].title);
}

static void
trappa_participation_pane_init (TrappaParticipationPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *switcher = gtk_stack_switcher_new ();

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->stack);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), switcher);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  for (guint i = 0; i < N_PAGES; i++)
    {
      GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *description = gtk_label_new (_(pages[i].description));

      gtk_label_set_xalign (GTK_LABEL (description), 0);
      gtk_label_set_wrap (GTK_LABEL (description), TRUE);
      gtk_widget_add_css_class (description, "dim-label");
      gtk_box_append (GTK_BOX (page), description);
      self->tables[i] = trappa_record_table_new_in (page, pages[i].item_type (),
                                                    pages[i].columns, pages[i].n_columns);
      gtk_stack_add_titled (self->stack, page, pages[i].name, _(pages[i].title));
    }
}

void
trappa_participation_pane_show_page (TrappaParticipationPane *self,
                                     const char              *name)
{
  g_return_if_fail (TRAPPA_IS_PARTICIPATION_PANE (self));
  gtk_stack_set_visible_child_name (self->stack, name);
}
