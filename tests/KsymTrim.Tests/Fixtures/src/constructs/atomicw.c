/* atomicw.c - atomic operations at 8, 16, 32, 64 and (where the target has
 * __int128) 128 bits, naturally aligned, one function per operation and
 * width: fetch_add, exchange, compare_exchange, load, store. Whether each
 * becomes inline code, an __atomic_*_N call in the IR, or a libcall that
 * only the backend adds depends on target, CPU and compiler. */
#define OPS(T, N)                                                                   \
	T add##N(T *p, T v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }         \
	T xchg##N(T *p, T v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }       \
	int cas##N(T *p, T *o, T n)                                                         \
	{ return __atomic_compare_exchange_n(p, o, n, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); } \
	T load##N(T *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }                  \
	void store##N(T *p, T v) { __atomic_store_n(p, v, __ATOMIC_RELEASE); }

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long __attribute__((aligned(8))) u64;
OPS(u8, 8)
OPS(u16, 16)
OPS(u32, 32)
OPS(u64, 64)
#ifdef __SIZEOF_INT128__
typedef unsigned __int128 __attribute__((aligned(16))) u128;
OPS(u128, 128)
#endif
