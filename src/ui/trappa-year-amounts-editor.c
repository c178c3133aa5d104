/* trappa-year-amounts-editor.c: a field of amounts by year as one entry
 * per year of the action plan
 *
 * Only the window's years are offered: the model refuses amounts for
 * other years, and those of earlier windows are kept as they are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-year-amounts-editor"

#include <glib/gi18n.h>

#include "trappa-action-plan.h"
#include "trappa-format.h"
#include "trappa-year-amounts.h"
#include "trappa-year-amounts-editor.h"

struct _TrappaYearAmountsEditor
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *labels[TRAPPA_ACTION_PLAN_YEARS];
  GtkWidget *entries[TRAPPA_ACTION_PLAN_YEARS];
  GtkWidget *no_years;
  gint64     first_year;
};

G_DEFINE_FINAL_TYPE (TrappaYearAmountsEditor, trappa_year_amounts_editor, GTK_TYPE_WIDGET)

static void
trappa_year_amounts_editor_dispose (GObject *object)
{
  TrappaYearAmountsEditor *self = TRAPPA_YEAR_AMOUNTS_EDITOR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (trappa_year_amounts_editor_parent_class)->dispose (object);
}

static void
trappa_year_amounts_editor_class_init (TrappaYearAmountsEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = trappa_year_amounts_editor_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
trappa_year_amounts_editor_init (TrappaYearAmountsEditor *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  for (guint i = 0; i < TRAPPA_ACTION_PLAN_YEARS; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      self->labels[i] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->labels[i]), 0);
      self->entries[i] = gtk_entry_new ();
      gtk_entry_set_alignment (GTK_ENTRY (self->entries[i]), 1.0);
      gtk_entry_set_input_purpose (GTK_ENTRY (self->entries[i]), GTK_INPUT_PURPOSE_NUMBER);
      gtk_editable_set_width_chars (GTK_EDITABLE (self->entries[i]), 14);
      gtk_label_set_mnemonic_widget (GTK_LABEL (self->labels[i]), self->entries[i]);
      gtk_box_append (GTK_BOX (row), self->labels[i]);
      gtk_box_append (GTK_BOX (row), self->entries[i]);
      gtk_box_append (GTK_BOX (self->box), row);
    }
  self->no_years = gtk_label_new (_("Give the first year of the action plan in the Plan pane "
                                    "to enter costs per year."));
  gtk_label_set_wrap (GTK_LABEL (self->no_years), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->no_years), 30);
  gtk_box_append (GTK_BOX (self->box), self->no_years);
}

GtkWidget *
trappa_year_amounts_editor_new (void)
{
  return g_object_new (TRAPPA_TYPE_YEAR_AMOUNTS_EDITOR, NULL);
}

void
trappa_year_amounts_editor_show (TrappaYearAmountsEditor *self,
                                 gint64                   first_year,
                                 const char              *value)
{
  g_autoptr(GArray) amounts = trappa_year_amounts_parse (value, NULL);

  g_return_if_fail (TRAPPA_IS_YEAR_AMOUNTS_EDITOR (self));

  self->first_year = first_year;
  gtk_widget_set_visible (self->no_years, first_year <= 0);
  for (guint i = 0; i < TRAPPA_ACTION_PLAN_YEARS; i++)
    {
      g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, first_year + i);
      g_autofree char *text = NULL;
      gint64 amount;

      if (amounts != NULL && trappa_year_amounts_lookup (amounts, first_year + i, &amount))
        text = trappa_format_count (amount);
      gtk_label_set_text (GTK_LABEL (self->labels[i]), year);
      gtk_editable_set_text (GTK_EDITABLE (self->entries[i]), text != NULL ? text : "");
      gtk_widget_set_visible (self->labels[i], first_year > 0);
      gtk_widget_set_visible (self->entries[i], first_year > 0);
    }
}

char *
trappa_year_amounts_editor_read (TrappaYearAmountsEditor  *self,
                                 const char               *value,
                                 GError                  **error)
{
  g_autoptr(GArray) amounts = trappa_year_amounts_parse (value, NULL);

  g_return_val_if_fail (TRAPPA_IS_YEAR_AMOUNTS_EDITOR (self), NULL);

  if (amounts == NULL)
    amounts = g_array_new (FALSE, FALSE, sizeof (TrappaYearAmount));
  for (guint i = 0; i < TRAPPA_ACTION_PLAN_YEARS && self->first_year > 0; i++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[i]));
      g_autoptr(GError) problem = NULL;
      gint64 amount = -1;

      if (*text != '\0' && !trappa_parse_count (text, TRAPPA_MAX_NOK, &amount, &problem))
        {
          g_set_error (error, problem->domain, problem->code,
                       _("%d: %s"), (int) (self->first_year + i), problem->message);
          return NULL;
        }
      trappa_year_amounts_put (amounts, self->first_year + i, amount);
    }
  return trappa_year_amounts_to_text (amounts);
}

GtkWidget *
trappa_year_amounts_editor_get_entry (TrappaYearAmountsEditor *self,
                                      guint                    index)
{
  g_return_val_if_fail (TRAPPA_IS_YEAR_AMOUNTS_EDITOR (self), NULL);
  g_return_val_if_fail (index < TRAPPA_ACTION_PLAN_YEARS, NULL);
  return self->entries[index];
}
