// SPDX-License-Identifier: GPL-2.0
/* netdemo_proto: second object of netdemo.ko; exports a registration API */
#include "kmod.h"

static struct mutex proto_lock;
static int (*proto_handlers[4])(const unsigned char *, unsigned long);
unsigned long netdemo_stats[4];

int netdemo_register_proto(int slot, int (*fn)(const unsigned char *, unsigned long))
{
	if (slot < 0 || slot >= 4)
		return -22;
	mutex_lock(&proto_lock);
	proto_handlers[slot] = fn;
	mutex_unlock(&proto_lock);
	return 0;
}
EXPORT_SYMBOL_GPL(netdemo_register_proto);
EXPORT_SYMBOL(netdemo_stats);               /* exported, used by nobody */

int netdemo_proto_init(void)
{
	printk("netdemo: protocols ready\n");
	return 0;
}

void netdemo_proto_exit(void)
{
	int i;

	for (i = 0; i < 4; i++)
		proto_handlers[i] = 0;
}
