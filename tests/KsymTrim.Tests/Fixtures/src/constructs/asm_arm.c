/* asm_arm.c - 32-bit ARM kernel inline-asm idioms: bl to helpers whose name
 * is glued to a constant (__get_user_%c / "bl __put_user_4" style), literal
 * pool loads "ldr rX, =sym", .word data in named sections, ALT_SMP/ALT_UP
 * fixups, asm goto, and '@' comments. Barriers and cp15 moves reference
 * nothing. */
typedef unsigned int u32;

extern struct static_key { int enabled; } arm_key;
extern void arm_named_target(void);

/* __get_user_x(): r0 = pointer, result in r2, helper chosen by size */
u32 get_user_like(const u32 *p)
{
	register const u32 *r0 asm("r0") = p;
	register u32 r2 asm("r2");
	asm volatile("bl __get_user_%c2"
		     : "+r"(r0), "=r"(r2) : "i"(sizeof(*p)) : "ip", "lr", "cc");
	return r2 + (u32)r0;
}

/* bl to a textual symbol and to a function-address operand */
void calls(void)
{
	asm volatile("bl __arm_textual_helper" : : : "lr", "memory");
	asm volatile("bl %c0" : : "i"(arm_named_target) : "lr", "memory");
}

/* literal pool: "ldr rX, =sym" */
u32 literal_address(void)
{
	u32 r;
	asm("ldr %0, =arm_literal_sym" : "=r"(r));
	return r;
}

/* ALT_SMP()/ALT_UP(): .alt.smp.init entries with .long label and the UP
 * replacement instruction */
void alt_smp(void)
{
	asm volatile("9998: bl __arm_smp_helper\n"
		     ".pushsection \".alt.smp.init\", \"a\"\n"
		     " .align 2\n"
		     " .long 9998b - .\n"
		     " nop\n"
		     ".popsection" : : : "lr", "memory");
}

/* exception table entry and data references in a named section */
int extable_load(const int *p, int *out)
{
	int err = 0, v = 0;
	asm volatile("1: ldr %1, [%2]\n"
		     "2:\n"
		     ".pushsection __ex_table, \"a\"\n"
		     " .align 3\n"
		     " .long 1b, 2b\n"
		     ".popsection\n"
		     ".pushsection .rodata.arm_refs, \"a\", %%progbits\n"
		     " .word arm_word_ref\n"
		     " .long arm_long_ref - .\n"
		     ".popsection"
		     : "+r"(err), "+r"(v) : "r"(p));
	*out = v;
	return err;
}

/* barriers and coprocessor moves: no symbol */
u32 barriers(void)
{
	u32 id;
	asm volatile("dmb ish" : : : "memory");
	asm volatile("dsb\n\tisb" : : : "memory");
	asm volatile("mrc p15, 0, %0, c0, c0, 5" : "=r"(id));
	return id;
}

/* asm goto: jump label (.word 1b, %l[..], key) */
int branch(void)
{
	asm goto("1: nop\n\t"
		 ".pushsection __jump_table, \"aw\"\n\t"
		 ".word 1b, %l[l_yes], %c0\n\t"
		 ".popsection"
		 : : "i"(&arm_key) : : l_yes);
	return 0;
l_yes:
	return 1;
}

/* '@' starts a comment on ARM */
void comment_only(void)
{
	asm volatile("nop @ bl not_a_symbol_in_comment\n\tnop");
}
