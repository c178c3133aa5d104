/* trappa-window-actions.c: documents (new, open, save, close), undo and
 * presenting the pane's chart
 *
 * Anything that would drop unsaved work asks first (Save / Discard /
 * Cancel); what was asked for then runs as a continuation once the plan is
 * saved or discarded. Loads and saves run in the background
 * (TrappaDocument), so a slow share never freezes the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-window"

#include <glib/gi18n.h>

#include "trappa-plan-file.h"
#include "trappa-presentation-window.h"
#include "trappa-shortcuts-window.h"
#include "trappa-file-chooser.h"
#include "trappa-window-private.h"

/* What to do once unsaved work is saved or discarded. */
typedef struct
{
  TrappaWindow *self;
  void        (*then) (TrappaWindow *self,
                       GFile        *file);
  GFile        *file;
} Pending;

static Pending *
pending_new (TrappaWindow *self,
             void        (*then) (TrappaWindow *, GFile *),
             GFile        *file)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->then = then;
  pending->file = file != NULL ? g_object_ref (file) : NULL;
  return pending;
}

/* Runs the continuation when @go, and frees it. A NULL pending, or one
 * without a continuation, only ends the flow. */
static void
pending_finish (Pending  *pending,
                gboolean  go)
{
  if (pending == NULL)
    return;
  if (go && pending->then != NULL)
    pending->then (pending->self, pending->file);
  g_clear_object (&pending->file);
  g_object_unref (pending->self);
  g_free (pending);
}

typedef void (*Answer) (TrappaWindow *self,
                        const char   *response,
                        Pending      *pending);

typedef struct
{
  TrappaWindow *self;
  Answer        answer;
  Pending      *pending;
} Question;

static void
on_question_response (AdwMessageDialog *dialog,
                      const char       *response,
                      Question         *question)
{
  /* Answered once: the dialog closes after this response. */
  g_signal_handlers_disconnect_by_data (dialog, question);
  question->answer (question->self, response, question->pending);
  g_object_unref (question->self);
  g_free (question);
}

