#include "folding.h"

/* The size is whatever an indirect call wrote into the local variable: unknown to every pass, so
 * __builtin_constant_p(n) is false once lowered and only __kmalloc is called. */
void *opaque_indirect(void)
{
	int n = 0;

	size_hook(&n);
	return kmalloc(n, 1);
}
