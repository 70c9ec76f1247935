#include "folding.h"

/* Where folding would be wrong: fill_alloc (given_lib.c) sets its variable's size from read_count(), then gives it to
 * fill, a pointer to set_big_size, before alloc_pair_at. Inlined here, the call is direct, set_big_size is inlined and
 * its 10000 forwarded: kmalloc_large. An indirect call given the variable may become a known function. */
void *alloc_pair_at(const struct pair *p)
{
	return kmalloc(p->size, 1);
}

static void set_big_size(struct pair *p)
{
	p->size = 10000;
}

void *given_indirect(void)
{
	return fill_alloc(set_big_size);
}
