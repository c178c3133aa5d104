/* trappa-success-factors.c: the six success factors as a row of traffic
 * lights
 *
 * Each light is a button with the factor's name, a shape in the light's
 * colour (circle good, triangle some way to go, square weak, ring not
 * assessed) and the status in words, so that nothing rests on colour
 * alone. Its popover assesses the factor with record cells, which edit,
 * validate and undo as every table does; a factor not assessed yet gets
 * its record (one undo step) when the user chooses to assess it (the
 * widget action "factors.assess" with the factor).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-success-factors"

#include <glib/gi18n.h>

#include "trappa-record-cell.h"
#include "trappa-success-factor.h"
#include "trappa-success-factors.h"

#define N_FACTORS 6
#define N_CELLS   3

typedef struct
{
  TrappaSuccessFactors *owner;
  const char           *factor;
  GtkWidget            *button;
  GtkWidget            *shape;
  GtkWidget            *status;
  GtkWidget            *stack;    /* "assess" button or "form" */
  GtkWidget            *cells[N_CELLS];
} Light;

struct _TrappaSuccessFactors
{
  AdwPreferencesGroup parent_instance;

  TrappaPlan         *plan;
  TrappaRecordColumn  columns[N_CELLS];
  Light               lights[N_FACTORS];
};

G_DEFINE_FINAL_TYPE (TrappaSuccessFactors, trappa_success_factors, ADW_TYPE_PREFERENCES_GROUP)

/* In the order of trappa_success_lights(); filled in class_init. */
static const char *light_labels[5];

static const struct
{
  const char *status;
  const char *css_class;
} light_colours[] = {
  { TRAPPA_LIGHT_GREEN, "success" },
  { TRAPPA_LIGHT_YELLOW, "warning" },
  { TRAPPA_LIGHT_RED, "error" },
};

