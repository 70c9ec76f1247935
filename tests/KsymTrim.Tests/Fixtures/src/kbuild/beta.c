// beta: a single-object Clang LTO module (beta.o is the bitcode itself).
typedef unsigned long size_t;
extern void *vmalloc(unsigned long size);

void *beta_zeroed(size_t n)
{
	char *p = vmalloc(n);
	if (p)
		__builtin_memset(p, 0, n);
	return p;
}
