/* trappa-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <gio/gio.h>

#include "trappa-limits.h"

G_BEGIN_DECLS

#define TRAPPA_TYPE_ITEM (trappa_item_get_type ())
G_DECLARE_DERIVABLE_TYPE (TrappaItem, trappa_item, TRAPPA, ITEM, GObject)

/* A list of child items an item class owns, e.g. a staircase's "steps". */
typedef struct
{
  const char *name;   /* list name, also the XML container element */
  GType       item_type;
} TrappaItemListInfo;

struct _TrappaItemClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char         *tag;        /* XML element name of one item */
  guint               n_props;    /* properties installed by the subclass */
  GParamSpec        **props;      /* index 0 unused, as in GObject */
  TrappaItemListInfo *lists;
  guint               n_lists;
  GValue             *defaults;   /* a new record's fields, base's first */
};

/* Every model record (plan, staircase, step, target group, row …) is a
 * TrappaItem: its fields are GObject properties that the base class stores
 * generically, so that undo, the file reader/writer and validation work on
 * every record kind without per-type code. */

void         trappa_item_class_install      (TrappaItemClass     *klass,
                                             const char          *tag,
                                             GParamSpec         **pspecs,
                                             guint                n_pspecs);
void         trappa_item_class_add_list     (TrappaItemClass     *klass,
                                             const char          *name,
                                             GType                item_type);
const char  *trappa_item_class_get_tag      (TrappaItemClass     *klass);
/* The subclass's own fields, in file order (not the base's). */
GParamSpec **trappa_item_class_get_props    (TrappaItemClass     *klass,
                                             guint               *n_props);
/* The fields every item has: "id" and "example" (made-up figures). */
GParamSpec **trappa_item_get_base_props     (guint               *n_props);
/* The field that names a record of the kind in a list or a reference:
 * "name" or "title" where it has one, else its first required text field
 * (a risk's "hazard"), else "id". */
const char  *trappa_item_class_get_name_field (TrappaItemClass   *klass);
const TrappaItemListInfo *
             trappa_item_class_get_lists    (TrappaItemClass     *klass,
                                             guint               *n_lists);
GType        trappa_item_type_from_tag      (const char          *tag);

/* What removing a referenced record does to a record that refers to it. */
typedef enum
{
  TRAPPA_ON_DELETE_CLEAR,    /* the reference is emptied ("" or the id left
                              * out of a list); the record stays */
  TRAPPA_ON_DELETE_CASCADE,  /* the record is removed with it (a record that
                              * means nothing without it) */
} TrappaOnDelete;

/* Property specs with Trappa's meaning attached. */
GParamSpec  *trappa_param_spec_text         (const char          *name,
                                             gboolean             multiline);
/* One-line text that may never be empty (a risk's hazard). */
GParamSpec  *trappa_param_spec_required_text (const char         *name,
                                             const char          *default_text);
GParamSpec  *trappa_param_spec_count        (const char          *name,
                                             gint64               max);
GParamSpec  *trappa_param_spec_nok          (const char          *name);
GParamSpec  *trappa_param_spec_year         (const char          *name);
GParamSpec  *trappa_param_spec_date         (const char          *name);
/* NOK amounts by year (investment or operating cost per budget year):
 * trappa-year-amounts.h. */
GParamSpec  *trappa_param_spec_year_amounts (const char          *name);
GParamSpec  *trappa_param_spec_flag         (const char          *name);
GParamSpec  *trappa_param_spec_reference    (const char          *name,
                                             GType                target);
GParamSpec  *trappa_param_spec_references   (const char          *name,
                                             GType                target);
/* @choices (NULL-terminated) must live as long as the spec: a static
 * array. Values read from a file point into it. */
GParamSpec  *trappa_param_spec_choice       (const char          *name,
                                             const char * const  *choices);

/* States the rules of a reference field where it is declared; returns
 * @pspec, e.g.
 *   trappa_param_spec_rules (trappa_param_spec_reference ("step",
 *     TRAPPA_TYPE_STEP), "staircases[kind=housing]/steps",
 *     TRAPPA_ON_DELETE_CASCADE)
 * @scope: the records it may name, as a path of lists from the plan, each
 * list optionally narrowed to the records whose field has a value:
 * "target-groups", "staircases/steps" (either staircase),
 * "staircases[kind=housing]/steps". NULL: every record of the referenced
 * kind in the plan.
 * @on_delete: what removing a named record does to the record naming it.
 * A reference field without stated rules has a NULL scope and CLEAR. */
GParamSpec  *trappa_param_spec_rules        (GParamSpec          *pspec,
                                             const char          *scope,
                                             TrappaOnDelete       on_delete);

