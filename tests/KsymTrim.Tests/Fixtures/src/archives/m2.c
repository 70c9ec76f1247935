/* m2: calls shared_fn (defined in m1) and the external printk */
extern int shared_fn(int x);
extern int printk(const char *fmt, ...);

int m2_entry(int x)
{
	return printk("m2 %d\n", shared_fn(x));
}
