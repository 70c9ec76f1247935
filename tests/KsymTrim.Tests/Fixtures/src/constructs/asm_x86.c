/* asm_x86.c - function-level inline asm the way the x86_64 kernel writes it.
 * None of the symbols named only inside these asm strings is in the IR
 * symbol table: llvm-nm cannot see them, the native object does. */
typedef unsigned int u32;
typedef unsigned long u64;

extern u32 __sw_hweight32(u32 w);
extern void static_call_target(void);
extern void other_target(void);
extern void ex_handler_foo(void);
extern struct static_key { int enabled; } some_key;

register unsigned long current_stack_pointer asm("rsp");

/* ALTERNATIVE(): a call in the original code, the replacement in
 * .altinstr_replacement, numeric local labels, .pushsection/.popsection */
u32 alt_hweight32(u32 w)
{
	u32 res;
	asm("661:\n\tcall __sw_hweight32\n662:\n"
	    ".pushsection .altinstructions,\"a\"\n"
	    " .long 661b - .\n"
	    " .long 663f - .\n"
	    " .4byte (4*32+23)\n"
	    " .byte 662b-661b\n"
	    " .byte 664f-663f\n"
	    ".popsection\n"
	    ".pushsection .altinstr_replacement, \"ax\"\n"
	    "663:\n\tpopcntl %1, %0\n664:\n"
	    ".popsection"
	    : "=a"(res) : "D"(w));
	return res;
}

/* static_call()-style: "i" operand that is a function address, %c0 / %P0
 * (clang prints them as ${0:c} / ${0:P} in IR) */
void static_call_like(void)
{
	asm volatile("call %c0" : : "i"(static_call_target) : "memory");
	asm volatile("call %P0" : : "i"(other_target) : "memory");
}

/* __get_user_%P4: the symbol name is built from a constant operand */
long get_user_like(const long *p)
{
	long val;
	int err;
	asm volatile("call __get_user_%P4"
		     : "=a"(err), "=d"(val), "+r"(current_stack_pointer)
		     : "0"(p), "i"(sizeof(*p)));
	return err ? 0 : val;
}

/* asm goto (callbr) with a jump-table entry naming a key through "i" */
static inline __attribute__((always_inline)) int static_branch_like(void)
{
	asm goto("1: jmp %l[l_yes]\n\t"
		 ".pushsection __jump_table, \"aw\"\n\t"
		 ".balign 8\n\t"
		 ".long 1b - ., %l[l_yes] - .\n\t"
		 ".quad %c0 - .\n\t"
		 ".popsection"
		 : : "i"(&some_key) : : l_yes);
	return 0;
l_yes:
	return 1;
}

int use_static_branch(int x)
{
	if (static_branch_like())
		return x + 1;
	return x;
}

/* plain asm goto, as in the brief */
int asm_goto_plain(int x)
{
	asm goto("jmp %l[out]" : : : : out);
	return x;
out:
	return -x;
}

/* _ASM_EXTABLE-like: the handler is only named in a pushsection */
int extable_read(const int *p, int *out)
{
	int err = 0, v;
	asm volatile("1: movl (%2), %1\n"
		     "2:\n"
		     ".pushsection __ex_table, \"a\"\n"
		     " .balign 4\n"
		     " .long 1b - ., ex_handler_foo - .\n"
		     ".popsection\n"
		     : "+r"(err), "=r"(v) : "r"(p));
	*out = v;
	return err;
}

/* retpoline by hand: register operand printed with %V0 (no '%' prefix) */
void retpoline_call(void (*fn)(void))
{
	asm volatile("call __x86_indirect_thunk_%V0" : : "r"(fn) : "memory");
}
