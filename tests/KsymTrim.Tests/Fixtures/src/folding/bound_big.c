#include "folding.h"

/* The checked call of bound_small.c, and one the checks do not cover: inlined there, alloc_bounded (bound_lib.c)
 * asks for 1501 * 8 bytes, so kmalloc_large is called. The bounds of what the calls pass are their union, 1..1500:
 * folding with the checked call's bounds alone would drop it. */
void *bound_big_caller(void)
{
	int n = limit_count & 0x7fff;

	if (n == 0 || n > 254)
		return 0;
	return alloc_bounded(n);
}

void *bound_big_literal(void)
{
	return alloc_bounded(1500);
}
