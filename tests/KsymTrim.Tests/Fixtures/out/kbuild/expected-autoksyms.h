/*
 * Automatically generated file; DO NOT EDIT.
 */

#define __KSYM___fentry__ 1
#define __KSYM___stack_chk_fail 1
#define __KSYM___sw_hweight32 1
#define __KSYM__printk 1
#define __KSYM_alpha_cache 1
#define __KSYM_another_extra 1
#define __KSYM_delta_fs 1
#define __KSYM_dotted_entry 1
#define __KSYM_fill 1
#define __KSYM_kernel_extra_symbol 1
#define __KSYM_kmalloc_trace 1
#define __KSYM_memcpy 1
#define __KSYM_memset 1
#define __KSYM_module_layout 1
#define __KSYM_msleep 1
#define __KSYM_queue_work_on 1
#define __KSYM_register_filesystem 1
#define __KSYM_system_wq 1
#define __KSYM_vmalloc 1
