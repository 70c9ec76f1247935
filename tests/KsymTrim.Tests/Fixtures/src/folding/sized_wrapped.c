#include "folding.h"

/* Where folding would be wrong: alloc_wrapped (sized_lib.c) returns what alloc_sized returns; inlined, the buffer's
 * object size is 64, and copy_overflow is called (a function a member defines may return a sized allocation). */
long sized_wrapped(unsigned long n)
{
	char *buf = alloc_wrapped(64);

	if (!check_size(buf, n))
		return -1;
	return copy_raw(buf, n);
}
