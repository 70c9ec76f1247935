/* lookups.h - freestanding subset of include/linux/module.h and
 * include/media/dvb_frontend.h: exports a module looks up BY NAME at run time.
 *
 * LK_NOTRIM=0 (default): symbol_get() as before Linux 6.14.
 * LK_NOTRIM=1: symbol_get() as in 6.14+, which also puts the name into a
 *              static string in the .no_trim_symbol section.
 * symbol_get_614() is always the 6.14 form (case 7 of lookups.c uses it in both builds).
 */
#ifndef LK_LOOKUPS_H
#define LK_LOOKUPS_H

#ifndef LK_NOTRIM
#define LK_NOTRIM 0
#endif

#define NULL ((void *)0)
#define true 1
typedef _Bool bool;

#define __stringify_1(x...) #x
#define __stringify(x...) __stringify_1(x)
#define __used __attribute__((__used__))
#define __section(s) __attribute__((__section__(s)))
#define noinline __attribute__((__noinline__))
#define KERN_SOH "\001"
#define KERN_ERR KERN_SOH "3"

/* kernel/module/main.c, kernel/kmod.c, kernel/printk */
void *__symbol_get(const char *symbol);
void __symbol_put(const char *symbol);
int __request_module(bool wait, const char *name, ...);
int printk(const char *fmt, ...);

#define try_then_request_module(x, mod...) \
	((x) ?: (__request_module(true, mod), (x)))

#define symbol_get_614(x) ({ \
	static const char __notrim[] \
		__used __section(".no_trim_symbol") = __stringify(x); \
	(typeof(&x))(__symbol_get(__stringify(x))); })

#if LK_NOTRIM
#define symbol_get(x) symbol_get_614(x)
#else
#define symbol_get(x) ((typeof(&x))(__symbol_get(__stringify(x))))
#endif
#define symbol_put(x) __symbol_put(__stringify(x))
#define symbol_request(x) try_then_request_module(symbol_get(x), "symbol:" #x)

/* include/media/dvb_frontend.h */
#define dvb_attach(FUNCTION, ARGS...) ({ \
	void *__r = NULL; \
	typeof(&FUNCTION) __a = symbol_request(FUNCTION); \
	if (__a) { \
		__r = (void *) __a(ARGS); \
		if (__r == NULL) \
			symbol_put(FUNCTION); \
	} else { \
		printk(KERN_ERR "DVB: Unable to find symbol "#FUNCTION"()\n"); \
	} \
	__r; \
})

#endif
