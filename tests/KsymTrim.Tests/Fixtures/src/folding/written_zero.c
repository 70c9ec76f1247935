#include "folding.h"

int query_size(unsigned long *n);	/* written_lib.c: 0, then what the firmware writes */

/* efivarfs_file_read: the size is 0, or what query_size's firmware call wrote, which nothing can know. Inlined,
 * kmalloc(n + 4) is constant only as kmalloc(4): never kmalloc_large (BitcodeModuleSet.LoadConstants, the outcomes
 * of the test). Before the rule, the load from n was unknown after a call given it, and kmalloc_large stayed. */
void *written_zero(void)
{
	unsigned long n = 0;

	if (query_size(&n))
		return 0;
	return kmalloc(n + 4, 1);
}
