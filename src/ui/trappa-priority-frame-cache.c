/* trappa-priority-frame-cache.c: what the priority grid keeps from one
 * frame to the next
 *
 * A card move used to paint the whole grid on one cairo node: every
 * quadrant's pattern and every card's text again, and GTK then repainted
 * the whole chart, as a new cairo node is never equal to the old one.
 * Here the background is one texture (trappa-priority-background.c) and
 * each card's spread, leader line and card are render nodes of their own,
 * kept while what they show is the same. GTK compares render nodes by
 * address, so the kept ones cost nothing to compare and nothing to
 * repaint.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-frame-cache"

#include <string.h>

#include "trappa-priority-background.h"
#include "trappa-priority-frame-cache.h"
#include "trappa-priority-painter.h"

/* What every card's look depends on: when any of it changes, no kept
 * node is of use. */
typedef struct
{
  TrappaChartStyle style;
  double           font_px;
  double           min_px;
  double           card_inset;
  gboolean         merged;
  gboolean         participants;
} SharedLook;

/* What one card's layers show. */
typedef struct
{
  cairo_rectangle_t card;
  double            anchor_x, anchor_y;
  double            spread_x, spread_y;
  double            marker_radius;
  PangoLayout      *text;          /* a reference: its address is not reused meanwhile */
  guint             stack;
  guint             dots;
  guint             n_groups;
  gboolean          hidden;        /* in a stack, under its top card */
  gboolean          placed;
  gboolean          marker_scored;
  gboolean          selected;
} CardLook;

typedef struct
{
  CardLook       look;
  guint          frame;            /* last shown */
  GskRenderNode *nodes[TRAPPA_PRIORITY_N_LAYERS];   /* NULL: nothing drawn there */
} CardNodes;

struct _TrappaPriorityFrameCache
{
  TrappaPriorityBackground *background;
  GskRenderNode            *background_node;   /* a texture node */
  SharedLook                shared;
  GHashTable               *cards;  /* measure id → CardNodes */
  guint                     frame;
};

static void
clear_nodes (CardNodes *entry)
{
  for (guint l = 0; l < TRAPPA_PRIORITY_N_LAYERS; l++)
    g_clear_pointer (&entry->nodes[l], gsk_render_node_unref);
  g_clear_object (&entry->look.text);
}

static void
card_nodes_free (gpointer data)
{
  clear_nodes (data);
  g_free (data);
}

static void
look_of (const TrappaPriorityCard *card,
         CardLook                 *look)
{
  /* Zeroed first: looks are compared as bytes. */
  memset (look, 0, sizeof *look);
  look->card = card->card;
  look->anchor_x = card->anchor_x;
  look->anchor_y = card->anchor_y;
  look->spread_x = card->spread_x;
  look->spread_y = card->spread_y;
  look->marker_radius = card->marker_radius;
  look->text = card->text;
  look->stack = card->stack;
  look->dots = card->dots;
  look->n_groups = card->n_groups;
  look->hidden = card->stack_top >= 0;
  look->placed = card->placed;
  look->marker_scored = card->marker_scored;
  look->selected = card->selected;
}

static GskRenderNode *
draw_layer (const TrappaPriorityLayout *layout,
            guint                       index,
            TrappaPriorityLayer         layer)
{
  cairo_rectangle_t extents;
  GskRenderNode *node;
  cairo_t *cr;

  if (!trappa_priority_painter_layer_extents (layout, index, layer, &extents))
    return NULL;
  node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (extents.x, extents.y, extents.width, extents.height));
  cr = gsk_cairo_node_get_draw_context (node);
  trappa_priority_painter_draw_layer (cr, layout, index, layer);
  cairo_destroy (cr);
  return node;
}

