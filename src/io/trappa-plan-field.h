/* trappa-plan-field.h: one field of a record as text in the plan file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a field's property spec means in the file; the reader, the writer
 * and the schema generator all decide by this one function. */
typedef enum
{
  TRAPPA_FIELD_TEXT,        /* any text, kept exactly */
  TRAPPA_FIELD_CHOICE,      /* one of the spec's choices */
  TRAPPA_FIELD_REFERENCE,   /* the id of another record */
  TRAPPA_FIELD_REFERENCES,  /* ids separated by spaces */
  TRAPPA_FIELD_NUMBER,      /* a whole number within the spec's range */
  TRAPPA_FIELD_FLAG,        /* "true" or "false" */
  TRAPPA_FIELD_DATE,        /* YYYY-MM-DD, or empty */
  TRAPPA_FIELD_YEAR_AMOUNTS, /* YEAR:AMOUNT pairs separated by spaces */
} TrappaFieldKind;

TrappaFieldKind trappa_field_kind      (GParamSpec   *pspec);

/* The value as the file writes it, or NULL when it is the default (which
 * the file leaves out). */
char           *trappa_field_to_text   (GParamSpec   *pspec,
                                        const GValue *value);

/* Parses @text into @value (uninitialised on entry, initialised on
 * success). On failure returns FALSE and a translated @problem. */
gboolean        trappa_field_from_text (GParamSpec   *pspec,
                                        const char   *text,
                                        GValue       *value,
                                        char        **problem);

/* An id (trappa_plan_constraints_is_valid_id()) for the schema. */
#define TRAPPA_FIELD_ID_PATTERN "[A-Za-z_][A-Za-z0-9._\\-]*"

/* @text for a message, cut short: a hostile file may hold a megabyte in
 * one field. */
char           *trappa_field_quote     (const char   *text);

G_END_DECLS
