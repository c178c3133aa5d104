/* trappa-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-item"

#include <string.h>

#include "trappa-item.h"

typedef struct
{
  GValue      *values;   /* the base's N_BASE fields, then the subclass's */
  GListStore **lists;
  GPtrArray   *foreign;
} TrappaItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TrappaItem, trappa_item, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_EXAMPLE, N_PROPS };
static GParamSpec *properties[N_PROPS];
#define N_BASE (N_PROPS - 1)

static GHashTable *tag_types;
static GListStore *no_lists[] = { NULL };

static GQuark trappa_reference_quark (void);
static GQuark trappa_choices_quark (void);
static GQuark trappa_on_delete_quark (void);
static GQuark trappa_scope_quark (void);
G_DEFINE_QUARK (trappa-reference, trappa_reference)
G_DEFINE_QUARK (trappa-on-delete, trappa_on_delete)
G_DEFINE_QUARK (trappa-scope, trappa_scope)
G_DEFINE_QUARK (trappa-choices, trappa_choices)

/* A field's kind in its spec's user flags: asked for every field read,
 * a flag is a bit test where qdata takes a lock. What a kind carries
 * (the referenced type, the choices, the scope) is qdata as well. */
enum
{
  MARK_REFERENCE    = 1 << (G_PARAM_USER_SHIFT + 0),
  MARK_MULTILINE    = 1 << (G_PARAM_USER_SHIFT + 1),
  MARK_NOK          = 1 << (G_PARAM_USER_SHIFT + 2),
  MARK_CHOICES      = 1 << (G_PARAM_USER_SHIFT + 3),
  MARK_DATE         = 1 << (G_PARAM_USER_SHIFT + 4),
  MARK_YEAR         = 1 << (G_PARAM_USER_SHIFT + 5),
  MARK_RULES        = 1 << (G_PARAM_USER_SHIFT + 6),
  MARK_REQUIRED     = 1 << (G_PARAM_USER_SHIFT + 7),
  MARK_YEAR_AMOUNTS = 1 << (G_PARAM_USER_SHIFT + 8),
};

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Storage is made on first use: during the base instance_init the class
 * pointer is still the base class, so the subclass's size is not known. */
static TrappaItemPrivate *
ensure_storage (TrappaItem *self)
{
  TrappaItemPrivate *priv = trappa_item_get_instance_private (self);
  TrappaItemClass *klass;

  if (priv->values != NULL)
    return priv;

  klass = TRAPPA_ITEM_GET_CLASS (self);
  /* The defaults own nothing (see make_defaults): a byte copy is a copy. */
  priv->values = g_memdup2 (klass->defaults, sizeof (GValue) * (N_BASE + klass->n_props));

  /* Most records (a score, a step) have no lists: they share an empty
   * one rather than each allocating a terminator. */
  priv->lists = klass->n_lists > 0 ? g_new0 (GListStore *, klass->n_lists + 1) : no_lists;
  for (guint i = 0; i < klass->n_lists; i++)
    priv->lists[i] = g_list_store_new (klass->lists[i].item_type);

  return priv;
}

static guint
value_index (GParamSpec *pspec,
             guint       prop_id)
{
  return pspec->owner_type == TRAPPA_TYPE_ITEM ? prop_id - 1 : N_BASE + prop_id - 1;
}

static gboolean
over_max_length (GParamSpec   *pspec,
                 const GValue *value)
{
  guint max = trappa_param_spec_get_max_length (pspec);
  const char * const *strv;

  if (max == 0)
    return FALSE;
  if (G_VALUE_HOLDS_STRING (value))
    return trappa_text_over_length (g_value_get_string (value), max);
  strv = g_value_get_boxed (value);
  return strv != NULL && g_strv_length ((char **) strv) > max;
}

static void
cut_to_max_length (GParamSpec   *pspec,
                   const GValue *value,
                   GValue       *cut)
{
  guint max = trappa_param_spec_get_max_length (pspec);

  g_value_init (cut, G_VALUE_TYPE (value));
  if (G_VALUE_HOLDS_STRING (value))
    g_value_take_string (cut, g_utf8_substring (g_value_get_string (value), 0, max));
  else
    {
      GStrvBuilder *builder = g_strv_builder_new ();
      const char * const *strv = g_value_get_boxed (value);

      for (guint i = 0; i < max; i++)
        g_strv_builder_add (builder, strv[i]);
      g_value_take_boxed (cut, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }
}

static void
trappa_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TrappaItemPrivate *priv = ensure_storage (TRAPPA_ITEM (object));

  g_value_copy (&priv->values[value_index (pspec, prop_id)], value);
}

