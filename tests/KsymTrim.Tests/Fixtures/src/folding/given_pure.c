#include "folding.h"

/* Where folding would be wrong: the size is 10000 when the variable is given to crc_pair, an external function that
 * only reads (pure), and then to alloc_pair: kmalloc_large in the first, inlined, copy. An external function that
 * writes no memory leaves what the variable held. */
unsigned int crc_pair(const struct pair *p) __attribute__((pure));	/* defined by no member */
unsigned int crc_seen;

void *given_pure(int tag)
{
	struct pair p;
	void *a, *b;

	p.tag = tag;
	p.size = 10000;
	crc_seen = crc_pair(&p);
	a = alloc_pair(&p);
	p.size = read_count();
	b = alloc_pair(&p);
	return tag ? a : b;
}
