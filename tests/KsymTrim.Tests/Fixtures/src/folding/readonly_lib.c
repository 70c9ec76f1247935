#include "folding.h"

/* Defined here, called by the readonly_ cases: small, so the backend imports and inlines it. It writes only its own
 * global, so once inlined it stands in the way of no store. */
int last_note;

void note_tag(int tag)
{
	last_note = tag;
}
