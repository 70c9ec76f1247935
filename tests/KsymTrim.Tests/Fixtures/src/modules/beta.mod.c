/* beta.mod.c - what modpost would generate for beta (queue_work has no CRC) */
#include "kmod.h"

MODULE_INFO(vermagic, VERMAGIC_STRING);
MODULE_INFO(name, "beta");

extern int init_module(void);
extern void cleanup_module(void);

__visible struct module __this_module __section(".gnu.linkonce.this_module") = {
	.name = "beta",
	.init = init_module,
	.exit = cleanup_module,
};

MODULE_INFO(retpoline, "Y");

static const struct modversion_info ____versions[]
	__used __section("__versions") __attribute__((aligned(8))) = {
	{ 0x12345678, "module_layout" },
	{ 0x9abcdef0, "printk" },
	{ 0x15ba50a6, "jiffies" },
	{ 0xa1fa1fa1, "alpha_helper" },
};

MODULE_INFO(depends, "alpha");
MODULE_INFO(srcversion, "B2B2B2B2B2B2B2B2B2B2B2B");
