/* trappa-cli.c: the commands that run without a window or a display
 *
 * Each command is one option and one function in the table below; the
 * function gets the parsed options and the file arguments and returns the
 * exit status. Add a command (e.g. --export-chart) with one option entry
 * (plus any options it takes) and one table row. Nothing here touches GTK,
 * so commands work on a server and in CI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "trappa-cli"

#include <glib/gi18n.h>

#include "trappa-chart-export.h"
#include "trappa-cli.h"
#include "trappa-cli-merge.h"
#include "trappa-plan-file.h"
#include "trappa-report-pdf.h"
#include "trappa-ssb-import.h"
#include "trappa-table-file.h"
#include "trappa-validate.h"
#include "trappa-vote-collect.h"

typedef int (*TrappaCliCommand) (GVariantDict       *options,
                                 const char * const *files);

static int
validate_command (GVariantDict       *options,
                  const char * const *files)
{
  /* The plans read are kept to the end of the process, which is near:
   * freeing their records one by one took a tenth of the time it took to
   * read them. Held here, a leak check sees them still in use. */
  static GPtrArray *read;
  g_autoptr(GString) out = g_string_new (NULL);
  int status;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--validate needs one or more plan files"));
      return 2;
    }
  if (read == NULL)
    read = g_ptr_array_new ();
  status = trappa_validate_files (files, out, read);
  g_print ("%s", out->str);
  return status;
}

/* trappa --export-chart KIND --output FILE [--size WxH] [--axes X,Y]
 * [--scenario NAME] PLAN, KIND any name in the chart-kind table */
