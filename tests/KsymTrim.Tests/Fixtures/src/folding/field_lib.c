#include "folding.h"

/* Defined here, called by the field_ cases: small, so the backend imports and inlines them there. */

/* A constructor (the kernel's wg_peer_create, ecc_alloc_point): the tag set to a literal, the size to what the
 * caller passes. What a caller loads from the size is as known as what it passed, whatever the tag holds. */
struct pair *make_pair(unsigned long size)
{
	struct pair *p = new_pair();

	p->tag = 3;
	p->size = size;
	return p;
}

/* Allocates as the pair it is given says. */
void *alloc_by_size(struct pair *p)
{
	return kmalloc(p->size, 1);
}

/* A pair on a page whose address an external function returns as an integer (the kernel's __get_free_page), its size
 * set to 10000. */
struct pair *make_page_pair(void)
{
	struct pair *p = (struct pair *)get_page(0);

	p->size = 10000;
	return p;
}
