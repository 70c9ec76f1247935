/* gamma.mod.c - what modpost would generate for gamma */
#include "kmod.h"

MODULE_INFO(vermagic, VERMAGIC_STRING);
MODULE_INFO(name, "gamma");

extern int init_module(void);
extern void cleanup_module(void);

__visible struct module __this_module __section(".gnu.linkonce.this_module") = {
	.name = "gamma",
	.init = init_module,
	.exit = cleanup_module,
};

MODULE_INFO(retpoline, "Y");

static const struct modversion_info ____versions[]
	__used __section("__versions") __attribute__((aligned(8))) = {
	{ 0x12345678, "module_layout" },
	{ 0x9abcdef0, "printk" },
};

MODULE_INFO(depends, "");
MODULE_INFO(srcversion, "C3C3C3C3C3C3C3C3C3C3C3C");
