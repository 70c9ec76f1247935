#include "folding.h"

/* The size is read through one of two pointers that find_cfg() (ret_lib.c) returns, from a table nothing can know:
 * only __kmalloc is called (BitcodeModuleSet.AddressRule: each value of a phi or select of pointers is asked). */
void *ret_choice(struct cfg **table, int first)
{
	struct cfg *c;

	if (first)
		c = find_cfg(table, 0);
	else
		c = find_cfg(table + 8, 1);
	return kmalloc(c->size, 1);
}
