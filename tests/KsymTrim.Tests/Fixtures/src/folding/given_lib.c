#include "folding.h"

/* Defined here, called by the given_ cases with the address of one of their local variables: the backend imports
 * and inlines them there, where the address is the caller's variable. alloc_pair does not capture its argument
 * (FunctionAttrs marks it nocapture), keep_pair does. */
void *alloc_pair(const struct pair *p)
{
	return kmalloc(p->size, 1);
}

int last_tag;

void note_pair(int tag)
{
	last_tag = tag;
}

struct pair *kept;

void keep_pair(struct pair *p)
{
	kept = p;
}

void poke_kept(void)
{
	kept->size = 10000;
}

void *alloc_set(struct pair *p)
{
	p->size = 10000;
	note_set(1);
	return kmalloc(p->size, 1);
}

void *alloc_via(struct holder *h)
{
	return kmalloc(h->pp->size, 1);
}

void *fill_alloc(void (*fill)(struct pair *))
{
	struct pair p;

	p.tag = 0;
	p.size = read_count();
	fill(&p);
	return alloc_pair_at(&p);
}

unsigned long get_align(void)
{
	return 8;
}

int get_flag(void)
{
	return 1;
}

void *alloc_many(const struct many *m)
{
	return kmalloc(m->l0, 1);
}
