/* mem.c - llvm.memcpy/memset/memmove: small constant sizes are expanded
 * inline, large and variable sizes become memcpy/memset/memmove calls. */
typedef unsigned long size_t;
struct small { int a, b, c, d; };
struct big { char buf[4096]; };

extern void consume(void *p);

void copy_small(void *d, const void *s) { __builtin_memcpy(d, s, 16); }
void copy_large(void *d, const void *s) { __builtin_memcpy(d, s, 4096); }
void copy_var(void *d, const void *s, size_t n) { __builtin_memcpy(d, s, n); }
void set_small(void *d) { __builtin_memset(d, 0, 32); }
void set_large(void *d, int c) { __builtin_memset(d, c, 8192); }
void set_var(void *d, size_t n) { __builtin_memset(d, 0xff, n); }
void move_small(void *d, const void *s) { __builtin_memmove(d, s, 16); }
void move_var(void *d, const void *s, size_t n) { __builtin_memmove(d, s, n); }
void struct_copy_small(struct small *d, const struct small *s) { *d = *s; }
void struct_copy_big(struct big *d, const struct big *s) { *d = *s; }
void struct_zero_big(void)
{
	struct big b = { { 0 } };
	consume(&b);
}
