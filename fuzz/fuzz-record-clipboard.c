/* fuzz-record-clipboard.c: pasting a spreadsheet's rows into a record
 * table
 *
 * The input is the clipboard's text; it is pasted, as the table's Ctrl+V
 * does, into every list of Alver's example plan (and the housing
 * staircase's steps), each column one of the kind's fields, titled by its
 * name. Whatever the text, the paste is refused with a TRAPPA_ERROR and a
 * message, or gives records that copy as text and HTML and paste back as
 * the same rows, and that the plan takes (or refuses as a whole); the
 * plan with every paste it took saves and opens again, and undo takes it
 * back to the same bytes. Alver's lists are cut to their first records,
 * so that saving and opening, not the paste, is not what takes the time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <libxml/HTMLparser.h>

#include "config.h"
#include "trappa-fuzz.h"
#include "trappa-plan-file.h"
#include "trappa-record-clipboard.h"
#include "trappa-records.h"

/* One record table: where its records go and its columns. */
typedef struct
{
  TrappaItem       *parent;
  const char       *list_name;
  GType             item_type;
  TrappaClipColumn *columns;
  guint             n_columns;
} Table;

/* Enough records in each list for references to name. */
#define KEEP_PER_LIST 3

static TrappaPlan *room;
static GBytes *room_bytes;
static GArray *tables;

static void
add_table (TrappaItem *parent,
           const char *list_name,
           GType       item_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (item_type);
  guint n_props;
  GParamSpec **props = trappa_item_class_get_props (TRAPPA_ITEM_CLASS (klass), &n_props);
  Table table = { parent, list_name, item_type, g_new0 (TrappaClipColumn, n_props), 0 };

  for (guint p = 0; p < n_props; p++)
    if (props[p] != NULL)
      table.columns[table.n_columns++] = (TrappaClipColumn) { props[p]->name, props[p]->name };
  g_array_append_val (tables, table);
}

static void
load_room (void)
{
  g_autofree char *path = g_build_filename (SOURCE_EXAMPLESDIR, "alver.trappa", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint n_lists;
  const TrappaItemListInfo *lists;

  trappa_plan_file_init ();
  room = trappa_plan_file_load (file, NULL, NULL, &error);
  if (room == NULL)
    g_error ("%s", error->message);

  tables = g_array_new (FALSE, FALSE, sizeof (Table));
  lists = trappa_item_class_get_lists (TRAPPA_ITEM_GET_CLASS (room), &n_lists);
  for (guint l = 0; l < n_lists; l++)
    {
      GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (room), lists[l].name));
      guint n;

      while ((n = g_list_model_get_n_items (list)) > KEEP_PER_LIST)
        {
          g_autoptr(TrappaItem) last = g_list_model_get_item (list, n - 1);

          trappa_plan_remove (room, last);
        }
      add_table (TRAPPA_ITEM (room), lists[l].name, lists[l].item_type);
    }
  add_table (TRAPPA_ITEM (trappa_plan_get_staircase (room, TRAPPA_STAIRCASE_HOUSING)), "steps", TRAPPA_TYPE_STEP);
  room_bytes = trappa_plan_file_serialize (room);
}

/* The rows as the table's Ctrl+C writes them. */
static char *
copy_rows (const Table *table,
           GPtrArray   *items,
           char       **html)
{
  g_autoptr(TrappaTable) copied = trappa_record_clipboard_table (room, items, table->columns, table->n_columns);

  *html = trappa_record_clipboard_to_html (copied);
  return trappa_record_clipboard_to_tsv (copied);
}

/* The records of @items whose row copies with some text: a row of empty
 * cells is what a paste skips as a blank line. */
static GPtrArray *
not_blank (const Table *table,
           GPtrArray   *items)
{
  g_autoptr(TrappaTable) copied = trappa_record_clipboard_table (room, items, table->columns, table->n_columns);
  GPtrArray *kept = g_ptr_array_new ();

  for (guint r = 0; r < items->len; r++)
    for (guint c = 0; c < table->n_columns; c++)
      {
        g_autofree char *text = trappa_cell_to_csv_text (trappa_table_get_cell (copied, r, c));

        if (*text != '\0')
          {
            g_ptr_array_add (kept, items->pdata[r]);
            break;
          }
      }
  return kept;
}

