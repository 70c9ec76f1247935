#include "folding.h"

/* Where folding would be wrong: after the opaque call, set_big (another member's) writes a constant into the
 * variable. The LTO backend inlines it, forwards the store, and calls kmalloc_large. */
void *inlined_write(void)
{
	int n = 0;

	size_hook(&n);
	set_big(&n);
	return kmalloc(n, 1);
}
