#include "folding.h"

/* find_cfg() (ret_lib.c) returns a pointer it reads from the table it is given; this caller's table is nothing the
 * backend can know, so neither is the size: only __kmalloc is called (BitcodeModuleSet.SummarizeReturnContents:
 * the returned pointer's contents come from the table argument alone). */
void *ret_lookup(struct cfg **table)
{
	return kmalloc(find_cfg(table, 3)->size, 1);
}
