#include "folding.h"

/* Where folding would be wrong: read_words' address is taken, and apply_words (site_lib.c) calls it; once apply_words
 * is inlined here the call is direct, with a two-word buffer and a count read at run time, and copy_overflow is called:
 * the direct calls are not all the calls (ModuleWalk.SiteContexts gives up on a function whose address is taken). */
long site_callback_four(void)
{
	unsigned long words[4];

	return read_words(words, 4);
}

long site_callback_read(void)
{
	unsigned long words[2];

	return apply_words(read_words, words, read_count());
}
