#include "folding.h"

/* Where folding would be wrong: the size is first set from read_count(), then overwritten with a literal before the
 * variable is given to alloc_pair: the last write is the literal, which the backend forwards once alloc_pair is
 * inlined: kmalloc_large is called. */
void *given_literal(int tag)
{
	struct pair p;

	p.size = read_count();
	p.tag = tag;
	p.size = 10000;
	return alloc_pair(&p);
}
