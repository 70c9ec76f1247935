#include "folding.h"

extern int cpu_flags;	/* defined by no member, stored by none: no copy knows it */

/* A test the backend lowers to false decides a later one: LowerConstantIntrinsics replaces
 * __builtin_constant_p(cpu_flags) by false and simplifies its users at once, so the select becomes 10000 before
 * kmalloc's own test is lowered, which then finds a constant: kmalloc_large is called. The fold must decide the
 * tests together, in order, not take the second one's operand as no constant because nothing reaches it. */
void *lowered_select(void)
{
	unsigned long n = read_count();

	if (!__builtin_constant_p(cpu_flags))
		n = 10000;
	return kmalloc(n, 1);
}
