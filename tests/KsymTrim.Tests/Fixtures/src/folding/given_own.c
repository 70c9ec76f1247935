#include "folding.h"

/* Where folding would be wrong: alloc_set (given_lib.c) stores 10000 through its argument, calls note_set and reads
 * the size back; here its argument is what new_pair() returns, whose contents nothing knows. note_set, which this
 * member defines, writes only last_own, so once the backend inlines it into alloc_set, the store reaches the load:
 * kmalloc_large, in alloc_set itself. A load through an argument also reads what the function stored there. */
int last_own;

void note_set(int tag)
{
	last_own = tag;
}

void *given_own(void)
{
	return alloc_set(new_pair());
}
