/* asm_ppc.c - powerpc64le kernel inline-asm idioms: bl to helpers (with
 * the nop the linker may patch), TOC-relative addressing sym@toc@ha /
 * sym@toc@l, feature-fixup sections (BEGIN/END_FTR_SECTION) holding a call
 * in one branch, __ex_table and __jump_table entries, and barriers / SPR
 * moves that reference nothing. '#' starts a comment. */
typedef unsigned long ulong;

extern struct static_key { int enabled; } ppc_key;
extern void ppc_named_target(void);

void calls(void)
{
	asm volatile("bl ppc_call_target\n\tnop" : : : "lr", "ctr", "r0", "r3", "r4", "r12", "memory");
	asm volatile("bl %0\n\tnop" : : "i"(ppc_named_target) : "lr", "ctr", "r0", "r3", "r12", "memory");
	asm volatile("bl ppc_sized_helper_%0\n\tnop" : : "i"(8) : "lr", "ctr", "r0", "r3", "r12", "memory");
}

/* TOC-relative address of a symbol named only in asm */
ulong toc_address(void)
{
	ulong a;
	asm("addis %0, 2, ppc_toc_sym@toc@ha\n\t"
	    "addi %0, %0, ppc_toc_sym@toc@l" : "=b"(a));
	return a;
}

/* feature fixup: the default code calls a helper, the alternative
 * (__ftr_alt_97) is a nop; entries in __ftr_fixup */
void ftr_section(void)
{
	asm volatile("97:\n\tbl ppc_ftr_helper\n\tnop\n98:\n"
		     ".pushsection __ftr_alt_97, \"a\"\n"
		     "99:\n\tnop\n\tnop\n"
		     ".popsection\n"
		     ".pushsection __ftr_fixup, \"a\"\n"
		     " .balign 8\n"
		     " .8byte 0x100\n .8byte 0\n"
		     " .8byte 97b - .\n .8byte 98b - .\n"
		     " .8byte 99b - .\n .8byte 99b - .\n"
		     ".popsection"
		     : : : "lr", "ctr", "r0", "r3", "r12", "memory");
}

/* barriers and SPR moves: no symbol */
ulong barriers(void)
{
	ulong pvr;
	asm volatile("lwsync" : : : "memory");
	asm volatile("sync\n\tisync" : : : "memory");
	asm volatile("mfspr %0, 287" : "=r"(pvr));
	asm volatile("mtspr 256, %0" : : "r"(pvr));
	return pvr;
}

int extable_load(const int *p, int *out)
{
	int err = 0, v = 0;
	asm volatile("1: lwz %1, 0(%2)\n"
		     "2:\n"
		     ".pushsection __ex_table, \"a\"\n"
		     " .balign 4\n"
		     " .long (1b - .), (2b - .)\n"
		     ".popsection\n"
		     ".pushsection .rodata.ppc_refs, \"a\", @progbits\n"
		     " .llong ppc_quad_ref\n"
		     " .long ppc_word_ref - .\n"
		     ".popsection"
		     : "+r"(err), "+r"(v) : "b"(p));
	*out = v;
	return err;
}

int branch(void)
{
	asm goto("1: nop\n\t"
		 ".pushsection __jump_table, \"aw\"\n\t"
		 ".balign 8\n\t"
		 ".long 1b - ., %l[l_yes] - .\n\t"
		 ".8byte %c0 - .\n\t"
		 ".popsection"
		 : : "i"(&ppc_key) : : l_yes);
	return 0;
l_yes:
	return 1;
}

void comment_only(void)
{
	asm volatile("nop # bl not_a_symbol_in_comment\n\tnop");
}
