#include "folding.h"

/* Defined here, given a caller's local variable by the written_ cases: small, so the backend imports and inlines
 * them there, where the address is the caller's variable. */
int firmware_busy(void);			/* defined by no member */
int firmware_size(unsigned long *n);		/* defined by no member: what it writes, nothing can know */

/* efivarfs' efivar_entry_size: 0 first, then the firmware writes the size. */
int query_size(unsigned long *n)
{
	*n = 0;
	if (firmware_busy())
		return -1;
	return firmware_size(n);
}

/* A default the caller keeps: 10000, and whether the firmware is busy. */
int query_size_big(unsigned long *n)
{
	*n = 10000;
	return firmware_busy();
}

/* A buffer of a size known here: kmalloc_small is a reference of every written_ module (in the kernel, the kmalloc
 * caches are), so written_zero's prediction is exact when kmalloc_large alone is decided. */
void *small_buffer(void)
{
	return kmalloc(64, 1);
}
