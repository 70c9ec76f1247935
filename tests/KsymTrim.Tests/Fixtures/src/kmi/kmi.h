/* kmi.h - the bits of <linux/module.h>, <linux/export.h> and <linux/tracepoint.h>
 * (Linux 6.1, before modpost) the GKI-like tree of out/kmi/ needs, and the
 * declarations of what its vmlinux exports.  Freestanding: no system headers. */
#ifndef KMI_H
#define KMI_H

#define __used       __attribute__((used))
#define __weak       __attribute__((weak))
#define __section(s) __attribute__((section(s)))

/* MODULE_INFO: NUL-terminated "tag=value" strings in .modinfo */
#define ___PASTE(a, b) a##b
#define __PASTE(a, b)  ___PASTE(a, b)
#define __UNIQUE_ID(p) __PASTE(__PASTE(__UNIQUE_ID_, p), __COUNTER__)
#define MODULE_INFO(tag, info)                                                 \
	static const char __UNIQUE_ID(tag)[] __section(".modinfo") __used      \
		__attribute__((aligned(1))) = #tag "=" info
#define MODULE_LICENSE(l) MODULE_INFO(license, l)

/* EXPORT_SYMBOL (6.1): __kstrtab_NAME, __kstrtabns_NAME and __ksymtab_NAME */
struct kernel_symbol {
	unsigned long value;
	const char *name;
	const char *namespace;
};
#define EXPORT_SYMBOL(sym)                                                     \
	static const char __kstrtab_##sym[] __section("__ksymtab_strings")     \
		__used __attribute__((aligned(1))) = #sym;                     \
	static const char __kstrtabns_##sym[] __section("__ksymtab_strings")   \
		__used __attribute__((aligned(1))) = "";                       \
	static const struct kernel_symbol __ksymtab_##sym                      \
		__section("___ksymtab+" #sym) __used                           \
		__attribute__((aligned(sizeof(void *)))) =                      \
		{ (unsigned long)&sym, __kstrtab_##sym, __kstrtabns_##sym }

/* what modpost writes into <mod>.mod.c: __this_module and the name; plus the license */
struct module {
	int state;
	char name[56];
	int (*init)(void);
	void (*exit)(void);
};
#define KMI_MODULE(modname)                                                    \
	int init_module(void);                                                 \
	struct module __this_module __section(".gnu.linkonce.this_module") = { \
		.name = #modname, .init = init_module,                         \
	};                                                                     \
	MODULE_INFO(name, #modname);                                           \
	MODULE_INFO(vermagic, "6.1.0-android14 SMP preempt mod_unload modversions aarch64"); \
	MODULE_LICENSE("GPL")

/* tracepoints: struct tracepoint __tracepoint_EV, int __traceiter_EV(void *, ...) */
struct tracepoint {
	const char *name;
	int key;
	void *funcs;
};

/* vmlinux's exports (vmlinux.c) */
extern int printk(const char *fmt, ...);
extern void *kmalloc(unsigned long size, unsigned int flags);
extern void kfree(const void *p);
struct mutex { long owner; };
extern void mutex_lock(struct mutex *lock);
extern void mutex_unlock(struct mutex *lock);
extern volatile unsigned long jiffies;
extern void usleep_range(unsigned long min, unsigned long max);
extern int queue_work(void *wq, void *work);
struct task_struct;
extern void __put_task_struct(struct task_struct *t);
extern struct tracepoint __tracepoint_foo_ev;
extern int __traceiter_foo_ev(void *data, int arg);
extern struct tracepoint __tracepoint_bar_ev;   /* no __traceiter_bar_ev */
extern void *__symbol_get(const char *name);
extern void __symbol_put(const char *name);
extern int lookup_only_fn(int x);               /* named only in __symbol_get() */
extern void optional_feature_fn(void);
extern int vmlinux_internal_fn(int x);          /* defined, not exported */
/* the sort-order stress names */
extern int blk_mq_end_request(int x);
extern int __blk_mq_end_request(int x);
extern int _blk_mq_end_request(int x);
extern int Blk_mq_End_request(int x);
extern int BLK_MQ_END_REQUEST(int x);
extern int blkmq_endrequest(int x);
extern int blk_mq_end_request2(int x);
extern int a_b(int x);
extern int ab(int x);
extern int _ab(int x);
extern int __ab(int x);
extern int ___ab(int x);
extern int ____ab(int x);
extern int _____ab(int x);
extern int ______ab(int x);
extern int Ab(int x);
extern int ab2(int x);
extern int dev_2x(int x);
extern int Dev2X(int x);
extern int i2c_transfer(int x);
extern int x25519(int x);
extern int UPPER_CASE_ONLY(int x);

#endif
