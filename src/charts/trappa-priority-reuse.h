/* trappa-priority-reuse.h: the cards of the priority grid's previous
 * layout, for the next layout to take over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

typedef struct _TrappaPriorityReuse TrappaPriorityReuse;

/* Takes @previous (freed with the reuse) for a layout whose cards'
 * titles are in @card_font. */
TrappaPriorityReuse *trappa_priority_reuse_new  (TrappaPriorityLayout       *previous,
                                                 const PangoFontDescription *card_font);
void                 trappa_priority_reuse_free (TrappaPriorityReuse        *self);
/* @measure's card of the previous layout, taken out of it, or NULL. When
 * the previous layout's cards had another font, the card comes without
 * its title's measures and text. */
TrappaPriorityCard  *trappa_priority_reuse_take (TrappaPriorityReuse        *self,
                                                 TrappaMeasure              *measure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPriorityReuse, trappa_priority_reuse_free)

G_END_DECLS
