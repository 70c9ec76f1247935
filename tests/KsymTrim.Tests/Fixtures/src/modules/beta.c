/* beta: uses jiffies, queue_work (not in Module.symvers) and alpha_helper */
#include "kmod.h"

extern int alpha_helper(int x);

static struct work_struct beta_work;
static struct workqueue_struct *beta_wq;

static void beta_fn(struct work_struct *w)
{
	printk("beta tick %lu %d\n", jiffies, alpha_helper((int)w->data));
}

static int __init beta_init(void)
{
	beta_work.func = beta_fn;
	return queue_work(beta_wq, &beta_work) ? 0 : -1;
}

static void __exit beta_exit(void)
{
	printk("beta exit\n");
}

module_init(beta_init);
module_exit(beta_exit);
MODULE_LICENSE("GPL v2");
MODULE_AUTHOR("KsymTrim fixtures");
MODULE_DESCRIPTION("beta fixture module");
MODULE_IMPORT_NS(ALPHA_NS);
MODULE_INFO(file, "beta");
