/* memsize.c - llvm.memcpy / llvm.memmove / llvm.memset (value 0) with a
 * constant size and a known alignment, one function per (operation, size,
 * alignment): cpy<N>_a<A>, mov<N>_a<A>, set<N>_a<A>; and a variable size
 * (cpyvar, movvar, setvar). Code generation expands a call inline up to a
 * per-target limit on the number of stores (lower with optsize); the native
 * truth per function (native-refs.tsv) shows where each target stops.
 * Sizes: 1, 2, 3, 4, 7, 8, 15, 16, 24, 31, 32, 33, 48, 63, 64, 65, 96, 127, 128, 129, 256, 4096; alignments 1, 4, 8, 16. */
typedef unsigned long size_t;
typedef char __attribute__((aligned(1))) al1;
typedef char __attribute__((aligned(4))) al4;
typedef char __attribute__((aligned(8))) al8;
typedef char __attribute__((aligned(16))) al16;

#define CPY(n, A) void cpy##n##_a##A(al##A *d, const al##A *s) { __builtin_memcpy(d, s, n); }
#define MOV(n, A) void mov##n##_a##A(al##A *d, const al##A *s) { __builtin_memmove(d, s, n); }
#define SET(n, A) void set##n##_a##A(al##A *d) { __builtin_memset(d, 0, n); }
#define ALIGNS(M, n) M(n, 1) M(n, 4) M(n, 8) M(n, 16)
#define SIZES(M) ALIGNS(M, 1) ALIGNS(M, 2) ALIGNS(M, 3) ALIGNS(M, 4) \
	ALIGNS(M, 7) ALIGNS(M, 8) ALIGNS(M, 15) ALIGNS(M, 16) ALIGNS(M, 24) \
	ALIGNS(M, 31) ALIGNS(M, 32) ALIGNS(M, 33) ALIGNS(M, 48) ALIGNS(M, 63) \
	ALIGNS(M, 64) ALIGNS(M, 65) ALIGNS(M, 96) ALIGNS(M, 127) ALIGNS(M, 128) \
	ALIGNS(M, 129) ALIGNS(M, 256) ALIGNS(M, 4096)

SIZES(CPY)
SIZES(MOV)
SIZES(SET)
void cpyvar(void *d, const void *s, size_t n) { __builtin_memcpy(d, s, n); }
void movvar(void *d, const void *s, size_t n) { __builtin_memmove(d, s, n); }
void setvar(void *d, size_t n) { __builtin_memset(d, 0, n); }