/* XML 1.0, and so the plan file, has no place for the noncharacters
 * U+FFFE and U+FFFF (UTF-8 EF BF BE/BF) or for control characters other
 * than tab, line feed and carriage return. Typed, pasted or imported, they
 * are dropped here, where every value arrives, so that a plan can always
 * be saved. Returns NULL when @text has none. */
static char *
storable_text (const char *text)
{
  GString *clean = NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;
      gsize skip = 0;

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        skip = 1;
      else if (c == 0xEF && (guchar) p[1] == 0xBF && ((guchar) p[2] == 0xBE || (guchar) p[2] == 0xBF))
        skip = 3;
      if (skip > 0 && clean == NULL)
        clean = g_string_new_len (text, p - text);
      if (skip > 0)
        p += skip - 1;
      else if (clean != NULL)
        g_string_append_c (clean, c);
    }
  return clean != NULL ? g_string_free (clean, FALSE) : NULL;
}

char *
trappa_text_storable (const char *text)
{
  char *storable = storable_text (text);

  return storable != NULL ? storable : g_strdup (text);
}

gboolean
trappa_text_is_blank (const char *text)
{
  g_autofree char *storable = storable_text (text);
  const char *kept = storable != NULL ? storable : text;

  return kept[strspn (kept, " \t\r\n")] == '\0';
}

/* What @pspec's field keeps of @value, in @kept (left unset when that is
 * @value itself): storable text, never a NULL string ("" means "not
 * given"), within the field's length. */
static const GValue *
value_to_keep (GParamSpec   *pspec,
               const GValue *value,
               GValue       *kept)
{
  char *storable;

  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) == NULL)
    {
      g_value_init (kept, G_TYPE_STRING);
      g_value_set_static_string (kept, "");
      return kept;
    }
  if (G_VALUE_HOLDS_STRING (value) && (storable = storable_text (g_value_get_string (value))) != NULL)
    {
      g_value_init (kept, G_TYPE_STRING);
      g_value_take_string (kept, storable);
      value = kept;
    }
  if (over_max_length (pspec, value))
    {
      /* The file reader and the cells refuse such text first; this only
       * keeps any other way in (a paste, an import) within the limit. */
      g_auto(GValue) cut = G_VALUE_INIT;

      cut_to_max_length (pspec, value, &cut);
      if (G_IS_VALUE (kept))
        g_value_unset (kept);
      *kept = cut;
      cut = (GValue) G_VALUE_INIT;
      return kept;
    }
  return value;
}

static void
trappa_item_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TrappaItemPrivate *priv = ensure_storage (TRAPPA_ITEM (object));
  GValue *slot = &priv->values[value_index (pspec, prop_id)];
  g_auto(GValue) kept = G_VALUE_INIT;

  value = value_to_keep (pspec, value, &kept);
  if (g_param_values_cmp (pspec, slot, value) == 0)
    return;
  g_value_copy (value, slot);
  g_object_notify_by_pspec (object, pspec);
}

static void
trappa_item_dispose (GObject *object)
{
  TrappaItemPrivate *priv = trappa_item_get_instance_private (TRAPPA_ITEM (object));

  if (priv->lists != NULL && priv->lists != no_lists)
    {
      for (guint i = 0; priv->lists[i] != NULL; i++)
        g_clear_object (&priv->lists[i]);
      g_clear_pointer (&priv->lists, g_free);
    }
  priv->lists = NULL;

  G_OBJECT_CLASS (trappa_item_parent_class)->dispose (object);
}

static void
trappa_item_finalize (GObject *object)
{
  TrappaItem *self = TRAPPA_ITEM (object);
  TrappaItemPrivate *priv = trappa_item_get_instance_private (self);

  if (priv->values != NULL)
    {
      guint n = N_BASE + TRAPPA_ITEM_GET_CLASS (self)->n_props;

      for (guint i = 0; i < n; i++)
        g_value_unset (&priv->values[i]);
      g_clear_pointer (&priv->values, g_free);
    }
  g_clear_pointer (&priv->foreign, g_ptr_array_unref);

  G_OBJECT_CLASS (trappa_item_parent_class)->finalize (object);
}

