/* vendor/audio/snd_codec.ko (unsigned): uses snd_core_register (a vendor module's
 * export), gki_core_fn (a GKI module's export), __tracepoint_bar_ev (no
 * __traceiter_bar_ev exists), snd_missing_helper (exported by nothing) and
 * vmlinux_internal_fn (defined in vmlinux, not exported), a weak undefined
 * reference to optional_feature_fn, printk, kmalloc, mutex_lock, and the stress
 * names __blk_mq_end_request, blkmq_endrequest, blk_mq_end_request2, ab, _ab,
 * ______ab, ab2, i2c_transfer */
#include "kmi.h"

extern int snd_core_register(int x);
extern int gki_core_fn(int x);
extern int snd_missing_helper(int x);
extern void optional_feature_fn(void) __weak;

static struct mutex codec_lock;

static int snd_codec_init(void)
{
	int r;
	mutex_lock(&codec_lock);
	if (optional_feature_fn)
		optional_feature_fn();
	r = snd_core_register(gki_core_fn(snd_missing_helper(vmlinux_internal_fn(1))));
	r += __blk_mq_end_request(blkmq_endrequest(blk_mq_end_request2(r)));
	r += ab(_ab(______ab(ab2(i2c_transfer(r)))));
	if (__tracepoint_bar_ev.key)
		printk("bar %p\n", kmalloc(8, 0));
	return r;
}
int init_module(void) __attribute__((alias("snd_codec_init")));
KMI_MODULE(snd_codec);
