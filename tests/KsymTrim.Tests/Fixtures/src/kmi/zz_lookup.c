/* vendor/display/zz_lookup.ko (unsigned): looks lookup_only_fn up by name at
 * run time, __symbol_get("lookup_only_fn"), and references it nowhere else, so
 * its only undefined symbols are __symbol_get and printk */
#include "kmi.h"

static int zz_lookup_init(void)
{
	int (*fn)(int) = (int (*)(int))__symbol_get("lookup_only_fn");
	return fn ? fn(1) : printk("no lookup_only_fn\n");
}
int init_module(void) __attribute__((alias("zz_lookup_init")));
KMI_MODULE(zz_lookup);
