/* trappa-vote-qr-view.c: a QR code on screen, as large as it fits
 *
 * The widget only sizes and places the square; src/vote paints the code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote-qr-view"

#include <glib/gi18n.h>

#include "trappa-vote-qr-view.h"
#include "trappa-vote-qr.h"

#define MIN_SIZE 160   /* px: a phone across a meeting room still reads this */

struct _TrappaVoteQrView
{
  GtkWidget  parent_instance;

  char      *text;
};

G_DEFINE_FINAL_TYPE (TrappaVoteQrView, trappa_vote_qr_view, GTK_TYPE_WIDGET)

static void
trappa_vote_qr_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  TrappaVoteQrView *self = TRAPPA_VOTE_QR_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int size = MIN (width, height);
  cairo_t *cr;

  if (self->text == NULL || size <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* Only an address longer than a QR code holds fails, which the voting
   * server never makes; then the square stays empty. */
  trappa_vote_qr_paint (cr, self->text, (width - size) / 2, (height - size) / 2, size, NULL);
  cairo_destroy (cr);
}

static void
trappa_vote_qr_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = MIN_SIZE;
  *natural = MAX (MIN_SIZE, for_size);
}

static void
trappa_vote_qr_view_finalize (GObject *object)
{
  g_free (TRAPPA_VOTE_QR_VIEW (object)->text);

  G_OBJECT_CLASS (trappa_vote_qr_view_parent_class)->finalize (object);
}

static void
trappa_vote_qr_view_class_init (TrappaVoteQrViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = trappa_vote_qr_view_finalize;
  widget_class->snapshot = trappa_vote_qr_view_snapshot;
  widget_class->measure = trappa_vote_qr_view_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
trappa_vote_qr_view_init (TrappaVoteQrView *self)
{
}

GtkWidget *
trappa_vote_qr_view_new (const char *text)
{
  TrappaVoteQrView *self = g_object_new (TRAPPA_TYPE_VOTE_QR_VIEW, NULL);

  trappa_vote_qr_view_set_text (self, text);
  return GTK_WIDGET (self);
}

void
trappa_vote_qr_view_set_text (TrappaVoteQrView *self,
                              const char       *text)
{
  g_autofree char *label = NULL;

  g_return_if_fail (TRAPPA_IS_VOTE_QR_VIEW (self));

  g_free (self->text);
  self->text = g_strdup (text);
  label = text != NULL ? g_strdup_printf (_("QR code of %s"), text) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label ?: "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
