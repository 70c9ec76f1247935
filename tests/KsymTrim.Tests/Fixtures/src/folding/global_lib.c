#include "folding.h"

unsigned long g_size;

/* Defined here, called by the global_ cases after they store to g_size: small, so the backend imports and inlines
 * it there, next to the store. */
void *alloc_g(void)
{
	return kmalloc(g_size, 1);
}
