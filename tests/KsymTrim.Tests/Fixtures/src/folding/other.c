#include "folding.h"

/* Small and defined in another member: ThinLTO imports it into its callers and inlines it. */
void set_big(int *n)
{
	*n = 1 << 20;
}
