#include "folding.h"

/* Where folding would be wrong: fill_then_alloc (local_lib.c) loads its variable back after giving it to fill, here
 * fill_big through a pointer. Inlined here, the call is direct, fill_big is inlined and its 10000 forwarded to the
 * load: kmalloc_large. An indirect call given the variable may become a known function (LocalRule). */
static void fill_big(int *n)
{
	*n = 10000;
}

void *local_indirect(void)
{
	return fill_then_alloc(fill_big);
}
