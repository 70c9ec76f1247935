/* alpha.mod.c - what modpost would generate for alpha */
#include "kmod.h"

MODULE_INFO(vermagic, VERMAGIC_STRING);
MODULE_INFO(name, "alpha");

extern int init_module(void);
extern void cleanup_module(void);

__visible struct module __this_module __section(".gnu.linkonce.this_module") = {
	.name = "alpha",
	.init = init_module,
	.exit = cleanup_module,
};

MODULE_INFO(retpoline, "Y");

static const struct modversion_info ____versions[]
	__used __section("__versions") __attribute__((aligned(8))) = {
	{ 0x12345678, "module_layout" },
	{ 0x9abcdef0, "printk" },
	{ 0x0badf00d, "kmalloc" },
	{ 0x37a0cba1, "kfree" },
	{ 0x4dfa8d4b, "mutex_lock" },
};

MODULE_INFO(depends, "");
MODULE_INFO(srcversion, "A1A1A1A1A1A1A1A1A1A1A1A");
