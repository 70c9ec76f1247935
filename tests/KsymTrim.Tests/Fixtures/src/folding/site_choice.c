#include "folding.h"

/* Where folding would be wrong: the second call passes a choice of two two-word buffers, whose object size LLVM finds
 * once read_words is inlined (16 bytes), and a count read at run time: copy_overflow is called (ModuleWalk.SiteContexts
 * gives up on a pointer that is not a variable's start). */
long site_choice_four(void)
{
	unsigned long words[4];

	return read_words(words, 4);
}

long site_choice_read(int c)
{
	unsigned long a[2], b[2];

	return read_words(c ? a : b, read_count());
}
