#include "folding.h"

/* Where folding would be wrong: the size alloc_cfg() (local_lib.c) loads through its argument is what this caller
 * stored in its own variable. The backend inlines alloc_cfg here and forwards the store: the size is 10000, and
 * kmalloc_large is called (BitcodeModuleSet.IsLocalAddress). */
void *local_store(void)
{
	struct cfg c = { .size = 10000 };

	return alloc_cfg(&c);
}