static void
update_light (Light *light)
{
  TrappaItem *record = light->owner->plan != NULL
                       ? trappa_success_factor_find (light->owner->plan, light->factor) : NULL;
  const char *status = record != NULL ? trappa_item_get_string (record, "status") : TRAPPA_LIGHT_NONE;
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (light_colours); i++)
    if (g_str_equal (status, light_colours[i].status))
      gtk_widget_add_css_class (light->shape, light_colours[i].css_class);
    else
      gtk_widget_remove_css_class (light->shape, light_colours[i].css_class);
  gtk_label_set_text (GTK_LABEL (light->shape), trappa_success_light_shape (status));
  gtk_label_set_text (GTK_LABEL (light->status), trappa_success_light_label (status));
  /* TRANSLATORS: a success factor and its traffic-light status */
  accessible = g_strdup_printf (_("%s: %s"), trappa_success_factor_name (light->factor),
                             trappa_success_light_label (status));
  gtk_accessible_update_property (GTK_ACCESSIBLE (light->button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_sensitive (light->button, light->owner->plan != NULL);

  for (guint i = 0; i < N_CELLS; i++)
    if (trappa_record_cell_get_item (TRAPPA_RECORD_CELL (light->cells[i])) != record)
      trappa_record_cell_bind (TRAPPA_RECORD_CELL (light->cells[i]),
                               record != NULL ? light->owner->plan : NULL, record);
  gtk_stack_set_visible_child_name (GTK_STACK (light->stack), record != NULL ? "form" : "assess");
}

/* "factors.assess" with a factor: gives it its record, one undo step. */
static void
assess (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  TrappaSuccessFactors *self = TRAPPA_SUCCESS_FACTORS (widget);
  const char *factor = g_variant_get_string (parameter, NULL);
  g_autoptr(TrappaSuccessFactor) record = NULL;

  if (self->plan == NULL || trappa_success_factor_find (self->plan, factor) != NULL ||
      !g_strv_contains (trappa_success_factors (), factor))
    return;
  record = trappa_success_factor_new (factor);
  trappa_plan_begin_edit (self->plan, _("Assess Success Factor"));
  trappa_plan_insert (self->plan, TRAPPA_ITEM (self->plan), "success-factors", -1, TRAPPA_ITEM (record));
  trappa_plan_end_edit (self->plan);
  trappa_success_factors_refresh (self);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  /* Narrow enough for six in a row on a 1024-pixel screen. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
form_new (TrappaSuccessFactors *self,
          Light                *light)
{
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint i = 0; i < N_CELLS; i++)
    {
      GtkWidget *caption = gtk_label_new (self->columns[i].title);

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_add_css_class (caption, "caption-heading");
      light->cells[i] = trappa_record_cell_new (TRAPPA_TYPE_SUCCESS_FACTOR, &self->columns[i]);
      gtk_box_append (GTK_BOX (form), caption);
      gtk_box_append (GTK_BOX (form), light->cells[i]);
    }
  return form;
}

static GtkWidget *
popover_new (TrappaSuccessFactors *self,
             Light                *light)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *summary = gtk_label_new (trappa_success_factor_summary (light->factor));
  GtkWidget *heading = gtk_label_new (trappa_success_factor_name (light->factor));
  GtkWidget *assess = gtk_button_new_with_mnemonic (_("_Assess This Factor"));

  gtk_widget_set_size_request (box, 340, -1);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (summary), 40);
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_widget_set_halign (assess, GTK_ALIGN_START);
  gtk_widget_add_css_class (assess, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (assess), "factors.assess");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (assess), "s", light->factor);

  light->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (light->stack), assess, "assess");
  gtk_stack_add_named (GTK_STACK (light->stack), form_new (self, light), "form");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_box_append (GTK_BOX (box), light->stack);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

static GtkWidget *
light_new (TrappaSuccessFactors *self,
           Light                *light)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  light->owner = self;
  light->button = gtk_menu_button_new ();
  light->shape = label_new (NULL, "title-1");
  light->status = label_new (NULL, "caption");
  gtk_box_append (GTK_BOX (box), light->shape);
  gtk_box_append (GTK_BOX (box), label_new (trappa_success_factor_name (light->factor), "caption-heading"));
  gtk_box_append (GTK_BOX (box), light->status);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (light->button), box);
  gtk_widget_add_css_class (light->button, "flat");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (light->button), popover_new (self, light));
  return light->button;
}

static void
trappa_success_factors_dispose (GObject *object)
{
  TrappaSuccessFactors *self = TRAPPA_SUCCESS_FACTORS (object);

  g_clear_object (&self->plan);
  G_OBJECT_CLASS (trappa_success_factors_parent_class)->dispose (object);
}

static void
trappa_success_factors_class_init (TrappaSuccessFactorsClass *klass)
{
  const char * const *statuses = trappa_success_lights ();

  G_OBJECT_CLASS (klass)->dispose = trappa_success_factors_dispose;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "factors.assess", "s", assess);
  for (guint i = 0; statuses[i] != NULL; i++)
    light_labels[i] = trappa_success_light_label (statuses[i]);
}

static void
trappa_success_factors_init (TrappaSuccessFactors *self)
{
  const TrappaRecordColumn columns[N_CELLS] = {
    { "status", _("Status"), 0, TRUE, light_labels, NULL, FALSE },
    { "assessment", _("Assessment"), 0, TRUE, NULL, NULL, FALSE },
    { "action", _("What to do"), 0, TRUE, NULL, NULL, FALSE },
  };
  const char * const *factors = trappa_success_factors ();
  GtkWidget *row = gtk_flow_box_new ();

  memcpy (self->columns, columns, sizeof columns);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Success Factors"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The six success factors of the housing work, each a traffic light. "
                                           "Choose one to assess it."));
  /* Six in a row where there is room, else three or two a row. */
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (row), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (row), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (row), N_FACTORS);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (row), GTK_SELECTION_NONE);
  for (guint i = 0; i < N_FACTORS; i++)
    {
      self->lights[i].factor = factors[i];
      gtk_flow_box_append (GTK_FLOW_BOX (row), light_new (self, &self->lights[i]));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  trappa_success_factors_refresh (self);
}

GtkWidget *
trappa_success_factors_new (void)
{
  return g_object_new (TRAPPA_TYPE_SUCCESS_FACTORS, NULL);
}

void
trappa_success_factors_set_plan (TrappaSuccessFactors *self,
                                 TrappaPlan           *plan)
{
  g_return_if_fail (TRAPPA_IS_SUCCESS_FACTORS (self));

  g_set_object (&self->plan, plan);
  trappa_success_factors_refresh (self);
}

void
trappa_success_factors_refresh (TrappaSuccessFactors *self)
{
  g_return_if_fail (TRAPPA_IS_SUCCESS_FACTORS (self));

  for (guint i = 0; i < N_FACTORS; i++)
    update_light (&self->lights[i]);
}
