#include "folding.h"

/* Where folding would be wrong: the second call passes a two-word buffer and a count read at run time; its inlined
 * copy keeps the check, and copy_overflow is called. */
long site_over_four(void)
{
	unsigned long words[4];

	return read_words(words, 4);
}

long site_over_read(void)
{
	unsigned long words[2];

	return read_words(words, read_count());
}
