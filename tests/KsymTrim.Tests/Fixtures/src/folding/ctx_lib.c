#include "folding.h"

/* Called by the other member with constants: ThinLTO imports and inlines it there, where n is a constant and
 * kmalloc's constant branch is taken; its own out-of-line copy (kept: an ld -r link keeps every global) calls
 * __kmalloc. Which constants reach n decides which cache function the module needs. */
void *alloc_n(unsigned int n)
{
	return kmalloc(n * 16, 1);
}
