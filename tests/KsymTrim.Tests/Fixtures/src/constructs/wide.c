/* wide.c - integer arithmetic at 32, 64 and (where the target has
 * __int128) 128 bits, signed and unsigned, one function per operation:
 * div, rem, mul, shl, lshr/ashr, and __builtin_{add,sub,mul}_overflow.
 * Which of these become libcalls (__udivdi3, __aeabi_uldivmod, __divti3,
 * __multi3, __muloti4, __mulodi4, __ashlti3, ...) depends on the target's
 * register width, its ISA and the LLVM version. */
#define ARITH(T, S, N)                                                              \
	T div##S##N(T a, T b) { return a / b; }                                            \
	T rem##S##N(T a, T b) { return a % b; }                                            \
	T mul##S##N(T a, T b) { return a * b; }                                            \
	T shl##S##N(T a, int n) { return a << n; }                                         \
	T shr##S##N(T a, int n) { return a >> n; }                                         \
	int addo##S##N(T a, T b, T *r) { return __builtin_add_overflow(a, b, r); }        \
	int subo##S##N(T a, T b, T *r) { return __builtin_sub_overflow(a, b, r); }        \
	int mulo##S##N(T a, T b, T *r) { return __builtin_mul_overflow(a, b, r); }

ARITH(unsigned int, u, 32)
ARITH(int, s, 32)
ARITH(unsigned long long, u, 64)
ARITH(long long, s, 64)
#ifdef __SIZEOF_INT128__
ARITH(unsigned __int128, u, 128)
ARITH(__int128, s, 128)
/* widening multiply and division by a constant */
unsigned __int128 mulwide64(unsigned long long a, unsigned long long b) { return (unsigned __int128)a * b; }
unsigned __int128 divconst128(unsigned __int128 a) { return a / 1000; }
#endif
unsigned long long divconst64(unsigned long long a) { return a / 1000; }
long long divmixed64(long long a, int b) { return a / b; }
