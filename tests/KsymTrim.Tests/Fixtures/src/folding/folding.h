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
long read_count(void);			/* defined by no member: what it returns is unknown */
void *phi_branch(int big);		/* defined by phi_branch.c, called with 1 by phi_use.c */
void *alloc_vectors(int shared, void **owner);	/* defined by case_lib.c: kmalloc(2 or a count, times 256) */
void *alloc_vectors_big(int shared, void **owner);	/* defined by case_lib.c: kmalloc(40 or a count, times 256) */
extern int limit_count;			/* defined by bound_lib.c, which stores 0 to it */
void *alloc_bounded(int n);		/* defined by bound_lib.c: kmalloc((n + 1) * 8) */
void *alloc_entries(unsigned long n);	/* defined by bound_lib.c: kmalloc(struct_size-like 16 + n * 24) */
unsigned long size_of(void);		/* defined by ret_lib.c: returns only what read_count returns */
unsigned long size_or_big(int big);	/* defined by ret_lib.c: returns 20000 when big */
struct cfg {
	unsigned long size;
};
void *alloc_cfg(struct cfg *c);		/* defined by local_lib.c: kmalloc(c->size) */
void *fill_then_alloc(void (*fill)(int *));	/* defined by local_lib.c: a local int from read_count, given to fill, then kmalloc */
long copy_into(void *p, unsigned long n);	/* defined by local_lib.c: check_size(p, n), then copy_raw */
extern unsigned long g_size;		/* defined by global_lib.c */
void *alloc_g(void);			/* defined by global_lib.c: kmalloc(g_size) */

/* The kernel's check_copy_size() pattern (include/linux/thread_info.h): a copy larger than the buffer is
 * reported, by copy_overflow() when the size is not known at compile time. The buffer's size becomes 40 only after
 * the pre-link IPSCCP ran (InstCombine folds the object size), so the bitcode still compares the argument with 40;
 * the backend's IPSCCP compares it as the range of what every call passes. */
void copy_overflow(int size, unsigned long count);
void bad_copy(void);
unsigned long copy_raw(void *to, unsigned long n);

static inline __attribute__((always_inline)) int check_size(const void *addr, unsigned long bytes)
{
	int sz = __builtin_object_size(addr, 0);

	if (sz >= 0 && sz < bytes) {
		if (!__builtin_constant_p(bytes))
			copy_overflow(sz, bytes);
		else
			bad_copy();
		return 0;
	}
	return 1;
}

/* What every range_* case calls with 32 and 40: neither can overflow the buffer. */
#define RANGE_FILL(name)					\
	static __attribute__((noinline)) long name(unsigned int len) \
	{							\
		char buf[40];					\
		if (!check_size(buf, len))				\
			return -1;				\
		return copy_raw(buf, len);			\
	}
struct cfg *new_cfg(void);		/* defined by no member: an object nothing can know */
struct cfg *make_cfg(void);		/* defined by ret_lib.c: new_cfg(), its size set to 10000 */
struct cfg *find_cfg(struct cfg **table, int i);	/* defined by ret_lib.c: table[i & 7] */
struct cfg *pick_cfg(struct cfg *c);	/* defined by ret_lib.c: returns c */
struct cfg *swap_cfg(struct cfg *hint);	/* defined by ret_lib.c: new_cfg(), then hint's size set to 10000 */
struct pair {
	int tag;
	unsigned long size;
};
void init_pair(struct pair *p);		/* defined by local_lib.c: tag 1, size 10000 */
struct pair *new_pair(void);		/* defined by no member: an object nothing can know */
struct pair *make_pair(unsigned long size);	/* defined by field_lib.c: new_pair(), tag 3, size as given */
void *alloc_by_size(struct pair *p);	/* defined by field_lib.c: kmalloc(p->size) */
long read_words(unsigned long *words, unsigned long n);	/* defined by site_lib.c: check_size, then copy_raw */
void *alloc_sized(unsigned long size) __attribute__((alloc_size(1)));	/* defined by no member: LLVM knows its object's size */
long fill_buf(char *buf, unsigned long n);	/* defined by sized_lib.c: check_size(buf, n), then copy_raw */
long fill_new(unsigned long size, unsigned long n);	/* defined by sized_lib.c: the same on alloc_sized(size) */
void *alloc_wrapped(unsigned long size);	/* defined by sized_lib.c: returns alloc_sized(size) */
long apply_words(long (*fn)(unsigned long *, unsigned long), unsigned long *words, unsigned long n);	/* defined by site_lib.c: fn(words, n) */
unsigned long get_page(int flags);	/* defined by no member: an address as an integer (__get_free_page) */
struct pair *make_page_pair(void);	/* defined by field_lib.c: a pair at get_page(), its size set to 10000 */
struct blocks {
	unsigned int count;
	unsigned int len[16];
};
void *alloc_pair(const struct pair *p);	/* defined by given_lib.c: kmalloc(p->size) */
void note_pair(int tag);		/* defined by given_lib.c: writes a global, given no variable */
void keep_pair(struct pair *p);		/* defined by given_lib.c: keeps p in a global (captures it) */
void poke_kept(void);			/* defined by given_lib.c: sets the kept pair's size to 10000 */
void *alloc_set(struct pair *p);	/* defined by given_lib.c: stores 10000 in the size, then calls note_set */
void note_set(int tag);			/* defined by given_write.c */
struct holder {
	struct pair *pp;
};
void *alloc_via(struct holder *h);	/* defined by given_lib.c: kmalloc(h->pp->size) */
void *fill_alloc(void (*fill)(struct pair *));	/* defined by given_lib.c: a local pair filled by fill, then alloc_pair_at */
void *alloc_pair_at(const struct pair *p);	/* defined by given_indirect.c: kmalloc(p->size) */
unsigned long get_align(void);		/* defined by given_lib.c: 8 */
int get_flag(void);			/* defined by given_lib.c: 1 */
/* 34 fields: more unknown ones than KnownBytes keeps ranges of */
#define MANY(x) unsigned long u##x, l##x
struct many {
	MANY(0); MANY(1); MANY(2); MANY(3); MANY(4); MANY(5); MANY(6); MANY(7); MANY(8);
	MANY(9); MANY(10); MANY(11); MANY(12); MANY(13); MANY(14); MANY(15); MANY(16);
};
void *alloc_many(const struct many *m);	/* defined by given_lib.c: kmalloc(m->l0) */
