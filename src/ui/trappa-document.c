/* trappa-document.c: the open plan and the file it came from
 *
 * Keeps the file's etag from the last load or save so that a save can tell
 * when someone else changed the file meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-document"

#include <glib/gi18n.h>

#include "trappa-document.h"
#include "trappa-plan-file.h"

struct _TrappaDocument
{
  GObject     parent_instance;

  TrappaPlan *plan;
  GFile      *file;
  char       *etag;
};

G_DEFINE_FINAL_TYPE (TrappaDocument, trappa_document, G_TYPE_OBJECT)

enum { PROP_0, PROP_PLAN, PROP_FILE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
set_state (TrappaDocument *self,
           TrappaPlan     *plan,
           GFile          *file,
           char           *etag)
{
  g_free (self->etag);
  self->etag = etag;
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (g_set_object (&self->plan, plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static void
trappa_document_finalize (GObject *object)
{
  TrappaDocument *self = TRAPPA_DOCUMENT (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_free (self->etag);
  G_OBJECT_CLASS (trappa_document_parent_class)->finalize (object);
}

static void
trappa_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TrappaDocument *self = TRAPPA_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
trappa_document_class_init (TrappaDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = trappa_document_finalize;
  object_class->get_property = trappa_document_get_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, TRAPPA_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
trappa_document_init (TrappaDocument *self)
{
  self->plan = trappa_plan_new ();
}

TrappaDocument *
trappa_document_new (void)
{
  return g_object_new (TRAPPA_TYPE_DOCUMENT, NULL);
}

TrappaPlan *
trappa_document_get_plan (TrappaDocument *self)
{
  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);
  return self->plan;
}

GFile *
trappa_document_get_file (TrappaDocument *self)
{
  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);
  return self->file;
}

char *
trappa_document_dup_title (TrappaDocument *self)
{
  const char *title;

  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), NULL);

  title = trappa_item_get_string (TRAPPA_ITEM (self->plan), "title");
  if (*title != '\0')
    return g_strdup (title);
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("Untitled plan"));
}

void
trappa_document_reset (TrappaDocument *self)
{
  g_autoptr(TrappaPlan) plan = trappa_plan_new ();

  g_return_if_fail (TRAPPA_IS_DOCUMENT (self));
  set_state (self, plan, NULL, NULL);
}

gboolean
trappa_document_load (TrappaDocument  *self,
                      GFile           *file,
                      GError         **error)
{
  g_autoptr(TrappaPlan) plan = NULL;
  char *etag = NULL;

  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan = trappa_plan_file_load (file, &etag, NULL, error);
  if (plan == NULL)
    return FALSE;
  set_state (self, plan, file, etag);
  return TRUE;
}

gboolean
trappa_document_save (TrappaDocument  *self,
                      GFile           *file,
                      gboolean         overwrite,
                      GError         **error)
{
  const char *etag = NULL;
  char *new_etag = NULL;

  g_return_val_if_fail (TRAPPA_IS_DOCUMENT (self), FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The etag only speaks for the file it came from. */
  if (!overwrite && self->file != NULL && g_file_equal (file, self->file))
    etag = self->etag;
  if (!trappa_plan_file_save (self->plan, file, etag, &new_etag, error))
    return FALSE;
  set_state (self, self->plan, file, new_etag);
  return TRUE;
}
