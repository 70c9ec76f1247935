/* gki/gki_core.ko (signed, PKCS#7): a GKI module exporting gki_core_fn (used by
 * gki_extra.ko and two vendor modules) and gki_core_unused_fn (used by none) */
#include "kmi.h"

int gki_core_fn(int x) { return printk("gki_core %d\n", x); }
EXPORT_SYMBOL(gki_core_fn);
int gki_core_unused_fn(int x) { return x + 1; }
EXPORT_SYMBOL(gki_core_unused_fn);

static int gki_core_init(void) { return kmalloc(16, 0) == 0; }
int init_module(void) __attribute__((alias("gki_core_init")));
KMI_MODULE(gki_core);
