#include "folding.h"

/* The first block's data start 24 bytes in, each next one's at 0 or 24 as the block before says: the offset is a
 * choice among 24 and 0, and each size is a loaded length minus it. No copy knows the length, so none knows the
 * difference, whichever offset it takes: only __kmalloc is called (BitcodeModuleSet.CarriesNoTaint). */
void phi_offset(struct blocks *b, void **out)
{
	unsigned int offset = 24;

	for (unsigned int i = 0; i < b->count; i++) {
		unsigned int len = b->len[i & 15];

		out[i & 15] = kmalloc((len - offset) * 8UL, 1);
		offset = len & 1 ? 0 : 24;
	}
}
