#include "folding.h"

/* Defined here, called by the ret_ cases: small, so the backend imports and inlines them there. */
unsigned long size_of(void)
{
	return read_count() * 2;
}

unsigned long size_or_big(int big)
{
	if (big)
		return 20000;
	return read_count();
}
