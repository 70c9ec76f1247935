#include "folding.h"

int query_size_big(unsigned long *n);	/* written_lib.c: 10000, and whether the firmware is busy */

/* Where folding would be wrong: query_size_big stores 10000; inlined, the store is forwarded to the load and
 * kmalloc(10004) calls kmalloc_large. LoadConstants names 10000 among what the callee writes. */
void *written_big(void)
{
	unsigned long n = 0;

	if (query_size_big(&n))
		return 0;
	return kmalloc(n + 4, 1);
}