static int
export_chart_command (GVariantDict       *options,
                      const char * const *files)
{
  const char *chart = NULL, *output = NULL, *size = NULL, *axes = NULL, *scenario = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_dict_lookup (options, "export-chart", "&s", &chart);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "size", "&s", &size);
  g_variant_dict_lookup (options, "axes", "&s", &axes);
  g_variant_dict_lookup (options, "scenario", "&s", &scenario);
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("%s\n", _("--export-chart needs exactly one plan file"));
      return 2;
    }
  trappa_plan_file_init ();
  file = g_file_new_for_commandline_arg (files[0]);
  plan = trappa_plan_file_load (file, NULL, NULL, &error);
  if (plan == NULL ||
      !trappa_chart_export_command_full (plan, chart, output, size, axes, scenario, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

/* trappa --import-population FILE [--scenario NAME] --output NEW_PLAN PLAN:
 * PLAN is read, never written. */
static int
import_population_command (GVariantDict       *options,
                           const char * const *files)
{
  const char *input = NULL, *scenario = NULL, *output = NULL;
  g_autofree char *warning = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_dict_lookup (options, "import-population", "^&ay", &input);
  g_variant_dict_lookup (options, "scenario", "&s", &scenario);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  if (files == NULL || files[0] == NULL || files[1] != NULL || output == NULL)
    {
      g_printerr ("%s\n", _("--import-population needs --output NEW_PLAN and exactly one plan file"));
      return 2;
    }
  if (!trappa_ssb_import_command (input, scenario, files[0], output, &warning, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (warning != NULL)
    g_printerr ("%s\n", warning);
  return 0;
}

static int
diff_command (GVariantDict       *options,
              const char * const *files)
{
  return trappa_cli_diff (files);
}

static int
merge_command (GVariantDict       *options,
               const char * const *files)
{
  const char *output = NULL;

  g_variant_dict_lookup (options, "output", "^&ay", &output);
  return trappa_cli_merge (files, output);
}

/* trappa --collect-votes PLAN --listen ADDRESS:PORT [--axes X,Y] --output NEW_PLAN:
 * PLAN is read, never written. */
static int
collect_votes_command (GVariantDict       *options,
                       const char * const *files)
{
  const char *plan = NULL, *listen = NULL, *axes = NULL, *output = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_dict_lookup (options, "collect-votes", "^&ay", &plan);
  g_variant_dict_lookup (options, "listen", "&s", &listen);
  g_variant_dict_lookup (options, "axes", "&s", &axes);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  if (listen == NULL || output == NULL || files != NULL)
    {
      g_printerr ("%s\n", _("--collect-votes needs --listen ADDRESS:PORT and --output NEW_PLAN"));
      return 2;
    }
  if (!trappa_vote_collect_command (plan, listen, axes, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

/* trappa --export-table NAME|all [--scenario NAME] --output FILE.csv|FILE.xlsx PLAN */
static int
export_table_command (GVariantDict       *options,
                      const char * const *files)
{
  const char *name = NULL, *output = NULL, *scenario = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_dict_lookup (options, "export-table", "&s", &name);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  g_variant_dict_lookup (options, "scenario", "&s", &scenario);
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("%s\n", _("--export-table needs exactly one plan file"));
      return 2;
    }
  trappa_plan_file_init ();
  file = g_file_new_for_commandline_arg (files[0]);
  plan = trappa_plan_file_load (file, NULL, NULL, &error);
  if (plan == NULL || !trappa_table_file_export_command_for (plan, name, scenario, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

/* trappa --export-report --output PLAN.pdf PLAN */
static int
export_report_command (GVariantDict       *options,
                       const char * const *files)
{
  const char *output = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TrappaPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_dict_lookup (options, "output", "^&ay", &output);
  if (files == NULL || files[0] == NULL || files[1] != NULL || output == NULL)
    {
      g_printerr ("%s\n", _("--export-report needs --output FILE.pdf and exactly one plan file"));
      return 2;
    }
  trappa_plan_file_init ();
  file = g_file_new_for_commandline_arg (files[0]);
  plan = trappa_plan_file_load (file, NULL, NULL, &error);
  if (plan == NULL || !trappa_report_export_pdf (plan, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

static const struct
{
  const char       *option;
  TrappaCliCommand  run;
} commands[] = {
  { "validate", validate_command },
  { "export-chart", export_chart_command },
  { "import-population", import_population_command },
  { "diff", diff_command },
  { "merge", merge_command },
  { "export-table", export_table_command },
  { "export-report", export_report_command },
  { "collect-votes", collect_votes_command },
};

static const GOptionEntry entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check plan files and print “ok” or each problem with file and line; no window is opened"), NULL },
  { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Draw a chart of the plan file (a staircase, the priority grid, the gap or need chart) to the --output file (PNG, SVG or PDF); no window is opened"),
    N_("KIND") },
  { "import-population", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Add Statistics Norway's population projection (CSV or JSON-stat2) to the plan and save it as the --output file; the plan file itself is not changed"),
    N_("FILE") },
  { "diff", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print every difference between two plan files, field by field; exit status 1 when they differ"), NULL },
  { "merge", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Merge two edited copies (BASE MINE THEIRS) of a plan into the --output file; exit status 1 and the conflicts listed when some remain"),
    NULL },
  { "export-table", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a table of the plan file (e.g. measures, action-plan; all for every table; an unknown name lists them) to the --output file (CSV or XLSX); no window is opened"),
    N_("TABLE") },
  { "export-report", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write the whole plan as a report for the council (A4 PDF, in the plan's language) to the --output file; no window is opened"),
    NULL },
  { "scenario", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The projection alternative for --import-population, --export-chart gap|need and --export-table needs, e.g. MMMM"),
    N_("NAME") },
  { "collect-votes", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open live voting on the plan's measures for participants' phones, until Ctrl+C; then save the votes as the --output file; the plan file itself is not changed"),
    N_("PLAN") },
  { "listen", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The address and port --collect-votes listens on, e.g. 192.168.1.20:8080"), N_("ADDRESS:PORT") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("File for --export-chart, --export-table, --export-report, --import-population, --merge and --collect-votes"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Size for --export-chart, default 1600x1000; a4 is a figure for the plan with a caption line, 16:9 a slide"), N_("WIDTHxHEIGHT|a4|16:9") },
  { "axes", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Axes of --export-chart priority and --collect-votes: two of haster, kostbart, innflytelse, kunnskap; default haster,kostbart"),
    N_("X,Y") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

void
trappa_cli_add_options (GApplication *application)
{
  g_application_add_main_option_entries (application, entries);
}

int
trappa_cli_run (GVariantDict   *options,
                char         ***files)
{
  *files = NULL;
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", files);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_variant_dict_contains (options, commands[i].option))
      return commands[i].run (options, (const char * const *) *files);
  return -1;
}
