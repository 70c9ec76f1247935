/* m3: calls external kmalloc/kfree, defines m3_alloc and a weak m3_hook */
extern void *kmalloc(unsigned long size, unsigned int flags);
extern void kfree(const void *p);

__attribute__((weak)) void m3_hook(void) {}

void *m3_alloc(unsigned long n)
{
	void *p = kmalloc(n, 0);

	m3_hook();
	if (n == 0) {
		kfree(p);
		return 0;
	}
	return p;
}
