#include "folding.h"

/* swap_cfg() (ret_lib.c) stores 10000, but through the pointer it is given, not through the one it returns (an
 * external function's): the backend cannot forward that store to this load, whose object is another. Only __kmalloc
 * is called (BitcodeModuleSet.ReturnedObjects). */
void *ret_swap(struct cfg *hint)
{
	return kmalloc(swap_cfg(hint)->size, 1);
}
