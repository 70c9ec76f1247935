/* cmpsize.c - __builtin_memcmp with constant sizes 1..64 and a variable
 * size, compared with 0 (bcmp<N>: clang turns it into bcmp) and used for
 * its ordering (memcmp<N>). Built with -fhosted: with -ffreestanding clang
 * keeps a plain memcmp call and neither the bcmp rewrite nor the backend's
 * expansion (ExpandMemCmp) happens. The IR calls bcmp/memcmp for every
 * size it did not fold itself; code generation expands constant sizes up
 * to a per-target limit of loads (other with optsize). */
typedef unsigned long size_t;

#define EQ(n) int bcmp##n(const void *a, const void *b) { return __builtin_memcmp(a, b, n) == 0; }
#define ORD(n) int memcmp##n(const void *a, const void *b) { return __builtin_memcmp(a, b, n); }
#define SIZES(M) M(1) M(2) M(3) M(4) M(5) M(6) M(7) M(8) M(9) M(10) M(11) \
	M(12) M(13) M(14) M(15) M(16) M(17) M(18) M(19) M(20) M(21) M(22) M(23) M(24) \
	M(25) M(26) M(27) M(28) M(29) M(30) M(31) M(32) M(33) M(34) M(35) M(36) M(37) \
	M(38) M(39) M(40) M(41) M(42) M(43) M(44) M(45) M(46) M(47) M(48) M(49) M(50) \
	M(51) M(52) M(53) M(54) M(55) M(56) M(57) M(58) M(59) M(60) M(61) M(62) M(63) \
	M(64)

SIZES(EQ)
SIZES(ORD)
int bcmpvar(const void *a, const void *b, size_t n) { return __builtin_memcmp(a, b, n) == 0; }
int memcmpvar(const void *a, const void *b, size_t n) { return __builtin_memcmp(a, b, n); }
