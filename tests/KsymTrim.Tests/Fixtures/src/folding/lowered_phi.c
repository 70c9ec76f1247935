#include "folding.h"

extern int cpu_flags;	/* defined by no member, stored by none: no copy knows it */
void note_fallback(void);	/* defined by no member: keeps the branch a branch (no select) */

/* lowered_select with a branch: the test's true edge leads straight into the block of the size's phi, and cutting it
 * leaves the phi one value (removePredecessor folds it to 10000) before kmalloc's test is lowered: kmalloc_large. */
void *lowered_phi(void)
{
	unsigned long n = read_count();

	if (!__builtin_constant_p(cpu_flags)) {
		note_fallback();
		n = 10000;
	}
	return kmalloc(n, 1);
}
