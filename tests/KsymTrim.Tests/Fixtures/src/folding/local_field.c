#include "folding.h"

/* Where folding would be wrong: init_pair() (local_lib.c) sets the fields of this caller's variable, and the size is
 * read from its second field, through an element pointer. The backend inlines init_pair here and forwards the store:
 * the size is 10000, and kmalloc_large is called (BitcodeModuleSet.LoadIsSource: any field of a local variable). */
void *local_field(void)
{
	struct pair p;

	init_pair(&p);
	return kmalloc(p.size, 1);
}
