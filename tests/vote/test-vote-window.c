/* test-vote-window.c: live voting in the window — the dialog starts the
 * server on the chosen address, votes arriving show on the grid's count,
 * closing stops the port, accepting is one undo step, discarding changes
 * nothing, and the window goes when its plan does. Saves the dialog
 * (vote-dialog.png) and the projector view at 1024×768
 * (vote-projector.png, and with dot voting vote-projector-dots.png) in
 * the build folder, to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "trappa-dot-vote.h"
#include "trappa-presentation-window.h"
#include "trappa-priority-grid-view.h"
#include "trappa-priority-layout.h"
#include "trappa-priority-pane.h"
#include "trappa-vote-dialog.h"
#include "trappa-vote-window.h"
#include "ui-test-util.h"
#include "vote-fixture.h"

typedef struct
{
  VoteFixture  fixture;
  SoupSession *client;
  GtkWidget   *window;   /* the live-voting window */
  GtkWidget   *presentation;
  char        *base;     /* http://127.0.0.1:PORT */
  char        *token;
} Fixture;

/* POSTs @body to @path and returns the reply, or NULL with @error. */
static char *
post (Fixture     *f,
      const char  *path,
      const char  *body,
      GError     **error)
{
  g_autofree char *url = g_strdup_printf ("%s%s?t=%s", f->base, path, f->token);
  g_auto(VoteReply) reply = { 0 };

  vote_fixture_request (f->client, "POST", url, body, &reply);
  if (reply.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reply.error));
      return NULL;
    }
  g_assert_cmpuint (reply.status, ==, SOUP_STATUS_OK);
  return g_steal_pointer (&reply.body);
}

static char *
join (Fixture    *f,
      const char *group)
{
  g_autofree char *body = g_strdup_printf ("{\"group\":\"%s\"}", group);
  g_autofree char *reply = post (f, "/api/join", body, NULL);
  const char *start = strstr (reply, "\"participant\":\"") + strlen ("\"participant\":\"");

  return g_strndup (start, strchr (start, '"') - start);
}

static void
vote (Fixture    *f,
      const char *key,
      const char *measure,
      int         x,
      int         y)
{
  g_autofree char *body = vote_fixture_vote_body (key, measure, x, y);

  g_free (post (f, "/api/vote", body, NULL));
}

static AdwComboRow *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found;

      if (ADW_IS_COMBO_ROW (child) &&
          g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title))
        return ADW_COMBO_ROW (child);
      found = find_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *part)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), part) != NULL)
        return GTK_LABEL (child);
      found = find_label (child, part);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
save_png (GtkWidget  *window,
          const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "vote", name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (window), gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("%s", path);
}

/* The projector refreshes on a frame at most ten times a second, later on
 * a loaded machine or under a sanitizer: wait for the text, up to sixty
 * seconds (the test's timeout is longer). */
static GtkLabel *
wait_for_label (GtkWidget  *root,
                const char *text)
{
  GtkLabel *label = NULL;

  for (guint waited = 0; label == NULL && waited < 60000; waited += 100)
    {
      ui_test_run_for (100);
      label = find_label (root, text);
    }
  return label;
}

/* A window goes on an idle after its dialog is answered, later on a
 * loaded machine: waits until the weak pointer @window is cleared, up to
 * sixty seconds. */
static void
wait_until_gone (gpointer *window)
{
  for (guint waited = 0; *window != NULL && waited < 60000; waited += 50)
    ui_test_run_for (50);
  g_assert_null (*window);
}

/* The vote dialog among the windows, or NULL. */
static GtkWidget *
find_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (TRAPPA_IS_VOTE_DIALOG (l->data))
      return l->data;
  return NULL;
}

