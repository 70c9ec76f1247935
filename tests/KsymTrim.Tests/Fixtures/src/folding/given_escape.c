#include "folding.h"

/* Where folding would be wrong: the variable's address is captured (keep_pair keeps it in a global) before its size
 * is set from n, an argument no call makes constant; then poke_kept, given no address, writes a literal size through
 * the kept pointer. Inlined, the store to the global is forwarded to poke_kept's load of it, and the literal to
 * alloc_pair's load of the size: kmalloc_large is called. Once the address escaped, a call not given the variable
 * may write it. */
void *given_escape(int tag, unsigned long n)
{
	struct pair p;

	keep_pair(&p);
	p.tag = tag;
	p.size = n;
	poke_kept();
	return alloc_pair(&p);
}
