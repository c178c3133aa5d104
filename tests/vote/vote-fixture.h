/* vote-fixture.h: a small plan to vote on, shared by the voting tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

#include "trappa-vote-session.h"

G_BEGIN_DECLS

/* Two workshop groups and three measures, the last titled as markup. */
typedef struct
{
  TrappaPlan *plan;
  const char *group[2];
  const char *measure[3];
} VoteFixture;

void   vote_fixture_init   (VoteFixture *fixture);
void   vote_fixture_clear  (VoteFixture *fixture);
/* A haster × kostbart session on every measure with @dots dots each. */
TrappaVoteSession *vote_fixture_session (VoteFixture *fixture,
                                         guint        dots);
/* A vote message placing @measure at (@x, @y). */
char  *vote_fixture_vote_body (const char *key,
                               const char *measure,
                               int         x,
                               int         y);
/* The session's whole state (joined, voters, every tally of every group)
 * as text, to check that a refused message changed nothing. */
char  *vote_fixture_state  (VoteFixture       *fixture,
                            TrappaVoteSession *session);

/* A reply as the test client saw it. */
typedef struct
{
  guint               status;
  char               *body;      /* "" when empty; NULL with error */
  SoupMessageHeaders *headers;
  GError             *error;
} VoteReply;

void   vote_fixture_reply_clear (VoteReply *reply);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VoteReply, vote_fixture_reply_clear)

/* Sends @method to @url (with the JSON @body unless NULL) and iterates
 * this thread's main loop until the reply: a server started by the test
 * answers from the same loop. */
void   vote_fixture_request     (SoupSession *client,
                                 const char  *method,
                                 const char  *url,
                                 const char  *body,
                                 VoteReply   *reply);

G_END_DECLS
