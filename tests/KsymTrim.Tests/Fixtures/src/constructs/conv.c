/* conv.c - float <-> integer conversions at 32, 64 and (where the target
 * has __int128) 128 bits, signed and unsigned, and a few float operations.
 * With hardware floating point only the wide conversions are libcalls
 * (__fixdfti, __floattidf, __fixunsdfdi on some 32-bit targets, ...); under
 * soft-float every operation is (__adddf3, __aeabi_d2lz, ...). */
#define CONV(T, N)                                                     \
	T f2##N(float f) { return (T)f; }                                   \
	T d2##N(double d) { return (T)d; }                                  \
	float N##2f(T x) { return (float)x; }                               \
	double N##2d(T x) { return (double)x; }

CONV(int, s32)
CONV(unsigned int, u32)
CONV(long long, s64)
CONV(unsigned long long, u64)
#ifdef __SIZEOF_INT128__
CONV(__int128, s128)
CONV(unsigned __int128, u128)
#endif
double dadd(double a, double b) { return a + b; }
float fmul(float a, float b) { return a * b; }
double f2d(float f) { return f; }
float d2f(double d) { return (float)d; }
int dcmp(double a, double b) { return a < b; }