/* A new record's fields, made once per kind: setting up each field of
 * each new record by its type was a good part of making 20,000 scores. */
static GValue *
make_defaults (TrappaItemClass *klass)
{
  GValue *values = g_new0 (GValue, N_BASE + klass->n_props);

  for (guint i = 0; i < N_BASE + klass->n_props; i++)
    {
      GParamSpec *pspec = i < N_BASE ? properties[i + 1] : klass->props[i - N_BASE + 1];

      g_value_init (&values[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
      /* A text's default lives as long as its spec (a record kind is a
       * static type): no copy per record, most of which keep it. The
       * other fields are numbers, flags and lists of ids (NULL). */
      if (G_IS_PARAM_SPEC_STRING (pspec))
        g_value_set_static_string (&values[i], G_PARAM_SPEC_STRING (pspec)->default_value);
      else
        g_param_value_set_default (pspec, &values[i]);
    }
  return values;
}

static void
trappa_item_class_init (TrappaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = trappa_item_get_property;
  object_class->set_property = trappa_item_set_property;
  object_class->dispose = trappa_item_dispose;
  object_class->finalize = trappa_item_finalize;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", PARAM_FLAGS);
  /* Marks figures that are made up (example plans), not from a source. */
  properties[PROP_EXAMPLE] = g_param_spec_boolean ("example", NULL, NULL, FALSE, PARAM_FLAGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  klass->defaults = make_defaults (klass);
}

static void
trappa_item_init (TrappaItem *self)
{
}

void
trappa_item_class_install (TrappaItemClass  *klass,
                           const char       *tag,
                           GParamSpec      **pspecs,
                           guint             n_pspecs)
{
  g_return_if_fail (pspecs[0] == NULL);

  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /* GObject does not let a subclass inherit these for its own properties. */
  object_class->get_property = trappa_item_get_property;
  object_class->set_property = trappa_item_set_property;

  klass->tag = tag;
  klass->n_props = n_pspecs - 1;
  klass->props = pspecs;
  klass->lists = NULL;
  klass->n_lists = 0;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);
  klass->defaults = make_defaults (klass);

  if (tag_types == NULL)
    tag_types = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (tag_types, (gpointer) tag,
                       GSIZE_TO_POINTER (G_TYPE_FROM_CLASS (klass)));
}

void
trappa_item_class_add_list (TrappaItemClass *klass,
                            const char      *name,
                            GType            item_type)
{
  klass->lists = g_renew (TrappaItemListInfo, klass->lists, klass->n_lists + 1);
  klass->lists[klass->n_lists].name = name;
  klass->lists[klass->n_lists].item_type = item_type;
  klass->n_lists++;

  /* Initialise the child kind now so its tag is known to the file reader. */
  g_type_class_ref (item_type);
}

const char *
trappa_item_class_get_tag (TrappaItemClass *klass)
{
  return klass->tag;
}

GParamSpec **
trappa_item_get_base_props (guint *n_props)
{
  *n_props = N_BASE;
  return properties + 1;
}

GParamSpec **
trappa_item_class_get_props (TrappaItemClass *klass,
                             guint           *n_props)
{
  *n_props = klass->n_props;
  return klass->props + 1;
}

/* "name" or "title" where a kind has one, else its first required text
 * (a risk's hazard), else "id". */
const char *
trappa_item_class_get_name_field (TrappaItemClass *klass)
{
  static const char * const name_fields[] = { "name", "title" };

  for (guint i = 0; i < G_N_ELEMENTS (name_fields); i++)
    if (g_object_class_find_property (G_OBJECT_CLASS (klass), name_fields[i]) != NULL)
      return name_fields[i];
  for (guint i = 1; i <= klass->n_props; i++)
    if (trappa_param_spec_is_required (klass->props[i]))
      return klass->props[i]->name;
  return "id";
}

const TrappaItemListInfo *
trappa_item_class_get_lists (TrappaItemClass *klass,
                             guint           *n_lists)
{
  *n_lists = klass->n_lists;
  return klass->lists;
}

GType
trappa_item_type_from_tag (const char *tag)
{
  if (tag_types == NULL)
    return G_TYPE_INVALID;
  return GPOINTER_TO_SIZE (g_hash_table_lookup (tag_types, tag));
}

static GParamSpec *
mark (GParamSpec *pspec,
      guint       flag)
{
  pspec->flags |= flag;
  return pspec;
}

static gboolean
is_marked (GParamSpec *pspec,
           guint       flag)
{
  return (pspec->flags & flag) != 0;
}

static GParamSpec *
mark_with (GParamSpec *pspec,
           guint       flag,
           GQuark      quark,
           gpointer    data)
{
  g_param_spec_set_qdata (pspec, quark, data);
  return mark (pspec, flag);
}

GParamSpec *
trappa_param_spec_text (const char *name,
                        gboolean    multiline)
{
  GParamSpec *pspec = g_param_spec_string (name, NULL, NULL, "", PARAM_FLAGS);

  return multiline ? mark (pspec, MARK_MULTILINE) : pspec;
}

/* A new record starts with @default_text (translated: a new risk is
 * "New hazard"), so that no record is ever without one. */
GParamSpec *
trappa_param_spec_required_text (const char *name,
                                 const char *default_text)
{
  return mark (g_param_spec_string (name, NULL, NULL, default_text, PARAM_FLAGS), MARK_REQUIRED);
}

GParamSpec *
trappa_param_spec_count (const char *name,
                         gint64      max)
{
  return g_param_spec_int64 (name, NULL, NULL, 0, max, 0, PARAM_FLAGS);
}

GParamSpec *
trappa_param_spec_nok (const char *name)
{
  return mark (trappa_param_spec_count (name, TRAPPA_MAX_NOK), MARK_NOK);
}

GParamSpec *
trappa_param_spec_year (const char *name)
{
  return mark (g_param_spec_int64 (name, NULL, NULL, 0, TRAPPA_MAX_YEAR, 0, PARAM_FLAGS), MARK_YEAR);
}

/* Stored as ISO text ("2024-06-20", or "" for none), as the file keeps
 * it; shown and typed as Norwegians write dates. */
GParamSpec *
trappa_param_spec_date (const char *name)
{
  return mark (trappa_param_spec_text (name, FALSE), MARK_DATE);
}

/* Kept as the file writes it ("2025:1500000 2026:300000", see
 * trappa-year-amounts.h), so undo, diff and merge compare it as text. */
GParamSpec *
trappa_param_spec_year_amounts (const char *name)
{
  return mark (trappa_param_spec_text (name, FALSE), MARK_YEAR_AMOUNTS);
}

gboolean
trappa_param_spec_is_year_amounts (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_YEAR_AMOUNTS);
}

GParamSpec *
trappa_param_spec_flag (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE, PARAM_FLAGS);
}