static AdwMessageDialog *
question_new (TrappaWindow *self,
              const char   *heading,
              const char   *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static void
question_ask (TrappaWindow     *self,
              AdwMessageDialog *dialog,
              Answer            answer,
              Pending          *pending)
{
  Question *question = g_new0 (Question, 1);

  question->self = g_object_ref (self);
  question->answer = answer;
  question->pending = pending;
  g_signal_connect (dialog, "response", G_CALLBACK (on_question_response), question);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_error (TrappaWindow *self,
            gboolean      saving,
            GFile        *file,
            const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = saving ? g_strdup_printf (_("Could not save “%s”"), name)
                                    : g_strdup_printf (_("Could not open “%s”"), name);

  trappa_window_show_problem (self, heading, error->message);
}

static void save_to (TrappaWindow *self,
                     GFile        *file,
                     gboolean      overwrite,
                     Pending      *pending);

static void
on_overwrite_answer (TrappaWindow *self,
                     const char   *response,
                     Pending      *pending)
{
  if (g_str_equal (response, "overwrite"))
    save_to (self, NULL, TRUE, pending);
  else
    pending_finish (pending, FALSE);
}

/* Whether @self may start a load or save now; says why not when not. */
static gboolean
ready_for_file_work (TrappaWindow *self)
{
  if (!trappa_document_get_busy (self->document))
    return TRUE;
  trappa_window_toast (self, _("The plan is still being opened or saved; try again when that is done"));
  return FALSE;
}

typedef struct
{
  TrappaWindow *self;
  GFile        *file;      /* NULL: the document's own */
  Pending      *pending;
} Saving;

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  Saving *saving = data;
  TrappaWindow *self = saving->self;
  g_autoptr(GError) error = NULL;
  gboolean saved = trappa_document_save_finish (TRAPPA_DOCUMENT (source), result, &error);
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;
  g_autofree char *toast = NULL;

  if (self->document == NULL)
    {
      /* The window was destroyed meanwhile; the save itself went on. */
      pending_finish (saving->pending, FALSE);
    }
  else if (saved)
    {
      title = trappa_document_dup_title (self->document);
      toast = g_strdup_printf (_("Saved “%s”"), title);
      trappa_window_toast (self, toast);
      trappa_window_add_recent (self, trappa_document_get_file (self->document));
      pending_finish (saving->pending, TRUE);
    }
  else if (g_error_matches (error, TRAPPA_ERROR, TRAPPA_ERROR_CHANGED_ON_DISK))
    {
      dialog = question_new (self, _("Overwrite the File?"),
                             _("The file was changed by someone else since you opened it. Overwrite?"));
      adw_message_dialog_add_response (dialog, "overwrite", _("_Overwrite"));
      adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
      question_ask (self, dialog, on_overwrite_answer, saving->pending);
    }
  else
    {
      show_error (self, TRUE,
                  saving->file != NULL ? saving->file : trappa_document_get_file (self->document), error);
      pending_finish (saving->pending, FALSE);
    }
  g_clear_object (&saving->file);
  g_object_unref (saving->self);
  g_free (saving);
}

/* Saves to @file (NULL: the document's own file) in the background, then
 * continues. Editing goes on meanwhile: the plan is taken as it was when
 * the save started. */
static void
save_to (TrappaWindow *self,
         GFile        *file,
         gboolean      overwrite,
         Pending      *pending)
{
  Saving *saving;

  if (!ready_for_file_work (self))
    {
      pending_finish (pending, FALSE);
      return;
    }
  saving = g_new0 (Saving, 1);
  saving->self = g_object_ref (self);
  saving->file = file != NULL ? g_object_ref (file) : NULL;
  saving->pending = pending;
  trappa_document_save_async (self->document, file, overwrite, NULL, on_saved, saving);
}

static GtkFileChooser *
chooser_new (TrappaWindow         *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkNativeDialog *chooser = trappa_window_plan_chooser_new (self, title, action, accept);

  g_set_object (&self->chooser, chooser);
  g_object_unref (chooser);
  return GTK_FILE_CHOOSER (chooser);
}

/* The chosen file, with the plan extension added when a new file's name
 * has none. Drops the chooser. */
static GFile *
chooser_take_file (TrappaWindow *self,
                   int           response)
{
  g_autoptr(GtkNativeDialog) chooser = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL)
    return NULL;

  name = g_file_get_basename (file);
  if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE &&
      strchr (name, '.') == NULL)
    {
      g_autofree char *with_extension = g_strconcat (name, TRAPPA_PLAN_FILE_EXTENSION, NULL);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      return g_file_get_child (parent, with_extension);
    }
  return g_steal_pointer (&file);
}

static void
on_save_as_response (GtkNativeDialog *chooser,
                     int              response,
                     Pending         *pending)
{
  g_autoptr(GFile) file = chooser_take_file (pending->self, response);

  if (file != NULL)
    save_to (pending->self, file, TRUE, pending);
  else
    pending_finish (pending, FALSE);
}

