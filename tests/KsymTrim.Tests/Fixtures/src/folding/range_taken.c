#include "folding.h"

/* Where the range would be wrong: fill()'s address is taken, so IPSCCP does not track its argument and the
 * out-of-line copy, which an indirect call may reach with any length, keeps copy_overflow. */
RANGE_FILL(fill)

long (*range_taken_hook)(unsigned int) = fill;

long range_taken_a(void)
{
	return fill(32);
}

long range_taken_b(void)
{
	return fill(40);
}
