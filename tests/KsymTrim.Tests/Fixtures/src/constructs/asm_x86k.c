/* asm_x86k.c - more x86 kernel inline-asm idioms (x86_64 and i386): symbols
 * glued to register and constant operands, named operands, static calls,
 * .discard sections, %= labels, percpu "p" operands, paravirt indirect
 * calls through memory, a symbol defined by inline asm in the same TU, and
 * a symbol name that only appears in a comment. */
typedef unsigned long ulong;

extern struct pv_ops_s { void (*fn[8])(void); } pv_ops;
extern ulong this_cpu_off;
extern struct static_key { int enabled; } other_key;
extern void __SCT__might_resched(void);
extern void named_target(void);

/* CALL_NOSPEC: the thunk name is glued to a register operand */
void thunk_r(void (*fn)(void))
{
	asm volatile("call __x86_indirect_thunk_%V[thunk_target]"
		     : : [thunk_target] "r"(fn) : "memory");
}
/* ... and to a fixed-register operand ("S" = %rsi/%esi, "a" = %rax/%eax) */
void thunk_S(void (*fn)(void))
{
	asm volatile("call __x86_indirect_thunk_%V0" : : "S"(fn) : "memory");
}
void thunk_a(void (*fn)(void))
{
	asm volatile("jmp __x86_indirect_thunk_%V0" : : "a"(fn) : "memory");
}

/* __get_user_%c[size]/__put_user_%P[size] with named constant operands */
long get_user_named(const long *p)
{
	long val;
	int err;
	asm volatile("call __get_user_%c[size]"
		     : "=a"(err), "=d"(val)
		     : "0"(p), [size] "i"(sizeof(*p)));
	return err ? 0 : val;
}
int put_user_named(int *p, int v)
{
	int err;
	asm volatile("call __put_user_%P[size]"
		     : "=a"(err) : "0"(p), "d"(v), [size] "i"(sizeof(*p)) : "memory");
	return err;
}
/* __get_user_nocheck_%c1 with a constant folded from an expression */
unsigned char get_user_byte(const unsigned char *p)
{
	unsigned char v;
	asm volatile("call __get_user_nocheck_%c1" : "=a"(v) : "i"(sizeof(*p) * 1), "0"(p));
	return v;
}

/* static_call(): textual __SCT__ name, and a named "i" operand */
void static_calls(void)
{
	asm volatile("call __SCT__might_resched" : : : "memory");
	asm volatile("jmp __SCT__tp_func_sched_switch\n\t" : : : "memory");
	asm volatile("call %c[fn]" : : [fn] "i"(named_target) : "memory");
}

/* constants through %c0 / %P0: no symbol */
void constants_only(void)
{
	asm volatile(".byte %c0, %P1\n\t.fill %c2, 1, 0x90" : : "i"(0x0f), "i"(0x0b), "i"(3));
}

/* objtool annotations: .discard.* sections naming only local labels */
void annotated(void)
{
	asm volatile("%=:\n\t"
		     ".pushsection .discard.retpoline_safe\n\t"
		     ".long %=b - .\n\t"
		     ".popsection\n\t"
		     ".Lnospec%=: nop\n\t"
		     ".pushsection .discard.instr_begin\n\t"
		     ".long .Lnospec%= - .\n\t"
		     ".popsection" : : : "memory");
}

/* percpu: "p" operand with %P prints the bare symbol */
ulong read_cpu_off(void)
{
	ulong v;
	asm("mov %%gs:%P1, %0" : "=r"(v) : "p"(&this_cpu_off));
	return v;
}

/* paravirt: indirect call through a memory operand naming pv_ops */
void pv_call(void)
{
	asm volatile("call *%c0" : : "i"(&pv_ops.fn[2]) : "memory");
}

/* a function defined by inline asm in this TU and called from asm: the
 * object defines it, so it is not undefined */
asm(".pushsection .text\n"
    ".globl asm_local_helper\n"
    "asm_local_helper:\n\tret\n"
    ".popsection");
void call_local_helper(void)
{
	asm volatile("call asm_local_helper" : : : "memory");
}

/* a symbol only in a comment is not a reference */
void comment_only(void)
{
	asm volatile("nop # call not_a_symbol_in_comment\n\t"
		     "nop ; # jmp also_not_a_symbol");
}

/* asm goto with a named label and a .long key - . entry */
int branch_named(void)
{
	asm goto("1: .byte 0x0f, 0x1f, 0x44, 0x00, 0x00\n\t"
		 ".pushsection __jump_table, \"aw\"\n\t"
		 ".balign 8\n\t"
		 ".long 1b - ., %l[yes] - .\n\t"
		 ".long %c0 + 1 - .\n\t"
		 ".popsection"
		 : : "i"(&other_key) : : yes);
	return 0;
yes:
	return 1;
}
