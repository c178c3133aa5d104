/* trappa-ssb-import.h: Statistics Norway's population projection into a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "trappa-plan.h"

G_BEGIN_DECLS

/* Larger than any municipality's table in any of SSB's formats. */
#define TRAPPA_SSB_MAX_BYTES (32 * 1024 * 1024)

/* Reads table 14288 (or a national alternative's table) as CSV or
 * JSON-stat2 and adds one population series per scenario to @plan, as one
 * undoable edit; a series of the same scenario is replaced. When the plan
 * has no age bands, the default ones (0–17, 18–66, 67–79, 80+) are added.
 * @scenario (may be NULL) picks one scenario of several or names the one
 * a file does not name. On error the plan is unchanged and the message
 * starts with @display_name and names the line or value. Imported with
 * something the user must know, @warning (may be NULL) is set to it (a
 * table that starts after the plan's base year, with the rule the needs
 * then follow), else to NULL. */
gboolean trappa_ssb_import_bytes (TrappaPlan  *plan,
                                  GBytes      *bytes,
                                  const char  *display_name,
                                  const char  *scenario,
                                  char       **warning,
                                  GError     **error);

gboolean trappa_ssb_import_file  (TrappaPlan  *plan,
                                  GFile       *file,
                                  const char  *scenario,
                                  char       **warning,
                                  GError     **error);

/* The command line's --import-population: loads @plan_path, imports
 * @input and saves the result as @output. @plan_path is never written. */
gboolean trappa_ssb_import_command (const char  *input,
                                    const char  *scenario,
                                    const char  *plan_path,
                                    const char  *output,
                                    char       **warning,
                                    GError     **error);

G_END_DECLS
