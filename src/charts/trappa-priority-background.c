/* trappa-priority-background.c: the priority grid without its cards, drawn
 * once and kept while cards move
 *
 * The quadrants' tints, hatching and dots, the labels and the legend were
 * most of the paint of every frame of a card move, and none of them moves
 * with a card. The image is kept with a description of everything it
 * shows, made from the layout itself, so it is drawn again exactly when
 * one of those changes and never shows a stale label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-priority-background"

#include <math.h>

#include "trappa-priority-background.h"
#include "trappa-priority-painter.h"

struct _TrappaPriorityBackground
{
  cairo_surface_t *surface;
  char            *key;
};

static void
append_rect (GString                 *key,
             const cairo_rectangle_t *r)
{
  g_string_append_printf (key, "%.3f,%.3f,%.3f,%.3f;", r->x, r->y, r->width, r->height);
}

/* Everything trappa_priority_painter_draw_background draws from. */
static char *
describe (const TrappaPriorityLayout *layout,
          int                         scale)
{
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%.3f %.3f %d %u %.3f|", layout->width, layout->height, scale,
                          (guint) layout->options.style, layout->font_px);
  append_rect (key, &layout->plot);
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const TrappaPriorityMark *mark = &g_array_index (layout->legend, TrappaPriorityMark, i);

      g_string_append_printf (key, "%d %.3f %.3f %.3f;", mark->kind, mark->x, mark->y, mark->radius);
    }
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const TrappaPriorityLabel *label = layout->labels->pdata[i];
      const PangoFontDescription *font = pango_layout_get_font_description (label->text);

      append_rect (key, &label->box);
      g_string_append_printf (key, "%d %u %d %d %d %u %s\x1f", label->vertical, label->quadrant,
                              pango_layout_get_width (label->text), pango_layout_get_height (label->text),
                              (int) pango_layout_get_alignment (label->text),
                              font != NULL ? pango_font_description_hash (font) : 0,
                              pango_layout_get_text (label->text));
    }
  return g_string_free (key, FALSE);
}

TrappaPriorityBackground *
trappa_priority_background_new (void)
{
  return g_new0 (TrappaPriorityBackground, 1);
}

void
trappa_priority_background_free (TrappaPriorityBackground *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_free (self->key);
  g_free (self);
}

cairo_surface_t *
trappa_priority_background_get (TrappaPriorityBackground   *self,
                                const TrappaPriorityLayout *layout,
                                int                         scale,
                                gboolean                   *redrawn)
{
  g_autofree char *key = NULL;
  cairo_t *cr;

  g_return_val_if_fail (self != NULL && layout != NULL, NULL);

  scale = MAX (scale, 1);
  key = describe (layout, scale);
  if (redrawn != NULL)
    *redrawn = FALSE;
  if (self->surface != NULL && g_str_equal (key, self->key))
    return self->surface;

  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_free (self->key);
  self->key = g_steal_pointer (&key);
  self->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (layout->width * scale),
                                              (int) ceil (layout->height * scale));
  cairo_surface_set_device_scale (self->surface, scale, scale);
  cr = cairo_create (self->surface);
  trappa_priority_painter_draw_background (cr, layout);
  cairo_destroy (cr);
  cairo_surface_flush (self->surface);
  if (redrawn != NULL)
    *redrawn = TRUE;
  return self->surface;
}
