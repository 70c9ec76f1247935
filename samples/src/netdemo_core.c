// SPDX-License-Identifier: GPL-2.0
/* netdemo_core: first object of netdemo.ko (linked with netdemo_proto.o) */
#include "kmod.h"

extern int netdemo_proto_init(void);     /* netdemo_proto.c: resolved by ld -r */
extern void netdemo_proto_exit(void);

static struct net_device *netdemo_dev;

static int __init netdemo_init(void)
{
	int err;

	netdemo_dev = kmalloc(256, 0);
	if (!netdemo_dev)
		return -12;
	err = register_netdev(netdemo_dev);
	if (err) {
		kfree(netdemo_dev);
		return err;
	}
	return netdemo_proto_init();
}

static void __exit netdemo_exit(void)
{
	netdemo_proto_exit();
	unregister_netdev(netdemo_dev);
	kfree(netdemo_dev);
}

module_init(netdemo_init);
module_exit(netdemo_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("KsymTrim samples");
MODULE_DESCRIPTION("two-object network demo");
MODULE_ALIAS("net-pf-99");
MODULE_INFO(file, "netdemo");