static void
ask_save_as (TrappaWindow *self,
             Pending      *pending)
{
  GtkFileChooser *chooser = chooser_new (self, _("Save Plan"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  GFile *file = trappa_document_get_file (self->document);
  g_autofree char *title = trappa_document_dup_title (self->document);
  g_autofree char *name = g_strconcat (title, TRAPPA_PLAN_FILE_EXTENSION, NULL);

  /* Proposes the current name in the current folder, so that "Save As"
   * starts from the copy at hand (set_file alone leaves the name empty in
   * the portal's chooser). */
  if (file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);
      g_autofree char *basename = g_file_get_basename (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (chooser, folder, NULL);
      gtk_file_chooser_set_current_name (chooser, basename);
    }
  else
    gtk_file_chooser_set_current_name (chooser, name);
  if (pending == NULL)
    pending = pending_new (self, NULL, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response), pending);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_then (TrappaWindow *self,
           Pending      *pending)
{
  if (trappa_document_get_file (self->document) != NULL)
    save_to (self, NULL, FALSE, pending);
  else
    ask_save_as (self, pending);
}

static void
on_discard_answer (TrappaWindow *self,
                   const char   *response,
                   Pending      *pending)
{
  if (g_str_equal (response, "save"))
    save_then (self, pending);
  else
    pending_finish (pending, g_str_equal (response, "discard"));
}

/* Runs @pending at once when nothing is unsaved, else after asking. */
static void
confirm_discard (TrappaWindow *self,
                 Pending      *pending)
{
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  if (!trappa_plan_get_modified (trappa_document_get_plan (self->document)))
    {
      pending_finish (pending, TRUE);
      return;
    }

  title = trappa_document_dup_title (self->document);
  body = g_strdup_printf (_("“%s” has unsaved changes. Changes that are not saved will be lost."), title);
  dialog = question_new (self, _("Save Changes?"), body);
  adw_message_dialog_add_response (dialog, "discard", _("_Discard"));
  adw_message_dialog_add_response (dialog, "save", _("_Save"));
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  question_ask (self, dialog, on_discard_answer, pending);
}

static void
do_new (TrappaWindow *self,
        GFile        *file)
{
  trappa_document_reset (self->document);
}

#define SLOW_LOAD_MS 400

typedef struct
{
  TrappaWindow *self;
  GFile        *file;
  guint         slow_id;
} Loading;

/* A load that takes long offers Cancel beside the spinner. (Not in a
 * toast: dismissing one as the window closes crashes libadwaita 1.2.) */
static gboolean
on_load_slow (gpointer data)
{
  Loading *loading = data;
  g_autofree char *name = g_file_get_basename (loading->file);
  g_autofree char *tooltip = g_strdup_printf (_("Opening “%s”…"), name);

  loading->slow_id = 0;
  if (loading->self->document == NULL)
    return G_SOURCE_REMOVE;
  gtk_widget_set_tooltip_text (GTK_WIDGET (loading->self->cancel_button), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (loading->self->cancel_button), TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_cancel_clicked (TrappaWindow *self)
{
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Loading *loading = data;
  TrappaWindow *self = loading->self;
  g_autoptr(GError) error = NULL;
  gboolean loaded;

  /* Before the plan comes, so that the title is the plan's. */
  g_clear_object (&self->opening);
  loaded = trappa_document_load_finish (TRAPPA_DOCUMENT (source), result, &error);
  g_clear_handle_id (&loading->slow_id, g_source_remove);
  /* Destroyed meanwhile (the load was cancelled), or the load replaced. */
  if (self->document != NULL)
    {
      g_clear_object (&self->loading);
      trappa_window_update_title (self);
      gtk_widget_set_sensitive (self->content, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
      if (loaded)
        trappa_window_add_recent (self, loading->file);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, FALSE, loading->file, error);
    }
  g_object_unref (loading->file);
  g_object_unref (loading->self);
  g_free (loading);
}

/* Opens @file in the background: the window shows a spinner (and, when it
 * takes long, Cancel) and cannot be edited meanwhile. On error
 * the plan shown stays as it was. */
static void
do_load (TrappaWindow *self,
         GFile        *file)
{
  Loading *loading;

  if (!ready_for_file_work (self))
    return;
  loading = g_new0 (Loading, 1);
  loading->self = g_object_ref (self);
  loading->file = g_object_ref (file);
  self->loading = g_cancellable_new ();
  g_set_object (&self->opening, file);
  trappa_window_update_title (self);
  gtk_widget_set_sensitive (self->content, FALSE);
  loading->slow_id = g_timeout_add (SLOW_LOAD_MS, on_load_slow, loading);
  trappa_document_load_async (self->document, file, self->loading, on_loaded, loading);
}

static gboolean
close_later (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
do_close (TrappaWindow *self,
          GFile        *file)
{
  self->close_confirmed = TRUE;
  /* Not from inside the question's response: the dialog, transient for
   * this window, is still handling it. */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_later, g_object_ref (self), g_object_unref);
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  TrappaWindow    *self)
{
  g_autoptr(GFile) file = chooser_take_file (self, response);

  if (file != NULL)
    trappa_window_open (self, file);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TrappaWindow *self = TRAPPA_WINDOW (widget);

  confirm_discard (self, pending_new (self, do_new, NULL));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrappaWindow *self = TRAPPA_WINDOW (widget);
  GtkFileChooser *chooser = chooser_new (self, _("Open Plan"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  trappa_window_open (TRAPPA_WINDOW (widget), file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_then (TRAPPA_WINDOW (widget), NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ask_save_as (TRAPPA_WINDOW (widget), NULL);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TrappaPlan *plan = trappa_document_get_plan (TRAPPA_WINDOW (widget)->document);
  gboolean undo = g_str_equal (action_name, "win.undo");
  /* Taken before the step, which moves it to the other stack. */
  g_autofree char *label = g_strdup (undo ? trappa_plan_get_undo_label (plan) : trappa_plan_get_redo_label (plan));
  g_autofree char *title = NULL;

  if (undo)
    trappa_plan_undo (plan);
  else
    trappa_plan_redo (plan);

  /* Says what the step undid, as the edit's label names it. */
  if (label == NULL || label[0] == '\0')
    return;
  /* TRANSLATORS: a toast after Undo; %s names the edit, e.g. "Add row" */
  title = undo ? g_strdup_printf (_("Undone: %s"), label)
  /* TRANSLATORS: a toast after Redo; %s names the edit, e.g. "Add row" */
               : g_strdup_printf (_("Redone: %s"), label);
  trappa_window_toast (TRAPPA_WINDOW (widget), title);
}

/* The first chart shown in @widget's tree, or NULL. */
static TrappaChartView *
find_chart (GtkWidget *widget)
{
  if (TRAPPA_IS_CHART_VIEW (widget) && gtk_widget_get_mapped (widget))
    return TRAPPA_CHART_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      TrappaChartView *found = find_chart (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* "win.present" (F5): the pane's chart on the projector, the plan's other
 * charts a page away; a pane without a chart starts at the first. */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TrappaWindow *self = TRAPPA_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  trappa_presentation_window_present (GTK_WINDOW (self), trappa_document_get_plan (self->document),
                                      page != NULL ? find_chart (page) : NULL);
}

void
trappa_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, trappa_shortcuts_window_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
}

/* From close-request: TRUE when the window may close now. */
gboolean
trappa_window_confirm_close (TrappaWindow *self)
{
  if (self->close_confirmed ||
      !trappa_plan_get_modified (trappa_document_get_plan (self->document)))
    return TRUE;

  confirm_discard (self, pending_new (self, do_close, NULL));
  return FALSE;
}

void
trappa_window_open (TrappaWindow *self,
                    GFile        *file)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  GFile *shown;

  g_return_if_fail (TRAPPA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A window with a plan in it keeps it: the application opens the file
   * in a window of its own, or brings forward the one that has it. */
  shown = trappa_document_get_file (self->document);
  if (application != NULL &&
      (shown != NULL || trappa_document_get_busy (self->document) ||
       trappa_plan_get_modified (trappa_document_get_plan (self->document))))
    {
      g_application_open (application, &file, 1, "");
      return;
    }
  confirm_discard (self, pending_new (self, do_load, file));
}

void
trappa_window_recover (TrappaWindow      *self,
                       const TrappaDraft *draft)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;

  g_return_if_fail (TRAPPA_IS_WINDOW (self));
  g_return_if_fail (draft != NULL);

  if (trappa_document_recover (self->document, draft, &error))
    return;
  heading = g_strdup_printf (_("Could not restore “%s”"), draft->title);
  trappa_window_show_problem (self, heading, error->message);
}

void
trappa_window_show_problem (TrappaWindow *self,
                            const char   *heading,
                            const char   *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkNativeDialog *
trappa_window_plan_chooser_new (TrappaWindow         *self,
                                const char           *title,
                                GtkFileChooserAction  action,
                                const char           *accept)
{
  GtkFileChooserNative *chooser = trappa_file_chooser_new (GTK_WIDGET (self), title, action, accept);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Housing plans"));
  gtk_file_filter_add_pattern (filter, "*" TRAPPA_PLAN_FILE_EXTENSION);
  gtk_file_filter_add_mime_type (filter, "application/x-trappa-plan");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return GTK_NATIVE_DIALOG (chooser);
}
