#include "folding.h"

struct slots {
	unsigned int n;
	void *slot[16];
};

/* The size is a loop's counter times 64: a phi of 0 and the counter's next value. The loop's exit test compares the
 * counter with a loaded count, which no copy can know, and the loop has no other exit: whenever the first edge
 * lives so does the back edge, and the counter is no constant in any copy (BitcodeModuleSet.ControlTaint). And the
 * back edge lies behind the branch on __builtin_constant_p of the size itself: folding must not decide it true while
 * only the first edge has been seen (ConstantFolding.Lower, as LLVM's SCCP then LowerConstantIntrinsics). Only
 * __kmalloc is called. */
void phi_loop(struct slots *s)
{
	for (unsigned int i = 0; i < s->n; i++)
		s->slot[i & 15] = kmalloc((i + 1) * 64UL, 1);
}
