/* trappa-success-factor.c: the record kind of a success factor and the
 * factors' and lights' names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-success-factor"

#include <glib/gi18n-lib.h>

#include "trappa-success-factor.h"

TRAPPA_DEFINE_RECORD (TrappaSuccessFactor, trappa_success_factor)

static const char * const factors[] = {
  TRAPPA_FACTOR_ANCHORING, TRAPPA_FACTOR_ORGANISATION, TRAPPA_FACTOR_COMPETENCE,
  TRAPPA_FACTOR_RESOURCES, TRAPPA_FACTOR_STRATEGY, TRAPPA_FACTOR_PARTICIPATION, NULL
};

/* In the order of factors[]. */
static const struct
{
  const char *name;
  const char *summary;
} factor_words[] = {
  { N_("Anchoring and ownership"),
    N_("A shared understanding of responsibility, goals, methods and measures among the leaders and the professionals.") },
  { N_("Organisation and coordination"),
    N_("A binding and formal cooperation across the services.") },
  { N_("Competence"),
    N_("Knowledge of the housing work among all who take part in it.") },
  { N_("Financial resources"),
    N_("Enough money set aside for the work and its measures.") },
  { N_("Overall strategy"),
    N_("The housing work is part of the municipality's overall plans.") },
  { N_("User participation"),
    N_("The users' experience is used in shaping and carrying out the policy.") },
};

static const char * const lights[] = {
  TRAPPA_LIGHT_NONE, TRAPPA_LIGHT_GREEN, TRAPPA_LIGHT_YELLOW, TRAPPA_LIGHT_RED, NULL
};

static void
trappa_success_factor_class_init (TrappaSuccessFactorClass *klass)
{
  static GParamSpec *props[5];

  props[1] = trappa_param_spec_choice ("factor", factors);
  props[2] = trappa_param_spec_choice ("status", lights);
  props[3] = trappa_param_spec_text ("assessment", TRUE);
  props[4] = trappa_param_spec_text ("action", TRUE);
  TRAPPA_ITEM_CLASS_INSTALL (klass, "success-factor", props);
}

TrappaSuccessFactor *
trappa_success_factor_new (const char *factor)
{
  return g_object_new (TRAPPA_TYPE_SUCCESS_FACTOR, "factor", factor, NULL);
}

const char * const *
trappa_success_factors (void)
{
  return factors;
}

const char * const *
trappa_success_lights (void)
{
  return lights;
}

static gssize
factor_index (const char *factor)
{
  for (guint i = 0; factors[i] != NULL; i++)
    if (g_strcmp0 (factors[i], factor) == 0)
      return i;
  return -1;
}

const char *
trappa_success_factor_name (const char *factor)
{
  gssize i = factor_index (factor);

  return i >= 0 ? _(factor_words[i].name) : "";
}

const char *
trappa_success_factor_summary (const char *factor)
{
  gssize i = factor_index (factor);

  return i >= 0 ? _(factor_words[i].summary) : "";
}

const char *
trappa_success_light_label (const char *status)
{
  /* TRANSLATORS: traffic-light statuses of a success factor: green … */
  if (g_strcmp0 (status, TRAPPA_LIGHT_GREEN) == 0)
    return _("Good");
  /* TRANSLATORS: … yellow … */
  if (g_strcmp0 (status, TRAPPA_LIGHT_YELLOW) == 0)
    return _("Some way to go");
  /* TRANSLATORS: … and red */
  if (g_strcmp0 (status, TRAPPA_LIGHT_RED) == 0)
    return _("Weak");
  return _("Not assessed");
}

const char *
trappa_success_light_shape (const char *status)
{
  if (g_strcmp0 (status, TRAPPA_LIGHT_GREEN) == 0)
    return "●";
  if (g_strcmp0 (status, TRAPPA_LIGHT_YELLOW) == 0)
    return "▲";
  if (g_strcmp0 (status, TRAPPA_LIGHT_RED) == 0)
    return "■";
  return "○";
}

TrappaItem *
trappa_success_factor_find (TrappaPlan *plan,
                            const char *factor)
{
  GListModel *list = G_LIST_MODEL (trappa_item_get_list (TRAPPA_ITEM (plan), "success-factors"));

  g_return_val_if_fail (TRAPPA_IS_PLAN (plan), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TrappaItem) item = g_list_model_get_item (list, i);

      if (g_str_equal (trappa_item_get_string (item, "factor"), factor))
        return item;
    }
  return NULL;
}
