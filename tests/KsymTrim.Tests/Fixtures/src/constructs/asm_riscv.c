/* asm_riscv.c - RISC-V kernel inline-asm idioms: call/tail/jal pseudo
 * instructions, la/lla, %pcrel_hi/%pcrel_lo, ALTERNATIVE() entries in
 * .alternative, __jump_table entries from asm goto, %z0 (x0 for a zero
 * constant), fences and CSR accesses that reference nothing, and '#'
 * comments. */
typedef unsigned long ulong;

extern struct static_key { int enabled; } riscv_key;
extern void riscv_named_target(void);

/* call / tail / jal to textual symbols, and to a function-address operand */
void calls(void)
{
	asm volatile("call riscv_call_target" : : : "ra", "t0", "t1", "memory");
	asm volatile("jal riscv_jal_target" : : : "ra", "memory");
	asm volatile("call %0" : : "i"(riscv_named_target) : "ra", "t0", "t1", "memory");
	asm volatile("call riscv_sized_helper_%0" : : "i"(8) : "ra", "t0", "t1", "memory");
}
void tail_out(void)
{
	asm volatile("tail riscv_tail_target" : : : "memory");
	__builtin_unreachable();
}

/* la / lla and an explicit %pcrel_hi / %pcrel_lo pair */
ulong addresses(void)
{
	ulong a, b, c;
	asm("la %0, riscv_la_sym" : "=r"(a));
	asm("lla %0, riscv_lla_sym" : "=r"(b));
	asm("1: auipc %0, %%pcrel_hi(riscv_pcrel_sym)\n\t"
	    "addi %0, %0, %%pcrel_lo(1b)" : "=r"(c));
	return a + b + c;
}

/* ALTERNATIVE(): the original sequence calls an errata helper; the
 * replacement lives in .alternative / .altinstr_replacement */
void alt_call(void)
{
	asm volatile("886:\n\tcall riscv_errata_helper\n887:\n"
		     ".pushsection .alternative, \"a\"\n"
		     " .4byte ((886b) - .)\n"
		     " .4byte ((888f) - .)\n"
		     " .2byte 0\n"
		     " .2byte 887b - 886b\n"
		     " .4byte 1\n"
		     ".popsection\n"
		     ".pushsection .altinstr_replacement, \"ax\"\n"
		     "888:\n\tnop\n\tnop\n\tnop\n"
		     ".popsection"
		     : : : "ra", "t0", "t1", "memory");
}

/* %z0: a zero constant prints as the zero register */
void store_zero(int *p)
{
	asm volatile("sw %z0, 0(%1)" : : "rJ"(0), "r"(p) : "memory");
}

/* fences and CSR accesses: no symbol */
ulong csr_and_fences(void)
{
	ulong s;
	asm volatile("fence rw, rw" : : : "memory");
	asm volatile("fence.i" : : : "memory");
	asm volatile("csrr %0, sstatus" : "=r"(s));
	asm volatile("csrs sstatus, %0" : : "r"(2UL) : "memory");
	return s;
}

/* exception table and data references */
int extable_load(const int *p, int *out)
{
	int err = 0, v = 0;
	asm volatile("1: lw %1, 0(%2)\n"
		     "2:\n"
		     ".pushsection __ex_table, \"a\"\n"
		     " .balign 4\n"
		     " .long (1b - .), (2b - .)\n"
		     ".popsection\n"
		     ".pushsection .rodata.riscv_refs, \"a\", @progbits\n"
		     " .dword riscv_dword_ref\n"
		     " .4byte riscv_word_ref - .\n"
		     ".popsection"
		     : "+r"(err), "+r"(v) : "r"(p));
	*out = v;
	return err;
}

/* asm goto: jump label */
int branch(void)
{
	asm goto("1: nop\n\t"
		 ".pushsection __jump_table, \"aw\"\n\t"
		 ".align 3\n\t"
		 ".long 1b - ., %l[l_yes] - .\n\t"
		 ".dword %0 - .\n\t"
		 ".popsection"
		 : : "i"(&riscv_key) : : l_yes);
	return 0;
l_yes:
	return 1;
}

void comment_only(void)
{
	asm volatile("nop # call not_a_symbol_in_comment\n\tnop");
}
