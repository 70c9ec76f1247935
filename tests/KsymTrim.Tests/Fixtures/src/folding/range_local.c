#include "folding.h"

/* fill() is local, its address is not taken, and only functions the other member does not name call it: the
 * backend's IPSCCP compares len as [32, 40], so even its out-of-line copy drops copy_overflow. */
RANGE_FILL(fill)

long range_local_a(void)
{
	return fill(32);
}

long range_local_b(void)
{
	return fill(40);
}
