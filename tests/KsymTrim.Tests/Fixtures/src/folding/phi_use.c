#include "folding.h"

/* Calls phi_branch with a constant: the backend imports it here and inlines it. */
void *phi_use(void)
{
	return phi_branch(1);
}
