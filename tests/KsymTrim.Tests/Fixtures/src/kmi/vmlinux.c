/* vmlinux.c - the GKI-like kernel image of out/kmi/tree/vmlinux (aarch64, linked
 * by ld.lld).  Every EXPORT_SYMBOL(NAME) defines the local symbols
 * __ksymtab_NAME, __kstrtab_NAME and __kstrtabns_NAME; extract_symbols.py takes
 * NAME from each defined " __ksymtab_NAME" line of `llvm-nm --defined-only`. */
#include "kmi.h"

/* the entry point; not exported */
void stext(void) { for (;;) ; }

/* ordinary kernel API */
int printk(const char *fmt, ...) { return fmt[0]; }
EXPORT_SYMBOL(printk);
static char heap[4096];
void *kmalloc(unsigned long size, unsigned int flags) { return heap + (size & flags & 4095); }
EXPORT_SYMBOL(kmalloc);
void kfree(const void *p) { heap[0] = p != 0; }
EXPORT_SYMBOL(kfree);
void mutex_lock(struct mutex *lock) { lock->owner = 1; }
EXPORT_SYMBOL(mutex_lock);
void mutex_unlock(struct mutex *lock) { lock->owner = 0; }
EXPORT_SYMBOL(mutex_unlock);
volatile unsigned long jiffies;
EXPORT_SYMBOL(jiffies);
void usleep_range(unsigned long min, unsigned long max) { jiffies += min + max; }
EXPORT_SYMBOL(usleep_range);
int queue_work(void *wq, void *work) { return wq == work; }
EXPORT_SYMBOL(queue_work);                    /* exported, used by no module */
void __put_task_struct(struct task_struct *t) { heap[1] = t != 0; }
EXPORT_SYMBOL(__put_task_struct);             /* always in the list (_ALWAYS_INCLUDED) */
/* module_layout is not exported: the list has it anyway (_ALWAYS_INCLUDED) */

/* tracepoints: foo_ev has its __traceiter_foo_ev export, bar_ev has none */
struct tracepoint __tracepoint_foo_ev = { "foo_ev", 0, 0 };
EXPORT_SYMBOL(__tracepoint_foo_ev);
int __traceiter_foo_ev(void *data, int arg) { return data != 0 && arg; }
EXPORT_SYMBOL(__traceiter_foo_ev);
struct tracepoint __tracepoint_bar_ev = { "bar_ev", 0, 0 };
EXPORT_SYMBOL(__tracepoint_bar_ev);

/* run-time lookups */
void *__symbol_get(const char *name) { return (void *)name; }
EXPORT_SYMBOL(__symbol_get);
void __symbol_put(const char *name) { heap[2] = name[0]; }
EXPORT_SYMBOL(__symbol_put);                  /* exported, used by no module */
int lookup_only_fn(int x) { return x + 1; }
EXPORT_SYMBOL(lookup_only_fn);                /* a module names it only in __symbol_get("...") */

void optional_feature_fn(void) { heap[3] = 1; }
EXPORT_SYMBOL(optional_feature_fn);           /* a module's weak undefined reference */

/* defined but not exported */
int vmlinux_internal_fn(int x) { return x * 3; }
int my__ksymtab_x(int x) { return x * 5; }    /* "ksymtab" inside a name, not at its start */
static const char __kstrtab_orphan[] __used = "orphan";  /* a __kstrtab_ with no __ksymtab_ */

/* the sort-order stress names */
#define STRESS(name, k) int name(int x) { return x + k; } EXPORT_SYMBOL(name)
STRESS(blk_mq_end_request, 1);
STRESS(__blk_mq_end_request, 2);
STRESS(_blk_mq_end_request, 3);
STRESS(Blk_mq_End_request, 4);
STRESS(BLK_MQ_END_REQUEST, 5);
STRESS(blkmq_endrequest, 6);
STRESS(blk_mq_end_request2, 7);
STRESS(a_b, 8);
STRESS(ab, 9);
STRESS(_ab, 10);
STRESS(__ab, 11);
STRESS(___ab, 12);
STRESS(____ab, 13);
STRESS(_____ab, 14);
STRESS(______ab, 15);
STRESS(Ab, 16);
STRESS(ab2, 17);
STRESS(dev_2x, 18);
STRESS(Dev2X, 19);
STRESS(i2c_transfer, 20);
STRESS(x25519, 21);
STRESS(UPPER_CASE_ONLY, 22);
