// SPDX-License-Identifier: GPL-2.0
/* hello: the classic.  Uses printk and jiffies. */
#include "kmod.h"

static int __init hello_init(void)
{
	printk("hello, world (jiffies=%lu)\n", jiffies);
	return 0;
}

static void __exit hello_exit(void)
{
	printk("goodbye\n");
}

module_init(hello_init);
module_exit(hello_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("KsymTrim samples");
MODULE_DESCRIPTION("hello world module");
MODULE_INFO(file, "hello");
