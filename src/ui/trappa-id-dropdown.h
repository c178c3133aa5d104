/* trappa-id-dropdown.h: a drop-down of plan records (or fixed choices)
 * that remembers the id behind each row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Fills @dropdown with the rows @labels whose ids are @ids (both
 * NULL-terminated, the same length). The row with the id selected before
 * stays selected; else the first. Does nothing when the rows are the same,
 * so an open popover is not disturbed by unrelated edits. */
void        trappa_id_dropdown_set_rows      (GtkDropDown        *dropdown,
                                              const char * const *labels,
                                              const char * const *ids);
/* Rows for the records of @items: first @first_label (id ""), then each
 * record's @name_prop (its id when empty). */
void        trappa_id_dropdown_set_records   (GtkDropDown        *dropdown,
                                              const char         *first_label,
                                              GListModel         *items,
                                              const char         *name_prop);
/* Rows for fixed choices: first @first_label (id ""), then each of @ids
 * labelled by @label_func. */
void        trappa_id_dropdown_set_choices   (GtkDropDown        *dropdown,
                                              const char         *first_label,
                                              const char * const *ids,
                                              const char       *(*label_func) (const char *id));
/* The id of the selected row ("" for none). */
const char *trappa_id_dropdown_get_id        (GtkDropDown        *dropdown);
void        trappa_id_dropdown_select_id     (GtkDropDown        *dropdown,
                                              const char         *id);

G_END_DECLS
