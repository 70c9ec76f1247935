#include "folding.h"

/* Where folding would be wrong: alloc_sized() has alloc_size (LLVM's allocsize, as the kernel's kmalloc family), so once
 * fill_buf (sized_lib.c) is inlined here the buffer's object size is 64, and a copy of n bytes may exceed it:
 * copy_overflow is called (BitcodeModuleSet.IsSizedAllocation: the argument may become known). */
long sized_given(unsigned long n)
{
	return fill_buf(alloc_sized(64), n);
}
