#include "folding.h"

/* Where folding without the contexts would be wrong: alloc_n(1 << 16) is 1 MiB, so its inlined copy calls
 * kmalloc_large; the context n = 65536 keeps it. */
void *ctx_big_a(void)
{
	return alloc_n(4);
}

void *ctx_big_b(void)
{
	return alloc_n(1 << 16);
}
