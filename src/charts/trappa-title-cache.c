/* trappa-title-cache.c: card titles measured and fitted once, shared
 * between layouts
 *
 * The priority grid is laid out again after every edit. Measuring and
 * fitting every card's title (five shapings each) took nearly all of a
 * card move's frame with 1,000 measures, though a move changes no title;
 * and a new layout shaped every title again when painted. Here each title
 * is measured once per font, and each fitted title is one PangoLayout that
 * every layout of that title, font, width and line count shares (already
 * shaped after its first paint). Entries not asked for in the last few
 * rounds of layouts (a resized window's old widths, a renamed measure's
 * old title) are dropped.
 *
 * The staircase and gap charts share their labels the same way
 * (trappa_title_cache_wrap): they are laid out again after every edit,
 * trying size after size, and shaped every label anew each time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-title-cache"

#include <math.h>
#include <string.h>

#include "trappa-chart-text.h"
#include "trappa-title-cache.h"

/* Rounds an entry outlives its last use: a chart in the pane, one being
 * presented and an export lay out in turn without losing each other's. */
#define KEEP_ROUNDS 4

typedef struct
{
  PangoFontDescription *font;
  char                 *title;
} Key;

typedef struct
{
  double       width;
  int          lines;   /* 0: wrapped, every line kept */
  guint        round;   /* last asked for */
  PangoLayout *layout;
} Fitted;

typedef struct
{
  Key                 key;
  guint               round;
  gboolean            measured;
  TrappaTitleMetrics  metrics;
  GArray             *fitted;   /* Fitted */
} Entry;

G_LOCK_DEFINE_STATIC (cache);
static GHashTable *entries;   /* Key → Entry */
static guint       now;        /* the current round */

static guint
key_hash (gconstpointer data)
{
  const Key *key = data;

  return g_str_hash (key->title) ^ pango_font_description_hash (key->font);
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const Key *x = a, *y = b;

  return g_str_equal (x->title, y->title) && pango_font_description_equal (x->font, y->font);
}

static void
fitted_clear (gpointer data)
{
  g_clear_object (&((Fitted *) data)->layout);
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  pango_font_description_free (entry->key.font);
  g_free (entry->key.title);
  g_array_unref (entry->fitted);
  g_free (entry);
}

/* The entry of @title in @probe's font, made when missing; with the lock
 * held. */
static Entry *
entry_for (PangoLayout *probe,
           const char  *title)
{
  Key key = { (PangoFontDescription *) pango_layout_get_font_description (probe), (char *) title };
  Entry *entry;

  if (entries == NULL)
    entries = g_hash_table_new_full (key_hash, key_equal, NULL, entry_free);
  entry = g_hash_table_lookup (entries, &key);
  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->key.font = pango_font_description_copy (key.font);
      entry->key.title = g_strdup (title);
      entry->fitted = g_array_new (FALSE, FALSE, sizeof (Fitted));
      g_array_set_clear_func (entry->fitted, fitted_clear);
      g_hash_table_insert (entries, &entry->key, entry);
    }
  entry->round = now;
  return entry;
}

static double
text_extent (PangoLayout *layout,
             const char  *text)
{
  PangoRectangle logical;

  pango_layout_set_width (layout, -1);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return ceil ((double) logical.width / PANGO_SCALE);
}

static void
measure (PangoLayout        *probe,
         const char         *title,
         TrappaTitleMetrics *metrics)
{
  g_autofree char *first = g_strdup (title);

  metrics->widest_word = trappa_chart_text_widest_word (probe, title);
  metrics->whole = text_extent (probe, title);
  g_strdelimit (first, "\t\n", ' ');
  if (strchr (g_strstrip (first), ' ') != NULL)
    *strchr (first, ' ') = '\0';
  metrics->first_word = text_extent (probe, first);
}

void
trappa_title_cache_next_round (void)
{
  GHashTableIter iter;
  Entry *entry;

  G_LOCK (cache);
  now++;
  if (entries != NULL)
    {
      g_hash_table_iter_init (&iter, entries);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
        if (now - entry->round > KEEP_ROUNDS)
          g_hash_table_iter_remove (&iter);
        else
          for (guint i = entry->fitted->len; i-- > 0;)
            if (now - g_array_index (entry->fitted, Fitted, i).round > KEEP_ROUNDS)
              g_array_remove_index_fast (entry->fitted, i);
    }
  G_UNLOCK (cache);
}

void
trappa_title_cache_measure (PangoLayout        *probe,
                            const char         *title,
                            TrappaTitleMetrics *metrics)
{
  Entry *entry;

  g_return_if_fail (pango_layout_get_font_description (probe) != NULL);

  G_LOCK (cache);
  entry = entry_for (probe, title);
  if (!entry->measured)
    {
      measure (probe, title, &entry->metrics);
      entry->measured = TRUE;
    }
  *metrics = entry->metrics;
  G_UNLOCK (cache);
}

/* The shared layout of @title fitted to @width and @lines (0: wrapped to
 * @width, every line; @width <= 0: one line), made when missing. */
static PangoLayout *
shared_layout (PangoLayout *probe,
               const char  *title,
               double       width,
               int          lines)
{
  Fitted fitted = { width, lines, 0, NULL };
  Entry *entry;

  g_return_val_if_fail (pango_layout_get_font_description (probe) != NULL, NULL);

  G_LOCK (cache);
  entry = entry_for (probe, title);
  for (guint i = 0; i < entry->fitted->len && fitted.layout == NULL; i++)
    {
      Fitted *f = &g_array_index (entry->fitted, Fitted, i);

      if (f->width == width && f->lines == lines)
        {
          f->round = now;
          fitted.layout = g_object_ref (f->layout);
        }
    }
  if (fitted.layout == NULL)
    {
      fitted.layout = pango_layout_copy (probe);
      fitted.round = now;
      if (lines > 0)
        trappa_chart_text_fit_words (fitted.layout, title, width, lines);
      else
        {
          pango_layout_set_width (fitted.layout, width > 0 ? (int) (MAX (width, 1.0) * PANGO_SCALE) : -1);
          pango_layout_set_text (fitted.layout, title, -1);
        }
      g_array_append_val (entry->fitted, fitted);
      g_object_ref (fitted.layout);
    }
  G_UNLOCK (cache);
  return fitted.layout;
}

PangoLayout *
trappa_title_cache_fit (PangoLayout *probe,
                        const char  *title,
                        double       width,
                        int          lines)
{
  g_return_val_if_fail (lines > 0, NULL);
  return shared_layout (probe, title, width, lines);
}

PangoLayout *
trappa_title_cache_wrap (PangoLayout *probe,
                         const char  *text,
                         double       width)
{
  return shared_layout (probe, text, width, 0);
}
