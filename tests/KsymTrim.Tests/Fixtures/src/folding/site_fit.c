#include "folding.h"

/* Each call passes a buffer and the count of words it holds: four into four, three into three. Once read_words
 * (site_lib.c) is inlined at each call, the buffer's object size is never below the copy, and copy_overflow goes.
 * As independent arguments (n 3 or 4, the buffer 24 or 32 bytes) a copy of 32 into 24 would seem possible: the
 * calls' own contexts (ModuleWalk.SiteContexts) keep the pairs. */
long site_fit_four(void)
{
	unsigned long words[4];

	return read_words(words, 4);
}

long site_fit_three(void)
{
	unsigned long words[3];

	return read_words(words, 3);
}
