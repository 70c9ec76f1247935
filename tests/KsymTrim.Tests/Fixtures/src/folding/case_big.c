#include "folding.h"

/* alloc_vectors_big (case_lib.c) with 1: its count is 40 there, 40 * 256 bytes are past the large size, and the
 * inlined copy calls kmalloc_large. The outcome in which the test holds with 40 keeps it. */
void *owner_a, *owner_b;

void *case_big_shared(void)
{
	return alloc_vectors_big(1, &owner_a);
}

void *case_big_each(void)
{
	return alloc_vectors_big(0, &owner_b);
}
