/* bcp.c - __builtin_constant_p and __builtin_object_size as the kernel
 * uses them (kmalloc(), check_copy_size()). After -O2 the IR still holds
 * calls to every branch's function, guarded by llvm.is.constant and
 * llvm.objectsize; code generation folds those intrinsics and drops the
 * calls it proves dead (big_alloc, small_alloc_const, __bad_copy_to, ...),
 * so the IR's callees are a superset of the native object's. */
typedef unsigned long size_t;

extern void *big_alloc(size_t size);
extern void *small_alloc_const(size_t size);
extern void *generic_alloc(size_t size);
extern size_t size_from_memory;
extern void __bad_copy_to(void) __attribute__((__error__("copy destination size is too small")));
extern void copy_overflow(int size, unsigned long count);
extern unsigned long raw_copy_from_user(void *to, const void *from, unsigned long n);

static inline __attribute__((always_inline)) void *kmalloc_like(size_t size)
{
	if (__builtin_constant_p(size)) {
		if (size > 8192)
			return big_alloc(size);
		return small_alloc_const(size);
	}
	return generic_alloc(size);
}

/* run-time size loaded from memory */
void *alloc_loaded(void) { return kmalloc_like(size_from_memory); }
/* run-time size from an argument of an exported function with no callers */
void *alloc_arg(size_t n) { return kmalloc_like(n); }
/* a static function, called only with a constant from another function */
static __attribute__((noinline)) void *alloc_static(size_t n) { return kmalloc_like(n); }
void *alloc_via_static(void) { return alloc_static(100); }
/* constants on both sides of the threshold */
void *alloc_const_small(void) { return kmalloc_like(64); }
void *alloc_const_big(void) { return kmalloc_like(16384); }

static inline __attribute__((always_inline)) int check_copy_size(const void *addr, size_t bytes)
{
	int sz = __builtin_object_size(addr, 0);
	if (sz >= 0 && sz < bytes) {
		if (!__builtin_constant_p(bytes))
			copy_overflow(sz, bytes);
		else
			__bad_copy_to();
		return 0;
	}
	return 1;
}

static inline __attribute__((always_inline)) unsigned long
copy_from_user_like(void *to, const void *from, unsigned long n)
{
	if (check_copy_size(to, n))
		n = raw_copy_from_user(to, from, n);
	return n;
}

struct obj { int a; char name[16]; int b; };
/* constant size that fits the object: no check remains */
unsigned long copy_fits(struct obj *o, const void *u)
{
	char buf[16];
	unsigned long r = copy_from_user_like(buf, u, sizeof(buf));
	o->a = buf[0];
	return r;
}
/* run-time size into a known-size object: copy_overflow stays */
unsigned long copy_var(const void *u, unsigned long n)
{
	char buf[32];
	unsigned long r = copy_from_user_like(buf, u, n);
	return r + buf[1];
}
/* unknown destination size: no check */
unsigned long copy_unknown(void *dst, const void *u, unsigned long n)
{
	return copy_from_user_like(dst, u, n);
}
/* a struct member (mode 0: the whole object) */
unsigned long copy_field(struct obj *o, const void *u, unsigned long n)
{
	return copy_from_user_like(o->name, u, n);
}
