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
