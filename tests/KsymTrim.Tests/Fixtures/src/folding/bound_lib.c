#include "folding.h"

/* A count the callers check before they pass it (snd-hda-core's hda_widget_sysfs_reinit: 1..254 widgets; bridge's
 * br_mdb: at most 31 sources). The callers (bound_small.c, bound_big.c) read it from limit_count, which this member
 * also stores a literal to: for all the analysis of the bitcode knows, the count may become constant. */
int limit_count;

void reset_count(void)
{
	limit_count = 0;
}

void *alloc_bounded(int n)
{
	return kmalloc((unsigned long)(n + 1) * 8, 1);
}

/* The kernel's struct_size(): a header and n entries of 24 bytes, SIZE_MAX when the product overflows (a select on
 * the overflow bit of llvm.umul.with.overflow, which no n the callers pass can set). */
void *alloc_entries(unsigned long n)
{
	unsigned long bytes;

	if (__builtin_mul_overflow(n, 24UL, &bytes))
		bytes = ~0UL;
	return kmalloc(bytes + 16, 1);
}

/* A size known at compile time: kmalloc_small is a reference of every bound_* module whatever the counts do. */
void *alloc_fixed(void)
{
	return kmalloc(64, 1);
}
