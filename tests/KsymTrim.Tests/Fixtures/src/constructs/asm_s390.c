/* asm_s390.c - s390x kernel inline-asm idioms: brasl %r14,sym@PLT calls,
 * larl addresses, ALTERNATIVE() with a call in the original code, EX_TABLE
 * and __jump_table entries (asm goto), and serialization / clock
 * instructions that reference nothing. '#' starts a comment. */
typedef unsigned long ulong;

extern struct static_key { int enabled; } s390_key;
extern void s390_named_target(void);

void calls(void)
{
	asm volatile("brasl %%r14, s390_call_target@PLT" : : : "r0", "r1", "r2", "r14", "memory");
	asm volatile("brasl %%r14, s390_plain_target" : : : "r0", "r1", "r2", "r14", "memory");
	asm volatile("brasl %%r14, %0" : : "i"(s390_named_target) : "r0", "r1", "r2", "r14", "memory");
	asm volatile("brasl %%r14, s390_sized_helper_%0" : : "i"(8) : "r0", "r1", "r2", "r14", "memory");
	asm volatile("jg s390_jump_target" : : : "memory");
}

ulong address(void)
{
	ulong a;
	asm("larl %0, s390_larl_sym" : "=d"(a));
	return a;
}

/* ALTERNATIVE(): original code calls a helper, the replacement is a nop */
void alt_call(void)
{
	asm volatile("661:\n\tbrasl %%r14, s390_alt_helper\n662:\n"
		     ".pushsection .altinstructions, \"a\"\n"
		     " .long 661b - .\n"
		     " .long 663f - .\n"
		     " .word 82\n"
		     " .byte 662b-661b\n"
		     ".popsection\n"
		     ".pushsection .altinstr_replacement, \"ax\"\n"
		     "663:\n\tbrcl 0, 0\n"
		     ".popsection"
		     : : : "r0", "r1", "r2", "r14", "memory");
}

/* serialization and clock: no symbol */
ulong barriers(void)
{
	ulong clk;
	asm volatile("bcr 14, 0" : : : "memory");
	asm volatile("bcr 15, 0" : : : "memory");
	asm volatile("stck %0" : "=Q"(clk) : : "cc");
	return clk;
}

int extable_load(const int *p, int *out)
{
	int err = 0, v = 0;
	asm volatile("0: l %1, 0(%2)\n"
		     "1:\n"
		     ".pushsection __ex_table, \"a\"\n"
		     " .balign 4\n"
		     " .long (0b) - ., (1b) - .\n"
		     ".popsection\n"
		     ".pushsection .rodata.s390_refs, \"a\", @progbits\n"
		     " .quad s390_quad_ref\n"
		     " .long s390_word_ref - .\n"
		     ".popsection"
		     : "+d"(err), "+d"(v) : "a"(p));
	*out = v;
	return err;
}

int branch(void)
{
	asm goto("0: brcl 0, %l[l_yes]\n\t"
		 ".pushsection __jump_table, \"aw\"\n\t"
		 ".balign 8\n\t"
		 ".long 0b - ., %l[l_yes] - .\n\t"
		 ".quad %0 - .\n\t"
		 ".popsection"
		 : : "i"(&s390_key) : : l_yes);
	return 0;
l_yes:
	return 1;
}

void comment_only(void)
{
	asm volatile("nopr # brasl %%r14, not_a_symbol_in_comment\n\tnopr" : : : "memory");
}
