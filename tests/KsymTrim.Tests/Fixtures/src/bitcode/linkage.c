/* Bitcode fixture: one global value of every linkage and kind that llvm-nm distinguishes.
 * No module-level asm: that is read by the inline-asm scanner, tested elsewhere. */
extern int printk(const char *fmt, ...);
extern void *kmalloc(unsigned long size, unsigned int flags);
extern void optional_hook(void) __attribute__((weak));   /* extern_weak: w */
extern int jiffies_like;                                 /* declaration: U */

int common_var;                                          /* common (-fcommon): C */
int data_var = 42;                                       /* external: D */
const int const_var = 7;                                 /* constant: D (llvm-nm prints d/D for IR data) */
static int static_var __attribute__((used)) = 1;        /* internal: d */
int weak_var __attribute__((weak)) = 3;                  /* weak: W */

static __attribute__((noinline, used)) int helper(int x) { return x * static_var + jiffies_like; } /* internal: t */

int exported_fn(int x)                                   /* external: T */
{
	if (optional_hook)
		optional_hook();
	printk("%d\n", helper(x));                           /* the string is private: not listed */
	return (int)(unsigned long)kmalloc(16, 0);
}

void weak_fn(void) __attribute__((weak));
void weak_fn(void) { }                                   /* weak: W */

int alias_fn(int x) __attribute__((alias("exported_fn")));   /* alias to a function: T */
extern int alias_var __attribute__((alias("data_var")));     /* alias to data: D */

static int (*resolve_fn(void))(int) { return exported_fn; }
int ifunc_fn(int) __attribute__((ifunc("resolve_fn")));      /* ifunc: T */

extern inline __attribute__((gnu_inline)) int inline_only(int x) { return x + 1; } /* available_externally: U */
int (*inline_ptr)(int) = inline_only;                    /* keeps the available_externally body referenced */
