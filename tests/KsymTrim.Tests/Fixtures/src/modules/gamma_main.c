/* gamma_main: calls gamma_util_sum (defined in gamma_util.o, so it is
 * resolved by `ld -r` and must not be undefined in gamma.ko), an optional
 * weak hook, and is compiled with -pg -mfentry (calls __fentry__). */
#include "kmod.h"

extern int gamma_util_sum(int a, int b);
extern int gamma_fast_path(void);
extern void optional_hook(int) __attribute__((weak));

static int __init gamma_init(void)
{
	int v = gamma_util_sum(1, 2) + gamma_fast_path();

	if (optional_hook)
		optional_hook(v);
	printk("gamma %d\n", v);
	return 0;
}

static void __exit gamma_exit(void)
{
}

module_init(gamma_init);
module_exit(gamma_exit);
MODULE_LICENSE("Dual MIT/GPL");
MODULE_DESCRIPTION("gamma fixture module (two objects)");
MODULE_INFO(file, "gamma");
