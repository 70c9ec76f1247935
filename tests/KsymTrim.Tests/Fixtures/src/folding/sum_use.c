#include "folding.h"

void *phi_sum(unsigned long n, int header);

/* Calls phi_sum (phi_sum.c) with constants: the backend imports and inlines it here. */
void *sum_use(void)
{
	return phi_sum(10000, 1);
}
