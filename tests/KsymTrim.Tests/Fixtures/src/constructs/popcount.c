/* popcount.c - llvm.ctpop / ctlz / cttz: inline code, a popcnt/cnt
 * instruction, or (newer LLVM, some targets) a libcall. */
int pc32(unsigned x) { return __builtin_popcount(x); }
int pc64(unsigned long long x) { return __builtin_popcountll(x); }
int clz64(unsigned long long x) { return x ? __builtin_clzll(x) : 64; }
int ctz64(unsigned long long x) { return x ? __builtin_ctzll(x) : 64; }
int parity32(unsigned x) { return __builtin_parity(x); }
