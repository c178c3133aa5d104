/* trappa-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "trappa-error.h"

G_DEFINE_QUARK (trappa-error-quark, trappa_error)
