#include "folding.h"

/* Where folding would be wrong: the size is a phi of 24 and 0 plus what other.c passes, 10000. The backend inlines
 * this there, and the size is constant in each copy the branch makes: kmalloc_large is called (the choice's taint is
 * left out of the sum only when the other operand cannot become constant, BitcodeModuleSet.CarriesNoTaint). */
void *phi_sum(unsigned long n, int header)
{
	unsigned long extra = 0;

	if (header)
		extra = 24;
	return kmalloc(n + extra, 1);
}
