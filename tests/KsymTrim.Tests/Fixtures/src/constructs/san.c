/* san.c - memory accesses, a memcpy, a stack array and an indirect call,
 * for the arm64 kernel sanitizers (see the variants in build.sh):
 * KASAN (generic, inline checks calling __asan_report_*), KASAN_SW_TAGS
 * (hwasan: llvm.hwasan.check.memaccess, outlined __hwasan_check_* helpers
 * that codegen defines and that call __hwasan_tag_mismatch; or calls to
 * __hwasan_load*_noabort) and the shadow call stack (x18, no symbol). The
 * instrumentation passes declare every callback they might use, so the
 * bitcode symbol table lists many that the object never references. */
typedef unsigned long size_t;
extern void consume(void *p);

long load8(long *p) { return *p; }
void store4(int *p, int v) { *p = v; }
char load1(char *p, int i) { return p[i]; }
void copy(void *d, const void *s, size_t n) { __builtin_memcpy(d, s, n); }
int stack_obj(int i)
{
	int a[16];
	consume(a);
	return a[i & 15];
}
int with_call(int (*fn)(int), int x) { return fn(x) + 1; }
