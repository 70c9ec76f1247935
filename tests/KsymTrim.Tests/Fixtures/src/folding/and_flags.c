#include "folding.h"

/* 6.12's test, __builtin_constant_p(size) && size, on a 32-bit length: clang joins the two with
 * `and i1 (icmp ne i32 len, 0), is.constant` (clang 14 puts the comparison first), an operation whose type is
 * that of a comparison's result. The length comes from a call no member defines: the constant branch goes. */
void *and_flags(void)
{
	unsigned int len = get_len();

	return kmalloc(len, 1);
}
