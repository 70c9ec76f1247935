#include "folding.h"

/* Where folding would be wrong: the variable given to alloc_via (given_lib.c) holds the address of another, whose
 * size is 10000; alloc_via loads the size through that pointer. Inlined, both are forwarded: kmalloc_large. A pointer
 * stored in the variable is no unknown integer: it may point to known contents, and its field stays known. */
void *given_pointer(int tag)
{
	struct pair q;
	struct holder h;

	q.tag = tag;
	q.size = 10000;
	h.pp = &q;
	return alloc_via(&h);
}