/* What a text field keeps of @text: the characters a plan cannot store
 * (control characters but tab, line feed and carriage return; U+FFFE,
 * U+FFFF) dropped. */
char        *trappa_text_storable           (const char          *text);
/* TRUE when that is nothing but white space: a required field refuses
 * it, as it would be empty. */
gboolean     trappa_text_is_blank           (const char          *text);

GType        trappa_param_spec_get_reference_type (GParamSpec    *pspec);
gboolean     trappa_param_spec_is_multiline       (GParamSpec    *pspec);
gboolean     trappa_param_spec_is_nok             (GParamSpec    *pspec);
gboolean     trappa_param_spec_is_required        (GParamSpec    *pspec);
gboolean     trappa_param_spec_is_date            (GParamSpec    *pspec);
gboolean     trappa_param_spec_is_year            (GParamSpec    *pspec);
gboolean     trappa_param_spec_is_year_amounts    (GParamSpec    *pspec);
TrappaOnDelete
             trappa_param_spec_get_on_delete      (GParamSpec    *pspec);
/* NULL: the default scope. */
const char  *trappa_param_spec_get_scope          (GParamSpec    *pspec);
const char * const *
             trappa_param_spec_get_choices        (GParamSpec    *pspec);
/* Most characters a text field (or id) holds, or most ids in a reference
 * list, by the field's kind (trappa-limits.h); 0 when the kind bounds the
 * value itself (numbers, flags). Longer values are cut to it on set. */
guint        trappa_param_spec_get_max_length     (GParamSpec    *pspec);
/* Whether @text (UTF-8) has more than @max characters. */
gboolean     trappa_text_over_length              (const char    *text,
                                                   guint          max);

const char  *trappa_item_get_id             (TrappaItem          *self);
/* The value of its kind's name field (trappa_item_class_get_name_field). */
const char  *trappa_item_get_name           (TrappaItem          *self);
const char  *trappa_item_get_string         (TrappaItem          *self,
                                             const char          *prop);
gint64       trappa_item_get_int            (TrappaItem          *self,
                                             const char          *prop);
gboolean     trappa_item_get_boolean        (TrappaItem          *self,
                                             const char          *prop);
const char * const *
             trappa_item_get_strv           (TrappaItem          *self,
                                             const char          *prop);
const GValue *trappa_item_peek_value        (TrappaItem          *self,
                                             GParamSpec          *pspec);
GListStore  *trappa_item_get_list           (TrappaItem          *self,
                                             const char          *name);
/* Adds every record of @list to @items, borrowed from the list, in one
 * pass without g_list_model_get_item()'s reference and checks per
 * record: for reading every record of many lists (an import's scores). */
void         trappa_item_list_peek_all      (GListStore          *list,
                                             GPtrArray           *items);

/* Stores @value (taken: left unset) as @pspec's field of @self, a new
 * record in no plan and with no handlers, without a notify or a copy:
 * the file reader's fast path. The value is kept as any set keeps it
 * (storable text, within the field's length). */
void         trappa_item_take_new_value     (TrappaItem          *self,
                                             GParamSpec          *pspec,
                                             GValue              *value);

/* Opaque XML kept for a round trip (elements in foreign namespaces or from
 * a newer minor version); the model stores it, only io/ reads it. */
GPtrArray   *trappa_item_get_foreign        (TrappaItem          *self);

/* Gives @self, a new record of @source's kind in no plan, every field
 * and the foreign XML of @source, without a notify: the fast path of
 * copying (trappa-item-clone.h, trappa-plan-snapshot.h). */
void         trappa_item_copy_fields        (TrappaItem          *self,
                                             TrappaItem          *source);

typedef gboolean (*TrappaItemFunc) (TrappaItem *item,
                                    gpointer    user_data);

gboolean     trappa_item_foreach            (TrappaItem          *self,
                                             TrappaItemFunc       func,
                                             gpointer             user_data);
gboolean     trappa_item_find_parent        (TrappaItem          *root,
                                             TrappaItem          *item,
                                             TrappaItem         **parent,
                                             GListStore         **list,
                                             guint               *position);

/* Defines a record kind whose only code is its class_init (which declares
 * the fields with TRAPPA_ITEM_CLASS_INSTALL) and its constructor. */
#define TRAPPA_DEFINE_RECORD(TN, t_n)                                    \
  struct _##TN { TrappaItem parent_instance; };                          \
  G_DEFINE_FINAL_TYPE (TN, t_n, TRAPPA_TYPE_ITEM)                        \
  static void t_n##_init (TN *self) { }

#define TRAPPA_ITEM_CLASS_INSTALL(klass, tag, props) \
  trappa_item_class_install (TRAPPA_ITEM_CLASS (klass), tag, props, G_N_ELEMENTS (props))

G_END_DECLS
