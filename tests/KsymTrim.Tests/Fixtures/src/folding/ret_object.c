#include "folding.h"

/* Where folding would be wrong: make_cfg() (ret_lib.c) returns what an external function returns, but sets its size
 * to 10000 first. The backend inlines it here and forwards the store to the load: kmalloc_large is called
 * (BitcodeModuleSet.SummarizeReturnContents: a store through the returned pointer). */
void *ret_object(void)
{
	return kmalloc(make_cfg()->size, 1);
}
