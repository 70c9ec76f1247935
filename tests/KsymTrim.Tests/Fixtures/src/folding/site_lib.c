#include "folding.h"

/* Defined here, called by the site_ cases: small, so the backend imports and inlines it there. Bridge's
 * br_dev_read_uargs(): copies n words into the buffer it is given, checked against the buffer's size. */
long read_words(unsigned long *words, unsigned long n)
{
	if (!check_size(words, n * sizeof(*words)))
		return -1;
	return copy_raw(words, n * sizeof(*words));
}

/* Calls the function it is given: once inlined in a caller that passes read_words, the call is a direct one. */
long apply_words(long (*fn)(unsigned long *, unsigned long), unsigned long *words, unsigned long n)
{
	return fn(words, n);
}
