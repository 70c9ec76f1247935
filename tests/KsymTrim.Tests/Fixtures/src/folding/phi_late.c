#include "folding.h"

struct dev {
	unsigned short vendor, product;
	struct { unsigned short len; } *desc;
};

/* The size is a phi of a constant and a loaded value (btusb's pattern): propagation may meet the constant edge
 * first and find the size constant for a while. __builtin_constant_p must not be decided true then: once the
 * other edge joins, the size is not constant and only __kmalloc is called. */
void *phi_late(struct dev *d)
{
	unsigned int n = 260;

	if (d->vendor == 2578 && d->product == 1)
		n = d->desc->len;
	return kmalloc(n, 1);
}
