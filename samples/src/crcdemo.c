// SPDX-License-Identifier: GPL-2.0
/* crcdemo: registers a handler with netdemo (module-to-module symbol) and
 * uses crc32_le, which is not in Module.symvers (unresolved). */
#include "kmod.h"

extern int netdemo_register_proto(int slot, int (*fn)(const unsigned char *, unsigned long));

static int crcdemo_rx(const unsigned char *p, unsigned long len)
{
	return (int)crc32_le(~0u, p, len);
}

static int __init crcdemo_init(void)
{
	return netdemo_register_proto(1, crcdemo_rx);
}

static void __exit crcdemo_exit(void)
{
	netdemo_register_proto(1, 0);
}

module_init(crcdemo_init);
module_exit(crcdemo_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("KsymTrim samples");
MODULE_DESCRIPTION("checksum demo using netdemo");
MODULE_INFO(file, "crcdemo");
