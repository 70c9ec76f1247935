#include "folding.h"

/* Where folding would be wrong: the size this caller gives alloc_set (given_lib.c) is read_count()'s, but
 * alloc_set writes 10000 through its argument before it reads it back (note_set, which this member defines, stands
 * between: the pre-link optimiser could not forward the store). Inlined, the 10000 is forwarded: kmalloc_large. A
 * callee that may write through the address (not readonly) is given every byte as known. */
int last_set;

void note_set(int tag)
{
	last_set = tag;
}

void *given_write(int tag)
{
	struct pair p;

	p.tag = tag;
	p.size = read_count();
	return alloc_set(&p);
}
