/* vendor/audio/snd_core.ko (unsigned): exports snd_core_register (used by
 * snd_codec.ko); uses __tracepoint_foo_ev without __traceiter_foo_ev (the script
 * adds it), usleep_range (sorts after __traceiter_foo_ev), printk, kmalloc, kfree,
 * mutex_lock, and the stress names blk_mq_end_request, _blk_mq_end_request,
 * Blk_mq_End_request, a_b, ___ab, Ab, x25519 */
#include "kmi.h"

static struct mutex snd_lock;

int snd_core_register(int x)
{
	void *p = kmalloc(32, x);
	mutex_lock(&snd_lock);
	kfree(p);
	return blk_mq_end_request(_blk_mq_end_request(Blk_mq_End_request(x)));
}
EXPORT_SYMBOL(snd_core_register);

static int snd_core_init(void)
{
	usleep_range(10, 20);
	if (__tracepoint_foo_ev.key)
		printk("foo\n");
	return a_b(___ab(Ab(x25519(0))));
}
int init_module(void) __attribute__((alias("snd_core_init")));
KMI_MODULE(snd_core);