/* The HTML flavour holds a header and one row per record, each with a
 * cell per column, so its escaping kept every cell apart. */
static void
check_html (const char  *html,
            const Table *table,
            guint        n_rows)
{
  htmlDocPtr doc = htmlReadMemory (html, (int) strlen (html), NULL, "UTF-8",
                                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  xmlNodePtr node = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  guint rows = 0;

  /* html > head|body > table > tr (the parser adds html and body) */
  while (node != NULL && !xmlStrEqual (node->name, BAD_CAST "table"))
    node = node->children != NULL && !xmlStrEqual (node->name, BAD_CAST "head") ? node->children : node->next;
  if (node == NULL)
    abort ();
  for (xmlNodePtr tr = node->children; tr != NULL; tr = tr->next)
    {
      guint cells = 0;

      if (tr->type != XML_ELEMENT_NODE)
        continue;
      rows++;
      for (xmlNodePtr cell = tr->children; cell != NULL; cell = cell->next)
        if (cell->type == XML_ELEMENT_NODE)
          cells++;
      if (!xmlStrEqual (tr->name, BAD_CAST "tr") || cells != table->n_columns)
        abort ();
    }
  if (rows != n_rows + 1)
    abort ();
  xmlFreeDoc (doc);
}

/* Pastes @text into @table; TRUE when the plan took rows (one undo step). */
static gboolean
paste_into (const Table *table,
            const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *tsv = NULL;
  g_autofree char *html = NULL;
  g_autofree char *html_kept = NULL;
  g_autofree char *tsv_again = NULL;
  g_autofree char *html_again = NULL;
  guint inserted = 0;

  items = trappa_record_clipboard_parse (room, table->item_type, table->columns, table->n_columns, text, &error);
  if (items == NULL)
    {
      if (error == NULL || error->domain != TRAPPA_ERROR || error->message[0] == '\0')
        abort ();
      return FALSE;
    }

  /* Copied, a cell per column in the HTML; pasted back, the same rows
   * (but for rows of empty cells, which a paste skips as blank lines). */
  g_free (copy_rows (table, items, &html));
  check_html (html, table, items->len);
  kept = not_blank (table, items);
  tsv = copy_rows (table, kept, &html_kept);
  again = trappa_record_clipboard_parse (room, table->item_type, table->columns, table->n_columns, tsv, NULL);
  if (kept->len > 0 && again == NULL)
    abort ();
  if (again != NULL)
    {
      tsv_again = copy_rows (table, again, &html_again);
      if (!g_str_equal (tsv, tsv_again))
        abort ();
    }

  /* Into the plan as the table's paste does, up to a refused row (the
   * table then takes back the rows before it; here the undo below does). */
  trappa_plan_begin_edit (room, "Paste");
  while (inserted < items->len &&
         trappa_plan_try_insert (room, table->parent, table->list_name, -1, items->pdata[inserted], NULL))
    inserted++;
  trappa_plan_end_edit (room);
  return inserted > 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);

  g_autoptr(GBytes) saved = NULL;
  g_autoptr(TrappaPlan) reopened = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  guint pasted = 0;

  if (room == NULL)
    load_room ();
  for (guint t = 0; t < tables->len; t++)
    pasted += paste_into (&g_array_index (tables, Table, t), text);
  if (pasted == 0)
    return 0;

  saved = trappa_plan_file_serialize (room);
  reopened = trappa_plan_file_parse (saved, "pasted.trappa", NULL, &error);
  /* abort(), not g_error(): libFuzzer keeps the input of an abort. */
  if (reopened == NULL)
    {
      g_printerr ("A plan with pasted rows does not open again: %s\n", error->message);
      abort ();
    }
  for (guint i = 0; i < pasted; i++)
    if (!trappa_plan_undo (room))
      abort ();
  after = trappa_plan_file_serialize (room);
  if (!g_bytes_equal (after, room_bytes))
    abort ();
  return 0;
}
