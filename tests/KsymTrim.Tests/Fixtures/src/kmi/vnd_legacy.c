/* vendor/legacy/vnd_legacy.ko: signed with an X.509 (id_type 1) signature, not
 * PKCS#7, so `modinfo -F sig_id` says X509 and the script counts it as a vendor
 * module.  Exports legacy_sig_fn (used by aa_panel.ko); uses gki_core_fn, kfree,
 * printk, BLK_MQ_END_REQUEST, dev_2x, ____ab */
#include "kmi.h"

extern int gki_core_fn(int x);

int legacy_sig_fn(int x) { return printk("legacy %d\n", x); }
EXPORT_SYMBOL(legacy_sig_fn);

static int vnd_legacy_init(void)
{
	kfree(0);
	return gki_core_fn(BLK_MQ_END_REQUEST(dev_2x(____ab(3))));
}
int init_module(void) __attribute__((alias("vnd_legacy_init")));
KMI_MODULE(vnd_legacy);
