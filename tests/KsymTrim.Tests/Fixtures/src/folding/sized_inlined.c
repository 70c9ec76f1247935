#include "folding.h"

/* Where folding would be wrong: fill_new (sized_lib.c) allocates with the size it is given; inlined here with 64, the
 * object size of its buffer is 64 and copy_overflow is called (ConstantFolding: an object size of what an allocsize
 * function returned is not decided). */
long sized_inlined(unsigned long n)
{
	return fill_new(64, n);
}
