#include "folding.h"

/* Where folding would be wrong: pick_cfg() (ret_lib.c) returns the address it is given, here a global no member
 * writes. The backend inlines it and reads the global's size, 10000: kmalloc_large is called
 * (BitcodeModuleSet.LoadRule: what the returned pointer points to depends on the argument, a global's address). */
static struct cfg big_cfg = { .size = 10000 };

void *ret_global(void)
{
	return kmalloc(pick_cfg(&big_cfg)->size, 1);
}
