/* atomics.c - atomic RMW and cmpxchg on 32- and 64-bit values. On i386 a
 * plain u64 is only 4-byte aligned: clang-14/16 emit __atomic_*_8 calls
 * into the IR, clang-19 emits under-aligned atomic instructions that the
 * backend turns into generic __atomic_* calls. The 8-byte aligned type
 * (like the kernel's atomic64_t) uses cmpxchg8b, unless -march=i486. */
typedef unsigned long long u64;
typedef unsigned long long __attribute__((aligned(8))) u64a;

int add32(int *p, int v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
u64 add64(u64 *p, u64 v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
u64 or64_relaxed(u64 *p, u64 v) { return __atomic_fetch_or(p, v, __ATOMIC_RELAXED); }
u64 xchg64(u64 *p, u64 v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); }
int cmpxchg64(u64 *p, u64 *old, u64 new)
{
	return __atomic_compare_exchange_n(p, old, new, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
u64 load64(u64 *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
void store64(u64 *p, u64 v) { __atomic_store_n(p, v, __ATOMIC_RELEASE); }
int sync_cas32(int *p, int o, int n) { return __sync_val_compare_and_swap(p, o, n); }
u64 add64_aligned(u64a *p, u64 v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); }
int cmpxchg64_aligned(u64a *p, u64a *old, u64 new)
{
	return __atomic_compare_exchange_n(p, old, new, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