GParamSpec *
trappa_param_spec_reference (const char *name,
                             GType       target)
{
  return mark_with (trappa_param_spec_text (name, FALSE), MARK_REFERENCE,
                    trappa_reference_quark (), GSIZE_TO_POINTER (target));
}

GParamSpec *
trappa_param_spec_references (const char *name,
                              GType       target)
{
  return mark_with (g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, PARAM_FLAGS), MARK_REFERENCE,
                    trappa_reference_quark (), GSIZE_TO_POINTER (target));
}

GParamSpec *
trappa_param_spec_choice (const char         *name,
                          const char * const *choices)
{
  return mark_with (trappa_param_spec_text (name, FALSE), MARK_CHOICES,
                    trappa_choices_quark (), (gpointer) choices);
}

GParamSpec *
trappa_param_spec_rules (GParamSpec     *pspec,
                         const char     *scope,
                         TrappaOnDelete  on_delete)
{
  g_return_val_if_fail (trappa_param_spec_get_reference_type (pspec) != G_TYPE_INVALID, pspec);
  /* Stored plus one: no mark reads as the default. */
  mark_with (pspec, MARK_RULES, trappa_on_delete_quark (), GINT_TO_POINTER (on_delete + 1));
  return mark_with (pspec, MARK_RULES, trappa_scope_quark (), (gpointer) scope);
}

TrappaOnDelete
trappa_param_spec_get_on_delete (GParamSpec *pspec)
{
  int rule = is_marked (pspec, MARK_RULES)
             ? GPOINTER_TO_INT (g_param_spec_get_qdata (pspec, trappa_on_delete_quark ())) : 0;

  return rule > 0 ? (TrappaOnDelete) (rule - 1) : TRAPPA_ON_DELETE_CLEAR;
}

