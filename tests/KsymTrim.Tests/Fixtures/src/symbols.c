/*
 * symbols.c - one translation unit that yields every nm symbol class plus
 * the material a Linux kernel module object carries before modpost
 * (.modinfo, __versions, ___ksymtab+<sym>, __ksymtab_strings, a reference to
 * __this_module).  Compiled freestanding for 7 targets by ../build.sh.
 * Portable C only: the top-level asm uses .globl/.set/.weak/.type, which
 * every GNU-compatible assembler (and clang's integrated one) accepts.
 */

#define __used     __attribute__((used))
#define __section(s) __attribute__((section(s)))
#define __weak     __attribute__((weak))
#define noinline   __attribute__((noinline))

struct module;                           /* incomplete, as in a real module TU */
extern struct module __this_module;      /* defined by <mod>.mod.o (.gnu.linkonce.this_module) */

/* ---- U: undefined references (functions and data) -------------------- */
extern int printk(const char *fmt, ...);
extern void *kmalloc(unsigned long size, unsigned int flags);
struct mutex;
extern void mutex_lock(struct mutex *lock);
extern volatile unsigned long jiffies;

/* ---- w / v: weak undefined ------------------------------------------- */
extern void weak_fn(void) __weak;
extern int weak_obj __weak;

/* ---- A: absolute symbol ---------------------------------------------- */
__asm__(".globl abs_sym\n\t.set abs_sym, 0x1234");
/* compilers emit undefined symbols as STT_NOTYPE ('w'); type weak_obj as an
 * object so that nm reports 'v'.  "%object" is accepted on every target
 * (ARM treats '@' as a comment character). */
__asm__(".weak weak_obj\n\t.type weak_obj, %object");

/* ---- D / d / R / B / b / C ------------------------------------------- */
int global_data = 42;                           /* D */
static int static_data __used = 7;              /* d */
const int global_rodata = 5;                    /* R */
int global_bss = 0;                             /* B (explicit 0: not common) */
static int static_bss __used;                   /* b */
int common_var;                                 /* C (needs -fcommon) */

/* ---- V / W: weak definitions ----------------------------------------- */
__weak int weak_def_obj = 3;                    /* V */
__weak void weak_def_fn(void) { static_bss++; } /* W */

/* ---- t: static function that is really used --------------------------- */
static noinline __used int static_fn(int x)
{
	return x * static_data + global_bss;
}

/* ---- i: GNU indirect function ----------------------------------------- */
static noinline __used int ifunc_impl(int x) { return x + 1; }
typedef int (*ifunc_t)(int);
static __used ifunc_t ifunc_resolver(void) { return ifunc_impl; }
int ifunc_fn(int x) __attribute__((ifunc("ifunc_resolver")));

/* ---- T: global functions ---------------------------------------------- */
struct mutex *the_lock = 0;                     /* B */

int global_fn(int x)
{
	void *p;

	mutex_lock(the_lock);
	p = kmalloc(64, 0);
	printk("global_fn %d %lu %p\n", static_fn(x), jiffies, p);
	if (weak_fn)
		weak_fn();
	return &weak_obj ? weak_obj : ifunc_fn(x);
}

/* pointer to __this_module, like THIS_MODULE users */
struct module *const this_module_ref __used = &__this_module;

/* ---- exported symbols, EXPORT_SYMBOL as in Linux 6.1 before modpost --- */
struct kernel_symbol {
	unsigned long value;
	const char *name;
	const char *namespace;
};

#define __KSYM(sym, sec, ns)                                                   \
	static const char __kstrtab_##sym[]                                    \
		__section("__ksymtab_strings") __used __attribute__((aligned(1))) = #sym; \
	static const char __kstrtabns_##sym[]                                  \
		__section("__ksymtab_strings") __used __attribute__((aligned(1))) = ns;   \
	static const struct kernel_symbol __ksymtab_##sym                      \
		__section("___ksymtab" sec "+" #sym) __used                    \
		__attribute__((aligned(sizeof(void *)))) =                      \
		{ (unsigned long)&sym, __kstrtab_##sym, __kstrtabns_##sym }
#define EXPORT_SYMBOL(sym)     __KSYM(sym, "", "")
#define EXPORT_SYMBOL_GPL(sym) __KSYM(sym, "_gpl", "")

int exported_fn(int x) { return global_fn(x) + 1; }
EXPORT_SYMBOL(exported_fn);

int exported_gpl_fn(int x) { return exported_fn(x) * 2; }
EXPORT_SYMBOL_GPL(exported_gpl_fn);

int exported_data = 99;
EXPORT_SYMBOL(exported_data);

/* ---- .modinfo (MODULE_INFO) ------------------------------------------- */
#define MODULE_INFO(tag, id, info)                                              \
	static const char __UNIQUE_ID_##id[] __section(".modinfo") __used      \
		__attribute__((aligned(1))) = #tag "=" info
MODULE_INFO(license, license, "GPL");
MODULE_INFO(author, author, "KsymTrim fixtures <fixtures@example.invalid>");
MODULE_INFO(description, description, "symbol-class fixture");
MODULE_INFO(depends, depends, "");
MODULE_INFO(vermagic, vermagic, "6.1.0 SMP mod_unload modversions");
MODULE_INFO(alias, alias0, "fixture:symbols");
MODULE_INFO(alias, alias1, "platform:ksymtrim-fixture");

/* ---- __versions (modversions CRC table) ------------------------------- */
#define MODULE_NAME_LEN (64 - sizeof(unsigned long))
struct modversion_info {
	unsigned long crc;
	char name[MODULE_NAME_LEN];
};
static const struct modversion_info ____versions[]
	__section("__versions") __used __attribute__((aligned(8))) = {
	{ 0x12345678, "module_layout" },
	{ 0x9abcdef0, "printk" },
	{ 0x0badf00d, "kmalloc" },
};