/* The dialog as the priority pane opens it (@data NULL), or from
 * presentation mode's V (@data "presentation", in f->presentation). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *dialog;
  AdwComboRow *address;
  GListModel *addresses;
  guint loopback = G_MAXUINT;
  g_autofree char *url = NULL;
  const char * const measures[] = { NULL };

  vote_fixture_init (&f->fixture);
  if (data != NULL)
    {
      f->presentation = trappa_presentation_window_present (NULL, f->fixture.plan, NULL);
      g_object_add_weak_pointer (G_OBJECT (f->presentation), (gpointer *) &f->presentation);
      ui_test_settle (f->presentation);
      g_assert_true (gtk_widget_activate_action (f->presentation, "presentation.live-voting", NULL));
      dialog = find_dialog ();
      g_assert_nonnull (dialog);
      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->presentation));
    }
  else
    dialog = trappa_vote_dialog_new (NULL, f->fixture.plan, measures, TRAPPA_AXIS_URGENCY, TRAPPA_AXIS_COST);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_settle (dialog);

  if (data == NULL)
    {
      /* No measure chosen (an empty filter): the dialog says so and stays. */
      g_assert_null (trappa_vote_dialog_start (TRAPPA_VOTE_DIALOG (dialog)));
      g_assert_nonnull (find_label (dialog, "at least one measure"));
    }
  /* From the grid every measure it shows is chosen. */
  for (GtkWidget *check = ui_test_find_descendant (dialog, GTK_TYPE_CHECK_BUTTON); check != NULL;
       check = gtk_widget_get_next_sibling (gtk_widget_get_parent (check)) != NULL
               ? gtk_widget_get_first_child (gtk_widget_get_next_sibling (gtk_widget_get_parent (check)))
               : NULL)
    {
      g_assert_true (data == NULL || gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }

  address = find_row (dialog, "Network address");
  g_assert_nonnull (address);
  addresses = adw_combo_row_get_model (address);
  for (guint i = 0; i < g_list_model_get_n_items (addresses); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (addresses), i), "127.0.0.1"))
      loopback = i;
  g_assert_cmpuint (loopback, !=, G_MAXUINT);
  adw_combo_row_set_selected (address, loopback);
  ui_test_settle (dialog);
  save_png (dialog, "vote-dialog.png");

  f->window = trappa_vote_dialog_start (TRAPPA_VOTE_DIALOG (dialog));
  g_assert_nonnull (f->window);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  url = trappa_vote_server_get_url (trappa_vote_window_get_server (TRAPPA_VOTE_WINDOW (f->window)));
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));
  g_assert_nonnull (find_label (f->window, url));
  f->base = g_strndup (url, strstr (url, "/?t=") - url);
  f->token = g_strdup (strstr (url, "/?t=") + 4);
  f->client = soup_session_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  if (f->presentation != NULL)
    gtk_window_destroy (GTK_WINDOW (f->presentation));
  ui_test_run_for (50);
  g_clear_object (&f->client);
  g_free (f->base);
  g_free (f->token);
  vote_fixture_clear (&f->fixture);
}

