/* trappa-paned.c: a divider that splits the room evenly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-paned"

#include "trappa-paned.h"

typedef struct
{
  gboolean moved;     /* the user has placed the divider */
  gboolean placing;   /* we are placing it */
} Divider;

static void
on_max_position (GtkPaned   *paned,
                 GParamSpec *pspec,
                 Divider    *divider)
{
  int max_position, min_position;

  if (divider->moved)
    return;
  g_object_get (paned, "max-position", &max_position, "min-position", &min_position, NULL);
  divider->placing = TRUE;
  gtk_paned_set_position (paned, CLAMP (max_position / 2, min_position, max_position));
  divider->placing = FALSE;
}

static void
on_position (GtkPaned   *paned,
             GParamSpec *pspec,
             Divider    *divider)
{
  if (!divider->placing)
    divider->moved = TRUE;
}

void
trappa_paned_share_evenly (GtkPaned *paned)
{
  Divider *divider = g_new0 (Divider, 1);

  g_return_if_fail (GTK_IS_PANED (paned));

  g_object_set_data_full (G_OBJECT (paned), "trappa-divider", divider, g_free);
  g_signal_connect (paned, "notify::max-position", G_CALLBACK (on_max_position), divider);
  g_signal_connect (paned, "notify::position", G_CALLBACK (on_position), divider);
}
