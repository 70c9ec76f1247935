#include "folding.h"

/* As opaque_indirect, through a function no member defines, with the load one block later. */
void *opaque_extern(int flags)
{
	int n = 0;

	if (read_size(&n) < 0)
		return 0;
	return kmalloc(n, flags);
}