static void
test_accept (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *a = join (f, f->fixture.group[0]);
  g_autofree char *b = join (f, f->fixture.group[0]);
  g_autofree char *c = join (f, "");
  g_autoptr(GError) error = NULL;
  TrappaScore *score;
  TrappaPriorityLayout *layout;
  TrappaPriorityCard *card;

  vote (f, a, f->fixture.measure[0], 20, 80);
  vote (f, b, f->fixture.measure[0], 40, 60);
  vote (f, c, f->fixture.measure[1], 90, 10);
  vote (f, c, f->fixture.measure[2], 30, 30);
  g_assert_nonnull (wait_for_label (f->window, "3 participants, 3 have voted"));
  ui_test_settle (f->window);
  save_png (f->window, "vote-projector.png");
  /* The grid shows the votes' mean and spread, and how many placed it. */
  layout = trappa_chart_view_get_layout (TRAPPA_CHART_VIEW (ui_test_find_descendant (f->window,
                                                                                       TRAPPA_TYPE_PRIORITY_GRID_VIEW)));
  card = layout->cards->pdata[trappa_priority_layout_find (layout, f->fixture.measure[0])];
  g_assert_true (card->placed);
  g_assert_cmpfloat (card->score_x, ==, 30);
  g_assert_cmpfloat (card->score_y, ==, 70);
  g_assert_cmpuint (card->n_groups, ==, 2);
  g_assert_cmpfloat (card->spread_x, >, 0);
  card = layout->cards->pdata[trappa_priority_layout_find (layout, f->fixture.measure[1])];
  g_assert_cmpfloat (card->score_x, ==, 90);
  g_assert_cmpuint (card->n_groups, ==, 1);
  /* Worded for participants, without the circle of an axis nobody votes
   * on: the legend is the spread alone. */
  g_assert_cmpuint (layout->legend->len, ==, 1);
  g_assert_cmpint (g_array_index (layout->legend, TrappaPriorityMark, 0).kind, ==, TRAPPA_PRIORITY_MARK_SPREAD);
  g_assert_nonnull (find_label (f->window, "3 participants"));
  g_assert_false (trappa_plan_get_can_undo (f->fixture.plan));

  trappa_vote_window_close_voting (TRAPPA_VOTE_WINDOW (f->window));
  g_assert_null (post (f, "/api/vote", "{}", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
  ui_test_respond ("accept");
  wait_until_gone ((gpointer *) &f->window);

  score = trappa_measure_find_score (TRAPPA_MEASURE (trappa_plan_lookup (f->fixture.plan, f->fixture.measure[0])),
                                     f->fixture.group[0], "haster");
  g_assert_nonnull (score);
  g_assert_cmpint (trappa_item_get_int (TRAPPA_ITEM (score), "value"), ==, 30);
  g_assert_cmpstr (trappa_plan_get_undo_label (f->fixture.plan), ==, "Accept Live Votes");
  g_assert_true (trappa_plan_undo (f->fixture.plan));
  g_assert_false (trappa_plan_get_can_undo (f->fixture.plan));
}

static void
test_discard (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *a = join (f, f->fixture.group[1]);

  vote (f, a, f->fixture.measure[0], 20, 80);
  /* Closing the window closes voting first and asks. */
  gtk_window_close (GTK_WINDOW (f->window));
  g_assert_nonnull (f->window);
  ui_test_respond ("discard");
  wait_until_gone ((gpointer *) &f->window);
  g_assert_false (trappa_plan_get_can_undo (f->fixture.plan));
  g_assert_null (trappa_measure_find_score (TRAPPA_MEASURE (trappa_plan_lookup (f->fixture.plan, f->fixture.measure[0])),
                                            f->fixture.group[1], "haster"));
}

static void
test_plan_gone (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->fixture.plan);
  wait_until_gone ((gpointer *) &f->window);
  g_assert_null (post (f, "/api/session", "{}", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED);
}

/* Started from presentation mode, the live-voting window covers the
 * presentation's screen; leaving the presentation does not end the vote. */
static void
test_from_presentation (Fixture       *f,
                        gconstpointer  data)
{
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_display_get_default (),
                                                            gtk_native_get_surface (GTK_NATIVE (f->presentation)));
  GdkRectangle area;
  int width, height;
  g_autofree char *a = join (f, f->fixture.group[1]);

  gdk_monitor_get_geometry (monitor, &area);
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, area.width);
  g_assert_cmpint (height, ==, area.height);
  g_assert_null (gtk_window_get_transient_for (GTK_WINDOW (f->window)));

  gtk_widget_activate_action (f->presentation, "presentation.leave", NULL);
  wait_until_gone ((gpointer *) &f->presentation);
  g_assert_nonnull (f->window);
  vote (f, a, f->fixture.measure[0], 20, 80);
  g_assert_nonnull (wait_for_label (f->window, "1 participant, 1 has voted"));
}

/* The dots on the card of @measure_id in the layout of @grid's view, and
 * that its description says so ("N dots"). */
static guint
card_dots (GtkWidget  *grid,
           const char *measure_id)
{
  TrappaPriorityLayout *layout = trappa_chart_view_get_layout (TRAPPA_CHART_VIEW (grid));
  int index = trappa_priority_layout_find (layout, measure_id);
  TrappaPriorityCard *card;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;

  g_assert_cmpint (index, >=, 0);
  card = layout->cards->pdata[index];
  text = trappa_priority_layout_describe (layout, index);
  words = g_strdup_printf (" · %u dots", card->dots);
  g_assert_true (card->dots < 2 || strstr (text, words) != NULL);
  return card->dots;
}

/* With dot voting the projector lists the measures with most dots and
 * shows each card's; once accepted, the priority pane shows them on its
 * cards and in its ranking, the whole room's or one group's. */
