#include "folding.h"

/* Where folding would be wrong: make_page_pair (field_lib.c) returns an address made of an integer and stores 10000 in
 * the size through it; inlined, the store is forwarded and kmalloc_large is called (ReturnedObjects: a write through an
 * address made of an integer may be through the one returned). */
void *field_page(void)
{
	return kmalloc(make_page_pair()->size, 1);
}
