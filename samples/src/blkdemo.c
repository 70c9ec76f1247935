// SPDX-License-Identifier: GPL-2.0
/* blkdemo: shipped gzip-compressed (blkdemo.ko.gz) */
#include "kmod.h"

static int blkdemo_major;

static int __init blkdemo_init(void)
{
	blkdemo_major = register_blkdev(0, "blkdemo");
	if (blkdemo_major < 0)
		return blkdemo_major;
	printk("blkdemo: major %d\n", blkdemo_major);
	return 0;
}

static void __exit blkdemo_exit(void)
{
	unregister_blkdev(blkdemo_major, "blkdemo");
}

module_init(blkdemo_init);
module_exit(blkdemo_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("KsymTrim samples");
MODULE_DESCRIPTION("block device demo");
MODULE_ALIAS("block-major-254-*");
MODULE_INFO(file, "blkdemo");
