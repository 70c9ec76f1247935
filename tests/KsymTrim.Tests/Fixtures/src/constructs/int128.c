/* int128.c - __int128 on 64-bit targets: __udivti3/__modti3 and friends,
 * multiplication with overflow check (__muloti4 or inline). */
typedef unsigned __int128 u128;
typedef __int128 s128;
typedef unsigned long long u64;
typedef long long s64;

u128 udiv128(u128 a, u128 b) { return a / b; }
s128 sdiv128(s128 a, s128 b) { return a / b; }
u128 umod128(u128 a, u128 b) { return a % b; }
s128 smod128(s128 a, s128 b) { return a % b; }
u128 mul128(u128 a, u128 b) { return a * b; }
u128 mul_u64_u64(u64 a, u64 b) { return (u128)a * b; }
u128 shl128(u128 a, unsigned n) { return a << n; }
s128 ashr128(s128 a, unsigned n) { return a >> n; }
int mulo128(s128 a, s128 b, s128 *r) { return __builtin_mul_overflow(a, b, r); }
int umulo128(u128 a, u128 b, u128 *r) { return __builtin_mul_overflow(a, b, r); }
int mulo64(s64 a, s64 b, s64 *r) { return __builtin_mul_overflow(a, b, r); }
