/* vendor/display/aa_panel.ko (unsigned): uses __tracepoint_foo_ev and
 * __traceiter_foo_ev itself, legacy_sig_fn (exported by vnd_legacy.ko),
 * __put_task_struct (also always in the list), printk, mutex_lock, mutex_unlock,
 * jiffies (a variable), and the stress names Dev2X, UPPER_CASE_ONLY,
 * blk_mq_end_request */
#include "kmi.h"

extern int legacy_sig_fn(int x);

static struct mutex panel_lock;

static int aa_panel_init(void)
{
	int r;
	mutex_lock(&panel_lock);
	r = legacy_sig_fn(Dev2X(UPPER_CASE_ONLY(blk_mq_end_request((int)jiffies))));
	mutex_unlock(&panel_lock);
	if (__tracepoint_foo_ev.key)
		r += __traceiter_foo_ev(0, r);
	__put_task_struct(0);
	return r + printk("panel\n");
}
int init_module(void) __attribute__((alias("aa_panel_init")));
KMI_MODULE(aa_panel);
