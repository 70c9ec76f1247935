/* The kernel's kmalloc() pattern (include/linux/slab.h, 6.1 and 6.12): a size known at compile time picks a
 * cache or kmalloc_large(); any other size calls __kmalloc(). Whether the constant branch survives the LTO
 * backend decides whether kmalloc_large is a reference of the module. */
typedef unsigned long size_t;
void *kmalloc_large(size_t size, int flags);
void *kmalloc_small(size_t size, int flags);
void *__kmalloc(size_t size, int flags);

static inline __attribute__((always_inline)) void *kmalloc(size_t size, int flags)
{
	if (__builtin_constant_p(size) && size) {
		if (size > 8192)
			return kmalloc_large(size, flags);
		return kmalloc_small(size, flags);
	}
	return __kmalloc(size, flags);
}

extern int (*size_hook)(int *n);	/* called indirectly: nothing can know what it writes */
int read_size(int *n);			/* defined by no member: as opaque */
void set_big(int *n);			/* defined by other.c: the LTO backend imports and inlines it */
unsigned int get_len(void);
void *alloc_n(unsigned int n);		/* defined by ctx_lib.c, called with constants */
