#include "folding.h"

struct ring {
	unsigned int count;
};

void ring_defaulted(struct ring *r);	/* defined by no member: keeps the branch a branch (no select) */

/* A default for a count left unset: the size is a phi of 256 and the count, times 40, and the branch that picks it
 * compares what memory holds, which no copy can know. Whenever the constant's edge lives (the count was 0), so does
 * the loaded value's, and the phi is no constant in any copy: only __kmalloc is called. */
void *phi_kept(struct ring *r)
{
	unsigned int n = r->count;

	if (n == 0) {
		n = 256;
		ring_defaulted(r);
	}
	return kmalloc(n * 40UL, 1);
}
