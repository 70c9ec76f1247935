// alpha: a two-object Clang LTO module (kbuild links alpha.o as a thin archive of both members).
// What only code generation or inline asm adds: memcpy (a variable-size copy), __fentry__ (-mfentry),
// __stack_chk_fail (-fstack-protector-strong, a local array), __sw_hweight32 (named only in asm).
// alpha_helper is defined by the other member, so it is no reference of the module.
typedef unsigned long size_t;
struct module;
extern struct module __this_module;
extern int _printk(const char *fmt, ...);
extern int alpha_helper(int);
extern void fill(char *buf, size_t n);

struct module *alpha_owner = &__this_module; // resolved at the final .ko link: never listed

int alpha_copy(char *dst, const char *src, size_t n)
{
	__builtin_memcpy(dst, src, n);
	return alpha_helper((int)n);
}

int alpha_local(size_t n)
{
	char buf[64];
	fill(buf, n);
	return _printk("%s", buf);
}

unsigned int alpha_weight(unsigned int w)
{
	unsigned int res;
	asm("call __sw_hweight32" : "=a"(res) : "D"(w));
	return res;
}
