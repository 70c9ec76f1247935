#include "folding.h"

/* The size is a phi of the constant 10000 and what an external function returns, picked by a branch on the
 * argument; phi_use.c calls phi_branch(1). The phi is no constant here, but the backend inlines phi_branch there,
 * where the branch is decided, and the size is 10000: that copy calls kmalloc_large. A phi with a known incoming
 * value is as constant as the branches that pick its edge (BitcodeModuleSet.ControlTaint). */
void *phi_branch(int big)
{
	unsigned long n;

	if (big)
		n = 10000;
	else
		n = read_count();
	return kmalloc(n, 1);
}
