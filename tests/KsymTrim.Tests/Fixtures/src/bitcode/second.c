/* A second module, to be concatenated with linkage.c into one multi-module bitcode file (llvm-cat -b). */
extern int exported_fn(int x);
extern void kfree(const void *p);
int second_fn(int x) { kfree(0); return exported_fn(x) + 1; }
