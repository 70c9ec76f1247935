/* alpha: allocates, locks, prints; exports alpha_helper (namespace ALPHA_NS) */
#include "kmod.h"

static struct mutex alpha_lock;
static void *alpha_buf;

int alpha_helper(int x)
{
	mutex_lock(&alpha_lock);
	printk("alpha_helper %d\n", x);
	return x * 3;
}
EXPORT_SYMBOL_NS(alpha_helper, ALPHA_NS);

static int __init alpha_init(void)
{
	alpha_buf = kmalloc(128, 0);
	return alpha_buf ? 0 : -12;
}

static void __exit alpha_exit(void)
{
	kfree(alpha_buf);
}

module_init(alpha_init);
module_exit(alpha_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("KsymTrim fixtures");
MODULE_DESCRIPTION("alpha fixture module");
MODULE_INFO(file, "alpha");
