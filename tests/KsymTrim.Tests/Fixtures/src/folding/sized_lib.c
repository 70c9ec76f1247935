#include "folding.h"

/* Defined here, called by the sized_ cases: small, so the backend imports and inlines them there. */

/* Checks a copy of n bytes against the size of the buffer it is given. */
long fill_buf(char *buf, unsigned long n)
{
	if (!check_size(buf, n))
		return -1;
	return copy_raw(buf, n);
}

/* The same on a buffer it allocates with the size it is given. */
long fill_new(unsigned long size, unsigned long n)
{
	char *buf = alloc_sized(size);

	if (!check_size(buf, n))
		return -1;
	return copy_raw(buf, n);
}

/* A wrapper: inlined, what it returns is what alloc_sized returned. */
void *alloc_wrapped(unsigned long size)
{
	return alloc_sized(size);
}