/* Card @index's entry, its nodes drawn again when its look changed. */
static CardNodes *
card_nodes (TrappaPriorityFrameCache   *self,
            const TrappaPriorityLayout *layout,
            guint                       index)
{
  const TrappaPriorityCard *card = layout->cards->pdata[index];
  CardNodes *entry = g_hash_table_lookup (self->cards, card->id);
  CardLook look;

  if (entry == NULL)
    {
      entry = g_new0 (CardNodes, 1);
      g_hash_table_insert (self->cards, g_strdup (card->id), entry);
    }
  entry->frame = self->frame;
  look_of (card, &look);
  if (entry->look.text != NULL && memcmp (&look, &entry->look, sizeof look) == 0)
    return entry;

  clear_nodes (entry);
  entry->look = look;
  g_object_ref (entry->look.text);
  for (TrappaPriorityLayer l = 0; l < TRAPPA_PRIORITY_N_LAYERS; l++)
    entry->nodes[l] = draw_layer (layout, index, l);
  return entry;
}

static gboolean
is_stale (gpointer key,
          gpointer value,
          gpointer user_data)
{
  return ((CardNodes *) value)->frame != GPOINTER_TO_UINT (user_data);
}

static GdkTexture *
texture_for (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes =
    g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                (gsize) cairo_image_surface_get_stride (surface) *
                                cairo_image_surface_get_height (surface),
                                (GDestroyNotify) cairo_surface_destroy, cairo_surface_reference (surface));

  /* Cairo's ARGB32 is GDK's default memory format on every byte order. */
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                 cairo_image_surface_get_height (surface),
                                 GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

TrappaPriorityFrameCache *
trappa_priority_frame_cache_new (void)
{
  TrappaPriorityFrameCache *self = g_new0 (TrappaPriorityFrameCache, 1);

  self->background = trappa_priority_background_new ();
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, card_nodes_free);
  return self;
}

void
trappa_priority_frame_cache_free (TrappaPriorityFrameCache *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->background, trappa_priority_background_free);
  g_clear_pointer (&self->background_node, gsk_render_node_unref);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_free (self);
}

void
trappa_priority_frame_cache_snapshot (TrappaPriorityFrameCache   *self,
                                      GtkSnapshot                *snapshot,
                                      const TrappaPriorityLayout *layout,
                                      int                         scale)
{
  SharedLook shared;
  gboolean redrawn;
  cairo_surface_t *background = trappa_priority_background_get (self->background, layout, scale, &redrawn);
  g_autofree CardNodes **entries = g_new (CardNodes *, MAX (layout->cards->len, 1));

  if (redrawn || self->background_node == NULL)
    {
      g_autoptr(GdkTexture) texture = texture_for (background);

      g_clear_pointer (&self->background_node, gsk_render_node_unref);
      self->background_node = gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, layout->width,
                                                                                  layout->height));
    }
  gtk_snapshot_append_node (snapshot, self->background_node);

  /* Field by field on zeroed bytes: looks are compared as bytes. */
  memset (&shared, 0, sizeof shared);
  shared.style = layout->options.style;
  shared.font_px = layout->font_px;
  shared.min_px = layout->options.min_px;
  shared.card_inset = layout->card_inset;
  shared.merged = layout->options.merged;
  shared.participants = layout->options.participants;
  if (memcmp (&shared, &self->shared, sizeof shared) != 0)
    {
      g_hash_table_remove_all (self->cards);
      self->shared = shared;
    }

  self->frame++;
  for (guint i = 0; i < layout->cards->len; i++)
    entries[i] = card_nodes (self, layout, i);
  /* Each layer for every card before the next, as the painter does. */
  for (TrappaPriorityLayer l = 0; l < TRAPPA_PRIORITY_N_LAYERS; l++)
    for (guint i = 0; i < layout->cards->len; i++)
      if (entries[i]->nodes[l] != NULL)
        gtk_snapshot_append_node (snapshot, entries[i]->nodes[l]);
  g_hash_table_foreach_remove (self->cards, is_stale, GUINT_TO_POINTER (self->frame));
}
