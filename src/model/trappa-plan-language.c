/* trappa-plan-language.c: a chart's words in the plan's language, whatever
 * the desktop's
 *
 * gettext looks up the process's one language, so the plan's catalogue
 * (the .mo file of the bound directory) is read here, once per language:
 * a table from each msgid to its translation. Switching LANGUAGE instead
 * would change it for every thread, and GLib decides once per process
 * whether to translate at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-plan-language"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "trappa-plan-language.h"

#define MO_MAGIC 0x950412deU

typedef struct
{
  GBytes     *data;       /* the .mo file; the table points into it */
  GHashTable *table;      /* msgid (or context \004 msgid) → translations */
} Catalogue;

/* The language of the chart being laid out on this thread, or NULL. */
static GPrivate current = G_PRIVATE_INIT (NULL);

G_LOCK_DEFINE_STATIC (catalogues);
static GHashTable *catalogues; /* language → Catalogue, or NULL when none */

static guint32
read_u32 (const guint8 *p,
          gboolean      swap)
{
  guint32 v;

  memcpy (&v, p, sizeof v);
  return swap ? GUINT32_SWAP_LE_BE (v) : v;
}

/* A string table entry at @index of the table at @offset, checked against
 * the file's size; NULL when it points outside. */
static const char *
entry (const guint8 *p,
       gsize         size,
       guint32       offset,
       guint32       index,
       gboolean      swap,
       guint32      *length)
{
  guint32 at = offset + 8 * index, start;

  if (at < offset || (gsize) at + 8 > size)
    return NULL;
  *length = read_u32 (p + at, swap);
  start = read_u32 (p + at + 4, swap);
  if ((gsize) start + *length >= size || p[start + *length] != '\0')
    return NULL;
  return (const char *) p + start;
}

static Catalogue *
catalogue_load (const char *language)
{
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  g_autofree char *path = g_build_filename (dir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  Catalogue *catalogue;
  const guint8 *p;
  gsize size;
  gboolean swap;
  guint32 n, originals, translations;

  if (file == NULL)
    return NULL;
  catalogue = g_new0 (Catalogue, 1);
  catalogue->data = g_mapped_file_get_bytes (file);
  catalogue->table = g_hash_table_new (g_str_hash, g_str_equal);
  p = g_bytes_get_data (catalogue->data, &size);
  if (size < 20)
    return catalogue;
  swap = read_u32 (p, FALSE) != MO_MAGIC;
  if (read_u32 (p, swap) != MO_MAGIC)
    return catalogue;
  n = read_u32 (p + 8, swap);
  originals = read_u32 (p + 12, swap);
  translations = read_u32 (p + 16, swap);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_len, str_len;
      const char *id = entry (p, size, originals, i, swap, &id_len);
      const char *str = entry (p, size, translations, i, swap, &str_len);

      /* The header (msgid "") and empty translations are no answer. */
      if (id != NULL && str != NULL && id[0] != '\0' && str[0] != '\0')
        g_hash_table_insert (catalogue->table, (gpointer) id, (gpointer) str);
    }
  return catalogue;
}

static Catalogue *
catalogue_get (const char *language)
{
  Catalogue *catalogue;

  G_LOCK (catalogues);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (catalogues, language, NULL, (gpointer *) &catalogue))
    {
      /* Kept for the process: a plan speaks one of two languages. */
      catalogue = catalogue_load (language);
      g_hash_table_insert (catalogues, g_strdup (language), catalogue);
    }
  G_UNLOCK (catalogues);
  return catalogue;
}

void
trappa_plan_language_push (TrappaPlan *plan)
{
  const char *language = trappa_item_get_string (TRAPPA_ITEM (plan), "language");

  g_private_set (&current, language[0] != '\0' ? (gpointer) g_intern_string (language) : NULL);
}

void
trappa_plan_language_pop (void)
{
  g_private_set (&current, NULL);
}

/* Translation number @form of @msgid in the current chart's language, or
 * NULL when there is none (then the desktop's language answers). */
static const char *
lookup (const char *msgid,
        guint       form)
{
  const char *language = g_private_get (&current);
  Catalogue *catalogue = language != NULL ? catalogue_get (language) : NULL;
  const char *found = catalogue != NULL ? g_hash_table_lookup (catalogue->table, msgid) : NULL;

  /* Plural forms follow each other, each ending in NUL. */
  for (guint i = 0; found != NULL && i < form; i++)
    found += strlen (found) + 1;
  return found;
}

const char *
trappa_plan_language_gettext (const char *msgid)
{
  const char *found = lookup (msgid, 0);

  return found != NULL ? found : g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
trappa_plan_language_ngettext (const char *msgid,
                               const char *plural,
                               gulong      n)
{
  /* Nynorsk and Bokmål: "nplurals=2; plural=(n != 1);". */
  const char *found = lookup (msgid, n != 1);

  return found != NULL ? found : g_dngettext (GETTEXT_PACKAGE, msgid, plural, n);
}
