#include "folding.h"

/* Where folding would be wrong: the tag make_pair() (field_lib.c) stores is the literal 3; the backend forwards it to
 * the load once make_pair is inlined here, and kmalloc_large is called with 30000 (ReturnContents.At: the load reads
 * the bytes of the literal). */
void *field_tag(unsigned long n)
{
	return kmalloc(make_pair(n)->tag * 10000UL, 1);
}
