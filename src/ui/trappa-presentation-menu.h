/* trappa-presentation-menu.h: the presenter's menu on the slide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRAPPA_TYPE_PRESENTATION_MENU (trappa_presentation_menu_get_type ())
G_DECLARE_FINAL_TYPE (TrappaPresentationMenu, trappa_presentation_menu, TRAPPA, PRESENTATION_MENU, GtkWidget)

/* A small round menu button for a corner of the slide: hidden until the
 * pointer moves, hidden again once it rests, so the room sees only the
 * chart. Its menu: next and previous chart, the list of charts
 * ("presentation.show" with each page's name), Projector Style
 * ("settings.projector-style", when the settings are installed), Start
 * Live Voting ("presentation.live-voting"), Keyboard Shortcuts
 * ("presentation.shortcuts") and Leave ("presentation.leave"). */
GtkWidget  *trappa_presentation_menu_new           (void);
/* Adds a page to the chart list. */
void        trappa_presentation_menu_add_page      (TrappaPresentationMenu *self,
                                                    const char             *name,
                                                    const char             *title);
/* The pointer moved to (@x, @y) on the slide: the button shows for a
 * while. */
void        trappa_presentation_menu_pointer_moved (TrappaPresentationMenu *self,
                                                    double                  x,
                                                    double                  y);
/* Shows the button and opens its menu (F10, a right click). */
void        trappa_presentation_menu_popup         (TrappaPresentationMenu *self);
gboolean    trappa_presentation_menu_is_open       (TrappaPresentationMenu *self);
/* Whether the button shows now. */
gboolean    trappa_presentation_menu_is_shown      (TrappaPresentationMenu *self);
/* The menu (for tests and the accessible tree). */
GMenuModel *trappa_presentation_menu_get_model     (TrappaPresentationMenu *self);

G_END_DECLS
