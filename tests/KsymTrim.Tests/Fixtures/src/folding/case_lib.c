#include "folding.h"

/* One count of vectors or another (virtio_pci's vp_find_vqs_msix): two (forty), or one per queue. The callers
 * (case_small.c, case_big.c) pass literals, so the backend may decide the branch once it inlines these, and the
 * count is a constant there. The owner takes the calling contexts away: the callers pass addresses. */
void *alloc_vectors(int shared, void **owner)
{
	unsigned int n = shared ? 2 : (unsigned int)read_count();
	void *p = kmalloc(n * 256UL, 1);

	*owner = p;
	return p;
}

void *alloc_vectors_big(int shared, void **owner)
{
	unsigned int n = shared ? 40 : (unsigned int)read_count();
	void *p = kmalloc(n * 256UL, 1);

	*owner = p;
	return p;
}
