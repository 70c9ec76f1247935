#include "folding.h"

/* Where folding would be wrong (clang 22: __builtin_align_down is llvm.ptrmask, a pure intrinsic; clang 14 makes an
 * integer of the address): q is the variable's address through the mask, and 10000 is stored in the size through it
 * after read_count()'s; inlined, get_flag() is 1: kmalloc_large. A pure intrinsic given the address may return it:
 * the address is captured. */
int seen_tag;

void *given_masked(int tag)
{
	struct pair p;
	struct pair *q;

	p.tag = tag;
	q = __builtin_align_down(&p, get_align());
	seen_tag = q->tag;
	p.size = read_count();
	if (get_flag())
		q->size = 10000;
	return alloc_pair(&p);
}
