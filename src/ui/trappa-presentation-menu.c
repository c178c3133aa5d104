/* trappa-presentation-menu.c: the presenter's menu on the slide
 *
 * A round on-screen-display button in a revealer. The pointer moving over
 * the slide reveals it; two seconds without a move hide it again (never
 * while its menu is open). The first position reported is only noted: a
 * window appearing under a resting pointer is no move.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-presentation-menu"

#include <math.h>

#include <glib/gi18n.h>

#include "trappa-presentation-menu.h"

/* How long the button stays after the pointer rests. */
#define IDLE_MS 2000
/* Less than this is the pointer trembling, not a move (pixels). */
#define MOVE_PX 3.0

struct _TrappaPresentationMenu
{
  GtkWidget   parent_instance;

  GtkWidget  *revealer;
  GtkWidget  *button;
  GMenu      *model;
  GMenu      *pages;
  guint       hide_id;
  gboolean    pointer_known;
  double      pointer_x, pointer_y;
};

G_DEFINE_FINAL_TYPE (TrappaPresentationMenu, trappa_presentation_menu, GTK_TYPE_WIDGET)

static gboolean
hide_when_idle (gpointer data)
{
  TrappaPresentationMenu *self = data;

  self->hide_id = 0;
  if (!trappa_presentation_menu_is_open (self))
    gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), FALSE);
  return G_SOURCE_REMOVE;
}

static void
show_for_a_while (TrappaPresentationMenu *self)
{
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), TRUE);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  self->hide_id = g_timeout_add (IDLE_MS, hide_when_idle, self);
}

/* Back to the chart: its keys (the arrows move cards) work again. */
static void
on_menu_closed (TrappaPresentationMenu *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_WINDOW);

  show_for_a_while (self);
  if (window != NULL)
    gtk_widget_activate_action (window, "presentation.focus-chart", NULL);
}

static void
append (GMenu      *section,
        const char *label,
        const char *detailed_action,
        const char *accel)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, detailed_action);

  if (accel != NULL)
    g_menu_item_set_attribute (item, "accel", "s", accel);
  g_menu_append_item (section, item);
}

static GMenu *
build_model (TrappaPresentationMenu *self)
{
  GMenu *model = g_menu_new ();
  g_autoptr(GMenu) turn = g_menu_new ();
  g_autoptr(GMenu) show = g_menu_new ();
  g_autoptr(GMenu) room = g_menu_new ();
  g_autoptr(GMenu) leave = g_menu_new ();

  append (turn, _("_Next Chart"), "presentation.step(1)", "Page_Down");
  append (turn, _("_Previous Chart"), "presentation.step(-1)", "Page_Up");
  g_menu_append_section (model, NULL, G_MENU_MODEL (turn));
  g_menu_append_submenu (show, _("_Charts"), G_MENU_MODEL (self->pages));
  g_menu_append_section (model, NULL, G_MENU_MODEL (show));
  append (room, _("P_rojector Style"), "settings.projector-style", NULL);
  append (room, _("Start _Live Voting"), "presentation.live-voting", "v");
  g_menu_append_section (model, NULL, G_MENU_MODEL (room));
  append (leave, _("_Keyboard Shortcuts"), "presentation.shortcuts", NULL);
  append (leave, _("L_eave Presentation"), "presentation.leave", "Escape");
  g_menu_append_section (model, NULL, G_MENU_MODEL (leave));
  return model;
}

static void
trappa_presentation_menu_dispose (GObject *object)
{
  TrappaPresentationMenu *self = TRAPPA_PRESENTATION_MENU (object);

  g_clear_handle_id (&self->hide_id, g_source_remove);
  g_clear_pointer (&self->revealer, gtk_widget_unparent);
  g_clear_object (&self->model);
  g_clear_object (&self->pages);
  G_OBJECT_CLASS (trappa_presentation_menu_parent_class)->dispose (object);
}

static void
trappa_presentation_menu_class_init (TrappaPresentationMenuClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = trappa_presentation_menu_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trappa_presentation_menu_init (TrappaPresentationMenu *self)
{
  self->pages = g_menu_new ();
  self->model = build_model (self);
  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "open-menu-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->button), G_MENU_MODEL (self->model));
  gtk_widget_set_tooltip_text (self->button, _("Presentation Menu"));
  gtk_widget_add_css_class (self->button, "osd");
  gtk_widget_add_css_class (self->button, "circular");
  /* The keys stay with the chart. */
  gtk_widget_set_focus_on_click (self->button, FALSE);
  g_signal_connect_object (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->button)), "closed",
                           G_CALLBACK (on_menu_closed), self, G_CONNECT_SWAPPED);

  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer), GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), self->button);
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));
}

GtkWidget *
trappa_presentation_menu_new (void)
{
  return g_object_new (TRAPPA_TYPE_PRESENTATION_MENU, NULL);
}

void
trappa_presentation_menu_add_page (TrappaPresentationMenu *self,
                                   const char             *name,
                                   const char             *title)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (title, NULL);

  g_return_if_fail (TRAPPA_IS_PRESENTATION_MENU (self));

  g_menu_item_set_action_and_target (item, "presentation.show", "s", name);
  g_menu_append_item (self->pages, item);
}

void
trappa_presentation_menu_pointer_moved (TrappaPresentationMenu *self,
                                        double                  x,
                                        double                  y)
{
  gboolean moved = self->pointer_known && (fabs (x - self->pointer_x) >= MOVE_PX ||
                                           fabs (y - self->pointer_y) >= MOVE_PX);

  g_return_if_fail (TRAPPA_IS_PRESENTATION_MENU (self));

  if (self->pointer_known && !moved)
    return;
  self->pointer_known = TRUE;
  self->pointer_x = x;
  self->pointer_y = y;
  if (moved)
    show_for_a_while (self);
}

void
trappa_presentation_menu_popup (TrappaPresentationMenu *self)
{
  g_return_if_fail (TRAPPA_IS_PRESENTATION_MENU (self));

  g_clear_handle_id (&self->hide_id, g_source_remove);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), TRUE);
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->button));
}

gboolean
trappa_presentation_menu_is_open (TrappaPresentationMenu *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRESENTATION_MENU (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->button))));
}

gboolean
trappa_presentation_menu_is_shown (TrappaPresentationMenu *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRESENTATION_MENU (self), FALSE);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->revealer));
}

GMenuModel *
trappa_presentation_menu_get_model (TrappaPresentationMenu *self)
{
  g_return_val_if_fail (TRAPPA_IS_PRESENTATION_MENU (self), NULL);

  return G_MENU_MODEL (self->model);
}
