/* asm_arm64.c - arm64 kernel inline-asm idioms. Symbols named only in asm
 * strings (bl targets, adrp/:lo12: operands, .word/.quad data) appear only
 * in the native object; LSE atomics, barriers and system-register moves
 * reference nothing. */
typedef unsigned int u32;
typedef unsigned long u64;

extern struct static_key { int enabled; } arm64_key;
extern void arm64_named_target(void);
extern int counter_var;

/* ALTERNATIVE(): LL/SC fallback called out of line in the original code,
 * the LSE instruction in the replacement (.subsection 1), .altinstructions
 * entries with .word label - . */
void alt_atomic_add(int i, int *v)
{
	register int w0 asm("w0") = i;
	register int *x1 asm("x1") = v;
	asm volatile(".arch_extension lse\n"
		     "661:\n\tbl __ll_sc_atomic_add\n662:\n"
		     ".pushsection .altinstructions, \"a\"\n"
		     " .word 661b - .\n"
		     " .word 663f - .\n"
		     " .hword 5\n"
		     " .byte 662b-661b\n"
		     " .byte 664f-663f\n"
		     ".popsection\n"
		     ".subsection 1\n"
		     "663:\n\tstadd %w[i], [%[v]]\n664:\n"
		     ".org . - (664b-663b) + (662b-661b)\n"
		     ".org . - (662b-661b) + (664b-663b)\n"
		     ".previous"
		     : [v] "+r"(x1) : [i] "r"(w0) : "x16", "x17", "x30", "memory");
}

/* LSE atomics, barriers, system registers, prefetch: no symbol */
int lse_and_barriers(int i, int *v)
{
	int old;
	u64 sp0, flags;
	asm volatile(".arch_extension lse\n\tldaddal %w[i], %w[o], %[mem]"
		     : [o] "=r"(old), [mem] "+Q"(*v) : [i] "r"(i) : "memory");
	asm volatile("dmb ish" : : : "memory");
	asm volatile("dsb sy\n\tisb" : : : "memory");
	asm volatile("mrs %0, sp_el0" : "=r"(sp0));
	asm volatile("mrs %0, daif\n\tmsr daifset, #2" : "=r"(flags) : : "memory");
	asm volatile("msr daif, %x0" : : "r"(flags) : "memory");
	asm volatile("prfm pstl1strm, %a0" : : "p"(v));
	return old + (int)sp0;
}

/* %w0 / %x0 operand templates */
u64 templates(u32 a, u64 b)
{
	u64 r;
	asm("add %x0, %x2, %w1, uxtw" : "=r"(r) : "r"(a), "r"(b));
	return r;
}

/* bl to a textual symbol; bl to a function-address "i" operand (%c0);
 * a symbol glued to a constant operand */
void calls(void)
{
	asm volatile("bl __arm64_textual_helper" : : : "x30", "memory");
	asm volatile("bl %c0" : : "i"(arm64_named_target) : "x30", "memory");
	asm volatile("bl __arm64_sized_helper_%c0" : : "i"(8) : "x30", "memory");
}

/* adrp + :lo12: and a literal load of an address */
int *addr_of_counter(void)
{
	int *p;
	asm("adrp %0, counter_var\n\tadd %0, %0, :lo12:counter_var" : "=r"(p));
	return p;
}
u64 addr_of_asm_only(void)
{
	u64 p;
	asm("adrp %0, asm_only_data\n\tldr %0, [%0, :lo12:asm_only_data]" : "=r"(p));
	return p;
}

/* _ASM_EXTABLE-like entry, a named section, and .quad/.word data */
int extable_load(const int *p, int *out)
{
	int err = 0, v = 0;
	asm volatile("1: ldr %w1, [%2]\n"
		     "2:\n"
		     ".pushsection __ex_table, \"a\"\n"
		     " .align 2\n"
		     " .long (1b - .), (2b - .)\n"
		     " .short 3\n .short 0\n"
		     ".popsection\n"
		     ".pushsection .rodata.arm64_refs, \"a\", %%progbits\n"
		     " .quad arm64_quad_ref\n"
		     " .word arm64_word_ref - .\n"
		     ".popsection"
		     : "+r"(err), "+r"(v) : "r"(p));
	*out = v;
	return err;
}

/* asm goto: jump label with .long 1b - . and a key operand */
int branch(void)
{
	asm goto("1: nop\n\t"
		 ".pushsection __jump_table, \"aw\"\n\t"
		 ".align 3\n\t"
		 ".long 1b - ., %l[l_yes] - .\n\t"
		 ".quad %c0 - .\n\t"
		 ".popsection"
		 : : "i"(&arm64_key) : : l_yes);
	return 0;
l_yes:
	return 1;
}

/* comments: // and nothing after it is a reference */
void comment_only(void)
{
	asm volatile("nop // bl not_a_symbol_in_comment\n\tnop");
}
