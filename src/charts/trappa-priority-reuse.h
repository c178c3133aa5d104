/* trappa-priority-reuse.h: the cards of the priority grid's previous
 * layout, for the next layout to take over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "trappa-priority-layout.h"

G_BEGIN_DECLS

typedef struct _TrappaPriorityReuse TrappaPriorityReuse;

/* Takes @previous (freed with the reuse) for a layout of @plan whose
 * cards' titles are in @card_font, an untitled measure's reading
 * @untitled. */
TrappaPriorityReuse *trappa_priority_reuse_new  (TrappaPriorityLayout       *previous,
                                                 TrappaPlan                 *plan,
                                                 const PangoFontDescription *card_font,
                                                 const char                 *untitled);
void                 trappa_priority_reuse_free (TrappaPriorityReuse        *self);
/* @measure's card of the previous layout, taken out of it, or NULL. When
 * the previous layout's cards had another font, the card comes without
 * its title's measures and text. @unchanged: whether the measure is
 * known not to have changed since (its id and the card's title are
 * current); else they must be compared. */
TrappaPriorityCard  *trappa_priority_reuse_take (TrappaPriorityReuse        *self,
                                                 TrappaMeasure              *measure,
                                                 gboolean                   *unchanged);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TrappaPriorityReuse, trappa_priority_reuse_free)

G_END_DECLS
