/* extra.c - run-time lookup cases beyond Fixtures/src/lookups, for RuntimeLookupTests:
 *   clang-14 --target=x86_64-linux-gnu -O2 -flto=thin -c extra.c -o extra-clang14-x86_64.bc
 *   clang-22 --target=x86_64-linux-gnu -O2 -flto=thin -c extra.c -o extra-clang22-x86_64.bc
 * (Debian clang 14.0.6 and 22.1.8). Each case says what the analysis reports. */
void *__symbol_get(const char *symbol);
void __symbol_put(const char *symbol);
int lk_sprintf(char *buf, const char *fmt, ...);
extern const char *lk_name_table[];

/* a constant tail of a string: name xt_tail_a */
#pragma clang diagnostic ignored "-Wstring-plus-int"
void *xt_tail(void) { return __symbol_get("zzz_xt_tail_a" + 4); }

/* an externally visible helper: the name its caller here passes, xt_visible_b, and a warning for
 * xt_visible_helper (callers in other objects are not known) */
__attribute__((noinline)) void *xt_visible_helper(const char *name) { return __symbol_get(name); }
void *xt_visible_caller(void) { return xt_visible_helper("xt_visible_b"); }

/* a static helper whose address is taken: xt_taken_c, and a warning for xt_taken */
static __attribute__((noinline)) void *xt_taken(const char *name) { return __symbol_get(name); }
void *(*xt_taken_ptr)(const char *) = xt_taken;
void *xt_taken_caller(void) { return xt_taken("xt_taken_c"); }

/* a name loaded from memory: a warning for xt_load */
void *xt_load(int i) { return __symbol_get(lk_name_table[i]); }

/* a writable array: the name xt_writable_d, and a warning for xt_writable_get */
char xt_writable[] = "xt_writable_d";
void *xt_writable_get(void) { return __symbol_get(xt_writable); }

/* a static helper two levels down, one caller passing a select: xt_deep_e1, xt_deep_e2, xt_deep_e3 */
static __attribute__((noinline)) void *xt_deep2(const char *name) { void *p = __symbol_get(name); __symbol_put(name); return p; }
static __attribute__((noinline)) void *xt_deep1(const char *name, int k) { return k ? xt_deep2(name) : 0; }
void *xt_deep_a(int f) { return xt_deep1(f ? "xt_deep_e1" : "xt_deep_e2", f); }
void *xt_deep_b(int f) { return xt_deep1("xt_deep_e3", f); }

/* NULL names nothing, and no warning */
void xt_null(void) { __symbol_put(0); }

/* a dead branch the backend folds: no warning */
void *xt_dead(int x)
{
	char buf[8];
	if (__builtin_constant_p(x)) {
		lk_sprintf(buf, "%d", x);
		return __symbol_get(buf);
	}
	return 0;
}

/* a phi in a loop: xt_loop_f1, xt_loop_f2 */
void *xt_loop(int n)
{
	const char *name = "xt_loop_f1";
	void *p = 0;

	for (int i = 0; i < n; i++) {
		p = __symbol_get(name);
		if (p)
			break;
		name = "xt_loop_f2";
	}
	return p;
}

/* a constant and a computed name: xt_mixed_g, and a warning for xt_mixed */
void *xt_mixed(int f, const char **names) { return __symbol_get(f ? "xt_mixed_g" : names[0]); }

/* a recursive static helper: xt_rec_h */
static __attribute__((noinline)) void *xt_rec(const char *name, int n) { return n > 0 ? xt_rec(name, n - 2) : __symbol_get(name); }
void *xt_rec_caller(int n) { return xt_rec("xt_rec_h", n); }
