/* fuzz-driver.c: replays inputs through a fuzz target without libFuzzer
 *
 * Each argument is a file or a folder of files. Built when clang's
 * libFuzzer is not used, so the corpus runs as an ordinary test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "trappa-fuzz.h"

static guint
replay (const char *path)
{
  g_autofree char *contents = NULL;
  gsize size;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      if (!g_file_get_contents (path, &contents, &size, &error))
        g_error ("%s", error->message);
      LLVMFuzzerTestOneInput ((const guint8 *) contents, size);
      return 1;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      n += replay (child);
    }
  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);
  g_print ("Replayed %u inputs\n", n);
  return n > 0 ? 0 : 1;
}
