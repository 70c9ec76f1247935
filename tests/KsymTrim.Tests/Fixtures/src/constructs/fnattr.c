/* fnattr.c - one small TU compiled with the kernel's code-generation
 * options (see the variants in build.sh): function attributes and module
 * flags that make the backend add symbol references (__fentry__, mcount,
 * __stack_chk_fail/__stack_chk_guard, __x86_indirect_thunk_*,
 * __x86_return_thunk, KCFI). */
typedef unsigned long size_t;

extern void ext_fn(int x);
extern void (*hook)(int x);
extern void fill(char *buf, size_t n);

/* a local array: sspstrong */
int with_buffer(int x)
{
	char buf[64];
	fill(buf, sizeof(buf));
	return buf[x & 63];
}

/* indirect calls: retpoline thunks, KCFI operand bundles */
void via_hook(int x) { hook(x); }
int dispatch(void (*fn)(int), int x)
{
	fn(x);
	return 0;
}

/* address-taken static function: a KCFI type id / preamble */
static void local_cb(int x) { ext_fn(x + 1); }
void *get_cb(void) { return (void *)local_cb; }

/* leaf: only the entry hook / return thunk */
void leaf(int *p) { *p += 1; }

/* a switch that would get a jump table (disabled under retpoline) */
int sw(int x)
{
	switch (x) {
	case 0: return 11;
	case 1: return 23;
	case 2: return 37;
	case 3: return 41;
	case 4: return 53;
	case 5: return 67;
	default: return 0;
	}
}
