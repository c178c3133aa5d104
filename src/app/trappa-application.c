/* trappa-application.c: the application: windows, app actions, command line
 *
 * Command-line commands (--validate …) run in "handle-local-options",
 * before GTK starts, so they need no display. One process per user: a
 * second `trappa FILE` hands its files to the running instance. Every plan
 * opens in its own window; a plan that is open already has its window
 * brought forward.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-application"

#include "config.h"

#include <glib/gi18n.h>

#include "trappa-application.h"
#include "trappa-cli.h"
#include "trappa-desktop-actions.h"
#include "trappa-i18n.h"
#include "trappa-document.h"
#include "trappa-plan-preload.h"
#include "trappa-recovery-dialog.h"
#include "trappa-window.h"

struct _TrappaApplication
{
  AdwApplication parent_instance;

  char         **files;   /* from the command line, opened on activate */
  gboolean       recovery_offered;
};

G_DEFINE_FINAL_TYPE (TrappaApplication, trappa_application, ADW_TYPE_APPLICATION)

/* A window opening a plan is shown once the plan is read, or after this
 * long if that takes longer (it then shows its spinner): shown at once,
 * it was laid out and painted empty, and again a frame later with the
 * plan. */
#define SHOW_LOADING_MS 300

/* A window waiting to be shown (see SHOW_LOADING_MS). */
typedef struct
{
  TrappaApplication *application;
  GtkWindow         *window;
  gulong             busy_id;
  guint              timeout_id;
} Showing;

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (trappa_window_new (ADW_APPLICATION (user_data))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  /* Each window asks about its unsaved changes; the application ends
   * when the last window is gone. */
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { .name = "new-window", .activate = new_window_action },
  { .name = "quit", .activate = quit_action },
};

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

static GPtrArray *
files_for_paths (char **paths)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
  return files;
}

static int
trappa_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  TrappaApplication *self = TRAPPA_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = NULL;
  int status;

  g_clear_pointer (&self->files, g_strfreev);
  status = trappa_cli_run (options, &self->files);
  if (status >= 0 || self->files == NULL)
    return status;

  /* Read while GTK starts (in g_application_register) and the windows
   * are built; their documents take what was read. */
  files = files_for_paths (self->files);
  for (guint i = 0; i < files->len; i++)
    trappa_plan_preload_start (files->pdata[i]);
  /* Another Trappa runs already: it opens the files, this one ends. */
  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!g_application_get_is_remote (application))
    return -1;
  trappa_plan_preload_forget ();
  g_application_open (application, (GFile **) files->pdata, files->len, "");
  return 0;
}

static TrappaWindow *
window_with_file (GtkApplication *application,
                  GFile          *file)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      GFile *shown;

      if (!TRAPPA_IS_WINDOW (l->data))
        continue;
      shown = trappa_document_get_file (trappa_window_get_document (l->data));
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }
  return NULL;
}

/* Whether @window shows nothing yet: a new plan without edits. */
static gboolean
window_is_empty (TrappaWindow *window)
{
  TrappaDocument *document = trappa_window_get_document (window);

  return trappa_document_get_file (document) == NULL &&
         !trappa_plan_get_modified (trappa_document_get_plan (document)) &&
         !trappa_document_get_busy (document);
}

/* A restored plan goes in the first window while it is empty, else in a
 * window of its own. */
static void
on_restore (TrappaRecoveryDialog *dialog,
            const TrappaDraft    *draft,
            GtkApplication       *application)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  TrappaWindow *window = TRAPPA_IS_WINDOW (parent) && window_is_empty (TRAPPA_WINDOW (parent))
                         ? TRAPPA_WINDOW (parent) : NULL;

  if (window == NULL)
    {
      window = trappa_window_new (ADW_APPLICATION (application));
      gtk_window_present (GTK_WINDOW (window));
    }
  trappa_window_recover (window, draft);
}

