/* gki/gki_extra.ko (signed, PKCS#7): a GKI module using gki_core_fn (another GKI
 * module's export), __tracepoint_bar_ev, and gki_absent_dep, which nothing exports */
#include "kmi.h"

extern int gki_core_fn(int x);
extern int gki_absent_dep(int x);

static int gki_extra_init(void)
{
	return gki_core_fn(1) + gki_absent_dep(2) + (__tracepoint_bar_ev.key ? printk("bar\n") : 0);
}
int init_module(void) __attribute__((alias("gki_extra_init")));
KMI_MODULE(gki_extra);