static void
test_dots (void)
{
  VoteFixture fixture;
  g_autoptr(TrappaVoteSession) session = NULL;
  g_autoptr(TrappaVoteServer) server = NULL;
  g_autoptr(GInetSocketAddress) address = trappa_vote_parse_address ("127.0.0.1:0", NULL);
  g_autofree char *a = NULL, *b = NULL, *dots_a = NULL, *dots_b = NULL, *expected = NULL;
  GtkWidget *window, *grid, *pane;
  TrappaPriorityOptions options;
  g_autoptr(TrappaPriorityLayout) layout = NULL;

  vote_fixture_init (&fixture);
  session = vote_fixture_session (&fixture, 5);
  server = trappa_vote_server_new (session, NULL);
  g_assert_true (trappa_vote_server_listen (server, address, NULL));
  window = trappa_vote_window_new (NULL, fixture.plan, server);
  gtk_window_present (GTK_WINDOW (window));
  a = trappa_vote_session_join (session, "{\"group\":\"\"}", strlen ("{\"group\":\"\"}"), NULL);
  b = trappa_vote_session_join (session, "{\"group\":\"\"}", strlen ("{\"group\":\"\"}"), NULL);
  dots_a = g_strdup_printf ("{\"participant\":\"%s\",\"dots\":{\"%s\":2,\"%s\":3}}",
                            a, fixture.measure[0], fixture.measure[1]);
  dots_b = g_strdup_printf ("{\"participant\":\"%s\",\"dots\":{\"%s\":1}}", b, fixture.measure[1]);
  g_assert_true (trappa_vote_session_vote (session, dots_a, strlen (dots_a), NULL));
  g_assert_true (trappa_vote_session_vote (session, dots_b, strlen (dots_b), NULL));
  for (guint m = 0; m < 3; m++)
    {
      g_autofree char *placed_a = vote_fixture_vote_body (a, fixture.measure[m], 20 + 30 * m, 70 - 20 * m);
      g_autofree char *placed_b = vote_fixture_vote_body (b, fixture.measure[m], 40 + 20 * m, 90 - 30 * m);

      g_assert_true (trappa_vote_session_vote (session, placed_a, strlen (placed_a), NULL));
      g_assert_true (trappa_vote_session_vote (session, placed_b, strlen (placed_b), NULL));
    }
  expected = g_strdup ("Most dots:\n4  Housing First\n2  Startlån");
  g_assert_nonnull (wait_for_label (window, expected));
  grid = ui_test_find_descendant (window, TRAPPA_TYPE_PRIORITY_GRID_VIEW);
  ui_test_settle (window);
  save_png (window, "vote-projector-dots.png");
  g_assert_cmpuint (card_dots (grid, fixture.measure[1]), ==, 4);
  g_assert_cmpuint (card_dots (grid, fixture.measure[0]), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);

  trappa_vote_session_accept (session, fixture.plan);
  trappa_measure_set_dots (TRAPPA_MEASURE (trappa_plan_lookup (fixture.plan, fixture.measure[1])), fixture.plan,
                           fixture.group[0], 3, NULL);
  pane = trappa_priority_pane_new ();
  trappa_pane_set_plan (TRAPPA_PANE (pane), fixture.plan);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_set_child (GTK_WINDOW (window), pane);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_settle (window);
  /* The whole room's view: the dots of the participants without a group,
   * as its scores are theirs. */
  grid = GTK_WIDGET (trappa_priority_pane_get_grid (TRAPPA_PRIORITY_PANE (pane)));
  g_assert_cmpuint (card_dots (grid, fixture.measure[1]), ==, 4);
  g_assert_true (ui_test_has_label (pane, "● 4"));
  g_assert_true (ui_test_has_label (pane, "● 2"));
  /* Merged: every group's. */
  trappa_priority_options_init (&options);
  options.merged = TRUE;
  layout = trappa_priority_layout_new (fixture.plan, &options, 800, 600);
  g_assert_cmpuint (((TrappaPriorityCard *) layout->cards->pdata[trappa_priority_layout_find (layout, fixture.measure[1])])->dots,
                    ==, 7);
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_run_for (50);
  vote_fixture_clear (&fixture);
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
#define ADD(path, func) \
  g_test_add ("/trappa/vote/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("accept", test_accept);
  ADD ("discard", test_discard);
  ADD ("plan-gone", test_plan_gone);
  g_test_add ("/trappa/vote/window/from-presentation", Fixture, "presentation", fixture_set_up,
              test_from_presentation, fixture_tear_down);
#undef ADD
  g_test_add_func ("/trappa/vote/window/dots", test_dots);
  return g_test_run ();
}
