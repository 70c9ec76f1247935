/* kmod.h - the few bits of <linux/module.h> / <linux/export.h> (Linux 6.1)
 * that the sample modules need.  Freestanding: no system headers. */
#ifndef KMOD_H
#define KMOD_H

#define __used       __attribute__((used))
#define __section(s) __attribute__((section(s)))
#define __init       __section(".init.text")
#define __exit       __section(".exit.text")
#define __visible    /* externally_visible: GCC only */

#define __stringify_1(x) #x
#define __stringify(x)   __stringify_1(x)

/* MODULE_INFO: NUL-terminated "tag=value" strings in .modinfo */
#define ___PASTE(a, b) a##b
#define __PASTE(a, b)  ___PASTE(a, b)
#define __UNIQUE_ID(p) __PASTE(__PASTE(__UNIQUE_ID_, p), __COUNTER__)
#define MODULE_INFO(tag, info)                                                 \
	static const char __UNIQUE_ID(tag)[] __section(".modinfo") __used      \
		__attribute__((aligned(1))) = #tag "=" info
#define MODULE_LICENSE(l)     MODULE_INFO(license, l)
#define MODULE_AUTHOR(a)      MODULE_INFO(author, a)
#define MODULE_DESCRIPTION(d) MODULE_INFO(description, d)
#define MODULE_ALIAS(a)       MODULE_INFO(alias, a)
#define MODULE_IMPORT_NS(ns)  MODULE_INFO(import_ns, __stringify(ns))

/* module_init/module_exit: aliases, as include/linux/module.h does */
#define module_init(fn) int init_module(void) __attribute__((alias(#fn)))
#define module_exit(fn) void cleanup_module(void) __attribute__((alias(#fn)))

/* EXPORT_SYMBOL* (6.1, before modpost): ___ksymtab[_gpl]+sym sections */
struct kernel_symbol {
	unsigned long value;
	const char *name;
	const char *namespace;
};
#define __EXPORT_SYMBOL(sym, sec, ns)                                          \
	static const char __kstrtab_##sym[] __section("__ksymtab_strings")     \
		__used __attribute__((aligned(1))) = #sym;                     \
	static const char __kstrtabns_##sym[] __section("__ksymtab_strings")   \
		__used __attribute__((aligned(1))) = ns;                       \
	static const struct kernel_symbol __ksymtab_##sym                      \
		__section("___ksymtab" sec "+" #sym) __used                    \
		__attribute__((aligned(sizeof(void *)))) =                      \
		{ (unsigned long)&sym, __kstrtab_##sym, __kstrtabns_##sym }
#define EXPORT_SYMBOL(sym)         __EXPORT_SYMBOL(sym, "", "")
#define EXPORT_SYMBOL_GPL(sym)     __EXPORT_SYMBOL(sym, "_gpl", "")
#define EXPORT_SYMBOL_NS(sym, ns)  __EXPORT_SYMBOL(sym, "", __stringify(ns))

/* what modpost writes into <mod>.mod.c */
struct module {
	int state;
	char name[64 - sizeof(unsigned long)];
	int (*init)(void);
	void (*exit)(void);
	char rest[64];
};
#define THIS_MODULE (&__this_module)
extern struct module __this_module;

struct modversion_info {
	unsigned long crc;
	char name[64 - sizeof(unsigned long)];
};
#define VERMAGIC_STRING "6.1.0 SMP mod_unload modversions"

/* kernel API used by the sample modules (all undefined in the .ko) */
extern int printk(const char *fmt, ...);
extern volatile unsigned long jiffies;
extern void *kmalloc(unsigned long size, unsigned int flags);
extern void kfree(const void *p);
struct mutex { long owner; };
extern void mutex_lock(struct mutex *lock);
extern void mutex_unlock(struct mutex *lock);
struct net_device;
extern int register_netdev(struct net_device *dev);
extern void unregister_netdev(struct net_device *dev);
extern int register_blkdev(unsigned int major, const char *name);
extern void unregister_blkdev(unsigned int major, const char *name);
extern unsigned int crc32_le(unsigned int crc, const unsigned char *p, unsigned long len);

#endif
