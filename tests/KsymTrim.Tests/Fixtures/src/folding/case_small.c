#include "folding.h"

/* alloc_vectors (case_lib.c) with 1 and 0: the only constant its count becomes is 2, and 2 * 256 bytes are below
 * the large size, so kmalloc_large is never called (PossibleConstants: each outcome of the test folded). */
void *owner_a, *owner_b;

void *case_small_shared(void)
{
	return alloc_vectors(1, &owner_a);
}

void *case_small_each(void)
{
	return alloc_vectors(0, &owner_b);
}
