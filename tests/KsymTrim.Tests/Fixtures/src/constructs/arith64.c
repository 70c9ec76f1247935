/* arith64.c - 64-bit arithmetic; on 32-bit targets the backend turns most
 * of it into libgcc/RTABI calls (__udivdi3, __aeabi_uldivmod, ...). */
typedef unsigned long long u64;
typedef long long s64;

u64 udiv64(u64 a, u64 b) { return a / b; }
u64 umod64(u64 a, u64 b) { return a % b; }
s64 sdiv64(s64 a, s64 b) { return a / b; }
s64 smod64(s64 a, s64 b) { return a % b; }
u64 udiv64_const(u64 a) { return a / 1000; }
u64 shl64(u64 a, unsigned n) { return a << n; }
u64 lshr64(u64 a, unsigned n) { return a >> n; }
s64 ashr64(s64 a, unsigned n) { return a >> n; }
u64 mul64(u64 a, u64 b) { return a * b; }
int mulo64(s64 a, s64 b, s64 *r) { return __builtin_mul_overflow(a, b, r); }
unsigned udiv32(unsigned a, unsigned b) { return a / b; }
int smod32(int a, int b) { return a % b; }
