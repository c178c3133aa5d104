/* bench-mapped.c: runs a program and ends it as soon as it maps its first
 * top-level window, so that bench-perf can time another program's first
 * window (Gnumeric opening a CSV file) the way bench-first-window times
 * Trappa's
 *
 * Usage: bench-mapped PROGRAM [ARG…]
 *
 * Exits 0 once a window is mapped (after ending the program and waiting
 * for it, so that its CPU time and memory count as this process's), 1 when
 * the program ends or a minute passes first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <X11/Xlib.h>

#define GIVE_UP_MS 60000

extern char **environ;

/* Whether a top-level window (not a menu or tooltip) is mapped among
 * the events waiting. */
static int
window_mapped (Display *display)
{
  while (XPending (display) > 0)
    {
      XEvent event;

      XNextEvent (display, &event);
      if (event.type == MapNotify && !event.xmap.override_redirect)
        return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  Display *display;
  pid_t pid;
  int status;
  int waited = 0;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s PROGRAM [ARG…]\n", argv[0]);
      return 2;
    }
  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "%s: no display\n", argv[0]);
      return 1;
    }
  /* Without a window manager a top-level window is a child of the root
   * window: its mapping is reported there. */
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);
  if (posix_spawnp (&pid, argv[1], NULL, NULL, argv + 1, environ) != 0)
    {
      fprintf (stderr, "%s: cannot start %s\n", argv[0], argv[1]);
      return 1;
    }

  for (;;)
    {
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

      if (window_mapped (display))
        break;
      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          fprintf (stderr, "%s: %s ended without a window\n", argv[0], argv[1]);
          return 1;
        }
      if (waited >= GIVE_UP_MS)
        {
          fprintf (stderr, "%s: %s mapped no window in a minute\n", argv[0], argv[1]);
          kill (pid, SIGKILL);
          waitpid (pid, &status, 0);
          return 1;
        }
      /* Wakes up now and then to notice the program ending. */
      if (poll (&fd, 1, 100) == 0)
        waited += 100;
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  XCloseDisplay (display);
  return 0;
}
