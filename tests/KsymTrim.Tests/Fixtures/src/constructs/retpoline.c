/* retpoline.c - indirect branches of every kind, for the x86 speculation
 * hardening options (see the variants in build.sh): indirect calls through
 * a register, through memory, through a table; indirect tail calls; a
 * dense switch (a jump table unless retpolines are on); computed goto;
 * plain returns (return thunk) and a leaf. */
typedef void (*fn_t)(int);
struct ops { fn_t open, close; int (*read)(int, int); };

extern struct ops *global_ops;
extern fn_t handlers[16];
extern void ext(int);

void call_reg(fn_t fn, int x) { fn(x); fn(x + 1); }
void call_mem(int x) { global_ops->open(x); ext(x); }
int call_ops(const struct ops *o, int a, int b) { return o->read(a, b) + 1; }
void call_table(unsigned i, int x) { handlers[i & 15](x); ext(0); }
void tail_reg(fn_t fn, int x) { fn(x); }
int tail_ops(const struct ops *o, int a) { return o->read(a, a); }

int dense_switch(int x)
{
	switch (x) {
	case 0: return 11;   case 1: return 23;  case 2: return 37;
	case 3: return 41;   case 4: return 53;  case 5: return 67;
	case 6: return 71;   case 7: return 83;  case 8: return 97;
	default: return 0;
	}
}

void switch_calls(int x)
{
	switch (x) {
	case 0: ext(10); break;  case 1: ext(21); break;  case 2: ext(32); break;
	case 3: ext(43); break;  case 4: ext(54); break;  case 5: ext(65); break;
	case 6: ext(76); break;  case 7: ext(87); break;
	}
}

int computed_goto(int i)
{
	static void *labels[] = { &&a, &&b, &&c };
	goto *labels[i % 3];
a:	return 1;
b:	return 2;
c:	return 3;
}

int leaf(int x) { return x * 3 + 1; }

/* with -mregparm=3 (i386 kernel) the arguments take eax, edx, ecx: the
 * thunk register moves to whatever is free */
int call_args1(int (*f)(int), int a) { return f(a) + 1; }
int call_args2(int (*f)(int, int), int a, int b) { return f(a, b) + 1; }
int call_args3(int (*f)(int, int, int), int a, int b, int c) { return f(a, b, c) + 1; }
