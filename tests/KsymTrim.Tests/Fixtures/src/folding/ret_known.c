#include "folding.h"

/* Where the return summary would be wrong to call the result opaque: size_or_big() (ret_lib.c) returns 20000 when
 * asked for a big size, which the backend finds once it inlines it here. */
void *ret_known(void)
{
	return kmalloc(size_or_big(1), 1);
}
