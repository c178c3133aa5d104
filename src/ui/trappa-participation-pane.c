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
#include "trappa-tool-pane.h"

static const TrappaRecordColumn participation_columns[] = {
  { "target-group", N_("Target group"), 180, FALSE, NULL, NULL, FALSE },
  { "who", N_("Who"), 220, TRUE, NULL, NULL, FALSE },
  { "how", N_("How they take part"), 220, TRUE, NULL, NULL, FALSE },
  { "when", N_("When"), 150, FALSE, NULL, NULL, FALSE },
  { "responsible", N_("Responsible"), 180, FALSE, NULL, NULL, FALSE },
};

static const TrappaRecordColumn mobilisation_columns[] = {
  { "target-group", N_("Target group"), 180, FALSE, NULL, NULL, FALSE },
  { "who", N_("Who (people or representatives)"), 220, TRUE, NULL, NULL, FALSE },
  { "how", N_("How they are reached"), 220, TRUE, NULL, NULL, FALSE },
  { "when", N_("When"), 150, FALSE, NULL, NULL, FALSE },
  { "responsible", N_("Responsible"), 180, FALSE, NULL, NULL, FALSE },
};

static const TrappaRecordColumn meeting_columns[] = {
  { "time", N_("Time"), 90, FALSE, NULL, NULL, FALSE },
  { "why", N_("Why"), 180, FALSE, NULL, NULL, FALSE },
  { "what", N_("What"), 200, TRUE, NULL, NULL, FALSE },
  { "how", N_("How (method)"), 180, TRUE, NULL, NULL, FALSE },
  { "minutes", N_("Minutes"), 70, FALSE, NULL, NULL, FALSE },
  { "who", N_("Who"), 130, FALSE, NULL, NULL, FALSE },
  { "preparation", N_("Preparation (equipment and more)"), 200, TRUE, NULL, NULL, FALSE },
};

/* One page each, named by its list; the heading is the page's title. */
static const TrappaToolPaneInfo pages[] = {
  { .heading = N_("Participation Plan"),
    .description = N_("How each target group takes part in the plan work: who, in what way, when, and who is "
                      "responsible for it."),
    .list = "participation-plan", .item_type = trappa_participation_get_type,
    .columns = participation_columns, .n_columns = G_N_ELEMENTS (participation_columns) },
  { .heading = N_("Mobilisation Plan"),
    .description = N_("How the people of each target group are reached and brought to the meetings: who they "
                      "are, how and when they are asked, and who asks them."),
    .list = "mobilisation-plan", .item_type = trappa_mobilisation_get_type,
    .columns = mobilisation_columns, .n_columns = G_N_ELEMENTS (mobilisation_columns) },
  { .heading = N_("Meeting Plan"),
    .description = N_("The participation meeting item by item: when, why and what, the way of working, how many "
                      "minutes, who leads it and what must be prepared."),
    .list = "meeting-plan", .item_type = trappa_meeting_item_get_type,
    .columns = meeting_columns, .n_columns = G_N_ELEMENTS (meeting_columns) },
};

struct _TrappaParticipationPane
{
  TrappaPane         parent_instance;

  GtkStack          *stack;
};

G_DEFINE_FINAL_TYPE (TrappaParticipationPane, trappa_participation_pane, TRAPPA_TYPE_PANE)

static void
trappa_participation_pane_class_init (TrappaParticipationPaneClass *klass)
{
}

static void
trappa_participation_pane_init (TrappaParticipationPane *self)
{
  GtkWidget *box = trappa_pane_add_box (TRAPPA_PANE (self));
  GtkWidget *switcher = gtk_stack_switcher_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->stack);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), switcher);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      trappa_tool_pane_add_tool (TRAPPA_PANE (self), page, &pages[i]);
      gtk_stack_add_titled (self->stack, page, pages[i].list, _(pages[i].heading));
    }
}

void
trappa_participation_pane_show_page (TrappaParticipationPane *self,
                                     const char              *name)
{
  g_return_if_fail (TRAPPA_IS_PARTICIPATION_PANE (self));
  gtk_stack_set_visible_child_name (self->stack, name);
}