const char *
trappa_param_spec_get_scope (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_RULES) ? g_param_spec_get_qdata (pspec, trappa_scope_quark ()) : NULL;
}

gboolean
trappa_param_spec_is_year (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_YEAR);
}

GType
trappa_param_spec_get_reference_type (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_REFERENCE)
         ? GPOINTER_TO_SIZE (g_param_spec_get_qdata (pspec, trappa_reference_quark ())) : G_TYPE_INVALID;
}

gboolean
trappa_param_spec_is_multiline (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_MULTILINE);
}

gboolean
trappa_param_spec_is_date (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_DATE);
}

gboolean
trappa_param_spec_is_required (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_REQUIRED);
}

gboolean
trappa_param_spec_is_nok (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_NOK);
}

const char * const *
trappa_param_spec_get_choices (GParamSpec *pspec)
{
  return is_marked (pspec, MARK_CHOICES) ? g_param_spec_get_qdata (pspec, trappa_choices_quark ()) : NULL;
}

guint
trappa_param_spec_get_max_length (GParamSpec *pspec)
{
  /* The mark, not the referenced type: this runs for every field set,
   * and qdata takes a lock. */
  if (pspec == properties[PROP_ID] || is_marked (pspec, MARK_REFERENCE))
    return G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV ? TRAPPA_MAX_REFERENCES : TRAPPA_MAX_ID_LENGTH;
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) != G_TYPE_STRING)
    return 0;
  return trappa_param_spec_is_multiline (pspec) ? TRAPPA_MAX_LONG_TEXT : TRAPPA_MAX_LINE_TEXT;
}

gboolean
trappa_text_over_length (const char *text,
                         guint       max)
{
  /* A character is at least one byte: most texts need no counting. */
  gsize bytes = strlen (text);

  return bytes > max && g_utf8_strlen (text, bytes) > max;
}

const GValue *
trappa_item_peek_value (TrappaItem *self,
                        GParamSpec *pspec)
{
  TrappaItemPrivate *priv = ensure_storage (self);
  TrappaItemClass *klass = TRAPPA_ITEM_GET_CLASS (self);
  guint id = pspec->param_id;

  /* A field's place follows from its id (as in set_property): reading
   * every score of an import searched the specs for each read. */
  if (id < N_PROPS && properties[id] == pspec)
    return &priv->values[id - 1];
  if (id <= klass->n_props && klass->props[id] == pspec)
    return &priv->values[N_BASE + id - 1];
  g_return_val_if_reached (NULL);
}

static const GValue *
lookup_value (TrappaItem *self,
              const char *prop)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), prop);

  g_return_val_if_fail (pspec != NULL, NULL);
  return trappa_item_peek_value (self, pspec);
}

void
trappa_item_take_new_value (TrappaItem *self,
                            GParamSpec *pspec,
                            GValue     *value)
{
  TrappaItemPrivate *priv = ensure_storage (self);
  GValue *slot = &priv->values[value_index (pspec, pspec->param_id)];
  g_auto(GValue) kept = G_VALUE_INIT;
  const GValue *keep;

  g_return_if_fail (G_VALUE_TYPE (value) == G_VALUE_TYPE (slot));

  keep = value_to_keep (pspec, value, &kept);
  g_value_unset (slot);
  if (keep == value)
    *slot = *value;
  else
    {
      *slot = kept;
      kept = (GValue) G_VALUE_INIT;
      g_value_unset (value);
    }
  *value = (GValue) G_VALUE_INIT;
}

const char *
trappa_item_get_id (TrappaItem *self)
{
  g_return_val_if_fail (TRAPPA_IS_ITEM (self), NULL);
  return g_value_get_string (&ensure_storage (self)->values[0]);
}

const char *
trappa_item_get_name (TrappaItem *self)
{
  g_return_val_if_fail (TRAPPA_IS_ITEM (self), NULL);
  return trappa_item_get_string (self, trappa_item_class_get_name_field (TRAPPA_ITEM_GET_CLASS (self)));
}

const char *
trappa_item_get_string (TrappaItem *self,
                        const char *prop)
{
  const GValue *value = lookup_value (self, prop);

  g_return_val_if_fail (value != NULL && G_VALUE_HOLDS_STRING (value), "");
  return g_value_get_string (value);
}

gint64
trappa_item_get_int (TrappaItem *self,
                     const char *prop)
{
  const GValue *value = lookup_value (self, prop);

  g_return_val_if_fail (value != NULL && G_VALUE_HOLDS_INT64 (value), 0);
  return g_value_get_int64 (value);
}