/* Once, over the first window: the plans a crash left unsaved. */
static void
offer_recovery (TrappaApplication *self,
                GtkWindow         *window)
{
  g_autoptr(GPtrArray) drafts = NULL;
  TrappaRecoveryDialog *dialog;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  drafts = trappa_drafts_list ();
  if (drafts->len == 0)
    return;
  dialog = trappa_recovery_dialog_new (window, g_steal_pointer (&drafts));
  g_signal_connect_object (dialog, "restore", G_CALLBACK (on_restore), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
showing_free (Showing *showing)
{
  g_clear_signal_handler (&showing->busy_id, trappa_window_get_document (TRAPPA_WINDOW (showing->window)));
  g_clear_handle_id (&showing->timeout_id, g_source_remove);
  g_free (showing);
}

/* Before the plan's window sees the plan, so it never paints without
 * it; a problem with the file then shows above it. */
static void
show_window (Showing *showing)
{
  TrappaApplication *self = showing->application;
  GtkWindow *window = showing->window;

  g_object_set_data (G_OBJECT (window), "trappa-showing", NULL);
  gtk_window_present (window);
  offer_recovery (self, window);
}

static void
on_loading_busy (TrappaDocument *document,
                 GParamSpec     *pspec,
                 Showing        *showing)
{
  if (!trappa_document_get_busy (document))
    show_window (showing);
}

static gboolean
on_loading_slow (gpointer data)
{
  Showing *showing = data;

  showing->timeout_id = 0;
  show_window (showing);
  return G_SOURCE_REMOVE;
}

static void
show_when_loaded (TrappaApplication *self,
                  TrappaWindow      *window)
{
  TrappaDocument *document = trappa_window_get_document (window);
  Showing *showing;

  if (!trappa_document_get_busy (document))
    {
      gtk_window_present (GTK_WINDOW (window));
      offer_recovery (self, GTK_WINDOW (window));
      return;
    }
  showing = g_new0 (Showing, 1);
  showing->application = self;
  showing->window = GTK_WINDOW (window);
  showing->busy_id = g_signal_connect (document, "notify::busy", G_CALLBACK (on_loading_busy), showing);
  showing->timeout_id = g_timeout_add (SHOW_LOADING_MS, on_loading_slow, showing);
  g_object_set_data_full (G_OBJECT (window), "trappa-showing", showing, (GDestroyNotify) showing_free);
}

static void
trappa_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (trappa_application_parent_class)->startup (application);
  /* After libadwaita's own set-up, which binds its translations. */
  trappa_i18n_init_toolkit ();

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  trappa_desktop_actions_install (GTK_APPLICATION (application));
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accels[i].action, accels[i].accels);
}

static void
trappa_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      TrappaWindow *window = window_with_file (GTK_APPLICATION (application), files[i]);

      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }
      window = trappa_window_new (ADW_APPLICATION (application));
      trappa_window_open (window, files[i]);
      show_when_loaded (TRAPPA_APPLICATION (application), window);
    }
  /* A file opened again later is read again. */
  trappa_plan_preload_forget ();
}

static void
trappa_application_activate (GApplication *application)
{
  TrappaApplication *self = TRAPPA_APPLICATION (application);
  g_auto(GStrv) paths = g_steal_pointer (&self->files);
  g_autoptr(GPtrArray) files = files_for_paths (paths);

  GtkWindow *window;

  if (files->len > 0)
    {
      g_application_open (application, (GFile **) files->pdata, files->len, "");
      return;
    }
  window = GTK_WINDOW (trappa_window_new (ADW_APPLICATION (application)));
  gtk_window_present (window);
  offer_recovery (self, window);
}

static void
trappa_application_finalize (GObject *object)
{
  TrappaApplication *self = TRAPPA_APPLICATION (object);

  g_strfreev (self->files);
  G_OBJECT_CLASS (trappa_application_parent_class)->finalize (object);
}

static void
trappa_application_class_init (TrappaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = trappa_application_finalize;
  application_class->handle_local_options = trappa_application_handle_local_options;
  application_class->startup = trappa_application_startup;
  application_class->activate = trappa_application_activate;
  application_class->open = trappa_application_open;
}

static void
trappa_application_init (TrappaApplication *self)
{
  trappa_cli_add_options (G_APPLICATION (self));
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}

TrappaApplication *
trappa_application_new (void)
{
  return g_object_new (TRAPPA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/no/trappa/Trappa",
                       NULL);
}
