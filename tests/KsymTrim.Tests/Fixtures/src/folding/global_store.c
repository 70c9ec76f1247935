#include "folding.h"

/* Where folding would be wrong: alloc_g() (global_lib.c) loads g_size, which this caller has just set to 10000.
 * The backend inlines alloc_g here and forwards the store to the load: kmalloc_large is called
 * (BitcodeModuleSet.MarkStoredGlobals). */
void *global_store(void)
{
	g_size = 10000;
	return alloc_g();
}
