#include "folding.h"

/* alloc_n(4) and alloc_n(8): 64 and 128 bytes, small. Folded in each calling context (n unknown, 4, 8), only
 * kmalloc_small and __kmalloc stay, as after the backend's inlining. */
void *ctx_args_a(void)
{
	return alloc_n(4);
}

void *ctx_args_b(void)
{
	return alloc_n(8);
}
