#include "folding.h"

/* Whatever constant the count becomes, the checks before it bound it: (n + 1) * 8 is at most 2040 bytes through
 * alloc_bounded (bound_lib.c), 16 * n at most 496 here, 300 * 24 + 16 through alloc_entries (its product cannot
 * overflow, so its SIZE_MAX is never picked), all below the large size, so kmalloc_large is never called
 * (ValueBounds: the test's true outcome folded with the count within its bounds). */
void *bound_small_caller(void)
{
	int n = limit_count & 0x7fff;

	if (n == 0 || n > 254)
		return 0;
	return alloc_bounded(n);
}

void *bound_small_entries(void)
{
	unsigned long n = (unsigned int)limit_count;

	if (n > 300)
		return 0;
	return alloc_entries(n);
}

void *bound_small_local(void)
{
	int n = limit_count;

	if (n < 0 || n > 31)
		return 0;
	return kmalloc(16UL * n, 1);
}
