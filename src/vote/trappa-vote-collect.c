/* trappa-vote-collect.c: live voting without a window (--collect-votes)
 *
 * For scripts, tests and a leader without a projector: the same session
 * and server as the window's, a main loop that ends on SIGINT or SIGTERM,
 * and the result saved as a new plan file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-vote"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <glib-unix.h>

#include "trappa-plan-file.h"
#include "trappa-vote-collect.h"
#include "trappa-vote-server.h"

static gboolean
on_signal (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_CONTINUE;
}

gboolean
trappa_vote_collect_command (const char  *plan_path,
                             const char  *listen,
                             const char  *axes,
                             const char  *output,
                             GError     **error)
{
  g_autoptr(GFile) plan_file = g_file_new_for_commandline_arg (plan_path);
  g_autoptr(GFile) output_file = g_file_new_for_commandline_arg (output);
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GInetSocketAddress) address = NULL;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(TrappaVoteServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *url = NULL;
  TrappaAxis x_axis = TRAPPA_AXIS_URGENCY, y_axis = TRAPPA_AXIS_COST;
  guint sigint, sigterm, written;

  if (g_file_equal (plan_file, output_file))
    {
      g_set_error_literal (error, TRAPPA_ERROR, TRAPPA_ERROR_SAVE_FAILED,
                           _("The output must be a new file: the plan itself is never changed"));
      return FALSE;
    }
  if (axes != NULL && !trappa_priority_parse_axes (axes, &x_axis, &y_axis, error))
    return FALSE;
  address = trappa_vote_parse_address (listen, error);
  if (address == NULL)
    return FALSE;
  trappa_plan_file_init ();
  plan = trappa_plan_file_load (plan_file, NULL, NULL, error);
  if (plan == NULL)
    return FALSE;
  session = trappa_vote_session_new (plan, NULL, x_axis, y_axis, 0, error);
  if (session == NULL)
    return FALSE;
  server = trappa_vote_server_new (session, error);
  if (server == NULL || !trappa_vote_server_listen (server, address, error))
    return FALSE;

  url = trappa_vote_server_get_url (server);
  g_print (_("Voting is open at %s\n"), url);
  g_print (_("Token: %s\n"), trappa_vote_server_get_token (server));
  g_print ("%s\n", _("Press Ctrl+C to close voting and save the votes."));
  fflush (stdout);

  loop = g_main_loop_new (NULL, FALSE);
  sigint = g_unix_signal_add (SIGINT, on_signal, loop);
  sigterm = g_unix_signal_add (SIGTERM, on_signal, loop);
  g_main_loop_run (loop);
  g_source_remove (sigint);
  g_source_remove (sigterm);
  trappa_vote_server_close (server);

  written = trappa_vote_session_accept (session, plan);
  if (!trappa_plan_file_save (plan, output_file, NULL, NULL, error))
    return FALSE;
  g_print (g_dngettext (GETTEXT_PACKAGE, "Voting closed: %u participant voted, %u scores saved to %s\n",
                        "Voting closed: %u participants voted, %u scores saved to %s\n",
                        trappa_vote_session_count_voters (session, NULL)),
           trappa_vote_session_count_voters (session, NULL), written, output);
  return TRUE;
}
