/* trappa-participation.c: the record kinds of the participation,
 * mobilisation and meeting plans
 *
 * Like every kind they only declare their fields. Property order is file
 * order: add new fields at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-participation"

#include <glib/gi18n-lib.h>

#include "trappa-participation.h"

TRAPPA_DEFINE_RECORD (TrappaMobilisation, trappa_mobilisation)
TRAPPA_DEFINE_RECORD (TrappaParticipation, trappa_participation)
TRAPPA_DEFINE_RECORD (TrappaMeetingItem, trappa_meeting_item)

/* The two plans per target group have the same columns (seed 002). */
static void
install_per_target_group (TrappaItemClass *klass,
                          const char      *tag,
                          GParamSpec     **props)
{
  props[1] = trappa_param_spec_required_text ("target-group", _("New target group"));
  props[2] = trappa_param_spec_text ("who", TRUE);
  props[3] = trappa_param_spec_text ("how", TRUE);
  props[4] = trappa_param_spec_text ("when", FALSE);
  props[5] = trappa_param_spec_text ("responsible", FALSE);
  trappa_item_class_install (klass, tag, props, 6);
}

static void
trappa_mobilisation_class_init (TrappaMobilisationClass *klass)
{
  static GParamSpec *props[6];

  install_per_target_group (TRAPPA_ITEM_CLASS (klass), "mobilisation", props);
}

static void
trappa_participation_class_init (TrappaParticipationClass *klass)
{
  static GParamSpec *props[6];

  install_per_target_group (TRAPPA_ITEM_CLASS (klass), "participation", props);
}

static void
trappa_meeting_item_class_init (TrappaMeetingItemClass *klass)
{
  static GParamSpec *props[8];

  props[1] = trappa_param_spec_text ("time", FALSE);
  props[2] = trappa_param_spec_text ("why", TRUE);
  props[3] = trappa_param_spec_required_text ("what", _("New item"));
  props[4] = trappa_param_spec_text ("how", TRUE);
  props[5] = trappa_param_spec_count ("minutes", TRAPPA_MEETING_MAX_MINUTES);
  props[6] = trappa_param_spec_text ("who", FALSE);
  props[7] = trappa_param_spec_text ("preparation", TRUE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "meeting-item", props);
}

TrappaMobilisation *
trappa_mobilisation_new (void)
{
  return g_object_new (TRAPPA_TYPE_MOBILISATION, NULL);
}

TrappaParticipation *
trappa_participation_new (void)
{
  return g_object_new (TRAPPA_TYPE_PARTICIPATION, NULL);
}

TrappaMeetingItem *
trappa_meeting_item_new (void)
{
  return g_object_new (TRAPPA_TYPE_MEETING_ITEM, NULL);
}
