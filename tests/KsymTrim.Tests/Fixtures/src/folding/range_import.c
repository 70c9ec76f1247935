#include "folding.h"

/* Where the range would be wrong: range_lib.c calls range_import_b, so ThinLTO may import it there, and then
 * promotes fill() to a global function (fill.llvm.N) that IPSCCP no longer tracks. */
RANGE_FILL(fill)

long range_import_a(void)
{
	return fill(32);
}

long range_import_b(void)
{
	return fill(40);
}
