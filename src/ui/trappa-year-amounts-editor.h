/* trappa-year-amounts-editor.h: a field of amounts by year as one entry
 * per year of the action plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TRAPPA_TYPE_YEAR_AMOUNTS_EDITOR (trappa_year_amounts_editor_get_type ())
G_DECLARE_FINAL_TYPE (TrappaYearAmountsEditor, trappa_year_amounts_editor, TRAPPA,
                      YEAR_AMOUNTS_EDITOR, GtkWidget)

GtkWidget *trappa_year_amounts_editor_new   (void);

/* Shows @value (stored text) for the action plan's years from
 * @first_year; 0: the plan has no such years, and says so. */
void       trappa_year_amounts_editor_show  (TrappaYearAmountsEditor *self,
                                             gint64                   first_year,
                                             const char              *value);

/* The entries' amounts merged into @value (an empty entry removes its
 * year; other years stay), as stored text; NULL and a message naming the
 * year when an amount is no amount. */
char      *trappa_year_amounts_editor_read  (TrappaYearAmountsEditor *self,
                                             const char              *value,
                                             GError                 **error);

/* The entry of the @index-th year, for tests. */
GtkWidget *trappa_year_amounts_editor_get_entry (TrappaYearAmountsEditor *self,
                                                 guint                    index);

G_END_DECLS