gboolean
trappa_item_get_boolean (TrappaItem *self,
                         const char *prop)
{
  const GValue *value = lookup_value (self, prop);

  g_return_val_if_fail (value != NULL && G_VALUE_HOLDS_BOOLEAN (value), FALSE);
  return g_value_get_boolean (value);
}

const char * const *
trappa_item_get_strv (TrappaItem *self,
                      const char *prop)
{
  static const char * const empty[] = { NULL };
  const GValue *value = lookup_value (self, prop);
  const char * const *strv;

  g_return_val_if_fail (value != NULL && G_VALUE_HOLDS (value, G_TYPE_STRV), empty);
  strv = g_value_get_boxed (value);
  return strv != NULL ? strv : empty;
}

GListStore *
trappa_item_get_list (TrappaItem *self,
                      const char *name)
{
  TrappaItemPrivate *priv = ensure_storage (self);
  TrappaItemClass *klass = TRAPPA_ITEM_GET_CLASS (self);

  for (guint i = 0; i < klass->n_lists; i++)
    if (g_str_equal (klass->lists[i].name, name))
      return priv->lists[i];
  g_return_val_if_reached (NULL);
}

static gboolean
add_peeked (gconstpointer item,
            gconstpointer unused,
            gpointer      items)
{
  g_ptr_array_add (items, (gpointer) item);
  return FALSE;
}

void
trappa_item_list_peek_all (GListStore *list,
                           GPtrArray  *items)
{
  g_autoptr(GObject) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

  /* GListStore lends its records only to a search: one that never finds
   * visits each once (before GLib 2.76 it needs a record to look for). */
  if (first != NULL)
    g_list_store_find_with_equal_func_full (list, first, add_peeked, items, NULL);
}

GPtrArray *
trappa_item_get_foreign (TrappaItem *self)
{
  TrappaItemPrivate *priv = ensure_storage (self);

  if (priv->foreign == NULL)
    priv->foreign = g_ptr_array_new_with_free_func (g_free);
  return priv->foreign;
}

void
trappa_item_copy_fields (TrappaItem *self,
                         TrappaItem *source)
{
  TrappaItemPrivate *to = ensure_storage (self);
  TrappaItemPrivate *from = ensure_storage (source);
  guint n = N_BASE + TRAPPA_ITEM_GET_CLASS (self)->n_props;

  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  for (guint i = 0; i < n; i++)
    g_value_copy (&from->values[i], &to->values[i]);
  if (from->foreign != NULL)
    for (guint i = 0; i < from->foreign->len; i++)
      g_ptr_array_add (trappa_item_get_foreign (self), g_strdup (from->foreign->pdata[i]));
}

gboolean
trappa_item_foreach (TrappaItem     *self,
                     TrappaItemFunc  func,
                     gpointer        user_data)
{
  TrappaItemPrivate *priv = ensure_storage (self);

  if (!func (self, user_data))
    return FALSE;

  for (guint i = 0; priv->lists[i] != NULL; i++)
    {
      GListModel *model = G_LIST_MODEL (priv->lists[i]);
      guint n = g_list_model_get_n_items (model);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TrappaItem) child = g_list_model_get_item (model, j);

          if (!trappa_item_foreach (child, func, user_data))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
trappa_item_find_parent (TrappaItem  *root,
                         TrappaItem  *item,
                         TrappaItem **parent,
                         GListStore **list,
                         guint       *position)
{
  TrappaItemPrivate *priv = ensure_storage (root);

  for (guint i = 0; priv->lists[i] != NULL; i++)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (item, g_list_model_get_item_type (G_LIST_MODEL (priv->lists[i]))) &&
          g_list_store_find (priv->lists[i], item, position))
        {
          if (parent != NULL)
            *parent = root;
          if (list != NULL)
            *list = priv->lists[i];
          return TRUE;
        }
    }

  for (guint i = 0; priv->lists[i] != NULL; i++)
    {
      GListModel *model = G_LIST_MODEL (priv->lists[i]);
      guint n = g_list_model_get_n_items (model);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TrappaItem) child = g_list_model_get_item (model, j);

          if (trappa_item_find_parent (child, item, parent, list, position))
            return TRUE;
        }
    }
  return FALSE;
}
