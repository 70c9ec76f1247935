#include "folding.h"

/* What this caller stores in g_size is what an external function returns: forwarded to alloc_g's load (inlined
 * here), it is no constant, and only __kmalloc is called. */
void *global_opaque(void)
{
	g_size = read_count();
	return alloc_g();
}
