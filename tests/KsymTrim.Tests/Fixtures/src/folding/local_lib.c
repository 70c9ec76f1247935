#include "folding.h"

/* Defined here, called by the local_ cases with a local variable's address: small, so the backend imports and
 * inlines them there, where the address is the caller's variable. */
void *alloc_cfg(struct cfg *c)
{
	return kmalloc(c->size, 1);
}

long copy_into(void *p, unsigned long n)
{
	if (!check_size(p, n))
		return -1;
	return copy_raw(p, n);
}

void init_pair(struct pair *p)
{
	p->tag = 1;
	p->size = 10000;
}

void *fill_then_alloc(void (*fill)(int *))
{
	int n = read_count();

	fill(&n);
	return kmalloc(n, 1);
}
