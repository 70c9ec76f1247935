// alpha's second member: defines alpha_helper, needs kmalloc_trace.
extern void *kmalloc_trace(void *cache, unsigned int flags, unsigned long size);
extern void *alpha_cache;

int alpha_helper(int n)
{
	return kmalloc_trace(alpha_cache, 0xcc0, (unsigned long)n) != 0;
}
